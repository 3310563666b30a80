"""The ingest flow: discover → parse batches (decode, clean, extract, validate) → load each → record the run.

The flow reads as the data flow; the run's life around it (one writer, its `etl_runs` row from
start to end, signals, crashed runs) is `flows.lifecycle`, the parsing is `flows.parse`, and every
statement that touches the warehouse is a `warehouse.loader` function.
"""

import errno
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from hoinghi import settings
from hoinghi.flows import head_start, precheck, runners, steps
from hoinghi.flows.lifecycle import recorded_run
from hoinghi.flows.summary import RunSummary
from hoinghi.warehouse import loader

ARTIFACT_KEY = "hoinghi-run-summary"
# No task is cached: a run's outcome depends on the files and the warehouse, not on the inputs
# alone, and hashing a batch of DataFrames to make a cache key costs more than the batch's load.


@flow(name="hoinghi-ingest")
def ingest(
    inbox: str = settings.INBOX,
    db: str = settings.DB,
    batch_size: int | None = settings.BATCH_SIZE,
    max_file_bytes: int = settings.MAX_FILE_BYTES,
    task_runner: str = settings.TASK_RUNNER,
) -> RunSummary:
    """Ingest new and changed article files from `inbox` into the DuckDB warehouse `db`.

    `task_runner` says where batches are parsed (flows.runners): auto, threads, processes, dask or
    dask=ADDRESS. `batch_size`: files per batch, at most; None sizes them by the backlog (1,000 to
    4,000 files: flows.runners.batch_size_for).

    The run's `etl_runs` row is written when it starts (status `running`) and says how it ended:
    `completed`, `failed` or `interrupted` (SIGINT, SIGTERM: the batches loaded are kept, the one
    in progress is rolled back), each with the `error`.
    """
    runners.check(task_runner)
    with recorded_run(inbox, db) as (warehouse, summary):
        found, loaded = discover_files(inbox, warehouse, max_file_bytes, summary)
        summary.task_runner = runners.choose(task_runner, len(found.to_process))
        renamed: set[str] = set()  # old paths of renamed files: their manifest entries say where the rows went
        with runners.parse_executor(summary.task_runner) as executor:
            size = runners.batch_size_for(summary.task_runner, batch_size, len(found.to_process))
            batches = parsed_in_order(found.to_process, size, summary.run_id, max_file_bytes, executor)
            for n, of, batch in batches:
                renamed |= load_parsed(warehouse, batch, (n, of), loaded, summary)
        mark_missing(warehouse, [p for p in found.missing if p not in renamed], summary.run_id)
        return record_run(warehouse, summary)


# I/O errors that a second try can get past (a network share that hiccups); a missing folder or
# a permission error is the same 2 s later, so those fail the run at once.
TRANSIENT_ERRNOS = frozenset({errno.EIO, errno.EAGAIN, errno.EBUSY, errno.ETIMEDOUT, errno.ESTALE, errno.EINTR})


def _transient_io(task, task_run, state) -> bool:
    """Prefect's retry condition: retry only an OSError whose errno says it may pass."""
    exc = state.data
    return isinstance(exc, OSError) and exc.errno in TRANSIENT_ERRNOS


@task(retries=2, retry_delay_seconds=2, retry_condition_fn=_transient_io, cache_policy=NO_CACHE)
def discover_files(
    inbox: str, warehouse: loader.Writer, max_file_bytes: int, summary: RunSummary
) -> tuple[steps.Discovery, steps.LoadedContent]:
    """New and changed files, and the content already loaded (and from where); counted in the summary.

    Retried (twice) only after a transient I/O error; anything else fails the run with one error.
    """
    with summary.timed("discover"):
        con = warehouse.con
        found = precheck.take_discovery(inbox, warehouse.db, max_file_bytes, con, summary.run_id)
        listed = " (as the pre-check listed it)" if found is not None else ""
        if found is None:  # not run by the CLI, or another run wrote the warehouse since its look
            found = steps.discover(Path(inbox), loader.manifest_state(con), max_file_bytes)
        no_parsing = steps.LoadedContent({}, set())  # what is loaded only matters to files to parse
        loaded = steps.LoadedContent.of(*loader.loaded_content(con), found) if found.to_process else no_parsing
        summary.rows_before = loader.table_counts(con)
    summary.files_seen, summary.files_new, summary.files_missing = found.seen, len(found.to_process), len(found.missing)
    get_run_logger().info(
        "inbox %s: %d files, %d new or changed, %d unchanged, %d missing%s",
        inbox,
        found.seen,
        len(found.to_process),
        found.unchanged,
        len(found.missing),
        listed,
    )
    report_progress(0, len(found.to_process))
    return found, loaded


@task(cache_policy=NO_CACHE)
def parse_files(
    batch: steps.FileBatch, run_id: str, max_file_bytes: int, executor: Executor | None
) -> steps.ParsedBatch:
    """Decode, clean, extract and validate one batch of files, in this thread or on `executor` (or
    take the result of the head start the CLI gave the run's first batches: flows/head_start.py)."""
    files = batch.files
    ahead = head_start.take(files, max_file_bytes)
    try:
        if ahead is not None:
            parsed = head_start.for_run(ahead.result(), run_id)
            get_run_logger().info("parsed while the flow started (head start)")
            return parsed
        if executor is None:
            return runners.parse_batch(files, run_id, max_file_bytes)
        return executor.submit(runners.parse_batch, files, run_id, max_file_bytes).result()
    except BrokenProcessPool as exc:
        raise RuntimeError(
            f"a parse worker process died (killed, or out of memory?) with {files[0].source_path} … in its batch:"
            " the batches loaded so far are kept; run again to parse the rest (smaller --batch-size: less memory)"
        ) from exc


def load_parsed(
    warehouse: loader.Writer,
    batch: steps.ParsedBatch,
    number: tuple[int, int],
    loaded: steps.LoadedContent,
    summary: RunSummary,
) -> set[str]:
    """Load one parsed batch in one transaction (a failure rolls it back and fails the run); the renamed paths.

    Files whose text is already loaded under another name are skipped first. Not a task: a load is
    a tenth of a second of local DuckDB work that a retry would not help, and a task run per batch
    cost the Prefect server more than the load itself (10,000 articles: about a second of the run).
    Each load shows in the flow's log line for its batch and in the timings.
    """
    n, of = number  # batch n of `of`
    crash_point("extract", n)
    steps.skip_known_content(batch, loaded)  # the same text under another name: loaded once
    with summary.timed("load"):
        loader.load_batch(
            warehouse.con, batch.staging, batch.manifest, batch.rejects, lambda: crash_point("load", n), batch.moved
        )
    summary.timings.update(batch.timings)
    summary.add_batch(batch.staging, batch.manifest, batch.rejects)  # counted as kept from here
    crash_point("between", n)
    statuses = batch.manifest["status"].value_counts().to_dict()
    get_run_logger().info(
        "batch %d/%d: %d files (%s); %d articles, %d meetings, %d persons, %d documents; %d rejects",
        n,
        of,
        len(batch.manifest),
        ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())),
        batch.counts["stg_article"],
        batch.counts["stg_meeting"],
        batch.counts["stg_person_mention"],
        batch.counts["stg_document_mention"],
        len(batch.rejects),
    )
    report_progress(sum(summary.statuses.values()), summary.files_new)
    return set(batch.moved["old_path"])


@task(cache_policy=NO_CACHE)
def mark_missing(warehouse: loader.Writer, paths: list[str], run_id: str) -> None:
    """Files gone from the inbox keep their rows; the manifest says they are missing.

    Not retried: it is one statement on the local warehouse, which a second try would not help.
    """
    if paths:
        loader.mark_missing(warehouse.con, paths, run_id)


@task(cache_policy=NO_CACHE)
def record_run(warehouse: loader.Writer, summary: RunSummary) -> RunSummary:
    """Complete the run's row in etl_runs and publish its summary as a Prefect artifact."""
    steps.complete_run(warehouse.con, summary)
    create_markdown_artifact(key=ARTIFACT_KEY, markdown=summary.markdown(), description="hoinghi ingest summary")
    get_run_logger().info(
        "run %s done: %s; rows added %s",
        summary.run_id,
        {k: v for k, v in summary.etl_runs_row().items() if k.startswith("files_")},
        {t: n for t, n in summary.rows_added.items() if n},
    )
    return summary


def crash_point(stage: str, batch_no: int) -> None:
    """Fault injection for the crash-safety tests: HOINGHI_KILL_AT=load:2 SIGKILLs this process there,
    HOINGHI_SIGNAL_AT=between:1:TERM sends it SIGTERM (INT: SIGINT), handled as one from outside is."""
    if os.environ.get("HOINGHI_KILL_AT") == f"{stage}:{batch_no}":
        os.kill(os.getpid(), signal.SIGKILL)
    at, _, name = os.environ.get("HOINGHI_SIGNAL_AT", "").rpartition(":")
    if at == f"{stage}:{batch_no}":
        os.kill(os.getpid(), signal.Signals[f"SIG{name}"])


def parsed_in_order(
    files: list[steps.InboxFile], batch_size: int, run_id: str, max_file_bytes: int, executor: Executor | None
) -> Iterator[tuple[int, int, steps.ParsedBatch]]:
    """Yield (n, number of batches, batch n parsed) in order, while the task runner parses the next batches.

    A few batches are in flight at a time, so memory stays bounded however big the inbox is;
    the single writer loads them in order as they come.
    """
    batches = steps.chunks(files, batch_size)
    ahead = max(2, 2 * runners.local_workers())
    pending: deque = deque()
    queue = iter(enumerate(batches, 1))
    for n, chunk in queue:
        pending.append((n, parse_files.submit(steps.FileBatch(chunk), run_id, max_file_bytes, executor)))
        if len(pending) >= ahead:
            break
    while pending:
        n, future = pending.popleft()
        for n_next, chunk in queue:  # keep the runner busy while this batch loads
            pending.append((n_next, parse_files.submit(steps.FileBatch(chunk), run_id, max_file_bytes, executor)))
            break
        yield n, len(batches), future.result()


# The CLI's progress bar listens here: called with (files done, files to do) after each batch.
_progress_listener: Callable[[int, int], None] | None = None


def set_progress_listener(listener: Callable[[int, int], None] | None) -> None:
    global _progress_listener
    _progress_listener = listener


def report_progress(done: int, total: int) -> None:
    if _progress_listener is not None:
        _progress_listener(done, total)
