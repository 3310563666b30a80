"""A throw-away `prefect server start` on a free port, for the benchmark and the deployment tests:
they need a real server (its scheduler service, no start-up per run)."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hoinghi.prefect_api import free_port, stop, wait_until_answering


@contextmanager
def prefect_server(home: Path, timeout_s: float = 120) -> Iterator[dict[str, str]]:
    """Start the server with its own home (database, log) in `home`; yield the environment for its clients."""
    # `prefect server start` binds the port itself, so another process could take it in between;
    # acceptable for the benchmark and tests (a run's own temporary API is handed a bound socket).
    port = free_port()
    home.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_API_URL=url, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    prefect = str(Path(sys.executable).with_name("prefect"))
    log_path = home / "server.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen([prefect, "server", "start", "--port", str(port)], env=env, stdout=log, stderr=log)
    try:
        wait_until_answering(url, process, log_path, time.monotonic() + timeout_s, "prefect server start")
        yield env
    finally:
        stop(process, timeout_s=30)
