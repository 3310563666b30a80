"""Documents: cited Party and State documents by their number code.

`Quy định số 96-QĐ/TW ngày 2/2/2023`, `Kết luận 21-KL/TW`, `Hướng dẫn 36-HD/BTCTW`,
`Kết luận số 100 - KL/TW`, `Nghị quyết số 18-NQ/TW, số 19-NQ/TW`, `Nghị định 55/2023/NĐ-CP`,
`Quyết định số 45/QĐ-UBND`.
A document is only extracted when it has a number code: 'Nghị quyết Đại hội XIII' is a real
document but has no code, and inventing one would merge different texts.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.dates import find_dates, safe_date
from hoinghi.transforms.tables import find_tables
from hoinghi.transforms.text import NOT_ABBREVIATION, OUTLET_TAG, UPPER, fold, sentence_spans

_TYPE_CODES_UPPER = {code.upper(): name for code, name in V.DOC_TYPE_CODES.items()}
# Each code's look-behind follows its first digit, so the pattern opens with a digit and is quick
# to scan for (docs/extraction.md, "speed").
_PARTY_CODE_RE = re.compile(
    r"(?P<num>\d(?<![\w/.-]\d)\d{0,3})\s*[-–]\s*(?P<type>[A-ZĐ][A-Za-zĐđ]{0,5})\s*/\s*(?P<issuer>[A-ZĐ](?:[A-ZĐa-zđƯ]|\.(?=[A-ZĐƯ])){0,11}"
    # a numbered issuer ('01-HD/CTĐ2': emulation cluster no. 2), and a unit of the issuer after it: '43-HD/TWĐTN-BTC'
    # (the Youth Union's organising board)
    r"(?:(?<=[A-ZĐ])\d{1,2})?(?:-[A-ZĐ]{2,6}(?![a-zđ]))?)(?![\w])"
)
# State documents: a legal text carries its year ('55/2023/NĐ-CP'), an individual decision does not
# ('Quyết định số 45/QĐ-UBND'); the issuer may have lower-case letters ('QĐ-TTg': the Prime Minister)
# and the National Assembly's term ('41/NQ-QH13').
# (the type letters in capitals, or a type code written in mixed case: '641/TTr-CP', a proposal)
_MIXED_CASE_TYPES = "|".join(
    map(re.escape, sorted((c for c in V.DOC_TYPE_CODES if not c.isupper()), key=len, reverse=True))
)
_STATE_CODE_RE = re.compile(
    # (a number may end with a letter: 'Nghị quyết số 30a/2008/NQ-CP')
    r"(?P<num>\d(?<![\w/.-]\d)\d{0,3}[A-Za-z]?)/(?:(?P<year>(?:19|20)\d\d)/)?"
    rf"(?P<type>{_MIXED_CASE_TYPES}|[A-ZĐ]{{1,6}})-"
    r"(?P<issuer>[A-ZĐ][A-ZĐa-zđ]{0,9}\d{0,2}"
    # a unit of the issuer after it: '28/HD-MTTW-BTT' (the Standing Board of the Front's Central Committee),
    # '1125/QĐ-CAT-PX01' (a department of the provincial police), '2871/QĐ-BCA-X01' (one of the ministry's); or the
    # other issuers of a joint text: '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN'
    r"(?:-(?:[A-ZĐ]{2,15}\d{0,3}|[A-ZĐ]\d{1,3})(?![a-zđ])){0,3})(?![\w])"
)
# ... and the National Assembly's, its issuer with the legislature's number, no type letters: 'Nghị quyết số
# 35/2023/UBTVQH15', '27/2022/QH15' (the type word before it names the type)
_ASSEMBLY_CODE_RE = re.compile(
    rf"(?P<num>\d(?<![\w/.-]\d)\d{{0,3}})/(?P<year>(?:19|20)\d\d)/(?P<issuer>(?:{'|'.join(V.ASSEMBLY_ISSUERS)})\d{{1,2}})(?![\w])"
)
# The type word before a code, also across an elliptical list: 'Nghị quyết số 18-NQ/TW, số 19-NQ/TW'.
_NUMBER, _AND = re.escape(V.NUMBER_WORD), re.escape(V.AND_WORD)
_DAY, _MONTH, _YEAR = (re.escape(w) for w in (V.DAY_WORD, V.MONTH_WORD, V.YEAR_WORD))
_LAW_RE = re.compile(
    rf"(?<!\w){re.escape(V.DOC_LAW_WORD)}(?P<name>(?:\s+[^\s,;.()]+){{0,{V.DOC_LAW_NAME_WORDS}}}?)\s+{_NUMBER}\s*$"
)
_QUALIFIER = "|".join(map(re.escape, V.DOC_TYPE_QUALIFIERS))
_TYPE_WORD_RE = re.compile(
    r"(?P<word>" + "|".join(map(re.escape, V.DOC_TYPE_WORDS)) + rf")\s+(?:(?:{_QUALIFIER})\s+)?(?:{_NUMBER}\s*)?"
    rf"(?:\d{{1,4}}\s*[-–]\s*\w+\s*/\s*[\w.]+(?:\s+{_DAY}\s+[\d/.-]+)?\s*(?:,|{_AND})\s*(?:{_NUMBER}\s*)?)*$",
    re.IGNORECASE,
)
_OF = re.escape(V.OF_WORD)
# An issuer or a signer: capitalised words, each perhaps with one lower-case syllable after it ('Ban Chấp hành
# Trung ương', 'Tổng Bí thư Nguyễn Văn A') and one of ISSUER_LOWER_WORDS ('Chủ tịch nước'), so a verb ('...
# Tỉnh ủy công bố ngày 5/6') or another word ('… của Chủ tịch UBND tỉnh từ ngày …') ends it.
_ISSUER_LOWER = "|".join(map(re.escape, V.ISSUER_LOWER_WORDS))
_CAPITALISED = rf"[{UPPER}]\w*(?:\s+(?![{UPPER}])[^\W\d]+)?(?:\s+(?:{_ISSUER_LOWER})(?!\w))?"
# ... and a plenum's ordinal inside it: 'Hội nghị lần thứ tư Ban Chấp hành Trung ương', 'Hội nghị Trung ương 4'
_ORDINAL = rf"(?:{'|'.join(map(re.escape, V.TITLE_ORDINAL_WORDS))})\s+[^\W\d]+|\d{{1,2}}(?![\d/.-])"
# ... and the term after the ordinal: 'Hội nghị Trung ương 4 khóa XIII'
_COURSE = rf"(?:{'|'.join(map(re.escape, V.TITLE_COURSE_WORDS))})\s+[IVXLC]+(?![\w])"
# (case matters here, inside an IGNORECASE pattern)
_PHRASE = rf"(?-i:{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|{_ORDINAL}|{_COURSE}))*)"
# The written date: 'ngày 20/5/2020', 'ngày 07 tháng 02 năm 2023', or 'ngày 20/5' (the year is the article's).
_DOC_DAY = "|".join(map(re.escape, V.DOC_DATE_WORDS))
_WRITTEN_DATE = (
    rf"(?:{_DOC_DAY})\s+(?:(?P<d>\d{{1,2}})\s*[-/.]\s*(?P<m>\d{{1,2}})\s*[-/.]\s*(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+{_MONTH}\s+(?P<m2>\d{{1,2}})\s+{_YEAR}\s+(?P<y2>\d{{4}})"
    r"|(?P<d3>\d{1,2})\s*[-/.]\s*(?P<m3>\d{1,2})(?!\d|\s*[-/.]\s*\d)"
    rf"|(?P<d4>\d{{1,2}})\s+{_MONTH}\s+(?P<m4>\d{{1,2}})(?!\d|\s+{_YEAR}\s+\d))"  # 'ngày 15 tháng 3'
)
# ... or a whole date right after the code with no word for it, as a table's cell or a list gives it: 'Quyết định
# số, ngày ký' ¶ '410-QĐ/HU, 08/8/2012', '(412-QĐ/HU, 08/8/2012)'
_BARE_DATE_AFTER_RE = re.compile(
    r"\s*,\s*(?P<written>(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>(?:19|20)\d\d))(?![\d/.-]\d)"
)
_SIGNED = "|".join(map(re.escape, sorted((*V.DOC_ISSUED_WORDS, *V.DOC_SIGNED_WORDS), key=len, reverse=True)))
_SIGNED_PASSIVE = "|".join(map(re.escape, V.DOC_SIGNED_PASSIVE))
_ALL = "|".join(map(re.escape, V.DOC_ALL_WORDS))
_SIGNED_AT = "|".join(map(re.escape, V.DOC_SIGNED_AT))
_SIGNED_ADVERB = "|".join(map(re.escape, V.DOC_SIGNED_ADVERBS))
_SIGNER = rf"(?:[^\s.;:!?]+\s+){{1,{V.DOC_SIGNER_REACH}}}?"
# What may stand between a code and the day told of its signing (its issuer, the signer, the passive):
_ISSUED_LEAD = (
    # a comma after the issuer only before the signing: 'của Bộ Chính trị, ký hôm 3/4' ('của Tỉnh ủy, ngày
    # 5/6 Hội nghị họp' opens another clause)
    rf"\s*,?\s*(?:{_OF}\s+{_PHRASE}(?:\s*,(?=\s*(?:{_SIGNED})\s))?\s+)?(?:{re.escape(V.DOC_SIGNED_BY_WORD)}\s+{_PHRASE}\s+)?"
    # 'và 1652-QĐ/TU, cùng được ký ban hành vào mùng 5 tháng 3': codes listed, then the day of them all
    # ('Quyết định số 707/QĐ-UBND, cũng được ký ngày 11/3, giao quyền …')
    # ('Quyết định 156-QĐNS/TW được Bộ Chính trị ký ngày 5/7': the signer between the passive and the signing)
    rf"(?:(?:{_ALL})\s+)?(?:(?:{_SIGNED_ADVERB})\s+){{0,2}}"
    rf"(?:(?:{_SIGNED_PASSIVE})\s+(?:(?-i:(?=[{UPPER}])){_SIGNER}(?=(?:{_SIGNED})\s))?)?"
)
_ISSUED_RE = re.compile(
    rf"{_ISSUED_LEAD}(?:(?:{_SIGNED})\s+(?:(?:{_SIGNED_AT})\s+)?)?{_WRITTEN_DATE}",
    re.IGNORECASE,
)
# ... or, in news, the day relative to publication: 'Nghị quyết 01/NQ-CP, được Chính phủ ban hành hôm qua' (the verb
# required: 'Quyết định … hôm qua' alone may be the day it was read out)
_RELATIVE_ISSUED_RE = re.compile(
    rf"{_ISSUED_LEAD}(?:{_SIGNED})\s+(?P<when>(?:{'|'.join(map(re.escape, V.RELATIVE_DAY_HEADS))})\s+"
    rf"(?P<rel>{'|'.join(map(re.escape, V.RELATIVE_DAYS))}))(?!\w)",
    re.IGNORECASE,
)
# ... or before the issuer and the verb, the code right after them: 'Ngày 11/9/2025, Chủ tịch UBND tỉnh đã ký
# Quyết định số 2345/QĐ-UBND' (any other word between them and the date is someone else's day).
_RECENT = "|".join(map(re.escape, V.DOC_RECENT_DAY_WORDS))
_TYPE_WORD = "|".join(map(re.escape, V.DOC_TYPE_WORDS))
_HAS = "|".join(map(re.escape, V.DOC_HAS_WORDS))
# the issuer: a capitalised name, its lower-case words too ('Hội đồng thành viên EVN')
# (a city's dotted abbreviation is a word of it: 'UBND TP. Đà Nẵng')
_DOTTED = "|".join(rf"{re.escape(a)}\." for a in V.DOTTED_PLACE_ABBREVIATIONS)
# ... a long one may end with its abbreviation in brackets: 'Hội đồng thành viên Tập đoàn Điện lực Việt Nam (EVN)'
# (an initialism with dots is a word of it: 'Ban Bí thư T.Ư Đoàn')
_ISSUER = (
    rf"(?:{_PHRASE}|(?-i:[{UPPER}][^\s,;.]*(?:\s+(?:{_DOTTED}|[{UPPER}](?:\.[{UPPER}])+\.?|[^\W\d][^\s,;.]*))"
    rf"{{0,{V.DOC_ISSUER_WORDS}}}?))"
    rf"(?:\s+\((?-i:[{UPPER}]{{2,}})\))?"
)
# ... and the day of the signing may open with its time of day: 'Tối 17/3, Thủ tướng ký Quyết định số …'
_TIMED_WRITTEN_DATE = _WRITTEN_DATE.replace(
    rf"(?:{_DOC_DAY})\s+", rf"(?:(?:{'|'.join(map(re.escape, V.TIME_OF_DAY))})\s+(?:{_DOC_DAY})?|(?:{_DOC_DAY}))\s*", 1
)
# ... or the day relative to publication with its date in brackets: 'Hôm qua (3/6), Hội đồng thành viên EVN …'
# ('sáng nay (15/7), Chủ tịch UBND tỉnh đã ký …': a time of day heads it too)
_RELATIVE_HEADS = (*V.RELATIVE_DAY_HEADS, *V.TIME_OF_DAY)
_RELATIVE_BRACKET = "|".join(rf"{re.escape(h)}\s+{re.escape(w)}" for h in _RELATIVE_HEADS for w in V.RELATIVE_DAYS)
_TIMED_WRITTEN_DATE = _TIMED_WRITTEN_DATE.replace(
    rf"|(?:{_DOC_DAY}))\s*", rf"|(?:{_DOC_DAY})|(?:{_RELATIVE_BRACKET})\s*\()\s*", 1
)
# The opening both share: the day (a recent one), a comma, the issuer, adverbs ('Ngày 14/7 vừa qua, Ban Thường vụ
# Tỉnh ủy đã chính thức …').
# ... or a person with their post set off by commas: 'Ngày 8.5, ông Hoàng Văn Nam, Chủ tịch UBND tỉnh, ký Quyết định …'
_SIGNING_PERSON = (
    rf"(?:{'|'.join(map(re.escape, V.ADDRESS_FORMS))})\s+(?-i:[{UPPER}][^\s,;.:()]*(?:\s+[{UPPER}][^\s,;.:()]*){{1,4}})"
    rf"\s*,\s*[^,;.:()]{{3,80}}?\s*,\s*"
)
_ISSUED_OPENING = (
    # (the comma may be left out before a capitalised issuer: 'ngày 2/12/2016 Ban Thường vụ Tỉnh ủy đã ban hành …')
    rf"(?<!\w)(?P<written>{_TIMED_WRITTEN_DATE})\)?(?:\s+(?:{_RECENT}))?"
    rf"(?:\s*,\s*(?:{_ISSUER}\s+|{_SIGNING_PERSON})?|\s+(?-i:(?=[{UPPER}])){_ISSUER}\s+)"
    rf"(?:(?:{_SIGNED_ADVERB})\s+){{0,2}}"
)
_ISSUED_BEFORE_RE = re.compile(
    rf"{_ISSUED_OPENING}(?:{_SIGNED}|{_HAS})\s+(?:{re.escape(V.PLURAL_WORD)}\s+)?(?:{_TYPE_WORD})\s+(?:(?:{_QUALIFIER})\s+)?"
    rf"(?:{re.escape(V.DOC_RANGE_FROM_WORD)}\s+)?(?:{_NUMBER}\s*)?"  # ('… các quyết định từ số 1320-QĐ/TU đến …')
    # 'các Quyết định số 1745-QĐ/TU và 1746-QĐ/TU', 'Quyết định số 1847-QĐ/HU và Quyết định số 1848-QĐ/HU'
    rf"(?:\d[^\s,;]*\s*(?:,|{_AND})\s*(?:(?:{_TYPE_WORD})\s+)?(?:{_NUMBER}\s*)?)*$",
    re.IGNORECASE,
)
_ISSUED_BEFORE_REACH = 140
_COUNT = "|".join(map(re.escape, V.DOC_COUNT_WORDS))
# 'Hai quyết định cùng được ký ngày 11/3/2024', 'Các quyết định bổ nhiệm lại được ký ngày 10/5': a count of
# them dates every undated one of the type before it; a few lower-case words may name what they decide
# ... the issuer may follow the type word, and the signer the passive ('Quyết định của Bộ Chính trị được ký ngày
# 14/3/2025; các quyết định của Trưởng Ban Tổ chức Trung ương cùng được ký ngày 17/3/2025.': each clause dates
# the documents of its issuer; 'Các quyết định trên được Ban Bí thư ký ngày 8/7/2024.')
_THIS = "|".join(map(re.escape, (V.DOC_THIS_WORD, *V.DOC_ABOVE_WORDS)))
_TOLD_AFTER_RE = re.compile(
    rf"(?:^|(?<=[.!?;]\s))(?:(?P<count>{_COUNT})\s+)?(?P<word>{_TYPE_WORD})(?:\s+{_OF}\s+(?P<owner>{_PHRASE}))?"
    # (what they decide may come before 'nói trên': 'Các quyết định nhân sự nói trên cùng được ký ngày …')
    rf"(?:(?(count)(?:\s+(?-i:[^\W\d{UPPER}]+)){{0,{V.DOC_SUBJECT_REACH}}}?)\s+(?:{_THIS}))?"
    rf"(?(count)(?:\s+(?-i:[^\W\d{UPPER}]+)){{0,{V.DOC_SUBJECT_REACH}}}?)(?:\s+(?:{_ALL}))?"
    rf"(?:\s+(?:{_SIGNED_PASSIVE})(?:\s+(?-i:(?=[{UPPER}])){_SIGNER})?)?"
    rf"(?:\s+{re.escape(V.DOC_SIGNED_BY_WORD)}\s+{_SIGNER})?"
    rf"\s*(?<=\s)(?:{_SIGNED})\s+(?P<written>{_WRITTEN_DATE})",
    re.IGNORECASE | re.MULTILINE,
)
_TOLD_AFTER_REACH = 400  # the sentence before, or two
# 'Các quyết định cùng ký ngày 20/5/2024': the day of the documents of a table under the sentence.
_SENTENCE_END_RE = re.compile(r"[.;!?]" + NOT_ABBREVIATION + r"\s+(?=[^\W\d_])")
_TOLD_FOR_SEVERAL_REACH = 300  # the count is told in the sentence before the codes, or the one before it
# (their subject may stand between, in lower case: 'các quyết định về công tác cán bộ ban hành ngày 10-12-2018:')
_ABOUT_WORDS = "|".join(map(re.escape, sorted(V.DOC_SUBJECT_WORDS, key=len, reverse=True)))
_TOLD_FOR_ALL_RE = re.compile(
    rf"(?<!\w)(?:{_COUNT}|\d{{1,2}})\s+(?P<word>{_TYPE_WORD})"
    rf"(?:\s+(?:{_ABOUT_WORDS})(?:\s+(?-i:[^\W\d{UPPER}]+)){{1,{V.DOC_ABOUT_REACH}}}?)?"
    # ('các quyết định của Thống đốc NHNN, cùng được ký ngày 28/12/2015, gồm:': the issuer set off by a comma)
    rf"(?:\s+{_OF}\s+{_PHRASE})?(?:\s*,)?(?:\s+(?:{_ALL}))?"
    rf"(?:\s+(?:{_SIGNED_PASSIVE}))?"
    rf"(?:\s+(?:{_SIGNED})(?:\s+(?:{_SIGNED_AT}))?)?\s+(?P<written>{_WRITTEN_DATE})",
    re.IGNORECASE,
)
# 'Ngày 24/11/2017, Ban Thường vụ Đảng ủy Khối … đã ban hành ba quyết định: Quyết định số 682-QĐ/ĐUK …; Quyết
# định số 683-QĐ/ĐUK …': the day of a count of documents a sentence issues, listed after its colon.
_ISSUED_LIST_RE = re.compile(
    rf"{_ISSUED_OPENING}(?:{_SIGNED})\s+(?:{_COUNT}|\d{{1,2}})\s+(?P<word>{_TYPE_WORD})",
    re.IGNORECASE,
)
# ... or listed one a paragraph after an introduction ending with a colon: 'ngày 14/7 vừa qua, Ban Thường vụ
# Tỉnh ủy đã ban hành các quyết định về công tác cán bộ. … cụ thể:' then 'Quyết định số 1285-QĐ/TU …' per paragraph.
_ITEM_OPENING_RE = re.compile(r"[-–•+*\d.)\s]*")
# a line that only says a list follows, 'Cụ thể như sau:': the paragraph above it introduces the list
LIST_FOLLOWS_ALONE_RE = re.compile(rf"\s*(?:{'|'.join(map(re.escape, V.LIST_FOLLOWS_WORDS))})\s*:?\s*", re.IGNORECASE)
# the mark a list item opens with: '- ', '• ', '2. ', '3) ', 'b) '
ITEM_MARK_RE = re.compile(r"\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))\s")
# 'Số: 97-QĐ/TW': the code in a document's header, whose date follows as 'Hà Nội, ngày ...'.
_HEADER_NUMBER_RE = re.compile(re.escape(V.DOC_HEADER_NUMBER) + r"\s*$", re.IGNORECASE)
_HEADER_DATE_RE = re.compile(rf"(?<![\w.])[{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*)*\s*,\s*{_WRITTEN_DATE}")
_HEADER_REACH = 300  # the header's other lines (the Party's name, the issuer) stand between
# Codes in a list that one date follows: '2136-QĐNS/TW, 2139-QĐSN/TW ngày 20/5/2020'.
# (the type word may be written again: 'Nghị quyết số 26-NQ/TW, Nghị quyết số 27-NQ/TW và … ngày …')
_LIST_GAP_RE = re.compile(rf"\s*(?:,|{_AND})\s*(?:(?P<word>{_TYPE_WORD})\s+)?(?:{_NUMBER}\s*)?", re.IGNORECASE)
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
    date_has_year: bool = False  # written with its year: a day that does not exist is then an error


def code_key(doc_code: str) -> str:
    """Identity of a code: no spaces, upper case, no leading zeros (09-ĐA/TU = 9-ĐA/TU)."""
    compact = re.sub(r"\s+", "", doc_code).upper()
    return re.sub(r"^0+(?=\d)", "", compact)


def _in_paragraph(text: str, found: re.Match | None) -> re.Match | None:
    """`found`, unless it runs over a paragraph's end."""
    return found if found is not None and "\n" not in text[found.start() : found.end()] else None


def find_documents(text: str, published: date | None = None, year: int | None = None) -> list[DocumentMention]:
    """Every coded document mention in `text`, in order of appearance.

    An issued date written without a year ('ngày 20/5') takes it from `published` (the latest such
    day not after it: a document is issued before it is reported) or else from `year`, the year
    the article is known to be from; with neither it stays unknown.
    """
    mentions: list[DocumentMention] = []
    codes: list[tuple[int, int]] = []  # where each mention's code is written
    matches = [(m, "party") for m in _PARTY_CODE_RE.finditer(text)]
    matches += [(m, "state") for m in _STATE_CODE_RE.finditer(text)]
    if "QH" in text:
        matches += [(m, "assembly") for m in _ASSEMBLY_CODE_RE.finditer(text)]
    for m, style in sorted(matches, key=lambda pair: pair[0].start()):
        type_code = m.group("type") if style != "assembly" else ""
        before = text[max(0, m.start() - 60) : m.start()]
        word = _TYPE_WORD_RE.search(before)
        law = _LAW_RE.search(before) if word is None and style == "assembly" else None
        if word is None and law is None and type_code.upper() not in _TYPE_CODES_UPPER:
            continue  # an unknown code with no type word: not a document we can name
        doc_type = V.DOC_LAW_WORD if law else _type_name(word.group("word") if word else None, type_code)
        word = word or law
        if style == "party":
            doc_code = f"{m.group('num')}-{type_code}/{m.group('issuer')}"
        elif style == "assembly":
            doc_code = f"{m.group('num')}/{m.group('year')}/{m.group('issuer')}"
        else:
            year_part = f"{m.group('year')}/" if m.group("year") else ""
            doc_code = f"{m.group('num')}/{year_part}{type_code}-{m.group('issuer')}"
        start = m.start() - (len(before) - word.start()) if word else m.start()
        end, issued, date_span = m.end(), None, None
        # (the day is told in the code's own paragraph: a headline's 'Chỉ thị số 23-CT/TW của Ban Bí thư' is not dated
        # by the lead's 'Ngày 12/4, …' under it)
        issued_m = _in_paragraph(text, _ISSUED_RE.match(text, m.end())) or _in_paragraph(
            text, _BARE_DATE_AFTER_RE.match(text, m.end())
        )
        if issued_m is None and _HEADER_NUMBER_RE.search(before):
            issued_m = _HEADER_DATE_RE.search(text, m.end(), m.end() + _HEADER_REACH)
        if issued_m is None:
            issued_m = _ISSUED_BEFORE_RE.search(text, max(0, m.start() - _ISSUED_BEFORE_REACH), m.start())
        relative = _RELATIVE_ISSUED_RE.match(text, m.end()) if issued_m is None and published else None
        if relative:
            issued = published + timedelta(days=V.RELATIVE_DAYS[relative.group("rel").casefold()])
            end, date_span = relative.end(), relative.span("when")
        if issued_m:
            issued = _issued(issued_m, published, year)
            end = issued_m.end() if issued_m.re in (_ISSUED_RE, _BARE_DATE_AFTER_RE) else end
            date_span = issued_m.span("written" if issued_m.re in (_ISSUED_BEFORE_RE, _BARE_DATE_AFTER_RE) else 0)
        has_year = bool(issued_m and (issued_m.groupdict().get("y") or issued_m.groupdict().get("y2")))
        for k, (num, at) in enumerate(_numbers_sharing_the_code(text, m.start()) if style != "assembly" else []):
            shared = doc_code.replace(m.group("num"), num, 1)  # 'Quyết định số 1028, 1029-QĐ/TU ngày 13/3/2017'
            codes.append((at, at + len(num)))
            mentions.append(
                DocumentMention(
                    doc_code=shared,
                    code_key=code_key(shared),
                    doc_type=doc_type,
                    doc_number=num,
                    issuer_code=m.group("issuer"),
                    issued_date=issued,
                    title=None,
                    mention_text=text[start if k == 0 else at : at + len(num)],
                    start=start if k == 0 else at,
                    end=at + len(num),
                    date_span=date_span,
                    date_has_year=has_year,
                )
            )
            start = m.start()  # (the type word is the first number's)
        codes.append(m.span())
        mentions.append(
            DocumentMention(
                doc_code=doc_code,
                code_key=code_key(doc_code),
                doc_type=doc_type,
                doc_number=m.group("num"),
                issuer_code=m.group("issuer"),
                issued_date=issued,
                title=(law.group("name").strip() or None) if law else _quoted_title(text, end),
                mention_text=text[start:end],
                start=start,
                end=end,
                date_span=date_span,
                date_has_year=has_year,
            )
        )
    mentions = _date_told_after(text, mentions, published, year)
    mentions = _date_told_by_its_sentence(text, mentions, published, year)
    mentions = _date_told_for_several(text, mentions, published, year)
    mentions = _date_shared_after(text, mentions, published, year)
    mentions = _date_listed_after(text, mentions, published, year)
    mentions = _share_issued_before(text, _share_list_dates(text, mentions, codes), codes)
    return _ranges_filled(text, _date_same_day(text, _date_repeated_codes(mentions), published, year))


_RANGE_TO_RE = re.compile(
    rf"\s+(?:{'|'.join(map(re.escape, V.DOC_RANGE_TO_WORDS))})\s+(?:{_NUMBER}\s+)?", re.IGNORECASE
)
_RANGE_FROM_RE = re.compile(rf"(?<!\w){re.escape(V.DOC_RANGE_FROM_WORD)}\s+(?:{_NUMBER}\s+)?$", re.IGNORECASE)


def _ranges_filled(text: str, mentions: list[DocumentMention]) -> list[DocumentMention]:
    """The codes a range leaves out, added ('các quyết định từ số 621-QĐ/TU đến số 625-QĐ/TU ngày 12/3/2010': 622, 623,
    624), and the range's one day given to all of them: two codes of one type and issuer, the first after 'từ (số)', the
    second after 'đến (số)'."""
    out = list(mentions)
    for a, b in zip(mentions, mentions[1:], strict=False):
        # (one type, and one code but for the number: the issuer is the code's)
        same = a.doc_type == b.doc_type and a.doc_code.replace(a.doc_number, "", 1) == b.doc_code.replace(
            b.doc_number, "", 1
        )
        if not (same and a.doc_number.isdigit() and b.doc_number.isdigit()):
            continue
        first, last = int(a.doc_number), int(b.doc_number)
        code_start = a.end - len(a.doc_code) if text.endswith(a.doc_code, 0, a.end) else a.start
        if not (
            0 < last - first <= V.DOC_RANGE_MOST
            and _RANGE_TO_RE.fullmatch(text, a.end, b.start)
            and _RANGE_FROM_RE.search(text, max(0, code_start - 12), code_start)
        ):
            continue
        issued = a.issued_date or b.issued_date
        for k, m in enumerate(out):
            if m is a or m is b:
                out[k] = replace(m, issued_date=m.issued_date or issued)
        for number in range(first + 1, last):
            code = a.doc_code.replace(a.doc_number, str(number), 1)
            out.append(
                replace(
                    a,
                    doc_code=code,
                    code_key=code_key(code),
                    doc_number=str(number),
                    issued_date=issued,
                    title=None,
                    mention_text=text[a.start : b.end],
                    end=b.end,
                    date_span=b.date_span or a.date_span,
                )
            )
    return sorted(out, key=lambda m: m.start) if len(out) > len(mentions) else out


_SHARED_NUMBER_RE = re.compile(rf"(?<![\w/.-])(\d{{1,5}})\s*(?:,|{_AND})\s*$")


def _numbers_sharing_the_code(text: str, at: int) -> list[tuple[str, int]]:
    """Bare numbers written right before a code, joined to it by a comma or 'và', that share its type and issuer
    ('Quyết định số 1028, 1029-QĐ/TU'), with where each is written, in text order."""
    found: list[tuple[str, int]] = []
    while (m := _SHARED_NUMBER_RE.search(text, max(0, at - 12), at)) is not None:
        found.append((m.group(1), m.start(1)))
        at = m.start(1)
    return found[::-1]


def _date_told_after(
    text: str, mentions: list[DocumentMention], published: date | None, year: int | None
) -> list[DocumentMention]:
    """'… trao Quyết định số 1234/QĐ-TTg … Quyết định được ký ngày 10/10.': a sentence that opens with
    a document's type word and its signing dates the last such document cited just before it, if undated."""
    for i, m in enumerate(mentions):
        if m.issued_date is not None:
            continue
        # searched from each undated code up to the next one of its type (a scan of every article's
        # whole text for the pattern cost more than the rest of this module)
        later = next((n.start for n in mentions[i + 1 :] if n.doc_type == m.doc_type), len(text))
        told = _TOLD_AFTER_RE.search(text, m.end, m.end + _TOLD_AFTER_REACH)
        while told is not None and told.group("owner") and not _cited_of(text, m, told.group("owner")):
            told = _TOLD_AFTER_RE.search(text, told.end(), m.end + _TOLD_AFTER_REACH)  # another issuer's
        # one document's signing day is the last one's; a count's, those of the sentence before; else a group's
        if told is None or (
            told.start() > later
            and not told.group("owner")  # (its issuer's, however many are cited between)
            and not (told.group("count") and m.start >= _sentence_start(text, told.start() - 1))
        ):
            told = _told_for_a_group(text, mentions, i)
        if told is None or told.group("word").casefold() != m.doc_type.casefold():
            continue
        mentions[i] = _dated_by(mentions[i], told, published, year)
    return mentions


# A sentence the document opens, telling its signing at its end: 'Quy định số 15-QĐi/ĐUCP về chế độ làm việc …
# cũng đã được ký ban hành ngày 5/3.'
_SIGNED_AT_END_RE = re.compile(
    rf"(?<!\w)(?:(?:{_SIGNED_ADVERB})\s+){{0,2}}(?:{_SIGNED_PASSIVE})\s+(?:{_SIGNED})\s+(?P<written>{_WRITTEN_DATE})"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)


def _date_told_by_its_sentence(
    text: str, mentions: list[DocumentMention], published: date | None, year: int | None
) -> list[DocumentMention]:
    """An undated document dated by the signing its sentence ends with, when no other document is cited
    between and the document opens the sentence or a comma sets the signing off as said of it ('… thực hiện Kế
    hoạch số 189-KH/TU của Ban Thường vụ Tỉnh ủy về rà soát …, được ban hành ngày 2-12-2019.')."""
    for i, m in enumerate(mentions):
        if m.issued_date is not None:
            continue
        end = min(text.find(". ", m.end) % (len(text) + 1), text.find("\n", m.end) % (len(text) + 1))
        if any(m.end <= n.start < end for n in mentions[i + 1 :]):
            continue
        told = _SIGNED_AT_END_RE.search(text, m.end, end + 1)
        if told is not None and (
            _sentence_start(text, m.start) == m.start or text[m.end : told.start()].rstrip().endswith(",")
        ):
            mentions[i] = _dated_by(m, told, published, year)
    return mentions


_PLURALS = frozenset(fold(w) for w in V.DOC_PLURAL_WORDS)
_NUMBER_WORDS = {fold(w): n for w, n in V.EVENT_DAYS_COUNTS.items()}  # 'hai' 2, 'ba' 3 …
_TOLD_FOR_GROUP_REACH = 1500  # a group's day may be told paragraphs after the first of them is cited
_TOLD_FOR_GROUP_PARAGRAPHS = 2  # ... a count at most two paragraph breaks after it


def _told_for_a_group(text: str, mentions: list[DocumentMention], i: int) -> re.Match | None:
    """The signing told further down for a group the i-th document is one of: its issuer's documents ('…
    Quyết định số 2306-QĐNS/TW của Bộ Chính trị … ¶ … ¶ Quyết định của Bộ Chính trị được ký ngày 14/3/2025'),
    or a count of the type cited above with no dated one of it between ('… Quyết định số 1452-QĐNS/TW … ¶ … Quyết
    định số 1453-QĐNS/TW … Các quyết định trên được Ban Bí thư ký ngày 8/7/2024.')."""
    m = mentions[i]
    stop = min(len(text), m.end + _TOLD_FOR_GROUP_REACH)
    for told in _TOLD_AFTER_RE.finditer(text, m.end, stop):
        owner = told.group("owner")
        if owner:  # (its issuer links it, however far)
            if _cited_of(text, m, owner):
                return told
            continue
        count = told.group("count")
        if text.count("\n", m.end, told.start()) > 2 * _TOLD_FOR_GROUP_PARAGRAPHS:
            return None
        number = _NUMBER_WORDS.get(fold(count or ""))
        if number:  # a number counts the last ones of the type, undated: 'Hai quyết định được ký ngày 29-12.'
            cited = [k for k, n in enumerate(mentions) if n.end <= told.start() and n.doc_type == m.doc_type]
            last = cited[-number:]
            undated = all(mentions[k].issued_date is None for k in last)
            return told if len(cited) >= number and i in last and undated else None
        if fold(count or "") not in _PLURALS:
            return None
        between = [n for n in mentions[i + 1 :] if n.start < told.start() and n.doc_type == m.doc_type]
        return told if all(n.issued_date is None for n in between) else None
    return None


def signing_told_next(
    text: str, at: int, published: date | None, year: int | None, types: tuple[str, ...]
) -> date | None:
    """The day the sentence right after `at` says documents were signed on ('… bổ nhiệm lại đối với ông A và
    bà B. Các quyết định bổ nhiệm lại được ký ngày 10/5/2019.'): the day of the decisions of the sentence
    before, when it cites none by code."""
    told = _TOLD_AFTER_RE.search(text, at, at + _TOLD_AFTER_REACH)
    if told is None or text[at : told.start()].strip(" .;") or not told.group("count"):
        return None
    if fold(told.group("word")) not in {fold(t) for t in types}:
        return None  # 'Các nghị quyết của kỳ họp được ký ngày …' dates no decision
    return _issued(told, published, year)


def _cited_of(text: str, m: DocumentMention, owner: str) -> bool:
    """Whether the document is cited as the owner's: 'Quyết định số 2306-QĐNS/TW của Bộ Chính trị', or listed
    under an introduction that names it ('… công bố các quyết định của Trưởng Ban Tổ chức Trung ương:' ¶ '- Quyết
    định số 3118-QĐ/BTCTW …')."""
    key = fold(owner)
    if fold(text[m.end : m.end + len(owner) + 12]).startswith(("của " + key, " của " + key)):
        return True
    intro = item_introduction(text, text.rfind("\n", 0, m.start) + 1)
    return intro is not None and f"của {key}" in fold(text[intro[0] : intro[1]])


def _date_told_for_several(
    text: str, mentions: list[DocumentMention], published: date | None, year: int | None
) -> list[DocumentMention]:
    """One day told for several documents of a type before they are cited: 'Các quyết định cùng ký ngày
    20/5/2024, cụ thể như sau:' over a table (transforms/tables.py) dates those in its rows; 'công bố hai
    quyết định ngày 12-7-2023 …' those cited in the next sentences (_TOLD_FOR_SEVERAL_REACH)."""
    if all(m.issued_date is not None for m in mentions):
        return mentions
    tables = [(t, t.rows[0].start, t.rows[-1].end) for t in find_tables(text)]
    last: tuple[re.Match, int] | None = None  # the count that dated the last code, and where that code ends
    for i, m in enumerate(mentions):
        if m.issued_date is not None:
            continue
        # searched before each undated code only (a scan of every article for the count is costly)
        row_of = next((t for t, start, end in tables if start <= m.start < end), None)
        # (the code's own sentence is read whole: '… các quyết định … ký ngày 9-1-2026, theo đó: …(Quyết định
        # số 1186-QĐ/TU); …(Quyết định số 1189-QĐ/TU).' may run past the reach)
        reach = min(m.start - _TOLD_FOR_SEVERAL_REACH, _sentence_start(text, m.start))
        window = row_of.intro if row_of else (max(0, reach), m.start)
        found = [*_TOLD_FOR_ALL_RE.finditer(text, *window)]
        told = found[-1] if found else None  # the last one before the code
        between = text[last[1] : m.start] if last is not None else "\n"
        if told is None and "\n" not in between and len(_SENTENCE_END_RE.findall(between)) <= 1:
            told = last[0]  # ... and each code cited after it in its paragraph, one a sentence at most apart: 'công bố
            # các quyết định cùng ngày 4-10-2021 … Theo Quyết định số 318-QĐ/QU, … . Quyết định số 319-QĐ/QU …'
            # (not a code cited sentences on, in a background told between: '… nghỉ hưu theo Quyết định số 290 …')
        if told is not None and told.group("word").casefold() == m.doc_type.casefold():
            mentions[i] = _dated_by(m, told, published, year)
            last = (told, m.end)
    return mentions


# '… Quyết định số 2150-QĐ/TU thành lập …, Quyết định số 2151-QĐ/TU …, cùng ban hành ngày 3/2/2025': the day
# several codes cited before it share, in its sentence
_SHARED_AFTER_RE = re.compile(
    rf"(?:{_ALL})\s+(?:(?:{_SIGNED_PASSIVE})\s+)?(?:{_SIGNED})\s+(?P<written>{_WRITTEN_DATE})", re.IGNORECASE
)


def _date_shared_after(
    text: str, mentions: list[DocumentMention], published: date | None, year: int | None
) -> list[DocumentMention]:
    """The day told after several codes of its sentence as theirs together ('cùng ban hành ngày …'), for each of
    them still undated."""
    if all(m.issued_date is not None for m in mentions):
        return mentions
    for i, m in enumerate(mentions):
        if m.issued_date is not None:
            continue
        start, end = next(((b, e) for b, e in sentence_spans(text) if b <= m.start < e), (0, len(text)))
        shared = _SHARED_AFTER_RE.search(text, m.end, end)
        if shared and sum(start <= x.start and x.end <= shared.start() for x in mentions) > 1:
            mentions[i] = _dated_by(m, shared, published, year)
    return mentions


def _date_listed_after(
    text: str, mentions: list[DocumentMention], published: date | None, year: int | None
) -> list[DocumentMention]:
    """The day a sentence issues a count of documents on dates each undated one of that type listed after it:
    after its colon in the sentence ('ngày 24/11/2017, Ban Thường vụ … đã ban hành ba quyết định: Quyết định
    số 682-QĐ/ĐUK …; Quyết định số 683-QĐ/ĐUK …'), one a paragraph under the introduction the sentence
    is in (_list_introduction), or in the next sentence opening with 'Theo đó' (_issued_before_accordingly)."""
    for i, m in enumerate(mentions):
        if m.issued_date is not None:
            continue
        start = _sentence_start(text, m.start)
        told = _ISSUED_LIST_RE.search(text, start, m.start)
        if told is None or not (":" in text[told.end() : m.start] or _ONE_OF_THEM_RE.search(text, told.end(), m.start)):
            told = _day_told_over_list(text, mentions, m) or _issued_before_accordingly(text, m)
        if told is not None and told.group("word").casefold() == m.doc_type.casefold():
            mentions[i] = _dated_by(m, told, published, year)
        elif (head := _accordingly_list_head(text, mentions, m)) is not None and head.issued_date is not None:
            mentions[i] = replace(m, issued_date=head.issued_date)
    return mentions


_ACCORDINGLY_RE = re.compile(rf"(?:{'|'.join(map(re.escape, V.DOC_ACCORDINGLY_WORDS))})(?!\w)", re.IGNORECASE)


_ONE_OF_THEM_RE = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, V.DOC_ONE_OF_THEM_WORDS))})\s+$")


def _issued_before_accordingly(text: str, m: DocumentMention) -> re.Match | None:
    """The day the sentence before issued a count of documents on, when `m`'s sentence opens with 'Theo đó'
    ('Hôm qua (3/6), Hội đồng thành viên EVN đã ban hành các quyết định …' ¶ 'Theo đó, tại Quyết định số …')."""
    start = _sentence_start(text, m.start)
    if not _ACCORDINGLY_RE.match(text, start):
        return None
    end = len(text[:start].rstrip())
    found = [*_ISSUED_LIST_RE.finditer(text, _sentence_start(text, end - 1), end)]
    return found[-1] if found else None


def _accordingly_list_head(text: str, mentions: list[DocumentMention], m: DocumentMention) -> DocumentMention | None:
    """The first document of the list a 'Theo đó' paragraph begins, for one of a paragraph that goes on the list
    opening with its type ('… công bố các quyết định … ngày 8/4/2021 …' ¶ 'Theo đó, tại Quyết định số 1156-QĐ/HU …'
    ¶ 'Quyết định số 1157-QĐ/HU …' ¶ 'Quyết định số 1158-QĐ/HU …': the day the first was told is theirs), of the
    same type and issuer."""
    para = text.rfind("\n", 0, m.start) + 1
    if _ITEM_OPENING_RE.fullmatch(text, para, m.start) is None or _SAME_DAY_AFTER_RE.match(text, m.end):
        return None
    days = set()  # the days of the items between: another day there (a later decision's) is no list of one day
    while para > 0:
        para = paragraph_above(text, para)
        first = next((n for n in mentions if n.start >= para), None)
        if first is None or first.doc_type != m.doc_type or first.issuer_code != m.issuer_code:
            return None
        if _ACCORDINGLY_RE.match(text, para):
            return first if days <= {first.issued_date} else None
        if _ITEM_OPENING_RE.fullmatch(text, para, first.start) is None:
            return None
        if first.issued_date is not None:
            days.add(first.issued_date)
    return None


def _day_told_over_list(text: str, mentions: list[DocumentMention], m: DocumentMention) -> re.Match | None:
    """The last day the introduction of the list `m` is an item of tells for its documents ('ngày 14/7, Ban
    Thường vụ … đã ban hành các quyết định …', 'Các quyết định cùng được ký ngày 15/10/2025, cụ thể:'), when `m`
    is of the issuer the list opens with (a state decision read at the same ceremony is another's)."""
    intro = _list_introduction(text, m)
    if intro is None:
        return None
    if LIST_FOLLOWS_ALONE_RE.fullmatch(text, intro[0], intro[1] - 1) and intro[0] > 0:
        intro = (paragraph_above(text, intro[0]), intro[1])  # 'Cụ thể như sau:' on its own line
    first = next((n for n in mentions if n.start > intro[1]), None)
    if first is None or first.issuer_code != m.issuer_code:
        return None
    told = _last_day_told(text, intro)
    if told is None and _COUNTED_TYPE_RE.search(text, *intro):
        # 'BTV Huyện ủy đã ban hành các quyết định ngày 05/9/2017 về …' ¶ '… công bố các quyết định, cụ thể:': the
        # documents the introduction counts again were dated in the paragraph above
        told = _last_day_told(text, (paragraph_above(text, intro[0]), intro[0]))
    return told


_COUNTED_TYPE_RE = re.compile(rf"(?<!\w)(?:{_COUNT})\s+(?:{_TYPE_WORD})(?!\w)", re.IGNORECASE)


def _last_day_told(text: str, span: tuple[int, int]) -> re.Match | None:
    """The last day the span (a list's introduction) tells documents were issued or signed on."""
    found = [t for r in (_ISSUED_LIST_RE, _TOLD_FOR_ALL_RE) for t in r.finditer(text, *span)]
    return max(found, key=lambda t: t.start(), default=None)


def _list_introduction(text: str, m: DocumentMention) -> tuple[int, int] | None:
    """The paragraph introducing a list (it ends with a colon) whose items are paragraphs each opening with a
    document of `m`'s type, `m`'s among them, or whose items are marked paragraphs that cite theirs after their
    change ('1. Ông A, …, làm Đại sứ … (Quyết định số 301/QĐ-CTN).'); None when `m` is in no such item."""
    para = text.rfind("\n", 0, m.start) + 1
    colon = text.rfind(":", para, m.start)
    if colon != -1 and not text[colon + 1 : m.start].strip():
        # the first item, after the introduction's colon: '… công bố các quyết định: Quyết định số …'
        return para, colon + 1
    if _ITEM_OPENING_RE.fullmatch(text, para, m.start) is None:
        # '1. Ông A, …, làm Đại sứ … (Quyết định số 301/QĐ-CTN).': the item's own decision, cited after its change
        return item_introduction(text, para)
    type_word = m.doc_type.casefold()

    def opens_with_the_type(line: str) -> bool:
        return line[_ITEM_OPENING_RE.match(line).end() :].casefold().startswith(type_word)

    return _introduction_above(text, para, opens_with_the_type, first_inline=True)


def signing_told_over_items(
    text: str, at: int, published: date | None, year: int | None, types: tuple[str, ...]
) -> date | None:
    """The day the introduction of a list says its documents were signed on, for an item of that list at `at`
    that cites none by code ('… đọc các quyết định của Ban Thường vụ Thành ủy được ký ngày 11/10. Theo đó:' ¶
    '- Ông A … được điều động …'); None unless every paragraph from the introduction to `at` is an item."""
    para = text.rfind("\n", 0, at) + 1
    intro = item_introduction(text, para)
    if intro is None:
        return None
    told = _last_day_told(text, intro)
    if told is None or fold(told.group("word")) not in {fold(t) for t in types}:
        return None
    return _issued(told, published, year)


def item_introduction(text: str, para: int) -> tuple[int, int] | None:
    """The introduction above the marked list item that starts at `para` ('1. ', '- '), if it is one."""
    return _introduction_above(text, para, ITEM_MARK_RE.match) if ITEM_MARK_RE.match(text, para) else None


def _introduction_above(text: str, para: int, is_item, first_inline: bool = False) -> tuple[int, int] | None:
    """The span of the paragraph ending with a colon above the list item that starts at `para`, when every
    paragraph between is an item too (`is_item(line)`); None at the first that is not. With `first_inline`
    the first item may follow the colon in the introduction's paragraph ('… công bố các quyết định: Quyết định
    số 512-QĐ/TU …' ¶ 'Quyết định số 513-QĐ/TU …')."""
    while para > 0:
        end = para - 1
        para = text.rfind("\n", 0, end) + 1
        line = text[para:end]
        if not line.strip():
            continue
        if line.rstrip().endswith(":"):
            return para, end
        colon = line.find(": ") if first_inline else -1
        if colon != -1 and is_item(line[colon + 2 :]):
            return para, para + colon + 1
        if not is_item(line):
            return None
    return None


def paragraph_above(text: str, start: int) -> int:
    """Where the paragraph before the one starting at `start` starts (the blank lines between skipped)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1


def lines_below(text: str, at: int) -> Iterator[tuple[int, int]]:
    """The spans of the lines that follow the line ending at or after `at`, one after the other, blank lines
    skipped; the caller stops at the first that is no longer of its list."""
    end = text.find("\n", at)
    while end != -1:
        start = end
        while start < len(text) and text[start] == "\n":
            start += 1
        if start == len(text):
            return
        end = text.find("\n", start)
        yield start, len(text) if end == -1 else end


def items_below(text: str, at: int) -> Iterator[tuple[int, int]]:
    """The spans of the list items (paragraphs opening with an item mark) that follow the line ending at or
    after `at`, one after the other; the first paragraph that is no item ends them."""
    for start, end in lines_below(text, at):
        if not ITEM_MARK_RE.match(text, start):
            return
        yield start, end


def _dated_by(m: DocumentMention, told: re.Match, published: date | None, year: int | None) -> DocumentMention:
    """`m` with the issued day a sentence told for it (its text's span and whether it wrote the year)."""
    return replace(
        m,
        issued_date=_issued(told, published, year),
        date_span=told.span("written"),
        date_has_year=bool(told.group("y") or told.group("y2")),
    )


def _issued(m: re.Match, published: date | None, year: int | None) -> date | None:
    """The issued date of an `_ISSUED_RE` or `_HEADER_DATE_RE` match, see find_documents for the year."""
    g = m.groupdict()  # (_BARE_DATE_AFTER_RE has the written year's groups only)
    written = g.get("y") or g.get("y2")
    if written:
        return safe_date(int(written), int(g.get("m") or g["m2"]), int(g.get("d") or g["d2"]))
    day, month = int(g["d3"] or g["d4"]), int(g["m3"] or g["m4"])
    if published:
        days = [safe_date(published.year - k, month, day) for k in (0, 1)]
        return next((d for d in days if d and d <= published), None)
    return safe_date(year, month, day) if year else None


_SAME_DAY = "|".join(map(re.escape, V.DOC_SAME_DAY_WORDS))
# ('Quyết định số 847-QĐ/TU, cùng ngày chỉ định …': set off by a comma too)
_SAME_DAY_AFTER_RE = re.compile(rf"\s*,?\s*(?:{_OF}\s+{_PHRASE}\s+)?(?:{_SAME_DAY})(?!\w)", re.IGNORECASE)
# ... or with the verb that issued it ('Tại Quyết định số 1046-QĐ/TU ban hành cùng ngày, …'), in a sentence that names
# no day of its own before it ('Chiều 3/12, … công bố Quyết định số … được ký ban hành cùng ngày' is of the 3rd), and
# not the same day as a document named after it ('… cùng ngày với Nghị quyết số 15-NQ/TU ngày 10/10/2024')
_SAME_DAY_AFTER_VERB_RE = re.compile(
    rf"\s*,?\s*(?:(?:{_SIGNED_PASSIVE})\s+)?(?:{_SIGNED})\s+(?:{_SAME_DAY})(?!\w)"
    rf"(?!\s+{re.escape(V.DOC_SAME_DAY_AS_WORD)}(?!\w))",
    re.IGNORECASE,
)
# ... before the code only when the sentence says the document was issued then ('Chiều cùng ngày, hội
# nghị quán triệt Kết luận …' is the meeting's day, not the document's).
_SAME_DAY_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:{_SAME_DAY})(?!\w)[^.;\n]*(?<!\w)(?:{_SIGNED})(?!\w)[^.;\n]*$", re.IGNORECASE
)
# ... or has it right before the document ('Cùng ngày, Bộ Chính trị có Quyết định số 528-QĐNS/TW cho …')
_SAME_DAY_HAS_RE = re.compile(rf"(?<!\w)(?:{_SAME_DAY})(?!\w)[^.;\n]*(?<!\w)(?:{_HAS})\s+$", re.IGNORECASE)
# ... or when a clause joined to one citing another document opens with them and the document ('Ngày 26/6, Ban
# Thường vụ ban hành Quyết định số A …; cùng ngày, Quyết định số B chỉ định …')
_SAME_DAY_CLAUSE_RE = re.compile(
    rf"(?:^|[.;,\n]\s*)(?:{_SAME_DAY})\s*,?\s*(?:(?:{'|'.join(map(re.escape, V.DOC_BY_WORDS))})\s+)?$", re.IGNORECASE
)


def _date_same_day(
    text: str, mentions: list[DocumentMention], published: date | None, year: int | None
) -> list[DocumentMention]:
    """A code issued 'the same day' ('513-QĐNS/TW cùng ngày', 'Cùng ngày, … ban hành Quyết định số …')
    takes the date of the nearest document cited before it with one, or the day its own sentence told
    before it, when nearer ('Trước đó, ngày 04/4/2025, Ban Thường vụ đã họp; … Thông báo kết luận số
    1520-TB/TU cùng ngày')."""
    out: list[DocumentMention] = []
    for m in mentions:
        if m.issued_date is None and (
            _SAME_DAY_AFTER_RE.match(text, m.end)
            or (_SAME_DAY_AFTER_VERB_RE.match(text, m.end) and not _day_before_in_sentence(text, m.start))
            or _SAME_DAY_BEFORE_RE.search(text, max(0, m.start - 120), m.start)
            or _SAME_DAY_HAS_RE.search(text, max(0, m.start - 120), m.start)
            # (or anywhere in the sentence for one joined to another by 'và': 'Cùng ngày, … ký Quyết định số
            # 613/QĐ-HĐTV về việc ông A … nghỉ hưu …, tính từ ngày 1/7/2024 và Quyết định số 614/QĐ-HĐTV …')
            or (
                _AND_BEFORE_RE.search(text, max(0, m.start - 8), m.start)
                and _SAME_DAY_BEFORE_RE.search(text, _sentence_start(text, m.start), m.start)
            )
            or _SAME_DAY_CLAUSE_RE.search(text, max(0, m.start - 20), m.start)
            or _bracketed_after_same_day(text, m)
        ):
            dated = [d for d in reversed(out) if d.issued_date is not None]
            # the nearest of its own issuer's series first: 'Quyết định số 2768/QĐ-UBND ngày 31/10 …; … Quyết
            # định số 215-QĐ/ĐU ngày 29/10 … ¶ Quyết định số 2769/QĐ-UBND cùng ngày' is of the 31st
            earlier = next((d for d in dated if (d.issuer_code, d.doc_type) == (m.issuer_code, m.doc_type)), None)
            earlier = earlier or next(iter(dated), None)
            sentence = _sentence_start(text, m.start)
            # (a document cited earlier in the same sentence wins: '…, thời hạn 5 năm kể từ ngày 15-3-2011;
            # Quyết định số 513/QĐ-UBND cùng ngày' is the day of the one before, not of the term)
            told = [*_DAY_TOLD_RE.finditer(text, sentence, m.start)]
            opening = _SAME_DAY_OPENING_RE.match(text, sentence)
            narrated = None
            if not told and (opening or _SAME_DAY_LEAD_RE.match(text, sentence)):
                at, day = _last_opening_day(text, sentence, published, year)
                # (a bare 'Cùng ngày, …' is of the day told last: a sentence's opening day after the last dated
                # document, 'Ngày 2/7/2025, Ban Thường vụ họp … Cùng ngày, Ban Thường vụ ban hành Quyết định số …')
                narrated = day if opening or earlier is None or at > earlier.start else None
            if narrated is not None:
                # 'Chiều cùng ngày, Chủ tịch nước đã ký Quyết định số …': the same day as the events told, the
                # last a sentence opened with ('Chiều 24.10, … Quốc hội …'), not a document cited on the way
                m = replace(m, issued_date=narrated)
            elif told and (earlier is None or earlier.start < sentence):
                m = replace(m, issued_date=_issued(told[-1], published, year))
            elif earlier is not None:
                m = replace(m, issued_date=earlier.issued_date)
        out.append(m)
    return out


_ANY_DAY_RE = re.compile(rf"(?<!\w){_TIMED_WRITTEN_DATE}", re.IGNORECASE)


def _day_before_in_sentence(text: str, at: int) -> bool:
    """Whether the sentence names a day ('Chiều 3/12', 'ngày 28/11/2024') before `at`."""
    return _ANY_DAY_RE.search(text, _sentence_start(text, at), at) is not None


def _bracketed_after_same_day(text: str, m: DocumentMention) -> bool:
    """Whether the document is bracketed as the decision of a change its sentence, opening with 'Cùng ngày', tells:
    'Cùng ngày, BTV Tỉnh ủy chuẩn y đồng chí A giữ chức … (Quyết định số 1432-QĐ/TU).'"""
    if not text[max(0, m.start - 2) : m.start].rstrip().endswith("("):
        return False
    return _SAME_DAY_LEAD_RE.match(text, _sentence_start(text, m.start)) is not None


_DAY_TOLD_RE = re.compile(rf"(?<!\w){_WRITTEN_DATE}", re.IGNORECASE)
# a sentence that opens with a time of the same day: 'Chiều cùng ngày, …' (of the events told; a bare 'Cùng
# ngày, …' after a decision's day is often that decision's)
_TIMES_OF_DAY = "|".join(map(re.escape, V.TIME_OF_DAY))
# ... or with the same day, a time of it or none, then a comma: 'Cùng ngày, BTV Tỉnh ủy chuẩn y …'
_SAME_DAY_LEAD_RE = re.compile(rf"\s*(?:(?:{_TIMES_OF_DAY})\s+)?(?:{_SAME_DAY})\s*,", re.IGNORECASE)
_SAME_DAY_OPENING_RE = re.compile(
    rf"\s*(?:{re.escape(V.RIGHT_THEN_WORD)}\s+)?(?:{_TIMES_OF_DAY})\s+(?:{_SAME_DAY})(?!\w)", re.IGNORECASE
)


# (after the outlet's tag the lead opens: '(Dân trí) - Chiều qua (11/3), HĐND huyện …')
_OUTLET_TAG_RE = re.compile(rf"\s*{OUTLET_TAG}\s*")


def _last_opening_day(text: str, before: int, published: date | None, year: int | None) -> tuple[int, date | None]:
    """The last day a sentence before `before` opened with ('Chiều 24.10, …', 'Ngày 5/3/2025, …'), with where it
    is written (-1 and None for none)."""
    last = None
    for d in find_dates(text[:before]):
        opening = text[_sentence_start(text, d.start) : d.start]
        if d.day and d.month and (not opening.strip() or _OUTLET_TAG_RE.fullmatch(opening)):
            last = d
    if last is None:
        return -1, None
    when = last.year or year or (published.year if published else None)
    return last.start, safe_date(when, last.month, last.day) if when else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (after the last '. ' or line end before it)."""
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, at) + 1)  # (the text's first: 0, not 1)


def _share_issued_before(
    text: str, mentions: list[DocumentMention], codes: list[tuple[int, int]]
) -> list[DocumentMention]:
    """Documents of one type a sentence issues on the day it opens with, the later after 'và' or opening the
    clause after ';': 'Ngày 25/10/2017, Hội nghị … ban hành Nghị quyết số 18-NQ/TW về … và Nghị quyết số 19-NQ/TW
    về …', 'Cũng trong ngày 9-1-2026, Ban Thường vụ … ban hành Quyết định số 1190-QĐ/TU …; Quyết định số
    1191-QĐ/TU điều động …' (both that day); and the codes listed right after one so dated ('… và các Quyết định
    số 98/QĐ-CT, 99/QĐ-CT, 100/QĐ-CT phê chuẩn …')."""
    shared: set[int] = set()
    for i in range(1, len(mentions)):
        doc, before = mentions[i], mentions[i - 1]
        if doc.issued_date is not None or before.issued_date is None or doc.doc_type != before.doc_type:
            continue
        if i - 1 in shared and _LIST_GAP_RE.fullmatch(text, codes[i - 1][1], codes[i][0]):
            mentions[i] = replace(doc, issued_date=before.issued_date)
            shared.add(i)
            continue
        if before.date_span is None or before.date_span[1] > before.start:  # its day told before it, the sentence's
            continue
        clause = _CLAUSE_BEFORE_RE.search(text, max(0, doc.start - 4), doc.start)
        joined = clause or _AND_BEFORE_RE.search(text, max(0, doc.start - 12), doc.start)
        if joined and not _SENTENCE_OR_DAY_RE.search(text, before.end, clause.start() if clause else doc.start):
            mentions[i] = replace(doc, issued_date=before.issued_date)
            shared.add(i)
    return mentions


_AND_BEFORE_RE = re.compile(rf"(?<!\w){_AND}\s+(?:{re.escape(V.PLURAL_WORD)}\s+)?$")
_CLAUSE_BEFORE_RE = re.compile(r";\s*$")
# (a day a change takes effect from, 'thôi giữ chức … từ ngày 1-2-2026', is no other document's day)
_FROM = "".join(rf"(?<!{re.escape(w)} )" for w in V.RANGE_START_BEFORE)  # none of them before
_SENTENCE_OR_DAY_RE = re.compile(rf"[.;\n]|(?<!\w){_FROM}(?:{_DOC_DAY})\s+\d")


def _date_repeated_codes(mentions: list[DocumentMention]) -> list[DocumentMention]:
    """A code cited again without its date ('Quyết định số 512-QĐ/ĐU ngày 3/9/2031 …; thực hiện Quyết
    định số 512-QĐ/ĐU …') is the same document: it takes the date written with it elsewhere in the text
    (the date's own text stays with the mention that wrote it)."""
    dated = {}
    for m in mentions:
        if m.issued_date is not None:
            dated.setdefault(m.code_key, m.issued_date)
    return [
        replace(m, issued_date=dated[m.code_key]) if m.issued_date is None and m.code_key in dated else m
        for m in mentions
    ]


def _share_list_dates(
    text: str, mentions: list[DocumentMention], codes: list[tuple[int, int]]
) -> list[DocumentMention]:
    """Codes in a list before one date all take it: '2136-QĐNS/TW, 2139-QĐSN/TW ngày 20/5/2020'."""
    for i in range(len(mentions) - 2, -1, -1):
        doc, following = mentions[i], mentions[i + 1]
        gap = _LIST_GAP_RE.fullmatch(text, codes[i][1], codes[i + 1][0])
        if (
            doc.date_span is None
            and following.issued_date
            and gap
            and (gap.group("word") is None or doc.doc_type == following.doc_type)  # a list of one type only
        ):
            # the date written once is this code's too: its span (so the date text is reported with it)
            mentions[i] = replace(
                doc,
                issued_date=following.issued_date,
                date_span=following.date_span,
                date_has_year=following.date_has_year,
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
