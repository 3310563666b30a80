"""Event identity: what tells that two reports, in any articles or outlets, are of one real meeting.

A meeting is one event with another report of the same day and kind when their organisers are the
same body. Outlets write one body many ways ('Ban Tổ chức T.Ư', 'Ban Tổ chức TW', 'Ban Tổ chức Trung
ương'; 'Thành ủy TPHCM', 'Thành uỷ TP Hồ Chí Minh'; 'Ban Chấp hành Đảng bộ tỉnh', 'Tỉnh ủy'), so the
organiser is read with the title grammar (`parse_title`: abbreviations expanded, place taken out)
and reduced to a key: organ, level and place, folded. A local organ written without its place
('Ban Thường vụ Tỉnh ủy tổ chức ...') takes the place the article gives that committee elsewhere
('Tỉnh ủy Bến Tre'); without one it has no key: two provinces' 'Tỉnh ủy' are not one body. The part
of the day the report gives ('Sáng 29/12') tells two meetings of one body on one day apart.

The keys are staged with the meeting; the warehouse links the meetings (warehouse/sql/80_event_id.sql).
"""

import re
from collections import Counter
from functools import lru_cache

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.text import fold, fold_aligned
from hoinghi.transforms.titles import LOCAL_LEVELS, parse_title, place_length

_PAREN_RE = re.compile(r"\s*\([^()]*\)")
_CITY = {fold(k): v for k, v in V.CITY_ABBREVIATIONS.items()}
_LEVEL_WORDS = sorted(V.LEVEL_WORDS, key=len, reverse=True)
_LEVEL_PREFIX_RE = re.compile(r"^(?:" + "|".join(map(re.escape, _LEVEL_WORDS)) + r")\s+")
_SYNONYMS = tuple(sorted(((fold(k), fold(v)) for k, v in V.EVENT_ORGAN_SYNONYMS.items()), key=lambda kv: -len(kv[0])))
# The committee or level word that ends a local organ's name: where its place would follow.
_SUFFIXES = tuple(sorted((*V.LEVEL_COMMITTEES, *V.LEVEL_WORDS), key=len, reverse=True))
_DAY_PART_RE = re.compile(r"^\W*(" + "|".join(map(re.escape, V.TIME_OF_DAY)) + r")(?!\w)")
_STOP_RE = re.compile(r"[,;.:()\n\"“”]")
_LEVEL_OF = {**V.LEVEL_WORDS, **V.LEVEL_COMMITTEES}  # word → its level (None: 'thành phố' is either)


def day_part(date_text: str | None) -> str | None:
    """The part of the day a meeting's date names ('Chiều 3-4' → 'chiều'), else None."""
    m = _DAY_PART_RE.match(fold(date_text)) if date_text else None
    return m.group(1) if m else None


def organizer_key(organizer: str | None, text: str = "") -> str | None:
    """A key that is the same for every spelling of one organising body, None when the organiser
    does not name one body (missing, or a local organ whose place neither it nor `text` gives)."""
    if not organizer:
        return None
    parts = parse_title(_PAREN_RE.sub("", organizer))
    if not parts.organ:
        return None
    named = _same_body(fold(parts.organ))
    organ = _without_level_word(named)
    place = parts.place
    if place is None and parts.level in LOCAL_LEVELS:
        place = _place_in(text, named, parts.level)
        if place is None:
            return None
    if place is None and parts.level is None and not _is_named(parts.organ):
        return None  # 'Đảng ủy cơ quan': which agency's is not said
    return "|".join((organ, parts.level or "", _place_key(place) if place else ""))


def _same_body(key: str) -> str:
    """One name for a body written two ways: 'ban chấp hành đảng bộ tỉnh' → 'tỉnh ủy'."""
    for long, short in _SYNONYMS:
        if key.startswith(long):
            return short + key[len(long) :]
    return key


def _without_level_word(key: str) -> str:
    """The level word at the end of an organ's name left out (the level is kept apart): 'thành ủy
    thành phố' and 'thành ủy' are one."""
    for word in V.LEVEL_WORDS:
        if key.endswith(" " + word) and key != word:
            return key[: -len(word) - 1]
    return key


def _place_key(place: str) -> str:
    key = fold(place)
    key = fold(_CITY.get(key, key))
    return _LEVEL_PREFIX_RE.sub("", key).replace("-", " ").strip()


def _is_named(organ: str) -> bool:
    """Whether an organ's name says which body it is: a capitalised word or a number after its head
    ('Cụm thi đua số 2', 'Đảng ủy Sở Văn hóa'), not only common nouns ('Đảng ủy cơ quan')."""
    return any(w[:1].isupper() or w[:1].isdigit() for w in organ.split()[1:])


def _place_in(text: str, organ: str, level: str) -> str | None:
    """The place the article gives the committee that ends `organ` ('Tỉnh ủy X'), else the place it
    names most often after any committee or level word of the organ's level ('tỉnh X', 'UBND tỉnh X'):
    a report of 'Ban Thường vụ Tỉnh ủy' is about the province the article is about."""
    if not text:
        return None
    low = fold_aligned(text)
    suffix = next((s for s in _SUFFIXES if organ == s or organ.endswith(" " + s)), None)
    same_level = tuple(s for s in _SUFFIXES if _LEVEL_OF.get(s, level) in (level, None))
    for words in ((suffix,) if suffix else (), same_level):
        if not words:
            continue
        found: Counter[str] = Counter()
        starts = [m.start() for m in _word_starts_re(words).finditer(low)]  # one pass for every word
        for word in words:  # (counted word by word, in their order: it breaks ties)
            for at in starts:
                spaces = _SPACES_RE.match(low, at + len(word)) if low.startswith(word, at) else None
                place = _place_after(text, spaces.end()) if spaces else None
                if place:
                    found[place] += 1
        if found:
            return found.most_common(1)[0][0]
    return None


_SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=32)
def _word_starts_re(words: tuple[str, ...]) -> re.Pattern:
    """Where any of `words` starts a word and spaces follow it: every such place, inside longer ones too."""
    return re.compile(r"(?<!\w)(?=(?:" + "|".join(map(re.escape, words)) + r")\s)")


def _place_after(text: str, at: int) -> str | None:
    """The place named at `at`, right after a committee or level word, as a key; None if none is."""
    rest = text[at : at + 60]
    stop = _STOP_RE.search(rest)
    words = (rest[: stop.start()] if stop else rest).split()
    if not words:
        return None
    if fold(words[0]) in _CITY:
        return _place_key(words[0])
    n = place_length(words, 0)
    return _place_key(" ".join(words[:n])) if n else None
