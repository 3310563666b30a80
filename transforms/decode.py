"""Decode: raw file bytes → Unicode text (NFC, look-alike letters fixed), or a reason why not.

Tried in order: a BOM (UTF-8, UTF-16); UTF-8 (a character cut off by truncation at the very end
is dropped); UTF-8 that was once read as cp1252 and saved again (mojibake, repaired);
Windows-1258, the Vietnamese code page with combining tone marks. A decoding is only accepted
when the text reads as Vietnamese, so bytes that no encoding explains are rejected, not guessed.
"""

import re
import unicodedata
from dataclasses import dataclass

from transforms.text import nfc

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
# What UTF-8 Vietnamese looks like after a trip through cp1252: 'Ä‘', 'á»‡', 'Æ°', 'Ã¡'.
_MOJIBAKE_RE = re.compile("Ä[‘\u2019\x90]|á[»º]|Æ[°¡]|Ã[\u00a0-\u00bf]|â€")
# cp1252 leaves five bytes undefined; decoders that fell back to Latin-1 kept them as C1 controls.
_CP1252_REVERSE = {}
for _byte in range(256):
    try:
        _CP1252_REVERSE[bytes([_byte]).decode("cp1252")] = _byte
    except UnicodeDecodeError:
        _CP1252_REVERSE[chr(_byte)] = _byte
# In NFD, the marks only Vietnamese uses: hook above, dot below, horn, breve (French é or ô has none).
_VIETNAMESE_MARKS = {"\u0309", "\u0323", "\u031b", "\u0306", "đ", "Đ"}


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
                return _finish(raw.decode(codec), codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"broken {codec} text at byte {exc.start}: {exc.reason}") from exc
    if b"\x00" in raw:
        raise DecodeError("binary file: contains NUL bytes, which article text never has")
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            text, encoding = raw[: exc.start].decode("utf-8"), "utf-8 (truncated last character dropped)"
        else:
            return _legacy(raw, exc)
    repaired = _repair_mojibake(text)
    if repaired is not None:
        return _finish(repaired, "utf-8 (mojibake repaired)")
    return _finish(text, encoding)


def _legacy(raw: bytes, utf8_error: UnicodeDecodeError) -> Decoded:
    """Not UTF-8: Windows-1258 if the result reads as Vietnamese, else a clear rejection."""
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_as_vietnamese(text):
        return _finish(text, "windows-1258")
    raise DecodeError(
        f"unknown encoding: not UTF-8 (invalid byte at offset {utf8_error.start}) and not Vietnamese in "
        "Windows-1258; save the file as UTF-8"
    )


def _repair_mojibake(text: str) -> str | None:
    """UTF-8 once decoded as cp1252 and saved again: undo it when that gives clean Vietnamese."""
    if len(_MOJIBAKE_RE.findall(text)) < 3:
        return None
    try:
        raw = bytes(_CP1252_REVERSE[ch] if ch in _CP1252_REVERSE else 256 for ch in text)
    except ValueError:  # a character cp1252 never produces: not (only) mojibake
        return None
    try:
        repaired = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return repaired if _reads_as_vietnamese(repaired) and not _MOJIBAKE_RE.search(repaired) else None


def _reads_as_vietnamese(text: str) -> bool:
    """Mostly letters and spaces, few controls, and marks that only Vietnamese writes."""
    sample = unicodedata.normalize("NFD", text[:20000])
    if not sample.strip():
        return False
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    letters = sum(1 for ch in sample if ch.isalpha())
    marked = sum(1 for ch in sample if ch in _VIETNAMESE_MARKS)
    return controls <= len(sample) * 0.001 and letters >= len(sample) * 0.4 and marked >= max(3, letters * 0.01)


def _finish(text: str, encoding: str) -> Decoded:
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DecodeError("empty file: only whitespace after decoding")
    return Decoded(text=text, encoding=encoding)
