"""What a run did, for the Prefect UI (a markdown artifact), the `etl_runs` row and the CLI.

Built up batch by batch: file statuses and the reasons of files not loaded, rejects by stage,
extraction coverage (how much of what was extracted is complete), rows added per table and the
time spent in each stage.
"""

import json
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd

from hoinghi.warehouse.contract import FILE_STATUSES, LOADED, MISSING, READ_STATUSES, ROLE_CHAIR, RUN_COMPLETED

# How the artifact's files table names a status, where the status alone would not say it.
STATUS_LABELS = {MISSING: "missing from the inbox"}
# Each coverage gap and the count it is a part of.
COVERAGE_OF = {
    "meetings_without_date": "meetings",
    "meetings_without_chair": "meetings",
    "articles_without_meeting": "articles",
    "articles_without_date": "articles",
    "person_mentions_without_title": "person_mentions",
}
# Shown in the artifact; the manifest keeps every reason.
MAX_REASONS_SHOWN = 20


@dataclass
class RunSummary:
    run_id: str
    flow_run_id: str
    started_at: datetime
    status: str = RUN_COMPLETED  # contract.RUN_STATUSES: RUNNING while the run runs (its row is written at the start)
    files_seen: int = 0
    files_new: int = 0
    files_missing: int = 0  # gone from the inbox (the flow marks them missing; no batch reads them)
    batches: int = 0
    task_runner: str | None = None  # where the batches were parsed (flows.runners), once the flow has chosen
    statuses: Counter = field(default_factory=Counter)  # the batches' manifest rows by READ_STATUSES
    extracted: Counter = field(default_factory=Counter)  # staging rows that passed validation, per kind
    rejects_by_stage: Counter = field(default_factory=Counter)
    coverage: Counter = field(default_factory=Counter)
    not_loaded: list[tuple[str, str, str]] = field(default_factory=list)  # (path, status, reason)
    timings: Counter = field(default_factory=Counter)  # seconds per stage
    rows_before: dict[str, int] = field(default_factory=dict)
    rows_after: dict[str, int] = field(default_factory=dict)
    meetings_after: tuple[int, int] | None = None  # (real meetings, reports of them) in the warehouse after the run
    finished_at: datetime | None = None
    error: str | None = None  # why a run failed or was interrupted

    @contextmanager
    def timed(self, stage: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] += time.perf_counter() - start

    def add_batch(self, staging: dict[str, pd.DataFrame], manifest: pd.DataFrame, rejects: pd.DataFrame) -> None:
        self.batches += 1
        self.statuses.update(manifest["status"])
        for row in manifest.itertuples():
            if row.status != LOADED:
                self.not_loaded.append((row.source_path, row.status, row.error or ""))
        self.rejects_by_stage.update(rejects["stage"])
        self.extracted.update(
            articles=len(staging["stg_article"]),
            meetings=len(staging["stg_meeting"]),
            person_mentions=len(staging["stg_person_mention"]),
            documents=len(staging["stg_document_mention"]),
            # personnel changes (fact_appointment), when the batch's staging has them
            appointments=len(staging.get("stg_appointment", ())),
        )
        self.coverage.update(coverage(staging))

    def file_counts(self) -> dict[str, int]:
        """Files by status, every status of the contract: those the batches read, and the missing ones."""
        counts = {s: self.statuses.get(s, 0) for s in READ_STATUSES}
        return {s: self.files_missing if s == MISSING else counts[s] for s in FILE_STATUSES}

    @property
    def rows_now(self) -> dict[str, int]:
        """Rows per table after the run, with the run's own etl_runs row (counted before it is written)."""
        return {t: n + (t == "etl_runs") for t, n in self.rows_after.items()}

    @property
    def rows_added(self) -> dict[str, int]:
        return {t: n - self.rows_before.get(t, 0) for t, n in self.rows_now.items()}

    def etl_runs_row(self) -> dict:
        """The row for `etl_runs`: counts as columns, the breakdowns as JSON text."""
        return {
            "run_id": self.run_id,
            "flow_run_id": self.flow_run_id,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "status": self.status,
            "files_seen": self.files_seen,
            "files_new": self.files_new,
            **{f"files_{s}": n for s, n in self.file_counts().items()},
            **{k: self.extracted.get(k, 0) for k in ("articles", "meetings", "person_mentions", "documents")},
            "rejects": sum(self.rejects_by_stage.values()),
            "batches": self.batches,
            "rejects_by_stage": json.dumps(dict(self.rejects_by_stage), sort_keys=True),
            "coverage": json.dumps(dict(self.coverage), sort_keys=True),
            "rows_added": json.dumps(self.rows_added, sort_keys=True),
            "timings_s": json.dumps({k: round(v, 3) for k, v in self.timings.items()}),
            "error": self.error,
        }

    def markdown(self) -> str:
        row = self.etl_runs_row()
        lines = [f"# hoinghi ingest: {self.status}", ""]
        lines += _table(
            ("files", "count"),
            [("seen in the inbox", self.files_seen), ("new or changed", self.files_new)]
            + [(STATUS_LABELS.get(s, s), row[f"files_{s}"]) for s in FILE_STATUSES],
        )
        if self.not_loaded:
            shown = self.not_loaded[:MAX_REASONS_SHOWN]
            lines += _table(("file not loaded", "status", "reason"), [(p, s, r.replace("|", "/")) for p, s, r in shown])
            if len(self.not_loaded) > len(shown):
                lines += [f"… and {len(self.not_loaded) - len(shown)} more: `hoinghi status` lists them all.", ""]
        lines += _table(("rejects by stage", "rows"), sorted(self.rejects_by_stage.items()) or [("(none)", 0)])
        lines += _table(("extracted (valid rows)", "rows"), list(self.extracted.items()))
        lines += _table(("coverage", "count"), coverage_rows(self.coverage))
        added = self.rows_added
        lines += _table(
            ("warehouse table", "rows added", "rows now"),
            [(t, added[t], n) for t, n in self.rows_now.items()],
        )
        if self.meetings_after is not None:  # one meeting reported by ten papers is one event
            events, reports = self.meetings_after
            lines += _table(
                ("meetings in the warehouse", "count"),
                [("real meetings (events)", events), ("reports of them", reports)],
            )
        lines += _table(
            ("stage", "seconds"),
            [(k, f"{v:.2f}") for k, v in self.timings.items()]
            + [("batches", self.batches), ("parsed with", self.task_runner or "–")],
        )
        return "\n".join(lines)


def coverage(staging: dict[str, pd.DataFrame]) -> dict[str, int]:
    """How complete the extraction is: meetings without a date or chair, articles without a meeting …"""
    meetings, articles = staging["stg_meeting"], staging["stg_article"]
    people, persons = staging["stg_meeting_person"], staging["stg_person_mention"]
    chaired = set(people.loc[people["role"] == ROLE_CHAIR, "meeting_id"])
    return {
        "articles": len(articles),
        "meetings": len(meetings),
        "meetings_without_date": int(meetings["meeting_date"].isna().sum()),
        "meetings_without_chair": int((~meetings["meeting_id"].isin(chaired)).sum()),
        "articles_without_meeting": int((~articles["article_id"].isin(set(meetings["article_id"]))).sum()),
        "articles_without_date": int(articles["published_at"].isna().sum()),
        "person_mentions": len(persons),
        "person_mentions_without_title": int(persons["title_text"].isna().sum()),
    }


def coverage_rows(counts: Counter) -> list[tuple[str, str]]:
    """'meetings without date | 2 of 17' rows."""
    return [
        (gap.replace("_", " "), f"{counts.get(gap, 0)} of {counts.get(whole, 0)}") for gap, whole in COVERAGE_OF.items()
    ]


def _table(header: tuple[str, ...], rows: list[tuple]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return out + [""]
