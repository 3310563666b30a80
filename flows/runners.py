"""Where the parse batches run: `hoinghi run --task-runner threads|processes|dask[=ADDRESS]`.

Parsing (decode, clean, extract, validate) is CPU-bound Python, so threads do not add speed;
`processes` uses every core of this machine; `dask` sends the batches to a Dask cluster (a local
one when no address is given). Loading always stays in the flow: one transactional writer.
"""

import os

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

CHOICES = "threads, processes, dask or dask=tcp://SCHEDULER:8786"


def default_runner_spec() -> str:
    return "threads"  # no pool start-up: best for hourly runs of a few files; archives: processes


def make_task_runner(spec: str) -> TaskRunner:
    """The task runner a `--task-runner` value names; ValueError for anything else."""
    name, _, address = spec.partition("=")
    if name == "threads" and not address:
        return ThreadPoolTaskRunner()
    if name == "processes" and not address:
        return ProcessPoolTaskRunner(max_workers=os.cpu_count() or 1)
    if name == "dask":
        from prefect_dask import DaskTaskRunner  # only needed for this choice

        if address:
            return DaskTaskRunner(address=address)
        workers = os.cpu_count() or 1
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})
    raise ValueError(f"unknown --task-runner {spec!r}: use {CHOICES}")
