"""Dates: find Vietnamese date expressions and resolve them to calendar dates.

`Chiều 3-4`, `Sáng nay (12/3)`, `Sáng 4.12`, `ngày 28-12-2023`, `ngày 24 tháng 1 năm 2022` ...
A date without a year takes it from the publication date (the nearest such day, so a `30-12`
published on 2 January is last year's) or, when the article has none, from the years the text
talks about.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.text import UPPER, occurrences

_TOD = "|".join(V.TIME_OF_DAY)


def _words(words: tuple[str, ...]) -> str:
    """An alternation of words for the VERBOSE date pattern, which ignores spaces: each is written as `\\s+`."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


_WEEKDAY = _words(V.WEEKDAYS)
_DAY, _MONTH, _YEAR = (re.escape(w) for w in (V.DAY_WORD, V.MONTH_WORD, V.YEAR_WORD))
_DAY_MARK = _words(V.DAY_MARK_WORDS)  # ngày mồng|ngày|mồng|hôm …
_AND = re.escape(V.AND_WORD)
_COUNT_WORDS = _words(tuple(V.EVENT_DAYS_COUNTS))  # hai|ba|… ('Trong hai ngày (14-15/8)')
_REL = "|".join(map(re.escape, V.RELATIVE_DAYS))  # nay|qua
_REL_HEAD = "|".join(map(re.escape, V.RELATIVE_DAY_HEADS))  # hôm
_WEEKDAY_WHEN = _words(tuple(sorted(V.RELATIVE_WEEKDAY_WHEN, key=len, reverse=True)))  # cuối tuần qua|…|tới
# nay|hôm\s+nay|qua|hôm\s+qua
_TODAY = "|".join(
    re.escape(w) + "".join(f"|{re.escape(h)}\\s+{re.escape(w)}" for h in V.RELATIVE_DAY_HEADS) for w in V.RELATIVE_DAYS
)
_UNTIL_DAY = _words(V.RANGE_END_AFTER)  # đến|tới
_DATE_RE = re.compile(
    rf"(?:(?P<tod>{_TOD})\s+)?"  # Sáng / Chiều
    rf"(?:(?P<weekday>{_WEEKDAY})\s*[,(]?\s*)?"  # Sáng thứ Hai (15/3), Chiều thứ Năm, 10-12
    # Sáng nay (12/3), Hôm qua (14/3); Trong 2 ngày (23-24/7)
    rf"(?:(?:(?P<today>{_TODAY})|(?P<count>(?:\d{{1,2}}|{_COUNT_WORDS})\s+{_DAY}))\s*\(\s*)?"
    rf"(?:(?P<day_word>{_DAY_MARK})\s+)?"
    r"(?<![\d/.,+-])"
    + "".join(rf"(?<!{re.escape(w)}\s)" for w in V.NOT_DAY_NUMBER_BEFORE)  # (a verbose pattern: no bare space)
    + r"(?:"
    # Two days, the meeting's first: '18 và 19-7', 'chiều 16 và sáng 17.10', '16-17/10', '18 đến 20/8'.
    rf"(?P<d3>\d{{1,2}})\s*(?:{_AND}|,|(?P<dash>[-–])|(?:{_UNTIL_DAY})\s)\s*(?:(?:{_TOD})\s+)?(?:{_DAY}\s+)?(?P<e3>\d{{1,2}})"
    r"\s?(?P<dsep3>(?(dash)[/.]|[-/.]))\s?(?P<m3>\d{1,2})"
    r"(?:(?P=dsep3)(?P<y3>\d{4}))?(?![\d]|[/.,-]\d)"
    r"|(?P<d>\d{1,2})\s?(?P<dsep>[-/.])\s?(?P<m>\d{1,2})(?:(?P=dsep)(?P<y>\d{4}))?"
    r"(?![\d]|[/.,-]\d)"
    # ... the same in words: 'ngày 8 đến ngày 10 tháng 10 năm 2025', '24 và 25 tháng 6'
    rf"|(?P<d4>\d{{1,2}})\s*(?:{_AND}|[-–]|(?:{_UNTIL_DAY})\s)\s*(?:{_DAY}\s+)?(?P<e4>\d{{1,2}})"
    rf"\s+{_MONTH}\s+(?P<m4>\d{{1,2}})(?:\s*(?:{_YEAR}|,)\s*(?P<y4>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+{_MONTH}\s+(?P<m2>\d{{1,2}})(?:\s*(?:{_YEAR}|,)\s*(?P<y2>\d{{4}}))?"
    r")",
    re.IGNORECASE | re.VERBOSE,
)
# The same, for text already lower-cased: about 1.6 times faster than matching IGNORECASE.
_DATE_LOWER_RE = re.compile(_DATE_RE.pattern, re.VERBOSE)
# What every date has: a day number, then a separator or "tháng" (see _date_matches).
_MONTH_ANY_CASE = "".join(f"[{c}{c.upper()}]" for c in V.MONTH_WORD)  # [tT][hH][áÁ][nN][gG]: no IGNORECASE
_DATE_CORE_RE = re.compile(r"\d(?:\d?\s?[-/.]\s?\d|\d?\s+" + _MONTH_ANY_CASE + r"\s+\d)")
_DATE_BEFORE = 40  # longer than any date's leading words: "chiều chủ nhật, hôm nay (ngày 18 và " is 36
_DATE_AFTER = 16  # past the end of the core ("19-7" of "19-7-2023"), its year and the look-ahead
# "Sáng nay," / "Chiều qua," / "hôm qua" with no date: the publication day, or the day before.
_RELATIVE = (
    rf"(?:(?:{_TOD})\s+(?P<rel>{_REL})|(?:{_REL_HEAD})\s+(?P<rel2>{_REL}))\b(?!\s*\()"
    # 'sáng thứ Hai vừa qua', 'thứ Ba tuần trước', 'Chiều thứ Tư,': a weekday counted from publication (with
    # its date, 'Chiều thứ Tư, 12/10', it is that date's)
    rf"|(?:(?P<wtod>{_TOD}|{_REL_HEAD})\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<when>{_WEEKDAY_WHEN}))?\b(?!\s*[,(]?\s*\d)"
)
_RELATIVE_RE = re.compile(rf"\b(?:{_RELATIVE})", re.IGNORECASE)
# The same for lower-cased text, matched where one of its opening words is (see _relative_matches).
_RELATIVE_LOWER_RE = re.compile(_RELATIVE)
_RELATIVE_OPENINGS = (*V.TIME_OF_DAY, *V.RELATIVE_DAY_HEADS, *V.WEEKDAYS)
# The (?<!\d) look-behind follows the first digits, so these open with a digit (quick to scan for).
_YEAR_RE = re.compile(r"(19[4-9]\d|20\d\d)(?<!\d.{4})(?!\d)")
_RANGE_RE = re.compile(r"(?:19|20)(?<!\d..)\d\d\s*[-–]\s*(?:19|20)\d\d(?!\d)")
_NOT_EVENT_YEAR_RE = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in V.NOT_EVENT_YEAR_BEFORE) + r")\s*$", re.IGNORECASE
)
_UNTIL = "|".join(map(re.escape, V.RANGE_UNTIL))
_RANGE_BEFORE_RE = re.compile(
    r"(?:\b(?:" + "|".join(map(re.escape, V.RANGE_START_BEFORE)) + rf")\s+(?:{_DAY}\s+)?"
    r"|\b(?:" + "|".join(map(re.escape, V.RANGE_END_BEFORE)) + rf")\s+(?:(?:{_UNTIL})\s+)?(?:{_DAY}\s+)?)$",
    re.IGNORECASE,
)
_RANGE_AFTER_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, V.RANGE_END_AFTER)) + rf"|[-–])\s+(?:(?:{_UNTIL})\s+)?(?:{_DAY}\s+)?\d",
    re.IGNORECASE,
)

# Header timestamps: "14:28' 4/3/2021", "17:53, 03/04/2023", "27/11/2020 13:30", "02/06/2015 - 22:11",
# "16:02, Thứ Năm, 14/12/2023", "28/07/2025 lúc 19:05".
_STAMP_AT = _words(V.STAMP_TIME_WORDS)
_MERIDIEM = "|".join(V.STAMP_MERIDIEMS)
# Between a clock's hour and minutes: '09:15', '9h15', '9 giờ 15 (phút)'.
_HOUR_MARK = rf"(?:[:h]|\s*(?:{_words(V.CLOCK_HOUR_WORDS)})\s*)"
_MINUTE_MARK = rf"(?:\s*(?:{_words(V.CLOCK_MINUTE_WORDS)}))?"
_STAMP_RE = re.compile(
    rf"(?:(?P<h1>\d{{1,2}}){_HOUR_MARK}(?P<mi1>\d{{2}})(?::\d{{2}})?{_MINUTE_MARK}'?"
    rf"(?:\s*(?P<meridiem1>(?i:{_MERIDIEM}))\b)?\s*[,|–·•-]?\s*"
    rf"(?:(?i:{_WEEKDAY})\s*[,|–·•-]?\s*)?)?"
    rf"(?:{_DAY}\s*)?(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>(?:19|20)\d\d)"
    rf"(?:\s*(?:[,|–·•-]|{_STAMP_AT})?\s*(?P<h2>\d{{1,2}}){_HOUR_MARK}(?P<mi2>\d{{2}})(?::(?P<s2>\d{{2}}))?{_MINUTE_MARK}"
    rf"(?:\s*(?P<meridiem>(?i:{_MERIDIEM}))\b)?)?",
    re.VERBOSE,
)
# ... with the month as a word: 'Thứ năm, 27 Tháng 12 2018 08:15' (Joomla), 'Tuesday, December 3, 2024, 10:42 AM'.
_CLOCK = (
    rf"(?:\s*(?:[,|–·•-]|{_STAMP_AT}|at)?\s*(?P<h2>\d{{1,2}})[:h](?P<mi2>\d{{2}})(?::\d{{2}})?"
    rf"(?:\s*(?P<meridiem>{_MERIDIEM})\b)?)?"
)
_MONTH_NAME = "|".join(sorted(V.MONTH_NAMES, key=len, reverse=True))
_WORDED_STAMP_RE = re.compile(
    rf"(?:{_DAY}\s+)?(?P<d>\d{{1,2}})\s+{_MONTH}\s+(?:(?P<m>\d{{1,2}})|(?P<month_word>{_MONTH_NAME})(?!\w))(?:\s*,?\s*{_YEAR})?\s*,?\s+(?P<y>(?:19|20)\d\d)\b"
    + _CLOCK,
    re.IGNORECASE,
)
_ENGLISH_MONTH = "|".join(sorted(V.ENGLISH_MONTHS, key=len, reverse=True))
_ENGLISH_STAMP_RE = re.compile(
    rf"\b(?P<month_name>{_ENGLISH_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b" + _CLOCK, re.IGNORECASE
)
# ... or the day first, as British English writes it: 'Monday, 12 March 2018', '12 Mar 2018 09:15'.
_ENGLISH_DAY_FIRST_RE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<month_name>{_ENGLISH_MONTH})\.?,?\s+(?P<y>(?:19|20)\d\d)\b" + _CLOCK,
    re.IGNORECASE,
)
_ISO_STAMP_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})(?:[ T](?P<h2>\d{2}):(?P<mi2>\d{2})(?::\d{2})?)?(?!\d)"
)
# What both stamps contain, scanned for first: a pattern that opens with a digit is quick to search.
_STAMP_CORE_RE = re.compile(
    r"\d[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d\s+"
    + _MONTH_ANY_CASE
    + r"\s+\w|\d,?\s+(?:19|20)\d\d"  # this for 'December 3, 2024': it opens with a digit (quick)
    + r"|\d\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d"  # and this for '12 March 2018'
)
_STAMP_LABEL_RE = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, V.STAMP_LABELS)) + r")[^:\d]*:?\s*",
    re.IGNORECASE,
)
# A news agency's dateline opening a paragraph: 'Hà Nội, 10/3 (TTXVN) - …', 'Đà Nẵng, 5/6 - …': the day the
# paragraph tells of, written as a bare '10/3' but a day all the same.
_DATELINE_PLACE_RE = re.compile(rf"[{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*){{0,3}}\s*,\s*")
_DATELINE_AFTER_RE = re.compile(r"\s*(?:\([^()\n]{2,24}\)\s*)?[-–]\s")
_WEEKDAY_RE = re.compile(r"^\s*(?:" + "|".join(V.WEEKDAYS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    day: int | None
    month: int | None
    year: int | None
    relative_days: int | None = None  # "Sáng nay" = 0: the publication day
    marked: bool = True  # written as a day ('Sáng 5/12', 'ngày 20/6', with a year), not a bare '14/10'
    last_day: int | None = None  # the last of the days written together: 20 in '18 đến 20/8', 19 in '18 và 19-7'
    weekday: int | None = None  # 'sáng thứ Hai vừa qua': Monday (0), counted from publication as `week_when` says
    week_when: str | None = None  # a value of V.RELATIVE_WEEKDAY_WHEN, None for the last on or before publication

    @property
    def is_relative(self) -> bool:
        """Written relative to the publication day ('Sáng nay', 'hôm qua', 'thứ Hai vừa qua')."""
        return self.relative_days is not None or self.weekday is not None

    def relative_to(self, published: date) -> date:
        """The day a relative mention names, for an article published on `published`."""
        if self.weekday is None:
            assert self.relative_days is not None
            return published + timedelta(days=self.relative_days)
        today = published.weekday()
        days = {
            None: -((today - self.weekday) % 7),
            "last": -((today - self.weekday - 1) % 7 + 1),
            "week before": self.weekday - today - 7,
            "week after": self.weekday - today + 7,
            "next": (self.weekday - today - 1) % 7 + 1,
        }[self.week_when]
        return published + timedelta(days=days)


# Meetings, years and appointments read the dates of the same body and sentences again and again
# (half the text find_dates scanned was text it had scanned before): the answers are remembered.
@lru_cache(maxsize=64)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Every day-level date expression in `text`, with its span and the words it came from."""
    found = []
    lowered = text.lower()  # vocabulary is lower-case; offsets hold when lower-casing keeps the length
    for m in _date_matches(text, lowered):
        day = int(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4"))
        month = int(m.group("m") or m.group("m2") or m.group("m3") or m.group("m4"))
        year_text = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        dotted = "." in (m.group("dsep"), m.group("dsep3"))
        if dotted and not (m.group("tod") or m.group("day_word")) and year_text is None:
            continue  # "1.192" is a number; a dotted date needs "Sáng"/"ngày" in front
        year = int(year_text) if year_text else None
        if year is not None and not 1900 <= year <= 2100:
            continue
        end = m.end()
        bracketed = m.group("today") or m.group("count")
        if (bracketed or m.group("weekday")) and text[end : end + 1] == ")":
            end += 1
        marked = bool(
            m.group("tod")
            or m.group("day_word")
            or m.group("weekday")
            or bracketed
            or year
            or m.group("d2")
            or m.group("d4")
            or _in_dateline(text, m.start(), end)
        )
        last = m.group("e3") or m.group("e4")
        last_day = int(last) if last else None
        found.append(
            DateMention(m.start(), end, text[m.start() : end].strip(), day, month, year, None, marked, last_day)
        )
    for m in _relative_matches(text, lowered):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        written = text[m.start() : m.end()]
        if m.group("wd"):
            if not (m.group("wtod") or (m.group("when") and _leads_weekday(lowered, m.start()))):
                continue  # 'kỳ họp thứ hai vừa qua': an ordinal
            when = V.RELATIVE_WEEKDAY_WHEN[" ".join(m.group("when").lower().split())] if m.group("when") else None
            weekday = V.WEEKDAYS.index(" ".join(m.group("wd").lower().split()))
            found.append(DateMention(m.start(), m.end(), written, None, None, None, weekday=weekday, week_when=when))
            continue
        days = V.RELATIVE_DAYS[(m.group("rel") or m.group("rel2")).lower()]
        found.append(DateMention(m.start(), m.end(), written, None, None, None, relative_days=days))
    return tuple(sorted(found, key=lambda d: d.start))


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) is a dateline's: a place and a comma open its line before it, and
    the agency in brackets or a dash follow it."""
    line = text.rfind("\n", 0, start) + 1
    after = _DATELINE_AFTER_RE.match(text, end) if _DATELINE_PLACE_RE.fullmatch(text, line, start) else None
    # ('Mường Lát, 6/10 - Hôm nay, Đảng ủy xã … tổ chức …': the sentence's own day tells it)
    return bool(after) and not (_DATE_RE.match(text, after.end()) or _RELATIVE_RE.match(text, after.end()))


def _relative_matches(text: str, lowered: str) -> list[re.Match]:
    """The matches `_RELATIVE_RE.finditer(text)` gives: each opening word is looked up with str.find."""
    if len(lowered) != len(text):  # lower-casing moved offsets
        return list(_RELATIVE_RE.finditer(text))
    found = []
    for word in _RELATIVE_OPENINGS:
        for at in occurrences(lowered, word):
            if not (at and (lowered[at - 1].isalnum() or lowered[at - 1] == "_")):  # \b before the word
                m = _RELATIVE_LOWER_RE.match(lowered, at)
                if m:
                    found.append(m)
    kept, end = [], 0  # a weekday opens a match of its own inside one a time of day opens: the longer is kept
    for m in sorted(found, key=lambda m: (m.start(), -m.end())):
        if m.start() >= end:
            kept.append(m)
            end = m.end()
    return kept


def _leads_weekday(lowered: str, at: int) -> bool:
    """Whether the weekday at `at` stands where a day does: after a stop, or 'vào', 'từ' … ('vào thứ Hai tuần
    trước'), not after a noun it would count ('kỳ họp thứ hai vừa qua')."""
    before = lowered[max(0, at - 12) : at].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] == "_"):
        return True
    return before.split()[-1] in V.RELATIVE_WEEKDAY_LEADS


def _date_matches(text: str, lowered: str):
    """The matches `_DATE_RE.finditer(text)` gives, found about five times faster.

    The full pattern opens with optional words ("Sáng", "thứ Hai", "hôm nay (", "ngày"), so the
    regex engine tries them at every position of the text. Every date has a day number followed
    by a separator or "tháng": find those cheaply, then run the full pattern only in a window
    around each. Vocabulary is lower-case, so the lower-cased text is searched when lower-casing
    keeps every offset.
    """
    subject, pattern = (lowered, _DATE_LOWER_RE) if len(lowered) == len(text) else (text, _DATE_RE)
    done = 0  # matches never overlap: the next one starts after the last one's end
    for core in _DATE_CORE_RE.finditer(subject):
        if core.start() < done:
            continue
        end = min(len(subject), core.end() + _DATE_AFTER)
        m = pattern.search(subject, max(done, core.start() - _DATE_BEFORE), end)
        if m is not None and m.end() + 2 >= end and end < len(subject):
            m = pattern.search(subject, m.start())  # the window may have cut the match or its lookahead
        if m is not None:
            done = m.end()
            yield m


_MONTH_RE = re.compile(
    rf"\b{_MONTH}\s+(?P<m>\d{{1,2}})(?:\s*[/-]\s*|\s+{_YEAR}\s+)(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
)


def find_month(text: str) -> str | None:
    """'tháng 3/2021', 'tháng 3 năm 2021': a month, for events the text dates no closer."""
    m = _MONTH_RE.search(text)
    return m.group(0) if m and 1 <= int(m.group("m")) <= 12 else None


def opens_with_event_date(text: str) -> bool:
    """'Sáng 5/12, ...', 'Chiều ngày 1/4, ...', 'Ngày 20/6, ...': a lead paragraph's opening."""
    m = _DATE_RE.match(text)
    return bool(m and (m.group("tod") or m.group("day_word") or m.group("today") or m.group("weekday")))


def is_date_bar(line: str) -> bool:
    """'Thứ Hai, ngày 24 tháng 1 năm 2022': the portal's today, shown above every page."""
    return bool(_WEEKDAY_RE.match(line) and (_DATE_RE.search(line) or _STAMP_RE.search(line)))


_RANGE_END_RE = re.compile(r"\d{4}\s*[-–]\s*$")  # the end of '3/2/1930 - 3/2/2012', an anniversary's span


def is_range_part(text: str, mention: DateMention) -> bool:
    """True for either end of 'từ ngày 22-2 đến ngày 28-2-2021' or '3/2/1930 - 3/2/2012': a period,
    not an event day."""
    before = text[max(0, mention.start - 15) : mention.start]
    after = text[mention.end : mention.end + 15]
    return bool(_RANGE_BEFORE_RE.search(before) or _RANGE_AFTER_RE.match(after) or _RANGE_END_RE.search(before))


# (after the days counted, if the sentence opens with them: 'Sau ba ngày làm việc, từ ngày 8 đến ngày 10 …,')
_DAYS_COUNTED = (
    rf"(?:(?:{_words(V.EVENT_DAYS_BEFORE)})\s+(?:\d{{1,2}}|{_words(V.EVENT_DAYS_COUNTS)})\s+{V.EVENT_DAYS_NOUN}"
    rf"|(?:{_words(V.EVENT_DAYS_WITHIN)})\s+(?:\d{{1,2}}|{_words(V.EVENT_DAYS_COUNTS)})\s+{V.EVENT_DAYS_WITHIN_NOUN})"
)
_SPAN_OPENING_RE = re.compile(
    # (after the outlet's tag that opens a lead: '(BHG) - Trong 3 ngày, từ 24 đến 26-6, …')
    rf"(?:^|[.!?\n])\s*(?:\([^()\n]{{2,24}}\)\s*[-–]\s*)?(?:{_DAYS_COUNTED}\s*,\s*)?(?:{_words(V.RANGE_START_BEFORE)})\s+$",
    re.IGNORECASE,
)

# what may follow the first day before the comma: 'đến ngày 28-2-2021' (the span's end)
_SPAN_REST_RE = re.compile(rf"(?:\s*(?:{_UNTIL_DAY})\s+(?:{_DAY}\s+)?[\d/.-]+)?\s*,", re.IGNORECASE)


def opens_with_span(text: str, mention: DateMention) -> bool:
    """'Từ ngày 18 đến 20/8, Ban Tổ chức Tỉnh ủy tổ chức lớp bồi dưỡng ...': a sentence that opens
    with the days its event spans; the mention (the span's first day) dates the event."""
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(_SPAN_OPENING_RE.search(before) and _SPAN_REST_RE.match(text, mention.end))


_NOT_EVENT_DAY = (*V.DEADLINE_BEFORE, *V.DOC_ISSUED_WORDS, *V.DOC_SIGNED_WORDS)
_NOT_EVENT_DAY_RE = re.compile(rf"(?<!\w)(?:{_words(_NOT_EVENT_DAY)})\s+(?:{_DAY}\s+)?$", re.IGNORECASE)


def is_not_event_day(text: str, mention: DateMention) -> bool:
    """True for 'hoàn thành trước ngày 20/3/2020' (a limit) and '... ký ngày 16-10-2023' (a document
    signed, cited without a code): days nobody met on."""
    return bool(_NOT_EVENT_DAY_RE.search(text[max(0, mention.start - 20) : mention.start]))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve(mention: DateMention, published: date | None, ref_year: int | None) -> date | None:
    """Calendar date of a mention; None when the text does not pin the year."""
    if mention.is_relative:
        return mention.relative_to(published) if published else None
    assert mention.day is not None and mention.month is not None
    if mention.year:
        return safe_date(mention.year, mention.month, mention.day)
    if published:
        candidates = [safe_date(published.year + k, mention.month, mention.day) for k in (-1, 0, 1)]

        # Articles report what happened; a day far after publication is less likely than before it.
        def distance(d: date) -> int:
            delta = (d - published).days
            return -delta if delta <= 0 else 3 * delta

        valid = [c for c in candidates if c is not None]
        return min(valid, key=distance) if valid else None
    if ref_year:
        return safe_date(ref_year, mention.month, mention.day)
    return None


def reference_year(text: str) -> int | None:
    """The latest year the text speaks of as a time things happen (not a term, range or target)."""
    ranges = [m.span() for m in _RANGE_RE.finditer(text)]
    years = []
    for m in _YEAR_RE.finditer(text):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        if _NOT_EVENT_YEAR_RE.search(text[max(0, m.start() - 25) : m.start()]):
            continue
        years.append(int(m.group(1)))
    return max(years) if years else None


# --- the year of a day written without one, when no publication date gives it ------------------

_YEAR_NUM = r"(?:19|20)\d\d(?!\d)"
_LONE_YEAR = rf"({_YEAR_NUM})(?!\s*[-–]\s*\d)"  # '2022', not the start of '2021-2026'
_QUARTERS = "|".join(sorted(V.QUARTER_NUMERALS, key=len, reverse=True)) + "|[1-4]"
_PERIOD_RE = re.compile(
    rf"(?<!\w)(?:(?P<review>{_words(V.PERIOD_REVIEW_CUES)})|{_words(V.PERIOD_PLAN_CUES)})(?!\w)[^.;]{{0,80}}?(?<!\w)(?:"
    rf"{re.escape(V.QUARTER_WORD)}\s+(?P<q>{_QUARTERS})(?:\s+{_YEAR}\s+|\s*[/,]\s*){_LONE_YEAR}"
    rf"|(?P<n>\d{{1,2}})\s+{_MONTH}\s+{_words((V.FIRST_MONTHS_WORD,))}\s+{_LONE_YEAR}"
    rf"|{_MONTH}\s+(?P<mo>\d{{1,2}})(?:\s+{_YEAR}\s+|\s*/\s*){_LONE_YEAR}"
    rf"|{_YEAR}\s+{_LONE_YEAR})",
    re.IGNORECASE,
)
_NEW_YEAR_RE = re.compile(
    rf"(?<!\w)(?:{_words(V.NEW_YEAR_WORDS)})(?!\w)[^.;]{{0,40}}?(?<!\d){_LONE_YEAR}", re.IGNORECASE
)
_TERM_RE = re.compile(
    rf"(?<!\w){_words((V.CONGRESS_WORD,))}(?!\w)[^.;]{{0,100}}?{_words((V.TERM_WORD,))}\s+({_YEAR_NUM})\s*[-–]",
    re.IGNORECASE,
)
_PREPARATION_RE = re.compile(rf"(?<!\w)(?:{_words(V.CONGRESS_PREPARATION_WORDS)})(?!\w)[^.;]{{0,40}}$", re.IGNORECASE)
_STANDING_DOC_RE = re.compile(rf"(?:{_words(V.STANDING_DOC_WORDS)})[^.;]{{0,50}}$", re.IGNORECASE)
_PERIOD_DAYS = 100  # a review meets within about three months of its period's end
_NEW_YEAR_DAYS = 60
_ANCHOR_DAYS = 45  # a decision handed over, a vote after the approval: days or weeks apart


def infer_year(mention: DateMention, text: str, contexts: tuple[str, ...]) -> int | None:
    """The year of a day written without one ('Sáng 29/12'), from what the text makes certain.

    `contexts` are the meeting's own sentence, the headline and the lead, searched in that order.
    In turn: a review or plan of a period near the day ('tổng kết ... năm 2022' on 29/12 is 2022,
    on 20/1 it is 2023); the lunar new year of a year; a congress electing a term (its first year);
    a full date within weeks of the day anywhere in `text` (not a standing document's date: those
    are often years older); a year the meeting's sentence speaks of, unless it names a period that
    lies too far from the day. Otherwise None: no guess.
    """
    assert mention.day is not None and mention.month is not None
    for context in contexts:
        year = _period_year(mention, context) or _new_year_year(mention, context) or _term_year(context)
        if year:
            return year
    anchored = _anchored_year(mention, text)
    if anchored or not contexts or any(_PERIOD_RE.search(c) for c in contexts):
        return anchored  # a period too far from the day: its years say nothing certain about the day
    return _talked_of_year(contexts[0])


def _talked_of_year(sentence: str) -> int | None:
    """The latest year the sentence names by itself ('công tác năm 2013'), not inside a full date:
    a cited document's date says when it was signed, not when this meeting sits."""
    for d in reversed(find_dates(sentence)):
        sentence = sentence[: d.start] + " " * (d.end - d.start) + sentence[d.end :]
    return reference_year(sentence)


def _nearest_year(mention: DateMention, target: date, within: int) -> int | None:
    """The year that puts the mention's day nearest `target`, when that is within `within` days."""
    assert mention.day is not None and mention.month is not None
    days = [safe_date(target.year + k, mention.month, mention.day) for k in (-1, 0, 1)]
    valid = [d for d in days if d is not None]
    best = min(valid, key=lambda d: abs((d - target).days), default=None)
    return best.year if best and abs((best - target).days) <= within else None


def _period_year(mention: DateMention, context: str) -> int | None:
    m = _PERIOD_RE.search(context)
    if not m:
        return None
    year = int(next(g for g in m.groups() if g and len(g) == 4 and g.isdigit()))
    if m.group("q"):
        q = V.QUARTER_NUMERALS.index(m.group("q").upper()) + 1 if not m.group("q").isdigit() else int(m.group("q"))
        first, last = 3 * q - 2, 3 * q
    elif m.group("n"):
        first, last = 1, min(12, int(m.group("n")))
    elif m.group("mo"):
        first = last = min(12, max(1, int(m.group("mo"))))
    else:
        first, last = 1, 12
    # A review meets near the period's end; a plan ('triển khai') near its start.
    target = (
        date(year + last // 12, last % 12 + 1, 1) - timedelta(days=1) if m.group("review") else date(year, first, 1)
    )
    return _nearest_year(mention, target, _PERIOD_DAYS)


def _new_year_year(mention: DateMention, context: str) -> int | None:
    m = _NEW_YEAR_RE.search(context)
    return _nearest_year(mention, date(int(m.group(1)), V.NEW_YEAR_MONTH, 1), _NEW_YEAR_DAYS) if m else None


def _term_year(context: str) -> int | None:
    for m in _TERM_RE.finditer(context):
        if not _PREPARATION_RE.search(context[max(0, m.start() - 40) : m.start()]):
            return int(m.group(1))
    return None


def _anchored_year(mention: DateMention, text: str) -> int | None:
    best: tuple[int, int] | None = None
    for other in find_dates(text):
        if other.year is None or other.start == mention.start or other.day is None or other.month is None:
            continue
        if _STANDING_DOC_RE.search(text[max(0, other.start - 60) : other.start]):
            continue
        anchor = safe_date(other.year, other.month, other.day)
        year = _nearest_year(mention, anchor, _ANCHOR_DAYS) if anchor else None
        day = safe_date(year, mention.month, mention.day) if year and anchor else None
        if day and anchor and (best is None or abs((day - anchor).days) < best[0]):
            best = (abs((day - anchor).days), day.year)
    return best[1] if best else None


# the labels on a stamp's line and the marks between its parts: 'Chuyên mục: Chính trị | Đăng lúc'
_LINE_LABEL_RE = re.compile(
    r"(?:" + "|".join(map(re.escape, (*V.SECTION_LABELS, *V.STAMP_LABELS))) + r")\s*:?|[|·•:,–()-]", re.IGNORECASE
)
# what else a stamp's line shows that is not words: '(GMT+7)', 'Lượt xem: 1.234', 'Thứ 2', 'lúc'
_WEEKDAY_WORD_RE = re.compile(
    rf"(?<!\w)(?:{_words((*V.WEEKDAYS, *V.WEEKDAYS_SHORT, *V.ENGLISH_WEEKDAYS))})(?!\w)", re.IGNORECASE
)
_STAMP_NOISE_RE = re.compile(
    rf"(?:{_words(V.STAMP_ZONES)})\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?"
    rf"|(?:{_words(V.STAMP_COUNTERS)})\s*:?\s*[\d.,]*"
    rf"|(?<!\w)(?:{_words((*V.WEEKDAYS, *V.WEEKDAYS_SHORT, *V.ENGLISH_WEEKDAYS, *V.STAMP_TIME_WORDS))})(?!\w)",
    re.IGNORECASE,
)


def without_weekdays(rest: str) -> str:
    """What is beside a stamp on its line without its weekday: 'Thứ Tư' is no byline."""
    return _WEEKDAY_WORD_RE.sub(" ", rest)


def stamp_rest_words(rest: str) -> list[str]:
    """The words beside a stamp on its line, without labels, separators, time zones, counters and
    weekdays ('Chính trị')."""
    return _LINE_LABEL_RE.sub(" ", _STAMP_NOISE_RE.sub(" ", rest)).split()


def parse_stamp(line: str, bars: bool = False) -> tuple[datetime | None, str]:
    """Read a header timestamp line. Returns (timestamp or None, the rest of the line).

    A weekday date bar without a clock time ("Thứ Hai, ngày 24 tháng 1 năm 2022") is the page's
    today, not the article's date, so it gives no timestamp, unless `bars`: the caller knows the
    line is the article's (under its lead, last under its byline), and it gives its day.
    """
    if not _STAMP_CORE_RE.search(line):
        return None, line
    body = _STAMP_LABEL_RE.sub("", line)
    m = (
        _STAMP_RE.search(body)
        or _ISO_STAMP_RE.search(body)
        or _WORDED_STAMP_RE.search(body)
        or _ENGLISH_STAMP_RE.search(body)
        or _ENGLISH_DAY_FIRST_RE.search(body)
    )
    if not m:
        return None, line
    h1 = m.groupdict().get("h1")
    hour, minute = (h1, m.group("mi1")) if h1 else (m.group("h2"), m.group("mi2"))
    if hour is None and _WEEKDAY_RE.match(line) and not bars:
        return None, line
    meridiem = (m.groupdict().get("meridiem") or m.groupdict().get("meridiem1") or "").lower()
    named, word = m.groupdict().get("month_name"), m.groupdict().get("month_word")
    month = V.ENGLISH_MONTHS[named.lower()] if named else V.MONTH_NAMES[word.lower()] if word else int(m.group("m"))
    day_of_month = int(m.group("d"))
    if meridiem in V.STAMP_MONTH_FIRST_MERIDIEMS and m.re is _STAMP_RE and m.group("s2"):
        day_of_month, month = month, day_of_month  # '12/10/2009 3:45:12 PM' is 10 December
    day = safe_date(int(m.group("y")), month, day_of_month)
    if day is None:
        return None, line
    stamp = datetime(day.year, day.month, day.day)
    if hour is not None and meridiem:
        hour = str(int(hour) % 12 + (12 if V.STAMP_MERIDIEMS[meridiem] else 0))
    if hour is not None and int(hour) < 24 and int(minute) < 60:
        stamp = stamp.replace(hour=int(hour), minute=int(minute))
    rest = (body[: m.start()] + " " + body[m.end() :]).strip(" ,|-–·•\t")
    if len(stamp_rest_words(rest)) > 6:
        return None, line  # a headline that mentions a date, not a timestamp line
    return stamp, rest
