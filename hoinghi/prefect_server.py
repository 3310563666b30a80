"""Prefect servers: a throw-away `prefect server start` on a free port, for the benchmark and the
deployment tests (they need a real server: its scheduler service, no start-up per run), and the
one a user may already have running, which `hoinghi run` then uses instead of a temporary one.
"""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


@contextmanager
def prefect_server(home: Path, timeout_s: float = 120) -> Iterator[dict[str, str]]:
    """Start the server with its own home (database, log) in `home`; yield the environment for its clients."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    home.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_API_URL=url, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    prefect = str(Path(sys.executable).with_name("prefect"))
    log_path = home / "server.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen([prefect, "server", "start", "--port", str(port)], env=env, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + timeout_s
            while not _healthy(url):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"prefect server did not start; its log ends:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.5)
            yield env
        finally:
            process.terminate()
            process.wait(timeout=30)


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def running_local_server(timeout_s: float = 0.5) -> str | None:
    """The API URL of a Prefect server already running where `prefect server start` listens by
    default (Prefect's settings `server.api.host` and `port`: 127.0.0.1:4200), else None."""
    from prefect.settings import get_current_settings

    api = get_current_settings().server.api
    host = "127.0.0.1" if api.host in ("0.0.0.0", "::", "") else api.host
    url = f"http://{host}:{api.port}/api"
    try:
        healthy = httpx.get(f"{url}/health", timeout=timeout_s).status_code == 200
    except httpx.HTTPError:
        return None
    return url if healthy else None
