"""The process of a run's temporary Prefect API: `python -m hoinghi.api_process RUN_PID SOCKET_FD`.

Prefect's own API app, served by uvicorn as Prefect's temporary server serves it, on the socket the
run bound and handed over (so no other process can take its port in between), plus a lifeline:
the server ends with the run that started it, even when the run is killed and cannot stop it.
"""

import socket
import sys

from hoinghi import lifeline

APP = "prefect.server.api.server:create_app"  # what Prefect's SubprocessASGIServer runs


def main() -> None:
    run_pid, fd = (int(arg) for arg in sys.argv[1:3])
    lifeline.end_with(run_pid)
    import uvicorn  # after the lifeline: a run killed while this imports still ends it

    listening = socket.socket(fileno=fd)  # family and type read from the socket itself
    config = uvicorn.Config(APP, factory=True, log_level="error", lifespan="on")
    uvicorn.Server(config).run(sockets=[listening])


if __name__ == "__main__":
    main()
