"""VISCII (RFC 1456), the 8-bit Vietnamese character set of the 1990s: every precomposed letter,
capitals too, has a byte of its own; six capitals take the places of rarely used control codes.
Python has no codec for it; the table below is the RFC's (a test checks it against iconv's)."""

import codecs

# The characters of bytes 0x80–0xFF.
_HIGH = (
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ"
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ"
)
_CONTROLS_TAKEN = {0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ"}
assert len(_HIGH) == 128


def _decoding_table() -> str:
    low = [_CONTROLS_TAKEN.get(byte, chr(byte)) for byte in range(0x80)]
    return "".join(low) + _HIGH


DECODING_TABLE = _decoding_table()


def decode(raw: bytes) -> str:
    """VISCII bytes → Unicode text."""
    return codecs.charmap_decode(raw, "strict", DECODING_TABLE)[0]
