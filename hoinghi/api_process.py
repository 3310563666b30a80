"""The process of a run's temporary Prefect API: `python -m hoinghi.api_process RUN_PID SOCKET_FD`.

Prefect's own API app, served by uvicorn as Prefect's temporary server serves it, on the socket the
run bound and handed over (so no other process can take its port in between), plus a lifeline:
the server ends with the run that started it, even when the run is killed and cannot stop it.
"""

import importlib
import socket
import sys

from hoinghi import lifeline

APP = "prefect.server.api.server:create_app"  # what Prefect's SubprocessASGIServer runs


def main() -> None:
    run_pid, fd = (int(arg) for arg in sys.argv[1:3])
    lifeline.end_with(run_pid)
    import uvicorn  # after the lifeline: a run killed while this imports still ends it

    # Before uvicorn: its server catches SIGTERM from the start of serving, before it imports the app,
    # and acts on it only after that import (3 s). Imported here, a run that stops its API while it
    # starts (hoinghi.prefect_api.started_early: nothing to do) ends it at once.
    importlib.import_module(APP.partition(":")[0])

    listening = socket.socket(fileno=fd)  # family and type read from the socket itself
    config = uvicorn.Config(APP, factory=True, log_level="error", lifespan="on")
    uvicorn.Server(config).run(sockets=[listening])


if __name__ == "__main__":
    main()
