"""Unwrap: text hard-wrapped at a fixed width (old text exports, e-mails) → one line per paragraph.

Such text breaks its lines inside sentences, names and titles ('đồng chí Võ Thị Thanh / Xuân'),
while every other step reads a line as a paragraph or a header field. A wrapper breaks a line only
where the next word would not fit in the width, so a line continues on the next one exactly when
that line's first word would have overflowed it. Text is taken as wrapped only when nearly all its
breaks between two lines are such overflows at one width and hardly a line is wider; any other
layout (a paragraph per line, tables, lists) is returned as it is. A paragraph whose last line
happens to be full is joined to the next one when no blank line sets them apart.
"""

import re
from itertools import pairwise

from hoinghi.transforms.text import UPPER

WIDTH_MIN, WIDTH_MAX = 50, 100  # the widths wrapping tools and mail clients use (72, 76, 80 …)
MIN_OVERFLOWS = 3  # breaks that must be overflows before a text counts as wrapped
OVERFLOW_SHARE = 0.7  # of the breaks inside blocks of lines
# Lines wider than the width: a few at most (a long link, an unwrapped headline), where a text with a
# paragraph per line has nearly every line wider.
LONGER_LINES, LONGER_SHARE = 2, 0.1
# A list item's opening: a bullet or a number ('- ', '• ', '2. ', 'b) ').
_ITEM_RE = re.compile(r"^(?:[-–•*+]|\d{1,2}[.)]|[a-zđ]\))\s")
_RULE_RE = re.compile(r"^[\W_]+$")  # a rule or a table's border
# 'Ngày đăng: 16/12/2024': a header field, labelled by a capitalised word or three and a colon.
_FIELD_RE = re.compile(r"^[" + UPPER + r"]\w*(?: \w+){0,2}:\s")
_SENTENCES_RE = re.compile(r"[.!?]\s")  # a sentence's end with more after it


def unwrapped(text: str) -> str:
    """`text` with each wrapped paragraph on one line, when `text` is hard-wrapped; else `text`."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    out = [lines[0]]
    for previous, line in pairwise(lines):
        if _continues(out[-1], previous, line, width):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, None when it is not wrapped.

    The width is the one that explains the most line breaks inside blocks as overflows (a break
    after a line of n characters before a word of k overflows every width from n to n + k); the
    text is wrapped when nearly all its breaks are overflows and hardly a line is wider.
    """
    filled = [line.rstrip() for line in lines if line.strip()]
    too_many_longer = max(LONGER_LINES, LONGER_SHARE * len(filled))
    # Lines wider than the widest width are wider than any width: too many, and no width can do
    # (most texts, a paragraph per line, end here before the breaks are read).
    if sum(len(line) > WIDTH_MAX for line in filled) > too_many_longer:
        return None
    breaks = [(a, b) for a, b in pairwise(lines) if a.strip() and b.strip()]
    explained = [0] * (WIDTH_MAX + 2)
    for a, b in breaks:
        n, k = len(a.rstrip()), len(b.strip().split(" ", 1)[0])
        if n <= WIDTH_MAX:
            explained[max(n, WIDTH_MIN)] += 1
            explained[min(n + k, WIDTH_MAX) + 1] -= 1
    counts, running = {}, 0
    for width in range(WIDTH_MIN, WIDTH_MAX + 1):
        running += explained[width]
        counts[width] = running
    width = max(counts, key=lambda w: (counts[w], w))  # of widths explaining as many, the widest: fewest wider lines
    longer = sum(len(line) > width for line in filled)
    if longer > too_many_longer:
        return None
    overflows = sum(_continues(a, a, b, width) for a, b in breaks)
    if overflows < MIN_OVERFLOWS or overflows < OVERFLOW_SHARE * len(breaks):
        return None
    return width


def _continues(paragraph: str, line: str, next_line: str, width: int) -> bool:
    """Whether `next_line` goes on with `line`, the last line of `paragraph`: its first word would not
    have fitted after it, and it opens no list item after a clause's end ('…;' then '- B') nor a
    header field after another of another label ('Tiêu đề: …' then 'Ngày đăng: …')."""
    line, following = line.rstrip(), next_line.strip()
    if not line or not following or _RULE_RE.match(line) or _RULE_RE.match(following):
        return False
    if following.startswith("|") and line.endswith("|"):
        return False  # a table's next row
    if _ITEM_RE.match(following) and line[-1] in ".;:!?":
        return False  # a dash or a number inside a sentence ('Ban Thi đua - Khen thưởng', 'Quân khu 2') goes on
    field, opening = _FIELD_RE.match(following), _FIELD_RE.match(paragraph.strip())
    if field and opening and field.group() != opening.group() and not _SENTENCES_RE.search(paragraph.strip()):
        return False  # (the same label again is a credit inside a caption: 'Ảnh: Bà A nhận hoa. Ảnh: B/TTXVN'; a
        # field's paragraph of sentences goes on: 'Tổng Biên tập: A. Giấy phép số … .' then 'Địa chỉ: …')
    return len(line) + 1 + len(following.split(" ", 1)[0]) > width
