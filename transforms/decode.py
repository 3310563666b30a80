"""Decode: raw file bytes → Unicode text (NFC, look-alike letters fixed), or a reason why not."""

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
        return _finish(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not UTF-8: invalid byte at offset {exc.start} ({exc.reason}); save the file as UTF-8"
        ) from exc


def _finish(text: str, encoding: str) -> Decoded:
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DecodeError("empty file: only whitespace after decoding")
    return Decoded(text=text, encoding=encoding)
