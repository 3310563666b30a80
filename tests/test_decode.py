import pytest

from hoinghi.flows.parse import ARTICLE_SUFFIXES
from hoinghi.transforms import tcvn3 as tcvn3_codec
from hoinghi.transforms.decode import DecodeError, decode_bytes, syllable_share
from hoinghi.transforms.text import fold
from tests.conftest import ROOT
from tests.encodings import (
    cp1258,
    cp1258_writable,
    mojibake,
    tcvn3,
    tcvn3_writable,
    viscii,
    viscii_writable,
    vni,
    vni_writable,
)

TEXT = "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy"


def test_utf8_with_and_without_bom_give_the_same_text():
    plain = decode_bytes(TEXT.encode("utf-8"))
    bom = decode_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert plain.text == bom.text == TEXT
    assert bom.encoding == "utf-8-sig"


def test_utf16_with_bom():
    assert decode_bytes(TEXT.encode("utf-16")).text == TEXT


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_without_a_bom_are_detected(codec):
    decoded = decode_bytes(SEED.encode(codec))
    assert decoded.text == SEED and decoded.encoding == codec


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
        ("Le comité a réuni les délégués à Paris pour préparer le congrès. ".encode("latin-1") * 5, "unknown encoding"),
        (bytes(range(1, 256)) * 4, "unknown encoding"),
    ],
)
def test_bad_bytes_raise_a_reason(raw, words):
    with pytest.raises(DecodeError, match=words):
        decode_bytes(raw)


SEED = (ROOT / "samples" / "inbox" / "seeds" / "002_17042b7e9300dbeb.txt").read_text(encoding="utf-8")


def test_windows_1258_with_combining_tone_marks():
    raw = cp1258(SEED)
    assert b"\xd2" in raw or b"\xde" in raw  # combining hook / dot below: really the decomposed code page
    decoded = decode_bytes(raw)
    assert decoded.encoding == "windows-1258" and decoded.text == SEED


def test_mojibake_is_repaired():
    decoded = decode_bytes(mojibake(SEED))
    assert decoded.encoding == "utf-8 (mojibake repaired)" and decoded.text == SEED


def test_utf8_cut_inside_the_last_character_keeps_the_rest():
    decoded = decode_bytes("Bí thư Tỉnh ủy Hà".encode()[:-1])
    assert decoded.text == "Bí thư Tỉnh ủy H" and "truncated" in decoded.encoding


def test_tcvn3_bytes_are_decoded():
    raw = tcvn3(SEED)
    assert b"\xa7\xb6ng" in raw  # 'Đảng' in the legacy font's codes
    decoded = decode_bytes(raw)
    assert decoded.encoding == "tcvn3" and fold(decoded.text) == fold(SEED)


def test_tcvn3_text_once_shown_as_cp1252_is_converted():
    shown = tcvn3(SEED).decode("cp1252", errors="replace")
    assert "Héi nghÞ" in shown
    decoded = decode_bytes(shown.encode("utf-8"))
    assert decoded.encoding == "utf-8 (TCVN3 text converted)" and fold(decoded.text) == fold(SEED)


def test_vni_bytes_are_decoded():
    raw = vni(SEED)
    assert "Ñaûng".encode("cp1252") in raw  # 'Đảng' in the legacy font's codes
    decoded = decode_bytes(raw)
    assert decoded.encoding == "vni" and decoded.text == SEED


def test_vni_text_once_shown_as_cp1252_is_converted():
    shown = vni(SEED).decode("cp1252")
    assert "Hoäi nghò" in shown
    decoded = decode_bytes(shown.encode("utf-8"))
    assert decoded.encoding == "utf-8 (VNI text converted)" and decoded.text == SEED


@pytest.mark.parametrize("font, encode", [("VNI", vni), ("TCVN3", tcvn3)])
def test_legacy_font_text_inside_a_unicode_page_is_converted_line_by_line(font, encode):
    body = SEED.split("\n\n")[2]
    menu, footer = "Trang chủ | Xây dựng Đảng → Thời sự", "Bản quyền © Cổng thông tin điện tử tỉnh → Liên hệ"
    page = "\n".join([menu, encode(body).decode("cp1252", errors="replace"), footer])
    decoded = decode_bytes(page.encode())
    assert decoded.encoding == f"utf-8 ({font} text converted)"
    assert decoded.text.split("\n")[0] == menu and decoded.text.split("\n")[-1] == footer
    assert fold(decoded.text.split("\n")[1]) == fold(body)


def test_vni_writes_capitals_and_the_letters_of_their_own_byte():
    from hoinghi.transforms import vni as vni_codec

    assert vni_codec.decode("ÑAÛNG BOÄ TÆNH, Ñoàng chí Ñöôïc, ôû, OÂng, ÖÙ".encode("cp1252")) == (
        "ĐẢNG BỘ TỈNH, Đồng chí Được, ở, Ông, Ứ"
    )


def test_viscii_bytes_are_decoded():
    text = viscii_writable(SEED)  # its no-break spaces have no VISCII code
    raw = viscii(text)
    assert bytes([0xD0, 0xE4]) in raw  # 'Đả' in VISCII
    decoded = decode_bytes(raw)
    assert decoded.encoding == "viscii" and decoded.text == text


def test_the_viscii_table_is_the_one_iconv_has():
    import shutil
    import subprocess

    from hoinghi.transforms.viscii import DECODING_TABLE

    if shutil.which("iconv") is None:
        pytest.skip("no iconv on this machine to compare the VISCII table with")
    done = subprocess.run(["iconv", "-f", "VISCII", "-t", "UTF-8"], input=bytes(range(256)), capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"this machine's iconv has no VISCII: {done.stderr.decode(errors='replace').strip()}")
    assert done.stdout.decode() == DECODING_TABLE


def test_a_windows_1258_html_page_is_judged_on_its_text_not_its_markup():
    page = "<html><head><style>body{font-family:Arial}</style></head><body>" + "".join(
        f"<p class='content-detail'>{line}</p>" for line in SEED.split("\n") if line.strip()
    )
    decoded = decode_bytes(cp1258(page + "</body></html>"))
    assert decoded.encoding == "windows-1258" and "Mai Văn Chính" in decoded.text


def test_the_right_decoding_makes_most_words_vietnamese_syllables():
    assert syllable_share(SEED) > 0.95
    assert syllable_share(tcvn3_codec.decode(cp1258(SEED))) < 0.7  # Windows-1258 bytes read as TCVN3
    assert syllable_share("The committee met in Paris to prepare the congress of delegates.") < 0.5


def test_a_mojibake_headline_above_a_clean_body_is_repaired():
    headline = "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý III"
    body = "Sáng 5/10, Ban Tổ chức Tỉnh ủy Hà Giang tổ chức hội nghị giao ban. Đồng chí Lý Văn Minh chủ trì."
    decoded = decode_bytes((mojibake(headline).decode() + "\n" + body).encode())
    assert decoded.text == headline + "\n" + body and "mojibake repaired" in decoded.encoding


def test_a_clean_text_that_merely_contains_capital_a_tilde_is_left_alone():
    text = "NGÃ BA ĐỒNG LỘC\nĐồng chí Nguyễn Văn An dự lễ dâng hương."
    assert decode_bytes(text.encode()).text == text


def _mojibake_first_line(text: str) -> bytes:
    first, *rest = text.split("\n")
    return "\n".join([mojibake(first).decode(), *rest]).encode()


# Each way legacy tools save Vietnamese; TCVN3 keeps neither capitals with tone marks nor the tone style.
VARIANTS = {
    "utf-8-sig": lambda text: b"\xef\xbb\xbf" + text.encode(),
    "utf-16": lambda text: text.encode("utf-16"),
    "utf-16 without a BOM": lambda text: text.encode("utf-16-le"),
    "windows-1258": cp1258,
    "mojibake": mojibake,
    "mojibake headline": lambda text: _mojibake_first_line(text),
    "tcvn3": tcvn3,
    "vni": lambda text: vni(vni_writable(text)),
    "vni shown as cp1252": lambda text: vni(vni_writable(text)).decode("cp1252", errors="replace").encode(),
    "viscii": lambda text: viscii(viscii_writable(text)),
}
# What each legacy encoding can hold of a text (a web page's '©' has no TCVN3 code): the property is for that.
WRITABLE = {
    "windows-1258": cp1258_writable,
    "tcvn3": tcvn3_writable,
    "vni": vni_writable,
    "vni shown as cp1252": vni_writable,
    "viscii": viscii_writable,
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_article_on_this_machine_decodes_to_its_text_in_every_encoding(variant):
    """A property over real text: sample articles, and every corpus article where ../shared exists."""
    from tests.conftest import CORPORA, SAMPLE_INBOX

    files = sorted(p for p in SAMPLE_INBOX.rglob("*") if p.suffix in ARTICLE_SUFFIXES)
    for c in CORPORA.values():
        if c.available and c.inbox != SAMPLE_INBOX and not str(c.inbox).startswith(str(SAMPLE_INBOX)):
            files += sorted(p for p in c.inbox.iterdir() if p.suffix in ARTICLE_SUFFIXES)
    assert len(files) >= 13
    wrong = []
    for path in dict.fromkeys(files):
        text = decode_bytes(path.read_bytes()).text
        text = WRITABLE.get(variant, str)(text)
        try:
            got = decode_bytes(VARIANTS[variant](text)).text
        except DecodeError as exc:
            wrong.append(f"{path.name}: rejected ({exc})")
            continue
        if (fold(got) != fold(text)) if variant == "tcvn3" else (got != text):
            wrong.append(f"{path.name}: decoded to other text")
    assert not wrong, wrong


def test_a_mojibake_headline_in_capitals_is_repaired():
    # 'Á', 'Ê', 'Ò' (C3 81, C3 8A, C3 92) read as cp1252 show a hole, 'Š' and '’' after 'Ã'
    text = "BÁO BIÊN PHÒNG\nĐảng ủy Bộ đội Biên phòng tỉnh tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025."
    assert decode_bytes(_mojibake_first_line(text)).text == text


def test_a_mojibake_masthead_with_a_capital_horn_letter_is_repaired():
    # 'Ơ' and 'Ư' are C6 A0 and C6 AF in UTF-8: a no-break space and a macron after 'Æ' in cp1252
    text = "SƠN LA TV\nTRƯỜNG CHÍNH TRỊ\n\n" + SEED
    first, second, rest = text.split("\n", 2)
    raw = "\n".join([mojibake(first).decode(), mojibake(second).decode(), rest]).encode()
    assert decode_bytes(raw).text == text
