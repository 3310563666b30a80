"""One article, one copy in the warehouse: through renames, moves and re-encodings (real flow)."""

import shutil

import duckdb
import pytest

from tests.conftest import SAMPLE_INBOX, query
from tests.encodings import cp1258, tcvn3

SEEDS = sorted((SAMPLE_INBOX / "seeds").iterdir())
SEED = SAMPLE_INBOX / "seeds" / "002_17042b7e9300dbeb.txt"
SAME = "same content as {}: loaded once, as that file"


def _inbox(tmp_path, count: int = 3):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEEDS[:count]:
        shutil.copy(seed, inbox / seed.name)
    return inbox


def _counts(db) -> tuple[int, int, int]:
    """Articles, meetings, article-person rows: duplicates show in all three."""
    return query(
        db,
        "SELECT (SELECT count(*) FROM dim_article), (SELECT count(*) FROM fact_meeting),"
        " (SELECT count(*) FROM bridge_article_person)",
    )[0]


def _manifest(db) -> dict[str, tuple[str, str | None]]:
    return {p: (s, e) for p, s, e in query(db, "SELECT source_path, status, error FROM etl_file_manifest")}


def _paths(db) -> list[str]:
    return sorted(r[0] for r in query(db, "SELECT source_path FROM dim_article"))


def _edit(path) -> None:
    path.write_text(
        path.read_text(encoding="utf-8").replace("Quy định số 96-QĐ/TW", "Quy định số 97-QĐ/TW"), encoding="utf-8"
    )


def _rename(inbox, tmp_path, db, run_flow, later: bool) -> None:
    """SEED.name → sub/renamed.txt: in one run, or taken out for a run and put back under the new name."""
    (inbox / "sub").mkdir()
    if later:
        parked = tmp_path / "parked.txt"
        (inbox / SEED.name).rename(parked)
        shutil.copy(SEEDS[3], inbox / SEEDS[3].name)  # not only a deletion: a run with only that fails on 1f98484
        run_flow(inbox, db)
        assert _manifest(db)[SEED.name][0] == "missing"
        parked.rename(inbox / "sub" / "renamed.txt")
    else:
        (inbox / SEED.name).rename(inbox / "sub" / "renamed.txt")
    run_flow(inbox, db)


LATER = pytest.mark.parametrize("later", [False, True], ids=["same-run", "after-a-run-that-marked-it-missing"])


def _loaded_then_renamed(run_flow, tmp_path, later: bool):
    """(inbox, warehouse, table counts after the first run) once the seed was loaded and then renamed."""
    inbox = _inbox(tmp_path, 4 if later else 3)
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    counts = _counts(db)
    _rename(inbox, tmp_path, db, run_flow, later)
    return inbox, db, counts


@LATER
def test_a_renamed_file_takes_its_rows_along(run_flow, tmp_path, later):
    _, db, counts = _loaded_then_renamed(run_flow, tmp_path, later)
    manifest = _manifest(db)
    assert manifest["sub/renamed.txt"] == ("loaded", None)
    assert manifest[SEED.name] == (
        "missing",
        "renamed or moved to sub/renamed.txt (same text): its rows moved there",
    )
    assert "sub/renamed.txt" in _paths(db) and SEED.name not in _paths(db)
    assert _counts(db) == counts


@LATER
def test_editing_a_renamed_file_replaces_its_article(run_flow, tmp_path, later):
    inbox, db, counts = _loaded_then_renamed(run_flow, tmp_path, later)
    _edit(inbox / "sub" / "renamed.txt")
    run_flow(inbox, db)
    assert _counts(db) == counts  # not a second copy of the article, its meeting and its persons
    codes = query(
        db,
        "SELECT a.source_path, d.doc_code FROM bridge_article_document JOIN dim_article a USING (article_id)"
        " JOIN dim_document d USING (document_id) WHERE d.doc_code IN ('96-QĐ/TW', '97-QĐ/TW')"
        " AND a.source_path IN (?, 'sub/renamed.txt')",
        [SEED.name],
    )
    assert codes == [("sub/renamed.txt", "97-QĐ/TW")]


def test_a_copy_of_a_renamed_file_is_skipped_and_the_rows_move_once(run_flow, tmp_path):
    inbox = _inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    counts = _counts(db)
    shutil.copy(inbox / SEED.name, inbox / "a_copy.txt")
    (inbox / SEED.name).rename(inbox / "b_renamed.txt")
    run_flow(inbox, db, batch_size=1)
    manifest = _manifest(db)
    assert manifest["a_copy.txt"] == ("loaded", None)
    assert manifest["b_renamed.txt"] == ("skipped", SAME.format("a_copy.txt"))
    assert "renamed or moved to a_copy.txt" in manifest[SEED.name][1]
    assert _counts(db) == counts


def _encoded(text: str) -> dict[str, bytes]:
    """The same article as different tools save it (Windows: CRLF line ends; an editor's BOM)."""
    return {
        "a_utf8.txt": text.encode("utf-8"),
        "b_windows1258.txt": cp1258(text.replace("\n", "\r\n")),
        "c_utf8_bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8") + b"\n",
        "d_utf16.txt": text.encode("utf-16"),
        "e_tcvn3.txt": tcvn3(text),  # old-style tone marks (Uỷ, hoà), as TCVN3 typists wrote
    }


@pytest.mark.parametrize("batch_size", [50, 1], ids=["one-batch", "batch-per-file"])
def test_the_same_article_in_other_encodings_in_one_run_is_loaded_once(run_flow, tmp_path, batch_size):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, raw in _encoded(SEED.read_text(encoding="utf-8")).items():
        (inbox / name).write_bytes(raw)
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db, batch_size=batch_size)
    manifest = _manifest(db)
    assert manifest["a_utf8.txt"] == ("loaded", None)
    for name in ("b_windows1258.txt", "c_utf8_bom.txt", "d_utf16.txt", "e_tcvn3.txt"):
        assert manifest[name] == ("skipped", SAME.format("a_utf8.txt")), name
    assert _paths(db) == ["a_utf8.txt"]


def test_the_same_article_in_another_encoding_in_a_later_run_is_skipped(run_flow, tmp_path):
    inbox = _inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    counts = _counts(db)
    (inbox / "windows1258.txt").write_bytes(cp1258(SEED.read_text(encoding="utf-8").replace("\n", "\r\n")))
    run_flow(inbox, db)
    assert _manifest(db)["windows1258.txt"] == ("skipped", SAME.format(SEED.name))
    assert _counts(db) == counts


def test_a_different_text_is_not_a_duplicate(run_flow, tmp_path):
    """Normalising stops at spelling: a changed space, word or headline is another text."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (inbox / "a.txt").write_text(text, encoding="utf-8")
    (inbox / "b.txt").write_bytes(cp1258(text.replace("Hải Hằng", "Hải  Hằng")))
    (inbox / "c.txt").write_text(text.replace("Hải Hằng", "Hải Hà"), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    assert {status for status, _ in _manifest(db).values()} == {"loaded"}
    assert _paths(db) == ["a.txt", "b.txt", "c.txt"]


def test_a_copy_of_a_files_previous_version_is_loaded_when_the_file_changes(run_flow, tmp_path):
    """The edited file no longer holds its old text, so a copy of the old text is that article now."""
    inbox = _inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    counts = _counts(db)
    shutil.copy(inbox / SEED.name, inbox / "zz_previous_version.txt")
    _edit(inbox / SEED.name)
    run_flow(inbox, db)
    assert _manifest(db)["zz_previous_version.txt"] == ("loaded", None)
    codes = dict(
        query(
            db,
            "SELECT a.source_path, d.doc_code FROM bridge_article_document JOIN dim_article a USING (article_id)"
            " JOIN dim_document d USING (document_id) WHERE d.doc_code IN ('96-QĐ/TW', '97-QĐ/TW')"
            " AND a.source_path IN (?, 'zz_previous_version.txt')",
            [SEED.name],
        )
    )
    assert codes == {SEED.name: "97-QĐ/TW", "zz_previous_version.txt": "96-QĐ/TW"}
    assert _counts(db)[0] == counts[0] + 1


def test_articles_loaded_before_text_hashes_are_matched_by_their_bytes(run_flow, tmp_path):
    """A warehouse from before text_sha256 (null): a byte-for-byte copy is skipped, a rename moves the rows."""
    inbox = _inbox(tmp_path)
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    con = duckdb.connect(str(db))
    con.execute("UPDATE dim_article SET text_sha256 = NULL")
    con.close()
    counts = _counts(db)
    shutil.copy(inbox / SEEDS[0], inbox / "copy.txt")
    (inbox / SEED.name).rename(inbox / "renamed.txt")
    run_flow(inbox, db)
    manifest = _manifest(db)
    assert manifest["copy.txt"] == ("skipped", SAME.format(SEEDS[0].name))
    assert manifest["renamed.txt"] == ("loaded", None) and manifest[SEED.name][0] == "missing"
    assert "renamed.txt" in _paths(db) and SEED.name not in _paths(db)
    assert _counts(db) == counts
