"""Small text helpers shared by the transforms: Unicode form, tone style, matching keys."""

import re
import unicodedata
from functools import lru_cache

# Old-style and new-style tone placement spell the same word: Uỷ/Ủy, hoà/hòa.
_TONE_STYLE = {
    "uỷ": "ủy",
    "uý": "úy",
    "uỳ": "ùy",
    "uỹ": "ũy",
    "uỵ": "ụy",
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
}
_TONE_RE = re.compile("|".join(_TONE_STYLE))
_SPACE_RE = re.compile(r"\s+")
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
    return unicodedata.normalize("NFC", text).translate(_LOOKALIKES)


@lru_cache(maxsize=1 << 16)  # extractors fold the same words and titles over and over
def fold(text: str) -> str:
    """Case-folded, space-collapsed, new-tone-style form: the key for comparing words."""
    text = _SPACE_RE.sub(" ", nfc(text)).strip().casefold()
    return _TONE_RE.sub(lambda m: _TONE_STYLE[m.group(0)], text)


_TONE_ANY_CASE = {}
for _old, _new in _TONE_STYLE.items():
    _TONE_ANY_CASE.update({_old: _new, _old.capitalize(): _new.capitalize(), _old.upper(): _new.upper()})
_TONE_ANY_CASE_RE = re.compile("|".join(_TONE_ANY_CASE))


def new_tone_style(text: str) -> str:
    """'Uỷ viên' → 'Ủy viên': one spelling for one word, case kept."""
    return _TONE_ANY_CASE_RE.sub(lambda m: _TONE_ANY_CASE[m.group(0)], text)


def fold_aligned(text: str) -> str:
    """Like `fold` but keeps every character in place, so offsets into it are offsets into `text`."""
    return _TONE_RE.sub(lambda m: _TONE_STYLE[m.group(0)], text.lower())


def squash_spaces(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def name_key(full_name: str) -> str:
    """Matching key for a person: the same name across articles and outlets gives the same key."""
    return fold(full_name)


def display_name(raw: str) -> str:
    """A name as people write it: each syllable capitalised (cao Xuân Chiểu → Cao Xuân Chiểu)."""
    parts = []
    for syllable in squash_spaces(nfc(raw)).split(" "):
        head, tail = syllable[:1], syllable[1:]
        parts.append(head.upper() + (tail.lower() if tail[:1] != "'" else tail))
    return " ".join(parts)
