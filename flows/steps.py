"""The flow's own steps as plain functions (no Prefect): find the files, order the batches.

Parsing a batch is in `flows.parse`, which the flow process does not import when the batches are
parsed elsewhere (worker processes, Dask). `flows.ingest` wraps these in tasks.
"""

import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from hoinghi.flows.summary import RunSummary
from hoinghi.settings import MAX_FILE_BYTES
from hoinghi.warehouse import loader
from hoinghi.warehouse.contract import FAILED, LOADED, MISSING, REJECTED, RUN_COMPLETED, SKIPPED

TOO_LARGE = "file too large"  # how a rejection for size starts: discovery re-evaluates those


@dataclass(frozen=True)
class InboxFile:
    path: str  # absolute (a str: making 100,000 Path objects is a visible part of a rerun)
    source_path: str  # relative to the inbox, POSIX, printable: the manifest key
    size_bytes: int | None  # None (and mtime None) when the entry could not even be stat'ed
    mtime: datetime | None
    skip_reason: str | None = None  # set when the entry must not be read (hidden, not a regular file …)
    skip_status: str = SKIPPED  # the manifest status such an entry gets: skipped, rejected or failed


class FileBatch:
    """The files one parse task reads. A plain holder, not a list: Prefect walks a task's list and
    dataclass parameters item by item looking for futures (2 s of the flow's CPU per 10,000 files),
    and its quote() annotation is a tuple, which Dask rebuilds as a plain one on its workers."""

    __slots__ = ("files",)

    def __init__(self, files: list[InboxFile]):
        self.files = files


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


def discover(inbox: Path, known: dict[str, tuple], max_file_bytes: int = MAX_FILE_BYTES) -> Discovery:
    """Entries under `inbox` that are new or changed since the manifest's record, and those gone.

    Never fails on one entry: a name that is not UTF-8, a symlink loop, a folder that cannot be
    read, a FIFO, a device or a hidden file each become an InboxFile with the reason it is not
    read, so that it ends in the manifest. One stat per entry and no file is opened, so a rerun
    over a large unchanged inbox is quick.
    """
    inbox = inbox.resolve()
    if not inbox.is_dir():
        raise FileNotFoundError(f"inbox {inbox} does not exist or is not a folder")
    to_process: list[InboxFile] = []
    present: set[str] = set()
    for entry, rel, verdict in _walk(str(inbox), ""):
        found = inspect_entry(entry, rel, inbox, verdict)
        present.add(found.source_path)
        if not _needs_processing(known.get(found.source_path), found, max_file_bytes):
            continue
        to_process.append(found)
    missing = [p for p, state in known.items() if p not in present and state[3] != MISSING]
    return Discovery(to_process, len(present) - len(to_process), missing, len(present))


def _needs_processing(before: tuple | None, now: InboxFile, max_file_bytes: int) -> bool:
    """False when the manifest's record of this entry still stands."""
    if before is None or before[0] != now.size_bytes or before[1] != now.mtime:
        return True
    status, error = before[3], before[4]
    if status in (FAILED, MISSING):  # failed: tried again; missing: the file is back
        return True
    # A verdict that depended on the size limit is re-evaluated when the limit now lets it in.
    return status == REJECTED and (error or "").startswith(TOO_LARGE) and now.size_bytes <= max_file_bytes


def too_large(size: int, max_file_bytes: int) -> str:
    return f"{TOO_LARGE}: {size} bytes > limit {max_file_bytes}; split it or raise --max-file-mb"


def printable(name: str) -> str:
    """`name` as text that can be stored and printed: bytes that are not UTF-8 become `\\xNN`.

    os.scandir hands such bytes over as lone surrogates (surrogateescape), which DuckDB and
    every printer refuse; `caf\\xe9.txt` names the file `caf<byte E9>.txt` unambiguously enough
    for a person to find and rename it.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def inspect_entry(entry: os.DirEntry, rel: str, inbox: Path, verdict: tuple[str, str] | None = None) -> InboxFile:
    """What discovery knows of one entry: its size and mtime, and why it is not read (if so).

    `rel` is the entry's path under the inbox as listed; the InboxFile's source_path is its
    printable form. Only regular files (or symlinks to regular files inside the inbox) are offered
    for reading.
    """
    source_path = printable(rel)
    status, reason = verdict or (SKIPPED, None)
    follow = False
    if reason is None and source_path != rel:
        status, reason = (
            REJECTED,
            r"file name is not valid UTF-8 (its bytes are shown as \xNN): rename it, then run again",
        )
    elif reason is None and entry.is_symlink():
        try:
            target = os.stat(entry.path)  # follows the link; a loop or a dangling link raises
            resolved = Path(os.path.realpath(entry.path))
        except OSError as exc:
            reason = f"symlink that cannot be followed ({exc.strerror}, a loop or a dangling link): not read"
        else:
            if resolved.is_relative_to(inbox) and stat.S_ISREG(target.st_mode):
                follow = True
            else:
                reason = f"symlink to {printable(str(resolved))}, outside the inbox or not a file: not followed"
    try:
        st = os.stat(entry.path) if follow else entry.stat(follow_symlinks=False)
    except OSError as exc:  # gone since it was listed, or a folder we may list but not search
        reason = f"cannot stat: {exc.strerror}; check its permissions and rerun"
        return InboxFile(entry.path, source_path, None, None, reason, FAILED)
    if reason is None and not stat.S_ISREG(st.st_mode):
        reason = f"not a regular file ({file_kind(st.st_mode)}): not read"
    return InboxFile(entry.path, source_path, st.st_size, _mtime(st), reason, status)


def file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO, a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symlink"),
    )
    return next((name for test, name in kinds if test(mode)), f"file type {stat.S_IFMT(mode):o}")


def _mtime(st: os.stat_result) -> datetime | None:
    try:
        return datetime.fromtimestamp(st.st_mtime).replace(microsecond=0)
    except (OverflowError, OSError, ValueError):  # a date Python cannot hold (year 10000 …)
        return None


def _walk(folder: str, prefix: str, entries: list[os.DirEntry] | None = None):
    """(entry, path relative to the inbox, verdict or None) of every entry, in name order, files first.

    Hidden entries and folders that cannot be listed come with a verdict (status, reason) and are
    not descended into; a folder's path ends in "/". The inbox itself must be listable.
    """
    if entries is None:
        entries = _listed(folder)
    subfolders = []
    for entry in entries:
        is_dir = entry.is_dir(follow_symlinks=False)
        if entry.name.startswith("."):
            what = "folder" if is_dir else "file"
            yield entry, prefix + entry.name + "/" * is_dir, (SKIPPED, f"hidden {what}: not read")
        elif is_dir:
            subfolders.append(entry)
        else:
            yield entry, prefix + entry.name, None
    for entry in subfolders:
        rel = f"{prefix}{entry.name}/"
        try:
            children = _listed(entry.path)
        except OSError as exc:
            yield entry, rel, (FAILED, f"cannot read folder: {exc.strerror}; check its permissions and rerun")
            continue
        yield from _walk(entry.path, rel, children)


def _listed(folder: str) -> list[os.DirEntry]:
    with os.scandir(folder) as it:
        return sorted(it, key=lambda e: e.name)


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
        if status == SKIPPED:  # its old rows, if any, are deleted with the load
            loaded.key_of.pop(path, None)
        if status != LOADED:
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
    manifest.loc[dup, "status"] = SKIPPED
    manifest.loc[dup, "error"] = [f"same content as {h}: loaded once, as that file" for h in holder_of]
    gone = set(manifest.loc[dup, "source_path"])
    for table, frame in batch.staging.items():
        batch.staging[table] = frame[~frame["source_path"].isin(gone)].reset_index(drop=True)
    batch.rejects = batch.rejects[~batch.rejects["source_path"].isin(gone)].reset_index(drop=True)


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def complete_run(con, summary: RunSummary) -> None:
    """Write the run's `completed` row in etl_runs, with the tables' counts and real meetings after it."""
    summary.status = RUN_COMPLETED
    summary.finished_at = datetime.now()
    summary.rows_after = loader.table_counts(con)
    summary.meetings_after = loader.meeting_counts(con)
    loader.save_run(con, summary.etl_runs_row())
