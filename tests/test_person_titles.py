"""dim_title and bridge_person_title (contract v2): every title as the article writes it, parsed once."""

import unicodedata

import duckdb
import pytest

from hoinghi.transforms.extract import extract_article, person_title_rows
from hoinghi.transforms.persons import find_persons
from hoinghi.warehouse import contract
from tests.conftest import CORPORA


@pytest.mark.parametrize("name", list(CORPORA))
def test_every_title_is_written_in_its_article_at_its_evidence(corpus_warehouse, name):
    con = duckdb.connect(str(corpus_warehouse(name)), read_only=True)
    rows = con.execute(
        "SELECT a.source_path, a.body_text, t.title_text, b.evidence_start, b.evidence_end "
        "FROM bridge_person_title b JOIN dim_title t USING (title_id) JOIN dim_article a USING (article_id)"
    ).fetchall()
    assert rows
    differ = [
        (path, title, body[start:end])
        for path, body, title, start, end in rows
        if unicodedata.normalize("NFC", body)[start:end] != unicodedata.normalize("NFC", title)
    ]
    assert differ == []


@pytest.mark.parametrize("name", list(CORPORA))
def test_titles_are_parsed_into_the_contracts_parts(corpus_warehouse, name):
    con = duckdb.connect(str(corpus_warehouse(name)), read_only=True)
    kinds, levels, statuses = (
        {r[0] for r in con.execute(f"SELECT DISTINCT {c} FROM dim_title").fetchall()}
        for c in ("kind", "level", "status")
    )
    assert kinds <= set(contract.TITLE_KINDS)
    assert levels <= {*contract.TITLE_LEVELS, None}
    assert statuses <= {*contract.TITLE_STATUSES, None}
    # Every title is some person's in some article (or the post of a personnel change), and every
    # person's title has a row.
    assert con.execute(
        "SELECT count(*) FROM dim_title WHERE title_id NOT IN (SELECT title_id FROM bridge_person_title)"
        " AND title_id NOT IN (SELECT title_id FROM fact_appointment WHERE title_id IS NOT NULL)"
    ).fetchone() == (0,)
    unparsed = con.execute(
        "SELECT count(*) FROM bridge_article_person WHERE titles IS NOT NULL "
        "AND (article_id, person_id) NOT IN (SELECT article_id, person_id FROM bridge_person_title)"
    ).fetchone()[0]
    assert unparsed == 0


def test_person_title_history_reads_the_parsed_titles(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    history = con.execute(
        "SELECT title_text, position, organ, first_seen FROM person_title_history "
        "WHERE full_name = 'Mai Văn Chính' AND title_id IS NOT NULL"
    ).fetchall()
    assert history, "Mai Văn Chính's titles (seeds) are parsed"
    assert {row[1] for row in history} >= {"Phó Trưởng Ban Thường trực"}
    # Seen on the mention's day, as bridge_person_title dates it.
    wrong = con.execute(
        "SELECT count(*) FROM bridge_person_title b JOIN person_mention_dates d USING (article_id, person_id) "
        "WHERE b.seen_on IS DISTINCT FROM d.seen_on"
    ).fetchone()
    assert wrong == (0,)


def test_articles_loaded_before_the_title_tables_fall_back_to_their_unparsed_titles(sample_warehouse, tmp_path):
    import shutil

    db = tmp_path / "old.duckdb"
    shutil.copy(sample_warehouse, db)
    con = duckdb.connect(str(db))
    before = con.execute("SELECT count(DISTINCT person_id) FROM person_title_history").fetchone()[0]
    con.execute("DELETE FROM bridge_person_title")  # as a warehouse loaded before contract v2 has it
    after = con.execute(
        "SELECT count(DISTINCT person_id), count(*) FILTER (WHERE title_id IS NOT NULL) FROM person_title_history"
    ).fetchone()
    assert after == (before, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title and the organ phrase that continues it, written together: one title.
        (
            "Đồng chí Lê Văn Tám, Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương phát biểu.",
            ["Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương"],
        ),
        # Two titles of one person: two rows, each where it is written.
        (
            "Ông Trần Văn Ba, Bí thư Huyện ủy Yên Thành, Chủ tịch HĐND huyện chủ trì hội nghị.",
            ["Bí thư Huyện ủy Yên Thành", "Chủ tịch HĐND huyện"],
        ),
    ],
)
def test_person_title_rows_keep_the_articles_spelling(text, expected):
    (person,) = find_persons(text)
    rows = person_title_rows(person, text, article_id=1)
    assert [r["title_text"] for r in rows] == expected
    assert all(text[r["evidence_start"] : r["evidence_end"]] == r["title_text"] for r in rows)


def _titles_of(body: str) -> dict[str, tuple[str | None, list[str]]]:
    """name → (title_text, the stg_person_title texts) of every person `body` names."""
    records = extract_article(f"Hội nghị Huyện ủy\n11/07/2031 08:00\n\n{body}", "a.txt", "0" * 64, "utf-8")
    rows = {}
    for p in records.person_mentions:
        texts = [t["title_text"] for t in records.person_titles if t["person_id"] == p["person_id"]]
        rows[p["full_name"]] = (p["title_text"], texts)
    return rows


def test_a_post_a_change_gives_is_one_of_the_persons_titles():
    body = (
        "Sáng 11/7, Tỉnh ủy tổ chức hội nghị. Bà Lù Thị Xiêm, Phó Chủ tịch Thường trực UBND tỉnh, phát biểu. Bà Xiêm"
        " được Ban Bí thư chuẩn y giữ chức Phó Bí thư Tỉnh ủy Yên Hà từ tháng 6. Hội nghị cũng cho đồng chí Lò Văn Khum"
        " thôi giữ chức Ủy viên Ủy ban Kiểm tra Tỉnh ủy để nghỉ hưu."
    )
    titles = _titles_of(body)
    assert titles["Lù Thị Xiêm"] == (
        "Phó Chủ tịch Thường trực UBND tỉnh, Phó Bí thư Tỉnh ủy Yên Hà",
        ["Phó Chủ tịch Thường trực UBND tỉnh", "Phó Bí thư Tỉnh ủy Yên Hà"],
    )
    # the post a relief names is the one left: no title beyond those written with the name
    assert titles["Lò Văn Khum"][0] == next(p.title_text for p in find_persons(body) if p.full_name == "Lò Văn Khum")


def test_a_post_given_that_a_written_title_says_with_its_term_is_not_given_again():
    body = "Đồng chí Vi Thị Nhạn, Bí thư Huyện ủy Mường Tè khóa XX được bầu giữ chức Bí thư Huyện ủy Mường Tè."
    assert _titles_of(body)["Vi Thị Nhạn"][0] == "Bí thư Huyện ủy Mường Tè khóa XX"
