"""Documents: cited Party and State documents by their number code.

`Quy định số 96-QĐ/TW ngày 2/2/2023`, `Kết luận 21-KL/TW`, `Hướng dẫn 36-HD/BTCTW`,
`Kết luận số 100 - KL/TW`, `Nghị quyết số 18-NQ/TW, số 19-NQ/TW`, `Nghị định 55/2023/NĐ-CP`.
A document is only extracted when it has a number code: 'Nghị quyết Đại hội XIII' is a real
document but has no code, and inventing one would merge different texts.
"""

import re
from dataclasses import dataclass
from datetime import date

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.dates import safe_date

_TYPE_CODES_UPPER = {code.upper(): name for code, name in V.DOC_TYPE_CODES.items()}
# Each code's look-behind follows its first digit, so the pattern opens with a digit and is quick
# to scan for (docs/extraction.md, "speed").
_PARTY_CODE_RE = re.compile(
    r"(?P<num>\d(?<![\w/.-]\d)\d{0,3})\s*[-–]\s*(?P<type>[A-ZĐ][A-Za-zĐđ]{0,5})\s*/\s*(?P<issuer>[A-ZĐ](?:[A-ZĐa-zđƯ]|\.(?=[A-ZĐƯ])){0,11})(?![\w])"
)
_STATE_CODE_RE = re.compile(
    r"(?P<num>\d(?<![\w/.-]\d)\d{0,3})/(?P<year>(?:19|20)\d\d)/(?P<type>[A-ZĐ]{1,6})-(?P<issuer>[A-ZĐ]{1,10})(?![\w])"
)
# The type word before a code, also across an elliptical list: 'Nghị quyết số 18-NQ/TW, số 19-NQ/TW'.
_NUMBER, _AND = re.escape(V.NUMBER_WORD), re.escape(V.AND_WORD)
_DAY, _MONTH, _YEAR = (re.escape(w) for w in (V.DAY_WORD, V.MONTH_WORD, V.YEAR_WORD))
_TYPE_WORD_RE = re.compile(
    r"(?P<word>" + "|".join(map(re.escape, V.DOC_TYPE_WORDS)) + rf")\s+(?:{_NUMBER}\s*)?"
    rf"(?:\d{{1,4}}\s*[-–]\s*\w+\s*/\s*[\w.]+(?:\s+{_DAY}\s+[\d/.-]+)?\s*(?:,|{_AND})\s*(?:{_NUMBER}\s*)?)*$",
    re.IGNORECASE,
)
_ISSUED_RE = re.compile(
    r"\s*,?\s*(?:(?:" + "|".join(map(re.escape, V.DOC_ISSUED_WORDS)) + rf")\s+)?{_DAY}\s+"
    r"(?:(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>\d{4})"
    rf"|(?P<d2>\d{{1,2}})\s+{_MONTH}\s+(?P<m2>\d{{1,2}})\s+{_YEAR}\s+(?P<y2>\d{{4}}))",
    re.IGNORECASE,
)
_QUOTED_RE = re.compile(r"[“\"]([^”\"]{5,300})[”\"]")


@dataclass(frozen=True)
class DocumentMention:
    doc_code: str
    code_key: str
    doc_type: str
    doc_number: str
    issuer_code: str
    issued_date: date | None
    title: str | None
    mention_text: str
    start: int
    end: int
    date_span: tuple[int, int] | None  # where the issued date is written, so it is not a meeting day


def code_key(doc_code: str) -> str:
    """Identity of a code: no spaces, upper case, no leading zeros (09-ĐA/TU = 9-ĐA/TU)."""
    compact = re.sub(r"\s+", "", doc_code).upper()
    return re.sub(r"^0+(?=\d)", "", compact)


def find_documents(text: str) -> list[DocumentMention]:
    """Every coded document mention in `text`, in order of appearance."""
    mentions = []
    matches = [(m, "party") for m in _PARTY_CODE_RE.finditer(text)]
    matches += [(m, "state") for m in _STATE_CODE_RE.finditer(text)]
    for m, style in sorted(matches, key=lambda pair: pair[0].start()):
        type_code = m.group("type")
        before = text[max(0, m.start() - 60) : m.start()]
        word = _TYPE_WORD_RE.search(before)
        if word is None and type_code.upper() not in _TYPE_CODES_UPPER:
            continue  # an unknown code with no type word: not a document we can name
        doc_type = _type_name(word.group("word") if word else None, type_code)
        if style == "party":
            doc_code = f"{m.group('num')}-{type_code}/{m.group('issuer')}"
        else:
            doc_code = f"{m.group('num')}/{m.group('year')}/{type_code}-{m.group('issuer')}"
        start = m.start() - (len(before) - word.start()) if word else m.start()
        end, issued, date_span = m.end(), None, None
        issued_m = _ISSUED_RE.match(text, m.end())
        if issued_m:
            issued = safe_date(
                int(issued_m.group("y") or issued_m.group("y2")),
                int(issued_m.group("m") or issued_m.group("m2")),
                int(issued_m.group("d") or issued_m.group("d2")),
            )
            end = issued_m.end()
            date_span = (issued_m.start(), issued_m.end())
        mentions.append(
            DocumentMention(
                doc_code=doc_code,
                code_key=code_key(doc_code),
                doc_type=doc_type,
                doc_number=m.group("num"),
                issuer_code=m.group("issuer"),
                issued_date=issued,
                title=_quoted_title(text, end),
                mention_text=text[start:end],
                start=start,
                end=end,
                date_span=date_span,
            )
        )
    return mentions


def _type_name(word: str | None, type_code: str) -> str:
    """The code's type letters decide, except 'QĐ', which is both Quy định and Quyết định."""
    by_code = _TYPE_CODES_UPPER.get(type_code.upper())
    if by_code and type_code.upper() != "QĐ":
        return by_code
    if word:
        for name in V.DOC_TYPE_WORDS:
            if name.casefold() == word.casefold():
                return name
    return _TYPE_CODES_UPPER.get(type_code.upper(), type_code)


def _quoted_title(text: str, after: int) -> str | None:
    """A quoted title right after the code ('... của Bộ Chính trị về việc “lấy phiếu ...”')."""
    window = text[after : after + 160]
    q = _QUOTED_RE.search(window)
    if not q:
        return None
    between = window[: q.start()]
    if _PARTY_CODE_RE.search(between) or re.search(r"[.;]\s", between):
        return None  # the quote belongs to another document or another sentence
    return q.group(1).strip()
