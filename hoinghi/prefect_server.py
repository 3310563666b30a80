"""Prefect servers: a throw-away `prefect server start` on a free port, for the benchmark and the
deployment tests (they need a real server: its scheduler service, no start-up per run); the one a
user may already have running, which `hoinghi run` then uses; and otherwise the temporary API a
run needs, started early (`run_api`).
"""

import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


@contextmanager
def prefect_server(home: Path, timeout_s: float = 120) -> Iterator[dict[str, str]]:
    """Start the server with its own home (database, log) in `home`; yield the environment for its clients."""
    port = _free_port()
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def run_api() -> Iterator[Callable[[], None]]:
    """The Prefect API for one `hoinghi run`; yields a function that waits until the API answers.

    The configured API (PREFECT_API_URL) is used as it is. Else a server already running at
    Prefect's default address: no start-up, and the run shows in that server's UI. Else a
    temporary API, as Prefect itself would start one on the run's first API call (the same
    uvicorn app, database and settings), but started now: its ~5 s start-up then overlaps this
    process's imports of the flow, pandas and pandera instead of following them.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL, get_current_settings, temporary_settings

    settings = get_current_settings()
    if settings.api.url or not settings.server.ephemeral.enabled:
        yield lambda: None  # configured, or temporary servers are refused: Prefect's own behaviour
        return
    url = running_local_server()
    if url is not None:
        print(f"hoinghi: using the Prefect server running at {url} (the run shows in its UI)", file=sys.stderr)
        with temporary_settings({PREFECT_API_URL: url}):
            yield lambda: None
        return
    timeout_s = settings.server.ephemeral.startup_timeout_seconds
    with _temporary_api(settings.to_environment_variables(exclude_unset=True)) as (url, process, log_path):
        # no UI URL: the temporary API serves no UI, so Prefect must not print links to one
        with temporary_settings({PREFECT_API_URL: url, PREFECT_UI_URL: ""}):
            try:
                yield lambda: _wait_healthy(url, process, log_path, timeout_s)
            finally:
                _drain_prefect_clients()


@contextmanager
def _temporary_api(settings_env: dict[str, str]) -> Iterator[tuple[str, subprocess.Popen, Path]]:
    """Prefect's temporary API server (as `prefect.server.api.server.SubprocessASGIServer` starts it,
    without importing that module, 3 s of CPU): (its API URL, its process, its log file)."""
    port = _free_port()
    prefect_dir = Path(importlib.util.find_spec("prefect").origin).parent
    env = {
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
        **settings_env,
    }
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect_dir.parent), "--factory"]
    command += ["prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--log-level", "error", "--lifespan", "on"]
    log_path = Path(tempfile.mkstemp(prefix="hoinghi-prefect-api-", suffix=".log")[1])
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    try:
        yield f"http://127.0.0.1:{port}/api", process, log_path
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log_path.unlink(missing_ok=True)


def _wait_healthy(url: str, process: subprocess.Popen, log_path: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    with httpx.Client() as client:
        while True:
            try:
                if client.get(f"{url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                state = f"exited with code {process.returncode}" if process.poll() is not None else "did not answer"
                raise RuntimeError(
                    f"Prefect's temporary API server {state} within {timeout_s:.0f} s"
                    " (PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS raises the limit; `prefect server start`"
                    f" in another terminal avoids it); its log ends:\n{log_path.read_text(errors='replace')[-3000:]}"
                )
            time.sleep(0.1)


def _drain_prefect_clients(timeout_s: float = 10) -> None:
    """Send the run's last logs and events to the temporary API before it stops (Prefect drains them
    at exit, when its own temporary server stops after them)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=timeout_s, at_exit=False)
    EventsWorker.drain_all(timeout=timeout_s, at_exit=False)
