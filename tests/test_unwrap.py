import textwrap

import pytest

from hoinghi.transforms.decode import decode_bytes
from hoinghi.transforms.extract import extract_article
from hoinghi.transforms.text import squash_spaces
from hoinghi.transforms.unwrap import MIN_OVERFLOWS, unwrapped

LEAD = (
    "(BTNO) - Sáng 14/12, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy Tây Ninh tổ chức hội nghị công bố"
    " các quyết định về công tác cán bộ. Đồng chí Lê Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy chủ trì."
)
DECISION = (
    "Theo đó, Quyết định số 1512-QĐ/TU ngày 10/12/2024 điều động đồng chí Võ Thị Thanh Xuân, Huyện ủy"
    " viên, Phó Chủ tịch UBND huyện Gò Dầu, đến nhận công tác tại Ban Tổ chức Tỉnh ủy và bổ nhiệm giữ chức"
    " Phó Trưởng Ban Tổ chức Tỉnh ủy."
)


def wrap(paragraphs: list[str], width: int, sep: str = "\n\n") -> str:
    return sep.join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs)


@pytest.mark.parametrize("width", [60, 72, 80])
def test_paragraphs_wrapped_at_a_width_come_back_whole(width):
    wrapped = wrap([LEAD, DECISION], width)
    assert "\n" in wrapped.split("\n\n")[1]  # the name or the title is broken somewhere
    assert unwrapped(wrapped) == f"{LEAD}\n\n{DECISION}"


def test_wrapped_paragraphs_with_no_blank_line_between_are_told_apart_by_their_short_last_line():
    wrapped = wrap([LEAD, DECISION], 72, sep="\n")
    assert unwrapped(wrapped).split("\n") == [LEAD, DECISION]


def test_a_paragraph_per_line_is_left_as_it_is():
    text = f"Công bố quyết định về công tác cán bộ\n16/12/2024 09:40\n\n{LEAD}\n\n{DECISION}\n"
    assert unwrapped(text) == text
    many = "\n".join([LEAD, DECISION] * 3)  # no blank line: every break is between two paragraphs
    assert unwrapped(many) == many


def test_header_fields_stay_on_their_own_lines():
    headline = (
        "Tiêu đề: Công bố các quyết định của Ban Thường vụ Tỉnh ủy và Chủ tịch UBND tỉnh về công tác cán bộ"
        " lãnh đạo, quản lý các huyện, thị xã và sở"
    )
    header = "Chuyên mục: Chính trị\n" + textwrap.fill(headline, 72) + "\nNgày đăng: 16/12/2024 09:40"
    assert len(header.split("\n")[2]) > 67  # the headline's last line is full: only its label keeps the date apart
    text = header + "\n\n" + wrap([LEAD, DECISION], 72)
    lines = unwrapped(text).split("\n")
    assert lines[:3] == [
        "Chuyên mục: Chính trị",
        headline,
        "Ngày đăng: 16/12/2024 09:40",
    ]


def test_a_credit_with_the_captions_own_label_goes_on_with_the_caption():
    caption = "Ảnh: Bà Đinh Thị Mai Phương (thứ hai từ trái sang) nhận hoa chúc mừng. Ảnh: Minh Đức/TTXVN"
    wrapped = textwrap.fill(caption, 72)
    assert wrapped.split("\n")[1] == "Ảnh: Minh Đức/TTXVN"  # the break falls right before the credit's label
    text = wrap([LEAD, DECISION], 72) + "\n\n" + wrapped
    assert unwrapped(text).split("\n") == [LEAD, "", DECISION, "", caption]


def test_a_dash_or_a_number_inside_a_sentence_goes_on_but_a_list_item_after_a_clause_end_does_not():
    item = "- Đồng chí Nguyễn Hữu Lộc, Trưởng Ban Tổ chức Huyện ủy Dương Minh Châu, giữ chức Phó Bí thư."
    said = "Đồng chí Đoàn Văn Phước, Phó Trưởng Ban Tổ chức Tỉnh ủy công bố như sau:"  # 70 characters: full
    text = wrap([LEAD, DECISION], 72) + "\n\n" + said + "\n" + item
    assert unwrapped(text).split("\n") == [LEAD, "", DECISION, "", said, item]
    # a break before the dash inside an organ's name: the sentence goes on
    dashed = (
        "Dự hội nghị có các đồng chí Nguyễn Văn Khôi, Phó Trưởng ban Ban Thi đua - Khen thưởng Trung ương;"
        " lãnh đạo các sở, ngành của tỉnh."
    )
    assert "\n- Khen thưởng" in wrap([dashed], 72)
    assert unwrapped(wrap([LEAD, dashed, DECISION], 72)) == "\n\n".join([LEAD, dashed, DECISION])


def test_a_tables_rows_stay_rows():
    rows = "\n".join(f"| {n} | Phó Trưởng Ban Tổ chức Tỉnh ủy | Trưởng Ban Tổ chức Huyện ủy {n} |" for n in "ABCDEF")
    text = wrap([LEAD, DECISION], 72) + "\n\n" + rows
    assert unwrapped(text).endswith(rows)


def test_a_wrapped_article_is_extracted_as_the_same_article_unwrapped():
    text = "Công bố quyết định về công tác cán bộ\n16/12/2024 09:40\n" + "\n".join([LEAD, DECISION])
    lines = text.split("\n")
    wrapped = "\n".join(lines[:2]) + "\n\n" + wrap(lines[2:], 72)

    def persons(t: str) -> list[tuple[str, str]]:
        records = extract_article(t, "a.txt", "0" * 64, "utf-8")
        return sorted((m["full_name"], m["titles"]) for m in records.person_mentions)

    xuan = ("Võ Thị Thanh Xuân", "Huyện ủy viên; Phó Chủ tịch UBND huyện Gò Dầu; Phó Trưởng Ban Tổ chức Tỉnh ủy")
    assert xuan in persons(text)
    assert persons(wrapped) == persons(text)


def test_every_article_on_this_machine_wrapped_at_72_comes_back_paragraph_for_paragraph():
    """A property over real text: the sample articles, and every corpus article where ../shared exists,
    wrapped as a text export would be (a blank line between paragraphs); articles too short to have
    MIN_OVERFLOWS breaks inside their paragraphs cannot be told from a few short lines, and are left."""
    from tests.conftest import CORPORA

    files = {p for c in CORPORA.values() if c.available for p in c.inbox.iterdir() if p.suffix == ".txt"}
    assert len(files) >= 13
    wrong, tried = [], 0
    for path in sorted(files):
        paragraphs = [squash_spaces(line) for line in decode_bytes(path.read_bytes()).text.split("\n") if line.strip()]
        wrapped = wrap(paragraphs, 72)
        if wrapped.count("\n") - 2 * (len(paragraphs) - 1) < MIN_OVERFLOWS:
            continue
        tried += 1
        if [squash_spaces(line) for line in unwrapped(wrapped).split("\n") if line.strip()] != paragraphs:
            wrong.append(path.name)
    assert tried >= 13
    assert not wrong, wrong


def test_a_fields_paragraph_of_sentences_goes_on_past_another_label():
    footer = (
        "Tổng Biên tập: Võ Văn Khánh. Giấy phép số 285/GP-BTTTT ngày 09/6/2020. Địa chỉ: 08 Lê Thánh Tông, TP Yên Hà."
    )
    wrapped = textwrap.fill(footer, 72)
    assert wrapped.split("\n")[1].startswith("Địa chỉ:")  # the break falls right before the next label
    text = wrap([LEAD, DECISION], 72) + "\n\n" + wrapped
    assert unwrapped(text).split("\n") == [LEAD, "", DECISION, "", footer]
