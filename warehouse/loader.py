"""Loader: staging DataFrames → warehouse tables, one transaction per batch, set-based SQL only.

Article text never enters SQL as text: it arrives in registered DataFrames and bound parameters.
"""

import fcntl
import re
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from hoinghi.warehouse.contract import (
    MANIFEST_COLUMNS,
    MISSING,
    REJECT_COLUMNS,
    REPLACING_STATUSES,
    RUN_ENDED_BADLY,
    RUN_RUNNING,
    check_lists,
)
from hoinghi.warehouse.dictionary import write_comments
from hoinghi.warehouse.migrations import create_schema_migrated
from hoinghi.warehouse.person_identity import split_frames
from hoinghi.warehouse.transaction import transaction

SQL_DIR = Path(__file__).parent / "sql"
SCHEMA_FILES = ("00_schema.sql", "01_views.sql")
MOVED_COLUMNS = ("old_path", "new_path")
WAREHOUSE_TABLES = (
    "dim_article",
    "dim_person",
    "dim_document",
    "fact_meeting",
    "bridge_meeting_person",
    "bridge_article_person",
    "bridge_article_document",
    "dim_title",
    "bridge_person_title",
    "fact_appointment",
    "etl_file_manifest",
    "etl_rejects",
    "etl_runs",
)


def build_files() -> list[Path]:
    """The SQL files that build the warehouse from staging, in the order their names give."""
    return sorted(p for p in SQL_DIR.glob("*.sql") if p.name not in SCHEMA_FILES)


# Tables a build file reads that Python computes from the warehouse as the earlier files left it.
BUILD_INPUTS: dict[str, Callable[[duckdb.DuckDBPyConnection], dict[str, pd.DataFrame]]] = {
    "70_person_identity.sql": split_frames,  # person identity: the rule is transforms/person_identity.py
}


WRITER_MEMORY_LIMIT = "256MB"
# DuckDB checkpoints (rewrites the changed row groups into the file) whenever the WAL passes this;
# at its default, 16 MB, about every second batch of 1,000 articles. Loading 100,000 articles then
# wrote 7.6 GB for an 814 MB file; at 256 MB, 1.4 GB. The WAL is replayed if a run is killed.
WRITER_CHECKPOINT_THRESHOLD = "256MB"
_LOCK_HOLDER_RE = re.compile(r"Could not set lock on file.*?PID (\d+)", re.DOTALL)
# A read-only session reads the warehouse and nothing else: no other file (COPY, EXPORT, ATTACH,
# read_text, read_csv, glob …), no extension to install or load, nothing spilled to disk.
READ_ONLY_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_persistent_secrets": False,
    "temp_directory": "",
}
READ_ONLY_LOCKS = (
    # DuckDB keeps the database's own file (and its .wal) open to COPY … TO even without external
    # access, so local files are switched off altogether: the warehouse is read through the file
    # handle opened above. This can only be set once the database has started.
    "SET disabled_filesystems = 'LocalFileSystem'",
    # …and no SET or RESET can undo any of it.
    "SET lock_configuration = true",
)
# DuckDB's words for a file that is not a (whole) DuckDB database.
_DAMAGE_RE = re.compile(r"not a valid DuckDB database file|Corrupt database file|Could not read enough bytes from file")
# DuckDB's words for what a read-only session refuses.
_REFUSED_RE = re.compile(
    r"file system operations are disabled|has been disabled by configuration|Loading external extensions is disabled"
    r"|the configuration has been locked|when enable_external_access is disabled|read-only mode"
)


class DamagedWarehouseError(ValueError):
    """The warehouse file is not a whole DuckDB database (random bytes, a truncated copy, bad checksums)."""

    def __init__(self, db_path: str | Path, what: str):
        super().__init__(
            f"{db_path} is damaged ({what}): restore it from a backup, or move it aside (with its .wal, if any)"
            f" and run `hoinghi run --db {db_path}` to rebuild it from the inbox"
        )


class ReadOnlyRefusalError(ValueError):
    """A read-only session was asked to write, or to reach past the warehouse."""

    def __init__(self, duckdb_error: Exception):
        super().__init__(
            "refused: this session is read-only and reads only the warehouse's tables and views (no other files,"
            " databases, extensions or settings); use --write to change the warehouse or reach files."
            f" DuckDB said: {str(duckdb_error).splitlines()[0]}"
        )


def clearer_error(exc: Exception, db_path: str | Path, read_only: bool) -> Exception | None:
    """A message that says what is wrong and what to do for a DuckDB error a user can meet, else None."""
    if not isinstance(exc, duckdb.Error):
        return None
    text = str(exc)
    if _DAMAGE_RE.search(text):
        return DamagedWarehouseError(db_path, text.splitlines()[0])
    if read_only and _REFUSED_RE.search(text):
        return ReadOnlyRefusalError(exc)
    return None


@contextmanager
def explained_errors(db_path: str | Path, read_only: bool):
    """Turn the DuckDB errors of a damaged warehouse or a refused statement into ones that say what to do."""
    try:
        yield
    except duckdb.Error as exc:
        clearer = clearer_error(exc, db_path, read_only)
        if clearer is None:
            raise
        raise clearer from None


# The storage format a new warehouse file is written in: DuckDB 2.x writes a format that DuckDB 1.x
# clients (DBeaver's driver, BI tools, notebooks) refuse ("version number 69 … between 64 and 68").
# In this format DuckDB 1.1.0 and later open it (tests/test_client_compatibility.py); 1.0.0 cannot
# read any file DuckDB 2.0 writes, whatever the setting. A file keeps the format it was created in.
STORAGE_COMPATIBILITY = "v1.1.0"
OLDEST_CLIENT = "1.1.0"
WRITER_CONFIG = {"storage_compatibility_version": STORAGE_COMPATIBILITY}


def connect(db_path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """The warehouse, for writing or locked down for reading only (`hoinghi sql`, `report`, `status`)."""
    if read_only and not Path(db_path).exists():
        raise FileNotFoundError(f"no warehouse at {db_path}: run `hoinghi run --db {db_path}` first")
    try:
        with explained_errors(db_path, read_only=False):
            config = READ_ONLY_CONFIG if read_only else WRITER_CONFIG
            con = duckdb.connect(str(db_path), read_only=read_only, config=config)
    except duckdb.IOException as exc:
        holder = _LOCK_HOLDER_RE.search(str(exc))
        if holder is None:
            raise
        raise RuntimeError(
            f"{db_path} is open in another process (PID {holder.group(1)}, e.g. a hoinghi run that is loading):"
            " DuckDB lets one process at a time use a file while it is written; try again when that one is done"
        ) from None
    try:
        _check_whole(con, db_path)
    except DamagedWarehouseError:
        con.close()
        raise
    if read_only:
        for statement in READ_ONLY_LOCKS:
            con.execute(statement)
    else:
        # A batch load needs little memory; without a limit DuckDB may cache up to 80 % of RAM.
        con.execute(f"SET memory_limit = '{WRITER_MEMORY_LIMIT}'")
        con.execute(f"SET checkpoint_threshold = '{WRITER_CHECKPOINT_THRESHOLD}'")
        ensure_schema(con)
    return con


def _check_whole(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> None:
    """A truncated copy opens fine and fails at the first query that reads a lost block: say so at once.

    The file holds at least every block in use (plus the header, left out to be safe). Not every
    block it counts: free blocks at the end may have been cut off when the file was last written.
    """
    blocks, block_size = con.execute(
        "SELECT used_blocks, block_size FROM pragma_database_size() WHERE database_name = current_database()"
    ).fetchone()
    size = Path(db_path).stat().st_size
    if size < blocks * block_size:
        raise DamagedWarehouseError(
            db_path, f"truncated: {size:,} bytes, but it uses {blocks} blocks of {block_size:,} bytes"
        )


@contextmanager
def writer_lock(db: str):
    """One writer per warehouse: a second run exits at once with a clear message, never interleaves."""
    lock_path = Path(f"{db}.lock")
    handle = open(lock_path, "a+")  # noqa: SIM115 - held for the whole run
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RuntimeError(
            f"another hoinghi run is writing to {db} (it holds {lock_path}); wait for it to finish, then run again"
        ) from None
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


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
    """Create the tables and views that do not exist yet; the DDL's CHECKs name the contract's vocabularies."""

    def create() -> None:
        for name in SCHEMA_FILES:
            con.execute(schema_sql(name))

    create_schema_migrated(con, create)  # an older warehouse's dropped UNIQUE constraints go
    write_comments(con)  # the data dictionary (docs/warehouse.md) as COMMENT ON, for every client


def schema_sql(name: str) -> str:
    """A schema file with its `{file_statuses}`-style placeholders filled in from the contract."""
    sql = (SQL_DIR / name).read_text(encoding="utf-8")
    for placeholder, values in check_lists().items():
        sql = sql.replace("{" + placeholder + "}", values)
    return sql


def load_batch(
    con: duckdb.DuckDBPyConnection,
    staging: dict[str, pd.DataFrame],
    manifest: pd.DataFrame,
    rejects: pd.DataFrame,
    before_commit: Callable[[], None] | None = None,
    moved: pd.DataFrame | None = None,
) -> None:
    """Replace the batch's articles and upsert dimensions, facts, bridges, manifest and rejects atomically.

    `moved` (old_path, new_path): renamed files. The article loaded from old_path is now loaded
    from new_path, so its rows go and old_path's manifest entry says where they went.
    """
    # A file whose new version was rejected or failed keeps its old rows: nothing is lost.
    replaced = manifest[manifest["status"].isin(REPLACING_STATUSES)][["source_path"]]
    if moved is None:
        moved = pd.DataFrame(columns=list(MOVED_COLUMNS), dtype="string")
    frames = dict(staging, batch_files=replaced, batch_manifest=manifest, batch_rejects=rejects, batch_moved=moved)
    try:
        with transaction(con):
            for name, frame in frames.items():
                con.register(name, _arrow(frame))
            for path in build_files():
                inputs = BUILD_INPUTS.get(path.name)
                for name, frame in inputs(con).items() if inputs else ():
                    frames[name] = frame
                    con.register(name, _arrow(frame))
                con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                f"INSERT OR REPLACE INTO etl_file_manifest SELECT {', '.join(MANIFEST_COLUMNS)} FROM batch_manifest"
            )
            con.execute(f"INSERT INTO etl_rejects SELECT {', '.join(REJECT_COLUMNS)} FROM batch_rejects")
            if len(moved):
                con.execute(
                    "UPDATE etl_file_manifest SET status = ?, error = 'renamed or moved to ' || m.new_path"
                    " || ' (same text): its rows moved there', last_run_id = (SELECT any_value(last_run_id)"
                    " FROM batch_manifest) FROM batch_moved m WHERE etl_file_manifest.source_path = m.old_path",
                    [MISSING],
                )
            if before_commit:
                before_commit()
    finally:
        for name in frames:
            con.unregister(name)


def _arrow(frame: pd.DataFrame) -> pa.Table:
    """The frame as an Arrow table, which DuckDB scans as it is. A registered pandas frame's Arrow-backed
    columns are converted to NumPy again by every statement that reads them (about 380 conversions
    per batch: a tenth of a small batch's load)."""
    return pa.Table.from_pandas(frame, preserve_index=False)


def manifest_state(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, object, str, str, str]]:
    """source_path → (size, mtime, sha256, status, error) as the manifest last recorded it."""
    rows = con.execute("SELECT source_path, size_bytes, mtime, content_sha256, status, error FROM etl_file_manifest")
    return {r[0]: r[1:] for r in rows.fetchall()}


def mark_missing(con: duckdb.DuckDBPyConnection, paths: list[str], run_id: str) -> None:
    """Files gone from the inbox keep their rows; their manifest rows say they are missing."""
    con.execute(
        "UPDATE etl_file_manifest SET status = ?, error = 'file no longer in the inbox; its rows are kept',"
        " last_run_id = ? WHERE source_path IN (SELECT unnest(?::VARCHAR[]))",
        [MISSING, run_id, paths],
    )


def loaded_content(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, str], set[str]]:
    """Every article's source path → its text sha256 (its raw content sha256 if loaded before text
    hashes existed); and the source paths among them that the manifest has as missing from the inbox."""
    key_of = dict(con.execute("SELECT source_path, coalesce(text_sha256, content_sha256) FROM dim_article").fetchall())
    gone = con.execute(
        "SELECT source_path FROM etl_file_manifest WHERE status = ?"
        " AND source_path IN (SELECT source_path FROM dim_article)",
        [MISSING],
    ).fetchall()
    return key_of, {r[0] for r in gone}


def save_run(con: duckdb.DuckDBPyConnection, row: dict) -> None:
    """Write a run's etl_runs row: at its start (status running) and again when it ends."""
    placeholders = ", ".join("?" * len(row))
    con.execute(f"INSERT OR REPLACE INTO etl_runs ({', '.join(row)}) VALUES ({placeholders})", list(row.values()))


def runs_seen(con: duckdb.DuckDBPyConnection, leaving_out: str | None = None) -> tuple[int, object]:
    """How many runs `etl_runs` holds and when the latest started, leaving out run `leaving_out`:
    every run writes its row before it discovers, so another run in between changes this."""
    count, latest = con.execute(
        "SELECT count(*), max(started_at) FROM etl_runs WHERE run_id IS DISTINCT FROM ?", [leaving_out]
    ).fetchone()
    return int(count), latest


def unfinished_runs(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str | None]]:
    """(run_id, flow_run_id) of the runs still marked running."""
    return con.execute(
        "SELECT run_id, flow_run_id FROM etl_runs WHERE status = ? ORDER BY started_at", [RUN_RUNNING]
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
            " WHERE list_contains(?, status) ORDER BY started_at DESC LIMIT 1",
            [list(RUN_ENDED_BADLY)],
        ).fetchone()
    except duckdb.BinderException:  # a warehouse no run has opened since `error` was added: none recorded
        return None


def meeting_counts(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(real meetings, reports of them) in the warehouse: meeting_events rows and fact_meeting rows."""
    events, reports = con.execute(
        "SELECT (SELECT count(*) FROM meeting_events), (SELECT count(*) FROM fact_meeting)"
    ).fetchone()
    return int(events), int(reports)


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    # fetchall, not fetchone: a result not fetched to its end blocks the connection's next register().
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in WAREHOUSE_TABLES}
