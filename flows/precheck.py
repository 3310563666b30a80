"""What a `hoinghi run` will find, looked at before Prefect starts.

Starting a temporary Prefect API (~6 s on two cores) and a flow run costs more; a scheduled rerun over an unchanged
inbox needs none of it. When the warehouse exists, no earlier run is left `running` (marking it
crashed is the flow's job) and the inbox has no new, changed or vanished entry, the run is
recorded in `etl_runs` as completed, with no flow run (`flow_run_id` empty), and the CLI returns.
Otherwise the full flow runs; the number of files to parse lets the CLI choose the task runner
(`--task-runner auto`, flows.runners) before it starts. Plain functions on `flows.steps` and
`warehouse.loader`: no Prefect here.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hoinghi.flows import steps
from hoinghi.flows.summary import RunSummary
from hoinghi.warehouse import loader


@dataclass(frozen=True)
class Precheck:
    done: RunSummary | None  # the run, already recorded, when there was nothing to do
    to_parse: int | None  # files the flow will parse; None when the look could not tell
    files: list[steps.InboxFile] | None = None  # those files, as the flow's discovery will find them


def look_before_run(inbox: str, db: str, max_file_bytes: int) -> Precheck:
    """Record the run at once when there is nothing to do; else count the files it will parse."""
    if not Path(inbox).is_dir():
        return Precheck(None, None)  # an inbox error the flow reports
    if not Path(db).exists():  # a first run: every entry is new
        files = steps.discover(Path(inbox), {}, max_file_bytes).to_process
        return Precheck(None, len(files), files)
    started_at = datetime.now()
    with loader.writer_lock(db), loader.Writer(db) as warehouse:
        con = warehouse.con
        found = steps.discover(Path(inbox), loader.manifest_state(con), max_file_bytes)
        if found.to_process or found.missing or loader.unfinished_runs(con):
            return Precheck(None, len(found.to_process), found.to_process)
        summary = RunSummary(run_id=uuid.uuid4().hex, flow_run_id="", started_at=started_at)
        summary.files_seen = found.seen
        summary.rows_before = loader.table_counts(con)
        summary.timings["discover"] = (datetime.now() - started_at).total_seconds()
        steps.complete_run(con, summary)
        return Precheck(summary, 0)
