"""What `hoinghi status` and the benchmark read from a warehouse's bookkeeping tables, as plain data."""

from dataclasses import dataclass

import duckdb
import pandas as pd

from hoinghi.warehouse.contract import LOADED
from hoinghi.warehouse.loader import last_failure


@dataclass
class StatusReport:
    files_by_status: list[tuple[str, int]]  # (status, files), by status
    problems: pd.DataFrame  # status, source_path, error of every entry not loaded
    last_run: pd.DataFrame  # run_id, started_at, status, files_new, rejects of the latest run (no row: none)
    last_failure: tuple | None  # (run_id, started_at, status, error) of the latest run that ended badly


def status_report(con: duckdb.DuckDBPyConnection) -> StatusReport:
    """The manifest's files by status and those not loaded, the last run and the last failed one."""
    return StatusReport(
        files_by_status=con.execute("SELECT status, count(*) FROM etl_file_manifest GROUP BY 1 ORDER BY 1").fetchall(),
        problems=con.execute(
            "SELECT status, source_path, error FROM etl_file_manifest WHERE status <> ? ORDER BY 1, 2", [LOADED]
        ).df(),
        last_run=con.execute(
            "SELECT run_id, started_at, status, files_new, rejects FROM etl_runs ORDER BY started_at DESC LIMIT 1"
        ).df(),
        last_failure=last_failure(con),
    )


def latest_run_counts(con: duckdb.DuckDBPyConnection) -> tuple[int, int, str, str] | None:
    """(files_new, files_loaded, flow_run_id, timings_s JSON) of the latest run, or None before any."""
    return con.execute(
        "SELECT files_new, files_loaded, flow_run_id, timings_s FROM etl_runs ORDER BY started_at DESC LIMIT 1"
    ).fetchone()
