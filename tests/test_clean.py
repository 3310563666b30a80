from datetime import datetime

from hoinghi.transforms.clean import clean_text

FORM = "\n\nÝ KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY\n\nHọ và tên : *\nEmail : *\n\nBài cùng chuyên mục\nVIDEO CLIPS\n"
LEAD = (
    "Chiều 9-5, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II "
    "năm 2019 với sự tham dự của lãnh đạo các huyện ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy."
)


def test_category_headline_timestamp_and_glued_byline():
    header = "Tin tức - Sự kiện\nSơ kết công tác tổ chức xây dựng Đảng quý I\n10:05' 10/5/2019\n"
    text = f"{header}{LEAD}\n\nTin: Minh HảiẢnh: TL{FORM}"
    a = clean_text(text)
    assert (a.category, a.title, a.published_at) == (
        "Tin tức - Sự kiện",
        "Sơ kết công tác tổ chức xây dựng Đảng quý I",
        datetime(2019, 5, 10, 10, 5),
    )
    assert a.authors == ["Minh Hải"] and a.credits == ["TL"]
    assert "Ý KIẾN" not in a.body_text and "Bài cùng" not in a.body_text


def test_byline_on_the_timestamp_line_and_trailing_byline():
    a = clean_text(
        f"Hội nghị giao ban\n\nThu Trang - Văn Nam| 02/07/2020 15:20\n\n(ABC) - {LEAD}\nQuốc Việt\n\nChia sẻ bài viết"
    )
    assert a.authors == ["Thu Trang", "Văn Nam", "Quốc Việt"]
    assert a.outlet == "ABC"
    assert a.body_text.startswith("Hội nghị giao ban\n\nChiều 9-5")


def test_page_date_bar_kicker_and_outlet_tag_are_not_headline_or_date():
    a = clean_text(f"Thứ Tư, ngày 3 tháng 4 năm 2024\nHướng tới Đại hội:\n(XYZ) Khai mạc lớp bồi dưỡng\n{LEAD}")
    assert a.title == "Khai mạc lớp bồi dưỡng" and a.published_at is None


def test_captions_and_headings_are_kept_apart_after_the_body():
    a = clean_text(
        f"Tiêu đề bài báo về hội nghị\n{LEAD}\nToàn cảnh hội nghị. Ảnh: Văn Tâm\n"
        f"Một số nhiệm vụ trọng tâm\n{LEAD[:-1]} lần hai."
    )
    kinds = [p.kind for p in a.paragraphs]
    assert kinds == ["title", "body", "heading", "body", "caption"]
    assert a.credits == ["Văn Tâm"]
    assert a.body_text.endswith("\n\nToàn cảnh hội nghị")


def test_crawler_date_mark_glued_to_the_first_line():
    a = clean_text(f" date 2023-06-14 Hội nghị sơ kết 6 tháng\n\n{LEAD}")
    assert a.title == "Hội nghị sơ kết 6 tháng" and a.published_at == datetime(2023, 6, 14)
    partial = clean_text(f" date 2023-06 {LEAD}")
    assert partial.title is None and partial.published_at is None and partial.year_hint == 2023


def test_evidence_offsets_point_into_body_text():
    a = clean_text(f"Tiêu đề\n{LEAD}")
    for p in a.paragraphs:
        assert a.body_text[p.start : p.end].strip() == a.body_text[p.start : p.end]


def test_timestamp_printed_under_the_lead_and_a_source_line_at_the_end():
    a = clean_text(f"Hội nghị sơ kết công tác quý I\n{LEAD}\n10:30 | 15/05/2019\n{LEAD[:-1]} thêm.\nTheo TTXVN")
    assert a.published_at == datetime(2019, 5, 15, 10, 30)
    assert a.credits == ["Theo TTXVN"] and a.authors == []
    assert "15/05/2019" not in a.body_text


def test_iso_timestamp_line():
    a = clean_text(f"Tiêu đề về hội nghị giao ban\n2022-11-03 08:15\n{LEAD}")
    assert a.published_at == datetime(2022, 11, 3, 8, 15)
