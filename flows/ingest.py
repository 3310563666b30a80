"""The ingest flow: discover → decode/clean/extract/validate (per batch) → load (per batch) → report."""

import errno
import fcntl
import os
import signal
import threading
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
from prefect.exceptions import TerminationSignal
from prefect.runtime import flow_run

from hoinghi.flows import steps
from hoinghi.flows.runners import worker_pool
from hoinghi.flows.summary import RunSummary
from hoinghi.warehouse import loader

ARTIFACT_KEY = "hoinghi-run-summary"
# No task is cached: a run's outcome depends on the files and the warehouse, not on the inputs
# alone, and hashing a batch of DataFrames to make a cache key costs more than the batch's load.


# I/O errors that a second try can get past (a network share that hiccups); a missing folder or
# a permission error is the same 2 s later, so those fail the run at once.
TRANSIENT_ERRNOS = frozenset({errno.EIO, errno.EAGAIN, errno.EBUSY, errno.ETIMEDOUT, errno.ESTALE, errno.EINTR})


def _transient_io(task, task_run, state) -> bool:
    """Prefect's retry condition: retry only an OSError whose errno says it may pass."""
    exc = state.data
    return isinstance(exc, OSError) and exc.errno in TRANSIENT_ERRNOS


@task(retries=2, retry_delay_seconds=2, retry_condition_fn=_transient_io, cache_policy=NO_CACHE)
def discover_files(
    inbox: str, warehouse: loader.Writer, max_file_bytes: int
) -> tuple[steps.Discovery, steps.LoadedContent, dict[str, int]]:
    """New and changed files, the content already loaded (and from where), and the table sizes before the run.

    Retried (twice) only after a transient I/O error; anything else fails the run with one error.
    """
    con = warehouse.con
    found = steps.discover(Path(inbox), loader.manifest_state(con), max_file_bytes)
    no_parsing = steps.LoadedContent({}, set())  # what is loaded only matters to files to parse
    loaded = steps.LoadedContent.of(*loader.loaded_content(con), found) if found.to_process else no_parsing
    return found, loaded, loader.table_counts(con)


@task(cache_policy=NO_CACHE)
def parse_files(files: list[steps.InboxFile], run_id: str, max_file_bytes: int) -> steps.ParsedBatch:
    """Decode, clean, extract and validate one batch of files (where the task runner says)."""
    from hoinghi.flows.parse import parse_batch  # imported where the parsing runs: the flow process may never need it

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
    """Fault injection for the crash-safety tests: HOINGHI_KILL_AT=load:2 SIGKILLs this process there,
    HOINGHI_SIGNAL_AT=between:1:TERM sends it SIGTERM (INT: SIGINT), handled as one from outside is."""
    if os.environ.get("HOINGHI_KILL_AT") == f"{stage}:{batch_no}":
        os.kill(os.getpid(), signal.SIGKILL)
    at, _, name = os.environ.get("HOINGHI_SIGNAL_AT", "").rpartition(":")
    if at == f"{stage}:{batch_no}":
        os.kill(os.getpid(), signal.Signals[f"SIG{name}"])


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def mark_missing(warehouse: loader.Writer, paths: list[str], run_id: str) -> None:
    """Files gone from the inbox keep their rows; the manifest says they are missing."""
    loader.mark_missing(warehouse.con, paths, run_id)


@task(cache_policy=NO_CACHE)
def record_run(warehouse: loader.Writer, summary: RunSummary) -> RunSummary:
    """Complete the run's row in etl_runs and publish its summary as a Prefect artifact."""
    con = warehouse.con
    summary.status = "completed"
    summary.rows_after = loader.table_counts(con)
    loader.save_run(con, summary.etl_runs_row())
    create_markdown_artifact(key=ARTIFACT_KEY, markdown=summary.markdown(), description="hoinghi ingest summary")
    return summary


CRASHED_ERROR = (
    "the run's process ended without finishing (killed, or the machine stopped);"
    " the batches it loaded are kept and a later run loaded the rest"
)


def mark_crashed_runs(warehouse: loader.Writer) -> None:
    """Runs left `running` by a process that is gone: their rows and Prefect flow runs become crashed.

    Called with the writer lock held, so no run on this warehouse is in progress: a `running`
    row is one whose process was killed before it could say how it ended.
    """
    stale = loader.unfinished_runs(warehouse.con)
    for _, flow_run_id in stale:
        if flow_run_id:
            _crash_flow_run(flow_run_id)
    loader.end_runs(warehouse.con, [run_id for run_id, _ in stale], "crashed", CRASHED_ERROR)


def _crash_flow_run(flow_run_id: str) -> None:
    """Set a killed run's Prefect flow run to Crashed, unless it already ended (or is unknown to this API)."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound
    from prefect.states import Crashed

    logger = get_run_logger()
    try:
        with get_client(sync_client=True) as client:
            state = client.read_flow_run(flow_run_id).state
            if state is None or not state.is_final():
                client.set_flow_run_state(flow_run_id, Crashed(message=CRASHED_ERROR), force=True)
                logger.warning("flow run %s was left %s by a killed process: marked crashed", flow_run_id, state)
    except ObjectNotFound:
        pass  # a run recorded by another Prefect API (e.g. a temporary one since removed)
    except Exception as exc:  # the warehouse's row is still marked; the UI is a nicety
        logger.warning("could not mark flow run %s crashed: %s", flow_run_id, exc)


def check_inbox(inbox: str) -> None:
    if not Path(inbox).is_dir():
        raise FileNotFoundError(f"inbox {inbox} is not a folder (missing, or a file): pass an existing folder")


@contextmanager
def signals_noted():
    """Note SIGINT and SIGTERM received during the run, then let the handler that was there act.

    The signal's exception does not always reach the flow as itself: one that lands in a DuckDB
    query comes out as RuntimeError('Query interrupted'). The note tells an interruption from a
    failure. Prefect's own SIGTERM handler (it marks the flow run crashed) stays in charge.
    """
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield received  # signals are delivered to the main thread only
        return
    previous = {}

    def note(signum, frame):
        received.append(signum)
        handler = previous[signum]
        if callable(handler):
            handler(signum, frame)
        elif handler != signal.SIG_IGN:  # the default action: KeyboardInterrupt, or end the process
            if signum == signal.SIGINT:
                raise KeyboardInterrupt
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    for signum in (signal.SIGINT, signal.SIGTERM):
        previous[signum] = signal.signal(signum, note)
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)


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
    """Ingest new and changed article files from `inbox` into the DuckDB warehouse `db`.

    The run's `etl_runs` row is written when it starts (status `running`) and says how it ended:
    `completed`, `failed` or `interrupted` (SIGINT, SIGTERM: the batches loaded are kept, the one
    in progress is rolled back), each with the `error`. A run killed outright stays `running`
    until the next run marks it, and its Prefect flow run, crashed.
    """
    if not Path(db).exists():
        check_inbox(inbox)  # a mistyped inbox must not create a warehouse
    with signals_noted() as received:
        try:
            with writer_lock(db), loader.Writer(db) as warehouse:
                return _recorded(warehouse, received, inbox, batch_size, max_file_bytes)
        except BaseException as exc:  # also a signal while the warehouse opens or closes
            interruption = _as_interruption(exc, received, kept=0)
            if interruption is exc:
                raise
            raise interruption from exc


def _recorded(
    warehouse: loader.Writer, received: list[int], inbox: str, batch_size: int, max_file_bytes: int
) -> RunSummary:
    """The run between its `running` row and the row that says how it ended."""
    mark_crashed_runs(warehouse)
    summary = RunSummary(
        run_id=uuid.uuid4().hex, flow_run_id=str(flow_run.get_id() or ""), started_at=datetime.now(), status="running"
    )
    loader.save_run(warehouse.con, summary.etl_runs_row())
    try:
        check_inbox(inbox)
        return _ingest(inbox, warehouse, summary, batch_size, max_file_bytes)
    except BaseException as exc:
        signum = _signal_of(exc, received)
        summary.finished_at = datetime.now()
        if signum is None:
            summary.status, summary.error = "failed", f"{type(exc).__name__}: {exc}"
        else:
            summary.status = "interrupted"
            summary.error = (
                f"{signal.Signals(signum).name} received: stopped with {summary.batches} batch(es) loaded;"
                " the batch in progress was rolled back; run again to finish"
            )
        try:
            summary.rows_after = loader.table_counts(warehouse.con)
            loader.save_run(warehouse.con, summary.etl_runs_row())
        except Exception as write_error:  # e.g. the disk is full: the run's own error matters more
            get_run_logger().warning("could not record the run's end in etl_runs: %s", write_error)
        interruption = _as_interruption(exc, received, kept=summary.batches)
        if interruption is exc:
            raise
        raise interruption from exc


def _signal_of(exc: BaseException, received: list[int]) -> int | None:
    """The signal that interrupted the run, or None when it failed on its own."""
    if received:
        return received[0]
    if isinstance(exc, TerminationSignal):
        return exc.signal
    return signal.SIGINT if isinstance(exc, KeyboardInterrupt) else None


def _as_interruption(exc: BaseException, received: list[int], kept: int) -> BaseException:
    """The exception to raise for `exc`: for an interruption, the signal's own exception.

    A signal that lands in a DuckDB query comes out as RuntimeError('Query interrupted'); it is
    raised as KeyboardInterrupt or Prefect's TerminationSignal, so Prefect and the CLI handle it
    as the interruption it is. It carries `signum` and `batches_kept` for the CLI's message.
    """
    signum = _signal_of(exc, received)
    if signum is None:
        return exc
    if not isinstance(exc, KeyboardInterrupt | TerminationSignal):
        exc = KeyboardInterrupt() if signum == signal.SIGINT else TerminationSignal(signum)
    exc.signum = signum
    if not hasattr(exc, "batches_kept"):
        exc.batches_kept = kept
    return exc


def _ingest(
    inbox: str, warehouse: loader.Writer, summary: RunSummary, batch_size: int, max_file_bytes: int
) -> RunSummary:
    logger = get_run_logger()
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
        summary.timings.update(batch.timings)
        summary.add_batch(batch.staging, batch.manifest, batch.rejects)  # counted as kept from here
        crash_point("between", n)
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
