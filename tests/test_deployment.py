"""Operate it: prefect.yaml deploys, the scheduler plans runs, a process worker runs one to Completed.

As a user following the README: a real `prefect server start` (its scheduler service is what plans
the cron runs; the test harness does not run services), the `prefect` CLI and a process worker.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pytest

from hoinghi import settings
from hoinghi.prefect_server import prefect_server
from tests.conftest import ROOT, SAMPLE_INBOX

PREFECT = str(Path(sys.executable).with_name("prefect"))
DEPLOYMENT = "hoinghi-ingest/hourly-ingest"


def prefect_cli(*args: str, env: dict, cwd: Path = ROOT, timeout: int = 180) -> subprocess.CompletedProcess:
    done = subprocess.run([PREFECT, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`prefect server start` on a free port, with its own home (database) under a temporary folder."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with prefect_server(tmp_path_factory.mktemp("prefect-home")) as env:
        # Prefect's runner (workers, `serve`) keeps flow code in $TMPDIR/runner_storage, one folder for
        # every user of the machine: another user's run leaves it unwritable. These get their own.
        env = dict(env, TMPDIR=str(tmp_path_factory.mktemp("tmp")))
        with temporary_settings({PREFECT_API_URL: env["PREFECT_API_URL"]}):
            yield env


@pytest.fixture(scope="module")
def deployed(server):
    env = dict(server, HOINGHI_HOME=str(ROOT))
    prefect_cli("work-pool", "create", "hoinghi-process", "--type", "process", "--overwrite", env=env)
    prefect_cli("--no-prompt", "deploy", "--all", env=env)
    return env


def test_prefect_deploy_accepts_prefect_yaml_with_a_cron_schedule(deployed):
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(DEPLOYMENT)
    assert deployment.work_pool_name == "hoinghi-process"
    # the flow's and the CLI's defaults (hoinghi/settings.py)
    assert deployment.parameters == {
        "inbox": settings.INBOX,
        "db": settings.DB,
        "batch_size": settings.BATCH_SIZE,
        "task_runner": settings.TASK_RUNNER,
    }
    (schedule,) = deployment.schedules
    assert schedule.active and schedule.schedule.cron == "0 * * * *"
    assert schedule.schedule.timezone == "Asia/Ho_Chi_Minh"


def test_the_scheduler_plans_runs_on_the_hour(deployed):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName

    scheduled = []
    deadline = time.monotonic() + 60
    with get_client(sync_client=True) as client:
        while not scheduled and time.monotonic() < deadline:
            runs = client.read_flow_runs(
                deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["hourly-ingest"]))
            )
            scheduled = [r for r in runs if r.state and r.state.is_scheduled() and r.state.name == "Scheduled"]
            time.sleep(1)
    assert scheduled, "the Prefect scheduler service planned no runs for the deployment within 60 s"
    for run in scheduled:
        local = run.expected_start_time.astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))
        assert (local.minute, local.second) == (0, 0)


def test_a_process_worker_runs_the_deployment_to_completed_with_its_artifact(deployed, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterName

    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    shutil.copytree(SAMPLE_INBOX / "seeds", inbox)
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(DEPLOYMENT)
        run = client.create_flow_run_from_deployment(
            # the deployment's task runner is a parameter: this run parses in worker processes
            deployment.id,
            parameters={"inbox": str(inbox), "db": str(db), "batch_size": 2, "task_runner": "processes"},
        )
        # The hourly runs the scheduler planned would be picked up too if one falls due during the
        # test (and write hoinghi.duckdb into the project): only this test's run is left to the worker.
        for planned in client.read_flow_runs(
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=["hourly-ingest"]))
        ):
            if planned.id != run.id:
                client.delete_flow_run(planned.id)
    prefect_cli("worker", "start", "--pool", "hoinghi-process", "--run-once", env=deployed, timeout=240)
    with get_client(sync_client=True) as client:
        finished = client.read_flow_run(run.id)
        artifacts = client.read_artifacts()
    assert finished.state.is_completed(), finished.state
    (artifact,) = [a for a in artifacts if a.flow_run_id == run.id and a.key == "hoinghi-run-summary"]
    assert "| loaded | 5 |" in artifact.data and "| batches | 3 |" in artifact.data
    assert "| parsed with | processes |" in artifact.data
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute(
        "SELECT files_loaded, batches FROM etl_runs WHERE flow_run_id = ?", [str(run.id)]
    ).fetchall() == [(5, 3)]


def test_hoinghi_serve_registers_a_cron_deployment_and_runs_its_flow_runs(server, tmp_path):
    from prefect.client.orchestration import get_client

    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    shutil.copytree(SAMPLE_INBOX / "seeds", inbox)
    command = [sys.executable, "-m", "hoinghi.cli", "serve", "--cron", "*/15 * * * *", "--name", "serve-test"]
    serve = subprocess.Popen(
        [*command, "--inbox", str(inbox), "--db", str(db), "--task-runner", "threads"],
        env=server,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        with get_client(sync_client=True) as client:
            deployment = None
            deadline = time.monotonic() + 90
            while deployment is None:
                assert serve.poll() is None and time.monotonic() < deadline, serve.stdout.read()[-3000:]
                try:
                    deployment = client.read_deployment_by_name("hoinghi-ingest/serve-test")
                except Exception:  # not registered yet
                    time.sleep(1)
            assert deployment.schedules[0].schedule.cron == "*/15 * * * *"
            assert deployment.parameters["db"] == str(db) and deployment.parameters["task_runner"] == "threads"
            run = client.create_flow_run_from_deployment(deployment.id)
            deadline = time.monotonic() + 120
            while not (state := client.read_flow_run(run.id).state).is_final():
                assert time.monotonic() < deadline, f"flow run still {state.name} after 120 s"
                time.sleep(1)
        assert state.is_completed(), state
        con = duckdb.connect(str(db), read_only=True)
        assert con.execute("SELECT count(*) FROM dim_article").fetchone()[0] == 5
    finally:
        serve.terminate()
        serve.wait(timeout=30)


def _without_server(home: Path) -> dict[str, str]:
    """A newcomer's shell: no PREFECT_API_URL, a Prefect home with no profile that sets one."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return dict(env, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")


def _serve(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "hoinghi.cli", "serve", "--inbox", str(inbox), "--db", str(tmp_path / "w.duckdb")]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=90)


def test_serve_without_a_prefect_server_refuses_with_the_fix(tmp_path):
    # Prefect's temporary server never schedules anything: serving on it would wait forever
    done = _serve(_without_server(tmp_path / "prefect-home"), tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "prefect server start" in done.stderr
    assert "export PREFECT_API_URL=http://127.0.0.1:4200/api" in done.stderr
    assert "serving" not in done.stdout.lower()


def test_serve_with_no_server_at_the_configured_url_says_so(tmp_path):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}/api"
    done = _serve(dict(_without_server(tmp_path / "prefect-home"), PREFECT_API_URL=url), tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"no Prefect server answers at {url}" in done.stderr
    assert "prefect server start" in done.stderr


def _run_pull_steps() -> None:
    """prefect.yaml's pull steps, run by Prefect's own step runner as a worker's flow-run process does."""
    import asyncio

    import yaml
    from prefect.deployments.steps.core import run_steps

    asyncio.run(run_steps(yaml.safe_load((ROOT / "prefect.yaml").read_text())["pull"]))


def test_a_worker_without_hoinghi_home_is_told_to_set_it(server, monkeypatch, tmp_path):
    monkeypatch.delenv("HOINGHI_HOME", raising=False)
    monkeypatch.chdir(tmp_path)  # a process worker starts each flow run in a fresh temporary folder
    with pytest.raises(Exception) as failure:
        _run_pull_steps()
    message = str(failure.value.__cause__ or failure.value)
    assert "set HOINGHI_HOME to the hoinghi project folder" in message
    assert Path.cwd() == tmp_path
    monkeypatch.setenv("HOINGHI_HOME", str(tmp_path))  # not the project: it has no flows/ingest.py
    with pytest.raises(Exception) as failure:
        _run_pull_steps()
    assert f"HOINGHI_HOME={tmp_path} is not the hoinghi project folder" in str(failure.value.__cause__)


def test_with_hoinghi_home_the_flow_run_starts_in_the_project(server, monkeypatch, tmp_path):
    monkeypatch.setenv("HOINGHI_HOME", str(ROOT))
    monkeypatch.chdir(tmp_path)
    _run_pull_steps()
    assert Path.cwd() == ROOT


def test_a_real_worker_without_hoinghi_home_fails_the_run_saying_what_to_set(deployed, tmp_path):
    """Deployed and run as the README says, but with HOINGHI_HOME set in neither shell."""
    import yaml
    from prefect.client.orchestration import get_client

    env = {k: v for k, v in deployed.items() if k != "HOINGHI_HOME"}
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    (deployment_config,) = config["deployments"]
    deployment_config.update(name="no-home-ingest", schedules=[])  # its own deployment, never scheduled
    prefect_file = tmp_path / "prefect.yaml"
    prefect_file.write_text(yaml.safe_dump(config))
    prefect_cli("--no-prompt", "deploy", "--all", "--prefect-file", str(prefect_file), env=env)
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("hoinghi-ingest/no-home-ingest")
        assert deployment.pull_steps == config["pull"]  # $HOINGHI_HOME is left for the worker to fill in
        run = client.create_flow_run_from_deployment(deployment.id, parameters={"db": str(tmp_path / "w.duckdb")})
    worker = prefect_cli("worker", "start", "--pool", "hoinghi-process", "--run-once", env=env, cwd=tmp_path)
    with get_client(sync_client=True) as client:
        finished = client.read_flow_run(run.id)
    output = worker.stdout + worker.stderr
    assert not finished.state.is_completed(), output[-5000:]
    assert "set HOINGHI_HOME to the hoinghi project folder" in output, output[-5000:]


def test_hoinghi_run_uses_a_server_already_running_at_the_default_address(server, tmp_path):
    """No PREFECT_API_URL: a server listening where `prefect server start` does by default is used."""
    from prefect.client.orchestration import get_client

    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    shutil.copytree(SAMPLE_INBOX / "seeds", inbox)
    port = server["PREFECT_API_URL"].rsplit(":", 1)[1].split("/")[0]
    env = {k: v for k, v in server.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "home"), PREFECT_SERVER_API_PORT=port)
    hoinghi = str(Path(sys.executable).with_name("hoinghi"))
    done = subprocess.run(
        [hoinghi, "run", "--inbox", str(inbox), "--db", str(db), "--quiet"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"using the Prefect server running at http://127.0.0.1:{port}/api" in done.stderr
    con = duckdb.connect(str(db), read_only=True)
    (flow_run_id,) = con.execute("SELECT flow_run_id FROM etl_runs").fetchone()
    con.close()
    with get_client(sync_client=True) as client:  # the server fixture's API: the run is recorded there
        assert client.read_flow_run(flow_run_id).state.is_completed()
