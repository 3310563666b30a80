"""The ingest flow: discover → decode/clean/extract/validate (per batch) → load (per batch) → report."""

import fcntl
import os
import signal
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from flows import steps
from flows.runners import worker_pool
from flows.summary import RunSummary
from warehouse import loader

ARTIFACT_KEY = "hoinghi-run-summary"
# No task is cached: a run's outcome depends on the files and the warehouse, not on the inputs
# alone, and hashing a batch of DataFrames to make a cache key costs more than the batch's load.


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def discover_files(
    inbox: str, warehouse: loader.Writer, max_file_bytes: int
) -> tuple[steps.Discovery, steps.LoadedContent, dict[str, int]]:
    """New and changed files, the content already loaded (and from where), and the table sizes before the run."""
    con = warehouse.con
    found = steps.discover(Path(inbox), loader.manifest_state(con), max_file_bytes)
    no_parsing = steps.LoadedContent({}, set())  # what is loaded only matters to files to parse
    loaded = steps.LoadedContent.of(*loader.loaded_content(con), found) if found.to_process else no_parsing
    return found, loaded, loader.table_counts(con)


@task(cache_policy=NO_CACHE)
def parse_files(files: list[steps.InboxFile], run_id: str, max_file_bytes: int) -> steps.ParsedBatch:
    """Decode, clean, extract and validate one batch of files (where the task runner says)."""
    from flows.parse import parse_batch  # imported where the parsing runs: the flow process may never need it

    pool = worker_pool()
    if pool is None:
        return parse_batch(files, run_id, max_file_bytes)
    try:
        return pool.submit(parse_batch, files, run_id, max_file_bytes).result()
    except BrokenProcessPool as exc:
        raise RuntimeError(
            f"a parse worker process died (killed, or out of memory?) with {files[0].source_path} … in its batch:"
            " the batches loaded so far are kept; run again to parse the rest (smaller --batch-size: less memory)"
        ) from exc


def load_parsed(warehouse: loader.Writer, batch: steps.ParsedBatch, n: int) -> None:
    """Load one parsed batch in one transaction (a failure rolls it back and fails the run).

    Not a task: a load is a tenth of a second of local DuckDB work that a retry would not help, and
    a task run per batch cost the Prefect server more than the load itself (10,000 articles: about
    a second of the run). Each load shows in the flow's log line for its batch and in the timings.
    """
    loader.load_batch(
        warehouse.con, batch.staging, batch.manifest, batch.rejects, lambda: crash_point("load", n), batch.moved
    )


def crash_point(stage: str, batch_no: int) -> None:
    """Fault injection for the crash-safety tests: HOINGHI_KILL_AT=load:2 SIGKILLs this process there."""
    if os.environ.get("HOINGHI_KILL_AT") == f"{stage}:{batch_no}":
        os.kill(os.getpid(), signal.SIGKILL)


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def mark_missing(warehouse: loader.Writer, paths: list[str], run_id: str) -> None:
    """Files gone from the inbox keep their rows; the manifest says they are missing."""
    loader.mark_missing(warehouse.con, paths, run_id)


@task(cache_policy=NO_CACHE)
def record_run(warehouse: loader.Writer, summary: RunSummary) -> RunSummary:
    """Write the run's row in etl_runs and publish its summary as a Prefect artifact."""
    con = warehouse.con
    summary.rows_after = loader.table_counts(con)
    row = summary.etl_runs_row()
    placeholders = ", ".join("?" * len(row))
    con.execute(f"INSERT OR REPLACE INTO etl_runs ({', '.join(row)}) VALUES ({placeholders})", list(row.values()))
    create_markdown_artifact(key=ARTIFACT_KEY, markdown=summary.markdown(), description="hoinghi ingest summary")
    return summary


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


@flow(name="hoinghi-ingest")
def ingest(
    inbox: str = "samples/inbox",
    db: str = "hoinghi.duckdb",
    batch_size: int = 200,
    max_file_bytes: int = steps.MAX_FILE_BYTES,
) -> RunSummary:
    """Ingest new and changed article files from `inbox` into the DuckDB warehouse `db`."""
    with writer_lock(db), loader.Writer(db) as warehouse:
        return _ingest(inbox, warehouse, batch_size, max_file_bytes)


def _ingest(inbox: str, warehouse: loader.Writer, batch_size: int, max_file_bytes: int) -> RunSummary:
    logger = get_run_logger()
    summary = RunSummary(run_id=uuid.uuid4().hex, flow_run_id=str(flow_run.get_id() or ""), started_at=datetime.now())
    with summary.timed("discover"):
        found, loaded, summary.rows_before = discover_files(inbox, warehouse, max_file_bytes)
    summary.files_seen, summary.files_new, summary.files_missing = found.seen, len(found.to_process), len(found.missing)
    logger.info(
        "inbox %s: %d files, %d new or changed, %d unchanged, %d missing",
        inbox,
        found.seen,
        len(found.to_process),
        found.unchanged,
        len(found.missing),
    )
    batches = steps.chunks(found.to_process, batch_size)
    _progress(0, len(found.to_process))
    done = 0
    moved: set[str] = set()  # old paths of renamed files: their manifest entry says where the rows went
    for n, files, batch in _parsed_in_order(batches, summary.run_id, max_file_bytes):
        crash_point("extract", n)
        steps.skip_known_content(batch, loaded)  # the same text under another name: loaded once
        moved.update(batch.moved["old_path"])
        with summary.timed("load"):
            load_parsed(warehouse, batch, n)
        crash_point("between", n)
        summary.timings.update(batch.timings)
        summary.add_batch(batch.staging, batch.manifest, batch.rejects)
        statuses = batch.manifest["status"].value_counts().to_dict()
        logger.info(
            "batch %d/%d: %d files (%s); %d articles, %d meetings, %d persons, %d documents; %d rejects",
            n,
            len(batches),
            len(files),
            ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())),
            batch.counts["stg_article"],
            batch.counts["stg_meeting"],
            batch.counts["stg_person_mention"],
            batch.counts["stg_document_mention"],
            len(batch.rejects),
        )
        done += len(files)
        _progress(done, len(found.to_process))
    missing = [p for p in found.missing if p not in moved]
    if missing:
        mark_missing(warehouse, missing, summary.run_id)
    summary.finished_at = datetime.now()
    summary = record_run(warehouse, summary)
    logger.info(
        "run %s done: %s; rows added %s",
        summary.run_id,
        {k: v for k, v in summary.etl_runs_row().items() if k.startswith("files_")},
        {t: n for t, n in summary.rows_added.items() if n},
    )
    return summary


def _parsed_in_order(batches: list[list[steps.InboxFile]], run_id: str, max_file_bytes: int):
    """Yield (n, files, parsed batch) in order, while the task runner parses the next batches.

    A few batches are in flight at a time, so memory stays bounded however big the inbox is;
    the single writer loads them in order as they come.
    """
    ahead = max(2, 2 * (os.cpu_count() or 1))
    pending: deque = deque()
    queue = iter(enumerate(batches, 1))
    for n, files in queue:
        pending.append((n, files, parse_files.submit(files, run_id, max_file_bytes)))
        if len(pending) >= ahead:
            break
    while pending:
        n, files, future = pending.popleft()
        for n_next, files_next in queue:  # keep the runner busy while this batch loads
            pending.append((n_next, files_next, parse_files.submit(files_next, run_id, max_file_bytes)))
            break
        yield n, files, future.result()


# The CLI's progress bar listens here: called with (files done, files to do) after each batch.
_progress_listener: Callable[[int, int], None] | None = None


def set_progress_listener(listener: Callable[[int, int], None] | None) -> None:
    global _progress_listener
    _progress_listener = listener


def _progress(done: int, total: int) -> None:
    if _progress_listener is not None:
        _progress_listener(done, total)
