"""The ingest steps as plain functions (no Prefect): discover, parse a batch, summarise.

`flows.ingest` wraps them in tasks; tests call them directly.
"""

import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from schemas.staging import MODELS
from schemas.validate import Reject, validate
from transforms.decode import DecodeError, decode_bytes
from transforms.extract import extract_article
from transforms.webpage import PageError, PageMeta, looks_like_html, read_page

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class InboxFile:
    path: Path  # absolute
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
        to_process.append(InboxFile(Path(entry.path), rel, stat.st_size, mtime, skip))
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


def parse_batch(files: list[InboxFile], run_id: str, max_file_bytes: int = MAX_FILE_BYTES) -> ParsedBatch:
    """Decode, clean, extract and validate a batch of files into staging frames and manifest rows.

    The same text under a second name in the batch is recorded as a duplicate, not parsed again;
    content loaded by other batches or runs is handled by `skip_known_content`.
    """
    records: dict[str, list[dict]] = {name: [] for name in MODELS}
    manifest: list[dict] = []
    rejects: list[Reject] = []
    seen_sha: dict[str, str] = {}
    timings: Counter = Counter()
    clock = time.perf_counter
    for f in files:
        row = {
            "source_path": f.source_path,
            "size_bytes": f.size_bytes,
            "mtime": f.mtime,
            "content_sha256": None,
            "status": "loaded",
            "error": None,
            "last_run_id": run_id,
        }
        manifest.append(row)
        if f.skip_reason:
            row.update(status="skipped", error=f.skip_reason)
            continue
        if f.path.suffix.lower() not in ARTICLE_SUFFIXES:
            row.update(status="skipped", error=f"not an article file type ({f.path.suffix or 'no extension'})")
            continue
        if f.size_bytes > max_file_bytes:
            row.update(
                status="rejected",
                error=f"file too large: {f.size_bytes} bytes > limit {max_file_bytes}; split it or raise --max-file-mb",
            )
            rejects.append(Reject(f.source_path, "discover", row["error"], "{}"))
            continue
        started = clock()
        try:
            raw = f.path.read_bytes()
        except OSError as exc:
            row.update(status="failed", error=f"cannot read file: {exc}; check permissions and rerun")
            continue
        finally:
            timings["read"] += clock() - started
        sha = hashlib.sha256(raw).hexdigest()
        row["content_sha256"] = sha
        if sha in seen_sha and seen_sha[sha] != f.source_path:
            row.update(status="skipped", error=f"same content as {seen_sha[sha]}: loaded once, as that file")
            continue
        seen_sha[sha] = f.source_path
        started = clock()
        try:
            text, encoding, page_meta = article_text(raw)
        except (DecodeError, PageError) as exc:
            row.update(status="rejected", error=str(exc))
            rejects.append(Reject(f.source_path, "html" if isinstance(exc, PageError) else "decode", str(exc), "{}"))
            continue
        finally:
            timings["decode"] += clock() - started
        started = clock()
        try:
            extracted = extract_article(text, f.source_path, sha, encoding, page_meta)
        except Exception as exc:  # an extractor bug must not lose the file: it is recorded as failed
            row.update(status="failed", error=f"extract failed: {type(exc).__name__}: {exc}")
            continue
        finally:
            timings["extract"] += clock() - started
        records["stg_article"].append(extracted.article)
        for table, rows in (
            ("stg_meeting", extracted.meetings),
            ("stg_person_mention", extracted.person_mentions),
            ("stg_meeting_person", extracted.meeting_persons),
            ("stg_document_mention", extracted.document_mentions),
        ):
            records[table].extend(dict(r, source_path=f.source_path) for r in rows)
    staging = {}
    started = clock()
    for table, model in MODELS.items():
        frame = pd.DataFrame(records[table], columns=list(dict.fromkeys([*_columns(model), "source_path"])))
        good, bad = validate(frame, model, stage=f"validate:{table}")
        staging[table] = good
        rejects += bad
    _drop_orphans(staging)
    timings["validate"] += clock() - started
    by_path = {r["source_path"]: r for r in manifest}
    for reject in rejects:
        if reject.stage == "validate:stg_article" and reject.source_path in by_path:
            by_path[reject.source_path].update(status="rejected", error=f"invalid article record: {reject.reason}")
    reject_frame = pd.DataFrame(
        [
            {"run_id": run_id, "source_path": r.source_path, "stage": r.stage, "reason": r.reason, "record": r.record}
            for r in rejects
        ],
        columns=["run_id", "source_path", "stage", "reason", "record"],
    )
    manifest_frame = pd.DataFrame(manifest, columns=list(manifest[0]) if manifest else [])
    return ParsedBatch(staging, manifest_frame, reject_frame, timings)


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


def article_text(raw: bytes) -> tuple[str, str, PageMeta | None]:
    """A file's text and encoding; for a web page, its main text and metadata (DecodeError, PageError)."""
    decoded = decode_bytes(raw)
    if not looks_like_html(decoded.text):
        return decoded.text, decoded.encoding, None
    page = read_page(decoded.text)
    return page.text, f"{decoded.encoding}, html page", page.meta


def _columns(model) -> list[str]:
    return list(model.to_schema().columns)


def _drop_orphans(staging: dict[str, pd.DataFrame]) -> None:
    """Rows whose article, meeting or person was rejected cannot be loaded either."""
    articles = set(staging["stg_article"]["article_id"])
    for table in ("stg_meeting", "stg_person_mention", "stg_document_mention", "stg_meeting_person"):
        df = staging[table]
        staging[table] = df[df["article_id"].isin(articles)]
    meetings = set(staging["stg_meeting"]["meeting_id"])
    persons = set(staging["stg_person_mention"]["person_id"])
    mp = staging["stg_meeting_person"]
    staging["stg_meeting_person"] = mp[mp["meeting_id"].isin(meetings) & mp["person_id"].isin(persons)]


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]
