"""Event identity (transforms/events.py, warehouse/sql/80_event_id.sql): one real meeting, one event_id.

The articles are invented, in the grammar of the real ones (names and places made up or generic).
"""

import itertools
from datetime import date

import pytest

from hoinghi.transforms.events import day_part, organizer_key
from hoinghi.warehouse.saved_reports import report_sql
from tests.conftest import query

# --- the keys ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "one, other",
    [
        ("Ban Tổ chức Trung ương", "Ban Tổ chức T.Ư"),
        ("Ban Tổ chức Trung ương", "Ban Tổ chức TW"),
        ("Thành ủy TPHCM", "Thành uỷ TP Hồ Chí Minh"),
        ("Tỉnh ủy Hòa Bình", "Ban Chấp hành Đảng bộ tỉnh Hòa Bình"),
        ("UBND tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị"),
        ("Ban Tổ chức Tỉnh uỷ Kon Tum", "Ban Tổ chức Tỉnh ủy Kon Tum (Cụm trưởng Cụm thi đua số III)"),
    ],
)
def test_spellings_of_one_body_give_one_key(one, other):
    assert organizer_key(one) is not None
    assert organizer_key(one) == organizer_key(other)


def test_different_bodies_give_different_keys():
    keys = {
        organizer_key(o)
        for o in ("Tỉnh ủy Hòa Bình", "Tỉnh ủy Phú Yên", "Ban Tổ chức Tỉnh ủy Hòa Bình", "Huyện ủy Hòa Bình")
    }
    assert len(keys) == 4


def test_a_local_organ_without_its_place_takes_the_articles_place_or_has_no_key():
    text = "Sáng 3-4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Bí thư Tỉnh ủy Phú Yên Trần Văn Bình phát biểu."
    assert organizer_key("Ban Thường vụ Tỉnh ủy", text) == organizer_key("Ban Thường vụ Tỉnh ủy Phú Yên")
    # no committee named with a place: the level word's place ('tỉnh Phú Yên') is the province's
    assert organizer_key("Thường trực Tỉnh ủy", "Các sở, ngành của tỉnh Phú Yên dự.") == organizer_key(
        "Thường trực Tỉnh ủy Phú Yên"
    )
    assert organizer_key("Ban Thường vụ Tỉnh ủy", "Sáng 3-4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.") is None


def test_an_organiser_that_names_no_one_body_has_no_key():
    assert organizer_key(None) is None
    assert organizer_key("Đảng ủy cơ quan") is None  # whose agency is not said
    assert organizer_key("Cụm thi đua số 5") is not None  # a number names it


def test_day_part():
    assert day_part("Sáng nay (12/3)") == "sáng"
    assert day_part("Chiều ngày 1/4") == "chiều"
    assert day_part("Tối 2-9") == "tối"
    assert day_part("Ngày 20/1") is None
    assert day_part(None) is None


# --- through the real flow ----------------------------------------------------------------------


def _article(outlet: str, headline: str, published: str, body: str) -> str:
    return f"{outlet}\n{headline}\n{published}\n{body}\n"


# Two outlets' wordings of one national review (organiser spelled two ways, day written two ways).
ONE_MEETING = {
    "a_tinh.txt": _article(
        "Thời sự",
        "Tổng kết công tác tổ chức xây dựng Đảng năm 2031",
        "10:05 20/12/2031",
        "Sáng ngày 19/12, Ban Tổ chức T.Ư tổ chức Hội nghị trực tuyến toàn quốc tổng kết công tác tổ chức"
        " xây dựng Đảng năm 2031, triển khai nhiệm vụ năm 2032. Đồng chí Lương Văn Khải, Trưởng Ban Tổ chức"
        " Trung ương chủ trì hội nghị.",
    ),
    "b_trunguong.txt": _article(
        "Chính trị",
        "Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2032",
        "15:40 19/12/2031",
        "Sáng 19-12, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác tổ chức xây dựng"
        " Đảng năm 2031. Đồng chí Lương Văn Khải, Trưởng Ban Tổ chức Trung ương chủ trì.",
    ),
}
# Two provinces' cluster meetings on one day, of one kind.
TWO_MEETINGS = {
    "c_phuyen.txt": _article(
        "Xây dựng Đảng",
        "Cụm thi đua tổng kết năm 2031",
        "09:00 6/12/2031",
        "Sáng 5/12, Ban Tổ chức Tỉnh ủy Phú Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm"
        " 2031. Đồng chí Hồ Văn Lâm, Trưởng Ban Tổ chức Tỉnh ủy Phú Yên chủ trì.",
    ),
    "d_hoabinh.txt": _article(
        "Xây dựng Đảng",
        "Tổng kết thi đua của Cụm năm 2031",
        "11:00 6/12/2031",
        "Sáng 5/12, Ban Tổ chức Tỉnh ủy Hòa Bình tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm"
        " 2031. Đồng chí Đinh Thị Hoa, Trưởng Ban Tổ chức Tỉnh ủy Hòa Bình chủ trì.",
    ),
}


@pytest.fixture(scope="module")
def events_warehouse(prefect_api, tmp_path_factory):
    from hoinghi.flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("events")
    inbox = tmp / "inbox"
    inbox.mkdir()
    for name, text in {**ONE_MEETING, **TWO_MEETINGS}.items():
        (inbox / name).write_text(text, encoding="utf-8")
    db = tmp / "w.duckdb"
    ingest(inbox=str(inbox), db=str(db), batch_size=1)  # one article a batch: links across loads
    return db


def _events(db) -> dict[str, int]:
    return dict(query(db, "SELECT a.source_path, m.event_id FROM fact_meeting m JOIN dim_article a USING (article_id)"))


def test_two_reports_of_one_meeting_are_one_event(events_warehouse):
    events = _events(events_warehouse)
    assert events["a_tinh.txt"] is not None
    assert events["a_tinh.txt"] == events["b_trunguong.txt"]


def test_same_day_meetings_in_two_provinces_are_two_events(events_warehouse):
    events = _events(events_warehouse)
    assert None not in (events["c_phuyen.txt"], events["d_hoabinh.txt"])
    assert events["c_phuyen.txt"] != events["d_hoabinh.txt"]
    assert events["a_tinh.txt"] not in (events["c_phuyen.txt"], events["d_hoabinh.txt"])


def test_meeting_events_counts_reports_and_articles(events_warehouse):
    rows = query(
        events_warehouse,
        "SELECT strftime(meeting_date, '%Y-%m-%d'), meeting_kind, organizer, reports, articles"
        " FROM meeting_events ORDER BY reports DESC, organizer",
    )
    assert len(rows) == 3
    day, kind, organizer, reports, articles = rows[0]
    assert (day, kind, reports, articles) == ("2031-12-19", "tổng kết năm", 2, 2)
    assert organizer in ("Ban Tổ chức T.Ư", "Ban Tổ chức Trung ương")
    assert [r[3:] for r in rows[1:]] == [(1, 1), (1, 1)]


def test_the_saved_reports_count_events_not_reports(events_warehouse):
    months = query(events_warehouse, report_sql("meetings_per_month"))
    chairs = dict(query(events_warehouse, report_sql("top_chairs"))[i][:2] for i in range(3))
    assert sorted((m, k, n, r) for m, k, n, r in months) == [
        ("2031-12", "tổng kết năm", 1, 2),
        ("2031-12", "tổng kết thi đua", 2, 2),
    ]
    assert chairs["Lương Văn Khải"] == 1  # chaired one meeting, reported twice


def test_a_replaced_report_leaves_the_other_its_own_event(events_warehouse, tmp_path):
    """Event ids are recomputed at each load: a meeting whose other report is gone stands alone."""
    from hoinghi.flows.ingest import ingest

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in ONE_MEETING.items():
        (inbox / name).write_text(text, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    ingest(inbox=str(inbox), db=str(db), batch_size=1)
    first = _events(db)
    assert first["a_tinh.txt"] == first["b_trunguong.txt"]
    (inbox / "b_trunguong.txt").write_text(ONE_MEETING["b_trunguong.txt"].replace("Sáng 19-12", "Chiều 18-12"))
    ingest(inbox=str(inbox), db=str(db), batch_size=1)
    after = _events(db)
    assert after["a_tinh.txt"] != after["b_trunguong.txt"]


# --- the build SQL against the rule, pair by pair ----------------------------------------------


def _events_by_the_rule(reports: list[tuple], persons: dict[int, set[int]]) -> dict[int, int]:
    """The rule of 80_event_id.sql written out over every pair of reports, with union-find:
    reports (meeting_id, article_id, day, kind, organizer_key, day_part) → event_id."""
    parent = {r[0]: r[0] for r in reports}

    def root(m: int) -> int:
        while parent[m] != m:
            m = parent[m]
        return m

    for a, b in itertools.combinations(reports, 2):
        if a[1] == b[1] or a[2] != b[2] or a[3] != b[3]:
            continue  # one article, or not the same day and kind
        if a[5] is not None and b[5] is not None and a[5] != b[5]:
            continue  # morning and afternoon
        same_organizer = a[4] is not None and a[4] == b[4]
        two_persons = a[3] not in ("hội nghị", "họp") and len(persons[a[0]] & persons[b[0]]) >= 2
        if same_organizer or two_persons:
            x, y = sorted((root(a[0]), root(b[0])))
            parent[y] = x
    return {m: min(n for n in parent if root(n) == root(m)) for m in parent}


@pytest.mark.parametrize("seed", range(6))
def test_the_build_sql_gives_the_events_of_the_rule_on_random_reports(seed, tmp_path):
    import random

    from hoinghi.warehouse import loader

    rng = random.Random(seed)
    reports = [
        (
            m,
            rng.randint(1, 25),  # articles: some give two reports
            date(2031, 3, rng.randint(1, 3)),
            rng.choice(["hội nghị", "hội nghị tổng kết", "giao ban"]),
            rng.choice(["ban-to-chuc|tw", "tinh-uy|phu-yen", None]),
            rng.choice([None, None, "sáng", "chiều"]),
        )
        for m in range(1, 61)
    ]
    persons = {r[0]: set(rng.sample(range(1, 8), rng.randint(0, 3))) for r in reports}
    con = loader.connect(tmp_path / "w.duckdb")
    con.executemany(
        "INSERT INTO fact_meeting (meeting_id, article_id, meeting_date, meeting_kind, organizer_key, day_part)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        reports,
    )
    con.executemany(
        "INSERT INTO bridge_meeting_person (meeting_id, person_id, role) VALUES (?, ?, 'attendee')",
        [(m, p) for m, ps in persons.items() for p in ps],
    )
    con.execute("CREATE TEMP TABLE stg_article AS SELECT DISTINCT article_id FROM fact_meeting")
    con.execute("CREATE TEMP TABLE person_repoint (article_id BIGINT)")
    con.execute(loader.schema_sql("80_event_id.sql"))
    built = dict(con.execute("SELECT meeting_id, event_id FROM fact_meeting").fetchall())
    con.close()
    expected = _events_by_the_rule(reports, persons)
    assert built == expected
    assert len(set(expected.values())) < len(expected) - 5  # the case has events of several reports
