import pytest

from transforms.decode import DecodeError, decode_bytes

TEXT = "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy"


def test_utf8_with_and_without_bom_give_the_same_text():
    plain = decode_bytes(TEXT.encode("utf-8"))
    bom = decode_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert plain.text == bom.text == TEXT
    assert bom.encoding == "utf-8-sig"


def test_utf16_with_bom():
    assert decode_bytes(TEXT.encode("utf-16")).text == TEXT


def test_decomposed_tone_marks_become_nfc():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", TEXT).encode("utf-8")
    assert decode_bytes(decomposed).text == TEXT


def test_latin_eth_lookalike_becomes_vietnamese_d():
    assert decode_bytes("Ðảng bộ tỉnh".encode()).text == "Đảng bộ tỉnh"


def test_crlf_line_ends_are_normalised():
    assert decode_bytes(b"a\r\nb\rc").text == "a\nb\nc"


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"PK\x03\x04 zip", "zip"),
        (b"abc\x00def", "NUL"),
        (b"Ban T\xf4 ch\xfdc", "not UTF-8"),
        ("Đảng".encode()[:-1] + b"\xe1", "not UTF-8"),
    ],
)
def test_bad_bytes_raise_a_reason(raw, words):
    with pytest.raises(DecodeError, match=words):
        decode_bytes(raw)
