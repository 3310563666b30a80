"""Meetings: the events an article reports, their date, kind, organiser, place, and who did what.

A meeting is anchored by a dated sentence that speaks of a meeting ('Chiều 3-4, Ban Tổ chức
Trung ương tổ chức Hội nghị giao ban ...'): the lead's first such sentence, any later paragraph
that opens with a date ('* Chiều 30-5, Đảng ủy Sở ... tổ chức ...'), or, failing those, a meeting
noun followed by its date anywhere ('Hội nghị giao ban chiều 24-8-2020' in a caption). A lead
that reports chairs or attendees without a day gives an undated meeting. Dates with a year far
from the article's own time are history, not reports.
"""

import bisect
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from transforms import vocabulary as V
from transforms.clean import CleanArticle, published_date
from transforms.dates import DateMention, find_dates, find_month, is_range_part, reference_year, resolve
from transforms.persons import Mention, Person
from transforms.text import UPPER, fold, fold_aligned

_MEETING_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(c)) for c in V.MEETING_CUES) + r")(?!\w)")
_KINDS = tuple(
    (kind, tuple(fold(w) if w.strip() == w else fold(w) + " " for w in words)) for kind, words in V.MEETING_KINDS
)
_ONLINE = tuple(fold(c) for c in V.ONLINE_CUES)
# After "dự": not one of the terms in which it does not mean "attend" ("dự khuyết", "dự thảo" ...).
_NOT_ATTEND = r"(?! (?:" + "|".join(re.escape(w.removeprefix("dự ")) for w in V.NOT_ATTEND_DU) + r"))"
_PRESENCE_RE = re.compile(r"(?<!\w)(?:chủ trì|tham dự|dự)(?!\w)" + _NOT_ATTEND)
# A sentence ends after . ! ? … or at a newline. The match starts at the mark itself rather than
# looking behind for it: quicker to scan for (docs/extraction.md, "speed").
_SENTENCE_END_RE = re.compile(r"[.!?…][\"”]?\s+(?=[\"“(]?[" + UPPER + r"*-])|\n")
_OPENING_RE = re.compile(r"^\s*(?:\*\s*|[-–]\s*)?")
_POINTS_RE = re.compile(r"(\d+)\s+điểm cầu")
_BRIDGE_RE = re.compile(
    r"điểm cầu\s+(?:(?:của\s+)?(?:tỉnh|thành phố|TP\.?)\s+)?([" + UPPER + r"][\w]*(?:\s+[" + UPPER + r"][\w]*)*)"
)
_NAMED = r"[" + UPPER + r"]\w*(?:\s+[" + UPPER + r"]\w*)*"  # a capitalised place name
_VENUE_RE = re.compile(
    r"\btại\s+(?!Hội nghị|Hội thi|Đại hội|Lễ|buổi|Phiên)"
    r"((?:hội trường|nhà văn hóa|trụ sở|huyện|tỉnh|thành phố|thị xã|xã|TP\.?)?\s*" + _NAMED + ")"
)
_ORGANIZER_RE = re.compile(
    r"^(?P<org>[" + UPPER + r"][^,;.]{3,120}?)\s+(?:đã\s+)?(?:long trọng\s+)?"
    r"(?:tổ chức|phối hợp|tiến hành|chủ trì|khai giảng|triển khai|họp)\b"
)
_CENTRAL_BRIDGES = ("Trung ương", "Ban Tổ chức Trung ương", "Hà Nội (Trung ương)")
HISTORY_YEARS = 1  # a dated event more than this many years before the article's time is history


@dataclass
class Meeting:
    ordinal: int
    meeting_date: date | None
    date_text: str | None
    kind: str
    organizer: str | None
    location: str | None
    is_online: bool
    connection_points: int | None
    evidence_start: int
    evidence_end: int


@dataclass(frozen=True)
class Participation:
    meeting_ordinal: int
    person_key: str
    role: str
    title_text: str


@lru_cache(maxsize=16)  # meetings and roles both split the same body
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for m in _SENTENCE_END_RE.finditer(text):
        end = m.start() if m.group() == "\n" else m.start() + 1  # the mark belongs to its sentence
        if end > start:
            spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def _sentence_of(spans: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1  # spans are sorted and disjoint
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else (pos, pos)


def find_meetings(article: CleanArticle, skip_spans: list[tuple[int, int]]) -> list[Meeting]:
    """The meetings `article` reports. `skip_spans` are document dates, which are not meeting days."""
    text = article.body_text
    low = fold_aligned(text)
    published = published_date(article)
    ref_year = published.year if published else (article.year_hint or reference_year(text))
    spans = sentence_spans(text)
    body = article.parts("body")
    dates = [
        d
        for d in find_dates(text)
        if not any(a <= d.start < b for a, b in skip_spans)
        and not is_range_part(text, d)
        and not _in_title(article, d.start)
    ]

    anchors: list[tuple[DateMention | None, tuple[int, int]]] = []
    for n, (offset, para) in enumerate(body):
        in_para = [d for d in dates if offset <= d.start < offset + len(para)]
        for d in in_para:
            sentence = _sentence_of(spans, d.start)
            opens = d.start - offset <= len(_OPENING_RE.match(para).group()) + 25
            if d.marked and (n == 0 or opens) and _MEETING_RE.search(low[sentence[0] : sentence[1]]):
                anchors.append((d, sentence))
                break
    if not anchors:  # 'Hội nghị giao ban chiều 24-8-2020': a meeting noun with its day, anywhere
        for d in dates:
            sentence = _sentence_of(spans, d.start)
            before = low[max(sentence[0], d.start - 40) : d.start]
            if re.search(r"(?:hội nghị|giao ban|họp|hội thi|đại hội)[^,;.]{0,25}$", before):
                anchors.append((d, sentence))
                break
    if not anchors and body:  # a lead about who chaired or attended, without a day
        offset, para = body[0]
        sentence = _sentence_of(spans, offset)
        lead_low = low[offset : offset + len(para)]
        if _MEETING_RE.search(lead_low) and _PRESENCE_RE.search(lead_low):
            anchors.append((None, (offset, offset + len(para))))

    meetings: list[Meeting] = []
    for mention, (s_start, s_end) in anchors:
        day = resolve(mention, published, ref_year) if mention else None
        if mention and mention.year and ref_year and ref_year - mention.year > HISTORY_YEARS:
            continue  # 'Ngày 03/02/1930, ... đã họp': history told by the article (a later year is a typo)
        sentence = text[s_start:s_end]
        meetings.append(
            Meeting(
                ordinal=len(meetings) + 1,
                meeting_date=day,
                date_text=mention.text if mention else find_month(sentence),  # a month: text kept, no day
                kind=_kind(fold_aligned(sentence), fold_aligned(article.title or "")),
                organizer=_organizer(sentence, mention, s_start),
                location=_location(text, sentence),
                is_online=any(c in low for c in _ONLINE),
                connection_points=_points(low),
                evidence_start=s_start,
                evidence_end=s_end,
            )
        )
    return meetings


def _in_title(article: CleanArticle, pos: int) -> bool:
    first = article.paragraphs[0] if article.paragraphs else None  # the headline always comes first
    return first is not None and first.kind == "title" and first.start <= pos < first.end


def _kind(sentence_low: str, title_low: str) -> str:
    for source in (sentence_low, title_low):
        for kind, words in _KINDS:
            if kind not in ("hội nghị", "họp") and all(w in source for w in words):
                return kind
    return "họp" if "họp" in sentence_low and "hội nghị" not in sentence_low else "hội nghị"


def _organizer(sentence: str, mention: DateMention | None, s_start: int) -> str | None:
    rest = sentence[mention.end - s_start :] if mention else sentence
    rest = re.sub(r"^[\s,)]*(?:tại\s+[^,]+,\s*)?", "", rest)
    m = _ORGANIZER_RE.match(rest)
    return m.group("org").strip() if m else None


def _location(text: str, sentence: str) -> str | None:
    for m in _BRIDGE_RE.finditer(text):
        if m.group(1) not in _CENTRAL_BRIDGES:
            return m.group(1)
    m = _VENUE_RE.search(sentence)
    return m.group(1).strip() if m else None


def _points(low: str) -> int | None:
    if "điểm cầu" not in low:
        return None
    m = _POINTS_RE.search(low)
    return int(m.group(1)) if m else None


# --- roles -------------------------------------------------------------------------------------

_CHAIR_AFTER_RE = re.compile(r"sự chủ trì của|chủ trì[^.;]{0,40}?(?:\bcó\b|\blà\b|:)")
_CHAIR_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, V.CHAIR_CUES)) + r")(?!\w)")
_AWARD_RE = re.compile(r"(?<!\w)(?:trao|tặng)(?!\w)[^.]{0,120}?\bcho\b|(?<!\w)giải (?:nhất|nhì|ba)\b[^.]{0,40}?\bcho\b")
_APPOINT_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in V.APPOINT_CUES) + r")(?!\w)")
_APPOINT_AFTER_NAME_RE = re.compile(r"^[^.;]{0,160}?\s(?:làm|giữ chức)\s")
_ATTEND_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, V.ATTENDEE_CUES)) + r")(?!\w)" + _NOT_ATTEND)
_SPEAK_STRONG_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, V.SPEAKER_OVER_ATTENDEE_CUES)) + r")(?!\w)")
_SPEAK_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in V.SPEAKER_CUES) + r")(?!\w)")


def assign_roles(article: CleanArticle, meetings: list[Meeting], persons: list[Person]) -> list[Participation]:
    """One row per (meeting, person): the strongest role the article gives the person there."""
    if not meetings:
        return []
    text = article.body_text
    low = fold_aligned(text)
    spans = sentence_spans(text)
    bounds = [m.evidence_start for m in meetings[1:]]
    out: list[Participation] = []
    for person in persons:
        best: dict[int, str] = {}
        for mention in person.mentions:
            ordinal = 1 + sum(1 for b in bounds if mention.start >= b)
            if _in_caption_or_title(article, mention.start):
                ordinal = 1
            s_start, s_end = _sentence_of(spans, mention.start)
            role = _role(low, (s_start, s_end), mention)
            current = best.get(ordinal, "mentioned")
            if V.ROLE_PRIORITY.index(role) < V.ROLE_PRIORITY.index(current):
                best[ordinal] = role
            else:
                best.setdefault(ordinal, current)
        for ordinal, role in best.items():
            out.append(Participation(ordinal, person.name_key, role.replace("_strong", ""), person.title_text))
    return out


def _in_caption_or_title(article: CleanArticle, pos: int) -> bool:
    return any(p.kind in ("caption", "heading", "title") and p.start <= pos < p.end for p in article.paragraphs)


def _role(low: str, sentence_span: tuple[int, int], mention: Mention) -> str:
    s_start, s_end = sentence_span
    sentence = low[s_start:s_end]
    before, after = low[s_start : mention.span_start], low[mention.span_end : s_end]
    after_name = low[mention.end : s_end]
    chair_after = _CHAIR_AFTER_RE.search(before)
    if chair_after and not re.search(r"[;]\s*(?:tham dự|dự)", before[chair_after.end() :]):
        return "chair"
    chair = _CHAIR_RE.search(after)
    if chair and not _CHAIR_AFTER_RE.search(before) and "chỉ đạo" not in after[: chair.start()]:
        if not re.search(r"[.;:]", after[: chair.start()]) or "đồng chủ trì" in after[: chair.end() + 1]:
            return "chair"
    if _APPOINT_RE.search(before) or _APPOINT_AFTER_NAME_RE.match(after_name):
        return "appointee"
    if _AWARD_RE.search(before):
        return "awardee"
    if _SPEAK_STRONG_RE.search(sentence):
        return "speaker_strong"
    if _ATTEND_RE.search(before) or _ATTEND_RE.search(after):
        return "attendee"
    if _SPEAK_RE.search(sentence):
        return "speaker"
    return "mentioned"
