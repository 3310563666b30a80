"""Person identity (transforms/person_identity.py, warehouse/person_identity.py, 70_person_identity.sql):
one name, two people when their places exclude each other at the same time; one career otherwise.

The articles are invented, in the grammar of the real ones (names and places made up).
"""

from datetime import date

import duckdb
import pytest

from hoinghi.transforms.person_identity import SAME_TIME_DAYS, Anchor, identities, place_key
from hoinghi.warehouse.saved_reports import report_sql
from tests.conftest import query

# --- the rule -----------------------------------------------------------------------------------------


def _a(article: int, level: str, place: str, day: date | None, held: bool = True) -> Anchor:
    return Anchor(article, level, place, day, held)


def test_two_places_of_one_level_at_the_same_time_are_two_people():
    found = identities(
        [_a(1, "commune", "Tân Phước", date(2031, 3, 11)), _a(2, "commune", "Hòa Lạc", date(2031, 3, 24))]
    )
    assert [(i.articles, i.key, i.basis) for i in found] == [(frozenset({2}), "commune|hoalac", "commune: Hòa Lạc")]


def test_a_move_seen_before_and_after_is_one_career():
    before, after = date(2030, 4, 2), date(2030, 4, 2).replace(year=2031)
    assert identities([_a(1, "district", "Lạc Sơn", before), _a(2, "district", "Yên Thủy", after)]) == []
    # …but the same two sightings within the window part the name
    near = date.fromordinal(before.toordinal() + SAME_TIME_DAYS)
    assert len(identities([_a(1, "district", "Lạc Sơn", before), _a(2, "district", "Yên Thủy", near)])) == 1


def test_an_article_that_gives_both_places_makes_them_one_person():
    day = date(2031, 3, 11)
    anchors = [
        _a(1, "commune", "Tân Phước", day),
        _a(2, "commune", "Hòa Lạc", day),
        _a(3, "commune", "Tân Phước", day, held=False),
        _a(3, "commune", "Hòa Lạc", day),
    ]
    assert identities(anchors) == []


def test_what_does_not_exclude():
    day = date(2031, 3, 11)
    # different levels: a district may lie in the province
    assert identities([_a(1, "province", "Bình Lâm", day), _a(2, "district", "Lạc Sơn", day)]) == []
    # a former or new post, or one in an article reporting a change, is no evidence of where they are now
    assert identities([_a(1, "commune", "Tân Phước", day), _a(2, "commune", "Hòa Lạc", day, held=False)]) == []
    # undated
    assert identities([_a(1, "commune", "Tân Phước", None), _a(2, "commune", "Hòa Lạc", day)]) == []
    # spellings of one place
    assert identities([_a(1, "province", "TP.HCM", day), _a(2, "province", "Thành phố Hồ Chí Minh", day)]) == []
    assert identities([_a(1, "province", "Đắk Lắk", day), _a(2, "province", "Đăk Lăk", day)]) == []


def test_a_name_is_parted_only_when_every_pair_of_its_groups_excludes_each_other():
    early, late = date(2031, 3, 11), date(2033, 5, 1)
    # A and B at once, C two years on: C may be A's or B's later post, so nothing is parted
    anchors = [
        _a(1, "commune", "A Lưới", early),
        _a(2, "commune", "Bình Điền", early),
        _a(3, "commune", "Cam Lộ", late),
    ]
    assert identities(anchors) == []
    anchors[2] = _a(3, "commune", "Cam Lộ", early)
    assert len(identities(anchors)) == 2


def test_the_group_with_most_articles_keeps_the_name():
    day = date(2031, 3, 11)
    found = identities(
        [_a(1, "commune", "Tân Phước", day), _a(2, "commune", "Hòa Lạc", day), _a(3, "commune", "Hòa Lạc", day)]
    )
    assert [(i.articles, i.basis) for i in found] == [(frozenset({1}), "commune: Tân Phước")]


def test_place_keys():
    assert place_key("Thành phố Hồ Chí Minh") == place_key("TP.HCM") == place_key("Hồ Chí Minh")
    assert place_key("Hoà Bình") == place_key("Hòa Bình") == place_key("tỉnh Hòa Bình")
    assert place_key("Hòa Bình") != place_key("Hòa Lạc")


# --- through the real flow ----------------------------------------------------------------------------


def _article(headline: str, published: str, body: str) -> str:
    return f"Xây dựng Đảng\n{headline}\n{published}\n{body}\n"


TAN_PHUOC = _article(
    "Xã Tân Phước sơ kết công tác xây dựng Đảng",
    "10:00 12/3/2031",
    "Sáng 11/3, Đảng ủy xã Tân Phước, tỉnh Bình Lâm tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I"
    " năm 2031. Đồng chí Nguyễn Văn Thắng, Bí thư Đảng ủy xã Tân Phước chủ trì hội nghị.",
)
HOA_LAC = _article(
    "Xã Hòa Lạc triển khai nhiệm vụ quý II",
    "09:00 25/3/2031",
    "Chiều 24/3, Ủy ban nhân dân xã Hòa Lạc, tỉnh Sơn Hà tổ chức hội nghị giao ban. Đồng chí Nguyễn Văn"
    " Thắng, Chủ tịch UBND xã Hòa Lạc chủ trì hội nghị.",
)
BOTH = _article(
    "Hội nghị cụm thi đua các xã",
    "08:00 30/3/2031",
    "Sáng 29/3, cụm thi đua các xã tổ chức hội nghị sơ kết. Đồng chí Nguyễn Văn Thắng, Bí thư Đảng ủy xã"
    " Tân Phước, Chủ tịch UBND xã Hòa Lạc phát biểu tại hội nghị.",
)
FORMER = _article(
    "Hội nghị nông dân xã Hòa Lạc",
    "09:00 26/3/2031",
    "Sáng 25/3, Hội Nông dân xã Hòa Lạc tổ chức hội nghị. Đồng chí Nguyễn Văn Thắng, nguyên Chủ tịch UBND xã"
    " Hòa Lạc dự hội nghị.",
)
LAC_SON = _article(
    "Huyện Lạc Sơn tổng kết năm 2030",
    "10:00 16/12/2030",
    "Sáng 15/12, Huyện ủy Lạc Sơn tổ chức hội nghị tổng kết công tác năm 2030. Đồng chí Đinh Công Hòa, Phó"
    " Bí thư Huyện ủy Lạc Sơn chủ trì hội nghị.",
)
YEN_THUY = _article(
    "Huyện Yên Thủy tổng kết năm 2031",
    "10:00 18/12/2031",
    "Sáng 17/12, Huyện ủy Yên Thủy tổ chức hội nghị tổng kết công tác năm 2031. Đồng chí Đinh Công Hòa, Bí"
    " thư Huyện ủy Yên Thủy chủ trì hội nghị.",
)


def _load(tmp_path, runs: list[dict[str, str]]):
    """Each run's files added to the inbox and loaded (one article a batch); the warehouse."""
    from hoinghi.flows.ingest import ingest

    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    inbox.mkdir(parents=True)
    for files in runs:
        for name, text in files.items():
            (inbox / name).write_text(text, encoding="utf-8")
        ingest(inbox=str(inbox), db=str(db), batch_size=1)
    return db


def _persons(db) -> dict[str, tuple[int, str | None]]:
    """headline → (person_id, identity_basis) of the one person each article names."""
    rows = query(
        db,
        "SELECT a.title, b.person_id, p.identity_basis FROM bridge_article_person b"
        " JOIN dim_article a USING (article_id) JOIN dim_person p USING (person_id)",
    )
    return {title: (pid, basis) for title, pid, basis in rows}


@pytest.fixture(scope="module")
def two_people(prefect_api, tmp_path_factory):
    return _load(tmp_path_factory.mktemp("two"), [{"1_tan_phuoc.txt": TAN_PHUOC, "2_hoa_lac.txt": HOA_LAC}])


def test_one_name_in_two_communes_in_one_month_is_two_people(two_people):
    persons = _persons(two_people)
    tan_phuoc, hoa_lac = persons[TAN_PHUOC.split("\n")[1]], persons[HOA_LAC.split("\n")[1]]
    assert tan_phuoc[0] != hoa_lac[0]
    assert {tan_phuoc[1], hoa_lac[1]} == {None, "commune: Hòa Lạc"}  # the earliest seen keeps the name
    rows = query(two_people, "SELECT name_key, first_seen, last_seen FROM dim_person ORDER BY first_seen")
    assert rows == [
        ("nguyễn văn thắng", date(2031, 3, 11), date(2031, 3, 11)),
        ("nguyễn văn thắng", date(2031, 3, 24), date(2031, 3, 24)),
    ]


def test_each_of_them_has_their_own_titles_and_posts(two_people):
    history = query(
        two_people, "SELECT person_id, title_text FROM person_title_history WHERE full_name = 'Nguyễn Văn Thắng'"
    )
    assert len(history) == 2 and len({pid for pid, _ in history}) == 2
    holders = dict(
        query(two_people, "SELECT place, person_id FROM office_holders WHERE full_name = 'Nguyễn Văn Thắng'")
    )
    assert set(holders) == {"Tân Phước", "Hòa Lạc"}
    assert holders["Tân Phước"] != holders["Hòa Lạc"]
    # the meeting each chaired is theirs; their careers are told apart
    career = query(two_people, report_sql("career").replace("$person", "'nguyễn văn thắng'"))
    assert {(name, what) for name, _, _, _, what, *_ in career} == {
        ("Nguyễn Văn Thắng", "Bí thư Đảng ủy xã Tân Phước"),
        ("Nguyễn Văn Thắng (commune: Hòa Lạc)", "Chủ tịch Ủy ban nhân dân xã Hòa Lạc"),
    }
    chairs = query(two_people, "SELECT DISTINCT person_id FROM bridge_meeting_person WHERE role = 'chair'")
    assert {c[0] for c in chairs} == set(holders.values())


def test_a_move_a_year_later_is_one_person(prefect_api, tmp_path):
    db = _load(tmp_path, [{"lac_son.txt": LAC_SON, "yen_thuy.txt": YEN_THUY}])
    persons = _persons(db)
    assert len(set(persons.values())) == 1 and next(iter(persons.values()))[1] is None
    posts = query(db, "SELECT place FROM office_holders WHERE full_name = 'Đinh Công Hòa' ORDER BY first_seen")
    assert posts == [("Lạc Sơn",), ("Yên Thủy",)]


def test_a_former_post_at_the_same_time_does_not_part_the_name(prefect_api, tmp_path):
    db = _load(tmp_path, [{"1_tan_phuoc.txt": TAN_PHUOC, "2_former.txt": FORMER}])
    assert query(db, "SELECT status, place FROM dim_title WHERE place = 'Hòa Lạc'") == [("former", "Hòa Lạc")]
    assert len(set(_persons(db).values())) == 1


def test_an_article_with_both_places_joins_them_and_the_split_is_undone(prefect_api, tmp_path):
    db = _load(tmp_path, [{"1_tan_phuoc.txt": TAN_PHUOC, "2_hoa_lac.txt": HOA_LAC}, {"3_both.txt": BOTH}])
    persons = _persons(db)
    assert len(persons) == 3 and len(set(persons.values())) == 1
    assert next(iter(persons.values()))[1] is None
    assert query(db, "SELECT count(*), min(first_seen), max(last_seen) FROM dim_person") == [
        (1, date(2031, 3, 11), date(2031, 3, 29))
    ]
    for table in ("bridge_person_title", "bridge_meeting_person"):
        assert query(db, f"SELECT count(DISTINCT person_id) FROM {table}") == [(1,)]


def test_the_same_files_in_any_order_or_runs_give_the_same_persons(two_people, prefect_api, tmp_path):
    one_run = _persons(two_people)
    other_order = _persons(_load(tmp_path / "a", [{"1_hoa_lac.txt": HOA_LAC, "2_tan_phuoc.txt": TAN_PHUOC}]))
    two_runs = _persons(_load(tmp_path / "b", [{"hoa_lac.txt": HOA_LAC}, {"tan_phuoc.txt": TAN_PHUOC}]))
    assert one_run == other_order == two_runs
    # a changed file, loaded again, keeps its person
    changed = HOA_LAC.replace("giao ban.", "giao ban quý I.")
    again = _load(tmp_path / "c", [{"a.txt": TAN_PHUOC, "b.txt": HOA_LAC}, {"b.txt": changed}])
    assert _persons(again) == one_run


def test_an_old_warehouse_whose_name_key_is_unique_is_migrated(prefect_api, tmp_path):
    from hoinghi.flows.ingest import ingest
    from hoinghi.warehouse.loader import connect
    from hoinghi.warehouse.migrations import unique_to_drop

    db = tmp_path / "w.duckdb"
    old = duckdb.connect(str(db))
    old.execute(
        "CREATE TABLE dim_person (person_id BIGINT PRIMARY KEY, full_name VARCHAR NOT NULL,"
        " name_key VARCHAR NOT NULL UNIQUE, first_seen DATE, last_seen DATE)"
    )
    old.execute("INSERT INTO dim_person VALUES (7, 'Lò Văn Pấng', 'lò văn pấng', DATE '2020-01-02', NULL)")
    assert unique_to_drop(old) == ["dim_person"]
    old.close()
    con = connect(db)
    assert unique_to_drop(con) == []
    assert con.execute("SELECT * FROM dim_person").fetchall() == [
        (7, "Lò Văn Pấng", "lò văn pấng", date(2020, 1, 2), None, None)
    ]
    con.close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(TAN_PHUOC, encoding="utf-8")
    (inbox / "b.txt").write_text(HOA_LAC, encoding="utf-8")
    ingest(inbox=str(inbox), db=str(db), batch_size=1)
    assert len(set(_persons(db).values())) == 2


# --- the evidence the warehouse gives the rule (rows as the flow writes them) ---------------------------


@pytest.fixture
def con():
    from hoinghi.warehouse.loader import ensure_schema

    con = duckdb.connect(":memory:")
    ensure_schema(con)
    return con


def _title(con, text: str) -> tuple[int, int]:
    """(person_id, title_id) of Lò Văn Pấng and `text`, their dim_person and dim_title rows written."""
    from hoinghi.transforms.extract import person_id, title_id
    from hoinghi.transforms.titles import parse_title

    pid, tid, p = person_id("Lò Văn Pấng"), title_id(text), parse_title(text)
    con.execute(
        "INSERT OR IGNORE INTO dim_person (person_id, full_name, name_key) VALUES (?, 'Lò Văn Pấng', 'lò văn pấng')",
        [pid],
    )
    con.execute(
        "INSERT OR IGNORE INTO dim_title VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [tid, text, p.position, p.organ, p.parent_organ, p.place, p.level, p.kind, p.status, p.sole_holder],
    )
    return pid, tid


def _seen(con, article: int, text: str, day: date) -> None:
    """Lò Văn Pấng given the title `text` in `article` on `day`."""
    pid, tid = _title(con, text)
    con.execute("INSERT OR IGNORE INTO bridge_article_person (article_id, person_id) VALUES (?, ?)", [article, pid])
    con.execute("INSERT INTO bridge_person_title VALUES (?, ?, ?, ?, 0, 1)", [article, pid, tid, day])


def _moved(con, article: int, text: str, day: date) -> None:
    """An appointment of Lò Văn Pấng to `text` reported in `article`."""
    pid, tid = _title(con, text)
    con.execute("INSERT OR IGNORE INTO bridge_article_person (article_id, person_id) VALUES (?, ?)", [article, pid])
    con.execute(
        "INSERT INTO fact_appointment (appointment_id, article_id, person_id, action, position_text, title_id,"
        " effective_date) VALUES (?, ?, ?, 'transfer', ?, ?, ?)",
        [article, article, pid, text, tid, day],
    )


def _parted(con) -> list[tuple]:
    from hoinghi.warehouse.person_identity import split_frames

    frame = split_frames(con, batch_only=False)["person_split"]
    return sorted(zip(frame["article_id"], frame["identity_basis"], strict=True))


def test_the_warehouse_evidence_parts_two_provinces_at_once(con):
    _seen(con, 1, "Phó Chủ tịch UBND tỉnh Bình Lâm", date(2031, 5, 2))
    _seen(con, 2, "Bí thư Tỉnh ủy Sơn Hà", date(2031, 5, 12))
    _seen(con, 3, "Bí thư Tỉnh ủy Sơn Hà", date(2031, 5, 20))
    assert _parted(con) == [(1, "province: Bình Lâm")]


def test_an_appointment_that_moves_the_person_links_the_two_places(con):
    _seen(con, 1, "Phó Chủ tịch UBND tỉnh Bình Lâm", date(2031, 5, 2))
    _seen(con, 2, "Bí thư Tỉnh ủy Sơn Hà", date(2031, 5, 12))
    _seen(con, 3, "Phó Chủ tịch UBND tỉnh Bình Lâm", date(2031, 5, 8))
    _moved(con, 3, "Bí thư Tỉnh ủy Sơn Hà", date(2031, 5, 8))
    assert _parted(con) == []


def test_a_post_in_an_article_that_reports_a_change_is_no_evidence_against(con):
    _seen(con, 1, "Phó Chủ tịch UBND tỉnh Bình Lâm", date(2031, 5, 2))
    _seen(con, 2, "Bí thư Tỉnh ủy Sơn Hà", date(2031, 5, 12))
    _moved(con, 2, "Bí thư Tỉnh ủy Sơn Hà", date(2031, 5, 10))
    assert _parted(con) == []
