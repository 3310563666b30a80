"""Web pages: main text, captions and metadata of a saved news page; furniture never gets through."""

import pytest

from hoinghi.transforms.extract import extract_article
from hoinghi.transforms.webpage import PageError, looks_like_html, read_page
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
