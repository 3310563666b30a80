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
    # (old_path, new_path) of renamed files whose rows this batch moves; set by skip_known_content
    moved: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["old_path", "new_path"], dtype="string"))

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


@dataclass
class LoadedContent:
    """Which file each article in the warehouse was loaded from, by content: one copy per text."""

    key_of: dict[str, str]  # source path → its article's text sha256 (raw content sha256 if loaded before it)
    gone: set[str]  # paths whose file is no longer in the inbox: a file with their text is a rename
    holders: dict[str, str] = field(init=False)  # the reverse: text → path

    def __post_init__(self) -> None:
        self.holders = {key: path for path, key in self.key_of.items()}

    @classmethod
    def of(cls, key_of: dict[str, str], missing: set[str], found: Discovery) -> "LoadedContent":
        """`missing`: paths the manifest had as missing; gone now are those and the run's newly missing,
        but not a file that is back (it is parsed again and keeps its own rows)."""
        back = {f.source_path for f in found.to_process}
        return cls(key_of, (missing | set(found.missing)) - back)

    def holder(self, text_sha: str, raw_sha: str) -> str | None:
        """The path whose article has this text now (not one whose file changed since)."""
        for key in (text_sha, raw_sha):
            path = self.holders.get(key)
            if path is not None and self.key_of.get(path) == key:
                return path
        return None

    def hold(self, path: str, key: str) -> None:
        self.key_of[path] = key
        self.holders[key] = path


def skip_known_content(batch: ParsedBatch, loaded: LoadedContent) -> None:
    """Files whose text was loaded under another name (an earlier batch or run) become `skipped`,
    unless that file is gone from the inbox: then this is a rename, and the rows move here.

    Batches are parsed in parallel, so a batch cannot know what the others load; the flow calls
    this, in batch order, just before loading (and `loaded` learns the batch's articles). The
    outcome is the same as parsing in order.
    """
    manifest = batch.manifest
    if manifest.empty:
        return
    dup: list[int] = []
    holder_of: list[str] = []
    moved: list[tuple[str, str]] = []
    for i, path, status, text_sha, raw_sha in zip(
        manifest.index,
        manifest["source_path"],
        manifest["status"],
        manifest["text_sha256"],
        manifest["content_sha256"],
        strict=True,
    ):
        if status == "skipped":  # its old rows, if any, are deleted with the load
            loaded.key_of.pop(path, None)
        if status != "loaded":
            continue
        holder = loaded.holder(text_sha, raw_sha)
        if holder is not None and holder != path:
            if holder not in loaded.gone:
                dup.append(i)
                holder_of.append(holder)
                loaded.key_of.pop(path, None)
                continue
            loaded.gone.discard(holder)  # renamed: the rows move with the text, once
            loaded.key_of.pop(holder)
            moved.append((holder, path))
        loaded.hold(path, text_sha)
    if moved:
        batch.moved = pd.DataFrame(moved, columns=["old_path", "new_path"], dtype="string")
    if not dup:
        return
    manifest.loc[dup, "status"] = "skipped"
    manifest.loc[dup, "error"] = [f"same content as {h}: loaded once, as that file" for h in holder_of]
    gone = set(manifest.loc[dup, "source_path"])
    for table, frame in batch.staging.items():
        batch.staging[table] = frame[~frame["source_path"].isin(gone)].reset_index(drop=True)
    batch.rejects = batch.rejects[~batch.rejects["source_path"].isin(gone)].reset_index(drop=True)


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
