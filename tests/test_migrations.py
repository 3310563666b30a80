"""Older warehouses opened by this version (warehouse/migrations.py): dropped UNIQUE constraints go,
rows stay."""

from datetime import date

import duckdb

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
    assert unique_to_drop(old) == ["dim_person", "dim_document"]
    old.close()

    con = connect(db)
    assert unique_to_drop(con) == []
    assert con.execute("SELECT * FROM dim_person").fetchall() == [
        (7, "Lò Văn Pấng", "lò văn pấng", date(2020, 1, 2), None, None)
    ]
    # the same code may now be two documents (two terms)
    con.execute(
        "INSERT INTO dim_document VALUES (10, '35-CT/TW', '35-CT/TW', 'Chỉ thị', '35', 'TW', DATE '2024-06-14', NULL)"
    )
    assert con.execute("SELECT document_id FROM dim_document ORDER BY 1").fetchall() == [(9,), (10,)]
    assert not [t for t in con.execute("SHOW TABLES").fetchall() if t[0].endswith("_before_migration")]
    con.close()
