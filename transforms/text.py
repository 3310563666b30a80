"""Small text helpers shared by the transforms: Unicode form, tone style, matching keys."""

import hashlib
import re
import unicodedata
from functools import lru_cache

from hoinghi.transforms import vocabulary as V

# Old-style and new-style tone placement spell the same word: Uỷ/Ủy, hoà/hòa.
_TONE_STYLE = V.TONE_SPELLINGS
_TONE_RE = re.compile("|".join(_TONE_STYLE))
# Vietnamese capital letters, for regular expressions ('[A-ZÀ-Ỹ]' would also take lower-case đ, à ...).
UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# The character cp1252 shows for each byte; its five undefined bytes stay Latin-1 (C1 controls), as
# lenient decoders keep them. Reversed, it tells which byte a character of a mis-decoded text was.
CP1252_CHARS = "".join(bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in range(256))
CP1252_BYTE = {ch: byte for byte, ch in enumerate(CP1252_CHARS)}
# Latin Eth (Ð U+00D0, ð U+00F0) is a look-alike of Vietnamese Đ/đ in copy-pasted text.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def nfc(text: str) -> str:
    """NFC form with look-alike letters replaced by the Vietnamese ones."""
    text = unicodedata.normalize("NFC", text)
    # translate() looks every character up in a dict: ~20 times slower than testing for the two
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_LOOKALIKES)
    return text


@lru_cache(maxsize=1 << 16)  # extractors fold the same words and titles over and over
def fold(text: str) -> str:
    """Case-folded, space-collapsed, new-tone-style form: the key for comparing words."""
    return _new_tone_lower(squash_spaces(nfc(text)).casefold())


_TONE_ANY_CASE = {}
for _old, _new in _TONE_STYLE.items():
    _TONE_ANY_CASE.update({_old: _new, _old.capitalize(): _new.capitalize(), _old.upper(): _new.upper()})
_TONE_ANY_CASE_RE = re.compile("|".join(_TONE_ANY_CASE))


def new_tone_style(text: str) -> str:
    """'Uỷ viên' → 'Ủy viên': one spelling for one word, case kept."""
    # As in _new_tone_lower: find which occur, str.replace them (a callback per match is slow on a
    # whole article); the same result, as no old spelling's second letter starts another.
    for old in set(_TONE_ANY_CASE_RE.findall(text)):
        text = text.replace(old, _TONE_ANY_CASE[old])
    return text


@lru_cache(maxsize=4096)  # the body is folded by more than one extractor; windows repeat too
def fold_aligned(text: str) -> str:
    """Like `fold` but keeps every character in place, so offsets into it are offsets into `text`."""
    return _new_tone_lower(text.lower())


def _new_tone_lower(text: str) -> str:
    """Old tone spellings → new in lower-case text: one scan finds which occur, str.replace swaps them.

    (Quicker than a regex with a callback per match, or a str.replace per spelling.) The result is
    the same: each old spelling is two letters whose second never starts another one.
    """
    for old in set(_TONE_RE.findall(text)):
        text = text.replace(old, _TONE_STYLE[old])
    return text


def folded_alternation(words) -> str:
    """The words, folded, as a regex alternation for folded text: each once, longest first (a word that
    begins another is tried after it)."""
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))


def occurrences(text: str, needle: str):
    """Offsets of every occurrence of `needle` in `text`, found with str.find.

    For a few fixed words this is much quicker than a regular expression that opens with an
    alternation of them, which the engine tries at every position of the text.
    """
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def text_sha256(text: str) -> str:
    """Hex sha256 of a text as a reader sees it: the key for "the same article in another file".

    Only spellings of the same characters are folded: NFC with the look-alike Đ/đ fixed, line ends,
    old/new tone placement (Uỷ/Ủy: TCVN3 typists wrote the old) and white space around the whole
    text. Letters, case and spaces inside stay, so a changed word or space is another text.
    """
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(new_tone_style(text).encode("utf-8")).hexdigest()


def squash_spaces(text: str) -> str:
    """Runs of white space → one space, ends stripped (str.split knows the same white space as `\\s`)."""
    # Most lines need nothing: every white space but ' ' is unprintable, so this quick test suffices.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def name_key(full_name: str) -> str:
    """Matching key for a person: the same name across articles and outlets gives the same key."""
    return fold(full_name)


def display_name(raw: str) -> str:
    """A name as people write it: each syllable capitalised (cao Xuân Chiểu → Cao Xuân Chiểu)."""
    parts = []
    for syllable in squash_spaces(nfc(raw)).split(" "):
        head, tail = syllable[:1], syllable[1:]
        parts.append(head.upper() + (tail.lower() if tail[:1] not in "'’" else tail))
    return " ".join(parts)


# A sentence ends after . ! ? … or at a newline. The match starts at the mark itself rather than
# looking behind for it: quicker to scan for (docs/extraction.md, "speed").
# "TP. Vinh" is a town, not a sentence end: checked behind the mark, so the scan still opens with it.
# An outlet's tag opening a lead, in brackets before a dash: '(Dân trí) - Chiều qua (11/3), …'.
OUTLET_TAG = r"\([^()]{2,24}\)\.?\s*[-–]"


def _not_abbreviation(a: str) -> str:
    """Not right after the abbreviation `a` and its dot; a single letter after a capitalised word is a name's initial
    ('xét xử bị cáo Nguyễn Văn P. Ông …'), whose dot does end the sentence."""
    if len(a) > 1:
        return rf"(?<!\b{a}\.)"
    initial = "|".join(rf"(?<=[{UPPER}][{UPPER.lower()}]{{{k}}} {a}\.)" for k in range(1, 7))  # (not 'UBND P.')
    return rf"(?:(?<!\b{a}\.)|{initial})"


NOT_ABBREVIATION = "".join(_not_abbreviation(a) for a in (*V.DOTTED_PLACE_ABBREVIATIONS, *V.DOTTED_DEGREES))
_SENTENCE_END_RE = re.compile(r"[.!?…]" + NOT_ABBREVIATION + r"[\"”]?\s+(?=[\"“(]?[" + UPPER + r"*-])|\n")


@lru_cache(maxsize=16)  # meetings, roles and persons split the same body
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


# Phrase lists by their first word, kept with the list itself (so its id stays its own).
_PHRASE_INDEXES: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}
_LEADING_WORD = re.compile(r"[^\W_]*").match  # the letters and digits at a position: \w less '_', as isalnum()


def phrase_at(folded: str, phrases, pos: int = 0) -> str | None:
    """The first of `phrases` (folded, longest first) that `folded` has at `pos` as whole words.

    Only the phrases whose first word is the word at `pos` are tried: the vocabulary's lists run to
    hundreds of phrases and the extractors ask this tens of times per sentence. (A phrase can only
    match where the text's word at `pos` is the phrase's own first word: both end at the same
    non-alphanumeric character, or the phrase ends where the text's word does.)
    """
    if pos >= len(folded):
        return None
    if len(phrases) <= 4:  # a short list, often built for one call: not worth an index
        candidates = phrases
    else:
        cached = _PHRASE_INDEXES.get(id(phrases))
        if cached is None or cached[0] is not phrases:
            index: dict[str, list[str]] = {}
            for phrase in phrases:
                if phrase:
                    index.setdefault(_LEADING_WORD(phrase).group(), []).append(phrase)
            cached = (phrases, {word: tuple(p) for word, p in index.items()})
            if len(_PHRASE_INDEXES) < 1024:
                _PHRASE_INDEXES[id(phrases)] = cached
        candidates = cached[1].get(_LEADING_WORD(folded, pos).group(), ())
    for phrase in candidates:
        if folded.startswith(phrase, pos):
            end = pos + len(phrase)
            if end == len(folded) or not folded[end].isalnum():
                return phrase
    return None
