"""A run's life around its work: one writer, the `etl_runs` row from start to end, signals, crashes.

`recorded_run` is what the ingest flow runs inside: it takes the writer lock, opens the warehouse,
marks runs a killed process left `running` as crashed, writes this run's `running` row, and at the
end says how the run ended (`completed` is written by the flow's last task; `failed` or
`interrupted` here), turning a signal into the exception the CLI reports as an interruption.
"""

import os
import signal
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from prefect import get_run_logger
from prefect.exceptions import TerminationSignal
from prefect.runtime import flow_run

from hoinghi.flows.summary import RunSummary
from hoinghi.warehouse import contract, loader
from hoinghi.warehouse.loader import writer_lock


@contextmanager
def recorded_run(inbox: str, db: str) -> Iterator[tuple[loader.Writer, RunSummary]]:
    """The warehouse's one writer and this run's summary, between its `running` row and the row that ends it.

    A run killed outright stays `running` until the next run marks it, and its Prefect flow run,
    crashed.
    """
    if not Path(db).exists():
        check_inbox(inbox)  # a mistyped inbox must not create a warehouse
    with signals_noted() as received:
        try:
            with writer_lock(db), loader.Writer(db) as warehouse:
                mark_crashed_runs(warehouse)
                summary = RunSummary(
                    run_id=uuid.uuid4().hex,
                    flow_run_id=str(flow_run.get_id() or ""),
                    started_at=datetime.now(),
                    status=contract.RUN_RUNNING,
                )
                loader.save_run(warehouse.con, summary.etl_runs_row())
                try:
                    check_inbox(inbox)
                    yield warehouse, summary
                except BaseException as exc:
                    _record_end(warehouse, summary, exc, received)
                    raise
        except BaseException as exc:  # also a signal while the warehouse opens or closes
            interruption = _as_interruption(exc, received, kept=getattr(exc, "batches_kept", 0))
            if interruption is exc:
                raise
            raise interruption from exc


def _record_end(warehouse: loader.Writer, summary: RunSummary, exc: BaseException, received: list[int]) -> None:
    """Rewrite the run's row as `failed` or `interrupted`, with the error; note the batches kept on `exc`."""
    signum = _signal_of(exc, received)
    summary.finished_at = datetime.now()
    if signum is None:
        summary.status, summary.error = contract.RUN_FAILED, f"{type(exc).__name__}: {exc}"
    else:
        summary.status = contract.RUN_INTERRUPTED
        summary.error = (
            f"{signal.Signals(signum).name} received: stopped with {summary.batches} batch(es) loaded;"
            " the batch in progress was rolled back; run again to finish"
        )
    try:
        summary.rows_after = loader.table_counts(warehouse.con)
        loader.save_run(warehouse.con, summary.etl_runs_row())
    except Exception as write_error:  # e.g. the disk is full: the run's own error matters more
        get_run_logger().warning("could not record the run's end in etl_runs: %s", write_error)
    try:
        exc.batches_kept = summary.batches
    except AttributeError:  # an exception type that takes no attributes: the count is only for the message
        pass


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
    loader.end_runs(warehouse.con, [run_id for run_id, _ in stale], contract.RUN_CRASHED, CRASHED_ERROR)


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
    """FileNotFoundError unless the inbox is a folder (deterministic: never retried)."""
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
