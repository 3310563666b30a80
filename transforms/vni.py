"""VNI (VNI Windows), the legacy-font encoding of the 'VNI-Times' fonts, long the usual one in the South.

A letter with marks is written as its base letter followed by one byte for the marks, a byte that
cp1252 shows as an accented letter of its own: 'Đảng' is 'Ñaûng', 'Hội nghị' is 'Hoäi nghò'. A few
letters have a byte of their own (đ, ơ, ư, and i with a tone). Capitals have codes too (their mark
bytes are the upper-case ones). Files hold the bytes, or, copied from a page that showed them in
cp1252, Unicode text of those letters (`from_cp1252_view`).
"""

import re
import unicodedata

from hoinghi.transforms.text import CP1252_BYTE, CP1252_CHARS

# Each mark byte as cp1252 shows it (lower case; its capital marks a capital letter) and the
# combining marks it adds to the letter before it.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_TONES = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_WITH_CIRCUMFLEX = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}  # â ấ ầ ẩ ẫ ậ
_WITH_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}  # ă ắ ằ ẳ ẵ ặ
# Letters with a byte of their own, lower case (the capital's byte is the capital of this one).
_OWN_BYTE = {"ñ": "đ", "ô": "ơ", "ö": "ư", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _pairs() -> dict[str, str]:
    """Base letter + mark byte → the letter, in both cases: 'aù' → 'á', 'ÔÙ' → 'Ớ', 'aá' → 'ấ'."""
    found = {}
    for base in "aeouyôö":
        letter = _OWN_BYTE.get(base, base)
        marks = dict(_TONES)
        if base in "aeo":
            marks |= {byte: _CIRCUMFLEX + tone for byte, tone in _WITH_CIRCUMFLEX.items()}
        if base == "a":
            marks |= {byte: _BREVE + tone for byte, tone in _WITH_BREVE.items()}
        for byte, combining in marks.items():
            composed = unicodedata.normalize("NFC", letter + combining)
            for case in (str.lower, str.upper):
                found[case(base) + case(byte)] = case(composed)
    return found


LETTERS = _pairs() | _OWN_BYTE | {byte.upper(): letter.upper() for byte, letter in _OWN_BYTE.items()}
# Pairs before single bytes: 'ôù' is 'ớ', not 'ơ' and a stray mark.
_CODE_RE = re.compile("|".join(sorted(LETTERS, key=len, reverse=True)))
_FROM_LATIN1 = str.maketrans({chr(byte): CP1252_CHARS[byte] for byte in range(256)})


def decode(raw: bytes) -> str:
    """VNI bytes → Unicode text."""
    return _letters(raw.decode("latin-1").translate(_FROM_LATIN1))


def from_cp1252_view(text: str) -> str | None:
    """VNI text that was shown as cp1252 and saved as Unicode → the real text; None if it cannot be."""
    if any(ch not in CP1252_BYTE for ch in text if ord(ch) > 0x7F):
        return None
    return _letters(text)


def _letters(view: str) -> str:
    return _CODE_RE.sub(lambda m: LETTERS[m.group()], view)
