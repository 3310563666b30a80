"""Bytes as legacy tools wrote Vietnamese text, to feed the decoder and the flow in tests."""

import re
import unicodedata
from functools import cache

_VOWEL_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn: precomposed in Windows-1258
_CP1252_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # undefined in cp1252: a Latin-1 fallback keeps them
_CP1252_VIEW = [chr(b) if b in _CP1252_HOLES else bytes([b]).decode("cp1252") for b in range(256)]


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: precomposed vowels, tone marks combining."""
    return b"".join(map(_cp1258_char, text))


@cache  # a few hundred distinct characters over every corpus article
def _cp1258_char(ch: str) -> bytes:
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        base, *marks = unicodedata.normalize("NFD", ch)
        vowel = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _VOWEL_MARKS))
        return vowel.encode("cp1258") + "".join(m for m in marks if m not in _VOWEL_MARKS).encode("cp1258")


def cp1258_writable(text: str) -> str:
    """`text` without the characters Windows-1258 cannot hold ('■', '→'), its letters decomposed as it writes them."""
    return "".join(ch for ch in text if _cp1258_holds(ch))


@cache
def _cp1258_holds(ch: str) -> bool:
    try:
        _cp1258_char(ch)
    except UnicodeEncodeError:
        return False
    return True


def mojibake(text: str) -> bytes:
    """UTF-8 read as cp1252 (Latin-1 for its holes) and saved again as UTF-8."""
    return "".join(map(_CP1252_VIEW.__getitem__, text.encode())).encode()


def tcvn3(text: str) -> bytes:
    """TCVN3 (ABC) bytes as a '.VnTime' document gives them: old-style tone placement (Uỷ, hoà), as
    typists then wrote it, and a capital with a tone mark typed in the capitals font, which uses
    the lower-case letter's code."""
    from hoinghi.transforms.tcvn3 import DECODING_TABLE
    from hoinghi.transforms.text import _TONE_ANY_CASE

    old_style = {new: old for old, new in _TONE_ANY_CASE.items()}
    text = re.sub("|".join(old_style), lambda m: old_style[m.group(0)], unicodedata.normalize("NFC", text))
    encode = {ch: bytes([byte]) for byte, ch in enumerate(DECODING_TABLE) if byte >= 0xA0}
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch.encode())
        elif ch in encode:
            out.append(encode[ch])
        elif ch.lower() in encode:
            out.append(encode[ch.lower()])
        else:
            out.append(ch.encode("cp1252"))
    return b"".join(out)


def tcvn3_writable(text: str) -> str:
    """`text` without the characters a TCVN3 document cannot hold: those whose cp1252 byte is a
    Vietnamese letter's code there ('©' is 0xA9, which TCVN3 reads as 'â')."""
    from hoinghi.transforms.tcvn3 import DECODING_TABLE

    letters = {ch for byte, ch in enumerate(DECODING_TABLE) if byte >= 0xA0}
    taken = {byte for byte in range(0xA0, 0x100) if DECODING_TABLE[byte] in letters}

    def writable(ch: str) -> bool:
        if ch.isascii() or ch in letters or ch.lower() in letters:
            return True
        try:
            return ch.encode("cp1252")[0] not in taken
        except UnicodeEncodeError:
            return False

    return "".join(ch for ch in text if writable(ch))


def vni(text: str) -> bytes:
    """VNI Windows bytes as a 'VNI-Times' document gives them: each letter with marks as its base
    letter and a mark byte ('Đảng' → 'Ñaûng'), other characters as cp1252."""
    from hoinghi.transforms.vni import LETTERS

    encode = {letter: code for code, letter in LETTERS.items()}
    return "".join(encode.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode("cp1252")


def viscii(text: str) -> bytes:
    """VISCII bytes: one byte for every Vietnamese letter; other characters must be ASCII."""
    from hoinghi.transforms.viscii import DECODING_TABLE

    encode = {ch: byte for byte, ch in enumerate(DECODING_TABLE)}
    return bytes(encode[ch] for ch in unicodedata.normalize("NFC", text))


def vni_writable(text: str) -> str:
    """`text` without the characters a VNI document cannot hold: those cp1252 lacks, and those whose
    cp1252 byte VNI uses for a letter or a mark ('ü' is the breve with a tilde there)."""
    from hoinghi.transforms.vni import LETTERS

    taken = {ch for code in LETTERS for ch in code if not ch.isascii()}
    encodable = set(LETTERS.values())

    def writable(ch: str) -> bool:
        if ch.isascii() or ch in encodable:
            return True
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            return False
        return ch not in taken

    return "".join(ch for ch in unicodedata.normalize("NFC", text) if writable(ch))


def viscii_writable(text: str) -> str:
    """`text` with only what VISCII holds: Vietnamese letters and printable ASCII (its six taken
    control codes are letters there, so those controls cannot be written)."""
    from hoinghi.transforms.viscii import DECODING_TABLE

    held = {ch for ch in DECODING_TABLE if ch.isprintable() or ch in "\n\t"}
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if ch in held)
