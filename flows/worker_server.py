"""The fork server that `--task-runner processes` forks its parse workers from.

It imports the parse code once; every worker is a fork of it, so no worker imports anything.
Nothing here imports Prefect, so the CLI can start the server first and let it import while the
CLI itself is still importing Prefect (the two imports then share the machine's cores).
"""

import multiprocessing
import signal
from multiprocessing import forkserver
from multiprocessing.context import BaseContext

from hoinghi import lifeline

PRELOAD = ["hoinghi.flows.parse"]  # what a worker needs: decode, clean, extract, validate


def context() -> BaseContext:
    """The multiprocessing context whose processes fork from the (pre-loaded) server."""
    ctx = multiprocessing.get_context("forkserver")  # not plain fork: the flow's threads must not be forked
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start() -> None:
    """Start the server now (it then imports in the background); pools started later use it."""
    context()
    forkserver.ensure_running()


def init_worker(run_pid: int) -> None:
    """Run in each worker as it starts: it ends with the run's process, however that ends.

    A worker's parent is the fork server, not the run, and it waits on a queue whose write end it
    holds itself: when the run is killed (SIGKILL, out of memory) nothing would ever wake it.
    Ctrl-C in a terminal reaches every process of the group: the run decides, the worker ignores it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lifeline.end_with(run_pid)
