"""docs/warehouse.md, the column dictionary the README points to, covers the warehouse the flow builds."""

import re

import duckdb

from tests.conftest import ROOT


def _documented() -> dict[str, set[str]]:
    """Table or view → the columns its section of docs/warehouse.md names in the first cell of its rows."""
    out: dict[str, set[str]] = {}
    for section in re.split(r"^### ", (ROOT / "docs" / "warehouse.md").read_text(encoding="utf-8"), flags=re.M)[1:]:
        name = re.match(r"`(\w+)`", section).group(1)
        cells = re.findall(r"^\| ([^|]+) \|", section, flags=re.M)
        out[name] = {c for cell in cells for c in re.findall(r"`(\w+)`", cell)}
    return out


def test_every_table_view_and_column_of_the_warehouse_is_documented(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        rows = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
    finally:
        con.close()
    actual: dict[str, set[str]] = {}
    for table, column in rows:
        actual.setdefault(table, set()).add(column)
    assert _documented() == actual
