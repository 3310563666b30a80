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
from dataclasses import dataclass, replace
from datetime import date, timedelta

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.clean import CleanArticle, published_date
from hoinghi.transforms.dates import (
    DateMention,
    find_dates,
    find_month,
    infer_year,
    is_not_event_day,
    is_range_part,
    opens_with_span,
    reference_year,
    resolve,
)
from hoinghi.transforms.documents import items_below, lines_below
from hoinghi.transforms.persons import Mention, Person
from hoinghi.transforms.text import (
    UPPER,
    fold,
    fold_aligned,
    folded_alternation,
    new_tone_style,
    sentence_spans,
    squash_spaces,
)
from hoinghi.transforms.titles import position_at, title_end
from hoinghi.warehouse import contract as C  # the role names the warehouse stores (no DuckDB: plain constants)


def _any(words: tuple[str, ...]) -> str:
    """The words as an alternation, in their order (put the longer first where one begins another)."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def _abbreviated(words: tuple[str, ...]) -> str:
    """As `_any` without the group, an upper-case word (an abbreviation: 'TP') perhaps with a dot after it."""
    return "|".join(re.escape(w) + (r"\.?" if w.isupper() else "") for w in words)


def _cue(cue: str) -> str:
    """A folded cue as a whole word, not the start of a compound that means something else ('trao đổi')."""
    folded = fold(cue)
    others = [fold(w)[len(folded) :] for w in V.NOT_MEETING_COMPOUNDS if fold(w).startswith(folded + " ")]
    return re.escape(folded) + r"(?!\w)" + (f"(?!{'|'.join(map(re.escape, others))})" if others else "")


_MEETING_RE = re.compile(r"(?<!\w)(?:" + "|".join(_cue(c) for c in V.MEETING_CUES) + r")")
# ... told as a plan ('Theo chương trình, ngày 10/3, đoàn công tác sẽ làm việc với …'): no meeting held
_FUTURE_RE = re.compile(r"(?<!\w)" + _any(tuple(map(fold, V.FUTURE_WORDS))) + r"(?!\w)")
# A meeting noun with a day after it, in the 40 characters before the day (see find_meetings).
_MEETING_NOUN_RE = re.compile(r"(?<!\w)" + _any(tuple(map(fold, V.MEETING_NOUNS))) + r"(?!\w)")
_NOUN_BEFORE_DATE_RE = re.compile(_any(tuple(map(fold, V.MEETING_NOUNS))) + r"[^,;.]{0,25}$")
_NOUN_OF_SPAN_RE = re.compile("(" + _any(tuple(map(fold, V.MEETING_NOUNS))) + r")[^;.]{0,30}$")
_KINDS = tuple(
    (kind, tuple(fold(w) if w.strip() == w else fold(w) + " " for w in words)) for kind, words in V.MEETING_KINDS
)
_ONLINE = tuple(fold(c) for c in V.ONLINE_CUES)
# After "dự": not one of the terms in which it does not mean "attend" ("dự khuyết", "dự thảo" ...).
_NOT_ATTEND = r"(?! (?:" + "|".join(re.escape(w.removeprefix(V.ATTEND_WORD + " ")) for w in V.NOT_ATTEND_DU) + r"))"
_PRESENCE_RE = re.compile(r"(?<!\w)" + _any(V.PRESENCE_CUES) + r"(?!\w)" + _NOT_ATTEND)
_OPENING_RE = re.compile(r"^\s*(?:\*\s*|[-–]\s*)?")
# the opener, then at most the day's own words ('chiều', 'ngày') before the day
_EARLIER_EVENT_RE = re.compile(rf"\s*{_any(tuple(map(fold, V.EARLIER_EVENT_OPENERS)))}\s*,\s*(?:\S+\s+){{0,2}}$")
_EARLIER_OPENER_RE = re.compile(rf"\s*{_any(tuple(map(fold, V.EARLIER_EVENT_OPENERS)))}\s*,")
_CLAUSE_BREAK_RE = re.compile(r"[,;:]")
# A meeting's term set off by commas is part of its name, no clause: 'Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030 diễn
# ra ngày 25/7/2025'
_TERM_SET_OFF_RE = re.compile(
    rf",\s*(?:{folded_alternation((*V.TITLE_TERM_WORDS, *V.TITLE_COURSE_WORDS))})\s+"
    r"(?:\d{4}\s*[-–]\s*\d{4}|[ivxlc]+)(?![\w-])(?=\s|,)"
)
_AT_BEFORE_NOUN = fold(V.AT_WORD) + " "
_NAME_WORDS_RE = re.compile(rf"(?:\s+\S+){{0,{V.AT_MEETING_REACH}}}\s+")
_HELD = _any(tuple(map(fold, V.MEETING_HELD_VERBS)))  # diễn ra|được tổ chức|…
_HELD_ON_RE = re.compile(rf"(?<!\w){_HELD}\s+(?:{re.escape(fold(V.AT_TIME_WORD))}\s+)?$")
# '… kỳ họp thứ 31 diễn ra trong 2 ngày 17 và 18-11': the days a meeting was held over, after its verb
_DAYS_NOUN = re.escape(fold(V.EVENT_DAYS_WITHIN_NOUN))
_HELD_OVER_RE = re.compile(
    rf"(?<!\w){_HELD}\s+{_any(tuple(map(fold, V.EVENT_DAYS_WITHIN)))}\s+"
    rf"(?:\d{{1,2}}|{_any(tuple(map(fold, V.EVENT_DAYS_COUNTS)))})\s+(?:{_DAYS_NOUN}\s+)?$"
)
# '… diễn ra từ ngày 15 đến 17/10': the days an event was held over, after its verb
_HELD_FROM_RE = re.compile(rf"(?<!\w){_HELD}\s+(?:{_any(tuple(map(fold, V.RANGE_START_BEFORE)))}\s+)?$")
_DAY_WORDS_ONLY_RE = re.compile(r"\s*(?:\S+\s+){0,2}$")
# the day's clause closed, the meeting is the subject: ', Hội nghị lần thứ 17 …', ', Kỳ họp thứ 7 …'
_MEETING_SUBJECT_RE = re.compile(r"\s*,\s*(?:\w+\s+)?" + _any(tuple(map(fold, V.MEETING_NOUNS))) + r"(?!\w)")
_BRIDGE = re.escape(V.BRIDGE_WORD)
_POINTS_RE = re.compile(r"(\d+)\s+" + _BRIDGE)
# A place or venue name: capitalised words, and the words of several syllables that a name
# capitalises on the first syllable only ('Ban Tổ chức Trung ương', 'Tỉnh ủy Sóc Trăng'). Matched
# on the text in new tone style ('Tỉnh uỷ' → 'Tỉnh ủy'), which keeps every offset.
_COMPOUNDS = "|".join(re.escape(w[0].upper() + w[1:]) for w in V.NAME_COMPOUNDS)  # longest first
_NAME_WORD = r"(?:(?:" + _COMPOUNDS + r")(?!\w)|[" + UPPER + r"]\w*)"
# (within a paragraph: 'Hà Tĩnh có 252 điểm cầu' ending a headline names no place of the lead after it)
_NAMED = _NAME_WORD + r"(?:[^\S\n]+" + _NAME_WORD + r")*"
_OF = re.escape(V.OF_WORD)
_BRIDGE_RE = re.compile(rf"{_BRIDGE}[^\S\n]+(?:(?:{_OF}\s+)?(?:{_abbreviated(V.BRIDGE_LOCALITIES)})\s+)?({_NAMED})")
_CENTRE_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, V.CENTRE_WORDS)) + r")(?!\w)")
_PAREN_RE = re.compile(r"\s*\(([^()]{1,40})\)")  # 'điểm cầu Hà Nội (Trung ương)'
# 'tại X' is a place unless X is an event ('tại Hội nghị') or a document ('tại Quyết định số ...').
_NOT_VENUE = (*V.NOT_VENUE_WORDS, *V.DOC_TYPE_WORDS)
_AT = re.escape(V.AT_WORD)
_VENUE_RE = re.compile(
    r"\b" + _AT + r"\s+(?!" + "|".join(map(re.escape, _NOT_VENUE)) + ")"
    r"((?:" + "|".join(map(re.escape, V.VENUE_NOUNS)) + "|" + _abbreviated(V.VENUE_LOCALITIES) + r")?\s*" + _NAMED + ")"
)
_ADVERBS = "".join(rf"(?:{re.escape(w)}\s+)?" for w in V.ORGANIZER_VERB_ADVERBS)  # (?:đã\s+)?(?:long trọng\s+)?
_MET_AFTER_DAY_RE = re.compile(rf"\s*,\s*[^,;.]{{3,80}}?\s{_ADVERBS}{_any(tuple(map(fold, V.MET_VERBS)))}(?!\w)")
# A dot right before a letter is an abbreviation's ('Ban Tổ chức T.Ư', 'Thành ủy TP.HCM'), not a sentence's end.
_ORGANIZER_RE = re.compile(rf"^(?P<org>[{UPPER}](?:[^,;.]|\.(?=\w)){{3,120}}?)\s+{_ADVERBS}{_any(V.ORGANIZER_VERBS)}\b")
# Before the organiser: 'Chiều 3-4, tại Hà Nội, Ban Tổ chức ...'.
_BEFORE_ORGANIZER_RE = re.compile(r"^[\s,)]*(?:" + _AT + r"\s+[^,]+,\s*)?")
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
    # the day the reporting sentence names, when the meeting is dated by the first day of a span told for
    # it ('Chiều 10.7, tại Kỳ họp …' of a session 'từ ngày 9 đến 11.7'): the changes it reports were made
    # then (not when the sentence tells the close: 'Chiều 25/6, … Đại hội … bế mạc')
    reported_date: date | None = None
    # the last day of a span told for it ('Từ ngày 4 đến 5/6': 5/6), when the meeting ran over several days
    closing_date: date | None = None


@dataclass(frozen=True)
class Participation:
    meeting_ordinal: int
    person_key: str
    role: str
    title_text: str


def _sentence_of(spans: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1  # spans are sorted and disjoint
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else (pos, pos)


def find_meetings(article: CleanArticle, skip_spans: list[tuple[int, int]]) -> list[Meeting]:
    """The meetings `article` reports. `skip_spans` are document dates, which are not meeting days."""
    text = article.body_text
    low = fold_aligned(text)
    styled = new_tone_style(text)  # place names are matched in one tone spelling
    published = published_date(article)
    ref_year = published.year if published else article.year_hint
    history_year = ref_year or reference_year(text)  # the article's time, to tell history from reports
    spans = sentence_spans(text)
    body = article.parts("body")
    written = find_dates(text)  # every day written, spans of days too
    dates = [
        d
        for d in written
        if not any(a <= d.start < b for a, b in skip_spans)
        and (not is_range_part(text, d) or opens_with_span(text, d))
        and not is_not_event_day(text, d)
        and not _in_title(article, d.start)
    ]

    dated = [
        (_span_told_with(written, d, sentence, low), d, sentence)
        for d, sentence in _dated_anchors(body, dates, spans, low)
        # 'Ngày 03/02/1930, ... đã họp': history told by the article (a later year is a typo)
        if not (d and d.year and history_year and history_year - d.year > HISTORY_YEARS)
    ]
    anchors = dated or [(m, m, sentence) for m, sentence in _undated_anchors(article, body, low)]
    meetings: list[Meeting] = []
    spans_told: list[tuple[date, date]] = []  # the days of events told as spans ('Từ ngày 18 đến 20/8')
    spans_taken: set[int] = set()  # where the spans that dated a meeting are written
    spans_counted: list[tuple[date, date]] = []  # the days of events a closing counts ('Sau 5 ngày làm việc')
    for mention, told, (s_start, s_end) in anchors:
        if mention and mention.last_day:
            if mention.start in spans_taken:
                continue  # the span that dated the closing told in the lead: the same event
            spans_taken.add(mention.start)
        sentence = text[s_start:s_end]
        year = ref_year
        if mention and not (year or mention.year or mention.is_relative):
            year = infer_year(mention, text, (sentence, article.title or "", body[0][1] if body else ""))
        day = resolve(mention, published, year) if mention else None
        # (not a sentence telling the close: the changes were made before it, on the days of the event)
        sitting = told is not mention and told and not _CLOSING_RE.search(low, s_start, s_end)
        reported = resolve(told, published, year) if sitting else None
        organizer = _organizer(sentence, mention, s_start)
        if day and organizer and any(m.meeting_date == day and m.organizer == organizer for m in meetings):
            continue  # told again: a page's lead and its first paragraph ('Ngày 15/8/2025, Đảng bộ xã X tổ chức …')
        if day and any(first < day <= last for first, last in spans_told) and not _held_after(low, s_start, organizer):
            continue  # 'Chiều 20/8, lớp học bế giảng': a later day of the event already told
        if day and any(first <= day <= last for first, last in spans_counted):
            continue  # 'Hội nghị khai mạc sáng 12-10', 'Ngày 16-10, Trung ương thảo luận …': its sessions
        closing = None
        if day and mention and mention.last_day and mention.last_day > day.day:
            closing = day + timedelta(days=mention.last_day - day.day)
            spans_told.append((day, closing))
        date_text = mention.text if mention else find_month(sentence)  # a month: text kept, no day
        counted = _days_counted(low, s_start, s_end) if day and not (mention and mention.last_day) else None
        if counted and counted[0] > 1:  # 'Sau 5 ngày làm việc, chiều 16-10, … bế mạc': it began on the 12th
            spans_counted.append((day - timedelta(days=counted[0] - 1), day))
            day, reported, closing = day - timedelta(days=counted[0] - 1), None, day
            if counted[1] < mention.start:  # the words that date it: the count with the closing day
                date_text = squash_spaces(text[counted[1] : mention.end])
        meetings.append(
            Meeting(
                ordinal=len(meetings) + 1,
                meeting_date=day,
                date_text=date_text,
                kind=_kind(fold_aligned(sentence), fold_aligned(article.title or "")),
                organizer=organizer,
                location=_location(text, styled, s_start, s_end),
                is_online=any(c in low for c in _ONLINE),
                connection_points=_points(low),
                evidence_start=s_start,
                evidence_end=s_end,
                reported_date=reported if reported != day else None,
                closing_date=closing,
            )
        )
    return _with_earlier_sittings(meetings, low)


_EARLIER_SITTING_RE = re.compile(rf"(?<!\w){_any(tuple(fold(w) for w in V.EARLIER_SITTING_WORDS))}(?!\w)")
SITTINGS_SPAN = timedelta(days=7)  # the longest a meeting's sittings run (a congress, a plenum)


def _with_earlier_sittings(meetings: list[Meeting], low: str) -> list[Meeting]:
    """An earlier sitting of the first meeting, told after it by the meeting's noun alone ('Trước đó, chiều 5-8,
    Đại hội đã tiến hành phiên trù bị'), is no meeting of its own: the first meeting is dated by it, and the day
    the report names stays its reported day."""
    first = meetings[0] if meetings else None
    if first is None or first.meeting_date is None:
        return meetings
    kept = [first]
    for m in meetings[1:]:
        earlier = (
            m.meeting_date is not None
            and first.meeting_date - SITTINGS_SPAN <= m.meeting_date < first.meeting_date
            and m.organizer is not None
            and fold(m.organizer) == m.kind
            and first.kind.startswith(m.kind)
            and _EARLIER_SITTING_RE.search(low, m.evidence_start, m.evidence_end) is not None
        )
        if earlier:
            kept[0] = replace(
                kept[0],
                meeting_date=m.meeting_date,
                date_text=m.date_text,
                reported_date=kept[0].reported_date or kept[0].meeting_date,
            )
        else:
            kept.append(replace(m, ordinal=len(kept) + 1))
    return kept


_DAYS_COUNT_RE = re.compile(
    rf"(?<!\w){_any(tuple(fold(w) for w in V.EVENT_DAYS_BEFORE))}\s+"
    rf"(?P<n>\d{{1,2}}|{_any(tuple(fold(w) for w in V.EVENT_DAYS_COUNTS))})\s+"
    rf"{re.escape(fold(V.EVENT_DAYS_NOUN))}(?!\w)"
)
_DAYS_COUNTS = {fold(w): n for w, n in V.EVENT_DAYS_COUNTS.items()}


def _days_counted(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The days a closing sentence counts ('Sau 5 ngày làm việc, … bế mạc') and where the count is written."""
    m = _DAYS_COUNT_RE.search(low, start, end) if _CLOSING_RE.search(low, start, end) else None
    if not m:
        return None
    n = m.group("n")
    return (int(n) if n.isdigit() else _DAYS_COUNTS[n]), m.start()


_FRAME_RE = re.compile(rf"(?<!\w){_any(tuple(fold(w) for w in V.EVENT_FRAME_WORDS))}(?!\w)")
_CLOSING_RE = re.compile(rf"(?<!\w){_any(tuple(fold(w) for w in V.CLOSING_WORDS))}(?!\w)")


def _same_event(low: str, span: DateMention, sentence: tuple[int, int]) -> bool:
    """The span is told of the meeting the sentence names: 'Chiều 10.7, tại Kỳ họp thứ 21, …' and 'Kỳ họp
    diễn ra từ ngày 9 đến 11.7' (the noun right before the span, and in the sentence)."""
    noun = _NOUN_OF_SPAN_RE.search(low, max(0, span.start - 40), span.start)
    return bool(noun) and low.find(noun.group(1), *sentence) >= 0


def _span_told_with(
    written: tuple[DateMention, ...], mention: DateMention | None, sentence: tuple[int, int], low: str
) -> DateMention | None:
    """'Sau 3 ngày làm việc (từ ngày 13 đến 15/10), chiều 15/10, Đại hội … bế mạc': the days the event
    spans, told in the sentence of one of them, date it by its first (as '18 và 19-7' does); a sentence
    telling the close ('Chiều 25/6, … Đại hội … đã bế mạc') takes them wherever the article tells them
    ('Đại hội diễn ra trong 2 ngày 24 và 25/6')."""
    if mention is None or mention.month is None:
        return mention
    closing = _CLOSING_RE.search(low, *sentence)
    for span in written:
        if span.last_day and _FRAME_RE.search(low, mention.end, span.start):
            continue  # the span of the event the meeting is held within
        if _held_over_before(low, mention, span, sentence):
            return replace(span, year=span.year or mention.year)
        if (
            span.last_day
            and (
                sentence[0] <= span.start < sentence[1]
                or closing
                or _same_event(low, span, sentence)
                or _held_just_before(low, span, mention)
            )
            and mention.month == span.month
            and mention.day is not None
            and span.day is not None
            and span.day <= mention.day <= span.last_day
            and (mention.year is None or span.year in (None, mention.year))
        ):
            return replace(span, year=span.year or mention.year)
    return mention


def _held_just_before(low: str, span: DateMention, mention: DateMention) -> bool:
    """Whether the span is the days an event was held over, told earlier in the paragraph of `mention`: 'Đại hội …
    diễn ra từ ngày 15 đến 17/10 … . Tại phiên họp thứ nhất chiều 17/10, …' (the sitting is the event's)."""
    return (
        span.end <= mention.start
        and "\n" not in low[span.end : mention.start]
        and _HELD_FROM_RE.search(low, max(0, span.start - 20), span.start) is not None
    )


def _held_over_before(low: str, mention: DateMention, span: DateMention, sentence: tuple[int, int]) -> bool:
    """Whether the sentence, dated by `mention`, reports a meeting held over the earlier days of `span`: 'Ngày
    21-11, Ủy ban Kiểm tra … thông báo kết quả kỳ họp thứ 31 diễn ra trong 2 ngày 17 và 18-11' (the 21st is the
    report's day; the span's 'ngày' may be read with it)."""
    return bool(
        span.last_day
        and sentence[0] <= mention.start < span.start < sentence[1]
        and _HELD_OVER_RE.search(low, max(0, span.start - 40), span.start)
        and mention.day is not None
        and span.month == mention.month
        and span.last_day < mention.day
    )


def _dated_anchors(
    body: list[tuple[int, str]], dates: list[DateMention], spans: tuple[tuple[int, int], ...], low: str
) -> list[tuple[DateMention | None, tuple[int, int]]]:
    """The dated sentences that report a meeting: the lead's first, any paragraph opening with a day,
    or failing those a meeting noun with its day anywhere ('Hội nghị giao ban chiều 24-8-2020')."""
    anchors: list[tuple[DateMention | None, tuple[int, int]]] = []
    held: list[tuple[DateMention, tuple[int, int]]] = []  # meetings named in passing, with their day
    # A lead that names no day sums the news up ('Ủy ban Kiểm tra Trung ương thi hành kỷ luật …'): the
    # paragraph after it tells the news as a lead does ('Theo Thông báo …, trong hai ngày 20 và 21/8, … đã họp').
    leads = 2 if body and not any(body[0][0] <= d.start < body[0][0] + len(body[0][1]) for d in dates) else 1
    for n, (offset, para) in enumerate(body):
        in_para = [d for d in dates if offset <= d.start < offset + len(para)]
        for d in in_para:
            sentence = _sentence_of(spans, d.start)
            if _REPORTED_BY_RE.search(low, max(sentence[0], d.start - _REPORTED_BY_REACH), d.start):
                continue  # the day of the notice that tells the meeting
            opens = d.start - offset <= len(_OPENING_RE.match(para).group()) + 25
            cue = _MEETING_RE.search(low, sentence[0], sentence[1])
            # (a span opening the sentence is its days, however bare: 'Trong 3 ngày, từ 24 đến 26-6, …')
            day = d.marked or (d.last_day is not None and opens_with_span(low, d))
            if day and (n < leads or opens) and cue and not _FUTURE_RE.search(low, sentence[0], cue.start()):
                anchors.append((d, sentence))
                break
        for d in in_para:
            sentence = _sentence_of(spans, d.start)
            if d.marked and not any(s == sentence for _, s in anchors + held):
                if _tells_own_meeting(low, d, sentence):
                    anchors.append((d, sentence))
                elif _held_in_passing(low, d, sentence):
                    held.append((d, sentence))
    # (one held in passing on the day of another is a session of it: 'Phiên thứ nhất … diễn ra chiều 15/9')
    anchors += [(d, s) for d, s in held if not any(a and (a.day, a.month) == (d.day, d.month) for a, _ in anchors)]
    if not anchors:
        for d in dates:
            sentence = _sentence_of(spans, d.start)
            before = low[max(sentence[0], d.start - 40) : d.start]
            if _NOUN_BEFORE_DATE_RE.search(before):
                return [(d, sentence)]
    return anchors


_REPORTED_BY_RE = re.compile(rf"(?<!\w){_any(tuple(fold(w) for w in V.REPORTED_BY_WORDS))}(?:\s+[^\s,;]+){{0,12}}\s+$")
_REPORTED_BY_REACH = 90  # 'Theo thông báo của Ủy ban Kiểm tra Trung ương tối 13.3': the reporter's name between


def _held_in_passing(low: str, d: DateMention, sentence: tuple[int, int]) -> bool:
    """Whether a sentence names a meeting in passing with the verb that it was held and day `d` ('… sau kỳ họp thứ
    21 của Ủy ban Kiểm tra Đảng ủy Quân khu 7 diễn ra ngày 11-3 vừa qua'; not one 'dự kiến tổ chức ngày 20/12')."""
    met = _DAY_WORDS_ONLY_RE.match(low, sentence[0], d.start) and _MET_AFTER_DAY_RE.match(low, d.end)
    if met:  # 'Hôm 11-3, Ban Thường vụ Tỉnh ủy đã họp, …' (not 'Hôm nay (21/5), ông Nam sẽ chủ trì phiên họp …')
        return not _FUTURE_RE.search(low, d.end, met.end())
    nouns = list(_MEETING_NOUN_RE.finditer(low, sentence[0], d.start))
    if not nouns:
        return False
    between = (nouns[-1].end(), d.start)
    # (a comma right before the day sets it off, no clause: 'tại Hội nghị lần thứ 14, ngày 30/6/2023, …')
    set_off = between[0] + len(low[between[0] : d.start].rstrip().removesuffix(","))
    named = _TERM_SET_OFF_RE.sub("", low[between[0] : set_off])
    if _CLAUSE_BREAK_RE.search(named) or _FUTURE_RE.search(low, *between):
        return False
    # '… diễn ra ngày 11-3', or at the meeting named right before its day: 'tại Hội nghị lần thứ 8 hôm 23.6'
    at_it = low.endswith(_AT_BEFORE_NOUN, 0, nouns[-1].start()) and _NAME_WORDS_RE.fullmatch(low, *between)
    return bool(_HELD_ON_RE.search(low, *between) or at_it)


def _tells_own_meeting(low: str, d: DateMention, sentence: tuple[int, int]) -> bool:
    """Whether a sentence inside a paragraph tells a meeting of its own on day `d`: after an opener of an
    earlier event, the day then the meeting ('Trước đó, ngày 7/11, Hội nghị Ban Chấp hành … đã bầu …'; or of a
    later one: 'Ngay sau hội nghị toàn quốc, chiều 10/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị …') or
    the meeting then its day ('Trước đó, tại kỳ họp thứ 7 của HĐND tỉnh diễn ra ngày 19.8, …'); or, with
    no opener, a sentence opening with its day whose subject is the meeting ('…. Ngày 12-3-2024, Hội nghị
    lần thứ 17 Ban Chấp hành … đã bầu …')."""
    start, end = sentence
    if _EARLIER_EVENT_RE.match(low, start, d.start) or _AFTER_MEETING_DAY_RE.match(low, start, d.start):
        return bool(_MEETING_NOUN_RE.search(low, d.end, end))
    if _EARLIER_OPENER_RE.match(low, start):
        nouns = list(_MEETING_NOUN_RE.finditer(low, start, d.start))
        return bool(nouns) and not _CLAUSE_BREAK_RE.search(low, nouns[-1].end(), d.start)
    return bool(_DAY_WORDS_ONLY_RE.match(low, start, d.start) and _MEETING_SUBJECT_RE.match(low, d.end))


def _undated_anchors(
    article: CleanArticle, body: list[tuple[int, str]], low: str
) -> list[tuple[DateMention | None, tuple[int, int]]]:
    """A meeting without a day: a lead about who chaired or attended it, else a headline or caption
    saying who chaired it ('X chủ trì Phiên họp thứ nhất ...', a photo of the meeting)."""
    if body:
        offset, para = body[0]
        lead_low = low[offset : offset + len(para)]
        if _MEETING_RE.search(lead_low) and _PRESENCE_RE.search(lead_low):
            return [(None, (offset, offset + len(para)))]
    for p in article.paragraphs:
        if p.kind in ("title", "caption") and _CHAIR_RE.search(low[p.start : p.end]):
            if _MEETING_NOUN_RE.search(low[p.start : p.end]):
                return [(None, (p.start, p.end))]
    return []


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
    rest = _BEFORE_ORGANIZER_RE.sub("", rest)
    m = _ORGANIZER_RE.match(rest)
    return m.group("org").strip() if m else _congress_of(sentence)


# 'Ngay sau hội nghị toàn quốc, ', 'Tiếp đó, ': the opener of a sentence telling a meeting held after another
_AFTER_MEETING_RE = re.compile(
    rf"\s*{_any(tuple(fold(w) for w in V.AFTER_MEETING_WORDS))}"
    rf"(?:\s+{_any(tuple(fold(w) for w in V.MEETING_NOUNS))}[^,.;]{{0,40}})?\s*,"
)
# ... then at most the day's own words ('chiều', 'ngày') before the day
_AFTER_MEETING_DAY_RE = re.compile(_AFTER_MEETING_RE.pattern + r"\s*(?:\S+\s+){0,2}$")


def _held_after(low: str, s_start: int, organizer: str | None) -> bool:
    """Whether the sentence opens telling a meeting held after the one before, by a body it names: 'Ngay sau hội
    nghị toàn quốc, chiều 10/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai …'."""
    return organizer is not None and _AFTER_MEETING_RE.match(low, s_start) is not None


_CONGRESS_OF_RE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, V.CONGRESS_OF_WORDS))})\s+(?=[{UPPER}])")
_ORDINAL_RE = re.compile(rf"\s+(?:{'|'.join(map(re.escape, V.TITLE_ORDINAL_WORDS))})\s.*$")


def _congress_of(sentence: str) -> str | None:
    """The body whose congress the sentence names, as its organiser: 'Đại hội đại biểu Đảng bộ tỉnh X lần thứ I'."""
    m = _CONGRESS_OF_RE.search(sentence)
    if m is None:
        return None
    organ = sentence[m.end() : m.end() + title_end(sentence[m.end() :], 0, continuing=True)]
    return _ORDINAL_RE.sub("", organ).strip() or None


def _location(text: str, styled: str, s_start: int, s_end: int) -> str | None:
    """The bridge point the article reports from ('điểm cầu tỉnh Gia Lai'), else the place in the
    meeting's sentence ('tại Trụ sở Trung ương Đảng'). Found in `styled`, the text in new tone
    style (same offsets), and returned as written in `text`."""
    for m in _BRIDGE_RE.finditer(styled):
        paren = _PAREN_RE.match(styled, m.end())
        if not _CENTRE_RE.search(fold(m.group(1))) and not (paren and _CENTRE_RE.fullmatch(fold(paren.group(1)))):
            return text[m.start(1) : m.end(1)]
    m = _VENUE_RE.search(styled[s_start:s_end])
    return text[s_start + m.start(1) : s_start + m.end(1)].strip() if m else None


def _points(low: str) -> int | None:
    if V.BRIDGE_WORD not in low:
        return None
    m = _POINTS_RE.search(low)
    return int(m.group(1)) if m else None


# --- roles -------------------------------------------------------------------------------------

_CHAIR_BY = "|".join(map(re.escape, V.CHAIR_BY_CUES))  # sự chủ trì của
_CHAIR_NAMED = "".join(rf"\b{re.escape(w)}\b|" for w in V.CHAIR_NAMED_AFTER)  # \bcó\b|\blà\b|
# 'chủ trì … là', and 'điều hành đại hội là các đồng chí: A, …; B, …' (presiding named after the cue)
_PRESIDING = rf"{re.escape(V.CHAIR_WORD)}|(?:{re.escape(V.PRESIDE_WORD)}|{re.escape(V.PRESIDE_SESSION_WORD)})"
_PRESIDING += rf" {_any(V.PRESIDED_NOUNS)}"  # (the text's spaces are single: the pattern's reach stays bounded)
_PRESIDIUM_WORDS = tuple(map(fold, V.PRESIDIUM_WORDS))
_PRESIDIUM_LINE_RE = re.compile(
    rf"(?:^|\n)[^\n]{{0,20}}{_any(_PRESIDIUM_WORDS)}[^\n.;]{{0,40}}?"
    rf"{_any(tuple(map(fold, V.LIST_OPENING_WORDS)))}[^\n]{{0,30}}:[ \t]*\n"
)
_CHAIR_AFTER_RE = re.compile(
    rf"{_CHAIR_BY}|(?:{_PRESIDING})[^.;]{{0,40}}?(?:{_CHAIR_NAMED}:)"
    rf"|{_any(tuple(map(fold, V.PRESIDIUM_WORDS)))}[^.;]{{0,30}}?{_any(tuple(map(fold, V.LIST_OPENING_WORDS)))}\b"
)
# ... and 'điều hành', 'chủ tọa' ending its clause: 'Phiên bế mạc do Đoàn Chủ tịch gồm các đồng chí: A …; B … điều
# hành.', 'Phiên thảo luận … do đồng chí A, Phó Chủ tịch HĐND tỉnh chủ tọa.'
_CHAIR_RE = re.compile(
    r"(?<!\w)"
    + "".join(rf"(?<!{re.escape(w)} )" for w in V.NOT_CHAIR_NOUNS_BEFORE)
    + r"(?:"
    + "|".join(map(re.escape, V.CHAIR_CUES))
    + rf"|(?:{re.escape(V.PRESIDE_WORD)}|{re.escape(V.PRESIDE_SESSION_WORD)})(?= ?[.;]| ?$))(?!\w)"
    rf"(?! {_any(V.NOT_CHAIRED_OBJECTS)}(?!\w))"  # (the text's spaces are single)
)
_TO = rf"\b{re.escape(V.AWARD_TO_WORD)}\b"
_AWARD_RE = re.compile(
    rf"(?<!\w){_any(V.AWARD_VERBS)}(?!\w)[^.]{{0,120}}?{_TO}|(?<!\w){_any(V.AWARD_PRIZES)}\b[^.]{{0,40}}?{_TO}"
)
_APPOINT_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in V.APPOINT_CUES) + r")(?!\w)")
_APPOINT_AFTER_NAME_RE = re.compile(r"^[^.;]{0,160}?\s" + _any(V.APPOINTED_AS) + r"\s")
_ATTEND_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, V.ATTENDEE_CUES)) + r")(?!\w)" + _NOT_ATTEND)
# 'A, titles; các đồng chí Phó Bí thư Tỉnh ủy: B, C chủ trì hội nghị': after a ';' the list of chairs goes on
# with a group and its shared title before a colon (what follows A up to the verb)
_ADDRESS_FORM = _any(tuple(sorted(V.ADDRESS_FORMS, key=len, reverse=True)))
_GROUP = rf"{re.escape(V.PLURAL_WORD)}\s+{_ADDRESS_FORM}"
_CHAIRS_GO_ON_RE = re.compile(rf"\s*;\s*{_GROUP}\s[^.;:]*:[^.;:]*")
# ... or with one more person and their titles: 'Đồng chí A, titles; đồng chí B, titles chủ trì hội nghị'
_ONE_MORE_CHAIR_RE = re.compile(rf"\s*;\s*{_ADDRESS_FORM}\s[^.;:]*")
_SEMICOLON_RE = re.compile(r"\s*;\s*")


def _one_more_chair(low: str, start: int, verb: int, name_starts: frozenset[int] = frozenset()) -> bool:
    """Whether [start, verb) is one more person before the chairing verb, after a ';': 'A, titles; đồng chí B,
    titles chủ trì', or with B's title before the name ('Chủ tịch HĐND tỉnh A; Phó Chủ tịch HĐND tỉnh B chủ tọa'),
    or more, each after its ';' opening with a name the list's first address is for ('Đồng chí A, titles; B,
    titles; C, titles chủ trì hội nghị')."""
    if _ONE_MORE_CHAIR_RE.fullmatch(low, start, verb):
        return True
    if any(c in low[start:verb] for c in ".:"):
        return False
    semicolon = _SEMICOLON_RE.match(low, start, verb)
    if semicolon is None:
        return False
    if position_at(low, semicolon.end()):
        return True
    item = semicolon.end()
    while item in name_starts:  # (each item a name; the last one's titles run to the verb)
        semicolon = _SEMICOLON_RE.search(low, item, verb)
        if semicolon is None:
            return True
        item = semicolon.end()
    return False


_SPEAK_STRONG_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, V.SPEAKER_OVER_ATTENDEE_CUES)) + r")(?!\w)")
_NOT_CHAIR_BETWEEN_RE = re.compile(
    r"(?<!\w)"
    + "".join(rf"(?<!{re.escape(fold(h))} )" for h in V.NOT_CHAIR_BETWEEN_ORGAN_HEADS)
    + _any(tuple(fold(w) for w in V.NOT_CHAIR_BETWEEN))
    + r"(?!\w)"
)
_SPEAK_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in V.SPEAKER_CUES) + r")(?!\w)")


def assign_roles(article: CleanArticle, meetings: list[Meeting], persons: list[Person]) -> list[Participation]:
    """One row per (meeting, person): the strongest role the article gives the person there."""
    if not meetings:
        return []
    text = article.body_text
    low = fold_aligned(text)
    spans = sentence_spans(text)
    # Looked up by bisection, not scanned per mention: an article may name thousands of persons.
    bounds = sorted(m.evidence_start for m in meetings[1:])
    framed = [(p.start, p.end) for p in article.paragraphs if p.kind in ("caption", "heading", "title")]
    presidium = _presidium_items(text, low, persons)
    name_starts = frozenset(m.start for p in persons for m in p.mentions)
    by_title = _chaired_by_title(text, low, persons, name_starts)
    sentences: dict[tuple[int, int], _SentenceCues] = {}
    out: list[Participation] = []
    for person in persons:
        best: dict[int, str] = {}
        for mention in person.mentions:
            ordinal = 1 + bisect.bisect_right(bounds, mention.start)  # the meetings that start before it
            if _inside(framed, mention.start):
                ordinal = 1
            span = _sentence_of(spans, mention.start)
            if span not in sentences:
                sentences[span] = _SentenceCues(low, span)
            role = C.ROLE_CHAIR if _inside(presidium, mention.start) else _role(sentences[span], mention, name_starts)
            current = best.get(ordinal, C.ROLE_MENTIONED)
            if V.ROLE_PRIORITY.index(role) < V.ROLE_PRIORITY.index(current):
                best[ordinal] = role
            else:
                best.setdefault(ordinal, current)
        for at in by_title.get(person.name_key, ()):
            best[1 + bisect.bisect_right(bounds, at)] = C.ROLE_CHAIR
        for ordinal, role in best.items():
            out.append(Participation(ordinal, person.name_key, role.replace("_strong", ""), person.title_text))
    return _visits_led(low, spans, meetings, persons, out)


_VISIT_LEAD_RE = re.compile(rf"(?<!\w){_any(tuple(map(fold, V.VISIT_LEAD_CUES)))}(?!\w)")


def _visits_led(
    low: str,
    spans: tuple[tuple[int, int], ...],
    meetings: list[Meeting],
    persons: list[Person],
    out: list[Participation],
) -> list[Participation]:
    """`out`, with the leader of a working visit made its chair where no one chairs it: the first person its sentence
    names before the visit's cue ('Chủ tịch UBND tỉnh A … đã có buổi làm việc với huyện B')."""
    chaired = {p.meeting_ordinal for p in out if p.role == C.ROLE_CHAIR}
    for meeting in meetings:
        if meeting.ordinal in chaired:
            continue
        start, end = _sentence_of(spans, meeting.evidence_start)
        cue = _VISIT_LEAD_RE.search(low, start, end)
        if cue is None or _SPEAK_RE.search(low, start, cue.start()):
            continue  # ('Phát biểu tại hội nghị, ông A cho biết sở đã làm việc với các huyện': a speaker's report)
        named = [(m.start, p.name_key) for p in persons for m in p.mentions if start <= m.start < cue.start()]
        if not named:
            continue
        leader = min(named)[1]
        out = [
            replace(p, role=C.ROLE_CHAIR) if (p.meeting_ordinal, p.person_key) == (meeting.ordinal, leader) else p
            for p in out
        ]
    return out


# (scanned for at its 'do', then the cue checked as a chair's: quicker than every cue looked back from)
_CHAIRED_BY_RE = re.compile(
    rf"(?<!\w){re.escape(V.CHAIRED_BY_WORD)}\s+(?:{_ADDRESS_FORM}\s+)?(?P<title>[^\W\d][^,;.:()\n]{{1,60}}?)\s+"
    rf"(?=(?:{_any(V.CHAIR_CUES)})(?!\w))"
)


def _chaired_by_title(text: str, low: str, persons: list[Person], name_starts: frozenset[int]) -> dict[str, list[int]]:
    """The persons a chairing cue names by their title alone ('Hội nghị do Thủ tướng chủ trì'), each with where:
    the one person of the article who holds that title (a title of theirs is it, or it with the organ's place)."""
    found: dict[str, list[int]] = {}
    for by in _CHAIRED_BY_RE.finditer(low):
        cue = _CHAIR_RE.match(low, by.end())
        if cue is None or any(by.start() <= n < cue.start() for n in name_starts):
            continue
        title = text[by.start("title") : cue.start()].strip()
        if not title or not position_at(fold(title)) or title_end(title, 0) < len(title):
            continue
        key = fold(title)
        holders = {p.name_key for p in persons for t in p.titles if fold(t) == key or fold(t).startswith(key + " ")}
        if len(holders) == 1:
            found.setdefault(holders.pop(), []).append(cue.start())
    return found


def _presidium_items(text: str, low: str, persons: list[Person]) -> list[tuple[int, int]]:
    """The items listed under a line that names a presidium and ends with a colon: 'Đoàn Chủ tịch đại hội gồm:' ¶
    '1. Đ/c A - Bí thư Đảng ủy' ¶ '2. Đ/c B - …' (each presides, as in 'Đoàn Chủ tịch gồm các đồng chí: A; B'),
    or, with no item marks, the lines below that each open with a name ('A - Tỉnh ủy viên, Bí thư Đảng ủy phường')."""
    items: list[tuple[int, int]] = []
    if not any(word in low for word in _PRESIDIUM_WORDS):
        return items  # (the pattern opens with a line's free start: it is tried at every line of every text)
    for m in _PRESIDIUM_LINE_RE.finditer(low):
        marked = list(items_below(text, m.end() - 1))
        starts = {x.start for p in persons for x in p.mentions} if not marked else set()
        items += marked or _named_lines_below(text, low, m.end() - 1, starts)
    return sorted(items)


_LINE_ADDRESS_RE = re.compile(rf"[ \t]*(?:{_ADDRESS_FORM}\s+)?")  # (folded text)


def _named_lines_below(text: str, low: str, at: int, name_starts: set[int]) -> list[tuple[int, int]]:
    """The lines after the one ending at `at` that each open with a person's name (after a form of address), up
    to the first that does not; blank lines between them are no break."""
    lines = []
    for start, end in lines_below(text, at):
        if _LINE_ADDRESS_RE.match(low, start).end() not in name_starts:
            break
        lines.append((start, end))
    return lines


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in one of `spans` (paragraphs: sorted and disjoint)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# No role pattern reads more than this many characters from where a match attempt starts, look-aheads
# included (the longest, _APPOINT_AFTER_NAME_RE, reads 170): a match starting further than this
# before the end of a window is the same match in the window as in the whole sentence.
_REACH = 256
_SHORT = 2 * _REACH  # a window this short is searched directly: quicker than looking matches up


class _SentenceCues:
    """The role cues of one sentence, for every name in it.

    A role is read from the sentence parts before and after a name. Searching those parts anew
    for each name costs the sentence's length per name, and a sentence may list thousands of names
    ('Tham dự có các đồng chí: ...'). Here each pattern's matches in the sentence are found once;
    a window's first match is then looked up by bisection, and only its edges (where the window's
    start or end can change what a pattern sees) are searched again. `first(p, lo, hi)` is exactly
    `p.search(low[lo:hi])`, in text offsets.
    """

    def __init__(self, low: str, span: tuple[int, int]):
        self.low = low
        self.start, self.end = span
        self._matches: dict[re.Pattern, tuple[list[int], list[int]]] = {}

    def _all(self, pattern: re.Pattern) -> tuple[list[int], list[int]]:
        """Start and end of the match at every position of the sentence where `pattern` matches."""
        if pattern not in self._matches:
            starts, ends, pos = [], [], self.start
            while (m := pattern.search(self.low, pos, self.end)) is not None:
                starts.append(m.start())
                ends.append(m.end())
                pos = m.start() + 1
            self._matches[pattern] = (starts, ends)
        return self._matches[pattern]

    def first(self, pattern: re.Pattern, lo: int, hi: int) -> tuple[int, int] | None:
        """(start, end) of `pattern.search(low[lo:hi])`, as offsets in `low`; None if no match."""
        if hi - lo <= _SHORT:  # most windows: searched as they are
            m = pattern.search(self.low[lo:hi]) if hi > lo else None
            return (lo + m.start(), lo + m.end()) if m else None
        # At `lo` a look-behind sees the window's start, not the text before it: search a slice.
        m = pattern.match(self.low[lo : min(hi, lo + _REACH)])
        if m:
            return lo + m.start(), lo + m.end()
        middle_end = hi - _REACH  # matches starting up to here never read past the window
        if middle_end > lo:
            starts, ends = self._all(pattern)
            i = bisect.bisect_left(starts, lo + 1)
            if i < len(starts) and starts[i] <= middle_end:
                return starts[i], ends[i]
        m = pattern.search(self.low, max(lo + 1, middle_end + 1), hi)  # `endpos` is the window's end
        return (m.start(), m.end()) if m else None

    def contains(self, word: str, lo: int, hi: int) -> bool:
        """`word in low[lo:hi]`."""
        if hi - lo <= _SHORT:
            return word in self.low[lo:hi]
        starts, _ = self._all(_LITERALS[word])
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] + len(word) <= hi

    def semicolon_attend(self, lo: int, hi: int) -> bool:
        """`_SEMICOLON_ATTEND_RE.search(low[lo:hi])`: its matches cannot overlap, so their ends rise
        with their starts, and the first match from `lo` tells whether one ends by `hi`."""
        if hi - lo <= _SHORT:
            return hi > lo and _SEMICOLON_ATTEND_RE.search(self.low[lo:hi]) is not None
        starts, ends = self._all(_SEMICOLON_ATTEND_RE)
        i = bisect.bisect_left(starts, lo)
        return hi > lo and i < len(starts) and ends[i] <= hi


# The words and marks a role looks for in a part of a sentence, as patterns to find them all at once.
_LITERALS = {w: re.compile(re.escape(w)) for w in (*V.NOT_CHAIR_BETWEEN, V.CO_CHAIR_WORD, ".", ";", ":")}
# '...; dự có ...': the chair's sentence lists attendees.
_SEMICOLON_ATTEND_RE = re.compile(r"[;]\s*" + _any(V.ATTEND_WORDS))


_LIST_OPENING_RE = re.compile(rf"(?<!\w){_any(V.LIST_OPENING_WORDS)}(?!\w)")


def _listed_subject(cues: _SentenceCues, mention: Mention, verb: int) -> bool:
    """Whether the mention is an item of a list after a colon (or 'gồm') whose verb follows the list:
    'Các Ủy viên Bộ Chính trị: A - title; B - title chủ trì hội nghị' makes A a chair too, as 'do Đoàn
    Chủ tịch gồm bà A, …; bà B … điều hành' does. Not a list of attendees ('Dự có các đồng chí: A; B
    ...'), and only ';' between the name and the verb."""
    if any(cues.contains(mark, mention.span_end, verb) for mark in ".:"):
        return False
    # Looked for before the name itself: a title shared by the list ('Ủy viên Bộ Chính trị: A') spans the colon.
    lo = max(cues.start, mention.start - _REACH)  # a list item's title is shorter than this
    colon = cues.low.rfind(":", lo, mention.start)
    if colon < 0:
        openings = list(_LIST_OPENING_RE.finditer(cues.low, lo, mention.start))
        if not openings:
            return False
        colon = openings[-1].start()  # the last one before the name
    head = max(lo, cues.low.rfind(";", lo, colon) + 1)
    return cues.first(_ATTEND_RE, head, colon) is None and cues.first(_CHAIR_AFTER_RE, head, colon) is None


def _role(cues: _SentenceCues, mention: Mention, name_starts: frozenset[int] = frozenset()) -> str:
    """The role the mention's sentence gives it, from the cues before and after the name with its titles."""
    before = (cues.start, mention.span_start)
    after = (mention.span_end, cues.end)
    chair_after = cues.first(_CHAIR_AFTER_RE, *before)
    if chair_after and not cues.semicolon_attend(chair_after[1], before[1]):
        return C.ROLE_CHAIR
    chair = cues.first(_CHAIR_RE, *after)
    if chair and not chair_after and not cues.first(_NOT_CHAIR_BETWEEN_RE, after[0], chair[0]):
        if (
            not any(cues.contains(mark, after[0], chair[0]) for mark in ".;:")
            or cues.contains(V.CO_CHAIR_WORD, after[0], min(after[1], chair[1] + 1))
            or _listed_subject(cues, mention, chair[0])
            or (_CHAIRS_GO_ON_RE.fullmatch(cues.low, after[0], chair[0]) and not cues.first(_ATTEND_RE, *after))
            or (
                _one_more_chair(cues.low, after[0], chair[0], name_starts)
                and not cues.first(_ATTEND_RE, cues.start, chair[0])
            )
        ):
            return C.ROLE_CHAIR
    if cues.first(_APPOINT_RE, *before) or _APPOINT_AFTER_NAME_RE.match(
        cues.low[mention.end : min(cues.end, mention.end + _REACH)]
    ):
        return C.ROLE_APPOINTEE
    if cues.first(_AWARD_RE, *before):
        return C.ROLE_AWARDEE
    if cues.first(_SPEAK_STRONG_RE, cues.start, cues.end):
        return "speaker_strong"
    if cues.first(_ATTEND_RE, *before) or cues.first(_ATTEND_RE, *after):
        return C.ROLE_ATTENDEE
    if cues.first(_SPEAK_RE, cues.start, cues.end):
        return C.ROLE_SPEAKER
    return C.ROLE_MENTIONED
