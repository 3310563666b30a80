"""Older warehouses opened by this version (warehouse/migrations.py): dropped UNIQUE constraints go,
rows stay."""

from datetime import date

import duckdb

from hoinghi.transforms.extract import document_id
from hoinghi.warehouse.loader import connect
from hoinghi.warehouse.migrations import unique_to_drop


def test_an_old_warehouse_loses_the_unique_keys_and_keeps_its_rows(tmp_path):
    db = tmp_path / "w.duckdb"
    old = duckdb.connect(str(db))
    old.execute(
        "CREATE TABLE dim_person (person_id BIGINT PRIMARY KEY, full_name VARCHAR NOT NULL,"
        " name_key VARCHAR NOT NULL UNIQUE, first_seen DATE, last_seen DATE)"
    )
    old.execute("INSERT INTO dim_person VALUES (7, 'Lò Văn Pấng', 'lò văn pấng', DATE '2020-01-02', NULL)")
    old.execute(
        "CREATE TABLE dim_document (document_id BIGINT PRIMARY KEY, doc_code VARCHAR NOT NULL,"
        " code_key VARCHAR NOT NULL UNIQUE, doc_type VARCHAR, doc_number VARCHAR, issuer_code VARCHAR,"
        " issued_date DATE, title VARCHAR)"
    )
    old.execute("INSERT INTO dim_document VALUES (9, '35-CT/TW', '35-CT/TW', 'Chỉ thị', '35', 'TW', NULL, NULL)")
    old.execute(
        "INSERT INTO dim_document VALUES (8, '12-NQ/TW', '12-NQ/TW', 'Nghị quyết', '12', 'TW', '2022-03-16', NULL)"
    )
    old.execute(
        "CREATE TABLE bridge_article_document (article_id BIGINT NOT NULL, document_id BIGINT NOT NULL,"
        " mention_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER, PRIMARY KEY (article_id, document_id))"
    )
    old.execute(
        "INSERT INTO bridge_article_document VALUES (1, 8, 'Nghị quyết 12', 0, 13), (1, 9, 'Chỉ thị 35', 20, 30)"
    )
    assert unique_to_drop(old) == ["dim_person", "dim_document"]
    old.close()

    con = connect(db)
    assert unique_to_drop(con) == []
    assert con.execute("SELECT * FROM dim_person").fetchall() == [
        (7, "Lò Văn Pấng", "lò văn pấng", date(2020, 1, 2), None, None)
    ]
    # a dated row takes the id of its code and date, and its citations move with it; an undated one keeps its id
    dated = document_id("12-NQ/TW", date(2022, 3, 16))
    assert con.execute("SELECT document_id, doc_code FROM dim_document ORDER BY 2").fetchall() == [
        (dated, "12-NQ/TW"),
        (9, "35-CT/TW"),
    ]
    assert con.execute("SELECT document_id FROM bridge_article_document ORDER BY evidence_start").fetchall() == [
        (dated,),
        (9,),
    ]
    # the same code may now be two documents (two terms)
    con.execute(
        "INSERT INTO dim_document VALUES (10, '35-CT/TW', '35-CT/TW', 'Chỉ thị', '35', 'TW', DATE '2024-06-14', NULL)"
    )
    assert len(con.execute("SELECT * FROM dim_document WHERE code_key = '35-CT/TW'").fetchall()) == 2
    assert not [t for t in con.execute("SHOW TABLES").fetchall() if t[0].endswith("_before_migration")]
    con.close()
