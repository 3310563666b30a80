"""Clean: article text → header (category, headline, timestamp, byline) + body paragraphs.

Page furniture goes (comment forms, related links, magazine promos, 'Ý kiến ()', menus);
captions and section headings are kept, but apart from the body paragraphs; bylines glued to
photo credits (`Tin: Ngọc DiệpẢnh: PG`) are split. `body_text` is what every extractor reads
and what evidence offsets point into: the headline, then body paragraphs, then captions.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.dates import (
    find_dates,
    is_date_bar,
    opens_with_event_date,
    parse_stamp,
    safe_date,
    stamp_rest_words,
    without_weekdays,
)
from hoinghi.transforms.text import NOT_ABBREVIATION, OUTLET_TAG, UPPER, fold, squash_spaces
from hoinghi.transforms.unwrap import unwrapped
from hoinghi.transforms.webpage import unmarked

_CRAWLER_MARK_RE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\s*")
# Outlet prefixes before the lead: "LSO-", "BTNO - ", "(TTV) ", "(kontumtv.vn) – ", "BDK.VN - ".
# ('(SGGP).- Từ ngày 7 đến 9-7, …': a full stop may stand between the tag and its dash)
_BRACKETED_OUTLET = r"\((?:[A-ZĐ]{2,10}|[\w.-]+\.vn)\)\.?\s*[-–]?\s*"
_OUTLET_PREFIX_RE = re.compile(rf"^(?:{_BRACKETED_OUTLET}|[A-ZĐ]{{2,8}}(?:\.VN)?\s*[-–]\s*|[-–]\s+)", re.IGNORECASE)
_OUTLET_TAG_RE = re.compile("^" + _BRACKETED_OUTLET, re.IGNORECASE)
_SENTENCE_BREAK_RE = re.compile(r"[.!?…]" + NOT_ABBREVIATION + r"[\"”’)]?\s+[\"“(]?[" + UPPER + r"]")
_CREDIT = "|".join(map(re.escape, V.GLUED_CREDIT_LABELS))
_GLUED_CREDIT_RE = re.compile(r"(?<=[^\s:])(?=(?:" + _CREDIT + r")\s*:)")
_CREDIT_TAIL_RE = re.compile(r"\s*[.]?\s*\b(?:" + _CREDIT + r")\s*:\s*([^.]{1,60})\.?\s*$")
_LABEL_RE = re.compile(r"^\s*([^:]{1,14}):\s*(.+)$")
_NAME_WORD_RE = re.compile(r"^[" + UPPER + r"][\w'’]*$")
# (one or several: 'PGS.TS. Lê Văn A', 'PGS, TS. Lê Văn A')
_DEGREE_RE = re.compile(
    r"^(?:(?:" + "|".join(map(re.escape, sorted(V.ACADEMIC_PREFIXES, key=len, reverse=True))) + r")(?:\s*,\s*|\s+))+",
    re.IGNORECASE,
)
_PUNCT_ONLY_RE = re.compile(r"^[\W_]*$")
# A photo caption says where a person stands: "(trái)", "(bên phải)", "(thứ hai từ trái sang)".
_PHOTO_POSITION_RE = re.compile(
    r"\((?:(?:" + "|".join(V.PHOTO_POSITION_PREFIXES) + r")\s+)?(?:" + "|".join(V.PHOTO_POSITION_SIDES) + r")"
    r"(?:\s+(?:" + "|".join(V.PHOTO_POSITION_TOWARD) + r")(?:\s+(?:" + "|".join(V.PHOTO_POSITION_SIDES) + r"))?)?\)",
    re.IGNORECASE,
)
# A lead's dateline, never a headline's opening: "(PLO)- ", "(Dân trí) - ", "TPO - ".
_DATELINE_RE = re.compile(rf"^(?:{OUTLET_TAG}|[A-ZĐ]{{2,8}}(?:\.VN)?\s*[-–]\s)")
_TRAILING_DATELINE_RE = re.compile(r"\s(?:\([^()]{2,24}\)|[A-ZĐ]{2,8}(?:\.VN)?)\s*[-–]$")
_CLOCK_RE = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}")
# A lead's dated opening ends at a comma: "Sáng 16/11, tại ...", "Chiều 16 và sáng 17/10, ...".
_OPENER_COMMA_RE = re.compile(r"^[^,.;]{0,30},")
_DATE_GOVERNED_RE = re.compile(r"(?i:\b(?:" + "|".join(V.DATE_GOVERNING_WORDS) + r"))$")
# A sentence opening with a form of address and a name ("Ông Trần Văn A", "Đồng chí Lê B"): mid-line,
# in sentence case, the form is written in lower case, so a capitalised one starts a new sentence.
_ADDRESS_OPENING_RE = re.compile(
    r"^(?:" + "|".join(w.capitalize() for w in V.ADDRESS_FORMS) + r")\s+[" + UPPER + r"][\w'’]*\s+[" + UPPER + r"]"
)
_NAME_GOVERNED_RE = re.compile(r"(?i:\b(?:" + "|".join(V.NAME_GOVERNING_WORDS) + r"))$")
_WORD_GAP_RE = re.compile(r"\s(?=\S)")
_ROMAN_DASH_RE = re.compile(r"^[IVXLC]+\s*[-–]")  # "Đại hội XIV - ...": a numeral, not an outlet
# Section names and share buttons: a line of them only is a menu ("Trang chủ | Thời sự | Xã hội");
# glued before a headline on a one-line page they are dropped ("Xây dựng Đảng Headline ...").
_GLUED_JUNK = tuple(w for w in V.JUNK_LINES if w[-1].isalpha())  # "banner", "in bài viết", "tiếng việt | english"
_FURNITURE_WORDS = "|".join(
    re.escape(w) for w in sorted(V.SECTION_NAMES + V.SHARE_WORDS + _GLUED_JUNK, key=len, reverse=True)
)
_FURNITURE_LINE_RE = re.compile(r"^(?:(?:" + _FURNITURE_WORDS + r")\s*[|>»›/,;:-]?\s*)+$", re.IGNORECASE)
_SECTION_RE = re.compile(r"^(?:(?i:" + _FURNITURE_WORDS + r")\s*[|:]?\s+)+(?=[\d" + UPPER + r"])")
# a separator may be doubled: 'Trang chủ >> Chính trị >> Xây dựng chính quyền'
_BREADCRUMB_RE = re.compile(r"^.*\s(?:" + "|".join(map(re.escape, V.BREADCRUMB_SEPARATORS)) + r")+\s")
HEADLINE_MIN_WORDS = 4  # a shorter line glued before a lead is page furniture, not a headline
HEADLINE_MAX_WORDS = 40

PARAGRAPH_MIN_WORDS = 30
AFFILIATION_MAX_WORDS = 15  # the author's school or unit under a byline
SENTENCE_MIN_WORDS = 12  # a line ending with a full stop and this many words is a sentence, not a heading


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


# Vocabulary in the folded form the lines are compared in (fold writes 'toàn' as 'tòan').
_TRAILER = _folded(V.TRAILER_STARTS)
_TRAILER_SET = frozenset(_TRAILER)
_TRAILER_PREFIXES = tuple(w for w in _TRAILER if len(w) > 8)  # a long trailer word may open a line
_TRAILER_LONGEST = max(map(len, _TRAILER))
_JUNK = frozenset(_folded(V.JUNK_LINES))
_JUNK_STARTS = _folded(V.JUNK_LINE_STARTS)
_RELATED_LINK_RE = re.compile(
    rf"\s*(?:(?:{'|'.join(map(re.escape, V.RELATED_LINK_MARKS))})\s*)?"
    rf"(?:{'|'.join(map(re.escape, V.RELATED_LINK_LABELS))})\s*:\s*\S"
)
_FOOTER_MARKS = _folded(V.FOOTER_MARKS)
_STAFF_MARKS, _MASTHEAD_WORDS = _folded(V.MASTHEAD_STAFF_MARKS), _folded(V.MASTHEAD_LINE_WORDS)
_CAPTION_STARTS = _folded(V.CAPTION_STARTS)
_PHOTO_STARTS = _folded(V.PHOTO_CAPTION_STARTS + V.ILLUSTRATION_CAPTION_STARTS)
_CAPTION_WORDS = _folded(V.CAPTION_WORDS)
_OUTLETS = _folded(V.OUTLET_WORDS)
_BYLINE_LABELS = _folded(V.BYLINE_LABELS)
_CREDIT_LABELS = _folded(V.CREDIT_LABELS)
_SOURCE_STARTS = _folded(V.SOURCE_LINE_STARTS)
_TODAY = _folded(V.TODAY_WORDS)


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str  # "title" | "body" | "heading" | "caption"


@dataclass
class CleanArticle:
    title: str | None
    category: str | None
    published_at: datetime | None
    authors: list[str]
    credits: list[str]
    body_text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    year_hint: int | None = None  # from a partial crawler mark ("date 2024-08"): year, no day
    outlet: str | None = None  # the outlet tag before the lead or headline: 'LSO', 'TTV', 'kontumtv.vn'

    def parts(self, *kinds: str) -> list[tuple[int, str]]:
        """(offset, text) of the paragraphs of the given kinds, in body_text order."""
        return [(p.start, self.body_text[p.start : p.end]) for p in self.paragraphs if p.kind in kinds]


def clean_text(text: str) -> CleanArticle:
    """Split an article's decoded text into its header and its clean, evidence-addressable body."""
    lines = [squash_spaces(_barred_menu(line)) for line in unmarked(unwrapped(_tab_rows_as_cells(text))).split("\n")]
    marked_at, year_hint, lines = _crawler_mark(_after_email_headers(lines))
    lines, late_captions = _cut_trailer(lines)
    lines = _drop_furniture(lines)
    lead = next((i for i, line in enumerate(lines) if _is_paragraph(line)), len(lines))
    if lead < len(lines) and not any(_headline_like(line) for line in lines[:lead]):
        lines, lead = _headline_inside_lead(lines, lead)
    header, body = lines[:lead], lines[lead:]

    title, category, published_at, authors, kept = _read_header(header)
    if published_at is None:
        published_at, body = _stamp_after_lead(body)
    if published_at is None:
        published_at, body = _stamp_at_end(body)
    if published_at is None:
        published_at = _bar_dating_the_lead(header, body)
    published_at = _time_told_at_the_end(published_at, body)
    body, tail_authors, credits = _read_trailer_byline(body)
    authors += [a for a in tail_authors if a not in authors]

    blocks: list[tuple[str, str]] = [("body", _OUTLET_PREFIX_RE.sub("", t, count=1)) for k, t in kept if k == "body"]
    captions: list[str] = [t for k, t in kept if k == "caption"]
    outlet = (
        _outlet_tag(header[-1] if header else "")
        or next((_outlet_tag(t) for k, t in kept if k == "body" and _outlet_tag(t)), None)
        or _outlet_tag(body[0] if body else "")
    )
    for i, line in enumerate(body):
        if i == 0:
            line = _OUTLET_PREFIX_RE.sub("", line, count=1)
        short, credit = _strip_credit(line)
        if _is_paragraph(short) or line.endswith(":"):
            blocks.append(("body", line))
            continue
        line = short
        if credit:
            credits.append(credit)
        if line:
            if _looks_like_caption(line):
                captions.append(line)
            else:
                blocks.append(("body" if _is_sentence(line) else "heading", line))
    late = [_strip_credit(line) for line in late_captions]
    credits += [credit for _, credit in late if credit]
    blocks += [("caption", c) for c in captions + [short for short, _ in late]]

    pieces, paragraphs, offset = [], [], 0
    for kind, chunk in ([("title", title)] if title else []) + blocks:
        paragraphs.append(Paragraph(offset, offset + len(chunk), kind))
        pieces.append(chunk)
        offset += len(chunk) + 2
    return CleanArticle(
        title=title,
        category=category,
        published_at=published_at or marked_at,
        authors=authors,
        credits=credits,
        body_text="\n\n".join(pieces),
        paragraphs=paragraphs,
        year_hint=year_hint,
        outlet=outlet,
    )


def _outlet_tag(line: str) -> str | None:
    m = _OUTLET_PREFIX_RE.match(line)
    tag = m.group().strip(" ()-–") if m else ""
    return tag or None


TAB_ROW_CELLS = 3  # a line of this many cells or more between tabs, beside another, is a table's row


def _tab_rows_as_cells(text: str) -> str:
    """A table copied as tab-separated lines ('STT\tHọ và tên\tChức vụ cũ\t…'), written as the rows the table
    reader reads ('| STT | Họ và tên | … |'); spacing would otherwise turn its tabs into plain spaces."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    tabbed = [line.strip().count("\t") >= TAB_ROW_CELLS - 1 for line in lines]
    for i, line in enumerate(lines):
        if tabbed[i] and ((i > 0 and tabbed[i - 1]) or (i + 1 < len(lines) and tabbed[i + 1])):
            lines[i] = "| " + " | ".join(cell.strip() for cell in line.strip().split("\t")) + " |"
    return "\n".join(lines)


_EMAIL_FROM = _folded(V.EMAIL_FROM_LABELS)
_EMAIL_SUBJECT = _folded(V.EMAIL_SUBJECT_LABELS)


def _after_email_headers(lines: list[str]) -> list[str]:
    """The lines after the last e-mail header of a forwarded article ('Từ: …' … 'Chủ đề: …'): the covering notes
    and headers of the messages that carried it are not the article's."""
    first = next((line for line in lines if line), "")
    if not fold(first).startswith(_EMAIL_FROM):
        return lines
    cut = 0
    for i, line in enumerate(lines):
        if fold(line).startswith(_EMAIL_FROM):
            subject = next(
                (
                    k
                    for k in range(i + 1, min(len(lines), i + V.EMAIL_HEADER_LINES))
                    if fold(lines[k]).startswith(_EMAIL_SUBJECT)
                ),
                None,
            )
            cut = subject + 1 if subject is not None else cut
    return lines[cut:]


def _crawler_mark(lines: list[str]) -> tuple[datetime | None, int | None, list[str]]:
    """Some crawled excerpts start with ' date 2025-12-05 ' glued to the first line."""
    for i, line in enumerate(lines):
        if not line:
            continue
        m = _CRAWLER_MARK_RE.match(line)
        if not m:
            return None, None, lines
        rest = lines[:i] + [line[m.end() :]] + lines[i + 1 :]
        year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
        if day is None:
            return None, year, rest
        try:
            return datetime(year, month, int(day)), year, rest
        except ValueError:
            return None, year, rest
    return None, None, lines


def _cut_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines before the page's trailer ('Tin liên quan', 'Bài viết khác' …), and the photo captions
    after it: a web page's captions are laid out after its text (webpage.py), which may end with a trailer."""
    seen_text = False
    for i, line in enumerate(lines):
        if seen_text and _is_trailer(line):
            return lines[:i], _captions_at_end(lines[i + 1 :])
        seen_text = seen_text or _is_paragraph(line)
    return lines, []


def _captions_at_end(lines: list[str]) -> list[str]:
    """The photo captions that end the text (where webpage.py lays a page's out), not a teaser's."""
    captions: list[str] = []
    for line in reversed(lines):
        if line and not _is_photo_caption(line):
            break
        if line:
            captions.insert(0, line)
    return captions


def _is_trailer(line: str) -> bool:
    """A line that starts the page's trailer: the line is a trailer word, or opens with a long one."""
    # Only a line's head can match, so only the head is folded (a line may be a long paragraph).
    folded = fold(line[: _TRAILER_LONGEST + 1])
    if len(line) <= _TRAILER_LONGEST and folded in _TRAILER_SET:
        return True
    return folded.startswith(_TRAILER_PREFIXES)


def _is_masthead_staff(folded: str) -> bool:
    """'Tổng biên tập: A' opening a line, or on a line that names the paper ('Báo B - Cơ quan của … Tổng Biên tập: A',
    'Báo điện tử B. Tổng biên tập: A');
    not an item of a list of a paper's new leaders ('- Tổng Biên tập: đồng chí A')."""
    if not any(m in folded for m in _STAFF_MARKS) or _ITEM_START_RE.match(folded):
        return False
    return folded.startswith((*_STAFF_MARKS, *_OUTLETS)) or any(w in folded for w in _MASTHEAD_WORDS)


_ITEM_START_RE = re.compile(r"\s*(?:[-–•+*]|\d{1,2}[.)])\s")


def _drop_furniture(lines: list[str]) -> list[str]:
    kept, seen = [], set()
    for line in lines:
        folded = fold(line)
        if not line or _PUNCT_ONLY_RE.match(line):
            continue
        if ":" in line and any(mark in folded for mark in _FOOTER_MARKS):  # every mark ends with ':'
            continue
        if ":" in line and _is_masthead_staff(folded):
            continue
        if folded in _JUNK or (folded.startswith(_JUNK_STARTS) and parse_stamp(line)[0] is None):
            continue  # 'Cập nhật lúc 16:02, 14/12/2023' is the article's time; without a day, the page's
        if _RELATED_LINK_RE.match(folded):
            continue  # '>> Đọc thêm: Ông A làm thứ trưởng Bộ Công Thương': another article's headline
        key = fold(_strip_credit(line)[0])
        if key in seen:  # repeated headline, repeated caption with and without its credit
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _is_paragraph(line: str) -> bool:
    """A body paragraph rather than a headline, caption or heading."""
    if ("|" in line or _is_tagline(line)) and _is_furniture(line):
        return False  # a menu of thirty words between pipes, a paper's long tagline: the page's, above the headline
    # split stops once it has the words it needs to count: most lines are long paragraphs
    if len(line.split(None, PARAGRAPH_MIN_WORDS - 1)) >= PARAGRAPH_MIN_WORDS or _SENTENCE_BREAK_RE.search(line):
        return True
    if is_date_bar(line) and len(line.split()) <= 10:
        return False
    opening = _OUTLET_PREFIX_RE.sub("", line.lstrip("*•· "), count=1)
    return opens_with_event_date(opening) and len(line.split()) >= 8


def _is_sentence(line: str) -> bool:
    """A short paragraph of one sentence ('Trước đó, chiều 9-12, Ban Thường vụ ... đã họp, ...'): it
    ends with a full stop and has the words of a sentence; a heading has neither."""
    return (
        _is_lead_line(line)
        and not _DATELINE_RE.match(line)
        and len(line.split(None, SENTENCE_MIN_WORDS - 1)) >= SENTENCE_MIN_WORDS
    )


def _looks_like_caption(line: str) -> bool:
    folded = fold(line)
    return folded.startswith(_CAPTION_STARTS) or any(w in folded for w in _CAPTION_WORDS)


def _is_photo_caption(line: str) -> bool:
    """A line only a photo caption writes: a photo opening, a place in the photo, a photo credit."""
    return (
        fold(line).startswith(_PHOTO_STARTS)
        or bool(_PHOTO_POSITION_RE.search(line))
        or _strip_credit(line)[1] is not None
    )


def _is_lead_line(line: str) -> bool:
    """A sentence (it ends with a full stop) or a line opening with the outlet's dateline."""
    return line.rstrip(' "”’)').endswith(".") and not line.endswith("..") or bool(_DATELINE_RE.match(line))


def _headline_like(line: str) -> bool:
    """Could be the headline: not a sentence, a lead, a photo caption, a byline or a date line."""
    if not line or is_date_bar(line) or line.endswith(":") or parse_stamp(line)[0] is not None:
        return False
    if line.startswith("|") and line.endswith("|"):
        return False  # a row of a page's layout table, the menus and its today's date: '| Thứ Tư, … | Trang chủ |'
    if _is_lead_line(line) or _is_photo_caption(line) or _FURNITURE_LINE_RE.match(line):
        return False
    # (a byline may end with the authors' unit in brackets: 'THANH HIỀN - TÙNG LÂM (Ban Tổ chức Tỉnh ủy Lâm Đồng)')
    return not _names_in_byline(_BRACKETED_TAIL_RE.sub("", line.strip(" |")))


_BRACKETED_TAIL_RE = re.compile(r"\s*\([^()]+\)\s*$")


def _headline_inside_lead(lines: list[str], lead: int) -> tuple[list[str], int]:
    """No headline above the lead: it may be glued into the lead, or follow a caption.

    A one-line scraped page runs section names, the headline and the lead together ("Xây dựng
    Đảng Headline Sáng 16/11, ..."); a page that opens with a photo caption puts the headline
    under it (caption, headline, lead).
    """
    split = _split_glued_headline(lines[lead])
    if split:
        head, rest = split
        head, stamp = _cut_glued_stamp(head)  # kept as a line of its own: the header reads it
        head = _SECTION_RE.sub("", head).strip()
        if len(head.split()) >= HEADLINE_MIN_WORDS:
            glued = [stamp, head] if stamp else [head]
            return lines[:lead] + glued + [rest] + lines[lead + 1 :], lead + len(glued)
    nxt = lead + 1
    if (
        nxt < len(lines)
        and _is_photo_caption(lines[lead])
        and not _is_paragraph(lines[nxt])
        and _headline_like(lines[nxt])
    ):
        # the headline may have its byline, date line or sapo under it before the lead
        after = next((i for i in range(nxt + 1, min(nxt + 4, len(lines))) if _is_paragraph(lines[i])), None)
        if after is not None or nxt + 1 == len(lines):
            return lines, after or len(lines)
    return lines, lead


def _split_glued_headline(line: str) -> tuple[str, str] | None:
    """(headline, lead) of a line where the lead runs on from the headline, or None.

    The lead starts where it repeats the headline's words, or at its dated opening ("Sáng 16/11,
    ..."), its outlet dateline ("(ABC) - ", "TPO - ") or after the timestamp printed between the
    two; what comes before, without a sentence end, is the headline (furniture dropped).
    """
    words = line.split(None, 2 * HEADLINE_MAX_WORDS + 4)[: 2 * HEADLINE_MAX_WORDS + 4]
    keys = fold(" ".join(w.strip(".,:") for w in words)).split()
    if len(keys) == len(words):
        for k in range(HEADLINE_MIN_WORDS, min(HEADLINE_MAX_WORDS, len(words) // 2) + 1):
            for skip in range(0, 4):  # a few furniture words may stand before the headline
                if keys[skip : skip + k] == keys[skip + k : skip + 2 * k]:
                    return _strip_glued_furniture(" ".join(words[: skip + k])), line.split(None, skip + k)[skip + k]
    brk = _SENTENCE_BREAK_RE.search(line, 0, 400)
    end = min(brk.start() + 1 if brk else 400, line.find(";") % (len(line) + 1))
    for n, m in enumerate(_WORD_GAP_RE.finditer(line, 0, end), start=1):
        if n > HEADLINE_MAX_WORDS:
            return None
        first = line[m.end() : m.end() + 1]
        if n < HEADLINE_MIN_WORDS or not (first.isupper() or first.isdigit() or first == "("):
            continue  # every lead opening starts with a capital, a digit (a timestamp) or '(' (a dateline)
        prefix = line[: m.start()]
        if _DATE_GOVERNED_RE.search(prefix, max(0, len(prefix) - 12)):
            continue
        split = _lead_starts_here(prefix, line[m.end() :])
        if split:
            return _strip_glued_furniture(split[0]), split[1]
    return None


def _lead_starts_here(prefix: str, rest: str) -> tuple[str, str] | None:
    """(headline part, lead) when `rest` opens the lead, else None."""
    if rest[:1].isupper() and opens_with_event_date(rest) and _OPENER_COMMA_RE.match(rest):
        tag = _TRAILING_DATELINE_RE.search(prefix)  # "Headline (ABC) - Sáng 5/3, ...": the tag is the lead's
        return (prefix[: tag.start()], f"{tag.group().strip()} {rest}") if tag else (prefix, rest)
    if _DATELINE_RE.match(rest) and not _ROMAN_DASH_RE.match(rest):
        return prefix, rest
    if _ADDRESS_OPENING_RE.match(rest) and _may_end_headline(prefix):  # "Headline Ông Nguyễn Văn A, ...": a lead
        return prefix, rest
    if not rest[:1].isdigit():
        return None
    words = rest.split(None, 6)
    for k in range(min(5, len(words) - 1), 0, -1):  # "Headline 16:33' 25/8/2020 Lead ...": the stamp stays
        stamp_text = " ".join(words[:k])
        if not _CLOCK_RE.search(stamp_text) or not (words[k][:1].isupper() or words[k][:1] == "("):
            continue
        stamp, left = parse_stamp(stamp_text)
        if stamp is not None and (not left or is_date_bar(stamp_text)):
            return f"{prefix} {stamp_text}", rest.split(None, k)[k]
    return None


def _may_end_headline(prefix: str) -> bool:
    """A headline ends on neither a comma nor a word that wants a name after it; it is not all capitals."""
    return not (
        prefix.isupper() or prefix.endswith((",", ":")) or _NAME_GOVERNED_RE.search(prefix, max(0, len(prefix) - 12))
    )


def _without_site_suffix(line: str) -> str:
    """A line without the site's name a bar sets after it: 'Đại hội Đảng bộ xã … | Báo Phú Thọ' (a page's title)."""
    head, bar, tail = line.rpartition(" | ")
    if bar and head and fold(tail.strip()).startswith((*_OUTLETS, *_PORTALS)) and "|" not in head:
        return head.strip()
    return line


def _strip_glued_furniture(head: str) -> str:
    """Breadcrumbs, section names and share buttons glued before a headline; a dash left after it."""
    return _SECTION_RE.sub("", _BREADCRUMB_RE.sub("", head)).strip(" -–")


def _cut_glued_stamp(line: str) -> tuple[str, str | None]:
    """A headline with its timestamp glued before or after it ('Headline 01/10/2025 11:32')."""
    words = line.split()
    for k in range(min(6, len(words) - HEADLINE_MIN_WORDS), 0, -1):
        for stamp_words, rest in ((words[-k:], words[:-k]), (words[:k], words[k:])):
            stamp_text = " ".join(stamp_words)
            if not _CLOCK_RE.search(stamp_text):  # a headline may end with a date, never a clock
                continue
            stamp, left = parse_stamp(stamp_text)
            if stamp is not None and (not left or is_date_bar(stamp_text)):
                return " ".join(rest), stamp_text
    return line, None


def _read_header(header: list[str]) -> tuple[str | None, str | None, datetime | None, list[str], list[tuple[str, str]]]:
    """Headline, category, timestamp, authors, and the header lines kept: ("body"|"caption", text)."""
    authors: list[str] = []
    stamps: list[tuple[int, datetime, bool]] = []  # (line index, stamp, a weekday date bar)
    candidates: list[tuple[int, str]] = []
    fields: dict[str, tuple[int, str]] = {}  # labelled: 'Tiêu đề: …' (headline), 'Chuyên mục: …' (category)
    for i, line in enumerate(header):
        stamp, rest = parse_stamp(line)
        if stamp is not None:
            if not fold(rest).startswith(_TODAY):  # "Hôm nay: 03/12/2026" is the page's today
                stamps.append((i, stamp, is_date_bar(line)))
            authors += _names_in_byline(without_weekdays(rest))
        elif is_date_bar(line):  # the portal's today above the headline; under it, the article's day
            bar = parse_stamp(line, bars=True)[0]
            if bar is not None:
                stamps.append((i, bar, True))
        elif line.endswith(":"):
            continue  # a kicker above the headline ("Cụm thi đua số 4 ...:")
        elif field := _header_field(line):
            if field[0] == "author":
                authors += _names_in_byline(field[1])
                continue
            fields.setdefault(field[0], (i, field[1]))
            candidates.append((i, field[1]))
        else:
            line = _without_site_suffix(line)  # 'Headline | Báo Phú Thọ': the site's name after a bar
            if _BREADCRUMB_RE.match(line) and not line.startswith("|"):  # "Trang chủ > Xây dựng Đảng > Headline"
                # (not a table's row: '| Thứ Tư, ngày 29/06/2011 | Trang chủ \| Liên hệ |')
                line = _strip_glued_furniture(line)
            line, glued = _cut_glued_stamp(line)
            if glued is not None:
                stamps.append((i, parse_stamp(glued)[0], False))
            candidates.append((i, line))
    real = [c for c in candidates if not _is_furniture(c[1])]  # menus and taglines are no headline
    dated = any(not bar for _, _, bar in stamps)
    if not real or (not dated and all(_is_photo_caption(line) for _, line in real)):
        # No headline: an excerpt opening with a photo's caption, or with a date line only. A
        # weekday date bar is the portal's today, so without a headline it is not taken either.
        first = next((s for _, s, bar in stamps if not bar), None)
        return None, None, first, authors, [("caption", line) for _, line in real]
    at, title = fields.get("headline") or _pick_headline(real)
    title, joined = _whole_headline(real, at, title, labelled="headline" in fields)
    candidates = [c for c in candidates if c[0] != joined]
    before = [c for i, c in candidates if i < at]
    labelled = fields.get("category")
    category = labelled[1] if labelled else next((c for c in reversed(before) if len(c.split()) <= 5), None)
    # a magazine's author under the headline, opening with a degree ('PGS, TS. Đỗ Thị Thu Hà') or ending with the
    # unit in brackets ('THANH HIỀN - TÙNG LÂM (Ban Tổ chức Tỉnh ủy Lâm Đồng)')
    signed = {
        i: names
        for i, line in candidates
        if i > at
        and (_DEGREE_RE.match(line) or _BRACKETED_TAIL_RE.search(line))
        and (names := _names_in_byline(_BRACKETED_TAIL_RE.sub("", line)))
    }
    authors += [name for names in signed.values() for name in names]
    kept = [
        ("caption" if _is_photo_caption(line) else "body", line)
        for i, line in candidates
        if i != at and i not in signed and (_is_photo_caption(line) or (i > at and _is_lead_line(line)))
    ]
    stamp = _publication_stamp(stamps, at, [i for i, _ in candidates])
    return _OUTLET_TAG_RE.sub("", title).strip(), category, stamp, authors, kept


_HEADER_FIELDS = {fold(k): v for k, v in V.HEADER_FIELD_LABELS.items()}


def _header_field(line: str) -> tuple[str, str] | None:
    """('headline', 'Công bố …') for 'Tiêu đề: Công bố …': a labelled header field and its value, else None."""
    label = _LABEL_RE.match(line)
    kind = _HEADER_FIELDS.get(fold(label.group(1))) if label else None
    return (kind, label.group(2).strip()) if kind else None


def _whole_headline(real: list[tuple[int, str]], at: int, title: str, labelled: bool) -> tuple[str, int | None]:
    """The headline with the header line after it when that goes on with it, a headline broken over two lines after
    a comma or before a word in lower case ('Đảng ủy phường Hoa Lư tổng kết công tác xây dựng Đảng năm 2025,' ¶
    'công bố quyết định chuẩn y …'), and where that line was (else None)."""
    line = next((line for i, line in real if i == at + 1), None)
    if labelled or line is None or not (title.endswith(",") or line[:1].islower()):
        return title, None
    return (f"{title} {line}", at + 1) if _headline_like(line) and not _is_photo_caption(line) else (title, None)


_ITEM_MARKS = tuple(V.ITEM_MARKS)


def _pick_headline(candidates: list[tuple[int, str]]) -> tuple[int, str]:
    """The longest line that can be a headline; else (all are sentences) the first that is not a caption."""
    fit = [c for c in candidates if _headline_like(c[1])]
    fit = [c for c in fit if not c[1].startswith(_ITEM_MARKS)] or fit  # (a digest's items: '■ …')
    # (not the outlet's name on the first line, however long: 'Báo và Phát thanh, Truyền hình Gia Lai')
    fit = [c for c in fit if not _is_masthead(c, candidates[0][0])] or fit
    if fit:
        return max(fit, key=lambda c: len(c[1]))
    return next((c for c in candidates if not _is_photo_caption(c[1])), max(candidates, key=lambda c: len(c[1])))


MASTHEAD_MAX_WORDS = 8
CAPITALS_MASTHEAD_MAX_WORDS = 12  # a body's full name in capitals runs longer than an outlet's


_PORTALS = tuple(fold(w) + " " for w in V.PORTAL_NAME_OPENINGS)
_TAGLINES = tuple(fold(w) + " " for w in V.MASTHEAD_TAGLINE_OPENINGS)


_URL_LINE_RE = re.compile(r"(?:https?://|www\.)\S+$")  # a print view's address line
_NAME_DASH_RE = re.compile(r"\s[-–]\s")


def _is_tagline(line: str) -> bool:
    """'Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh …', alone or after the outlet's name and a dash ('SÓC
    TRĂNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, …')."""
    return any(part.startswith(_TAGLINES) for part in _NAME_DASH_RE.split(fold(line), maxsplit=1))


def _is_furniture(line: str) -> bool:
    """A menu ('Trang chủ | Giới thiệu | Văn bản | Liên hệ', known section names or short items between pipes),
    a newspaper's tagline ('Cơ quan Trung ương của Đảng Cộng sản Việt Nam - …') or a page's address."""
    if _FURNITURE_LINE_RE.match(line) or _is_tagline(line) or _URL_LINE_RE.match(line) or _HOME_MENU_RE.match(line):
        return True
    items = [len([w for w in item.split() if any(c.isalnum() for c in w)]) for item in line.split("|")]
    if len(items) < V.MENU_MIN_ITEMS or min(items) == 0:
        return False
    longest = V.MENU_ITEM_MAX_WORDS if len(items) < V.LONG_MENU_MIN_ITEMS else V.LONG_MENU_ITEM_MAX_WORDS
    return max(items) <= longest


_ITEM_GAP_RE = re.compile(r"\s{2,}|\t")
_NOT_IN_MENU_ITEM_RE = re.compile(r"[\d.,;:!?]")


def _barred_menu(line: str) -> str:
    """A site's menu whose items only runs of spaces part, whatever it opens with ('Thời sự  Góc nhìn  Thế giới
    Video  Podcasts  Kinh doanh …': many short capitalised items, no number or punctuation, as no headline is),
    with its items between bars, as the menus `_is_furniture` knows; any other line as it is. (Read before
    spaces are squashed, which would make the menu one run of words.)"""
    if "  " not in line and "\t" not in line:
        return line
    items = _ITEM_GAP_RE.split(line.strip())
    # (not a headline in capitals typed with double spaces: 'HỘI NGHỊ  BAN CHẤP HÀNH  ĐẢNG BỘ TỈNH  …')
    menu = (
        len(items) >= V.LONG_MENU_MIN_ITEMS
        and not line.isupper()
        and all(
            item[:1].isupper() and len(item.split()) <= V.MENU_ITEM_MAX_WORDS and not _NOT_IN_MENU_ITEM_RE.search(item)
            for item in items
        )
    )
    return " | ".join(items) if menu else line


_HOME_MENU_RE = re.compile(rf"^(?:{'|'.join(map(re.escape, V.MENU_HOME_WORDS))})\s+[^.,;:!?]+$", re.IGNORECASE)
_OUTLET_WORDS = tuple(w + " " for w in _OUTLETS)


def _is_masthead(candidate: tuple[int, str], first: int) -> bool:
    """The first header line naming an outlet ('Báo Gia Lai', 'Tạp chí Xây dựng Đảng') or written in capitals
    ('TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM', a portal's owner): the page's masthead."""
    at, line = candidate
    if at != first:
        return False
    words = len(line.split())
    return (
        (fold(line).startswith(_OUTLETS) and words <= MASTHEAD_MAX_WORDS)
        or fold(line).startswith(_PORTALS)
        or (line.isupper() and words <= CAPITALS_MASTHEAD_MAX_WORDS)
        # (the site's name, then what kind of paper it is: 'VnExpress - Báo tiếng Việt nhiều người xem nhất')
        or any(part.startswith(_OUTLET_WORDS) for part in _NAME_DASH_RE.split(fold(line), maxsplit=1)[1:])
    )


def _publication_stamp(
    stamps: list[tuple[int, datetime, bool]], headline_at: int, lines_at: list[int]
) -> datetime | None:
    """The timestamp next to the headline: the first one under it, else the nearest one above it.

    Above the headline, only a date line close to it counts (at most a category line between): a
    date among the menus is the portal's, and a weekday date bar ("Thứ Tư, 15/01/2025 06:23") is
    its today.
    """
    after = [s for i, s, _ in stamps if i >= headline_at]
    if after:
        return after[0]
    before = [(i, s) for i, s, bar in stamps if i < headline_at and not bar]
    if not before:
        return None
    at, stamp = before[-1]
    return stamp if sum(at < i < headline_at for i in lines_at) <= 1 else None


def _stamp_after_lead(body: list[str]) -> tuple[datetime | None, list[str]]:
    """Some outlets print the timestamp under the lead paragraph ('Lead ...' / '10:30 | 15/03/2021', 'Thứ
    Sáu, 14/10/2022 | 17:42': under the lead a weekday is the article's, not a portal's today)."""
    return _take_stamp_line(body, range(1, min(4, len(body))))


LEAD_DAYS = 7  # a lead reports what happened up to a week before its article
LEAD_PARAGRAPHS = 3  # the news is told in the first paragraphs (a portrait may open the article)


def _bar_dating_the_lead(header: list[str], body: list[str]) -> datetime | None:
    """A weekday date line with a time is a portal's today bar ('Thứ Năm, 03/12/2026 08:10 (GMT+7)'),
    unless the day the lead tells is its day or a few days before: some outlets print the article's time so
    ('Thứ bảy, 15/1/2022, 06:00 (GMT+7)' over a lead about 'chiều 14/1'), or when the lead counts its day
    from the publication ('chiều hôm qua', 'sáng nay'): only the article's own date gives such words a day."""
    bars = [stamp for stamp in (parse_stamp(line)[0] for line in header if is_date_bar(line)) if stamp]
    timed = bool(bars)
    # ... one without its time only when the lead counts its day from it: 'Thứ Năm, 22/12/2005' over 'Hôm qua, 21-12,
    # …' (not over 'Ngày 20/1, …': a crawler's today stamped on the page can be as close)
    if not timed:
        bars = [stamp for stamp in (parse_stamp(line, bars=True)[0] for line in header if is_date_bar(line)) if stamp]
    if not bars or not body:
        return None
    bar = bars[-1]
    for mention in find_dates(" ".join(body[:LEAD_PARAGRAPHS])):
        if mention.is_relative:
            return bar
        if mention.day and mention.month and timed:
            day = safe_date(mention.year or bar.year, mention.month, mention.day)
            if day and 0 <= (bar.date() - day).days <= LEAD_DAYS:
                return bar
    return None


def _stamp_at_end(body: list[str]) -> tuple[datetime | None, list[str]]:
    """Others print it last, under the byline ('Kim Lân' / 'Thứ Tư, 04/09/2024, 21:10'); read only when
    the header has none (a weekday there is the article's, not the portal's today)."""
    return _take_stamp_line(body, range(len(body) - 1, max(0, len(body) - 3), -1))


def _time_told_at_the_end(published_at: datetime | None, body: list[str]) -> datetime | None:
    """A day printed without its time in the header ('Posted: June 17, 2021') takes the time a line of the last
    few gives for that day ('Trọng Hùng - Báo Đà Nẵng, 14:05 ngày 17/6/2021', the byline of the paper it is from)."""
    if published_at is None or published_at.hour or published_at.minute:
        return published_at
    for line in body[-3:]:
        if line.count(" ") < STAMP_LINE_WORDS:
            stamp, _ = parse_stamp(line)
            if stamp is not None and stamp.date() == published_at.date() and (stamp.hour or stamp.minute):
                return stamp
    return published_at


def _take_stamp_line(body: list[str], looked_at: range) -> tuple[datetime | None, list[str]]:
    """The stamp of the first of the `looked_at` body lines that is a stamp line, and the body without it."""
    for i in looked_at:
        stamp = _stamp_line(body[i])
        if stamp is not None:
            return stamp, body[:i] + body[i + 1 :]
    return None, body


STAMP_LINE_WORDS = 14  # 'Đăng ngày 20/08/2024 - 17:50 | Cập nhật 20/08/2024 - 21:06' is 11
STAMP_LABEL_WORDS = 3  # 'Mặt trận · 05/07/2024 16:48': a section's or a writer's name beside the stamp


def _stamp_line(line: str) -> datetime | None:
    """The stamp of a line in the body that is one: nothing else on it but a weekday, a second stamp
    ('Đăng ngày … | Cập nhật …': the first is the publication) or a short label without digits."""
    if line.count(" ") >= STAMP_LINE_WORDS:  # a paragraph (counted before the stamp is read: it is cheaper)
        return None
    stamp, rest = parse_stamp(line, bars=True)  # a weekday here is the article's: 'Thứ Hai, ngày 12 tháng 3 năm 2018'
    if stamp is None or len(line.split()) > STAMP_LINE_WORDS:
        return None
    # (a weekday, a time zone, a counter of views are no words: 'Thứ Sáu, 14/10/2022 | 17:42 (GMT+7)')
    words = stamp_rest_words(rest)
    label = len(words) <= STAMP_LABEL_WORDS and not any(c.isdigit() for word in words for c in word)
    return stamp if label or parse_stamp(rest)[0] is not None else None


SOURCE_LINE_WORDS = 12  # 'Nguồn tin: Trung tâm Văn hoá - Thông tin huyện' is 9


def _read_trailer_byline(body: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The byline at the end ('Đỗ Anh', 'Tin: Ngọc DiệpẢnh: PG'); outlet lines ('Báo Sơn La') go too."""
    authors: list[str] = []
    credits: list[str] = []
    # ('TS. Nguyễn Văn A' reads as two sentences to _is_paragraph: a degree's dot before a capital)
    while len(body) > 1 and (not _is_paragraph(body[-1]) or _DEGREE_RE.match(body[-1])):
        line = body[-1]
        if fold(line).startswith(_OUTLETS + _SOURCE_STARTS) and len(line.split()) <= SOURCE_LINE_WORDS:
            credits.append(line)
        elif _is_affiliation(line, body[-2]):
            credits.append(line)
        else:
            names, line_credits = _byline_parts(line)
            if not names and not line_credits:
                break
            authors = names + authors
            credits += line_credits
        body = body[:-1]
    return body, authors, credits


def _is_affiliation(line: str, above: str) -> bool:
    """The author's school or unit, a short line under a byline with a degree ('ThS. Lê Văn A' /
    'Trường Chính trị tỉnh ...'): it goes with the byline, not into the body."""
    return (
        len(line.split()) <= AFFILIATION_MAX_WORDS
        and not line.endswith(".")
        and bool(_DEGREE_RE.match(above))
        and bool(_byline_parts(above)[0])
    )


# The author's unit after the name in a labelled byline: ' - Văn phòng …', ' (Trường Chính trị …)'.
_AFFILIATION_TAIL_RE = re.compile(r"\s+[-–]\s+(.+)$|\s*\((.+)\)\s*$")


def _byline_parts(line: str) -> tuple[list[str], list[str]]:
    names, credits = [], []
    for part in _GLUED_CREDIT_RE.sub("\n", line).split("\n"):
        label = _LABEL_RE.match(part)
        if label:
            kind, value = fold(label.group(1)), label.group(2).strip()
            if kind in _CREDIT_LABELS:
                if _is_caption(value):
                    return [], []  # 'Ảnh: Đồng chí A, tân Phó Trưởng Ban … phát biểu …': a caption, kept as text
                credits.append(value)
                continue
            if kind not in _BYLINE_LABELS:
                return [], []
            part = value
            unit = _AFFILIATION_TAIL_RE.search(part)
            if unit and not _names_in_byline(part) and _names_in_byline(part[: unit.start()]):
                # 'Tác giả: Minh Trí - Văn phòng Đảng ủy phường': a labelled byline may end with the unit
                credits.append(unit.group(1) or unit.group(2))
                part = part[: unit.start()]
        found = _names_in_byline(part)
        if not found:
            return [], []
        names += found
    return names, credits


CREDIT_MAX_WORDS = 10  # 'Ảnh: Thanh Tùng - TTXVN', 'Ảnh: Trung tâm Văn hóa - Thông tin huyện'
_PERSON_CUES = tuple(fold(c) + " " for c in V.PERSON_CUES)


def _is_caption(value: str) -> bool:
    """What a credit label introduces is a caption, not the credit, when it tells of a person by a form of
    address ('Ảnh: Đồng chí A phát biểu') or runs to a sentence's length."""
    return fold(value).startswith(_PERSON_CUES) or len(value.split()) > CREDIT_MAX_WORDS


def _names_in_byline(text: str) -> list[str]:
    names = []
    text = _DEGREE_RE.sub("", text.lstrip())  # 'PGS, TS. Lê Văn A': the degrees' comma lists no name
    for part in re.split(r"\s+[-–]\s+|,|;|\|", text):
        words = _DEGREE_RE.sub("", part.strip()).split()  # 'TS. Nguyễn Văn A': the author is the name
        if not part.strip():
            continue
        if not (1 <= len(words) <= 4 and all(_NAME_WORD_RE.match(w) and len(w) > 1 for w in words)):
            return []
        names.append(" ".join(words))
    return names


def _strip_credit(line: str) -> tuple[str, str | None]:
    # A credit is at most ~80 characters at the end of the line: search only there (long lines are common).
    tail = max(0, len(line) - 100)
    if line.find(":", tail) == -1:  # every credit has its colon: most lines end the test here
        return line, None
    m = _CREDIT_TAIL_RE.search(line, tail)
    if not m:
        return line, None
    return line[: m.start()].rstrip(), m.group(1).strip()


def published_date(article: CleanArticle) -> date | None:
    return article.published_at.date() if article.published_at else None
