"""The flow's own steps as plain functions (no Prefect): find the files, order the batches.

Parsing a batch is in `flows.parse`, which the flow process does not import when the batches are
parsed elsewhere (worker processes, Dask). `flows.ingest` wraps these in tasks.
"""

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class InboxFile:
    path: str  # absolute (a str: making 100,000 Path objects is a visible part of a rerun)
    source_path: str  # relative to the inbox, POSIX: the manifest key
    size_bytes: int
    mtime: datetime
    skip_reason: str | None = None  # set when the file must not be read (a symlink out of the inbox)


@dataclass
class Discovery:
    to_process: list[InboxFile]
    unchanged: int
    missing: list[str]
    seen: int


@dataclass
class ParsedBatch:
    staging: dict[str, pd.DataFrame]
    manifest: pd.DataFrame
    rejects: pd.DataFrame
    timings: Counter = field(default_factory=Counter)  # seconds per stage: read, decode, extract, validate

    @property
    def counts(self) -> dict[str, int]:
        """Valid staging rows per table."""
        return {table: len(frame) for table, frame in self.staging.items()}


def discover(inbox: Path, known: dict[str, tuple]) -> Discovery:
    """Files under `inbox` that are new or changed since the manifest's record, and those gone.

    Hidden files and folders are ignored. One stat per file and no file is opened, so a rerun
    over a large unchanged inbox is quick.
    """
    inbox = inbox.resolve()
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} does not exist or is not a folder")
    to_process: list[InboxFile] = []
    present: set[str] = set()
    for entry, rel in _walk(str(inbox), ""):
        present.add(rel)
        skip = None
        if entry.is_symlink():
            target = Path(entry.path).resolve()
            if not target.is_relative_to(inbox) or not target.is_file():
                skip = f"symlink to {target}, outside the inbox or not a file: not followed"
        stat = entry.stat(follow_symlinks=skip is None)
        mtime = datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        before = known.get(rel)
        if before and before[0] == stat.st_size and before[1] == mtime and before[3] != "failed":
            continue
        to_process.append(InboxFile(entry.path, rel, stat.st_size, mtime, skip))
    missing = [p for p, state in known.items() if p not in present and state[3] != "missing"]
    return Discovery(to_process, len(present) - len(to_process), missing, len(present))


def _walk(folder: str, prefix: str):
    """(entry, path relative to the inbox) of every file, in name order, a folder's files first."""
    with os.scandir(folder) as entries:
        visible = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    subfolders = []
    for entry in visible:
        if entry.is_dir(follow_symlinks=False):
            subfolders.append(entry)
        else:
            yield entry, prefix + entry.name
    for entry in subfolders:
        yield from _walk(entry.path, f"{prefix}{entry.name}/")


def skip_known_content(batch: ParsedBatch, loaded_sha: dict[str, str]) -> None:
    """Files whose content was loaded under another name (an earlier batch or run) become `skipped`.

    Batches are parsed in parallel, so a batch cannot know what the others load; the flow calls
    this, in batch order, just before loading. The outcome is the same as parsing in order.
    """
    manifest = batch.manifest
    if manifest.empty or not loaded_sha:
        return
    holder = manifest["content_sha256"].map(loaded_sha)
    dup = holder.notna() & (holder != manifest["source_path"])
    if not dup.any():
        return
    manifest.loc[dup, "status"] = "skipped"
    manifest.loc[dup, "error"] = "same content as " + holder[dup] + ": loaded once, as that file"
    gone = set(manifest.loc[dup, "source_path"])
    for table, frame in batch.staging.items():
        batch.staging[table] = frame[~frame["source_path"].isin(gone)].reset_index(drop=True)
    batch.rejects = batch.rejects[~batch.rejects["source_path"].isin(gone)].reset_index(drop=True)


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
