"""`hoinghi export`: one file per table and view, readable back with the same rows."""

import duckdb
import pytest

from hoinghi.cli import main
from hoinghi.warehouse.export import export_warehouse, relations


def _counts(db) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in relations(con)}
    finally:
        con.close()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_table_and_view_is_one_file_with_all_its_rows(sample_warehouse, tmp_path, fmt, capsys):
    out = tmp_path / fmt
    assert main(["export", str(out), "--db", str(sample_warehouse), "--format", fmt]) == 0
    expected = _counts(sample_warehouse)
    assert "fact_meeting" in expected and "office_holders" in expected
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.{fmt}" for name in expected)
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    con = duckdb.connect()
    for name, rows in expected.items():
        assert con.execute(f"SELECT count(*) FROM {reader}('{out / f'{name}.{fmt}'}')").fetchone()[0] == rows, name
    assert f"{len(expected)} files written" in capsys.readouterr().out


def test_parquet_keeps_types_and_text(sample_warehouse, tmp_path):
    export_warehouse(sample_warehouse, tmp_path)
    con = duckdb.connect()
    row = con.execute(
        f"SELECT typeof(published_at), title FROM read_parquet('{tmp_path / 'dim_article.parquet'}')"
        " WHERE published_at IS NOT NULL LIMIT 1"
    ).fetchone()
    assert row[0] == "TIMESTAMP" and any(ch in row[1] for ch in "ăâđêôơư")


def test_a_missing_warehouse_or_format_is_a_clear_error(tmp_path, capsys):
    assert main(["export", str(tmp_path / "out"), "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no warehouse at" in capsys.readouterr().err
    with pytest.raises(ValueError, match="unknown export format"):
        export_warehouse(tmp_path / "none.duckdb", tmp_path / "out", "xlsx")
