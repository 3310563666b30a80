"""The Prefect API a `hoinghi run` talks to: the configured one, else a server already running at
Prefect's default address, else a temporary one for the run, started early (`started_early`, `run_api`)."""

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: a run that finds nothing to do needs no HTTP (0.1 s)
    import httpx

# Unless the user set PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: a first run creates
# Prefect's database, which can take longer than Prefect's 20 s default on a busy two-core machine.
FIRST_START_TIMEOUT_S = 90


def answers(url: str, timeout_s: float = 2, client: "httpx.Client | None" = None) -> bool:
    """Whether a Prefect API answers its health check at `url` (…/api)."""
    import httpx

    try:
        get = client.get if client is not None else httpx.get
        return get(f"{url.rstrip('/')}/health", timeout=timeout_s).status_code == 200
    except httpx.HTTPError:
        return False


def wait_until_answering(url: str, process: subprocess.Popen, log_path: Path, deadline: float, what: str) -> None:
    """Poll `url` until it answers; RuntimeError with the end of the server's log when `process`
    exits or time.monotonic() passes `deadline` first."""
    # One client for every poll: each new one loads the system's CA certificates (20-30 ms of CPU),
    # which cost the run's start-up about 1.5 s of CPU while the server started beside it.
    import httpx

    with httpx.Client() as client:
        while not answers(url, client=client):
            if process.poll() is not None or time.monotonic() > deadline:
                exited = process.poll() is not None
                state = f"exited with code {process.returncode}" if exited else "did not answer in time"
                log = log_path.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{what} {state}; its log ends:\n{log}")
            time.sleep(0.1)


def stop(process: subprocess.Popen, timeout_s: float = 10) -> None:
    """SIGTERM, and SIGKILL when it has not ended within `timeout_s`."""
    process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def running_local_server(timeout_s: float = 0.5) -> str | None:
    """The API URL of a Prefect server already running where `prefect server start` listens by
    default (Prefect's settings `server.api.host` and `port`: 127.0.0.1:4200), else None."""
    from prefect.settings import get_current_settings

    api = get_current_settings().server.api
    url = f"http://{_reachable(api.host)}:{api.port}/api"
    return url if answers(url, timeout_s) else None


def _reachable(host: str) -> str:
    """The address to reach a server that listens on `host` (all interfaces: this machine's)."""
    return "127.0.0.1" if host in ("0.0.0.0", "::", "") else host


@contextmanager
def started_early() -> Iterator["TemporaryApi | None"]:
    """A temporary API started now, before this process imports Prefect, for `run_api` to take over;
    stopped on leaving unless it was (then `run_api` stops it).

    Importing Prefect's settings takes this process about a second and the temporary API about 4 s
    to start: started before that import instead of after it, the API answers up to a second sooner.
    Started only when Prefect is not imported yet (else there is no import to overlap) and nothing
    Prefect reads its settings from could give the run another API (`_no_other_api_in_sight`); else
    None, and `run_api` decides as before.
    """
    api = None
    try:
        if "prefect" not in sys.modules and _no_other_api_in_sight():
            # Looked for before the API starts: it creates the database while the run imports Prefect.
            api = TemporaryApi({}, database_to_create(_database_url_in_sight()))
        yield api
    finally:
        if api is not None:
            api.stop()


_FALSE = ("0", "false", "no", "off")


def _no_other_api_in_sight() -> bool:
    """Whether the settings Prefect will read say no API is configured and temporary ones are
    allowed, and nothing listens at the default server address: the environment over the active
    profile, read as Prefect reads it (`_active_profile`). Any doubt answers no: a profiles file
    that cannot be read, a `.env` with Prefect settings, a `prefect.toml`, a `[tool.prefect]`."""
    settings = _settings_in_sight()
    if settings is None:
        return False
    if settings.get("PREFECT_API_URL"):
        return False
    for allowed in ("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "PREFECT_SERVER_EPHEMERAL_ENABLED"):  # one setting
        if settings.get(allowed, "").lower() in _FALSE:
            return False
    other_sources = (  # settings files in the working directory; any Prefect setting there: doubt
        (Path(".env"), ("PREFECT_",)),
        (Path("prefect.toml"), ("",)),
        (Path("pyproject.toml"), ("tool.prefect",)),
    )
    for path, words in other_sources:
        try:
            text = path.read_text(errors="replace")
        except OSError:  # absent (the usual case) or unreadable: Prefect reads nothing from it either
            continue
        if any(word in text for word in words):
            return False
    host = _reachable(settings.get("PREFECT_SERVER_API_HOST", ""))
    try:
        with socket.create_connection((host, int(settings.get("PREFECT_SERVER_API_PORT") or 4200)), timeout=0.2):
            return False  # something listens where `prefect server start` would: let run_api look
    except (OSError, ValueError):
        return True


def _settings_in_sight() -> dict[str, str] | None:
    """Prefect's settings from the environment over the active profile (`_active_profile`), read
    without importing Prefect; None when a profiles file cannot be read."""
    profile = _active_profile()
    return None if profile is None else {**profile, **_prefect_env()}


def _database_url_in_sight() -> str:
    """The database URL Prefect's server will use, read as `_no_other_api_in_sight` reads settings."""
    settings = _settings_in_sight() or {}
    for name in ("PREFECT_SERVER_DATABASE_CONNECTION_URL", "PREFECT_API_DATABASE_CONNECTION_URL"):
        if settings.get(name):
            return settings[name]
    home = Path(settings.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    return f"{SQLITE_URL_PREFIX}{home / 'prefect.db'}"


def _active_profile() -> dict[str, str] | None:
    """The active Prefect profile's settings, found as Prefect finds them without importing it:
    its packaged profiles, the user's profiles file merged over them; PREFECT_PROFILE, else the
    user's `active`, else the packaged one (an unknown name: `ephemeral`). None when a profiles
    file cannot be read."""
    import tomllib
    from importlib.util import find_spec

    spec = find_spec("prefect")  # finds the package without importing it
    packaged = Path(spec.origin).parent / "settings" / "profiles.toml" if spec and spec.origin else None
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    user = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    profiles: dict[str, dict[str, str]] = {}
    active = "ephemeral"
    for path in (packaged, user):
        try:
            data = tomllib.loads(path.read_text()) if path else {}
        except FileNotFoundError:
            continue
        except (OSError, ValueError):  # unreadable, or not TOML (tomllib's error is a ValueError)
            return None
        for name, values in data.get("profiles", {}).items():
            profiles.setdefault(name, {}).update({k: str(v) for k, v in values.items()})
        active = data.get("active") or active
    name = os.environ.get("PREFECT_PROFILE") or active
    return profiles.get(name, profiles.get("ephemeral", {}))


@contextmanager
def run_api(early: "TemporaryApi | None" = None) -> Iterator[Callable[[], None]]:
    """The Prefect API for one `hoinghi run`; yields a function that waits until the API answers.

    The configured API (PREFECT_API_URL) is used as it is. Else a server already running at
    Prefect's default address: no start-up, and the run shows in that server's UI. Else, unless
    temporary servers are refused (PREFECT_SERVER_ALLOW_EPHEMERAL_MODE=false: Prefect then says
    so), a temporary API, as Prefect itself would start one on the run's first API call (the same
    uvicorn app, database and settings), but started now: its ~4 s of start-up then overlap this
    process's imports of the flow, pandas and pandera instead of following them. `early` is one
    started even sooner (`started_early`): it is taken over when the run needs a temporary API and
    the Prefect environment it was started with is this process's still; else it is stopped.
    """
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        PREFECT_UI_URL,
        get_current_settings,
        temporary_settings,
    )

    settings = get_current_settings()
    url = None if settings.api.url else running_local_server()
    temporary = url is None and not settings.api.url and settings.server.ephemeral.enabled
    if early is not None and not (temporary and early.prefect_env == _prefect_env()):
        early.stop()
        early = None
    if url is not None:
        print(f"hoinghi: using the Prefect server running at {url} (the run shows in its UI)", file=sys.stderr)
        with temporary_settings({PREFECT_API_URL: url}):
            yield lambda: None
        return
    if not temporary:
        yield lambda: None
        return
    settings_env = settings.to_environment_variables(exclude_unset=True)
    db_url = settings.server.database.connection_url
    creating = database_to_create(db_url)
    if creating is None and early is not None and early.database_missing is not None:
        # Missing when the API was started early, which may have begun creating it since.
        if _sqlite_path(db_url) == str(early.database_missing):
            creating = early.database_missing
    if creating is not None:  # else the run would sit silent for 10 s or more before its first line
        print(
            f"hoinghi: first run with this Prefect home: Prefect's temporary API creates its database ({creating})"
            " before it answers, about 10 s, once",
            file=sys.stderr,
        )
    timeout_s = settings.server.ephemeral.startup_timeout_seconds
    if "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS" not in settings_env:
        timeout_s = max(timeout_s, FIRST_START_TIMEOUT_S)
    with _temporary_api(settings_env, timeout_s, early) as (url, wait):
        ready = []

        def api_ready() -> None:
            wait()
            ready.append(True)

        # No UI URL: the temporary API serves no UI, so Prefect must not print links to one. No flow
        # run heartbeats: they let a server that outlives the run tell that it crashed, and this one
        # ends with the run (the next run marks a crashed one, flows.lifecycle). Prefect's engine
        # waits for its heartbeat thread's next second at the end of every flow run (0–1 s).
        with temporary_settings({PREFECT_API_URL: url, PREFECT_UI_URL: "", PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            try:
                yield api_ready
            finally:
                if ready:  # the run talked to it: its last logs and events go before it stops
                    _drain_prefect_clients()


SQLITE_URL_PREFIX = "sqlite+aiosqlite:///"  # the form of Prefect's default database URL


def database_to_create(connection_url: object) -> Path | None:
    """The SQLite file Prefect's server will create when it starts (none there yet), or None: it
    exists, or the database is not a SQLite file. `connection_url`: the setting (a secret string)."""
    path = _sqlite_path(connection_url)
    return None if path is None or Path(path).exists() else Path(path)


def _sqlite_path(connection_url: object) -> str | None:
    """The file of a SQLite database URL (a string or a secret string); None for another database or
    one in memory (':memory:', SQLite's 'file:…?mode=memory' URIs)."""
    url = connection_url.get_secret_value() if hasattr(connection_url, "get_secret_value") else connection_url
    if not isinstance(url, str) or not url.startswith(SQLITE_URL_PREFIX):
        return None
    path, _, query = url[len(SQLITE_URL_PREFIX) :].partition("?")
    if not path or ":memory:" in path or "mode=memory" in query:
        return None
    return path


def _prefect_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith("PREFECT_")}


class TemporaryApi:
    """Prefect's temporary API server (the app and environment of Prefect's SubprocessASGIServer,
    without importing its module: 3 s of CPU), on a socket bound here, in a process group of its own
    (a Ctrl-C in the terminal is the run's to handle; the run stops the server after it) and with a
    lifeline to this process. `settings_env`: Prefect settings to pass on as environment variables."""

    def __init__(self, settings_env: dict[str, str], database_missing: Path | None = None) -> None:
        self.prefect_env = _prefect_env()  # what the server's settings come from, besides the files
        env = {
            **os.environ,
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
            **settings_env,
        }
        env.pop("PREFECT_API_URL", None)
        fd, name = tempfile.mkstemp(prefix="hoinghi-prefect-api-", suffix=".log")
        self.log_path = Path(name)
        self.process: subprocess.Popen | None = None
        self.database_missing = database_missing  # the database it will create, looked for before it starts
        # Bound here and handed to the server: a port only chosen here could be taken by another
        # process before the server binds it.
        listening = socket.socket()
        try:
            with os.fdopen(fd, "w") as log:
                listening.bind(("127.0.0.1", 0))
                self.url = f"http://127.0.0.1:{listening.getsockname()[1]}/api"
                command = [sys.executable, "-m", "hoinghi.api_process", str(os.getpid()), str(listening.fileno())]
                self.process = subprocess.Popen(
                    command, env=env, stdout=log, stderr=log, process_group=0, pass_fds=(listening.fileno(),)
                )
        except BaseException:
            self.log_path.unlink(missing_ok=True)
            raise
        finally:
            listening.close()  # the server has its own copy
        self.started = time.monotonic()

    def wait(self, timeout_s: float) -> None:
        """Until it answers; RuntimeError with the end of its log when it exits or `timeout_s` after
        its start passes first."""
        what = (
            f"Prefect's temporary API server (within {timeout_s} s: PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
            " raises the limit; `prefect server start` in another terminal avoids the start-up)"
        )
        wait_until_answering(self.url, self.process, self.log_path, self.started + timeout_s, what)

    def stop(self) -> None:
        """Stop the server (again: no effect) and remove its log."""
        if self.process is not None and self.process.returncode is None:
            stop(self.process)
        self.log_path.unlink(missing_ok=True)


@contextmanager
def _temporary_api(
    settings_env: dict[str, str], timeout_s: float, early: TemporaryApi | None = None
) -> Iterator[tuple[str, Callable[[], None]]]:
    """A temporary API (`early`, else one started now) for the block: (its API URL, a function that
    waits until it answers); stopped after the block."""
    api = early if early is not None else TemporaryApi(settings_env)
    try:
        yield api.url, lambda: api.wait(timeout_s)
    finally:
        api.stop()


def _drain_prefect_clients(timeout_s: float = 10) -> None:
    """Send the run's last logs and events to the temporary API before it stops (Prefect drains them
    at exit, when its own temporary server stops after them). Never hides the run's own outcome."""
    try:
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=timeout_s, at_exit=False)
        EventsWorker.drain_all(timeout=timeout_s, at_exit=False)
    except Exception as exc:  # a log line not sent must not replace the run's result or error
        print(f"hoinghi: could not send the run's last logs to Prefect's temporary API: {exc}", file=sys.stderr)
