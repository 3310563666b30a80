"""What a `hoinghi run` will find, looked at before Prefect starts.

Starting a temporary Prefect API (~6 s on two cores) and a flow run costs more; a scheduled rerun over an unchanged
inbox needs none of it. When the warehouse exists, no earlier run is left `running` (marking it
crashed is the flow's job) and the inbox has no new, changed or vanished entry, the run is
recorded in `etl_runs` as completed, with no flow run (`flow_run_id` empty), and the CLI returns.
Otherwise the full flow runs; the number of files to parse lets the CLI choose the task runner
(`--task-runner auto`, flows.runners) before it starts. The flow then takes this look at the
inbox instead of walking it again (`handed_over`, `take_discovery`: one stat per file, 1.3 s for
100,000 files), unless another run has written the warehouse since. Plain functions on
`flows.steps` and `warehouse.loader`: no Prefect here.
"""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from hoinghi.flows import steps
from hoinghi.flows.summary import RunSummary
from hoinghi.warehouse import loader


@dataclass(frozen=True)
class Precheck:
    done: RunSummary | None  # the run, already recorded, when there was nothing to do
    to_parse: int | None  # files the flow will parse; None when the look could not tell
    found: steps.Discovery | None = None  # the whole look at the inbox, for the flow (handed_over)
    runs: tuple[int, object] = (0, None)  # the warehouse's runs then (loader.runs_seen)

    @property
    def files(self) -> list[steps.InboxFile] | None:
        """The files the flow will parse, as its discovery would find them."""
        return self.found.to_process if self.found is not None else None


def look_before_run(inbox: str, db: str, max_file_bytes: int) -> Precheck:
    """Record the run at once when there is nothing to do; else count the files it will parse."""
    if not Path(inbox).is_dir():
        return Precheck(None, None)  # an inbox error the flow reports
    if not Path(db).exists():  # a first run: every entry is new
        found = steps.discover(Path(inbox), {}, max_file_bytes)
        return Precheck(None, len(found.to_process), found)
    started_at = datetime.now()
    with loader.writer_lock(db), loader.Writer(db) as warehouse:
        con = warehouse.con
        found = steps.discover(Path(inbox), loader.manifest_state(con), max_file_bytes)
        if found.to_process or found.missing or loader.unfinished_runs(con):
            return Precheck(None, len(found.to_process), found, loader.runs_seen(con))
        summary = RunSummary(run_id=uuid.uuid4().hex, flow_run_id="", started_at=started_at)
        summary.files_seen = found.seen
        summary.rows_before = loader.table_counts(con)
        summary.timings["discover"] = (datetime.now() - started_at).total_seconds()
        steps.complete_run(con, summary)
        return Precheck(summary, 0)


# The pre-check's look, while the CLI runs the flow in this process: (inbox, warehouse, size limit,
# runs then) and the Discovery.
_handed: tuple[tuple, steps.Discovery] | None = None


@contextmanager
def handed_over(check: Precheck, inbox: str, db: str, max_file_bytes: int) -> Iterator[None]:
    """For the block, the flow's discovery may take the pre-check's look instead of its own."""
    global _handed
    if check.found is not None:
        _handed = (_where(inbox, db, max_file_bytes) + (check.runs,), check.found)
    try:
        yield
    finally:
        _handed = None


def take_discovery(
    inbox: str, db: str, max_file_bytes: int, con: duckdb.DuckDBPyConnection, run_id: str
) -> steps.Discovery | None:
    """The pre-check's look at the inbox, once, if it was for this inbox, warehouse and size limit
    and no other run has written the warehouse since (its manifest is the one the look compared)."""
    global _handed
    handed, _handed = _handed, None
    if handed is None:
        return None
    key, found = handed
    return found if key == _where(inbox, db, max_file_bytes) + (loader.runs_seen(con, run_id),) else None


def _where(inbox: str, db: str, max_file_bytes: int) -> tuple:
    return str(Path(inbox).resolve()), str(Path(db).resolve()), max_file_bytes
