"""Loader: staging DataFrames → warehouse tables, one transaction per batch, set-based SQL only.

Article text never enters SQL as text: it arrives in registered DataFrames and bound parameters.
"""

import re
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

SQL_DIR = Path(__file__).parent / "sql"
SCHEMA_FILES = ("00_schema.sql", "01_views.sql")
MANIFEST_COLUMNS = ("source_path", "size_bytes", "mtime", "content_sha256", "status", "error", "last_run_id")
REJECT_COLUMNS = ("run_id", "source_path", "stage", "reason", "record")
WAREHOUSE_TABLES = (
    "dim_article",
    "dim_person",
    "dim_document",
    "fact_meeting",
    "bridge_meeting_person",
    "bridge_article_person",
    "bridge_article_document",
    "etl_file_manifest",
    "etl_rejects",
    "etl_runs",
)


def build_files() -> list[Path]:
    """The SQL files that build the warehouse from staging, in the order their names give."""
    return sorted(p for p in SQL_DIR.glob("*.sql") if p.name not in SCHEMA_FILES)


WRITER_MEMORY_LIMIT = "256MB"
_LOCK_HOLDER_RE = re.compile(r"Could not set lock on file.*?PID (\d+)", re.DOTALL)


def connect(db_path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    if read_only and not Path(db_path).exists():
        raise FileNotFoundError(f"no warehouse at {db_path}: run `hoinghi run --db {db_path}` first")
    try:
        con = duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as exc:
        holder = _LOCK_HOLDER_RE.search(str(exc))
        if holder is None:
            raise
        raise RuntimeError(
            f"{db_path} is open in another process (PID {holder.group(1)}, e.g. a hoinghi run that is loading):"
            " DuckDB lets one process at a time use a file while it is written; try again when that one is done"
        ) from None
    if not read_only:
        # A batch load needs little memory; without a limit DuckDB may cache up to 80 % of RAM.
        con.execute(f"SET memory_limit = '{WRITER_MEMORY_LIMIT}'")
        ensure_schema(con)
    return con


class Writer:
    """The run's one writer connection to the warehouse, handed to the tasks that write.

    One connection for the whole run: opening the file and checkpointing it on close for every
    batch cost more than the batch's load. Prefect keeps task parameters until the process ends,
    so tasks get this holder, which drops the connection when the run is over.
    """

    def __init__(self, db: str):
        self.db = db
        self.con: duckdb.DuckDBPyConnection | None = None

    def __enter__(self) -> "Writer":
        self.con = connect(self.db)
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for name in SCHEMA_FILES:
        con.execute((SQL_DIR / name).read_text(encoding="utf-8"))


def load_batch(
    con: duckdb.DuckDBPyConnection,
    staging: dict[str, pd.DataFrame],
    manifest: pd.DataFrame,
    rejects: pd.DataFrame,
    before_commit: Callable[[], None] | None = None,
) -> None:
    """Replace the batch's articles and upsert dimensions, facts, bridges, manifest and rejects atomically."""
    # A file whose new version was rejected or failed keeps its old rows: nothing is lost.
    replaced = manifest[manifest["status"].isin(["loaded", "skipped"])][["source_path"]]
    frames = dict(staging, batch_files=replaced, batch_manifest=manifest, batch_rejects=rejects)
    con.execute("BEGIN TRANSACTION")
    try:
        for name, frame in frames.items():
            con.register(name, frame)
        for path in build_files():
            con.execute(path.read_text(encoding="utf-8"))
        con.execute(
            f"INSERT OR REPLACE INTO etl_file_manifest SELECT {', '.join(MANIFEST_COLUMNS)} FROM batch_manifest"
        )
        con.execute(f"INSERT INTO etl_rejects SELECT {', '.join(REJECT_COLUMNS)} FROM batch_rejects")
        if before_commit:
            before_commit()
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in frames:
            con.unregister(name)


def manifest_state(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, object, str, str]]:
    """source_path → (size, mtime, sha256, status) as the manifest last recorded it."""
    rows = con.execute("SELECT source_path, size_bytes, mtime, content_sha256, status FROM etl_file_manifest")
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows.fetchall()}


def loaded_content(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """content sha256 → source path of every article in the warehouse."""
    return dict(con.execute("SELECT content_sha256, source_path FROM dim_article").fetchall())


def save_run(con: duckdb.DuckDBPyConnection, row: dict) -> None:
    """Write a run's etl_runs row: at its start (status running) and again when it ends."""
    placeholders = ", ".join("?" * len(row))
    con.execute(f"INSERT OR REPLACE INTO etl_runs ({', '.join(row)}) VALUES ({placeholders})", list(row.values()))


def unfinished_runs(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str | None]]:
    """(run_id, flow_run_id) of the runs still marked running."""
    return con.execute(
        "SELECT run_id, flow_run_id FROM etl_runs WHERE status = 'running' ORDER BY started_at"
    ).fetchall()


def end_runs(con: duckdb.DuckDBPyConnection, run_ids: list[str], status: str, error: str) -> None:
    """Mark runs that cannot say so themselves (their process was killed) as ended."""
    if run_ids:
        con.execute(
            "UPDATE etl_runs SET status = ?, error = ? WHERE list_contains(?, run_id)", [status, error, run_ids]
        )


def last_failure(con: duckdb.DuckDBPyConnection) -> tuple | None:
    """(run_id, started_at, status, error) of the latest run that failed, was interrupted or crashed."""
    try:
        return con.execute(
            "SELECT run_id, started_at, status, error FROM etl_runs"
            " WHERE status IN ('failed', 'interrupted', 'crashed') ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
    except duckdb.BinderException:  # a warehouse no run has opened since `error` was added: none recorded
        return None


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in WAREHOUSE_TABLES}
