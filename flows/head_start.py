"""A head start for `hoinghi run`: the first batches of a backlog are parsed while Prefect starts.

With no Prefect server running, a run first starts Prefect's temporary API: five to six seconds of
one core, during which the flow cannot begin. When the run will parse on worker processes, the CLI
already knows the files (the pre-check found them), so the workers start on the first batches at
once (`started`). The flow's parse task for a batch takes the result from here (`take`) only when
it is the same files, with the same sizes and times, cut into the same batch under the same size
limit; anything else is parsed as usual, and a result nobody takes is dropped. The flow's
executor is this pool (`adopt_pool`), so no second pool starts. Nothing here imports Prefect.
"""

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace

import pandas as pd

from hoinghi.flows import steps

# A placeholder until the flow has opened its run: the batch's rows get the real id when taken.
NO_RUN_YET = "head-start"
# At most this many files are parsed ahead: about what two workers parse while the temporary API
# starts, and a bound on the memory their results hold until the flow takes them.
MAX_FILES = 3000

_pool: ProcessPoolExecutor | None = None
_pool_adopted = False
_ahead: dict[tuple, Future] = {}


@contextmanager
def started(
    pool: ProcessPoolExecutor,
    parse_batch: Callable[[list, str, int], steps.ParsedBatch],
    files: list[steps.InboxFile],
    batch_size: int,
    max_file_bytes: int,
) -> Iterator[None]:
    """Submit the first batches of `files` (cut as the flow cuts them) to `pool` for the duration
    of the block; the pool is shut down at its end unless the flow took it over, which then does."""
    global _pool, _pool_adopted
    _pool, _pool_adopted = pool, False
    budget = MAX_FILES
    for chunk in steps.chunks(files, batch_size):
        if len(chunk) > budget:
            break
        budget -= len(chunk)
        _ahead[_key(chunk, max_file_bytes)] = pool.submit(parse_batch, chunk, NO_RUN_YET, max_file_bytes)
    try:
        yield
    finally:
        _ahead.clear()
        if not _pool_adopted:  # the flow never parsed (it failed first, or was interrupted)
            pool.shutdown(wait=False, cancel_futures=True)
        _pool, _pool_adopted = None, False


def take(files: list[steps.InboxFile], max_file_bytes: int) -> Future | None:
    """The head start's parse of exactly this batch, if it has one (then it is the caller's)."""
    return _ahead.pop(_key(files, max_file_bytes), None)


def adopt_pool() -> ProcessPoolExecutor | None:
    """The head start's worker pool, for the flow to parse the rest on and shut down; None if none."""
    global _pool_adopted
    if _pool is None:
        return None
    _pool_adopted = True
    return _pool


def for_run(batch: steps.ParsedBatch, run_id: str) -> steps.ParsedBatch:
    """A batch parsed ahead, its manifest and reject rows given the run's id."""
    manifest, rejects = _with(batch.manifest, "last_run_id", run_id), _with(batch.rejects, "run_id", run_id)
    return replace(batch, manifest=manifest, rejects=rejects)


def _with(frame: pd.DataFrame, column: str, value: str) -> pd.DataFrame:
    """`frame` with every row's `column` set to `value`, its dtype kept (as if parsed with it)."""
    return frame.assign(**{column: value}).astype({column: frame[column].dtype})


def _key(files: list[steps.InboxFile], max_file_bytes: int) -> tuple:
    return tuple(files), max_file_bytes
