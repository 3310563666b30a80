"""The Prefect API a `hoinghi run` uses when none is configured: its own temporary one, started early."""

import os
import shutil
import subprocess
import sys

from tests.conftest import SAMPLE_INBOX, query

# Runs `hoinghi run` in a fresh process with no API configured; prints the exit code, whether
# Prefect's own temporary-server module was imported, and the process's children left running.
RUN_WITHOUT_A_SERVER = """
import pathlib, sys
from hoinghi.cli import main
code = main(["run", "--quiet", "--inbox", sys.argv[1], "--db", sys.argv[2]])
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
    return dict(env, PREFECT_SERVER_API_PORT="9", **extra)


def _run(tmp_path, env: dict[str, str]) -> subprocess.CompletedProcess:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    shutil.copytree(SAMPLE_INBOX / "seeds", inbox)
    return subprocess.run(
        [sys.executable, "-c", RUN_WITHOUT_A_SERVER, str(inbox), str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_a_run_with_no_server_starts_a_temporary_api_and_stops_it(tmp_path):
    done = _run(tmp_path, _without_a_server(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180"))
    assert done.returncode == 0, done.stderr
    # exit 0; Prefect's SubprocessASGIServer module was never needed; no server process left behind
    assert done.stdout.strip().splitlines()[-1] == "0 False []"
    [(status, flow_run_id, loaded)] = query(
        tmp_path / "w.duckdb", "SELECT status, flow_run_id, files_loaded FROM etl_runs"
    )
    assert (status, loaded) == ("completed", 5) and flow_run_id  # a real flow run, on the temporary API
    assert "View at" not in done.stderr  # the temporary API has no UI to link to


def test_a_temporary_api_that_does_not_start_fails_the_run_with_the_fix(tmp_path):
    done = _run(tmp_path, _without_a_server(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="0"))
    assert done.returncode == 0, done.stderr
    code, _, children = done.stdout.strip().splitlines()[-1].partition(" False ")
    assert code != "0" and children == "[]"  # the run failed, and the server it started was stopped
    assert "temporary API server did not answer within 0 s" in done.stderr
    assert "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS" in done.stderr
    assert not (tmp_path / "w.duckdb").exists() or not query(tmp_path / "w.duckdb", "SELECT * FROM etl_runs")
