"""Where the parse batches run: `hoinghi run --task-runner threads|processes|dask[=ADDRESS]`.

Parsing (decode, clean, extract, validate) is CPU-bound Python, so threads do not add speed;
`processes` uses every core of this machine; `dask` sends the batches to a Dask cluster (a local
one when no address is given). Loading always stays in the flow: one transactional writer.
"""

import os
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any

from prefect.context import FlowRunContext
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from hoinghi.flows import worker_server

CHOICES = "threads, processes, dask or dask=tcp://SCHEDULER:8786"


def make_task_runner(spec: str) -> TaskRunner:
    """The task runner a `--task-runner` value names; ValueError for anything else."""
    name, _, address = spec.partition("=")
    if name == "threads" and not address:
        return ThreadPoolTaskRunner()
    if name == "processes" and not address:
        return WorkerPoolTaskRunner(processes=os.cpu_count() or 1)
    if name == "dask":
        from prefect_dask import DaskTaskRunner  # only needed for this choice

        if address:
            return DaskTaskRunner(address=address)
        workers = os.cpu_count() or 1
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})
    raise ValueError(f"unknown --task-runner {spec!r}: use {CHOICES}")


class WorkerPoolTaskRunner(ThreadPoolTaskRunner):
    """Task runs in the flow's threads; the parse work itself in a pool of worker processes.

    Prefect's ProcessPoolTaskRunner spawns every worker afresh: each imports Prefect, pandas and
    pandera (about 2.5 s of CPU) and runs Prefect's task engine. Here the workers are forked from
    a server that imported only the parse code, once (flows/worker_server.py), and they run only
    the pure parse function, which a task hands over with `worker_pool()`. Task runs, states and
    logs stay in the flow's process, exactly as with threads.
    """

    def __init__(self, processes: int):
        super().__init__(max_workers=processes)  # one task thread per worker process: no queue in the pool
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None

    def duplicate(self) -> "WorkerPoolTaskRunner":
        return type(self)(self.processes)

    def __enter__(self) -> "WorkerPoolTaskRunner":
        super().__enter__()
        self.pool = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=worker_server.context(),
            initializer=worker_server.init_worker,  # workers end with this process, even when it is killed
            initargs=(os.getpid(),),
        )
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
        super().__exit__(*exc_info)


def worker_pool() -> Executor | None:
    """The current flow run's worker processes, when its task runner has them."""
    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    return runner.pool if isinstance(runner, WorkerPoolTaskRunner) else None
