"""A head start for `hoinghi run`: the first batches of a backlog are parsed while Prefect starts.

With no Prefect server running, a run first starts Prefect's temporary API: four to six seconds of
one core, during which the flow cannot begin. The CLI already knows the files (the pre-check found
them), so the first batches are parsed at once (`started`): on the worker processes a big backlog
will be parsed on, or, for the few files of a threads run, in a thread of this process, which
otherwise only waits for the API. The flow's parse task for a batch takes the result from here
(`take`) only when it is the same files, with the same sizes and times, cut into the same batch
under the same size limit; anything else is parsed as usual, and a result nobody takes is dropped.
On processes the flow's executor is this pool (`adopt_pool`), so no second pool starts. Nothing
here imports Prefect.
"""

import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from functools import partial

import pandas as pd

from hoinghi.flows import steps

# A placeholder until the flow has opened its run: the batch's rows get the real id when taken.
NO_RUN_YET = "head-start"
# At most this many files are parsed ahead (or one batch per worker, if more): about what two workers
# parse while the temporary API starts, and a bound on the memory their results hold until the flow
# takes them.
MAX_FILES = 3000
# How long a run that ends waits for its head-start thread to stop between two files (it may be
# importing the parse code, about a second); after that it is left, as before.
THREAD_STOP_S = 10

_pool: Executor | None = None  # the head start's pool until the flow adopts it (processes) or the run ends
_ahead: dict[tuple, Future] = {}


def first_batches(files: list[steps.InboxFile], size: int, workers: int) -> list[list[steps.InboxFile]]:
    """The batches a head start parses: the flow's first ones, cut as it cuts them, as many whole
    batches as MAX_FILES holds, and at least one for each of the pool's `workers` (a big backlog's
    batches are larger than MAX_FILES: the flow holds that many in flight anyway)."""
    count = max(MAX_FILES // size, workers)
    return steps.chunks(files[: count * size], size)


class DaemonThread(Executor):
    """One thread that runs what is submitted to it, in order: the head start of a threads run.

    A daemon thread, unlike a ThreadPoolExecutor's: a run that ends before its flow took the
    batches (Ctrl-C, an error) does not wait at exit for a parse nobody will take, as a process
    pool's workers are ended at once for the same reason (`_stop`).

    Cancelling (`shutdown` with cancel_futures) sets `stopping`, which the head start's parse checks
    between files: the thread must not be inside a parse when the interpreter exits, which ends a
    daemon thread where it stands and aborts the process (SIGABRT) when that is in native code.
    """

    def __init__(self) -> None:
        self._work: queue.SimpleQueue = queue.SimpleQueue()
        self._shut = False
        self.stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hoinghi-head-start", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable, /, *args, **kwargs) -> Future:
        if self._shut:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future: Future = Future()
        self._work.put((future, partial(fn, *args, **kwargs)))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._shut = True
        if cancel_futures:
            self.stopping.set()
        while cancel_futures:  # those not started; a running or finished one stays as it is
            try:
                self._work.get_nowait()[0].cancel()
            except queue.Empty:
                break
        self._work.put(None)
        if wait:
            self._thread.join()

    def join(self, timeout_s: float) -> None:
        """Wait up to `timeout_s` for the thread to end (after `shutdown`)."""
        self._thread.join(timeout_s)

    def _run(self) -> None:
        while (item := self._work.get()) is not None:
            future, call = item
            del item  # the result is the future's taker's: nothing here keeps a parsed batch
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(call())
                except BaseException as exc:  # the flow's task that takes this batch raises it
                    future.set_exception(exc)
            del future, call


@contextmanager
def started(
    pool: Executor,
    parse_batch: Callable[[list, str, int], steps.ParsedBatch],
    batches: list[list[steps.InboxFile]],
    max_file_bytes: int,
) -> Iterator[None]:
    """Submit `batches` to `pool` for the duration of the block; at its end the pool is stopped,
    unless the flow took it over (`adopt_pool`), which then shuts it down itself."""
    global _pool
    _pool = pool
    try:
        stop = {"stop": pool.stopping} if isinstance(pool, DaemonThread) else {}  # workers are ended instead
        for batch in batches:
            _ahead[_key(batch, max_file_bytes)] = pool.submit(parse_batch, batch, NO_RUN_YET, max_file_bytes, **stop)
        yield
    finally:
        _ahead.clear()
        if _pool is pool:  # not adopted: the flow never parsed (it failed first, or the run was interrupted)
            _stop(pool)
        _pool = None


def _stop(pool: Executor) -> None:
    """Cancel the batches not started and end the workers now: the ones they hold were for this
    head start only, and a run that ends before its flow parsed (Ctrl-C, an error) must not wait
    seconds for them at exit (a DaemonThread is waited for only until it stops between two files)."""
    workers = []
    if isinstance(pool, ProcessPoolExecutor):
        workers = list((pool._processes or {}).values())  # no public way to stop them in Python 3.11
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    if isinstance(pool, DaemonThread):  # it stops between two files: milliseconds, or the end of an import
        pool.join(THREAD_STOP_S)


def take(files: list[steps.InboxFile], max_file_bytes: int) -> Future | None:
    """The head start's parse of exactly this batch, if it has one (then it is the caller's)."""
    return _ahead.pop(_key(files, max_file_bytes), None)


def adopt_pool() -> ProcessPoolExecutor | None:
    """The head start's worker pool, handed over once, for the flow to parse the rest on and shut
    down; None if there is none (or it was handed over already, or the head start is a thread's)."""
    global _pool
    if not isinstance(_pool, ProcessPoolExecutor):
        return None
    pool, _pool = _pool, None
    return pool


def for_run(batch: steps.ParsedBatch, run_id: str) -> steps.ParsedBatch:
    """A batch parsed ahead, its manifest and reject rows given the run's id."""
    manifest, rejects = _with(batch.manifest, "last_run_id", run_id), _with(batch.rejects, "run_id", run_id)
    return replace(batch, manifest=manifest, rejects=rejects)


def _with(frame: pd.DataFrame, column: str, value: str) -> pd.DataFrame:
    """`frame` with every row's `column` set to `value`, its dtype kept (as if parsed with it)."""
    return frame.assign(**{column: value}).astype({column: frame[column].dtype})


def _key(files: list[steps.InboxFile], max_file_bytes: int) -> tuple:
    return tuple(files), max_file_bytes
