"""Operate it: prefect.yaml deploys, the scheduler plans runs, a process worker runs one to Completed.

As a user following the README: a real `prefect server start` (its scheduler service is what plans
the cron runs; the test harness does not run services), the `prefect` CLI and a process worker.
"""

import shutil
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pytest

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
    assert deployment.parameters == {"inbox": "samples/inbox", "db": "hoinghi.duckdb", "batch_size": 200}
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
            deployment.id, parameters={"inbox": str(inbox), "db": str(db), "batch_size": 2}
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
        [*command, "--inbox", str(inbox), "--db", str(db)],
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
            assert deployment.parameters["db"] == str(db)
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
