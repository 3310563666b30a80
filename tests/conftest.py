"""Shared fixtures: one Prefect test API for the session, and a warehouse built by the real flow."""

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_INBOX = ROOT / "samples" / "inbox"
HOLDOUT_INBOX = ROOT / "samples" / "holdout" / "inbox"
GOLD = {
    "seeds": ROOT / "samples" / "gold" / "seeds.json",
    "dev": ROOT / "samples" / "gold" / "dev.json",
    "holdout": ROOT / "samples" / "holdout" / "gold.json",
}


@pytest.fixture(scope="session")
def prefect_api():
    """A throw-away Prefect API and database for the whole session (not the user's ~/.prefect)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def api_env(prefect_api) -> dict[str, str]:
    """Environment for subprocesses (`hoinghi`, `prefect`) that must talk to the session's test API."""
    from prefect.settings import PREFECT_API_URL

    return dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value(), PREFECT_SERVER_ANALYTICS_ENABLED="false")


@pytest.fixture(scope="session")
def sample_warehouse(prefect_api, tmp_path_factory) -> Path:
    """The sample inbox and the held-out articles, ingested by the real flow into a temporary DuckDB file."""
    from flows.ingest import ingest

    workdir = tmp_path_factory.mktemp("sample")
    inbox = workdir / "inbox"
    shutil.copytree(SAMPLE_INBOX, inbox)
    shutil.copytree(HOLDOUT_INBOX, inbox / "holdout")
    db = workdir / "warehouse.duckdb"
    ingest(inbox=str(inbox), db=str(db), batch_size=8)
    return db


@pytest.fixture
def run_flow(prefect_api):
    from flows.ingest import ingest

    def _run(inbox: Path, db: Path, batch_size: int = 50) -> dict:
        return ingest(inbox=str(inbox), db=str(db), batch_size=batch_size)

    return _run
