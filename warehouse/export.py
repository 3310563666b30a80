"""`hoinghi export`: every table and view of the warehouse as one Parquet or CSV file each."""

from pathlib import Path

import duckdb

from hoinghi.warehouse.loader import explained_errors

FORMATS = {"parquet": "(FORMAT parquet, COMPRESSION zstd)", "csv": "(FORMAT csv, HEADER true)"}
# Writing files needs DuckDB's file access, which the locked read-only connection of `hoinghi sql`
# switches off; this one may write only where the user asked and never loads an extension.
EXPORT_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def relations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The warehouse's tables and views, by name."""
    return [
        name
        for (name,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1"
        ).fetchall()
    ]


def export_warehouse(db: str | Path, out_dir: str | Path, fmt: str = "parquet") -> list[tuple[Path, int]]:
    """Write `<out_dir>/<table or view>.<fmt>` for each relation; (file, rows) per file written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if not Path(db).exists():
        raise FileNotFoundError(f"no warehouse at {db}: run `hoinghi run --db {db}` first")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with explained_errors(db, read_only=True):
        con = duckdb.connect(str(db), read_only=True, config=EXPORT_CONFIG)
        try:
            for name in relations(con):
                path = out / f"{name}.{fmt}"
                # COPY … TO answers with the number of rows it wrote.
                rows = con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{_sql_text(path)}' {FORMATS[fmt]}").fetchone()
                written.append((path, rows[0]))
        finally:
            con.close()
    return written


def _sql_text(path: Path) -> str:
    return str(path).replace("'", "''")
