"""The Prefect API a `hoinghi run` uses when none is configured: its own temporary one, started
early, stopped with the run however the run ends (hoinghi/prefect_api.py, hoinghi/api_process.py)."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import SAMPLE_INBOX, cli_args, query

# Runs `hoinghi run` in a fresh process with no API configured; prints the exit code, whether
# Prefect's own temporary-server module was imported, and the process's children left running.
RUN_WITHOUT_A_SERVER = """
import pathlib, sys
from hoinghi.cli import main
code = main(["run", "--inbox", sys.argv[1], "--db", sys.argv[2]])
children = [
    pid
    for task in pathlib.Path("/proc/self/task").iterdir()
    for pid in (task / "children").read_text().split()
]
print(code, "prefect.server.api.server" in sys.modules, children)
"""


def _without_a_server(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    # a port where nothing listens: no server "already running at the default address" to reuse
    return {**env, "PREFECT_SERVER_API_PORT": "9", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180", **extra}


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLE_INBOX / "seeds", inbox)
    return inbox


def _run(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", RUN_WITHOUT_A_SERVER, str(_inbox(tmp_path)), str(tmp_path / "w.duckdb")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _api_processes_of(run_pid: int) -> list[int]:
    """The temporary API processes started by the run with process id `run_pid` that still exist."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            command = (proc / "cmdline").read_bytes().split(b"\0") if proc.name.isdigit() else []
        except OSError:  # ended while we looked
            continue
        if b"hoinghi.api_process" in command and str(run_pid).encode() in command:
            found.append(int(proc.name))
    return found


def _gone_within(run_pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _api_processes_of(run_pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def test_a_temporary_api_that_does_not_start_fails_the_run_with_the_fix(tmp_path):
    home = tmp_path / "new-prefect-home"  # no database yet: the run says it is created first
    done = _run(
        tmp_path, _without_a_server(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="0", PREFECT_HOME=str(home))
    )
    assert f"creates its database ({home / 'prefect.db'})" in done.stderr
    assert done.returncode == 0, done.stderr
    code, _, children = done.stdout.strip().splitlines()[-1].partition(" False ")
    assert code != "0" and children == "[]"  # the run failed, and the server it started was stopped
    assert "temporary API server (within 0 s" in done.stderr and "did not answer in time" in done.stderr
    assert "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS" in done.stderr
    assert not (tmp_path / "w.duckdb").exists() or not query(tmp_path / "w.duckdb", "SELECT * FROM etl_runs")


def test_a_killed_run_takes_its_temporary_api_with_it(tmp_path):
    env = _without_a_server(HOINGHI_KILL_AT="load:2")  # SIGKILLs the run: nothing of it can clean up
    run = subprocess.Popen(cli_args(_inbox(tmp_path), tmp_path / "w.duckdb"), env=env, stderr=subprocess.PIPE)
    _, err = run.communicate(timeout=300)
    assert run.returncode == -9, err.decode()[-2000:]
    [(status, flow_run_id)] = query(tmp_path / "w.duckdb", "SELECT status, flow_run_id FROM etl_runs")
    assert status == "running" and flow_run_id  # killed mid-run, after its flow run began on the API
    assert _gone_within(run.pid, 10)


def test_an_interrupted_run_stops_its_temporary_api(tmp_path):
    env = _without_a_server(HOINGHI_SIGNAL_AT="between:1:INT")  # as Ctrl-C after the first batch
    run = subprocess.Popen(cli_args(_inbox(tmp_path), tmp_path / "w.duckdb"), env=env, stderr=subprocess.PIPE)
    _, err = run.communicate(timeout=300)
    assert run.returncode == 130, err.decode()[-2000:]
    assert "interrupted" in err.decode()
    [(status,)] = query(tmp_path / "w.duckdb", "SELECT status FROM etl_runs")
    assert status == "interrupted"
    assert _gone_within(run.pid, 0)  # stopped by the run itself, before it exited


# Starts a temporary API and, before it answers, tries to take its port: prints whether that failed,
# then whether the API answered on the port after all.
TAKE_THE_PORT = """
import socket, time
from hoinghi import prefect_api
with prefect_api._temporary_api({}, 180) as (url, wait):
    other = socket.socket()
    try:
        other.bind(("127.0.0.1", int(url.split(":")[2].split("/")[0])))
        print("taken by another process")
    except OSError:
        print("held")
    finally:
        other.close()
    wait()
    print("answered" if prefect_api.answers(url) else "no answer")
"""


def test_the_temporary_apis_port_is_held_from_the_start(tmp_path):
    # A port only chosen by the run and bound later by the server could be taken in between: the
    # server then exited at start-up and the run failed.
    done = subprocess.run(
        [sys.executable, "-c", TAKE_THE_PORT], capture_output=True, text=True, env=_without_a_server(), timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["held", "answered"]


# `hoinghi run` in a fresh process: prints its exit code, for each temporary API it started whether
# Prefect was imported by then, whether Prefect's own temporary-server module was imported, and the
# process's children left running.
COUNT_THE_APIS = """
import pathlib, sys
from hoinghi import prefect_api
from hoinghi.cli import main
started = []
original = prefect_api.TemporaryApi.__init__
def counted(self, *args):
    started.append("prefect" in sys.modules)
    original(self, *args)
prefect_api.TemporaryApi.__init__ = counted
code = main(["run", "--inbox", sys.argv[1], "--db", sys.argv[2]])
tasks = pathlib.Path("/proc/self/task").iterdir()
children = [pid for task in tasks for pid in (task / "children").read_text().split()]
print(code, started, "prefect.server.api.server" in sys.modules, children)
"""


def test_a_run_with_no_server_starts_a_temporary_api_before_importing_prefect_and_stops_it(tmp_path):
    command = [sys.executable, "-c", COUNT_THE_APIS, str(_inbox(tmp_path)), str(tmp_path / "w.duckdb")]
    temp = tmp_path / "tmp"  # where the API's log goes: nothing may be left there
    temp.mkdir()
    env = _without_a_server(TMPDIR=str(temp))
    first = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert first.returncode == 0, first.stderr
    # exit 0; one API, started before Prefect was imported and taken over by the run; Prefect's
    # SubprocessASGIServer module never needed; no server process left behind
    assert first.stdout.strip().splitlines()[-1] == "0 [False] False []"
    [(status, flow_run_id, loaded)] = query(
        tmp_path / "w.duckdb", "SELECT status, flow_run_id, files_loaded FROM etl_runs"
    )
    assert (status, loaded) == ("completed", 5) and flow_run_id  # a real flow run, on the temporary API
    log = first.stdout + first.stderr
    assert "Beginning flow run" in log and "View at" not in log  # the temporary API has no UI to link to
    # nothing to do: the API started early is stopped, and none is left behind
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "creates its database" not in again.stderr  # the first run's API created it
    assert again.stdout.strip().splitlines()[-1] == "0 [False] False []"
    assert "nothing new" in again.stdout
    assert [p.name for p in temp.iterdir() if p.name.startswith("hoinghi-prefect-api")] == []


def test_the_api_is_not_started_early_when_another_may_be_used(tmp_path, monkeypatch):
    import socket

    from hoinghi import prefect_api

    monkeypatch.chdir(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("PREFECT_HOME", str(home))
    for name in ("PREFECT_PROFILES_PATH", "PREFECT_PROFILE", "PREFECT_API_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", raising=False)
    monkeypatch.delenv("PREFECT_SERVER_EPHEMERAL_ENABLED", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_API_PORT", "9")  # nothing listens there
    early = prefect_api._no_other_api_in_sight
    assert early()  # Prefect's own default profile: a temporary API

    for name, value in (
        ("PREFECT_API_URL", "http://127.0.0.1:4200/api"),
        ("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "false"),
        ("PREFECT_SERVER_EPHEMERAL_ENABLED", "false"),  # the same setting, Prefect's other name
        ("PREFECT_PROFILE", "local"),  # Prefect's packaged `local` profile names an API
    ):
        monkeypatch.setenv(name, value)
        assert not early(), name
        monkeypatch.delenv(name)

    profiles = home / "profiles.toml"
    # what `prefect config set PREFECT_LOGGING_LEVEL=INFO` leaves: still no API
    profiles.write_text('active = "ephemeral"\n[profiles.ephemeral]\nPREFECT_LOGGING_LEVEL = "INFO"\n')
    assert early()
    profiles.write_text('active = "mine"\n[profiles.mine]\nPREFECT_API_URL = "http://h:4200/api"\n')
    assert not early()
    profiles.write_text('active = "local"\n')  # the packaged profile, chosen in the user's file
    assert not early()
    profiles.write_text("active = [\n")  # not TOML: doubt
    assert not early()
    profiles.unlink()
    (tmp_path / "prefect.toml").write_text("[api]\n")
    assert not early()
    (tmp_path / "prefect.toml").unlink()

    with socket.socket() as listening:  # a server where `prefect server start` listens
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        monkeypatch.setenv("PREFECT_SERVER_API_PORT", str(listening.getsockname()[1]))
        assert not early()


def test_a_configured_api_stops_the_one_started_early(prefect_api):
    from hoinghi.prefect_api import run_api

    class Early:
        stopped = False
        prefect_env: dict = {}

        def stop(self):
            self.stopped = True

    early = Early()
    with run_api(early) as ready:  # the session's test API is configured: that one is used
        ready()
    assert early.stopped


def test_flow_runs_on_a_temporary_api_send_no_heartbeats(monkeypatch):
    """Heartbeats tell a server that outlives the run that the run crashed; the temporary API does not
    outlive it, and Prefect's engine waits up to a second for its heartbeat thread after every flow run."""
    from contextlib import contextmanager

    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    from hoinghi import prefect_api

    @contextmanager
    def no_server(settings_env, timeout_s, early=None):
        yield "http://127.0.0.1:9/api", lambda: None

    monkeypatch.setattr(prefect_api, "_temporary_api", no_server)
    monkeypatch.setattr(prefect_api, "running_local_server", lambda: None)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        every = get_current_settings().flows.heartbeat_frequency
        assert every  # Prefect's default: a heartbeat every 180 s
        with prefect_api.run_api():
            assert get_current_settings().flows.heartbeat_frequency is None
        with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api"}), prefect_api.run_api():
            assert get_current_settings().flows.heartbeat_frequency == every  # a configured server keeps them
        monkeypatch.setattr(prefect_api, "running_local_server", lambda: "http://127.0.0.1:4200/api")
        with prefect_api.run_api():
            assert get_current_settings().flows.heartbeat_frequency == every  # and so does one found running


def test_the_api_process_imports_prefects_app_before_uvicorn_takes_sigterm(monkeypatch):
    # uvicorn catches SIGTERM from the start of serving and acts on it only after importing the app
    # (3 s): imported before that, an API stopped while it starts ends at once.
    import importlib
    from types import SimpleNamespace

    import uvicorn

    from hoinghi import api_process, lifeline

    calls = []
    monkeypatch.setattr(lifeline, "end_with", lambda pid: None)
    monkeypatch.setattr(api_process, "socket", SimpleNamespace(socket=lambda fileno: None))  # its own name only
    monkeypatch.setattr(importlib, "import_module", lambda name: calls.append(("import", name)))
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets: calls.append(("serve", None)))
    monkeypatch.setattr(sys, "argv", ["api_process", "1", "3"])
    api_process.main()
    assert calls == [("import", "prefect.server.api.server"), ("serve", None)]


def test_the_database_a_temporary_api_would_create_is_named_only_when_it_is_not_there(tmp_path):
    from pydantic import SecretStr

    from hoinghi.prefect_api import database_to_create

    db = tmp_path / "prefect.db"
    url = f"sqlite+aiosqlite:///{db}"
    assert database_to_create(SecretStr(url)) == db  # the setting is a secret string
    assert database_to_create(url + "?timeout=30") == db
    db.write_bytes(b"")
    assert database_to_create(SecretStr(url)) is None
    assert database_to_create("postgresql+asyncpg://u:p@h/prefect") is None  # a server's, not created here
    assert database_to_create("sqlite+aiosqlite:///:memory:") is None
    assert database_to_create("sqlite+aiosqlite:///file::memory:?cache=shared&uri=true") is None  # Prefect's example
    assert database_to_create(f"sqlite+aiosqlite:///file:{tmp_path}/m.db?mode=memory&uri=true") is None
    assert database_to_create(None) is None


# An API started early with no database in the Prefect home, which then appears (as the API's own
# migrations create it) before the run looks: the run still says the database is being created.
DATABASE_APPEARS = """
import pathlib, sys
from hoinghi import prefect_api
with prefect_api.started_early() as early:
    assert early is not None and early.database_missing is not None, early
    early.database_missing.parent.mkdir(parents=True, exist_ok=True)
    early.database_missing.write_bytes(b"")
    with prefect_api.run_api(early):
        pass
"""


def test_a_database_the_early_api_began_creating_is_still_announced(tmp_path):
    home = tmp_path / "new-prefect-home"
    env = _without_a_server(PREFECT_HOME=str(home))
    done = subprocess.run(
        [sys.executable, "-c", DATABASE_APPEARS], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"creates its database ({home / 'prefect.db'})" in done.stderr
