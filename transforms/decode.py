"""Decode: raw file bytes → Unicode text (NFC, look-alike letters fixed), or a reason why not.

Tried in order: a BOM (UTF-8, UTF-16); UTF-8 (a character cut off by truncation at the very end
is dropped); UTF-8 that was once read as cp1252 and saved again (mojibake, repaired);
Windows-1258, the Vietnamese code page with combining tone marks; the legacy-font encodings
TCVN3 (ABC) and VNI, as bytes or as Unicode text that once went through cp1252 ('Héi nghÞ',
'Hoäi nghò'); VISCII; last, charset-normalizer's guess (UTF-16 or UTF-32 without a BOM, other code pages). A decoding is
only accepted when the text reads as Vietnamese (most words are well-formed Vietnamese
syllables), so bytes that no encoding explains are rejected, not guessed.
"""

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from hoinghi.transforms import tcvn3, viscii, vni
from hoinghi.transforms.text import CP1252_BYTE, CP1252_CHARS, nfc
from hoinghi.transforms.vocabulary import SYLLABLE_CODAS, SYLLABLE_ONSETS, SYLLABLE_VOWELS

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Magic numbers of files that are certainly not articles, whatever their extension says.
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or docx/xlsx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "an executable",
}
# What UTF-8 Vietnamese looks like after a trip through cp1252: 'Ä‘', 'á»‡', 'Æ°', 'Ã¡'; a capital ('Á', 'Ê',
# 'Ò' are C3 81, C3 8A, C3 92) shows as 'Ã' and a cp1252 sign or hole: 'BÃ\x81O BIÃŠN PHÃ’NG'.
_CP1252_HIGH = "\x81\x8d\x8f\x90\x9d€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# ('Ơ', 'Ư' are C6 A0, C6 AF: 'SÆ\xa0N LA TV', 'TRÆ¯á»œNG')
_MOJIBAKE_RE = re.compile(f"Ä[‘\u2019\x90]|á[»º]|Æ[°¡\u00a0¯]|Ã[\u00a0-\u00bf{_CP1252_HIGH}]|â€")
# In NFD, the marks only Vietnamese uses: hook above, dot below, horn, breve (French é or ô has none).
_VIETNAMESE_MARKS = {"\u0309", "\u0323", "\u031b", "\u0306", "đ", "Đ"}
# Unicode's control characters (category Cc) but the line breaks and tab a text has.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SYLLABLE_RE = re.compile(f"(?:{'|'.join(SYLLABLE_ONSETS)})?[{SYLLABLE_VOWELS}]{{1,3}}(?:{'|'.join(SYLLABLE_CODAS)})?")
_WORD_RE = re.compile(r"[^\W\d_]+")
_MARKUP_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.I | re.S)
# A right decoding makes most words Vietnamese syllables (names, acronyms and English words are not).
_MIN_SYLLABLE_SHARE = 0.75


class DecodeError(ValueError):
    """The bytes are not an article's text; the message says why and what to do."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(raw: bytes) -> Decoded:
    """Return the NFC text of an article file or raise DecodeError with a reason a person can act on."""
    if not raw.strip():
        raise DecodeError("empty file: nothing to read (re-export the article or remove the file)")
    for magic, kind in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise DecodeError(f"binary file: looks like {kind}, not an article text")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return _finish(*_repair(raw.decode(codec), codec))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"broken {codec} text at byte {exc.start}: {exc.reason}") from exc
    if b"\x00" in raw:
        detected = _detected(raw)  # UTF-16 or UTF-32 saved without a BOM has NUL bytes too
        if detected is None:
            raise DecodeError("binary file: contains NUL bytes, which article text never has")
        return detected
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            text, encoding = raw[: exc.start].decode("utf-8"), "utf-8 (truncated last character dropped)"
        else:
            return _legacy(raw, exc)
    return _finish(*_repair(text, encoding))


def _legacy(raw: bytes, utf8_error: UnicodeDecodeError) -> Decoded:
    """Not UTF-8: Windows-1258, TCVN3, VNI or VISCII, whichever reads most as Vietnamese, else a clear rejection."""
    candidates = []
    try:
        candidates.append((raw.decode("cp1258"), "windows-1258"))
    except UnicodeDecodeError:
        pass
    # TCVN3's capitals are restored only in the text chosen: case does not change which reads best.
    candidates += [(tcvn3.decode_letters(raw), "tcvn3"), (vni.decode(raw), "vni"), (viscii.decode(raw), "viscii")]
    share, text, encoding = max((syllable_share(text), text, encoding) for text, encoding in candidates)
    if encoding == "tcvn3":
        text = tcvn3.restore_capitals(text)
    if share >= _MIN_SYLLABLE_SHARE and _reads_as_vietnamese(text):
        return _finish(text, encoding)
    detected = _detected(raw)
    if detected is not None:
        return detected
    raise DecodeError(
        f"unknown encoding: not UTF-8 (invalid byte at offset {utf8_error.start}) and not Vietnamese in "
        "Windows-1258, TCVN3, VNI or VISCII; save the file as UTF-8"
    )


def _detected(raw: bytes) -> Decoded | None:
    """charset-normalizer's best guess for bytes the rules above do not explain, kept only when it
    reads as Vietnamese (it would call French text cp1250, and Windows-1258 bytes something else)."""
    from charset_normalizer import from_bytes  # only for the rare file that needs it

    best = from_bytes(raw).best()
    if best is None:
        return None
    text = str(best)
    if syllable_share(text) < _MIN_SYLLABLE_SHARE or not _reads_as_vietnamese(text):
        return None
    return _finish(*_repair(text, best.encoding.replace("_", "-")))


def _repair(text: str, encoding: str) -> tuple[str, str]:
    """Undo a known round trip through the wrong code page, if the text went through one."""
    repaired = _repair_mojibake(text)
    if repaired is not None:
        return repaired, f"{encoding} (mojibake repaired)"
    converted = _legacy_font_view(text)
    if converted is None and _LEGACY_MARK_RE.search(text):
        # a page of Unicode (its menus, say) around a text in a legacy font: line by line
        lines = text.split("\n")
        fixed = [_legacy_font_view(line) if _LEGACY_LINE_RE.search(line) else None for line in lines]
        if any(fixed):
            joined = "\n".join(new[0] if new else old for old, new in zip(lines, fixed, strict=True))
            fonts = sorted({new[1] for new in fixed if new})
            converted = (joined, " and ".join(fonts)) if _reads_as_vietnamese(joined) else None
    if converted is not None:
        return converted[0], f"{encoding} ({converted[1]} text converted)"
    return text, encoding


# A line that may be legacy-font text shown as cp1252: a few words, some letters beyond ASCII.
_LEGACY_LINE_RE = re.compile(r"[^\W\d_]{2,} [^\W\d_]+ [^\W\d_]+")


# What only such a view shows: the characters the legacy fonts' codes show in cp1252 that are no
# Vietnamese letter ('ä', 'ø' of VNI; 'Þ', '§' of TCVN3).
def _legacy_marks() -> frozenset[str]:
    vni_view = {ch for code in vni.LETTERS for ch in code}
    tcvn3_view = {CP1252_CHARS[b] for b in range(0xA0, 0x100) if tcvn3.DECODING_TABLE[b] != CP1252_CHARS[b]}
    letters = {ch for letter in vni.LETTERS.values() for ch in (letter, letter.lower(), letter.upper())}
    return frozenset(ch for ch in vni_view | tcvn3_view if not ch.isascii() and ch not in letters)


_LEGACY_MARK_RE = re.compile(f"[{re.escape(''.join(sorted(_legacy_marks())))}]")


def _legacy_font_view(text: str) -> tuple[str, str] | None:
    """Legacy-font text shown as cp1252 ('Héi nghÞ', 'Hoäi nghò'): (the text, the font) of the font
    whose letters read best, when that reads as Vietnamese and much better than the text as it is."""
    converted = []
    for font, convert in (("TCVN3", tcvn3.from_cp1252_view), ("VNI", vni.from_cp1252_view)):
        repaired = convert(text)
        if repaired is not None and repaired != text:
            converted.append((syllable_share(repaired), repaired, font))
    if not converted:
        return None
    share, repaired, font = max(converted)
    if share >= _MIN_SYLLABLE_SHARE and share > syllable_share(text) + 0.1:
        return repaired, font
    return None


def _repair_mojibake(text: str) -> str | None:
    """UTF-8 once decoded as cp1252 and saved again: undo it when that gives clean Vietnamese.

    The whole text, or else line by line: a headline pasted from a mis-decoded page above a clean
    body is repaired on its own.
    """
    if not _MOJIBAKE_RE.search(text):
        return None
    if len(_MOJIBAKE_RE.findall(text)) >= 3:
        repaired = _undo_cp1252_view(text)
        if repaired is not None and _reads_as_vietnamese(repaired):
            return repaired
    lines = text.split("\n")
    fixed = [_undo_cp1252_view(line) if _MOJIBAKE_RE.search(line) else None for line in lines]
    if not any(fixed):
        return None
    repaired = "\n".join(new if new is not None else old for old, new in zip(lines, fixed, strict=True))
    return repaired if _reads_as_vietnamese(repaired) else None


def _undo_cp1252_view(text: str) -> str | None:
    """The UTF-8 text whose bytes, read as cp1252, are `text`; None when it is not such a view."""
    try:
        raw = bytes(CP1252_BYTE.get(ch, 256) for ch in text)
    except ValueError:  # a character cp1252 never produces: not (only) mojibake
        return None
    try:
        repaired = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if repaired == text or _MOJIBAKE_RE.search(repaired) else repaired


def _reads_as_vietnamese(text: str) -> bool:
    """Mostly letters and spaces, few controls, and marks that only Vietnamese writes."""
    sample = unicodedata.normalize("NFD", _text_sample(text))
    if not sample.strip():
        return False
    controls = len(_CONTROL_RE.findall(sample))
    letters = sum(map(str.isalpha, sample))
    marked = sum(map(sample.count, _VIETNAMESE_MARKS))
    return controls <= len(sample) * 0.001 and letters >= len(sample) * 0.4 and marked >= max(3, letters * 0.01)


def syllable_share(text: str) -> float:
    """Share of the words (in the first 20,000 characters) that are well-formed Vietnamese syllables."""
    # NFC first: Windows-1258 writes tone marks as combining characters, which would split words.
    words = _WORD_RE.findall(unicodedata.normalize("NFC", _text_sample(text)).casefold())
    if not words:
        return 0.0
    return sum(map(_is_syllable, words)) / len(words)


@lru_cache(maxsize=1 << 15)  # a text's words are a few thousand syllables, written again and again
def _is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable: at most one tone mark on an onset, vowels and a coda."""
    letters = unicodedata.normalize("NFD", word)
    tones = sum(1 for ch in letters if ch in _TONE_MARKS)
    base = unicodedata.normalize("NFC", "".join(ch for ch in letters if ch not in _TONE_MARKS))
    return tones <= 1 and _SYLLABLE_RE.fullmatch(base) is not None


def _text_sample(text: str) -> str:
    """The first 20,000 characters of text, with HTML markup (tags, scripts) taken out and entities
    decoded (a careless copy writes letters as 'S&aacute;ng' or '&#7889;')."""
    sample = text[:20000] if "<" not in text[:20000] else _MARKUP_RE.sub(" ", text[:400000])[:20000]
    return html.unescape(sample) if "&" in sample else sample


def _finish(text: str, encoding: str) -> Decoded:
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DecodeError("empty file: only whitespace after decoding")
    return Decoded(text=text, encoding=encoding)
