"""Titles: the grammar of a Vietnamese title phrase (position, organ, place, qualifiers), read as data.

A title phrase is  [status] position [organ ...] [level word] [place] [qualifiers]:
"nguyên | Phó Bí thư Thường trực | Huyện ủy | Lạc Dương | khóa XI". `parse_title` splits one
phrase, as the article writes it, into its parts (contract v2's dim_title columns); `title_end`
tells the person extractor where a phrase that starts at an offset ends, so that the verb phrase,
credit or next person's name after it never enters it. The grammar's words live in `vocabulary.py`.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.text import UPPER, fold, nfc, phrase_at, squash_spaces


@dataclass(frozen=True)
class TitleParts:
    """One title phrase parsed: the columns of dim_title besides its id and text."""

    position: str | None  # the post: "Phó Bí thư Thường trực", "Ủy viên Ban Thường vụ" (new tone style)
    organ: str | None  # the innermost body, abbreviations expanded, place left out: "Tỉnh ủy"
    parent_organ: str | None  # the body the organ belongs to: "Ban Tổ chức Trung ương"
    place: str | None  # "Nghệ An", as written
    level: str | None  # central | province | district | commune | None
    kind: str  # post | rank | membership | other
    status: str | None  # former (nguyên) | new (tân) | acting (quyền) | None

    @property
    def sole_holder(self) -> bool:
        """Whether one person at a time holds the post ('Bí thư', 'Phó Bí thư Thường trực'), not a deputy's
        or member's post that several share ('Phó Chủ tịch', 'Ủy viên Ban Thường vụ')."""
        if self.kind != "post" or not self.position:
            return False
        low = fold(self.position)
        return not low.startswith(_SHARED_STARTS) or low.endswith(_SOLE_ENDS)


# --- the grammar's words, compiled once -----------------------------------------------------------

_SHARED_STARTS = tuple(fold(w) + " " for w in V.SHARED_POSITION_STARTS)
_SOLE_ENDS = tuple(" " + fold(w) for w in V.SOLE_POSITION_ENDS)

# Every spelling of a position, folded → (position, organ it implies).
_POSITIONS: dict[str, tuple[str, str | None]] = {fold(p): (p, None) for p in V.TITLE_POSITIONS}
_POSITIONS.update({fold(k): v for k, v in V.TITLE_POSITION_ALIASES.items()})
_POSITION_KEYS = sorted(_POSITIONS, key=len, reverse=True)
_MEMBERSHIP_HEADS = tuple(sorted((fold(k) for k in V.MEMBERSHIP_TITLE_HEADS), key=len, reverse=True))
# (the grammar reads a title from a position or a membership's head; parse_title tells them apart)
_HEAD_KEYS = tuple(sorted({*_POSITION_KEYS, *_MEMBERSHIP_HEADS}, key=len, reverse=True))
_SERVING_BODY_ENDS = tuple(" " + fold(w) for w in V.MEMBERS_SERVING_BODIES)
_SUFFIXES = tuple(fold(s) for s in V.TITLE_POSITION_SUFFIXES)
_CHARGES = tuple(fold(w) for w in V.APPOINTMENT_CHARGE_WORDS)  # 'phụ trách': in charge of a body
_RANKS = tuple(sorted(V.RANKS, key=len, reverse=True))
_NAMED_HEADS = tuple(sorted((fold(h) for h in V.NAMED_ORGAN_HEADS), key=len, reverse=True))
_CLOSED = tuple(sorted((fold(h) for h in V.CLOSED_ORGANS), key=len, reverse=True))
_LEVEL_WORDS = tuple(sorted(V.LEVEL_WORDS, key=len, reverse=True))
_VILLAGES = frozenset(V.VILLAGE_WORDS)
_NUMBERED_AFTER_NAME = frozenset((*V.VILLAGE_WORDS, *V.NUMBERED_NAME_LEVELS))
_LEVEL_OR_VILLAGE_WORDS = tuple(sorted((*V.LEVEL_WORDS, *V.VILLAGE_WORDS), key=len, reverse=True))
_LEVEL_COMPOUNDS = tuple(sorted((fold(w) for w in V.LEVEL_WORD_COMPOUNDS), key=len, reverse=True))
_COMMITTEES = tuple(sorted(V.LEVEL_COMMITTEES, key=len, reverse=True))
_PROVINCES = tuple(sorted({fold(p) for p in (*V.PROVINCES, *V.PLACES)}, key=len, reverse=True))
_PROVINCE_CITIES = frozenset(fold(p) for p in V.PROVINCE_CITIES)
_SURNAMES = frozenset(fold(s) for s in V.SURNAMES)
_MIDDLE_NAMES = frozenset(fold(w) for w in V.MIDDLE_NAMES)
_END_WORDS = tuple(sorted({fold(w) for w in (*V.TITLE_END_WORDS, *V.TITLE_STOPS)}, key=len, reverse=True))
_NOT_END = tuple(fold(w) for w in V.NOT_TITLE_STOPS)
_LINKS = tuple(sorted((fold(w) for w in V.ORGAN_NAME_LINKS), key=len, reverse=True))
_NUMBER_WORD = fold(V.NUMBER_WORD)
# (matched on the words alone: a name's commas are not among them)
_SCHOOL_TYPES = frozenset(V.SCHOOL_TYPE_WORDS)
_LOWER_NAMES = tuple(sorted((fold(w).replace(",", "") for w in V.LOWER_CASE_ORGAN_NAMES), key=len, reverse=True))
_ABBREVIATIONS = {fold(k): v for k, v in V.TITLE_ABBREVIATION_WORDS.items()}
# ... as written: 'TƯ' is 'Trung ương', 'Tư' of 'Sở Tư pháp' is a word of a name.
_ABBREVIATION_SPELLINGS = frozenset(V.TITLE_ABBREVIATION_WORDS)
_ENTERPRISE_FORMS = frozenset(V.ENTERPRISE_FORMS)
_CITY_ABBREVIATIONS = {fold(k): v for k, v in V.CITY_ABBREVIATIONS.items()}
_NEEDING_ORGAN = frozenset(fold(p) for p in V.POSITIONS_NEEDING_ORGAN)
_AND = fold(V.AND_WORD)
_SHARED_OFFICE_HEADS = tuple(" " + fold(w) for w in V.SHARED_OFFICE_HEADS)
_TASK_DELEGATIONS = frozenset(fold(w) for w in V.TASK_DELEGATION_WORDS)
_STATUS = {fold(k): v for k, v in V.TITLE_STATUS_WORDS.items()}
# The lists phrase_at reads are built once: it indexes each list it is given by the list's identity.
_STATUS_WORDS = tuple(sorted(_STATUS, key=len, reverse=True))
_MEMBERS_UNIT_ENDS = tuple(fold(w) for w in V.MEMBERS_UNIT_ENDS)
_MEMBERSHIPS = tuple(sorted((fold(m) for m in V.MEMBERSHIP_TITLES), key=len, reverse=True))
_HEAD_LEVELS = tuple(sorted(V.HEAD_LEVELS, key=len, reverse=True))


def _alternatives(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


_QUALIFIER_RE = re.compile(
    rf"\s*,?\s*\b(?:{_alternatives(V.TITLE_COURSE_WORDS)})\s+[IVXLC\d]+\b"
    rf"|\s*,?\s*\b(?:{_alternatives(V.TITLE_TERM_WORDS)})\s+\d{{4}}\s*[-–]\s*\d{{4}}"
    rf"|\s+\b(?:{_alternatives(V.TITLE_YEAR_WORDS)})\s+\d{{4}}\b"
    rf"|\s+\b(?:{_alternatives(V.TITLE_PROVISIONAL_WORDS)})\b",
    re.IGNORECASE,
)
_COUNTRY_TWICE_RE = re.compile(rf"({re.escape(V.COUNTRY_NAME)})(?: {re.escape(V.COUNTRY_NAME)})+")
_PARENT_LINK = _alternatives(V.PARENT_LINKS)
_PARENT_LINK_RE = re.compile(rf"\s+(?:{_alternatives(V.PARENT_OF_WORDS)})\s+")
_LEADING_LINK_RE = re.compile(rf"^(?:{_PARENT_LINK})\s+")
_COURSES = tuple(fold(w) for w in V.TITLE_COURSE_WORDS)
_ORDINALS = tuple(fold(w) for w in V.TITLE_ORDINAL_WORDS)
_PROVISIONAL = tuple(fold(w) for w in V.TITLE_PROVISIONAL_WORDS)
_NAME_ENDINGS = tuple(fold(w) for w in V.ORGAN_NAME_ENDINGS)
_SEATED_ENDINGS = frozenset(fold(w) for w in V.SEATED_ORGAN_ENDINGS)
_YEAR_WORDS = tuple(fold(w) for w in V.TITLE_YEAR_WORDS)
_YEAR_NUMBER_RE = re.compile(r"(?:19|20)\d\d")
_PLACE_NAMED_UNITS = tuple(f"{fold(w)} " for w in V.PLACE_NAMED_UNITS)
_DOC_TYPES = tuple(sorted((fold(w) for w in V.DOC_TYPE_WORDS), key=len, reverse=True))
_DIPLOMATIC = tuple(fold(w) for w in V.DIPLOMATIC_POSITIONS)
_POSTED_AT, _COUNTRY = fold(V.DIPLOMATIC_POST_WORD), fold(V.COUNTRY_WORD)
_MISSION = f" {fold(V.DIPLOMATIC_MISSION_WORD)}"
_COUNTRY_FORMS = tuple(sorted((fold(w) for w in V.COUNTRY_FORM_WORDS), key=len, reverse=True))
_ROMAN_OR_NUMBER = re.compile(r"(?:[IVXLC]+|\d+[A-Za-z]?)$")
_SERIES = tuple(sorted((fold(w) for w in V.UNIT_SERIES_WORDS), key=len, reverse=True))
_SERIES_FIRST = frozenset(w.split(" ")[0] for w in _SERIES)
_SERIES_NUMBER = re.compile(r"(?:[IVXLC]+[a-d]?|\d+[A-Za-z]?)$")  # 'Ia', 'IV', '3'
_WORD_RE = re.compile(r"[^\s,;:()\"“”]+")
_BRACKETED_ABBREVIATION_RE = re.compile(rf"\(?[{UPPER}&-]{{2,8}}\)")
_BRACKETED_INSIDE_RE = re.compile(rf" \([{UPPER}&-]{{2,8}}\)(?= )")
# The levels parse_title gives a local organ (not 'central'), broadest first.
LOCAL_LEVELS = ("province", "district", "commune")
_DOTTED_ABBREVIATIONS = frozenset(V.DOTTED_PLACE_ABBREVIATIONS)  # 'TP. Vinh': the dot is the word's
# (the words before, the words after) each comma of each name
_COMMA_NAMES = tuple(
    (fold(name[:at]).strip(), fold(name[at + 1 :]).strip())
    for name in V.ORGAN_NAMES_WITH_COMMA
    for at in (i for i, c in enumerate(name) if c == ",")
)


# The names whose words after a comma open in lower case ('Mặt trận Tổ quốc, | các đoàn thể'), which no rule
# of the reader takes after a closed organ: (the words before, the words after) that comma.
# (the reader's words hold no commas: the pairs are written without theirs)
_LOWER_COMMA_TAILS = tuple(
    (fold(name[:at]).replace(",", "").strip(), fold(name[at + 1 :]).replace(",", "").strip())
    for name in V.ORGAN_NAMES_WITH_COMMA
    for at in (i for i, c in enumerate(name) if c == ",")
    if name[at + 1 :].strip()[:1].islower()
)
# (their first words: the reader asks this at every word of every title, and most words start none)
_LOWER_COMMA_TAIL_STARTS = frozenset(after.split(" ", 1)[0] for _, after in _LOWER_COMMA_TAILS)
_COMMA_BEFORE_LEN = max(len(before) for before, _ in _COMMA_NAMES) + 1
_COMMA_AFTER_LEN = max(len(after) for _, after in _COMMA_NAMES) + 2


def comma_inside_organ(text: str, comma: int) -> bool:
    """Whether the comma at `comma` is inside an organ's name ('Ban Chính sách, Chiến lược Trung ương')."""
    # the words on each side are folded once for all the names (the readers ask this of every comma)
    before = fold(text[max(0, comma - _COMMA_BEFORE_LEN) : comma])
    after = fold(text[comma + 1 : comma + 1 + _COMMA_AFTER_LEN])
    return any(before.endswith(b) and after.startswith(a) for b, a in _COMMA_NAMES)


_CAPITAL = re.compile(r"[^\W\d_]").search


def _is_capitalised(word: str) -> bool:
    first = _CAPITAL(word)
    return bool(first) and first.group().isupper()


def _is_all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# Old tone placement → new, only where the vowel pair ends the syllable ('Uỷ' → 'Ủy'; 'Đoàn' stays).
_TONE_ANY_CASE = {}
for _old, _new in V.TONE_SPELLINGS.items():
    _TONE_ANY_CASE.update({_old: _new, _old.capitalize(): _new.capitalize(), _old.upper(): _new.upper()})
_SYLLABLE_END_TONE_RE = re.compile("(?:" + "|".join(_TONE_ANY_CASE) + r")(?!\w)")


def new_tone_style(text: str) -> str:
    """'Tỉnh uỷ' → 'Tỉnh ủy', changing a mark's place only at a syllable's end ('Đoàn' is one spelling)."""
    return _SYLLABLE_END_TONE_RE.sub(lambda m: _TONE_ANY_CASE[m.group()], text)


# --- parse_title ----------------------------------------------------------------------------------


@lru_cache(maxsize=16384)  # a stream repeats its titles ("Bí thư Tỉnh ủy …"); TitleParts is frozen
def parse_title(text: str) -> TitleParts:
    """The parts of one title phrase: position, organ (innermost unit, parent_organ the body it
    belongs to), place as written, level, kind and status. Abbreviations are expanded and `Ủy`
    written in the new tone style in position and organ; the place keeps the article's spelling."""
    # an abbreviation introduced in brackets inside the name is the name again: 'Ủy ban Mặt trận Tổ quốc (MTTQ)
    # Việt Nam tỉnh' is 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'
    s = squash_spaces(_BRACKETED_INSIDE_RE.sub("", nfc(text))).strip(" ,;.-–")
    status = None
    first = s.split(" ", 1)
    if len(first) == 2 and fold(first[0]) in _STATUS:
        status, s = _STATUS[fold(first[0])], first[1]
    low = fold(s)
    rank = phrase_at(low, _RANKS)
    if rank:
        return TitleParts(s[: len(rank)], None, None, None, None, "rank", status)
    member = phrase_at(low, _MEMBERSHIPS) or phrase_at(low, _MEMBERSHIP_HEADS)
    if member:
        rest = s[len(member) :].strip()
        if not rest or not phrase_at(fold(rest), _LEVEL_WORDS):
            return TitleParts(s, None, None, None, "central" if "quốc hội" in member else None, "membership", status)
        # 'đại biểu Quốc hội tỉnh Nghệ An', 'ĐBQH tỉnh Nghệ An': a membership elected in a place, written in full
        _, place, level = _place_and_level(_expand(rest), None, None)
        spelled = V.MEMBERSHIP_TITLE_HEADS.get(s[: len(member)], s[: len(member)])
        return TitleParts(spelled, None, None, place, level, "membership", status)
    key = phrase_at(low, _POSITION_KEYS)
    position, implied = _POSITIONS[key] if key else (None, None)
    rest = s[len(key) :].strip() if key else s
    if position:
        for suffix in _SUFFIXES:
            if fold(rest).startswith(suffix) and phrase_at(fold(rest), (suffix,)):
                position, rest = f"{position} {rest[: len(suffix)].lower()}", rest[len(suffix) :].strip()
                position = position.replace(" thường trực", " Thường trực")
        charge = phrase_at(fold(rest), _CHARGES)
        if charge and rest[len(charge) : len(charge) + 1] == " ":  # 'Phó Giám đốc phụ trách | Sở Tài chính'
            position, rest = f"{position} {rest[: len(charge)].lower()}", rest[len(charge) :].strip()
    rest = _QUALIFIER_RE.sub("", rest).strip(" ,")
    if implied and fold(rest) in ("trung ương", "trung ương đảng"):  # 'Thường trực Ban Bí thư Trung ương Đảng'
        rest = ""
    organ_text = _expand(rest)
    organ_text = _with_position_unit(position, organ_text) if organ_text else implied
    if not organ_text:
        level = "central" if position in V.CENTRAL_POSITIONS else None
        kind = "post" if position else "other"
        return TitleParts(new_tone_style(position) if position else None, None, None, None, level, kind, status)
    organ, parent = _split_parent(organ_text)
    organ = _canonical_organ(organ)
    organ, place, level = _place_and_level(organ, parent, position)
    return TitleParts(
        new_tone_style(position) if position else None,
        new_tone_style(organ) if organ else None,
        new_tone_style(parent) if parent else None,
        place,
        level,
        "post",
        status,
    )


def _expand(text: str) -> str:
    """Abbreviations written out: 'UBND TP. Đà Nẵng' → 'Ủy ban nhân dân thành phố Đà Nẵng'."""
    out: list[str] = []
    for word in text.split(" "):
        key = fold(word)
        if key in _CITY_ABBREVIATIONS:
            out.append(word)  # the city stays as written; its place is read later
        elif key in _ABBREVIATIONS and (word.isupper() or word[:2] in ("Tp", "TP")):
            out.append(_ABBREVIATIONS[key])
        elif "." in word and fold(word.split(".")[0] + ".") in _ABBREVIATIONS and word.split(".")[1]:
            head, tail = word.split(".", 1)  # 'TP.Đà'
            out.extend((_ABBREVIATIONS[fold(head + ".")], tail))
        else:
            out.append(word)
    expanded = " ".join(out)
    return _COUNTRY_TWICE_RE.sub(r"\1", expanded)


def _with_position_unit(position: str | None, organ: str) -> str:
    """The organ with the unit the position names: 'Trưởng ban' + 'Tổ chức T.Ư' → 'Ban Tổ chức Trung ương',
    'Thứ trưởng' + 'Công an' → 'Bộ Công an'; 'Vụ trưởng' + 'Vụ ...' stays as it is."""
    unit = V.TITLE_POSITION_UNITS.get(position or "")
    if not unit:
        return organ
    low = fold(organ)
    if phrase_at(low, (fold(unit),)):
        return organ
    if organ.startswith(V.PARENT_ORGAN_STARTS) or phrase_at(low, _CLOSED):
        # 'Chánh Văn phòng Ban Tổ chức Trung ương': the office of that body
        return f"{unit}, {organ}" if unit != "Ban" else organ
    return f"{unit} {organ}"


def _split_parent(organ: str) -> tuple[str, str | None]:
    """'Vụ Địa phương I, Ban Tổ chức Trung ương' → ('Vụ Địa phương I', 'Ban Tổ chức Trung ương')."""
    best = None
    for start in V.PARENT_ORGAN_STARTS:
        for m in re.finditer(rf"(?:,\s*|\s+(?:{_PARENT_LINK})\s+|\s+)" + re.escape(start), organ):
            if m.start() > 0 and (best is None or m.start() < best.start()):
                if start == "Ban " and organ[m.end() : m.end() + 1].islower():
                    continue
                best = m
    if best is None:
        m = _PARENT_LINK_RE.search(organ)
        if not m:
            return organ, None
        best = m
    inner = organ[: best.start()].strip(" ,")
    link = _LEADING_LINK_RE.match(best.group().strip(" ,") + " ")
    if link and fold(f"{inner} {link.group().strip()}") in _NAMED_HEADS:
        inner += " " + link.group().strip()  # 'Đảng ủy cơ quan Ban Tổ chức Trung ương': the body's own committee
    parent = organ[best.start() :].strip(" ,")
    parent = _LEADING_LINK_RE.sub("", parent)
    if not inner or fold(inner) in ("ban",):
        return organ, None
    return inner, parent


def _canonical_organ(organ: str) -> str:
    low = fold(organ)
    if low in ("trung ương", "trung ương đảng", "ban chấp hành trung ương", "ban chấp hành trung ương đảng"):
        return "Ban Chấp hành Trung ương Đảng"
    if low.startswith("ban bí thư"):
        return "Ban Bí thư"
    if low in V.LEVEL_WORDS and low + " ủy" in V.LEVEL_COMMITTEES:  # 'Bí thư Tỉnh' (ủy left out)
        return organ + " ủy"
    return organ


def _level_word(two: str, word: str) -> str | None:
    """The level or village word opening `two` (two folded words), the first written `word`; a village word is
    written in lower case ('Thành ủy Buôn Ma Thuột' names a city)."""
    found = phrase_at(two, _LEVEL_OR_VILLAGE_WORDS)
    return None if found in _VILLAGES and _is_capitalised(word) else found


def _place_and_level(organ: str, parent: str | None, position: str | None) -> tuple[str, str | None, str | None]:
    """The place named in the organ (taken out of it) and the level of the whole."""
    words = organ.split(" ")
    place, level, cut = None, None, len(words)
    compound = _in_level_compounds(words)
    i = -1
    while i + 1 < len(words):  # not a range: 'Tỉnh uỷ tỉnh X' deletes the repeated level word
        i += 1
        two = fold(" ".join(words[i : i + 2]))
        one = fold(words[i])
        if one in _CITY_ABBREVIATIONS:
            place, cut = _CITY_ABBREVIATIONS[one], i
            level = "province"
            if i and not phrase_at(fold(" ".join(words[max(0, i - 2) : i])), _COMMITTEES, 0):
                words[i], cut = "thành phố", i + 1  # 'Ủy ban nhân dân TPHCM': the organ keeps its level word
            break
        committee = phrase_at(two, _COMMITTEES)
        if committee:
            n = len(committee.split(" "))
            level = level or V.LEVEL_COMMITTEES[committee]
            after = words[i + n :]
            if after and fold(after[0]) in V.LEVEL_WORDS:  # 'Tỉnh uỷ tỉnh Đắk Lắk': the level said twice
                if len(after) > 1 and all(_ROMAN_OR_NUMBER.match(w) for w in after[1:]):
                    place, cut = " ".join(after), i + n  # 'Quận ủy quận 8'
                    break
                del words[i + n]
                after = after[1:]
            if after and fold(after[0]) in _CITY_ABBREVIATIONS:
                place, level, cut = _CITY_ABBREVIATIONS[fold(after[0])], "province", i + n
                break
            if after and all(_is_capitalised(w) or _ROMAN_OR_NUMBER.match(w) for w in after):
                place, cut = " ".join(after), i + n
                break
            continue
        level_word = _level_word(two, words[i]) if i not in compound else None
        if level_word and (i > 0 or not _is_capitalised(words[i]) or len(words) > 1):
            n = len(level_word.split(" "))
            after = words[i + n :]
            level = level or V.LEVEL_WORDS.get(level_word)
            if after and all(_is_capitalised(w) or _ROMAN_OR_NUMBER.match(w) for w in after):
                numbered = all(_ROMAN_OR_NUMBER.match(w) for w in after)
                place = " ".join(words[i:] if numbered else after)
                words[i] = words[i].lower() if numbered else words[i]
                cut = i + n
                break
    kept = words[:cut]
    # 'Tỉnh Tỉnh ủy': a level word just before the committee of that level
    if len(kept) >= 3 and fold(" ".join(kept[1:3])) in V.LEVEL_COMMITTEES and fold(kept[0]) in V.LEVEL_WORDS:
        kept = kept[1:]
    organ = " ".join(kept) or organ
    level = _level(organ, parent, place, level, position)
    return organ, place, level


def _in_level_compounds(words: list[str]) -> set[int]:
    """Indexes of the words that belong to a word holding a level word as a syllable ('xã hội')."""
    covered: set[int] = set()
    folded = [fold(w) for w in words]
    low = " ".join(folded)
    at = 0
    for i, word in enumerate(folded):
        compound = _level_compound_at(words, i, low, at)
        if compound:
            covered.update(range(i, i + len(compound.split(" "))))
        at += len(word) + 1
    return covered


def _level_compound_at(words: list[str], i: int, low: str, at: int) -> str | None:
    """The compound holding a level syllable at words[i] ('xã hội', 'Hợp tác xã'), folded, or None. Its
    syllables after the first are written in lower case: a capital there opens a place's name ('xã Hội Sơn'
    is the commune Hội Sơn), unless the words are all capitals, which tell no name apart."""
    compound = phrase_at(low, _LEVEL_COMPOUNDS, at)
    if not compound:
        return None
    second = words[i + 1] if i + 1 < len(words) else ""
    # ('Xã Hội' written with both capitals is the compound still: the level word itself is capitalised)
    return compound if not _is_capitalised(second) or _is_all_caps(second) or _is_capitalised(words[i]) else None


def _level(organ: str, parent: str | None, place: str | None, level: str | None, position: str | None) -> str | None:
    low = fold(organ)
    whole = fold(f"{organ} {parent or ''}")
    if level is None and (" thành phố" in f" {low}" or "thành ủy" in low):
        if place:
            return "province" if fold(place) in _PROVINCE_CITIES or fold(place).startswith("thành phố") else "district"
        if "thành ủy" in low or low.startswith(("ủy ban nhân dân", "hội đồng nhân dân")):
            return "province"
        return "district"
    if level:
        return level
    head = phrase_at(low, _HEAD_LEVELS)
    if any(fold(m) in whole for m in V.CENTRAL_MARKERS) or position in V.CENTRAL_POSITIONS:
        return "central"
    if head:
        return V.HEAD_LEVELS[head]
    if parent:
        return _level(parent, None, None, None, None)
    return None


# --- title_end: where a title phrase stops in running text ----------------------------------------


def position_at(folded: str, pos: int = 0) -> int:
    """Length of the position (with its status word and suffixes) at `pos` of folded text, or 0."""
    at = pos
    status = phrase_at(folded, _STATUS_WORDS, at)
    if status and folded[at + len(status) : at + len(status) + 1] == " ":
        at += len(status) + 1
    key = phrase_at(folded, _HEAD_KEYS, at)
    if not key or (key in _DIPLOMATIC and folded.startswith(_MISSION, at + len(key))):
        return 0  # (a mission, 'Tổng Lãnh sự quán', is no post)
    at += len(key)
    for suffix in _SUFFIXES:
        if folded.startswith(" " + suffix, at) and phrase_at(folded, (suffix,), at + 1):
            at += 1 + len(suffix)
    return at - pos


def is_rank(folded: str) -> bool:
    """Whether a phrase is a military or police rank (not a title)."""
    return bool(phrase_at(folded.strip(), _RANKS)) and len(folded.strip().split(" ")) <= 2


_VILLAGE_NUMBER = re.compile(r"\d{1,2}")
_NAMESAKE_HEADS = tuple(f"{fold(w)} " for w in V.NAMESAKE_UNIT_HEADS)
# a name opening with a prefix joined by an apostrophe ('H'Lim', 'K'Sơn'): a woman's name among the Ê Đê, Jrai …
APOSTROPHE_NAME = rf"(?:{'|'.join(map(re.escape, V.APOSTROPHE_NAME_PREFIXES))})[{UPPER}][^\W\d_]+"
APOSTROPHE_NAME_RE = re.compile(APOSTROPHE_NAME)


def _namesake_length(words: list[str], i: int) -> int:
    """How many of words[i:] name a unit after a person ('Trường THCS | Lý Tự Trọng'), leaving out a person's name
    of two to four words glued after it ('Lý Tự Trọng Kim Sô Phal' → 3); a run too short for both is the name."""
    run = 0
    while i + run < len(words) and _is_capitalised(words[i + run]) and not _is_all_caps(words[i + run]):
        run += 1
    glued = [
        k
        for k in range(2, run - 1)
        if 2 <= run - k <= 4 and (_name_starts(words, i + k) or APOSTROPHE_NAME_RE.fullmatch(words[i + k]))
    ]
    return glued[-1] if glued else max(run, 1)


def _full_name_at(words: list[str], folded: list[str], i: int) -> bool:
    """Whether words[i:] are a family name, a middle name ('Thị', 'Văn') and a capitalised given name."""
    return (
        i + 2 < len(words)
        and folded[i] in _SURNAMES
        and folded[i + 1] in _MIDDLE_NAMES
        and _is_capitalised(words[i + 1])
        and _is_capitalised(words[i + 2])
    )


def _name_starts(words: list[str], i: int) -> bool:
    """Whether words[i:] start a person's name: a family name and one to four more capitalised words."""
    if fold(words[i]) not in _SURNAMES:
        return False
    n = 1
    while i + n < len(words) and _is_capitalised(words[i + n]) and not _is_all_caps(words[i + n]):
        n += 1
    return 2 <= n <= 5


def place_length(words: list[str], i: int) -> int:
    """How many of words[i:] name a place after a level word or committee ('Lạc Dương', 'quận 8'),
    leaving out a person's name glued after it ('Xuân Lộc Viên Hồng Tiến' → 2). Two capitalised
    words are a place; three or more that open with a family name and hold no place are a name (0)."""
    if i < len(words) and (phrase_at(fold(" ".join(words[i : i + 2])), _COMMITTEES) or fold(words[i]) in V.LEVEL_WORDS):
        return 0  # 'Bí thư Tỉnh Tỉnh ủy ...': no place here, the committee follows
    run = 0
    while i + run < len(words) and (
        (_is_capitalised(words[i + run]) and not _is_all_caps(words[i + run]))
        or (run == 0 and _ROMAN_OR_NUMBER.match(words[i + run]))
    ):
        run += 1
    if run == 0:
        return 0
    known = phrase_at(fold(" ".join(words[i : i + run])), _PROVINCES)
    if known:
        return len(known.split(" "))
    numbered = i and fold(words[i - 1]) in _NUMBERED_AFTER_NAME
    if numbered and i + run < len(words) and _VILLAGE_NUMBER.fullmatch(words[i + run]):
        return run + 1  # a village or a new commune numbered after its name: 'bản Huồi Giảng 1', 'xã Đam Rông 3'
    if run <= 2:
        return run
    if run <= 4 and fold(words[i]) in _SURNAMES and fold(words[i + 1]) in _MIDDLE_NAMES:
        # 'Trưởng phòng … huyện | Dương Thị Kiều Loan': a family name and a middle name open a person's name (a longer
        # run is a place named after a person and a name: 'phường Hoàng Văn Thụ Nguyễn Thị Lan', split below)
        return 0
    # a name glued after the place: 'Xuân Lộc Viên Hồng Tiến' → 2, 'Si Ma Cai Lý Seo Dìn' → 3 (not Si and
    # 'Ma Cai Lý Seo Dìn': a name has at most four syllables); of three words none is split off: 'Huyện ủy
    # Si Ma Cai,' is the place ('Ma' is a family name too), 'xã Thạch Hoàng Bảo' the name (as below)
    for split in (2, 1, 3):
        if split < run and _name_starts(words, i + split) and 2 <= run - split <= 4 and run > 3:
            return split
    return 0 if _name_starts(words, i) else run


_STOP_NOUNS = tuple(fold(w) for w in V.STOP_ENDING_NOUNS)
_STOP_NOUN_CLOSERS = tuple(fold(w) for w in V.STOP_NOUN_CLOSED_BY)


def ends_stop_noun(folded_before: str, stop: str) -> bool:
    """Whether a stop word ends a noun with the words before it ('công nghệ | thông tin'): no verb there."""
    text = f"{folded_before} {stop}"
    if any(folded_before.endswith(name) for name in _STOP_NOUN_CLOSERS):
        return False
    return any(text.endswith(noun) and text[-len(noun) - 1 : -len(noun)] in ("", " ") for noun in _STOP_NOUNS)


def _is_end_word(folded: str, folded_before: str = "", pos: int = 0) -> bool:
    if folded.startswith(_NOT_END, pos):
        return False
    stop = phrase_at(folded, _END_WORDS, pos)
    return bool(stop) and not ends_stop_noun(folded_before, stop)


def _phrase_words(text: str, start: int) -> tuple[list[str], list[tuple[int, int]]]:
    """The words a title phrase at `start` may run over, with their spans: up to the first punctuation (a
    comma inside an organ's name and an abbreviation introduced in brackets aside) or the full stop."""
    # the phrase runs over words separated by single spaces or ' - ' inside organ names; the words
    # are read lazily because the phrase ends at the first punctuation, not at the end of the text
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD_RE.finditer(text, start):
        gap = text[spans[-1][1] : m.start()] if spans else " "
        if gap != " ":  # most words follow one space: nothing to check
            if gap == " (" and _BRACKETED_ABBREVIATION_RE.match(text, m.start()):
                continue  # 'Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam': an abbreviation introduced inside the name
            if _BRACKETED_ABBREVIATION_RE.fullmatch(gap.strip()):
                gap = " "
            punctuation = gap.strip(" ")
            if punctuation and not (punctuation == "," and comma_inside_organ(text, spans[-1][1] + gap.index(","))):
                break  # punctuation between words ends the phrase
        word = m.group()
        full_stop = word.endswith(".") and word.rstrip(".") not in _DOTTED_ABBREVIATIONS
        if full_stop:  # 'giữ chức Phó Giám đốc Sở Nội vụ.': the sentence ends the phrase; the stop is not the word's
            word = word.rstrip(".")
            if not word:
                break
        words.append(word)
        spans.append((m.start(), m.start() + len(word)))
        if full_stop:
            break
    return words, spans


# A third of the calls on the real excerpts repeat an earlier one: half within the article (the
# appointment and person readers read the same title segments again), half across articles (titles
# recur in a stream).
@lru_cache(maxsize=4096)
def title_end(text: str, start: int = 0, continuing: bool = False, handed: bool = False) -> int:
    """Offset in `text` where the title phrase starting at `start` ends (`start` when none starts there).

    The phrase is read with the grammar: a position (or, when `continuing` a list of titles, an organ),
    then organs, level words, places and qualifiers; it ends at the first word the grammar has no
    place for: a verb, a credit, a dash before lower-case words, or a person's name. An organ that a verb
    hands on (`handed`: 'phụ trách UBND tỉnh', 'được UBND tỉnh bổ nhiệm') may open with a body's
    abbreviation; after a comma in a list of titles that bare abbreviation is another participant
    ('A, Phó Chủ tịch UBND tỉnh, UBND huyện Na Hang và các sở'), not the title's organ.
    """
    words, spans = _phrase_words(text, start)
    if not words:
        return start
    folded = [fold(w) for w in words]
    low = " ".join(folded)
    offsets = [0]
    for f in folded[:-1]:
        offsets.append(offsets[-1] + len(f) + 1)
    i = _position_words(low, offsets)
    if i == 0 and not (
        continuing
        and (phrase_at(low, _NAMED_HEADS) or phrase_at(low, _CLOSED) or (handed and _organ_abbreviation(words[0])))
    ):
        return start
    unit = i > 0 and low[: offsets[i - 1] + len(folded[i - 1])].endswith(_UNIT_POSITIONS)
    position_end = i
    state = "name" if unit else "open"
    charge = _charge_len(words, low, offsets, i) if not unit else 0
    # 'Phó Vụ trưởng phụ trách Vụ Tổ chức cán bộ': a deputy in charge of a body, one title (when a body follows)
    after_charge = _organ_words(words, folded, low, offsets, i + charge, state) if charge else i
    i = after_charge if after_charge > i + charge else _organ_words(words, folded, low, offsets, i, state)
    if " ".join(folded[:position_end]) in _NEEDING_ORGAN and (
        i == position_end or " ".join(folded[position_end : position_end + 2]) in _TASK_DELEGATIONS
    ):
        return start  # 'Trưởng đoàn', 'Trưởng Đoàn công tác của Bộ Chính trị', 'phụ trách điều hành ...': no title
    while i > 0 and (words[i - 1] in ("-", "–") or folded[i - 1] == _AND):
        i -= 1  # 'Phó Bí thư Đảng ủy Tập đoàn và Hoàng Văn Sáng': the 'và' joins two persons
    return spans[i - 1][1] if i else start


def _charge_len(words: list[str], low: str, offsets: list[int], i: int) -> int:
    """Words of 'phụ trách' at i when a capitalised word follows it (a body the post is in charge of), else 0."""
    charge = phrase_at(low, _CHARGES, offsets[i]) if i < len(words) else None
    n = len(charge.split(" ")) if charge else 0
    return n if n and i + n < len(words) and _is_capitalised(words[i + n]) else 0


def _organ_abbreviation(word: str) -> bool:
    """'UBND', 'HĐND': an abbreviation that stands for a named body (not 'T.Ư', a place, nor 'BTV', a seat)."""
    words = _ABBREVIATIONS.get(fold(word))
    return word.isupper() and words is not None and phrase_at(fold(words), _NAMED_HEADS) is not None


def _word_index(offsets: list[int], at: int) -> int:
    for k, off in enumerate(offsets):
        if off >= at:
            return k
    return len(offsets)


def _position_words(low: str, offsets: list[int]) -> int:
    n = position_at(low)
    return _word_index(offsets, n + 1) if n else 0


# Positions that end with the noun of their unit: a name may follow them ('Trưởng Ban | Dân vận').
_UNIT_POSITIONS = tuple(
    sorted(
        {k for k, (p, _) in _POSITIONS.items() if fold(p).endswith(fold(V.TITLE_POSITION_UNITS.get(p, "@")))},
        key=len,
        reverse=True,
    )
)


def _organ_words(words: list[str], folded: list[str], low: str, offsets: list[int], i: int, state: str) -> int:
    """Words i.. that continue the title as organs, level words, places and qualifiers; returns the end.

    state: "open" (an organ may follow) or "name" (inside an organ's name: lower-case words allowed)."""
    return _Reader(words, folded, low, offsets, i, state).run()


class _End(Exception):
    """The grammar has no place for the word at the reader's position: the title ends before it."""


@dataclass
class _Reader:
    """Reads a title's words after its position, one grammar rule per method: each consumes the words
    it knows at `i` and returns True, returns False when it does not apply, or raises _End."""

    words: list[str]
    folded: list[str]
    low: str
    offsets: list[int]
    i: int
    state: str
    lower_run: int = 0

    def run(self) -> int:
        steps = (
            self._posted_to,
            self._lower_comma_tail,
            self._qualifier,
            self._dash,
            self._committee,
            self._level,
            self._organ,
            self._lower_name,
            self._series,
            self._number,
            self._abbreviation,
            self._capitalised,
            self._link,
            self._lower,
        )
        try:
            while self.i < len(self.words):
                for step in steps:  # (a loop, not any(...): no generator per word)
                    if step():
                        break
                else:
                    break
        except _End:
            pass
        return self.i

    @property
    def at(self) -> int:
        """Where word i starts in `low` (the rules read `low` from there, not a copy of the rest)."""
        return self.offsets[self.i]

    def _take(self, n: int, state: str, place: bool = False) -> bool:
        self.i += n
        if place:
            self.i += place_length(self.words, self.i)
        self.state, self.lower_run = state, 0
        return True

    def _posted_to(self) -> bool:
        """A diplomat's country after 'tại' ('Đại sứ đặc mệnh toàn quyền Việt Nam tại | Cộng hòa Pháp'), or the
        sending one after 'nước' ('… toàn quyền nước | Cộng hòa xã hội chủ nghĩa Việt Nam tại …')."""
        if self.folded[self.i] not in (_POSTED_AT, _COUNTRY):
            return False
        if not self.low.startswith(_DIPLOMATIC):
            return self._seated_at()
        at = self.i + 1
        form = phrase_at(self.low, _COUNTRY_FORMS, self.offsets[at]) if at < len(self.words) else None
        at += len(form.split(" ")) if form else 0
        named = at
        while named < len(self.words) and _is_capitalised(self.words[named]):
            if named > at and _name_starts(self.words, named) and not _known_place(self.words, named):
                break  # 'Đại sứ Việt Nam tại Lào | Nguyễn Bá Hùng': a person's name after the country
            named += 1
        if named == at:
            return False
        self.i, self.state, self.lower_run = named, "open", 0
        return True

    def _seated_at(self) -> bool:
        """A high court's or procuracy's seat closing its name: 'VKSND cấp cao tại | Thành phố Hồ Chí Minh'."""
        if self.folded[self.i] != _POSTED_AT or " ".join(self.folded[self.i - 2 : self.i]) not in _SEATED_ENDINGS:
            return False
        at = self.i + 1
        level = phrase_at(self.low, _LEVEL_WORDS, self.offsets[at]) if at < len(self.words) else None
        at += len(level.split(" ")) if level else 0  # 'tại Thành phố Hồ Chí Minh'
        length = place_length(self.words, at) if at < len(self.words) else 0
        if not length:
            return False
        self.i, self.state, self.lower_run = at + length, "open", 0
        return True

    def _lower_comma_tail(self) -> bool:
        """The lower-case words after the comma of a name that has one: 'Mặt trận Tổ quốc, | các đoàn thể'."""
        if self.folded[self.i] not in _LOWER_COMMA_TAIL_STARTS:
            return False
        for before, after in _LOWER_COMMA_TAILS:
            end = self.at + len(after)
            if (
                self.low.startswith(after, self.at)
                and self.low[end : end + 1] in ("", " ")
                and self.low[: max(0, self.at - 1)].endswith(before)
            ):
                return self._take(len(after.split(" ")), "name")
        return False

    def _qualifier(self) -> bool:
        n = _qualifier_len(self.folded, self.i)
        return bool(n) and self._take(n, "open")

    def _dash(self) -> bool:
        if self.folded[self.i] not in ("-", "–"):
            return False
        if not _dash_continues(self.words, self.folded, self.i):
            raise _End
        self._take(1, self.state)
        member = phrase_at(self.low, _MEMBERSHIPS, self.at) if self.i < len(self.words) else None
        if member:  # 'Vụ Tổ chức - Đảng viên': a unit named for what it handles, inside the organ's name
            self._take(len(member.split(" ")), "name")
        return True

    def _committee(self) -> bool:
        """'Tỉnh ủy', 'Huyện ủy tỉnh ...' and the place after them."""
        if self.folded[self.i] in _CITY_ABBREVIATIONS:
            return self._take(1, "open")
        committee = phrase_at(self.low, _COMMITTEES, self.at)
        if not committee:
            return False
        n = len(committee.split(" "))
        after = self.i + n
        level = phrase_at(self.low, _LEVEL_WORDS, self.offsets[after]) if after < len(self.words) else None
        # 'Tỉnh ủy tỉnh Đắk Lắk', 'Thành ủy Thành phố Hồ Chí Minh' (a level word of two syllables may be capitalised;
        # 'Thành ủy Buôn Ma Thuột' names a city)
        if level and (not _is_capitalised(self.words[after]) or " " in level):
            n += len(level.split(" "))
        return self._take(n, "open", place=True)

    def _level(self) -> bool:
        """A level word and the place after it: 'tỉnh Nghệ An', 'xã Đạo Thạnh', 'quận 8', 'TP Mỹ Tho'."""
        f = self.folded[self.i]
        if f in _ABBREVIATIONS and fold(_ABBREVIATIONS[f]) in V.LEVEL_WORDS:
            return self._take(1, "open", place=True)
        level_word = phrase_at(self.low, _LEVEL_OR_VILLAGE_WORDS, self.at)
        capitalised = _is_capitalised(self.words[self.i])
        if not level_word or (capitalised and (self.state == "name" or level_word in _VILLAGES)):
            return False
        compound = _level_compound_at(self.words, self.i, self.low, self.offsets[self.i])
        if compound:  # 'Ngân hàng Chính sách xã hội tỉnh': a word of the name, no level
            return self._take(len(compound.split(" ")), "name")
        return self._take(len(level_word.split(" ")), "open", place=True)

    def _organ(self) -> bool:
        """A whole body ('Quốc hội', 'Bộ Chính trị') or the head of a named one ('Ban', 'Vụ', 'Đảng ủy xã')."""
        closed = phrase_at(self.low, _CLOSED, self.at)
        head = phrase_at(self.low, _NAMED_HEADS, self.at)
        capitalised = _is_capitalised(self.words[self.i])
        if closed and capitalised and len(closed) >= len(head or ""):
            return self._take(len(closed.split(" ")), "open")
        if head and (capitalised or (self.state == "open" and not _is_end_word(self.low, pos=self.at))):
            if capitalised and _full_name_at(self.words, self.folded, self.i):
                raise _End  # 'Thứ trưởng Bộ Tài chính | Đoàn Thị Mỹ Hạnh': a family name, not the organ 'Đoàn'
            return self._take(len(head.split(" ")), "name")
        return False

    def _lower_name(self) -> bool:
        """A name written in lower case right after its head: 'Khối | các cơ quan và doanh nghiệp'."""
        # (a capital opens such a name right after a unit's post too: 'Trưởng phòng | Cảnh sát giao thông …')
        after_lower = self.words[self.i - 1][:1].islower() and not _is_capitalised(self.words[self.i])
        if self.state != "name" or self.lower_run or not self.i or after_lower:
            return False
        name = phrase_at(self.low, _LOWER_NAMES, self.at)
        return bool(name) and self._take(len(name.split(" ")), "open")

    def _series(self) -> bool:
        """'KTNN khu vực IV', 'Kiểm toán nhà nước chuyên ngành Ia': a unit numbered within its body's series."""
        if self.folded[self.i] not in _SERIES_FIRST:  # (most words: no series opens there)
            return False
        series = phrase_at(self.low, _SERIES, self.at)
        after = self.i + len(series.split(" ")) if series else 0
        return (
            bool(series)
            and after < len(self.words)
            and bool(_SERIES_NUMBER.match(self.words[after]))
            and (self._take(after + 1 - self.i, "name"))
        )

    def _number(self) -> bool:
        """'Vụ Địa phương I', 'Đại hội XIV', 'Cụm thi đua số 2'."""
        return self.state == "name" and bool(_ROMAN_OR_NUMBER.match(self.words[self.i])) and self._take(1, "name")

    def _abbreviation(self) -> bool:
        """'T.Ư', 'UBND', 'LĐ-TB&XH': a whole word, after which no lower-case name goes on."""
        w = self.words[self.i]
        if w in _ENTERPRISE_FORMS and self.state == "name":  # 'Công ty TNHH một thành viên …'
            return self._take(1, "name")
        spelled = self.folded[self.i] in _ABBREVIATIONS and (w in _ABBREVIATION_SPELLINGS or w.isupper())
        if not (spelled or _is_all_caps(w)):
            return False
        # (a school's type may follow its level before its name: 'Trường THPT | chuyên | Thăng Long')
        typed = self.i + 2 < len(self.words) and self.folded[self.i + 1] in _SCHOOL_TYPES
        return self._take(2 if typed and _is_capitalised(self.words[self.i + 2]) else 1, "open")

    def _capitalised(self) -> bool:
        """A word of an organ's name; a person's name or a new position ends the title."""
        if not _is_capitalised(self.words[self.i]):
            return False
        if self.low.endswith(_NAMESAKE_HEADS, 0, self.at):
            return self._take(_namesake_length(self.words, self.i), "name")
        named = (
            _name_starts(self.words, self.i)
            and not _known_place(self.words, self.i)
            and not self.low.endswith(_PLACE_NAMED_UNITS, 0, self.at)  # 'Đồn Biên phòng | Ma Ly Pho': its place
        )
        members = self.low.endswith(_SERVING_BODY_ENDS, 0, self.at - 1) and phrase_at(
            self.low, _MEMBERSHIP_HEADS, self.at
        )
        if members:  # 'Trưởng đoàn | Đại biểu Quốc hội tỉnh': the members the body serves, its name
            return self._take(len(members.split(" ")), "open")
        if named or position_at(self.low, self.at):
            raise _End
        return self._take(1, "name")

    def _link(self) -> bool:
        """'và', 'của', 'các cơ quan' inside a name, when a name word or a level word follows."""
        link = phrase_at(self.low, _LINKS, self.at)
        if not link or (self.state != "name" and not self._between_abbreviations(link)):
            return False
        n = len(link.split(" "))
        at = self.i + n
        if link == _NUMBER_WORD and not (at < len(self.words) and _ROMAN_OR_NUMBER.match(self.words[at])):
            return False  # 'Cụm thi đua số 2', but 'Công ty Xổ số kiến thiết': a word of the name
        if at < len(self.words) and (
            position_at(self.low, self.offsets[at])
            or phrase_at(self.low, _DOC_TYPES, self.offsets[at])
            or phrase_at(self.low, _RANKS, self.offsets[at])
        ):
            # 'Bí thư Huyện ủy và Chủ tịch ...': the link joins two titles, not two names; '… giữ chức Bộ trưởng Bộ
            # Xây dựng và Quyết định số …': a title and a document; '… Giám đốc Sở Nội vụ và Đại tá A': a person
            raise _End
        if at < len(self.words) and (
            _is_capitalised(self.words[at])
            or _ROMAN_OR_NUMBER.match(self.words[at])
            or phrase_at(self.low[self.offsets[at] :], _LEVEL_WORDS)
        ):
            self.i = at
            return True
        raise _End

    def _between_abbreviations(self, link: str) -> bool:
        """'Văn phòng HĐND và UBND huyện': a link between two abbreviated councils or committees joins one
        name when an office or standing body that serves both heads them; 'Sở GDĐT và UBND huyện' are two."""
        at = self.i + len(link.split(" "))
        return (
            self.i > 1
            and at < len(self.words)
            and _organ_abbreviation(self.words[self.i - 1])
            and _organ_abbreviation(self.words[at])
            and f" {' '.join(self.folded[: self.i - 1])}".endswith(_SHARED_OFFICE_HEADS)
        )

    def _lower(self) -> bool:
        """A few lower-case words of a name ('Ban Tổ chức', 'Trung tâm Bồi dưỡng chính trị'), no verb."""
        f = self.folded[self.i]
        before = " ".join(self.folded[max(0, self.i - 6) : self.i])
        if (
            self.state != "name"
            or self.lower_run >= _MAX_LOWER_RUN
            or _is_end_word(self.low, before, self.at)
            or not f.isalpha()
        ):
            return False
        self.i, self.lower_run = self.i + 1, self.lower_run + 1
        return True


_MAX_LOWER_RUN = 6  # lower-case words in a row inside an organ's name ('Cục Bảo vệ chính trị nội bộ')


_CREDITS = tuple(fold(w) for w in V.CREDIT_LABELS)


def _dash_continues(words: list[str], folded: list[str], i: int) -> bool:
    """A dash inside an organ's name ('Vụ Tổ chức - Cán bộ', 'HĐND - UBND'): a capitalised word follows
    that is no position, name or credit ('- Ảnh')."""
    before = " ".join(folded[max(0, i - 2) : i])
    if before.endswith(_MEMBERS_UNIT_ENDS) and phrase_at(" ".join(folded[i + 1 : i + 3]), _MEMBERSHIPS):
        return True  # 'Phòng Tổ chức cơ sở đảng - đảng viên': a unit named for what it handles, in lower case too
    if i + 1 >= len(words) or not _is_capitalised(words[i + 1]):
        return False
    nxt = " ".join(folded[i + 1 : i + 4])
    return not (position_at(nxt) or _name_starts(words, i + 1) or nxt.startswith(_CREDITS))


def _known_place(words: list[str], i: int) -> bool:
    return i < len(words) and bool(phrase_at(fold(" ".join(words[i : i + 4])), _PROVINCES))


def _qualifier_len(folded: list[str], i: int) -> int:
    """Words of a qualifier that stays in the title at i: 'khóa XV', 'lần thứ XIV', 'lâm thời', 'năm 2018'. A
    term ('nhiệm kỳ 2020-2025') ends the title: the gold sets leave it out, as LABELING.md leaves it out of
    positions."""
    f = folded[i]
    nxt = folded[i + 1] if i + 1 < len(folded) else ""
    if f in _COURSES and _ROMAN_OR_NUMBER.match(nxt.upper()):
        return 2
    if f"{f} {nxt}" in _ORDINALS and i + 2 < len(folded):
        return 3
    if f"{f} {nxt}" in _PROVISIONAL or (i and f"{f} {nxt}" in _NAME_ENDINGS):
        return 2
    if f in _YEAR_WORDS and _YEAR_NUMBER_RE.fullmatch(nxt):
        return 2  # a post held for a year: 'Cụm trưởng năm 2018' (an emulation cluster's rotating head)
    return 0
