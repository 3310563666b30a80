"""The ingest flow: discover → decode/clean/extract/validate (per batch) → load (per batch) → report."""

import fcntl
import os
import signal
import uuid
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run

from flows import steps
from warehouse import loader


@task(retries=2, retry_delay_seconds=2)
def discover_files(inbox: str, db: str) -> tuple[steps.Discovery, dict[str, str]]:
    con = loader.connect(db)
    try:
        return steps.discover(Path(inbox), loader.manifest_state(con)), loader.loaded_content(con)
    finally:
        con.close()


@task
def parse_files(
    files: list[steps.InboxFile], run_id: str, loaded_sha: dict[str, str], max_file_bytes: int
) -> steps.ParsedBatch:
    return steps.parse_batch(files, run_id, loaded_sha, max_file_bytes)


@task(retries=2, retry_delay_seconds=2)
def load_parsed(db: str, batch: steps.ParsedBatch, n: int) -> None:
    con = loader.connect(db)
    try:
        loader.load_batch(con, batch.staging, batch.manifest, batch.rejects, lambda: crash_point("load", n))
    finally:
        con.close()


def crash_point(stage: str, batch_no: int) -> None:
    """Fault injection for the crash-safety tests: HOINGHI_KILL_AT=load:2 SIGKILLs this process there."""
    if os.environ.get("HOINGHI_KILL_AT") == f"{stage}:{batch_no}":
        os.kill(os.getpid(), signal.SIGKILL)


@task(retries=2, retry_delay_seconds=2)
def mark_missing(db: str, paths: list[str], run_id: str) -> None:
    """Files gone from the inbox keep their rows; the manifest says they are missing."""
    con = loader.connect(db)
    try:
        con.register("gone", pd.DataFrame({"source_path": paths}))
        con.execute(
            "UPDATE etl_file_manifest SET status = 'missing', error = 'file no longer in the inbox; its rows are kept',"
            " last_run_id = ? WHERE source_path IN (SELECT source_path FROM gone)",
            [run_id],
        )
    finally:
        con.close()


@task
def record_run(db: str, run: dict) -> dict:
    """Write the run's row in etl_runs and publish its summary as a Prefect artifact."""
    con = loader.connect(db)
    try:
        columns = ", ".join(run)
        con.execute(
            f"INSERT OR REPLACE INTO etl_runs ({columns}) VALUES ({', '.join('?' * len(run))})", list(run.values())
        )
        totals = loader.table_counts(con)
    finally:
        con.close()
    create_markdown_artifact(
        key="hoinghi-run-summary", markdown=summary_markdown(run, totals), description="hoinghi ingest summary"
    )
    return totals


def summary_markdown(run: dict, totals: dict[str, int]) -> str:
    lines = ["# hoinghi ingest", "", "| files | count |", "| --- | --- |"]
    lines += [f"| {k.removeprefix('files_')} | {v} |" for k, v in run.items() if k.startswith("files_")]
    lines += ["", "| extracted this run | rows |", "| --- | --- |"]
    lines += [f"| {k} | {run[k]} |" for k in ("articles", "meetings", "person_mentions", "documents", "rejects")]
    lines += ["", "| warehouse table | rows |", "| --- | --- |"] + [f"| {t} | {n} |" for t, n in totals.items()]
    return "\n".join(lines)


@contextmanager
def writer_lock(db: str):
    """One writer per warehouse: a second run exits at once with a clear message, never interleaves."""
    lock_path = Path(f"{db}.lock")
    handle = open(lock_path, "a+")  # noqa: SIM115 - held for the whole run
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RuntimeError(
            f"another hoinghi run is writing to {db} (it holds {lock_path}); wait for it to finish, then run again"
        ) from None
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


@flow(name="hoinghi-ingest")
def ingest(
    inbox: str = "samples/inbox",
    db: str = "hoinghi.duckdb",
    batch_size: int = 200,
    max_file_bytes: int = steps.MAX_FILE_BYTES,
) -> dict:
    """Ingest new and changed article files from `inbox` into the DuckDB warehouse `db`."""
    with writer_lock(db):
        return _ingest(inbox, db, batch_size, max_file_bytes)


def _ingest(inbox: str, db: str, batch_size: int, max_file_bytes: int) -> dict:
    logger = get_run_logger()
    run = {
        "run_id": uuid.uuid4().hex,
        "flow_run_id": str(flow_run.get_id() or ""),
        "started_at": datetime.now(),
        "status": "completed",
    }
    found, loaded_sha = discover_files(inbox, db)
    logger.info(
        "inbox %s: %d files, %d new or changed, %d unchanged, %d missing",
        inbox,
        found.seen,
        len(found.to_process),
        found.unchanged,
        len(found.missing),
    )
    statuses: dict[str, int] = {}
    counts = {"articles": 0, "meetings": 0, "person_mentions": 0, "documents": 0, "rejects": 0}
    batches = steps.chunks(found.to_process, batch_size)
    for n, files in enumerate(batches, 1):
        batch = parse_files(files, run["run_id"], loaded_sha, max_file_bytes)
        crash_point("extract", n)
        articles = batch.staging["stg_article"]
        loaded_sha.update(zip(articles["content_sha256"], articles["source_path"], strict=True))
        load_parsed(db, batch, n)
        crash_point("between", n)
        for status in batch.manifest["status"]:
            statuses[status] = statuses.get(status, 0) + 1
        counts["articles"] += batch.counts["stg_article"]
        counts["meetings"] += batch.counts["stg_meeting"]
        counts["person_mentions"] += batch.counts["stg_person_mention"]
        counts["documents"] += batch.counts["stg_document_mention"]
        counts["rejects"] += len(batch.rejects)
        logger.info(
            "batch %d/%d: %d files, %d articles, %d meetings, %d rejects",
            n,
            len(batches),
            len(files),
            batch.counts["stg_article"],
            batch.counts["stg_meeting"],
            len(batch.rejects),
        )
    if found.missing:
        mark_missing(db, found.missing, run["run_id"])
    run.update(
        files_seen=found.seen,
        files_new=len(found.to_process),
        files_loaded=statuses.get("loaded", 0),
        files_rejected=statuses.get("rejected", 0),
        files_failed=statuses.get("failed", 0),
        files_skipped=statuses.get("skipped", 0),
        files_missing=len(found.missing),
        **counts,
        finished_at=datetime.now(),
    )
    totals = record_run(db, run)
    logger.info("run %s done: %s", run["run_id"], {k: v for k, v in run.items() if k.startswith("files_")})
    return {"run": run, "tables": totals}
