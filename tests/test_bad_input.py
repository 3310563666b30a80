"""Never lose a file: bad and foreign input through the real flow, each ending in the manifest."""

import os

import duckdb
import pytest

from hoinghi.transforms.text import fold
from tests.conftest import SAMPLE_INBOX
from tests.encodings import cp1258, mojibake, tcvn3, viscii, viscii_writable, vni
from tests.pages import news_page

SEED = SAMPLE_INBOX / "seeds" / "002_17042b7e9300dbeb.txt"


@pytest.fixture
def messy_inbox(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (inbox / "original.txt").write_text(text, encoding="utf-8")
    (inbox / "zz_copy_of_original.txt").write_text(text, encoding="utf-8")
    (inbox / "windows1258.txt").write_bytes(cp1258(text.replace("Hải Hằng", "Hải Hằng ")))
    (inbox / "utf16.txt").write_bytes(text.replace("Hải Hằng", "Hải  Hằng").encode("utf-16"))
    (inbox / "mojibake.txt").write_bytes(mojibake(text.replace("Hải Hằng", "Hải Hằng  ")))
    (inbox / "tcvn3.txt").write_bytes(tcvn3(text.replace("Hải Hằng", "Hải Hằng   ")))
    (inbox / "tcvn3_shown_as_cp1252.txt").write_text(
        tcvn3(text.replace("Hải Hằng", "Hải Hằng    ")).decode("cp1252", errors="replace"), encoding="utf-8"
    )
    (inbox / "vni.txt").write_bytes(vni(text.replace("Hải Hằng", "Hải Hằng     ")))
    (inbox / "vni_shown_as_cp1252.txt").write_text(
        vni(text.replace("Hải Hằng", "Hải Hằng      ")).decode("cp1252"), encoding="utf-8"
    )
    (inbox / "viscii.txt").write_bytes(viscii(viscii_writable(text)))
    (inbox / "page.html").write_text(news_page(text, "2023-04-03T17:53:00+07:00"), encoding="utf-8")
    # a word more (a page's date counts only to the day, spaces are squashed): not a duplicate of page.html
    saved_as = text.replace("thực hiện tốt hơn công tác", "thực hiện tốt hơn nữa công tác")
    (inbox / "page_saved_as.txt").write_text(news_page(saved_as, "2023-04-03T17:54:00+07:00"), encoding="utf-8")
    (inbox / "error_page.htm").write_text("<html><body><nav>Trang chủ</nav><p>Không tìm thấy trang</p></body></html>")
    (inbox / "truncated.txt").write_bytes((text + " Hà").encode()[:-1])
    (inbox / "whitespace.txt").write_text(" \n\t\n", encoding="utf-8")
    (inbox / "nul.txt").write_bytes(b"Ban T\x00\x00 ch\x00c")
    (inbox / "image.txt").write_bytes(b"\xff\xd8\xff\xe0JFIF" + bytes(200))
    (inbox / "big.txt").write_bytes(b"x" * 200_000)
    (inbox / "one_long_line.txt").write_text(("Ban Tổ chức Tỉnh ủy họp bàn công tác cán bộ, " * 40000).strip(), "utf-8")
    (inbox / "no_date_no_meeting.txt").write_text(
        "Học tập tư tưởng Hồ Chí Minh\nCán bộ là gốc của mọi công việc; việc đánh giá cán bộ phải khách quan, "
        "toàn diện và công tâm, lấy kết quả thực hiện nhiệm vụ làm thước đo chủ yếu trong mọi trường hợp.",
        encoding="utf-8",
    )
    outside = tmp_path / "secret.txt"
    outside.write_text(text, encoding="utf-8")
    os.symlink(outside, inbox / "link_out.txt")
    return inbox


def test_every_file_ends_in_the_manifest_with_a_status_and_reason(run_flow, messy_inbox, tmp_path):
    db = tmp_path / "w.duckdb"
    from hoinghi.flows.ingest import ingest

    ingest(inbox=str(messy_inbox), db=str(db), batch_size=4, max_file_bytes=150_000)
    con = duckdb.connect(str(db), read_only=True)
    rows = {p: (s, e) for p, s, e in con.execute("SELECT source_path, status, error FROM etl_file_manifest").fetchall()}
    assert set(rows) == {p.name for p in messy_inbox.iterdir()}  # nothing missing from the manifest
    assert rows["original.txt"][0] == "loaded"
    assert rows["zz_copy_of_original.txt"] == ("skipped", "same content as original.txt: loaded once, as that file")
    encodings = dict(con.execute("SELECT source_path, encoding FROM dim_article").fetchall())
    for name, encoding in {
        "windows1258.txt": "windows-1258",
        "utf16.txt": "utf-16",
        "mojibake.txt": "utf-8 (mojibake repaired)",
        "tcvn3.txt": "tcvn3",
        "tcvn3_shown_as_cp1252.txt": "utf-8 (TCVN3 text converted)",
        "vni.txt": "vni",
        "vni_shown_as_cp1252.txt": "utf-8 (VNI text converted)",
        "viscii.txt": "viscii",
        "page.html": "utf-8, html page",
        "page_saved_as.txt": "utf-8, html page",
        "truncated.txt": "utf-8 (truncated last character dropped)",
        "no_date_no_meeting.txt": "utf-8",
    }.items():
        assert rows[name][0] == "loaded", (name, rows[name])
        assert encodings[name] == encoding
    assert rows["error_page.htm"][0] == "rejected" and "without article text" in rows["error_page.htm"][1]
    assert rows["whitespace.txt"][0] == rows["nul.txt"][0] == rows["image.txt"][0] == "rejected"
    assert "binary" in rows["nul.txt"][1] and "JPEG" in rows["image.txt"][1]
    assert rows["big.txt"][0] == "rejected" and "too large" in rows["big.txt"][1]
    assert rows["one_long_line.txt"][0] == "rejected"  # over the 150 kB limit of this run
    assert rows["link_out.txt"][0] == "skipped" and "symlink" in rows["link_out.txt"][1]

    def facts(name):
        persons = sorted(
            (person_id, fold(title or ""))  # the legacy font writes old-style tones: Uỷ for Ủy
            for person_id, title in con.execute(
                "SELECT b.person_id, b.title_text FROM bridge_article_person b "
                "JOIN dim_article a USING (article_id) WHERE a.source_path = ?",
                [name],
            ).fetchall()
        )
        docs = con.execute(
            "SELECT list_sort(list(d.doc_code)) FROM bridge_article_document b JOIN dim_document d USING (document_id) "
            "JOIN dim_article a USING (article_id) WHERE a.source_path = ?",
            [name],
        ).fetchone()[0]
        meetings = con.execute(
            "SELECT list_sort(list(m.meeting_date || ' ' || m.meeting_kind || ' ' || r.person_id || ' ' || r.role)) "
            "FROM fact_meeting m JOIN bridge_meeting_person r USING (meeting_id) JOIN dim_article a USING (article_id) "
            "WHERE a.source_path = ?",
            [name],
        ).fetchone()[0]
        return persons, docs, meetings

    assert all(facts("original.txt"))
    variants = ("windows1258.txt", "utf16.txt", "mojibake.txt", "tcvn3.txt", "tcvn3_shown_as_cp1252.txt", "vni.txt")
    variants += ("vni_shown_as_cp1252.txt", "viscii.txt")
    for name in (*variants, "page.html", "page_saved_as.txt"):
        assert facts(name) == facts("original.txt"), name
    assert (
        con.execute(
            "SELECT count(*) FROM fact_meeting m JOIN dim_article a USING (article_id) "
            "WHERE a.source_path = 'no_date_no_meeting.txt'"
        ).fetchone()[0]
        == 0
    )


def test_a_very_long_single_line_is_read_in_bounded_time(run_flow, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    line = (
        "Ban Tổ chức Tỉnh ủy họp bàn công tác cán bộ, đồng chí Lê Văn Tám, Bí thư Tỉnh ủy phát biểu; " * 400
        + "Ban Tổ chức Tỉnh ủy họp bàn công tác cán bộ, " * 40000
    )
    (inbox / "long.txt").write_text(line.strip(), "utf-8")  # one line of about 2.4 MB
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status FROM etl_file_manifest").fetchone()[0] == "loaded"


def test_a_second_run_on_the_same_warehouse_exits_with_a_clear_message(tmp_path):
    from hoinghi.flows.lifecycle import writer_lock

    db = str(tmp_path / "w.duckdb")
    with writer_lock(db):
        with pytest.raises(RuntimeError, match="another hoinghi run is writing"):
            with writer_lock(db):
                pass
    with writer_lock(db):  # released after the first run ends
        pass


def test_a_file_changed_into_garbage_keeps_its_old_rows(run_flow, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    target = inbox / "a.txt"
    target.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)
    target.write_bytes(b"\x00\x01 broken")
    run_flow(inbox, db)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT status FROM etl_file_manifest").fetchone()[0] == "rejected"
    assert con.execute("SELECT count(*) FROM dim_article").fetchone()[0] == 1
