"""Warehouses made by earlier versions, brought to the current schema when they are opened.

Each migration drops a UNIQUE constraint a key column no longer has:
- `dim_person.name_key`: one name was one person; two people may now share a name.
- `dim_document.code_key`: one code was one document; the Party's numbering restarts each term
  (`35-CT/TW` of 2019 and of 2024), so a dated document is now its code and issue date. Its rows
  with a date take that identity's id (transforms.extract.document_id), and their citations with
  them; undated rows keep theirs, which is the new id of an undated citation.
DuckDB cannot drop a constraint: the old table is set aside, the new one created by the schema
files, the rows copied, in one transaction.
"""

from collections.abc import Callable

import duckdb

from hoinghi.warehouse.transaction import transaction

# (table, column) pairs that were UNIQUE in an earlier schema and are not now.
DROPPED_UNIQUE = (("dim_person", "name_key"), ("dim_document", "code_key"))

# transforms.extract.document_id(code_key, issued_date) in SQL: the sha256 of the key's parts
# joined by U+001F, its first 8 bytes as an unsigned integer, shifted right by one.
_DATED_DOCUMENT_ID = (
    "(('0x' || substr(sha256('document' || chr(31) || code_key || chr(31) || strftime(issued_date, '%Y-%m-%d'))"
    ", 1, 16))::UBIGINT >> 1)::BIGINT"
)
# How a migrated table's rows are copied, and what else moves with them (default: as they are).
_COPY = {
    "dim_document": (
        f"SELECT * REPLACE (CASE WHEN issued_date IS NULL THEN document_id ELSE {_DATED_DOCUMENT_ID} END"
        " AS document_id) FROM dim_document_before_migration",
        "UPDATE bridge_article_document SET document_id = moved.new_id FROM ("
        f"SELECT document_id AS old_id, {_DATED_DOCUMENT_ID} AS new_id FROM dim_document_before_migration"
        " WHERE issued_date IS NOT NULL) AS moved WHERE bridge_article_document.document_id = moved.old_id",
    ),
}


def unique_to_drop(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The tables of this warehouse that still have a UNIQUE constraint the schema has dropped."""
    found = con.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints()"
        " WHERE database_name = current_database() AND schema_name = 'main' AND constraint_type = 'UNIQUE'"
    ).fetchall()
    return [table for table, column in DROPPED_UNIQUE if (table, [column]) in found]


def create_schema_migrated(con: duckdb.DuckDBPyConnection, create: Callable[[], None]) -> None:
    """Run `create` (the schema files); an old table with a dropped UNIQUE is rebuilt by it, rows kept."""
    old = unique_to_drop(con)
    if not old:
        create()
        return
    with transaction(con):
        for table in old:
            con.execute(f"ALTER TABLE {table} RENAME TO {table}_before_migration")
        create()
        for table in old:
            copy, *also = _COPY.get(table, (f"SELECT * FROM {table}_before_migration",))
            con.execute(f"INSERT INTO {table} BY NAME {copy}")
            for statement in also:
                con.execute(statement)
            con.execute(f"DROP TABLE {table}_before_migration")
