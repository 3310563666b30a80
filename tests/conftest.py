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


# Columns that name the run that wrote a row; everything else must match to the value.
RUN_COLUMNS = {"etl_file_manifest": "last_run_id", "etl_rejects": "run_id"}


def snapshot(db) -> dict[str, list]:
    """Every warehouse table's rows, sorted, without etl_runs and the run-id columns."""
    import duckdb

    from warehouse.loader import WAREHOUSE_TABLES

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in WAREHOUSE_TABLES:
            if table == "etl_runs":
                continue
            exclude = f" EXCLUDE ({RUN_COLUMNS[table]})" if table in RUN_COLUMNS else ""
            out[table] = con.execute(f"SELECT *{exclude} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


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
