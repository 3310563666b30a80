"""TCVN3 (ABC), the 8-bit legacy-font encoding of Vietnamese (TCVN 5712:1993, '.VnTime' fonts).

Each precomposed Vietnamese letter has one byte in 0xA1–0xFE; bytes below 0xA0 are as in
cp1252. Capital letters with a tone mark have no code: writers switched to a capitals font
('.VnTimeH') that draws the lower-case codes as capitals, so after conversion those letters
come out lower-case. `restore_capitals` puts back the capitals that the text itself implies.
"""

import re

from hoinghi.transforms.text import CP1252_BYTE, CP1252_CHARS
from hoinghi.transforms.vocabulary import SURNAMES

# The letters, in the order of their codes below.
_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
_CODES = bytes.fromhex(
    "b5b8b6b7b9"  # à á ả ã ạ
    "a8bbbebcbdc6"  # ă ằ ắ ẳ ẵ ặ
    "a9c7cac8c9cb"  # â ầ ấ ẩ ẫ ậ
    "ae"  # đ
    "ccd0cecfd1"  # è é ẻ ẽ ẹ
    "aad2d5d3d4d6"  # ê ề ế ể ễ ệ
    "d7ddd8dcde"  # ì í ỉ ĩ ị
    "dfe3e1e2e4"  # ò ó ỏ õ ọ
    "abe5e8e6e7e9"  # ô ồ ố ổ ỗ ộ
    "aceaedebecee"  # ơ ờ ớ ở ỡ ợ
    "eff3f1f2f4"  # ù ú ủ ũ ụ
    "adf5f8f6f7f9"  # ư ừ ứ ử ữ ự
    "fafdfbfcfe"  # ỳ ý ỷ ỹ ỵ
    "a1a2a7a3a4a5a6"  # Ă Â Đ Ê Ô Ơ Ư
)
assert len(_CODES) == len(_LETTERS)


def _decoding_table() -> str:
    table = list(CP1252_CHARS)
    for byte, letter in zip(_CODES, _LETTERS, strict=True):
        table[byte] = letter
    return "".join(table)


DECODING_TABLE = _decoding_table()
_FROM_LATIN1 = str.maketrans({chr(byte): DECODING_TABLE[byte] for byte in range(256)})
# The same letters when TCVN3 bytes were once shown as cp1252/Latin-1 and saved as Unicode: 'Héi nghÞ'.
_FROM_CP1252_VIEW = str.maketrans({ch: DECODING_TABLE[byte] for ch, byte in CP1252_BYTE.items()})

_LOWER_TONED = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_ASCII_LOWER_RE = re.compile("[a-z]")
_TWO_ASCII_CAPITALS_RE = re.compile("[A-Z][^A-Z]*+[A-Z]")
# A whole word with no ASCII lower-case letter and two ASCII capitals or more (possessive: linear on any word).
_CAPS_WORD_RE = re.compile(r"(?<!\w)(?=[^\Wa-z]*+(?!\w))(?=(?:[^\WA-Z]*+[A-Z]){2})\w++")
_SENTENCE_START_RE = re.compile(rf"(^|[.!?:]\s+|\n\s*)([{_LOWER_TONED}])", re.MULTILINE)
_NAME_TAIL_RE = re.compile(rf"\b(\w+)((?: [A-ZĐ]\w*){{0,2}}) ([{_LOWER_TONED}]\w*)")


def decode(raw: bytes) -> str:
    """TCVN3 bytes → Unicode text (capitals restored where the text implies them)."""
    return restore_capitals(decode_letters(raw))


def decode_letters(raw: bytes) -> str:
    """TCVN3 bytes → Unicode text, each letter as its byte's in the lower-case font (no capitals restored)."""
    return raw.decode("latin-1").translate(_FROM_LATIN1)


def from_cp1252_view(text: str) -> str | None:
    """TCVN3 text that was shown as cp1252 and saved as Unicode → the real text; None if it cannot be."""
    if any(ch not in CP1252_BYTE for ch in text if ord(ch) > 0x7F):
        return None
    return restore_capitals(text.translate(_FROM_CP1252_VIEW))


def restore_capitals(text: str) -> str:
    """Capitalise letters drawn with the capitals font: in all-caps lines and words, sentence starts, names."""
    text = "\n".join(_restore_caps_line(line) for line in text.split("\n"))
    text = _SENTENCE_START_RE.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return _NAME_TAIL_RE.sub(_capitalise_name_tail, text)


def _restore_caps_line(line: str) -> str:
    """A line with capitals and no ASCII lower-case letter is all caps ('HéI NGHÞ' → 'HỘI NGHỊ');
    elsewhere a word with two or more ASCII capitals and no ASCII lower-case letter is ('§¶NG')."""
    if _ascii_all_caps(line):
        return line.upper()
    return _CAPS_WORD_RE.sub(_upper_if_caps_word, line)


def _upper_if_caps_word(match: re.Match) -> str:
    word = match.group(0)
    return word.upper() if any(ch.islower() for ch in word) else word


def _ascii_all_caps(text: str) -> bool:
    """Two or more ASCII letters, all capitals: the text was typed in capitals."""
    return _ASCII_LOWER_RE.search(text) is None and _TWO_ASCII_CAPITALS_RE.search(text) is not None


def _capitalise_name_tail(match: re.Match) -> str:
    """'Nguyễn Thị ánh' → 'Nguyễn Thị Ánh': a lower-case toned word right after a surname's name run."""
    surname, middle, tail = match.groups()
    if surname[:1].isupper() and surname.casefold() in SURNAMES:
        return f"{surname}{middle} {tail[0].upper()}{tail[1:]}"
    return match.group(0)
