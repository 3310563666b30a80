"""One bad value costs its own row at most, never its neighbours; impossible dates are nulled and recorded."""

import json
from datetime import date, datetime

import duckdb

from hoinghi.schemas.dates import null_impossible_dates

STAMP = "Hải Hằng 17:53, 03/04/2023"  # byline and publication time: published in 2023


def article(
    n: int, doc_date: str = "8-2-2023", meeting: str = "Sáng 3-4", stamp: str = STAMP, cites: bool = True
) -> str:
    """A short report of a meeting that cites Quyết định số n-QĐ/TW issued on `doc_date`."""
    text = (
        f"Ban Tổ chức Tỉnh ủy giao ban công tác tháng {n}\n\n{stamp}\n\n"
        f"{meeting}, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị giao ban công tác tháng {n}. "
        "Đồng chí Nguyễn Văn An, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị."
    )
    if cites:
        text += f"\n\nHội nghị quán triệt Quyết định số {n}-QĐ/TW ngày {doc_date} của Bộ Chính trị."
    return text


def query(db, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_one_document_dated_3023_loses_only_its_date_not_the_batchs_citations(run_flow, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    odd = {12: "8-2-3023", 13: "0-2-2023"}  # a year 1,000 too far; a day 0, which no calendar has
    for n in range(1, 26):
        (inbox / f"{n:02}.txt").write_text(article(n, odd.get(n, "8-2-2023")), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db, batch_size=50)  # all 25 in one batch

    cited = query(
        db,
        "SELECT d.doc_code, d.issued_date FROM bridge_article_document JOIN dim_document d USING (document_id)",
    )
    issued = dict(cited)
    assert len(cited) == 25 and set(issued) == {f"{n}-QĐ/TW" for n in range(1, 26)}
    assert issued.pop("12-QĐ/TW") is issued.pop("13-QĐ/TW") is None
    assert set(issued.values()) == {date(2023, 2, 8)}
    # a citation whose date is dropped is the code's undated document (transforms.extract.undated_rekeyed)
    from hoinghi.transforms.extract import document_id

    assert query(db, "SELECT document_id FROM dim_document WHERE doc_code = '12-QĐ/TW'") == [(document_id("12-QĐ/TW"),)]
    rejects = query(db, "SELECT source_path, stage, reason, record FROM etl_rejects ORDER BY source_path")
    assert len(rejects) == 2, rejects
    assert rejects[1][:3] == (
        "13.txt",
        "dates:stg_document_mention",
        "impossible date 'ngày 0-2-2023' for issued_date (no such day): nulled",
    )
    path, stage, reason, record = rejects[0]
    assert (path, stage) == ("12.txt", "dates:stg_document_mention")
    assert reason.startswith("impossible date 3023-02-08 for issued_date") and reason.endswith(": nulled")
    assert "2023" in reason  # the publication year the bound came from
    assert json.loads(record)["doc_code"] == "12-QĐ/TW" and json.loads(record)["issued_date"] == "3023-02-08"
    assert query(db, "SELECT DISTINCT status FROM etl_file_manifest") == [("loaded",)]


def test_a_meeting_dated_years_after_publication_or_before_1945_is_kept_without_its_date(run_flow, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "future.txt").write_text(article(1, meeting="Sáng 5-3-2028"), encoding="utf-8")  # published 2023
    # No publication date and no other year: nothing marks 1900 as history told by the article.
    (inbox / "old.txt").write_text(article(2, meeting="Sáng 5-3-1900", stamp="Hải Hằng", cites=False), "utf-8")
    (inbox / "fine.txt").write_text(article(3, meeting="Sáng 3-4-2023"), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    run_flow(inbox, db)

    meetings = query(
        db,
        "SELECT a.source_path, m.meeting_date, m.date_text FROM fact_meeting m JOIN dim_article a USING (article_id)",
    )
    assert sorted(meetings) == [
        ("fine.txt", date(2023, 4, 3), "Sáng 3-4-2023"),
        ("future.txt", None, "Sáng 5-3-2028"),
        ("old.txt", None, "Sáng 5-3-1900"),
    ]
    rejects = dict(query(db, "SELECT source_path, reason FROM etl_rejects WHERE stage = 'dates:stg_meeting'"))
    assert set(rejects) == {"future.txt", "old.txt"}
    assert rejects["future.txt"].startswith("impossible date 2028-03-05 for meeting_date (after 2024")
    assert rejects["old.txt"] == "impossible date 1900-03-05 for meeting_date (before 1945): nulled"
    # The meetings keep their chair.
    assert query(db, "SELECT count(*) FROM bridge_meeting_person WHERE role = 'chair'") == [(3,)]


def test_without_a_publication_date_the_bound_is_next_year():
    today = date(2026, 12, 3)
    records = {
        "stg_article": [
            {"article_id": 1, "published_at": None},
            {"article_id": 2, "published_at": datetime(2030, 5, 1)},
        ],
        "stg_meeting": [
            {"article_id": 1, "meeting_date": date(2027, 12, 31), "source_path": "a.txt"},  # next year: may be
            {"article_id": 1, "meeting_date": date(2028, 1, 1), "source_path": "a.txt"},
            {"article_id": 2, "meeting_date": date(2031, 6, 1), "source_path": "b.txt"},  # published 2030: may be
        ],
    }
    rejects = null_impossible_dates(records, today)
    assert [m["meeting_date"] for m in records["stg_meeting"]] == [date(2027, 12, 31), None, date(2031, 6, 1)]
    assert [r.reason for r in rejects] == [
        "impossible date 2028-01-01 for meeting_date (after 2027: no publication date; this year is 2026): nulled"
    ]
