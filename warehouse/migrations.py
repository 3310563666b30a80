"""Warehouses made by earlier versions, brought to the current schema when they are opened.

Each migration drops a UNIQUE constraint a key column no longer has:
- `dim_person.name_key`: one name was one person; two people may now share a name.
- `dim_document.code_key`: one code was one document; the Party's numbering restarts each term
  (`35-CT/TW` of 2019 and of 2024), so a dated document is now its code and issue date.
DuckDB cannot drop a constraint: the old table is set aside, the new one created by the schema
files, the rows copied, in one transaction. Rows keep their ids.
"""

from collections.abc import Callable

import duckdb

from hoinghi.warehouse.transaction import transaction

# (table, column) pairs that were UNIQUE in an earlier schema and are not now.
DROPPED_UNIQUE = (("dim_person", "name_key"), ("dim_document", "code_key"))


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
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {table}_before_migration")
            con.execute(f"DROP TABLE {table}_before_migration")
