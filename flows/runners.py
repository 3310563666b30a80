"""Where the parse batches run: the flow's `task_runner` parameter (`hoinghi run --task-runner`,
prefect.yaml's deployment parameters): auto, threads, processes, dask or dask=ADDRESS.

Parsing (decode, clean, extract, validate) is CPU-bound Python, so threads do not add speed;
`processes` uses every core of this machine; `dask` sends the batches to a Dask cluster (a local
one when no address is given); `auto` takes processes for a backlog and threads for the few files
of an hourly run. The choice is a parameter, not the flow's Prefect task runner, so a deployment
can set it per run: the parse tasks run in the flow's threads (task runs, states and logs stay
there) and hand their batch to the executor chosen here. Loading always stays in the flow: one
transactional writer. Nothing here imports Prefect: the CLI checks the choice before Prefect starts.
"""

import os
import threading
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager

from hoinghi import settings
from hoinghi.flows import head_start, worker_server

NAMES = ("auto", "threads", "processes", "dask")
CHOICES = "auto, threads, processes, dask or dask=tcp://SCHEDULER:8786"


def local_workers() -> int:
    """Worker processes on this machine: one per core (the process pool's, a local Dask cluster's)."""
    return os.cpu_count() or 1


def check(spec: str) -> str:
    """`spec` when it names a runner; ValueError saying the choices otherwise."""
    name, _, address = spec.partition("=")
    if name not in NAMES or (address and name != "dask"):
        raise ValueError(f"unknown task runner {spec!r}: use {CHOICES}")
    return spec


def choose(spec: str, to_parse: int | None, cores: int | None = None) -> str:
    """`auto`: worker processes for a backlog worth their start (settings.PROCESSES_FROM_FILES files,
    two cores or more), threads for the few files of an hourly run; any other choice stands."""
    if check(spec) != "auto":
        return spec
    cores = local_workers() if cores is None else cores
    return "processes" if cores > 1 and (to_parse or 0) >= settings.PROCESSES_FROM_FILES else "threads"


def batch_size_for(spec: str, requested: int | None, files: int) -> int:
    """Files per batch for this run: `requested` at most, and no more than spreads `files` over
    every worker of `spec` (1,500 files on two workers: two batches of 750, not 1,000 and 500; on
    eight, eight batches of 188). A Dask cluster's size is not known here: `requested` stands.

    None: by the backlog, about settings.BATCHES_PER_RUN batches of BATCH_SIZE_MIN to BATCH_SIZE_MAX
    files (10,000 files: batches of 1,000; 100,000: of 4,000, a quarter of the loads, whose cost
    grows with the warehouse)."""
    if requested is None:
        requested = min(settings.BATCH_SIZE_MAX, max(settings.BATCH_SIZE_MIN, files // settings.BATCHES_PER_RUN))
    return max(1, min(requested, -(-files // workers_for(spec))))


def workers_for(spec: str) -> int:
    """Batches that `spec` parses at once on this machine: one per core on worker processes or a
    local Dask cluster; one on threads (they share one interpreter) or on a cluster elsewhere
    (its size is not known here)."""
    name, _, address = check(spec).partition("=")
    return local_workers() if name == "processes" or (name == "dask" and not address) else 1


def parse_batch(files: list, run_id: str, max_file_bytes: int, stop: threading.Event | None = None):
    """flows.parse.parse_batch, imported where it runs: a process that only sends batches to workers
    need not import the parse code (pandera, the extractors). `stop`: set, it ends between two files."""
    from hoinghi.flows.parse import parse_batch as parse

    return parse(files, run_id, max_file_bytes, stop)


@contextmanager
def parse_executor(spec: str) -> Iterator[Executor | None]:
    """The executor the parse tasks hand their batches to (None: parse in the task's own thread).

    `processes`: workers forked from a server that imported only the parse code, once
    (flows/worker_server.py), not spawned afresh like Prefect's ProcessPoolTaskRunner's, each of
    which imports Prefect, pandas and pandera (about 2.5 s of CPU) and runs Prefect's task engine.
    """
    name, _, address = check(spec).partition("=")
    if name == "threads":
        yield None
    elif name == "processes":
        pool = head_start.adopt_pool() or process_pool()  # the pool a head start has running, if any
        try:
            yield pool
        finally:
            pool.shutdown(cancel_futures=True)
    elif name == "dask":
        from distributed import Client, LocalCluster  # only needed for this choice

        with ExitStack() as stack:
            if address:
                cluster = address
            else:  # a local cluster: one single-threaded worker process per core
                workers = local_workers()
                cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True))
            # pure=False: a batch is never the same work twice, so Dask need not hash it for a key
            executor = stack.enter_context(Client(cluster)).get_executor(pure=False)
            stack.callback(executor.shutdown, wait=False)  # a failed run's queued batches are cancelled first
            yield executor
    else:
        raise ValueError(f"{spec!r} is resolved by choose() before parsing")


def process_pool() -> ProcessPoolExecutor:
    """One worker process per core, forked from the pre-loaded fork server."""
    return ProcessPoolExecutor(
        max_workers=local_workers(),
        mp_context=worker_server.context(),
        initializer=worker_server.init_worker,  # workers end with this process, even when it is killed
        initargs=(os.getpid(),),
    )
