"""The real flow into a temporary DuckDB file, scored against the gold sets and held at the baseline."""

import shutil
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from hoinghi.flows.parse import ARTICLE_SUFFIXES
from hoinghi.warehouse import ratchet
from hoinghi.warehouse.evaluate import evaluate
from hoinghi.warehouse.loader import WAREHOUSE_TABLES, table_counts
from tests.conftest import CORPORA, ROOT, SAMPLE_INBOX, SAMPLE_WAREHOUSE_CORPORA, corpus


@pytest.mark.parametrize("name", list(CORPORA))
def test_scores_hold_the_baseline(corpus_warehouse, name):
    """quality/baseline.json: no metric of any gold set falls, and no gold file changes unnoticed."""
    scores, misses = evaluate(corpus_warehouse(name), corpus(name).gold)
    problems = ratchet.check(ratchet.load(ROOT / ratchet.BASELINE), name, CORPORA[name], scores)
    assert not problems, "\n".join(problems + misses)


def test_every_sample_file_is_loaded(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    statuses = dict(con.execute("SELECT status, count(*) FROM etl_file_manifest GROUP BY 1").fetchall())
    expected = sum(
        len([p for p in c.inbox.iterdir() if p.suffix in ARTICLE_SUFFIXES])
        for c in (CORPORA[name] for name in SAMPLE_WAREHOUSE_CORPORA)
        if c.available
    )
    assert statuses == {"loaded": expected}
    assert con.execute("SELECT count(*) FROM etl_runs").fetchone()[0] == 1


@pytest.mark.parametrize("name", list(CORPORA))
def test_every_file_of_a_corpus_is_loaded(corpus_warehouse, name):
    found = corpus(name)
    con = duckdb.connect(str(corpus_warehouse(name)), read_only=True)
    rows = con.execute("SELECT source_path, status FROM etl_file_manifest").fetchall()
    statuses = Counter(status for path, status in rows if Path(path).suffix in ARTICLE_SUFFIXES)
    assert statuses == {"loaded": len([p for p in found.inbox.iterdir() if p.suffix in ARTICLE_SUFFIXES])}
    assert {status for path, status in rows if Path(path).suffix not in ARTICLE_SUFFIXES} <= {"skipped"}  # gold, notes


def test_one_person_across_articles_and_title_history(sample_warehouse):
    corpus("dev")  # he is named in the seeds and in several dev articles
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    ids = con.execute("SELECT person_id FROM dim_person WHERE name_key = 'mai văn chính'").fetchall()
    assert len(ids) == 1
    articles = con.execute("SELECT count(*) FROM bridge_article_person WHERE person_id = ?", [ids[0][0]]).fetchone()[0]
    assert articles >= 4
    history = con.execute("SELECT title_text FROM person_title_history WHERE person_id = ?", [ids[0][0]]).fetchall()
    assert ("Trưởng ban Dân vận T.Ư",) in history


def test_the_central_bridge_point_is_not_a_meeting_place(sample_warehouse):
    corpus("dev")  # dev/206 opens with the central bridge point
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    locations = con.execute(
        "SELECT a.source_path, m.location FROM fact_meeting m JOIN dim_article a USING (article_id) "
        "WHERE a.source_path LIKE '%206_hue_giao_ban_quy_iii.txt' OR m.location = 'Trung'"
    ).fetchall()
    assert locations == [("dev/206_hue_giao_ban_quy_iii.txt", "Thừa Thiên Huế")]  # 'Tại điểm cầu Trung ương' first


def test_title_history_lists_held_titles_dated_by_their_meeting(sample_warehouse):
    corpus("dev")  # his titles in dev/206
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    history = con.execute(
        "SELECT title_text, first_seen, articles, undated_articles FROM person_title_history "
        "WHERE full_name = 'Mai Văn Chính'"
    ).fetchall()
    titles = {row[0] for row in history}
    # 'Phó Trưởng Ban Thường trực, Ban Tổ chức Trung ương' (dev/206) is one title; the organ alone is none.
    assert "Ban Tổ chức Trung ương" not in titles
    assert "Phó Trưởng Ban Thường trực, Ban Tổ chức Trung ương" in titles
    # Every title seen at a dated meeting is dated by that meeting, not by the later publication.
    late = con.execute(
        "SELECT h.full_name, h.title_text, h.first_seen, m.meeting_date FROM person_title_history h "
        "JOIN bridge_meeting_person mp USING (person_id) JOIN fact_meeting m USING (meeting_id) "
        "JOIN bridge_article_person b ON b.person_id = h.person_id AND b.article_id = m.article_id "
        "WHERE list_contains(string_split(b.titles, '; '), h.title_text) AND m.meeting_date IS NOT NULL "
        "AND (h.first_seen IS NULL OR h.first_seen > m.meeting_date)"
    ).fetchall()
    assert late == []
    # What no date reaches is said, not hidden: undated rows count their undated articles.
    undated = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE undated_articles = articles) FROM person_title_history "
        "WHERE first_seen IS NULL"
    ).fetchone()
    assert undated[0] > 0 and undated[0] == undated[1]


def _copy_inbox(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX / "seeds", inbox)
    return inbox


def test_rerun_adds_no_rows_and_bad_files_are_rejected_not_fatal(run_flow, tmp_path):
    inbox = _copy_inbox(tmp_path)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (inbox / "latin1.txt").write_bytes("Ban Tổ chức".encode()[:5] + b"\xff\xfe\xfa")
    (inbox / "notes.pdf").write_bytes(b"%PDF-1.4 nothing")
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    con = duckdb.connect(str(db))
    manifest = dict(con.execute("SELECT source_path, status FROM etl_file_manifest").fetchall())
    assert manifest["empty.txt"] == manifest["photo.txt"] == manifest["latin1.txt"] == "rejected"
    assert manifest["notes.pdf"] == "skipped"
    assert sum(s == "loaded" for s in manifest.values()) == 5
    reasons = dict(con.execute("SELECT source_path, error FROM etl_file_manifest").fetchall())
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["photo.txt"] and "UTF-8" in reasons["latin1.txt"]
    before = table_counts(con)
    con.close()

    run_flow(inbox, db)
    con = duckdb.connect(str(db))
    after = table_counts(con)
    assert {t: after[t] for t in WAREHOUSE_TABLES if t != "etl_runs"} == {
        t: before[t] for t in WAREHOUSE_TABLES if t != "etl_runs"
    }
    assert after["etl_runs"] == before["etl_runs"] + 1


def test_changed_file_replaces_its_rows_and_removed_file_is_marked_missing(run_flow, tmp_path):
    inbox = _copy_inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    target = inbox / "002_17042b7e9300dbeb.txt"
    target.write_text(
        target.read_text(encoding="utf-8").replace("Quy định số 96-QĐ/TW", "Quy định số 97-QĐ/TW"), encoding="utf-8"
    )
    (inbox / "000_6686456fe49159c6.txt").unlink()
    run_flow(inbox, db)
    con = duckdb.connect(str(db), read_only=True)
    codes = {
        r[0]
        for r in con.execute(
            "SELECT d.doc_code FROM bridge_article_document b JOIN dim_article a USING (article_id) "
            "JOIN dim_document d USING (document_id) WHERE a.source_path = '002_17042b7e9300dbeb.txt'"
        ).fetchall()
    }
    assert "97-QĐ/TW" in codes and "96-QĐ/TW" not in codes
    assert (
        con.execute("SELECT count(*) FROM dim_article WHERE source_path = '002_17042b7e9300dbeb.txt'").fetchone()[0]
        == 1
    )
    status = dict(con.execute("SELECT source_path, status FROM etl_file_manifest").fetchall())
    assert status["000_6686456fe49159c6.txt"] == "missing"
    assert (
        con.execute("SELECT count(*) FROM dim_article WHERE source_path = '000_6686456fe49159c6.txt'").fetchone()[0]
        == 1
    )
