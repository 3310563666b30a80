"""Parse a batch of inbox files: decode, clean, extract and validate them into staging frames.

This is the CPU-bound work the task runner's workers do (flows.runners); it imports pandas,
pandera and the transforms, and nothing of Prefect.
"""

import hashlib
import os
import stat
import threading
import time
from collections import Counter

import pandas as pd

from hoinghi.flows.steps import MAX_FILE_BYTES, InboxFile, ParsedBatch, file_kind, too_large
from hoinghi.schemas.dates import null_impossible_dates
from hoinghi.schemas.staging import SCHEMAS
from hoinghi.schemas.validate import Reject, validate
from hoinghi.transforms.decode import DecodeError, decode_bytes
from hoinghi.transforms.extract import extract_article, undated_rekeyed
from hoinghi.transforms.text import text_sha256
from hoinghi.transforms.webpage import PageError, PageMeta, looks_like_html, read_page
from hoinghi.warehouse.contract import (
    FAILED,
    LOADED,
    REJECT_COLUMNS,
    REJECTED,
    SKIPPED,
    STAGE_DECODE,
    STAGE_DISCOVER,
    STAGE_HTML,
    STAGE_VALIDATE,
    table_stage,
)

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")
# The staging frames' columns: the schema's, and the file each row comes from (its rejects name it).
_COLUMNS = {table: list(dict.fromkeys([*schema.columns, "source_path"])) for table, schema in SCHEMAS.items()}


class ParseStopped(Exception):
    """The batch's parse was stopped before its end: nobody will take it (flows/head_start.py)."""


def parse_batch(
    files: list[InboxFile], run_id: str, max_file_bytes: int = MAX_FILE_BYTES, stop: threading.Event | None = None
) -> ParsedBatch:
    """Decode, clean, extract and validate a batch of files into staging frames and manifest rows.

    The same text under a second name in the batch (the same bytes, or the same text after
    decoding, in any encoding) is recorded as a duplicate, not extracted again; content loaded by
    other batches or runs is handled by `skip_known_content`.
    """
    records: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    manifest: list[dict] = []
    rejects: list[Reject] = []
    seen_sha: dict[str, str] = {}  # raw bytes' and decoded text's sha256 → the first file with them
    timings: Counter = Counter()
    for f in files:
        if stop is not None and stop.is_set():
            raise ParseStopped(f"stopped before {f.source_path}: the run ended")
        row, extracted, file_rejects = parse_file(f, run_id, max_file_bytes, seen_sha, timings)
        manifest.append(row)
        rejects += file_rejects
        if extracted is not None:
            for table, rows in extracted.items():
                records[table].extend(rows)
    started = time.perf_counter()
    staging, record_rejects = validated(records)
    timings["validate"] += time.perf_counter() - started
    rejects += record_rejects
    by_path = {r["source_path"]: r for r in manifest}
    article_stage = table_stage(STAGE_VALIDATE, "stg_article")
    for reject in rejects:
        if reject.stage == article_stage and reject.source_path in by_path:
            by_path[reject.source_path].update(status=REJECTED, error=f"invalid article record: {reject.reason}")
    reject_frame = pd.DataFrame(
        [
            {"run_id": run_id, "source_path": r.source_path, "stage": r.stage, "reason": r.reason, "record": r.record}
            for r in rejects
        ],
        columns=list(REJECT_COLUMNS),
    )
    manifest_frame = pd.DataFrame(manifest, columns=list(manifest[0]) if manifest else [])
    return ParsedBatch(staging, manifest_frame, reject_frame, timings)


def parse_file(
    f: InboxFile, run_id: str, max_file_bytes: int, seen_sha: dict[str, str], timings: Counter
) -> tuple[dict, dict[str, list[dict]] | None, list[Reject]]:
    """One file's manifest row, its staging records per table (None when it is not loaded) and its rejects.

    `seen_sha` (raw and text sha256 → the first file of the batch with them) learns the file's
    hashes; `timings` gets the seconds spent reading, decoding and extracting it.
    """
    row = {
        "source_path": f.source_path,
        "size_bytes": f.size_bytes,
        "mtime": f.mtime,
        "content_sha256": None,
        "text_sha256": None,  # not a manifest column: skip_known_content compares it
        "status": LOADED,
        "error": None,
        "last_run_id": run_id,
    }

    def turned_away(status: str, error: str, stage: str | None = None):
        """The file is not loaded: `status` and why; a stage also records a reject."""
        row.update(status=status, error=error)
        return row, None, [Reject(f.source_path, stage, error, "{}")] if stage else []

    unread = not_to_read(f, max_file_bytes)
    if unread:
        return turned_away(*unread)
    clock = time.perf_counter
    started = clock()
    try:
        raw, size = read_regular_file(f.path, max_file_bytes)
    except NotRegularFile as exc:
        return turned_away(SKIPPED, str(exc))
    except OSError as exc:
        return turned_away(FAILED, f"cannot read file: {exc.strerror or exc}; check permissions and rerun")
    finally:
        timings["read"] += clock() - started
    if len(raw) > max_file_bytes:  # it grew since discovery
        return turned_away(REJECTED, too_large(size, max_file_bytes), STAGE_DISCOVER)
    sha = row["content_sha256"] = hashlib.sha256(raw).hexdigest()
    if sha in seen_sha and seen_sha[sha] != f.source_path:
        return turned_away(SKIPPED, f"same content as {seen_sha[sha]}: loaded once, as that file")
    seen_sha[sha] = f.source_path
    started = clock()
    try:
        text, encoding, page_meta = article_text(raw)
    except (DecodeError, PageError) as exc:
        return turned_away(REJECTED, str(exc), STAGE_HTML if isinstance(exc, PageError) else STAGE_DECODE)
    finally:
        timings["decode"] += clock() - started
    # (equal to the raw sha256 for a UTF-8 file that needed no normalising)
    text_sha = row["text_sha256"] = article_sha256(text, page_meta)
    if seen_sha.get(text_sha, f.source_path) != f.source_path:
        return turned_away(SKIPPED, f"same content as {seen_sha[text_sha]}: loaded once, as that file")
    seen_sha[text_sha] = f.source_path
    started = clock()
    try:
        extracted = extract_article(text, f.source_path, sha, encoding, page_meta)
    except Exception as exc:  # an extractor bug must not lose the file: it is recorded as failed
        return turned_away(FAILED, f"extract failed: {type(exc).__name__}: {exc}")
    finally:
        timings["extract"] += clock() - started
    records = {"stg_article": [dict(extracted.article, text_sha256=text_sha)]}
    for table, rows in (
        ("stg_meeting", extracted.meetings),
        ("stg_person_mention", extracted.person_mentions),
        ("stg_meeting_person", extracted.meeting_persons),
        ("stg_document_mention", extracted.document_mentions),
        ("stg_person_title", extracted.person_titles),
        ("stg_appointment", extracted.appointments),
    ):
        records[table] = [dict(r, source_path=f.source_path) for r in rows]
    return row, records, []


def not_to_read(f: InboxFile, max_file_bytes: int) -> tuple[str, str, str | None] | None:
    """(status, reason, reject stage or None) for a file that discovery already tells is not to be read."""
    if f.skip_reason:
        return f.skip_status, f.skip_reason, STAGE_DISCOVER if f.skip_status == REJECTED else None
    suffix = os.path.splitext(f.path)[1]
    if suffix.lower() not in ARTICLE_SUFFIXES:
        return SKIPPED, f"not an article file type ({suffix or 'no extension'})", None
    if f.size_bytes > max_file_bytes:
        return REJECTED, too_large(f.size_bytes, max_file_bytes), STAGE_DISCOVER
    return None


# Id columns that may be null: pandas would read them as floats, and lose their low digits.
_NULLABLE_IDS = {"stg_appointment": ("title_id",)}


def validated(records: dict[str, list[dict]]) -> tuple[dict[str, pd.DataFrame], list[Reject]]:
    """The batch's staging frames, its impossible dates nulled and its invalid rows (and their orphans) out."""
    rejects = null_impossible_dates(records)  # the rows stay, without the date
    records["stg_document_mention"] = undated_rekeyed(records["stg_document_mention"])
    staging = {}
    for table, schema in SCHEMAS.items():
        frame = pd.DataFrame(records[table], columns=_COLUMNS[table])
        for column in _NULLABLE_IDS.get(table, ()):  # 63-bit ids with gaps: a float column would round them
            frame[column] = pd.array([r.get(column) for r in records[table]], dtype="Int64")
        good, bad = validate(frame, schema, stage=table_stage(STAGE_VALIDATE, table))
        staging[table] = good
        rejects += bad
    _drop_orphans(staging)
    return staging, rejects


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
    for table in (
        "stg_meeting",
        "stg_person_mention",
        "stg_document_mention",
        "stg_meeting_person",
        "stg_person_title",
        "stg_appointment",
    ):
        df = staging[table]
        staging[table] = df[df["article_id"].isin(articles)]
    meetings = set(staging["stg_meeting"]["meeting_id"])
    persons = set(staging["stg_person_mention"]["person_id"])
    mp = staging["stg_meeting_person"]
    staging["stg_meeting_person"] = mp[mp["meeting_id"].isin(meetings) & mp["person_id"].isin(persons)]
    pt = staging["stg_person_title"]
    staging["stg_person_title"] = pt[pt["person_id"].isin(persons)]
    ap = staging["stg_appointment"]
    staging["stg_appointment"] = ap[ap["person_id"].isin(persons)]
