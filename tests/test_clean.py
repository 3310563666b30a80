from datetime import datetime

import pytest

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


def test_a_row_of_a_pages_layout_table_is_not_the_headline():
    text = (
        "Công bố quyết định về công tác cán bộ\n\n"
        "| Thứ Tư, ngày 29/06/2011 | Trang chủ \\| Liên hệ \\| Sơ đồ site của Cổng thông tin điện tử |\n\n"
        "Sáng 28/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố các quyết định về công tác cán bộ."
    )
    assert clean_text(text).title == "Công bố quyết định về công tác cán bộ"


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


# Headlines on any layout (#13). The headline is the line that can be one; the rest of the header
# is a sapo, a caption, a byline, furniture or a date line.
HEADLINE = "Huyện Hòa Lạc có tân Phó Bí thư Huyện ủy"


def test_sapo_under_the_timestamp_is_body_not_the_headline():
    sapo = "Ban Thường vụ Tỉnh ủy đã công bố quyết định chỉ định bà Lê Thị Bình giữ chức Phó Bí thư Huyện ủy."
    a = clean_text(f"Xã hội\n{HEADLINE}\n05/03/2024, 10:20\n{sapo}\n{LEAD}")
    assert (a.title, a.category, a.published_at) == (HEADLINE, "Xã hội", datetime(2024, 3, 5, 10, 20))
    assert [p.kind for p in a.paragraphs][:3] == ["title", "body", "body"]
    assert sapo in a.body_text


def test_byline_and_sapo_between_headline_and_lead():
    sapo = "Hội nghị diễn ra trong một buổi sáng với sự tham dự của các đồng chí lãnh đạo huyện."
    a = clean_text(f"{HEADLINE}\n\nNgọc Lan |\n\n{sapo}\n\n{LEAD}")
    assert a.title == HEADLINE and sapo in a.body_text


def test_photo_caption_under_the_headline_is_a_caption():
    caption = "Ông Trần Văn An (bên phải) trao quyết định cho bà Lê Thị Bình, tân Phó Bí thư Huyện ủy Hòa Lạc"
    a = clean_text(f"{HEADLINE}\n{caption}\n{LEAD}")
    assert a.title == HEADLINE
    assert a.parts("caption") and a.parts("caption")[0][1] == caption


def test_caption_before_the_headline_on_a_page_that_opens_with_a_photo():
    caption = (
        "Đồng chí Trần Văn An, Bí thư Huyện ủy Hòa Lạc tặng hoa chúc mừng đồng chí Lê Thị Bình (thứ hai từ trái sang), "
        "tân Phó Bí thư Huyện ủy Hòa Lạc nhiệm kỳ 2020-2025 tại buổi lễ công bố quyết định."
    )
    a = clean_text(f"{caption}\n\n{HEADLINE}\n\n{LEAD}")
    assert a.title == HEADLINE
    assert caption in a.body_text and a.parts("caption")[0][1] == caption
    short = clean_text(f"(Ảnh minh họa)\n{HEADLINE}\n{LEAD}")
    assert short.title == HEADLINE
    bylined = clean_text(f"{caption}\n{HEADLINE}\nNgọc Lan |\n05/03/2024 10:20\n{LEAD}")
    assert bylined.title == HEADLINE and bylined.published_at == datetime(2024, 3, 5, 10, 20)


def test_a_timestamp_glued_after_the_headline_and_a_dateline_lead_in_the_header():
    dateline = "(ABC)- Bà Lê Thị Bình, Trưởng Ban Dân vận Huyện ủy giữ chức mới"
    a = clean_text(f"{HEADLINE} 05/03/2024 10:20\n\n{dateline}\n\n{LEAD}")
    assert a.title == HEADLINE and a.published_at == datetime(2024, 3, 5, 10, 20)
    assert a.outlet == "ABC" and "Bà Lê Thị Bình, Trưởng Ban Dân vận" in a.body_text


def test_the_portals_today_bar_above_the_headline_is_not_the_publication_date():
    widget = "Thứ Năm, 03/12/2026 08:10 (GMT+7)"
    a = clean_text(f"Tất cả chuyên mục\n{widget}\n{HEADLINE}\nThứ 2, 14/03/2022 | 09:15\n{LEAD}")
    assert a.title == HEADLINE and a.published_at == datetime(2022, 3, 14, 9, 15)
    alone = clean_text(f"{widget}\n{HEADLINE}\n{LEAD}")
    assert alone.title == HEADLINE and alone.published_at is None
    above = clean_text(f"14/03/2022 - 09:15\nHòa Lạc\n{HEADLINE}\n{LEAD}")  # a date line above the headline
    assert above.published_at == datetime(2022, 3, 14, 9, 15)


def test_a_menu_line_is_not_the_headline():
    a = clean_text(f"Trang chủ | Thời sự | Chính trị | Xã hội | Tin tức - Sự kiện | Xây dựng Đảng\n{HEADLINE}\n{LEAD}")
    assert a.title == HEADLINE


def test_one_line_page_furniture_headline_and_lead_run_together():
    a = clean_text(f" date 2024-05 Trang chủ > Tin tức > Xây dựng Đảng {HEADLINE} {LEAD}")
    assert a.title == HEADLINE and a.year_hint == 2024
    assert a.body_text == f"{HEADLINE}\n\n{LEAD}"
    stamped = clean_text(f"Chia sẻ 05/03/2024 10:20 {HEADLINE} {LEAD}")
    assert stamped.title == HEADLINE and stamped.published_at == datetime(2024, 3, 5, 10, 20)


def test_one_line_page_whose_lead_repeats_the_headline():
    lead = f"{HEADLINE} với 45/45 phiếu tán thành, bà Lê Thị Bình được bầu giữ chức Phó Bí thư Huyện ủy Hòa Lạc."
    a = clean_text(f"Tin tức {HEADLINE} {lead}")
    assert a.title == HEADLINE and a.parts("body")[0][1] == lead


def test_a_lead_without_a_headline_is_not_split():
    lead = "Theo Quyết định của Ban Thường vụ Tỉnh ủy, bà Lê Thị Bình được điều động làm Phó Bí thư Huyện ủy Hòa Lạc."
    for text in (LEAD, f"{lead} {LEAD}", f"Tập thể Huyện ủy Hòa Lạc nhân dịp kỷ niệm Ngày 3/2, {LEAD[11:]}"):
        a = clean_text(text)
        assert a.title is None and a.body_text == text


def test_breadcrumb_line_glued_to_the_headline_and_a_headline_that_ends_with_a_full_stop():
    a = clean_text(f"Trang chủ > Tin tức > Xây dựng Đảng {HEADLINE}\n{LEAD}")
    assert a.title == HEADLINE
    sapo = "Bà Lê Thị Bình, Trưởng Ban Dân vận Huyện ủy được chỉ định giữ chức Phó Bí thư Huyện ủy Hòa Lạc."
    stopped = clean_text(f"{HEADLINE}.\n{sapo}\n{LEAD}")
    assert stopped.title == f"{HEADLINE}." and sapo in stopped.body_text


def test_a_breadcrumb_with_doubled_separators_as_long_as_the_headline_is_no_headline():
    headline = "HĐND xã Ô Lâm miễn nhiệm, bầu Chủ tịch UBND xã"
    a = clean_text(f"Trang chủ >> Chính trị >> Xây dựng chính quyền\n\n{headline}\n\n06/12/2025 - 07:30\n\n{LEAD}")
    assert a.title == headline and a.category == "Xây dựng chính quyền"


def test_a_breadcrumb_separated_by_slashes_names_the_category():
    headline = "Điều động, bổ nhiệm Giám đốc Công an tỉnh Hà Giang"
    a = clean_text(f"CÔNG AN NHÂN DÂN ONLINE\nTrang chủ / Lực lượng CAND\n{headline}\n18/07/2022 - 21:40\n{LEAD}")
    assert a.title == headline and a.category == "Lực lượng CAND"


def test_a_date_among_the_menus_or_labelled_today_is_not_the_publication_date():
    today = clean_text(f"Hôm nay: 03/12/2026\n{HEADLINE}\n{LEAD}")
    assert today.title == HEADLINE and today.published_at is None
    menus = clean_text(f"03/12/2026 08:10\nTin tức\nXã hội\nHòa Lạc\n{HEADLINE}\n{LEAD}")
    assert menus.title == HEADLINE and menus.published_at is None
    photo = clean_text(f"Ảnh minh họa\n{HEADLINE}\n{LEAD}")
    assert photo.title == HEADLINE and photo.parts("caption")[0][1] == "Ảnh minh họa"


def test_one_line_page_with_the_outlet_dateline_between_headline_and_lead():
    a = clean_text(f"Xây dựng Đảng {HEADLINE} (ABC) - {LEAD}")
    assert a.title == HEADLINE and a.outlet == "ABC"
    assert a.parts("body")[0][1] == LEAD


def test_one_line_page_headline_then_timestamp_or_a_lead_opening_with_a_name():
    lead = "Ông Trần Văn An, Bí thư Huyện ủy Hòa Lạc cho biết, hội nghị thống nhất giới thiệu nhân sự. Xong."
    stamped = clean_text(f"{HEADLINE} 14:05' 12/3/2024 {lead}")
    assert stamped.title == HEADLINE and stamped.published_at == datetime(2024, 3, 12, 14, 5)
    assert stamped.parts("body")[0][1] == lead
    named = clean_text(f"{HEADLINE} {lead}")
    assert named.title == HEADLINE and named.parts("body")[0][1] == lead
    attended = (
        f"Dự hội nghị có Đồng chí Trần Văn An, Bí thư Huyện ủy Hòa Lạc và các đồng chí trong Ban Thường vụ. {LEAD}"
    )
    assert clean_text(attended).title is None


def test_an_excerpt_without_headline_under_a_menu_a_today_bar_or_a_photo_caption():
    for header in ("Trang chủ | Thời sự | Xã hội", "Thứ Năm, 03/12/2026 08:10", "(Ảnh minh họa)\nToàn cảnh hội nghị"):
        a = clean_text(f"{header}\n{LEAD}")
        assert (a.title, a.published_at) == (None, None), header
    dated = clean_text(f"10:30 | 15/05/2019\n{LEAD}")
    assert dated.title is None and dated.published_at == datetime(2019, 5, 15, 10, 30)


def test_a_short_paragraph_of_one_sentence_is_body_not_a_heading():
    short = "Trước đó, chiều 8-5, Ban Thường vụ Tỉnh ủy đã họp, thống nhất nội dung báo cáo trình hội nghị."
    a = clean_text(f"Tiêu đề bài báo về hội nghị\n{LEAD}\nMột số nhiệm vụ trọng tâm\n{short}\nHội nghị kết thúc.")
    kinds = [(p.kind, a.body_text[p.start : p.end][:20]) for p in a.paragraphs]
    assert (
        kinds
        == [
            ("title", "Tiêu đề bài báo về h"),
            ("body", LEAD[:20]),
            ("heading", "Một số nhiệm vụ trọn"),  # no full stop: a heading
            ("body", short[:20]),
            ("heading", "Hội nghị kết thúc."),  # a full stop, but too few words for a sentence of its own
        ]
    )


def test_a_byline_with_a_degree_and_the_authors_school_under_it_are_not_body():
    a = clean_text(f"Tiêu đề bài báo về hội nghị\n{LEAD}\nTS. Nguyễn Văn Thắng")
    assert (a.authors, a.body_text.endswith(LEAD)) == (["Nguyễn Văn Thắng"], True)
    a = clean_text(f"Tiêu đề bài báo về hội nghị\n{LEAD}\nThS. Lăng Văn Tuấn\nTrường Chính trị tỉnh Lạng Sơn")
    assert (a.authors, a.credits, a.body_text.endswith(LEAD)) == (
        ["Lăng Văn Tuấn"],
        ["Trường Chính trị tỉnh Lạng Sơn"],
        True,
    )


def test_timestamps_with_a_weekday_or_lúc_between_day_and_time():
    a = clean_text(f"Sơ kết công tác quý I\nCập nhật lúc 16:02, Thứ Năm, 14/12/2023\n\n{LEAD}")
    assert a.published_at == datetime(2023, 12, 14, 16, 2)
    a = clean_text(f"Sơ kết công tác quý I\nNgày đăng: 28/07/2025 lúc 19:05\nTác giả: Thanh Lê\n\n{LEAD}")
    assert a.published_at == datetime(2025, 7, 28, 19, 5)


def test_a_timestamp_printed_last_under_the_byline_when_the_header_has_none():
    a = clean_text(f"Sơ kết công tác quý I\n\n{LEAD}\n\nKim Lân\nThứ Tư, 04/09/2024, 21:10")
    assert (a.published_at, a.authors) == (datetime(2024, 9, 4, 21, 10), ["Kim Lân"])
    assert "04/09/2024" not in a.body_text


def test_a_weekday_date_line_above_the_headline_dates_the_article_when_its_lead_tells_that_week():
    lead = LEAD.replace("Chiều 9-5", "Chiều 14/1")
    a = clean_text(f"Thời sự\nThứ bảy, 15/1/2022, 06:00 (GMT+7)\nSơ kết công tác quý I\n\n{lead}")
    assert (a.title, a.published_at) == ("Sơ kết công tác quý I", datetime(2022, 1, 15, 6, 0))
    # a lead months before it: the portal's today bar
    a = clean_text(f"Thời sự\nThứ bảy, 15/1/2022, 06:00 (GMT+7)\nSơ kết công tác quý I\n\n{LEAD}")
    assert a.published_at is None


def test_a_weekday_timestamp_under_the_lead_is_the_articles():
    more = "\n\n".join(f"Đoạn thứ {n} của bài viết kể tiếp nội dung hội nghị sơ kết công tác quý I." for n in range(4))
    a = clean_text(f"Sơ kết công tác quý I\n{LEAD}\nThứ Sáu, 14/10/2022 | 17:42\n\n{more}")
    assert a.published_at == datetime(2022, 10, 14, 17, 42) and "17:42" not in a.body_text


def test_a_careless_copy_with_entities_and_stray_tags_reads_as_text():
    lead = LEAD.replace("à", "&agrave;").replace("ố", "&#7889;")
    a = clean_text(
        f"Sơ kết công tác quý I\n10/05/2019&nbsp;&nbsp;10:05\n\n<p><strong>{lead}</strong></p><p>Đoạn hai.</p>"
    )
    assert (a.title, a.published_at) == ("Sơ kết công tác quý I", datetime(2019, 5, 10, 10, 5))
    assert LEAD in a.body_text and "<" not in a.body_text and "&" not in a.body_text
    plain = "Tỷ lệ đạt <5% so với kế hoạch; Bộ LĐ-TB&XH."  # no markup: left as it is
    assert plain in clean_text(f"Sơ kết công tác quý I\n\n{LEAD} {plain}").body_text


def test_stamp_lines_in_the_body_with_a_second_stamp_or_a_short_label():
    more = "\n\n".join(f"Đoạn thứ {n} của bài viết kể tiếp nội dung hội nghị sơ kết công tác quý I." for n in range(4))
    a = clean_text(
        f"Sơ kết công tác quý I\n\n{LEAD}\n\n{more}\n\nHồng Chuyên\n"
        "Đăng ngày 20/08/2024 - 17:50 | Cập nhật 20/08/2024 - 21:06"
    )
    assert a.published_at == datetime(2024, 8, 20, 17, 50)
    a = clean_text(f"Sơ kết công tác quý I\n{LEAD}\nMặt trận · 05/07/2024 16:48\n\n{more}")
    assert a.published_at == datetime(2024, 7, 5, 16, 48)


def test_a_portals_masthead_line_is_furniture_wherever_it_stands():
    footer = "| CỔNG THÔNG TIN XÃ | Cơ quan chủ quản: UBND xã. Chịu trách nhiệm chính: Ông Đinh Văn Hạ - Phó Chủ tịch"
    a = clean_text(f"Sơ kết công tác quý I\n10:05' 10/5/2019\n\n{LEAD}\n\n{footer}")
    assert "Đinh Văn Hạ" not in a.body_text


def test_a_stamp_line_with_its_section_label_printed_last():
    more = "\n\n".join(f"Đoạn thứ {n} của bài viết kể tiếp nội dung hội nghị sơ kết công tác quý I." for n in range(4))
    a = clean_text(
        f"Sơ kết công tác quý I\n\n{LEAD}\n\n{more}\n\nThu Hoài\n\n"
        "Chuyên mục: Chính trị | Đăng lúc 17:03 ngày 24/05/2024"
    )
    assert a.published_at == datetime(2024, 5, 24, 17, 3)


def test_stamp_lines_with_a_time_zone_a_view_counter_or_a_short_weekday_printed_last():
    more = "\n\n".join(f"Đoạn thứ {n} của bài viết kể tiếp nội dung hội nghị sơ kết công tác quý I." for n in range(4))
    for line in (
        "Thứ 2, 12/03/2018 - 09:15 (GMT+7)",
        "12/03/2018 09:15 | Lượt xem: 1.234",
        "Lần cập nhật cuối lúc Thứ hai, 12/03/2018 09:15",
    ):
        a = clean_text(f"Sơ kết công tác quý I\n\n{LEAD}\n\n{more}\n\nHồng Chuyên\n{line}")
        assert a.published_at == datetime(2018, 3, 12, 9, 15), line


def test_a_weekday_date_line_without_a_time_under_the_headline_or_last_is_the_articles_day():
    bar = "Thứ Hai, ngày 12 tháng 3 năm 2018"
    assert clean_text(f"Sơ kết công tác quý I\n{bar}\n\n{LEAD}").published_at == datetime(2018, 3, 12)
    assert clean_text(f"Sơ kết công tác quý I\n\n{LEAD}\n\nHồng Chuyên\n{bar}").published_at == datetime(2018, 3, 12)
    # above the headline it is the portal's today
    assert clean_text(f"{bar}\nSơ kết công tác quý I\n\n{LEAD}").published_at is None


def test_the_weekday_beside_a_stamp_is_no_byline():
    a = clean_text(f"Sơ kết công tác quý I\nThứ Tư, 11/12/2024, 06:32\n\n{LEAD}")
    assert a.published_at == datetime(2024, 12, 11, 6, 32) and a.authors == []
    a = clean_text(f"Sơ kết công tác quý I\nThu Hằng - Thứ Năm, 11/12/2024, 06:32\n\n{LEAD}")
    assert a.authors == ["Thu Hằng"]


def test_a_portals_end_its_author_label_long_source_line_and_list_of_earlier_news():
    a = clean_text(
        f"Sơ kết công tác quý I\n10:05' 10/5/2019\n\n{LEAD}\n\nTác giả: Sơn Thị Bô Pha\n"
        "Nguồn tin: Trung tâm Văn hoá - Thông tin huyện\n\nCác tin đã đưa:\n"
        "- Xã Tập Sơn tổng kết lễ Sene Đôn Ta năm 2019 (01/10/2019)\n\nCổng thông tin điện tử huyện Trà Cú"
    )
    assert a.authors == ["Sơn Thị Bô Pha"]
    assert "Sơn Thị Bô Pha" not in a.body_text and "Tập Sơn" not in a.body_text


def test_a_labelled_byline_ending_with_the_unit_and_a_caption_laid_out_after_the_trailer():
    a = clean_text(
        f"Tiêu đề bài báo về hội nghị\n{LEAD}\nTác giả: Minh Trí - Văn phòng Đảng ủy phường\nCác tin khác\n"
        "- Hội nghị sơ kết quý I (06/04/2026)\nĐồng chí Lê Văn Tám phát biểu tại hội nghị. Ảnh: Minh Trí"
    )
    assert a.authors == ["Minh Trí"]
    assert "Văn phòng Đảng ủy phường" in a.credits
    assert [p.kind for p in a.paragraphs] == ["title", "body", "caption"]
    assert a.body_text.endswith("\n\nĐồng chí Lê Văn Tám phát biểu tại hội nghị")
    assert "sơ kết quý I" not in a.body_text
    # a caption-like line of the trailer's teasers, not at the end, is not the article's
    b = clean_text(
        f"Tiêu đề bài báo về hội nghị\n{LEAD}\nCác tin khác\nHội nghị sơ kết quý I tại Mường Tè. Ảnh: TL\n"
        "- Hội nghị sơ kết quý I (06/04/2026)\nĐồng chí Lê Văn Tám phát biểu tại hội nghị. Ảnh: Minh Trí"
    )
    assert "Mường Tè" not in b.body_text and b.body_text.endswith("Đồng chí Lê Văn Tám phát biểu tại hội nghị")


def test_a_caption_after_a_photo_label_at_the_end_is_text_not_a_credit():
    article = clean_text(
        "Điều động cán bộ\n16/09/2031 06:00\n\nChiều 15-9, Ban Tổ chức Trung ương công bố quyết định điều động.\n\n"
        "Ảnh: Đồng chí Trần Văn Hùng, tân Phó Trưởng Ban Tổ chức Trung ương phát biểu nhận nhiệm vụ.\n\nMINH HẠNH\n"
    )
    assert article.credits == []
    assert "tân Phó Trưởng Ban Tổ chức Trung ương phát biểu" in article.body_text
    # a short credit stays one
    article = clean_text(
        "Điều động cán bộ\n16/09/2031 06:00\n\nChiều 15-9, Ban Tổ chức Trung ương công bố quyết định điều động.\n\n"
        "Ảnh: Thanh Tùng - TTXVN\n\nMINH HẠNH\n"
    )
    assert article.credits == ["Thanh Tùng - TTXVN"]


def test_the_outlets_name_on_the_first_line_is_no_headline_though_it_is_the_longest_line():
    article = clean_text(
        "Báo và Phát thanh, Truyền hình Gia Lai\nThời sự\nXã Ia Khươl Tây có tân Chủ tịch UBND\n"
        "17-10-2031 | 17:35\n\nNgày 17 tháng 10 năm 2031, HĐND xã tổ chức kỳ họp chuyên đề.\n"
    )
    assert article.title == "Xã Ia Khươl Tây có tân Chủ tịch UBND"


def test_a_body_named_in_capitals_on_the_first_line_is_no_headline():
    text = (
        "TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM\n"
        "Trang chủ » Tin tức » Tin Tập đoàn\n"
        "TKV công bố các quyết định về công tác cán bộ\n"
        "Cập nhật lúc 16:10, ngày 28/11/2017\n\n"
        "Sáng 28/11, tại Hà Nội, Tập đoàn tổ chức hội nghị công bố các quyết định của Thủ tướng Chính phủ, Bộ Công"
        " Thương và Hội đồng thành viên Tập đoàn về công tác cán bộ.\n"
    )
    assert clean_text(text).title == "TKV công bố các quyết định về công tác cán bộ"


def test_labelled_header_fields_of_a_text_export_give_headline_category_and_author():
    text = (
        "Báo Tây Ninh Online\n"
        "Chuyên mục: Chính trị\n"
        "Tiêu đề: Công bố, trao các quyết định về công tác cán bộ\n"
        "Ngày đăng: 16/12/2024 09:40\n"
        "Tác giả: Hoàng Yến\n\n"
        "(BTNO) - Cuối tuần qua, ngày 14/12, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy Tây Ninh tổ chức hội nghị"
        " công bố các quyết định về công tác cán bộ.\n"
    )
    article = clean_text(text)
    assert article.title == "Công bố, trao các quyết định về công tác cán bộ"
    assert article.category == "Chính trị"
    assert article.authors == ["Hoàng Yến"]
    assert article.published_at == datetime(2024, 12, 16, 9, 40)


def test_a_bai_anh_byline_at_the_end_names_the_author():
    text = (
        "Ba Tri giao ban công tác xây dựng Đảng quý I\n\n"
        "Sáng 5/4, Ban Tổ chức Huyện ủy Ba Tri tổ chức giao ban công tác xây dựng Đảng quý I năm 2019, đánh giá"
        " kết quả thực hiện nhiệm vụ của các tổ chức cơ sở đảng.\n"
        "Bài, ảnh: Thanh Nhã\n"
    )
    article = clean_text(text)
    assert article.authors == ["Thanh Nhã"]
    assert "Thanh Nhã" not in article.body_text


def test_a_magazines_author_under_the_headline_with_degrees_is_a_byline_not_body():
    text = (
        "TẠP CHÍ CỘNG SẢN\nChuyên mục: Xây dựng Đảng\nNgày xuất bản: 2023-05-22 10:45\n\n"
        "Đánh giá cán bộ thực chất qua lấy phiếu tín nhiệm: từ quy định đến thực tiễn\n\n"
        "PGS, TS. Đỗ Thị Thu Hà\n"
        "Tóm tắt: Đánh giá cán bộ là khâu quan trọng hàng đầu, làm cơ sở cho các khâu khác của công tác cán bộ."
        " Bài viết phân tích hệ thống quy định của Đảng về đánh giá cán bộ.\n"
    )
    article = clean_text(text)
    assert article.authors == ["Đỗ Thị Thu Hà"]
    assert "Đỗ Thị Thu Hà" not in article.body_text


def test_a_weekday_date_line_over_a_lead_that_counts_from_it_is_the_articles():
    text = (
        "Thời sự › Chính trị\nThứ ba, 14/5/2024, 09:15 (GMT+7)\n\nThứ trưởng Nội vụ làm Bí thư Tỉnh ủy Yên Hà\n\n"
        "Ông Tạ Minh Khôi, Thứ trưởng Nội vụ, được Bộ Chính trị điều động giữ chức Bí thư Tỉnh ủy Yên Hà. Quyết định"
        " được công bố tại hội nghị Ban Chấp hành Đảng bộ tỉnh chiều hôm qua."
    )
    assert clean_text(text).published_at == datetime(2024, 5, 14, 9, 15)


def test_a_portals_name_however_long_is_its_masthead_not_the_headline():
    headline = "Đảng bộ các cơ quan Đảng tỉnh sơ kết công tác quý I năm 2026"
    a = clean_text(
        f"Cổng thông tin điện tử Đảng bộ các cơ quan Đảng tỉnh Ninh Bình\nTrang chủ > Tin tức\n{headline}\n"
        f"Ngày đăng: 13/03/2026\n\n{LEAD}"
    )
    assert a.title == headline


def test_a_menu_of_short_items_between_pipes_and_a_newspapers_tagline_are_no_headline():
    headline = "Bộ Nội vụ công bố quyết định bổ nhiệm Thứ trưởng"
    a = clean_text(
        "NHÂN DÂN điện tử\nCơ quan Trung ương của Đảng Cộng sản Việt Nam - Tiếng nói của Đảng, Nhà nước và nhân dân"
        f" Việt Nam\n\n{headline}\nThứ ba, 15/7/2014, 8:15 GMT+7\n\n{LEAD}"
    )
    assert a.title == headline
    headline = "Kỳ họp thứ 12 HĐND huyện: Miễn nhiệm, bầu Chủ tịch UBND huyện"
    a = clean_text(
        "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ\n\n"
        f"{headline}\nCập nhật: 17/01/2008 09:30\n\n{LEAD}"
    )
    assert a.title == headline
    # the outlet's name and its tagline on one line, in capitals, longer than the headline
    headline = "Thị xã Yên Hà có tân Bí thư Thị ủy"
    a = clean_text(
        "YÊN HÀ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH YÊN HÀ\nChính trị | Xây dựng Đảng\n"
        f"12.03.2031 16:05\n\n{headline}\n\n{LEAD}"
    )
    assert a.title == headline


def test_a_headline_broken_over_two_lines_is_one_and_a_digests_items_are_not_it():
    a = clean_text(
        "Chính trị > Xây dựng Đảng\n\nĐảng ủy phường Yên Hà tổng kết công tác xây dựng Đảng năm 2031,\ncông bố"
        f" quyết định chuẩn y Phó Bí thư Đảng ủy phường\n\nThứ Sáu, 09/01/2032 15:12\n\n{LEAD}"
    )
    assert a.title == (
        "Đảng ủy phường Yên Hà tổng kết công tác xây dựng Đảng năm 2031, công bố quyết định chuẩn y Phó Bí thư Đảng ủy"
        " phường"
    )
    a = clean_text(
        "Trang chủ / Chính trị\n\nĐIỂM TIN XÂY DỰNG ĐẢNG TRONG TUẦN\n\n16/12/2031 | 11:30\n\n■ Đảng ủy Khối"
        f" Doanh nghiệp tỉnh bầu bổ sung Phó Bí thư Đảng ủy Khối\n\n{LEAD}"
    )
    assert a.title == "ĐIỂM TIN XÂY DỰNG ĐẢNG TRONG TUẦN"


def test_a_print_views_address_and_print_day_are_not_the_headline_and_publication():
    headline = "Công bố các quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ"
    a = clean_text(
        "Bản in\nBÁO BÌNH PHƯỚC ĐIỆN TỬ\nhttp://baobinhphuoc.com.vn/Content/cong-bo-cac-quyet-dinh-cua-ban-thuong-vu-tinh"
        f"-uy-ve-cong-tac-can-bo-84317\nNgày in: 13/05/2019 08:31\nThời sự - Chính trị\n{headline}\n"
        f"10-05-2019 - 16:48:12\n\n{LEAD}"
    )
    assert (a.title, a.published_at) == (headline, datetime(2019, 5, 10, 16, 48))


def test_a_day_without_its_time_takes_the_time_the_byline_at_the_end_gives_for_it():
    a = clean_text(
        f"{HEADLINE}\nPosted: June 17, 2021 | Lượt xem / Views: 862\n\n{LEAD}\n\nTrọng Hùng - Báo Đà Nẵng, 14:05 ngày"
        " 17/6/2021"
    )
    assert a.published_at == datetime(2021, 6, 17, 14, 5)
    # (a time given for another day is not the publication's)
    a = clean_text(f"{HEADLINE}\nPosted: June 17, 2021\n\n{LEAD}\n\nTrọng Hùng, 14:05 ngày 18/6/2021")
    assert a.published_at == datetime(2021, 6, 17)


def test_a_forwarded_article_starts_after_the_last_e_mail_header():
    a = clean_text(
        "Từ: Lò Thị Hạnh [mailto:lthanh@example.vn]\nGửi: Thứ Hai, 25 tháng 4, 2016 8:14 SA\nĐến: Văn phòng\n"
        "Chủ đề: FW: [Báo Sơn La] Tin mới\n\nKính gửi Văn phòng,\nEm chuyển bài để các anh chị lưu hồ sơ.\nHạnh\n\n"
        "-----Thư gốc-----\nTừ: Báo Sơn La [mailto:tinmoi@example.vn]\nGửi: Thứ Bảy, 23 tháng 4, 2016 6:00 SA\n"
        f"Chủ đề: [Báo Sơn La] Tin mới\n\n{HEADLINE}\n22/04/2016 17:35\n\n{LEAD}"
    )
    assert (a.title, a.published_at) == (HEADLINE, datetime(2016, 4, 22, 17, 35))
    assert "Kính gửi" not in a.body_text


def test_a_table_copied_as_tab_separated_lines_is_read_as_rows_of_cells():
    rows = "STT\tHọ và tên\tChức vụ cũ\tChức vụ mới\n1\tÔng Lê Văn Tám\tPhó Vụ trưởng\tVụ trưởng\n"
    a = clean_text(f"{HEADLINE}\n03/12/2026 08:10\n\n{LEAD}\n\n{rows}\nMột dòng\tcó tab\tkhông phải bảng.")
    assert "| STT | Họ và tên | Chức vụ cũ | Chức vụ mới |" in a.body_text
    assert "| 1 | Ông Lê Văn Tám | Phó Vụ trưởng | Vụ trưởng |" in a.body_text
    assert "| Một dòng" not in a.body_text  # a tabbed line alone is no table


def test_a_related_article_link_among_the_paragraphs_is_dropped():
    text = (
        "Tạ Quang Huy làm thứ trưởng\n08:00 9/12/2025\nSáng 8-12, tại Hà Nội, Bộ Tài chính tổ chức lễ công bố.\n\n"
        ">> Đọc thêm: Ông Phạm Gia Lâm làm thứ trưởng Bộ Công Thương\n"
        "Xem thêm: Quốc hội phê chuẩn bổ nhiệm 2 phó thủ tướng\n\nPhát biểu tại lễ, ông Nghiêm Xuân Cường chúc mừng."
    )
    assert clean_text(text).body_text == (
        "Tạ Quang Huy làm thứ trưởng\n\nSáng 8-12, tại Hà Nội, Bộ Tài chính tổ chức lễ công bố.\n\n"
        "Phát biểu tại lễ, ông Nghiêm Xuân Cường chúc mừng."
    )


def test_a_byline_under_the_headline_ending_with_the_authors_unit_is_no_headline():
    header = (
        "TẠP CHÍ XÂY DỰNG ĐẢNG\nTrang chủ » Xây dựng Đảng » Đại hội Đảng các cấp\n\n"
        "Lạc Dương - đại hội của niềm tin\n\n"
        "04-09-2025 | 09:20\nTHANH HIỀN - TÙNG LÂM (Ban Tổ chức Tỉnh ủy Lâm Đồng)\n\n"
    )
    a = clean_text(header + LEAD)
    assert (a.title, a.authors) == ("Lạc Dương - đại hội của niềm tin", ["THANH HIỀN", "TÙNG LÂM"])


def test_a_breadcrumb_split_by_bars_is_no_headline_and_ends_with_the_category():
    a = clean_text(f"Trang chủ | Tin tức - Sự kiện | Hoạt động của Bộ\n\n{HEADLINE}\n\n03/12/2026 08:10\n\n{LEAD}")
    assert (a.title, a.category) == (HEADLINE, "Hoạt động của Bộ")


def test_a_masthead_naming_the_editor_and_a_list_of_articles_of_the_section_are_not_the_article():
    tail = (
        "\n\nBÀI VIẾT CÙNG CHUYÊN MỤC\n› Kỳ họp thứ 5 của Ủy ban Kiểm tra Tỉnh ủy (12-01-2026)\n\n"
        "Báo Yên Hà - Cơ quan của Đảng bộ tỉnh Yên Hà. Tổng Biên tập: Lê Xuân Đồng\n"
    )
    a = clean_text(f"{HEADLINE}\n03/12/2026 08:10\n\n{LEAD}{tail}")
    assert a.body_text == f"{HEADLINE}\n\n{LEAD}"


def test_a_sites_whole_menu_between_pipes_is_neither_the_lead_nor_the_headline():
    menu = (
        "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Quốc phòng - An ninh - Đối ngoại"
        " | Công tác tổ chức xây dựng Đảng | Tạp chí in | Multimedia | Tiếng dân tộc thiểu số"
    )
    a = clean_text(f"BÁO YÊN HÀ ĐIỆN TỬ\n{menu}\nChính trị > Xây dựng Đảng\n\n{HEADLINE}\n\n03/12/2026 08:10\n\n{LEAD}")
    assert (a.title, a.published_at) == (HEADLINE, datetime(2026, 12, 3, 8, 10))


def test_a_weekday_date_bar_without_a_time_dates_the_article_only_when_the_lead_counts_from_it():
    close = (
        "sau 3 ngày làm việc khẩn trương, Đại hội đại biểu Đảng bộ tỉnh Yên Hà lần thứ XI đã bế mạc tại Hội trường "
        "Tỉnh ủy."
    )
    told = f"Đại hội Đảng bộ tỉnh Yên Hà thành công tốt đẹp\n\n(BYH) - Hôm qua, 21-12, {close}"
    assert clean_text(f"BÁO YÊN HÀ\nThứ Năm, 22/12/2005\n\n{told}").published_at == datetime(2005, 12, 22)
    # (a crawler's today over a lead that names its own day: no publication date)
    dated = f"Đại hội Đảng bộ tỉnh Yên Hà thành công tốt đẹp\n\nNgày 20/12, {close}"
    assert clean_text(f"Thứ Năm, 22/12/2005\n\n{dated}").published_at is None


def test_a_list_of_a_papers_new_leaders_is_the_story_and_a_headline_keeps_its_words_before_the_sites_name():
    leaders = "- Tổng Biên tập: đồng chí Nguyễn Văn Bình.\n- Phó Tổng Biên tập: đồng chí Trần Thị Mai."
    a = clean_text(f"{HEADLINE} | Báo Yên Hà\n03/12/2026 08:10\n\n{LEAD}\n\n{leaders}")
    assert a.title == HEADLINE
    assert leaders.split("\n")[0] in a.body_text


@pytest.mark.parametrize(
    "masthead",
    [
        # a paper's name and its long tagline on a line of their own
        "BÁO YÊN HÀ ĐIỆN TỬ\nCơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Yên Hà - Tiếng nói của Đảng bộ, chính"
        " quyền và nhân dân các dân tộc tỉnh Yên Hà, vì sự nghiệp dân giàu, nước mạnh, dân chủ, công bằng, văn minh",
        # a site's name, then what kind of paper it is
        "YênHàExpress - Báo tiếng Việt nhiều người xem nhất",
        # a menu whose items only spaces part, opening with the home link
        "BÁO YÊN HÀ\nTrang chủ  Thời sự  Chính trị  Kinh tế  Xã hội  Văn hóa  Thể thao  Pháp luật  Tin ảnh  Video",
        # ... or with any section first
        "YênHàNews\nThời sự  Góc nhìn  Thế giới  Video  Kinh doanh  Bất động sản  Sức khỏe  Pháp luật",
    ],
)
def test_a_mastheads_tagline_a_papers_kind_and_a_menu_of_spaced_items_are_no_headline(masthead):
    a = clean_text(f"{masthead}\nChính trị > Xây dựng Đảng\n\n{HEADLINE}\n\n03/12/2026 08:10\n\n{LEAD}")
    assert (a.title, a.published_at) == (HEADLINE, datetime(2026, 12, 3, 8, 10))


def test_a_headline_with_two_spaces_inside_is_still_the_headline():
    headline = "Công bố quyết định  bổ nhiệm Giám đốc Sở Nội vụ"  # (a typed double space: two items, no menu)
    a = clean_text(f"{headline}\n\n03/12/2026 08:10\n\n{LEAD}")
    assert a.title == "Công bố quyết định bổ nhiệm Giám đốc Sở Nội vụ"


def test_a_headline_in_capitals_typed_with_double_spaces_is_no_menu():
    headline = "HỘI NGHỊ  BAN CHẤP HÀNH  ĐẢNG BỘ TỈNH  LẦN THỨ MƯỜI  KHÓA MỚI  BẾ MẠC"
    a = clean_text(f"{headline}\n\n03/12/2026 08:10\n\n{LEAD}")
    assert a.title == "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ MƯỜI KHÓA MỚI BẾ MẠC"
