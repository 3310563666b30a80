"""Web pages: main text, captions and metadata of a saved news page; furniture never gets through."""

from datetime import date, datetime
from pathlib import Path

import pytest

from hoinghi.transforms.extract import extract_article
from hoinghi.transforms.webpage import FORM_FURNITURE_CHARS, PageError, PageMeta, looks_like_html, read_page
from tests.pages import news_page

ARTICLE = "\n\n".join(
    [
        "Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I",
        "Minh Châu 08:30, 06/04/2019",
        "Sáng 5-4, Ban Tổ chức Huyện ủy Yên Lạc tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng quý I, "
        "triển khai nhiệm vụ quý II năm 2019. Đồng chí Phan Thị Ngọc Lan, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức "
        "Huyện ủy chủ trì hội nghị.",
        "Trong quý I, Ban đã tham mưu Ban Thường vụ Huyện ủy triển khai thực hiện Quy định số 89-QĐ/TW ngày 4/8/2017 "
        "của Bộ Chính trị về khung tiêu chuẩn chức danh, định hướng khung tiêu chí đánh giá cán bộ lãnh đạo, quản lý "
        "các cấp, và hoàn thành việc rà soát quy hoạch cán bộ.",
        "Đồng chí Phan Thị Ngọc Lan phát biểu kết luận hội nghị.",
    ]
)


@pytest.fixture(scope="module")
def page():
    return read_page(news_page(ARTICLE, "2019-04-06T08:30:00+07:00"))


def test_html_is_recognised_with_or_without_a_doctype():
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("  <html lang='vi'><head></head>")
    assert looks_like_html("<div>" + "<p>Đoạn văn</p>" * 5 + "</div>")  # a fragment saved as .txt
    assert not looks_like_html(ARTICLE)
    assert not looks_like_html("Tỷ lệ đạt <5% so với kế hoạch, cao hơn năm trước.")
    # an article copied with some markup left, its headline first: text (clean.unmarked reads it)
    assert not looks_like_html("Tiêu đề bài viết\n07/11/2023&nbsp;11:25\n" + "<p>Đoạn văn</p>" * 6)


def test_the_page_gives_the_article_text_and_its_metadata(page):
    assert page.meta.title == "Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I"
    assert page.meta.authors == ["Minh Châu"]
    assert page.meta.published_at.date().isoformat() == "2019-04-06"
    assert page.text.startswith(page.meta.title + "\n\n")
    assert "Quy định số 89-QĐ/TW" in page.text


def test_menus_sidebars_comment_forms_and_the_footer_are_dropped(page):
    for furniture in ("Trang chủ", "Tin liên quan", "Trần Văn Khải", "11-QĐ/TW", "Ý kiến bạn đọc", "Lê Thị Hồng Nhung"):
        assert furniture not in page.text, furniture


def test_figure_captions_are_kept(page):
    assert page.text.rstrip().endswith("Đồng chí Phan Thị Ngọc Lan phát biểu kết luận hội nghị.")


def test_a_caption_in_two_paragraphs_keeps_its_words_apart():
    page = news_page(ARTICLE, "2019-04-06T08:30:00+07:00").replace(
        "</body>",
        '<figure><figcaption><p>Đồng chí Lê Văn Tám nhận quyết định</p><p class="author">ẢNH: MINH CHÂU</p>'
        "</figcaption></figure></body>",
    )
    assert "Đồng chí Lê Văn Tám nhận quyết định ẢNH: MINH CHÂU" in read_page(page).text


def test_the_page_and_its_plain_text_give_the_same_records(page):
    plain = extract_article(ARTICLE, "a.txt", "sha", "utf-8")
    html = extract_article(page.text, "a.html", "sha", "utf-8, html page", page.meta)

    def facts(records):
        return (
            sorted((p["full_name"], p["title_text"]) for p in records.person_mentions),
            sorted(d["doc_code"] for d in records.document_mentions),
            sorted((m["meeting_date"], m["meeting_kind"]) for m in records.meetings),
            sorted((p["person_id"], p["role"]) for p in records.meeting_persons),
        )

    assert facts(html) == facts(plain)
    assert facts(plain)[0] and facts(plain)[1] and facts(plain)[2]
    assert html.article["title"] == plain.article["title"]
    assert html.article["published_at"].date() == plain.article["published_at"].date()


def test_a_page_without_an_article_is_an_error_that_says_so():
    with pytest.raises(PageError, match="no main content"):
        read_page("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>")


def _page_with_a_today_bar(date_line: str) -> str:
    lead = ARTICLE.split("\n\n")[2]
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Yên Lạc sơ kết quý I</title></head>
<body><header><div class="today">Thứ Năm, 03/12/2026 08:10</div><nav><a href="/">Trang chủ</a></nav></header>
<main><article><h1>Yên Lạc sơ kết quý I</h1>{date_line}<p>{lead}</p><p>{lead.replace("Sáng 5-4", "Trong quý")}</p>
</article></main></body></html>"""


def test_the_portals_today_bar_is_not_the_pages_date():
    assert read_page(_page_with_a_today_bar("")).meta.published_at is None
    page = read_page(_page_with_a_today_bar("<p>06/04/2019 08:30</p>"))
    records = extract_article(page.text, "a.html", "sha", "utf-8, html page", page.meta)
    assert records.article["published_at"].date().isoformat() == "2019-04-06"


SAPO_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Trao quyết định về công tác cán bộ</title>
<meta name="description" content="{description}">
<meta property="article:published_time" content="{published}">
</head><body><div class="news-detail"><h1>Trao quyết định về công tác cán bộ</h1>
<div class="news-meta">18/06/2024 17:05 | Lượt xem: 1.248</div>
<div class="news-sapo">{sapo}</div>
<div class="news-content"><p>Dự hội nghị có đồng chí Vi Văn Thiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận
Tỉnh ủy; lãnh đạo Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy và các huyện ủy trong tỉnh cùng dự.</p>
<p>Thừa ủy quyền của Ban Thường vụ Tỉnh ủy, đồng chí Mai Thị Thu Hằng, Trưởng Ban Tổ chức Tỉnh ủy công bố các
quyết định điều động, bổ nhiệm cán bộ; các đồng chí được điều động hứa hoàn thành tốt nhiệm vụ được giao.</p>
</div></div></body></html>"""
SAPO = (
    "Chiều 18/6/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trao các quyết định về công tác cán bộ. Đồng chí "
    "Lê Đình Khởi, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị."
)


def test_the_lead_a_cms_keeps_apart_is_the_first_paragraph_and_the_metadata_keeps_the_time():
    page = read_page(SAPO_PAGE.format(description="", published="2024-06-18T17:05:00+07:00", sapo=SAPO))
    assert page.text.split("\n\n")[:2] == ["Trao quyết định về công tác cán bộ", SAPO]
    assert page.meta.published_at.isoformat() == "2024-06-18T17:05:00"
    records = extract_article(page.text, "sapo.html", "0" * 64, "utf-8, html page", page.meta)
    assert [(str(m["meeting_date"]), m["date_text"]) for m in records.meetings] == [("2024-06-18", "Chiều 18/6/2024")]


def test_a_description_is_the_lead_only_when_it_reads_as_one():
    teaser = "Ban Thường vụ Tỉnh ủy công bố, trao các quyết định điều động, bổ nhiệm, chỉ định cán bộ chủ chốt."
    page = read_page(SAPO_PAGE.format(description=teaser, published="2024-06-18", sapo=""))
    assert teaser not in page.text
    page = read_page(SAPO_PAGE.format(description=SAPO, published="2024-06-18", sapo=""))
    assert page.text.split("\n\n")[1] == SAPO


def test_a_day_without_its_time_in_the_metadata_takes_the_time_the_text_shows():
    text = f"Trao quyết định về công tác cán bộ\n18/06/2024 17:05\n\n{SAPO}"

    def published(day):
        meta = PageMeta(title=None, published_at=day, authors=[])
        return extract_article(text, "p.html", "0" * 64, "utf-8, html page", meta).article["published_at"]

    assert published(datetime(2024, 6, 18)) == datetime(2024, 6, 18, 17, 5)
    assert published(datetime(2024, 6, 19)) == datetime(2024, 6, 19)  # another day: the metadata wins
    assert published(datetime(2024, 6, 18, 9, 0)) == datetime(2024, 6, 18, 9, 0)


def test_a_pages_table_of_decisions_reaches_the_extractors_as_its_rows():
    rows = "".join(
        f"<tr><td>{name}</td><td>{old}</td><td>{new}</td><td>{code}</td></tr>"
        for name, old, new, code in (
            ("Lê Văn Tám", "Phó Chánh Văn phòng Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy", "210-QĐ/TU"),
            ("Hà Thị Mai", "Phó Trưởng Ban Tuyên giáo Huyện ủy Yên Lạc", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "211-QĐ/TU"),
        )
    )
    html = news_page(ARTICLE, "2019-04-06T08:30:00+07:00").replace(
        '</div>\n<div class="share">',
        "<p>Tại hội nghị, Ban Thường vụ Huyện ủy công bố các quyết định điều động, bổ nhiệm cán bộ. Các quyết định"
        " cùng ký ngày 2/4/2019, cụ thể như sau:</p><table><tr><th>Họ tên</th><th>Chức vụ cũ</th>"
        f"<th>Chức vụ mới</th><th>Quyết định</th></tr>{rows}</table><p>Các đồng chí nhận nhiệm vụ từ ngày 8/4.</p>"
        '</div>\n<div class="share">',
    )
    page = read_page(html)
    records = extract_article(page.text, "p.html", "0" * 64, "utf-8", page.meta)
    assert {
        (a["person_id"] is not None, a["action"], a["position_text"], str(a["effective_date"]))
        for a in records.appointments
    } == {
        (True, action, post, "2019-04-02")
        for post in ("Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Tổ chức Tỉnh ủy")
        for action in ("transfer", "appoint")
    }


def test_a_page_date_given_in_another_time_zone_is_read_on_the_outlets_clock():
    page = read_page(news_page(ARTICLE, "2019-04-05T23:30:00+00:00"))
    assert page.meta.published_at == datetime(2019, 4, 6, 6, 30)


def test_an_old_portal_laid_out_in_tables_with_its_name_as_title_and_a_sidebar_of_dates():
    body = "".join(f"<tr><td>{p}</td></tr>" for p in ARTICLE.split("\n\n")[2:])
    html = (
        "<html><head><title>Cổng thông tin điện tử tỉnh Yên Hà - Tin tức</title></head><body><table>"
        "<tr><td>Trang chủ | Giới thiệu | Tin tức</td><td></td></tr>"
        "<tr><td class='title_news'>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I</td></tr>"
        f"<tr><td class='date_news'>Ngày đăng: 06/04/2019</td></tr>{body}</table>"
        "<table><tr><td>» <a href='/a'>Tin khác của cổng</a> <span class='date'>(02/04/2019)</span></td></tr></table>"
        "</body></html>"
    )
    page = read_page(html)
    records = extract_article(page.text, "p.html", "0" * 64, "utf-8", page.meta)
    assert records.article["title"] == "Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I"
    assert records.article["published_at"] == datetime(2019, 4, 6)
    assert "| |" not in records.article["body_text"]


def test_an_old_portal_that_breaks_its_article_cell_into_lines_with_br_keeps_the_lines():
    lines = ARTICLE.split("\n\n")[2:]
    cell = (
        "<font size='1'><a href='/'>Trang chủ</a> &gt; <a href='/cm'>Chính trị</a></font><br /><br />"
        "<font size='5'><b>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I</b></font><br />"
        "<font size='1'><i>Cập nhật lúc 15:20, Thứ Bảy, 06/04/2019</i></font><br /><br />"
        # (a photo's table inside the cell: the cell is the page's layout, not a table of data)
        "<table><tr><td><img src='/a.jpg' /></td></tr><tr><td><i>Toàn cảnh hội nghị.</i></td></tr></table><br />"
        + "<br /><br />".join(f"<font size='2'>{line}</font>" for line in lines)
    )
    html = (
        "<html><head><title>Báo Yên Hà điện tử</title></head><body><table>"
        "<tr><td colspan='2'><a href='/'>Trang chủ</a> | <a href='/a'>Chính trị</a> | <a href='/b'>Kinh tế</a>"
        "</td></tr>"
        f"<tr><td width='680'>{cell}</td><td width='200'><a href='/x'>Tin khác</a></td></tr></table></body></html>"
    )
    page = read_page(html)
    records = extract_article(page.text, "p.html", "0" * 64, "utf-8", page.meta)
    assert records.article["title"] == "Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I"
    assert records.article["published_at"] == datetime(2019, 4, 6, 15, 20)
    assert lines[0] in page.text.split("\n\n")


def test_a_headline_lead_and_date_line_marked_by_class_when_the_page_title_names_the_site():
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[3:])
    html = (
        "<html><head><title>BAN TỔ CHỨC TỈNH ỦY YÊN HÀ</title></head><body><table><tr><td class='leftcol'><table>"
        "<tr><td class='menuitem'><a href='/a'>Tin tức - Sự kiện</a></td></tr></table></td><td class='maincol'><table>"
        "<tr><td class='ngaydang'><i>Cập nhật ngày: 06/04/2019</i></td></tr>"
        "<tr><td class='tieude'><b>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I</b></td></tr>"
        f"<tr><td class='tomtat'><b>{ARTICLE.split(chr(10) * 2)[2]}</b></td></tr>"
        f"<tr><td class='noidung'>{body}</td></tr></table></td></tr></table></body></html>"
    )
    page = read_page(html)
    records = extract_article(page.text, "p.html", "0" * 64, "utf-8", page.meta)
    assert records.article["title"] == "Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I"
    assert records.article["published_at"] == datetime(2019, 4, 6)
    assert [m["meeting_date"] for m in records.meetings] == [date(2019, 4, 5)]


def test_an_old_portal_whose_article_cell_holds_paragraphs_and_a_date_line_under_the_headline():
    paragraphs = ARTICLE.split("\n\n")[2:]
    cell = (
        "<h2 class='title'>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I</h2>"
        "<div class='time'>Thứ bảy, 06/04/2019, 15:20 GMT+7 | Người đăng tin: Tổ Văn phòng | Đã xem: 96</div>"
        # (a photo's table inside the cell: the cell is the page's layout, not a table of data)
        "<table><tr><td><img src='/a.jpg' /></td></tr><tr><td><i>Toàn cảnh hội nghị.</i></td></tr></table>"
        + "".join(f"<p>{p}</p>" for p in [*paragraphs, "Các đại biểu thống nhất các giải pháp."])
    )
    html = (
        "<html><head><title>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I - Trường THPT Yên Lạc</title>"
        "<meta property='og:title' content='Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I' /></head><body>"
        f"<table><tr><td width='680'>{cell}</td><td width='200'><ul><li><a href='/x'>Chi bộ sinh hoạt chuyên đề</a>"
        " <span class='date'>(25/03/2019)</span></li></ul></td></tr></table></body></html>"
    )
    page = read_page(html)
    records = extract_article(page.text, "p.html", "0" * 64, "utf-8", page.meta)
    assert records.article["published_at"] == datetime(2019, 4, 6, 15, 20)  # not the sidebar's (25/03/2019)
    assert paragraphs[0] in page.text.split("\n\n")  # the cell's paragraphs stay apart
    assert [m["meeting_date"] for m in records.meetings] == [date(2019, 4, 5)]


def test_a_date_line_right_above_the_headline_dates_a_page_without_date_metadata():
    paragraphs = ARTICLE.split("\n\n")[2:]
    html = (
        "<html><head><title>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I - Báo Yên Hà</title>"
        "<meta property='og:title' content='Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I' /></head><body>"
        "<div id='topbar'><span class='today'>Thứ bảy, 13/04/2019</span></div>"  # the reader's today
        "<div class='detail'><div class='date-post'>Cập nhật lúc 08:15, Thứ Sáu, 06/04/2019 (GMT+7)</div>"
        "<h1 class='title'>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div><ul><li><a href='/x'>Chi bộ sinh hoạt chuyên đề</a> <span>(25/03/2019)</span></li></ul></body></html>"
    )
    page = read_page(html)
    records = extract_article(page.text, "p.html", "0" * 64, "utf-8", page.meta)
    assert records.article["published_at"] == datetime(2019, 4, 6, 8, 15)


def test_a_date_line_the_cms_marks_rows_below_the_headline_dates_the_article():
    # a Joomla portal's page (the probe's): its date row, '<td class="createdate">Thứ hai, 27 Tháng 9 2010 16:32',
    # which the page reader drops with the layout table, not the 'modifydate' row (the day it was last changed)
    path = next(Path(__file__).parent.parent.glob("samples/probe/cs02_*.html"))
    page = read_page(path.read_text(encoding="utf-8"))
    records = extract_article(page.text, path.name, "0" * 64, "utf-8", page.meta)
    assert records.article["published_at"] == datetime(2010, 9, 27, 16, 32)


def test_a_page_wrapped_in_one_form_keeps_its_article_and_its_marked_headline():
    lead = ARTICLE.split("\n\n")[2]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Cổng TTĐT Đảng bộ tỉnh Tuyên Quang &gt; Tin hoạt động</title></head>
<body><form name="Form" method="post" action="/default.aspx" id="Form"><table><tr><td class="leftpane">
<ul><li><a href="#">Tin trong tỉnh</a></li><li><a href="#">Tin trong nước</a></li></ul></td>
<td class="contentpane"><span class="title_news">ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUÂN SỰ TỈNH LẦN THỨ XV</span><br />
<span class="date_news">Thứ Năm, 20/05/2010, 10:15 GMT+7</span><p>{lead}</p>
<p>{lead.replace("Sáng 5-4", "Trong quý")}</p><p>{lead.replace("Sáng 5-4", "Năm nay")}</p>
<p>{lead.replace("Sáng 5-4", "Từ đầu năm")}</p></td></tr></table></form></body></html>"""
    assert len(html) > FORM_FURNITURE_CHARS
    page = read_page(html)
    assert page.meta.title == "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUÂN SỰ TỈNH LẦN THỨ XV"
    assert page.text.startswith(page.meta.title + "\n\n")
    assert page.text.count(page.meta.title) == 1


def test_a_print_view_titled_by_its_action_takes_the_headline_from_the_markup():
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[2:])
    html = (
        "<html><head><title>In bài viết - Cổng Thông tin điện tử Đảng bộ tỉnh Yên Hà</title></head><body>"
        "<div class='print-header'><b>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH YÊN HÀ</b></div>"
        "<div class='print-title'>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I</div>"
        f"<div class='print-date'>Ngày đăng: 06/04/2019 09:15</div><div class='print-content'>{body}</div>"
        "</body></html>"
    )
    page = read_page(html)
    records = extract_article(page.text, "p.html", "0" * 64, "utf-8", page.meta)
    assert records.article["title"] == "Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I"


def test_a_print_view_named_after_the_site_and_laid_out_in_rows_takes_headline_and_date_from_its_rows():
    # (the article's cell, of many paragraphs, makes the table one the page reader keeps whole, dropping its rows)
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n")[2:] * 3)
    html = (
        "<html><head><title>Tỉnh ủy Yên Hà - In bài viết</title></head><body><table width='640'>"
        "<tr><td><b>TỈNH ỦY YÊN HÀ</b><br><span class='ngay'>Website Đảng bộ tỉnh Yên Hà</span></td>"
        "<td><a href='javascript:window.print()'>[In bài]</a></td></tr><tr><td colspan='2'><hr></td></tr>"
        "<tr><td colspan='2'>Chuyên mục: <b>Xây dựng Đảng</b></td></tr>"
        "<tr><td colspan='2' class='tieude'>Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I</td></tr>"
        "<tr><td colspan='2' class='ngay'>Cập nhật lúc 15:42, Thứ Bảy, 06/04/2019</td></tr>"
        f"<tr><td colspan='2'>{body}</td></tr></table></body></html>"
    )
    page = read_page(html)
    assert page.meta.title == "Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I"  # not the site's name
    records = extract_article(page.text, "p.html", "0" * 64, "utf-8", page.meta)
    assert records.article["title"] == "Ban Tổ chức Huyện ủy Yên Lạc sơ kết công tác quý I"
    assert records.article["published_at"] == datetime(2019, 4, 6, 15, 42)
