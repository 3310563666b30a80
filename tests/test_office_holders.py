"""office_holders (contract v2): who held a post from when to when, from titles seen and appointments.

These tests write the rows the flow would write, to pin the view's rules one at a time; the
end-to-end test of the same rules through the real flow is in tests/test_careers.py.
"""

from datetime import date

import duckdb
import pytest

from hoinghi.transforms.extract import person_id, title_id
from hoinghi.transforms.titles import parse_title
from hoinghi.warehouse.loader import ensure_schema


@pytest.fixture
def con():
    con = duckdb.connect(":memory:")
    ensure_schema(con)
    return con


def person(con, name: str) -> int:
    pid = person_id(name)
    con.execute("INSERT OR IGNORE INTO dim_person (person_id, full_name, name_key) VALUES (?, ?, ?)", [pid, name, name])
    return pid


def title(con, text: str) -> int:
    p = parse_title(text)
    tid = title_id(text)
    con.execute(
        "INSERT OR IGNORE INTO dim_title VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [tid, text, p.position, p.organ, p.parent_organ, p.place, p.level, p.kind, p.status, p.sole_holder],
    )
    return tid


def seen(con, article: int, name: str, text: str, day: date | None) -> None:
    con.execute(
        "INSERT INTO bridge_person_title VALUES (?, ?, ?, ?, 0, 1)", [article, person(con, name), title(con, text), day]
    )


def changed(con, article: int, name: str, action: str, text: str, day: date | None) -> None:
    con.execute(
        "INSERT INTO fact_appointment (appointment_id, article_id, person_id, action, position_text, title_id,"
        " effective_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [hash((article, name, action)) % 10**12, article, person(con, name), action, text, title(con, text), day],
    )


def holders(con, **where) -> dict[str, tuple]:
    rows = con.execute(
        "SELECT full_name, first_seen, last_seen, held_until, ended_by, articles FROM office_holders"
        " WHERE position = ? AND organ = ? AND place IS NOT DISTINCT FROM ?",
        [where["position"], where["organ"], where.get("place")],
    ).fetchall()
    return {r[0]: r[1:] for r in rows}


SECRETARY = {"position": "Bí thư", "organ": "Tỉnh ủy", "place": "Yên Hà"}


def test_a_relieve_then_a_successors_appointment_close_the_first_holding(con):
    seen(con, 1, "Lê Văn An", "Bí thư Tỉnh ủy Yên Hà", date(2023, 3, 1))
    seen(con, 2, "Lê Văn An", "Bí thư Tỉnh uỷ Yên Hà", date(2023, 6, 1))  # old tone style: the same post
    changed(con, 3, "Lê Văn An", "relieve", "Bí thư Tỉnh ủy Yên Hà", date(2024, 1, 10))
    changed(con, 3, "Trần Văn Bình", "approve", "Bí thư Tỉnh ủy Yên Hà", date(2024, 1, 15))
    assert holders(con, **SECRETARY) == {
        "Lê Văn An": (date(2023, 3, 1), date(2023, 6, 1), date(2024, 1, 10), "relieve", 3),
        "Trần Văn Bình": (date(2024, 1, 15), date(2024, 1, 15), None, None, 1),
    }


def test_a_successor_alone_ends_a_holding_and_nguyen_counts_toward_the_past(con):
    seen(con, 1, "Lê Văn An", "Bí thư Tỉnh ủy Yên Hà", date(2020, 5, 1))
    seen(con, 2, "Trần Văn Bình", "tân Bí thư Tỉnh ủy Yên Hà", date(2021, 2, 1))
    seen(con, 3, "Lê Văn An", "nguyên Bí thư Tỉnh ủy Yên Hà", date(2022, 9, 1))
    got = holders(con, **SECRETARY)
    assert got["Lê Văn An"][2:4] == (date(2021, 2, 1), "successor")  # before his 'nguyên' sighting
    assert got["Trần Văn Bình"][:4] == (date(2021, 2, 1), date(2021, 2, 1), None, None)


def test_a_former_title_alone_is_a_past_holding(con):
    seen(con, 1, "Hà Văn Sinh", "nguyên Bí thư Tỉnh ủy Yên Hà", date(2022, 9, 1))
    assert holders(con, **SECRETARY) == {"Hà Văn Sinh": (None, None, date(2022, 9, 1), "former", 1)}


def test_a_title_without_its_place_takes_the_place_the_article_gives_it(con):
    seen(con, 1, "Lê Văn An", "Bí thư Tỉnh ủy Yên Hà", date(2023, 3, 1))
    seen(con, 2, "Lê Văn An", "Bí thư Tỉnh ủy Yên Hà", date(2023, 8, 1))
    seen(con, 2, "Lê Văn An", "Bí thư Tỉnh ủy", date(2023, 8, 1))
    seen(con, 4, "Lê Văn An", "Bí thư Tỉnh ủy", date(2023, 12, 1))  # no place in this article: another post
    assert holders(con, **SECRETARY)["Lê Văn An"][:2] == (date(2023, 3, 1), date(2023, 8, 1))
    assert holders(con, position="Bí thư", organ="Tỉnh ủy")["Lê Văn An"][:2] == (date(2023, 12, 1), date(2023, 12, 1))


def test_nominations_and_other_posts_do_not_count(con):
    changed(con, 1, "Lò Văn Khải", "nominate", "Bí thư Tỉnh ủy Yên Hà", date(2024, 1, 1))
    seen(con, 1, "Lò Văn Khải", "Chủ tịch UBND tỉnh Yên Hà", date(2024, 1, 1))
    assert holders(con, **SECRETARY) == {}
    assert holders(con, position="Chủ tịch", organ="Ủy ban nhân dân tỉnh", place="Yên Hà") == {
        "Lò Văn Khải": (date(2024, 1, 1), date(2024, 1, 1), None, None, 1)
    }


def test_a_newcomer_ends_no_deputys_or_members_holding_nor_one_whose_place_is_unknown(con):
    seen(con, 1, "Lê Văn An", "Phó Chủ tịch UBND tỉnh Yên Hà", date(2023, 3, 1))
    seen(con, 2, "Trần Văn Bình", "Phó Chủ tịch UBND tỉnh Yên Hà", date(2023, 9, 1))
    seen(con, 1, "Lê Văn An", "Bí thư Huyện ủy", date(2023, 3, 1))  # which district's: unknown
    seen(con, 2, "Trần Văn Bình", "Bí thư Huyện ủy", date(2023, 9, 1))
    seen(con, 3, "Hà Văn Sinh", "Phó Bí thư Thường trực Tỉnh ủy Yên Hà", date(2022, 1, 5))
    seen(con, 4, "Vi Văn Lập", "Phó Bí thư Thường trực Tỉnh ủy Yên Hà", date(2024, 2, 1))
    deputies = holders(con, position="Phó Chủ tịch", organ="Ủy ban nhân dân tỉnh", place="Yên Hà")
    assert [v[2] for v in deputies.values()] == [None, None]
    district = holders(con, position="Bí thư", organ="Huyện ủy")
    assert [v[2] for v in district.values()] == [None, None]
    standing = holders(con, position="Phó Bí thư Thường trực", organ="Tỉnh ủy", place="Yên Hà")
    assert standing["Hà Văn Sinh"][2:4] == (date(2024, 2, 1), "successor")  # one standing deputy at a time
