"""Parse a batch of inbox files: decode, clean, extract and validate them into staging frames.

This is the CPU-bound work the task runner's workers do (flows.runners); it imports pandas,
pandera and the transforms, and nothing of Prefect.
"""

import hashlib
import os
import stat
import time
from collections import Counter

import pandas as pd

from hoinghi.flows.steps import MAX_FILE_BYTES, InboxFile, ParsedBatch, file_kind, too_large
from hoinghi.schemas.dates import null_impossible_dates
from hoinghi.schemas.staging import MODELS
from hoinghi.schemas.validate import Reject, validate
from hoinghi.transforms.decode import DecodeError, decode_bytes
from hoinghi.transforms.extract import extract_article
from hoinghi.transforms.text import text_sha256
from hoinghi.transforms.webpage import PageError, PageMeta, looks_like_html, read_page

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
# The staging frames' columns. Building the schemas here, at import, also pays pandera's one-time
# set-up (it imports its dask typing, 0.6 s) where imports are paid: once per process, not per batch.
_COLUMNS = {table: list(dict.fromkeys([*model.to_schema().columns, "source_path"])) for table, model in MODELS.items()}


def parse_batch(files: list[InboxFile], run_id: str, max_file_bytes: int = MAX_FILE_BYTES) -> ParsedBatch:
    """Decode, clean, extract and validate a batch of files into staging frames and manifest rows.

    The same text under a second name in the batch (the same bytes, or the same text after
    decoding, in any encoding) is recorded as a duplicate, not extracted again; content loaded by
    other batches or runs is handled by `skip_known_content`.
    """
    records: dict[str, list[dict]] = {name: [] for name in MODELS}
    manifest: list[dict] = []
    rejects: list[Reject] = []
    seen_sha: dict[str, str] = {}  # raw bytes' and decoded text's sha256 → the first file with them
    timings: Counter = Counter()
    clock = time.perf_counter
    for f in files:
        row = {
            "source_path": f.source_path,
            "size_bytes": f.size_bytes,
            "mtime": f.mtime,
            "content_sha256": None,
            "text_sha256": None,  # not a manifest column: skip_known_content compares it
            "status": "loaded",
            "error": None,
            "last_run_id": run_id,
        }
        manifest.append(row)
        if f.skip_reason:
            row.update(status=f.skip_status, error=f.skip_reason)
            if f.skip_status == "rejected":
                rejects.append(Reject(f.source_path, "discover", f.skip_reason, "{}"))
            continue
        suffix = os.path.splitext(f.path)[1]
        if suffix.lower() not in ARTICLE_SUFFIXES:
            row.update(status="skipped", error=f"not an article file type ({suffix or 'no extension'})")
            continue
        if f.size_bytes > max_file_bytes:
            row.update(status="rejected", error=too_large(f.size_bytes, max_file_bytes))
            rejects.append(Reject(f.source_path, "discover", row["error"], "{}"))
            continue
        started = clock()
        try:
            raw, size = read_regular_file(f.path, max_file_bytes)
        except NotRegularFile as exc:
            row.update(status="skipped", error=str(exc))
            continue
        except OSError as exc:
            row.update(status="failed", error=f"cannot read file: {exc.strerror or exc}; check permissions and rerun")
            continue
        finally:
            timings["read"] += clock() - started
        if len(raw) > max_file_bytes:  # it grew since discovery
            row.update(status="rejected", error=too_large(size, max_file_bytes))
            rejects.append(Reject(f.source_path, "discover", row["error"], "{}"))
            continue
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
        # (equal to the raw sha256 for a UTF-8 file that needed no normalising)
        text_sha = row["text_sha256"] = article_sha256(text, page_meta)
        if seen_sha.get(text_sha, f.source_path) != f.source_path:
            row.update(status="skipped", error=f"same content as {seen_sha[text_sha]}: loaded once, as that file")
            continue
        seen_sha[text_sha] = f.source_path
        started = clock()
        try:
            extracted = extract_article(text, f.source_path, sha, encoding, page_meta)
        except Exception as exc:  # an extractor bug must not lose the file: it is recorded as failed
            row.update(status="failed", error=f"extract failed: {type(exc).__name__}: {exc}")
            continue
        finally:
            timings["extract"] += clock() - started
        records["stg_article"].append(dict(extracted.article, text_sha256=text_sha))
        for table, rows in (
            ("stg_meeting", extracted.meetings),
            ("stg_person_mention", extracted.person_mentions),
            ("stg_meeting_person", extracted.meeting_persons),
            ("stg_document_mention", extracted.document_mentions),
        ):
            records[table].extend(dict(r, source_path=f.source_path) for r in rows)
    staging = {}
    started = clock()
    rejects += null_impossible_dates(records)  # the rows stay, without the date
    for table, model in MODELS.items():
        frame = pd.DataFrame(records[table], columns=_COLUMNS[table])
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


class NotRegularFile(Exception):
    """The path is no longer a regular file (it changed since discovery): it is not read."""


def read_regular_file(path: str, max_file_bytes: int) -> tuple[bytes, int]:
    """The file's bytes, at most `max_file_bytes` + 1 of them (one more says it is too large), and its size.

    Opened without blocking (a FIFO would wait for a writer forever) and read only when it is a
    regular file (a device would be read until memory runs out); discovery checked the kind, but
    the entry may have been replaced since.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(f"not a regular file ({file_kind(st.st_mode)}): not read")
        # Asking for the stat size + 1 reads to the end without a limit-sized buffer per file.
        data = handle.read(min(max_file_bytes, st.st_size) + 1)
        if st.st_size < len(data) <= max_file_bytes:  # it grows as it is read: read on, still bounded
            grown = bytearray(data)
            while len(grown) <= max_file_bytes and (more := handle.read(min(1 << 20, max_file_bytes + 1 - len(grown)))):
                grown += more
            data = bytes(grown)
        return data, max(st.st_size, len(data))


def article_text(raw: bytes) -> tuple[str, str, PageMeta | None]:
    """A file's text and encoding; for a web page, its main text and metadata (DecodeError, PageError)."""
    decoded = decode_bytes(raw)
    if not looks_like_html(decoded.text):
        return decoded.text, decoded.encoding, None
    page = read_page(decoded.text)
    return page.text, f"{decoded.encoding}, html page", page.meta


def article_sha256(text: str, page: PageMeta | None) -> str:
    """The decoded article's identity (`text_sha256`); a web page's date, headline and authors count too."""
    if page is None:
        return text_sha256(text)
    return text_sha256(f"{text}\x1f{page.title}\x1f{page.published_at}\x1f{'; '.join(page.authors)}")


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
