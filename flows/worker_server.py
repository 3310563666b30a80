"""The fork server that `--task-runner processes` forks its parse workers from.

It imports the parse code once; every worker is a fork of it, so no worker imports anything.
Nothing here imports Prefect, so the CLI can start the server first and let it import while the
CLI itself is still importing Prefect (the two imports then share the machine's cores).
"""

import multiprocessing
from multiprocessing import forkserver
from multiprocessing.context import BaseContext

PRELOAD = ["flows.parse"]  # what a worker needs: decode, clean, extract, validate


def context() -> BaseContext:
    """The multiprocessing context whose processes fork from the (pre-loaded) server."""
    ctx = multiprocessing.get_context("forkserver")  # not plain fork: the flow's threads must not be forked
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def start() -> None:
    """Start the server now (it then imports in the background); pools started later use it."""
    context()
    forkserver.ensure_running()
