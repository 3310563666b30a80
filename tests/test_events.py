"""Event identity (transforms/events.py, warehouse/sql/80_event_id.sql): one real meeting, one event_id.

The articles are invented, in the grammar of the real ones (names and places made up or generic).
"""

import duckdb
import pytest

from hoinghi.transforms.events import day_part, organizer_key
from hoinghi.warehouse.saved_reports import report_sql

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
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT a.source_path, m.event_id FROM fact_meeting m JOIN dim_article a USING (article_id)"
    ).fetchall()
    con.close()
    return dict(rows)


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
    con = duckdb.connect(str(events_warehouse), read_only=True)
    rows = con.execute(
        "SELECT strftime(meeting_date, '%Y-%m-%d'), meeting_kind, organizer, reports, articles"
        " FROM meeting_events ORDER BY reports DESC, organizer"
    ).fetchall()
    con.close()
    assert len(rows) == 3
    day, kind, organizer, reports, articles = rows[0]
    assert (day, kind, reports, articles) == ("2031-12-19", "tổng kết năm", 2, 2)
    assert organizer in ("Ban Tổ chức T.Ư", "Ban Tổ chức Trung ương")
    assert [r[3:] for r in rows[1:]] == [(1, 1), (1, 1)]


def test_the_saved_reports_count_events_not_reports(events_warehouse):
    con = duckdb.connect(str(events_warehouse), read_only=True)
    months = con.execute(report_sql("meetings_per_month")).fetchall()
    chairs = dict(con.execute(report_sql("top_chairs")).fetchall()[i][:2] for i in range(3))
    con.close()
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
