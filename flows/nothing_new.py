"""A `hoinghi run` that finds nothing to do, done without Prefect.

Starting a temporary Prefect API and a flow run costs ~10 s; a scheduled rerun over an unchanged
inbox needs none of it. When the warehouse exists, no earlier run is left `running` (marking it
crashed is the flow's job) and the inbox has no new, changed or vanished entry, the run is
recorded in `etl_runs` as completed, with no flow run (`flow_run_id` empty), and the CLI returns.
Anything else, and the full flow runs. Plain functions on `flows.steps` and `warehouse.loader`.
"""

import uuid
from datetime import datetime
from pathlib import Path

from hoinghi.flows import steps
from hoinghi.flows.summary import RunSummary
from hoinghi.warehouse import contract, loader


def record_if_nothing_new(inbox: str, db: str, max_file_bytes: int) -> RunSummary | None:
    """The run's summary when there was nothing to do (and its row is written), else None."""
    if not Path(db).exists() or not Path(inbox).is_dir():
        return None  # a first run, or an inbox error the flow reports
    started_at = datetime.now()
    with loader.writer_lock(db), loader.Writer(db) as warehouse:
        con = warehouse.con
        if loader.unfinished_runs(con):
            return None
        found = steps.discover(Path(inbox), loader.manifest_state(con), max_file_bytes)
        if found.to_process or found.missing:
            return None
        summary = RunSummary(
            run_id=uuid.uuid4().hex, flow_run_id="", started_at=started_at, status=contract.RUN_COMPLETED
        )
        summary.files_seen = found.seen
        summary.rows_before = summary.rows_after = loader.table_counts(con)
        summary.meetings_after = loader.meeting_counts(con)
        summary.timings["discover"] = (datetime.now() - started_at).total_seconds()
        summary.finished_at = datetime.now()
        loader.save_run(con, summary.etl_runs_row())
        return summary
