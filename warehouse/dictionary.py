"""The data dictionary: what every table, view and column of the warehouse means.

One source, `docs/warehouse.md` (the page the README points to): each `### \\`name\\`: what it is`
section is a table or view, and the first cell of each row of its table names the columns the row
describes. `ensure_schema` writes it into the warehouse as `COMMENT ON` (so DBeaver and any DuckDB
client show it), and `hoinghi schema` prints it. The page comes with the source tree; an install
without it (a wheel) leaves the comments as they are.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

DICTIONARY = Path(__file__).resolve().parent.parent / "docs" / "warehouse.md"
_SECTION_RE = re.compile(r"^### ", re.M)
_HEADING_RE = re.compile(r"`(\w+)`(?:: (.*))?")
_ROW_RE = re.compile(r"^\|(.*)\|$", re.M)
# The warehouse's tables and views: (name, TABLE or VIEW, comment).
_RELATIONS = (
    "SELECT table_name, 'TABLE', comment FROM duckdb_tables()"
    " WHERE schema_name = 'main' AND database_name = current_database()"
    " UNION ALL SELECT view_name, 'VIEW', comment FROM duckdb_views()"
    " WHERE schema_name = 'main' AND database_name = current_database() AND NOT internal"
)


@dataclass
class Entry:
    """One table or view: what a row of it is, and what each column means."""

    description: str
    columns: dict[str, str] = field(default_factory=dict)


def documented(path: Path = DICTIONARY) -> dict[str, Entry]:
    """Table or view name → its entry, as docs/warehouse.md gives them ({} when the page is absent)."""
    if not path.exists():
        return {}
    out: dict[str, Entry] = {}
    for section in _SECTION_RE.split(path.read_text(encoding="utf-8"))[1:]:
        heading = _HEADING_RE.match(section)
        entry = Entry((heading.group(2) or "").strip())
        for row in _ROW_RE.findall(section):
            names, _type, *meaning = row.split("|")  # | columns | type | meaning |
            for column in re.findall(r"`(\w+)`", names):
                entry.columns[column] = "|".join(meaning).strip()
        out[heading.group(1)] = entry
    return out


def write_comments(con: duckdb.DuckDBPyConnection, entries: dict[str, Entry] | None = None) -> int:
    """COMMENT ON each documented table, view and column whose comment differs; how many were written."""
    entries = documented() if entries is None else entries
    relations = con.execute(_RELATIONS).fetchall()
    kinds = {name: kind for name, kind, _ in relations}
    now = {(name, None): comment for name, _, comment in relations}
    now |= {
        (t, c): comment
        for t, c, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main'"
            " AND database_name = current_database()"
        ).fetchall()
    }
    written = 0
    for name, entry in entries.items():
        if name not in kinds:
            continue
        wanted = {(name, None): entry.description} | {(name, c): m for c, m in entry.columns.items()}
        for (table, column), text in wanted.items():
            if (table, column) not in now or now[(table, column)] == text:
                continue  # a column the page names but this warehouse has not, or already said
            target = f"{kinds[table]} {table}" if column is None else f"COLUMN {table}.{column}"
            con.execute(f"COMMENT ON {target} IS '{text.replace(chr(39), chr(39) * 2)}'")
            written += 1
    return written


def schema_rows(con: duckdb.DuckDBPyConnection, table: str | None = None) -> list[tuple]:
    """(table or view, column, type, meaning) of the warehouse, from its comments; a table's own
    line (column empty) first. `table`: that one only."""
    rows = con.execute(
        f"""
        WITH relations(name, kind, comment) AS ({_RELATIONS})
        SELECT name, NULL AS column_name, NULL AS data_type, comment, -1 AS column_index FROM relations
        UNION ALL
        SELECT table_name, column_name, data_type, comment, column_index FROM duckdb_columns()
        WHERE schema_name = 'main' AND database_name = current_database()
          AND table_name IN (SELECT name FROM relations)
        ORDER BY 1, 5
        """
    ).fetchall()
    return [row[:4] for row in rows if table is None or row[0] == table]
