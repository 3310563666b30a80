"""Extract: one decoded article → staging records for every staging table.

Pure: no I/O, no Prefect, no DuckDB. IDs are stable hashes of natural keys, so reruns,
re-orderings and crash recovery always produce the same rows.
"""

import hashlib
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time
from functools import lru_cache

from hoinghi.transforms.appointments import Appointment, find_appointments
from hoinghi.transforms.clean import clean_text
from hoinghi.transforms.documents import find_documents
from hoinghi.transforms.events import day_part, organizer_key
from hoinghi.transforms.meetings import assign_roles, find_meetings
from hoinghi.transforms.persons import Person, find_persons
from hoinghi.transforms.text import fold, name_key, nfc
from hoinghi.transforms.titles import parse_title, position_at
from hoinghi.transforms.webpage import PageMeta


def stable_id(*parts: object) -> int:
    """A positive 63-bit integer from the natural key, the same on every machine and run."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


@lru_cache(maxsize=1 << 14)  # the same persons and titles recur in article after article
def person_id(full_name: str) -> int:
    return stable_id("person", name_key(full_name))


def document_id(code_key: str, issued: date | None = None) -> int:
    """A dated document is its code and issue date: numbering restarts each term (35-CT/TW of 2019 and of
    2024), and every provincial committee numbers its own (…-QĐ/TU); an undated citation is its code."""
    if issued is None:
        return stable_id("document", code_key)
    return stable_id("document", code_key, issued.isoformat())


def undated_rekeyed(mentions: list[dict]) -> list[dict]:
    """Document mentions whose date was dropped as impossible (schemas.dates) become the code's undated
    document, as their id says; one row per article and document, the first kept."""
    out, seen = [], set()
    for row in mentions:
        if row.get("issued_date") is None:
            row = {**row, "document_id": document_id(row["code_key"])}
        key = (row["article_id"], row["document_id"])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


@lru_cache(maxsize=1 << 14)
def title_id(title_text: str) -> int:
    return stable_id("title", nfc(title_text))


@dataclass
class ArticleRecords:
    """Staging rows of one article, one list of dicts per staging table."""

    article: dict
    meetings: list[dict] = field(default_factory=list)
    person_mentions: list[dict] = field(default_factory=list)
    meeting_persons: list[dict] = field(default_factory=list)
    document_mentions: list[dict] = field(default_factory=list)
    person_titles: list[dict] = field(default_factory=list)
    appointments: list[dict] = field(default_factory=list)


def _page_time(page: datetime | None, text: datetime | None) -> datetime | None:
    """The page's metadata wins, but a day without its time (read as midnight) takes the text's
    time of that day ('18/06/2024 17:05' under the headline)."""
    if page is None:
        return text
    if text is not None and page.time() == time() and text.date() == page.date():
        return text
    return page


def extract_article(
    text: str, source_path: str, content_sha256: str, encoding: str, page: PageMeta | None = None
) -> ArticleRecords:
    """Clean `text` and extract its article, meetings, persons (with titles, roles) and documents.

    `page` is the metadata of the web page the text came from: its date and authors are more
    reliable than what the text shows, so they win.
    """
    clean = clean_text(text)
    if page is not None:
        clean = replace(
            clean,
            title=clean.title or page.title,
            published_at=_page_time(page.published_at, clean.published_at)
            if page.dated_by_metadata or clean.published_at is None
            else clean.published_at,
            authors=page.authors or clean.authors,
        )
    body = clean.body_text
    article_id = stable_id("article", content_sha256)
    records = ArticleRecords(
        article={
            "article_id": article_id,
            "source_path": source_path,
            "content_sha256": content_sha256,
            "title": clean.title,
            "published_at": clean.published_at,
            "source_name": clean.outlet,
            "authors": "; ".join(clean.authors) or None,
            "category": clean.category,
            "body_text": body,
            "encoding": encoding,
        }
    )
    published = clean.published_at.date() if clean.published_at else None
    documents = find_documents(body, published, clean.year_hint)
    cited: set[int] = set()
    for doc in documents:
        doc_id = document_id(doc.code_key, doc.issued_date)
        if doc_id in cited:
            continue  # one row per document and article: its first mention is the evidence
        cited.add(doc_id)
        records.document_mentions.append(
            {
                "article_id": article_id,
                "document_id": doc_id,
                "doc_code": doc.doc_code,
                "code_key": doc.code_key,
                "doc_type": doc.doc_type,
                "doc_number": doc.doc_number,
                "issuer_code": doc.issuer_code,
                "issued_date": doc.issued_date,
                # The date as written, so a day that does not exist ('ngày 0-2-2023') is reported when
                # it is dropped (schemas.dates); not a staging column.
                "issued_date_text": body[slice(*doc.date_span)].strip(" ,") if doc.date_has_year else None,
                "title": doc.title,
                "mention_text": doc.mention_text,
                "evidence_start": doc.start,
                "evidence_end": doc.end,
            }
        )
    persons = find_persons(body)
    meetings = find_meetings(clean, [d.date_span for d in documents if d.date_span])
    meeting_ids = {m.ordinal: stable_id("meeting", article_id, m.ordinal) for m in meetings}
    for m in meetings:
        records.meetings.append(
            {
                "meeting_id": meeting_ids[m.ordinal],
                "article_id": article_id,
                "ordinal": m.ordinal,
                "meeting_date": m.meeting_date,
                "date_text": m.date_text,
                "meeting_kind": m.kind,
                "organizer": m.organizer,
                # Event identity (transforms/events.py): one key for every spelling of the organising body.
                "organizer_key": organizer_key(m.organizer, body),
                "day_part": day_part(m.date_text),
                "location": m.location,
                "is_online": m.is_online,
                "connection_points": m.connection_points,
                "evidence_start": m.evidence_start,
                "evidence_end": m.evidence_end,
            }
        )
    appointments = find_appointments(body, persons, documents, meetings, published)
    for appointment in appointments:
        records.appointments.append(appointment_row(appointment, article_id))
    for person in persons:
        given = posts_given(person, appointments, body)
        first = person.mentions[0]
        records.person_mentions.append(
            {
                "article_id": article_id,
                "person_id": person_id(person.full_name),
                "full_name": person.full_name,
                "name_key": person.name_key,
                "title_text": ", ".join(person.titles + given) or None,
                "titles": "; ".join(person.held_titles + given) or None,
                "evidence_start": first.start,
                "evidence_end": first.end,
            }
        )
        records.person_titles += person_title_rows(person, body, article_id, given)
    ids = {p.name_key: person_id(p.full_name) for p in persons}
    for part in assign_roles(clean, meetings, persons):
        records.meeting_persons.append(
            {
                "meeting_id": meeting_ids[part.meeting_ordinal],
                "article_id": article_id,
                "person_id": ids[part.person_key],
                "role": part.role,
                "title_text": part.title_text or None,
            }
        )
    return records


# The changes whose post the person holds from then on (LABELING.md: a post only nominated for is no title; the post a
# relief or retirement names is the one left). A move is one; appointments._TITLE_GIVING_ACTIONS, which leaves it out,
# answers another question (which title written before a change the change gave: before a move, the post left).
TITLE_GIVING_ACTIONS = ("appoint", "approve", "designate", "elect", "transfer")


def posts_given(person: Person, appointments: list[Appointment], body: str) -> list[str]:
    """The posts the article's changes give `person` that none of the titles written with their name already says
    ('… bầu bổ sung 2 Ủy viên Ban Thường vụ Huyện ủy gồm: đồng chí A, …', 'Ông A được Ban Bí thư chuẩn y làm Phó bí
    thư Tỉnh ủy Thanh Hóa'): titles too, as the article writes them. A title that the post begins (the post with its
    term, 'Bí thư Tỉnh ủy khóa XVII') says it already; a shorter one ('Phó bí thư Tỉnh ủy') does not."""
    held = [fold(t) for t in person.titles]
    given: list[str] = []
    for a in appointments:
        if a.person is not person or a.action not in TITLE_GIVING_ACTIONS or not a.position or a.position not in body:
            continue
        post = fold(a.position)
        if position_at(post) and not any(t.startswith(post) for t in held):
            held.append(post)
            given.append(a.position)
    return given


def person_title_rows(person: Person, body: str, article_id: int, given: list[str] | None = None) -> list[dict]:
    """stg_person_title rows: each title the article gives `person`, parsed, with where it is written.

    A title is one the person holds (a title phrase with the organ phrases that continue it), kept as
    one row when the article writes it that way; otherwise (the phrases are apart in the text) each
    phrase is its own row. Every title_text is a piece of the article, as written.
    """
    texts = [t for t in person.held_titles if t in body]
    for held in person.held_titles:
        if held not in body:  # joined from phrases the text separates otherwise: keep the phrases
            texts += [t for t in person.titles if t in held and t in body]
    texts += given or []  # (posts_given: each written in the body)
    rows, seen = [], set()
    for text in texts:
        tid = title_id(text)
        if tid in seen:
            continue
        seen.add(tid)
        start = _nearest(body, text, [m.start for m in person.mentions])
        rows.append(
            {
                "article_id": article_id,
                "person_id": person_id(person.full_name),
                "title_id": tid,
                "title_text": nfc(text),
                **_title_columns(text),
                "evidence_start": start,
                "evidence_end": start + len(text),
            }
        )
    return rows


@lru_cache(maxsize=16384)
def _title_columns(text: str) -> dict:
    """The dim_title columns of a title phrase (parsed once per phrase; callers copy the dict)."""
    parts = parse_title(text)
    return {**asdict(parts), "sole_holder": parts.sole_holder}


def appointment_row(a: Appointment, article_id: int) -> dict:
    """A stg_appointment row: the change, its post parsed like every title (dim_title's columns)."""
    pid = person_id(a.person.full_name)
    position = nfc(a.position) if a.position else None
    parts = parse_title(position) if position else None
    return {
        "appointment_id": stable_id("appointment", article_id, pid, a.action, a.start, position),
        "article_id": article_id,
        "person_id": pid,
        "action": a.action,
        "position_text": position,
        "title_id": title_id(position) if position else None,
        "from_position_text": nfc(a.from_position) if a.from_position else None,
        "decision_code": a.decision_code,
        "effective_date": a.effective_date,
        "title_position": parts.position if parts else None,
        "title_organ": parts.organ if parts else None,
        "title_parent_organ": parts.parent_organ if parts else None,
        "title_place": parts.place if parts else None,
        "title_level": parts.level if parts else None,
        "title_kind": parts.kind if parts else None,
        "title_status": parts.status if parts else None,
        "title_sole_holder": parts.sole_holder if parts else False,
        "evidence_start": a.start,
        "evidence_end": a.end,
    }


def _nearest(body: str, text: str, anchors: list[int]) -> int:
    """Where `text` is written closest to one of the `anchors` (the person's mentions)."""
    starts, at = [], body.find(text)
    while at >= 0:
        starts.append(at)
        at = body.find(text, at + 1)
    return min(starts, key=lambda s: min(abs(s - a) for a in anchors))
