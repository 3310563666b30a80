"""A saved news page around an article's text: menus, a sidebar, related links, a comment form."""

from html import escape

from hoinghi.transforms.clean import clean_text

_MENU = ("Trang chủ", "Xây dựng Đảng", "Chính trị", "Thời sự", "Kinh tế", "Văn hóa", "Pháp luật", "Video")
# Page furniture that names people and documents: none of it may reach the warehouse.
_RELATED = (
    "Đồng chí Trần Văn Khải, Bí thư Tỉnh ủy tiếp đoàn công tác của Ban Tổ chức Trung ương",
    "Triển khai Quy định số 11-QĐ/TW ngày 18/2/2019 tại các chi bộ",
    "Hội nghị giao ban công tác tổ chức xây dựng Đảng 6 tháng đầu năm",
)


def news_page(text: str, published_iso: str) -> str:
    """The article `text` (plain-text layout) as an outlet's HTML page, with the usual furniture."""
    article = clean_text(text)
    body = []
    for start, chunk in article.parts("body", "heading", "caption"):
        kind = next(p.kind for p in article.paragraphs if p.start == start)
        if kind == "caption":
            body.append(f'<figure><img src="/img/{start}.jpg" alt=""><figcaption>{escape(chunk)}</figcaption></figure>')
        elif kind == "heading":
            body.append(f"<h2>{escape(chunk)}</h2>")
        else:
            body.append(f"<p>{escape(chunk)}</p>")
    author = escape("; ".join(article.authors))
    title = escape(article.title or "")
    menu = "".join(f'<li><a href="/{i}">{escape(m)}</a></li>' for i, m in enumerate(_MENU))
    related = "".join(f'<li><a href="/tin/{i}.html">{escape(r)}</a></li>' for i, r in enumerate(_RELATED))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{title} | Báo điện tử Đảng bộ tỉnh</title>
<meta property="og:title" content="{title}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{published_iso}">
<link rel="stylesheet" href="/css/site.css"><script>window.dataLayer = [];</script>
</head><body>
<header><div class="logo">Báo điện tử Đảng bộ tỉnh</div><nav><ul>{menu}</ul></nav>
<form class="search"><input name="q" placeholder="Tìm kiếm"></form></header>
<main><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/xdd">Xây dựng Đảng</a></div>
<article class="detail"><h1 class="title">{title}</h1>
<div class="meta"><span class="author">{author}</span>
<time datetime="{published_iso}">{published_iso[:10]}</time></div>
<div class="content">{"".join(body)}</div>
<div class="share">Chia sẻ: Facebook Zalo Twitter</div></article>
<aside class="sidebar"><h3>Tin liên quan</h3><ul>{related}</ul>
<h3>Đọc nhiều</h3><ul>{related}</ul></aside>
<section class="comments"><h3>Ý kiến bạn đọc</h3><form action="/comment" method="post">
<textarea name="body" placeholder="Nhập ý kiến của bạn"></textarea><input name="name" placeholder="Họ và tên">
<input name="email" placeholder="Email"><button>Gửi bình luận</button></form></section></main>
<footer><p>Cơ quan chủ quản: Tỉnh ủy. Tổng Biên tập: Lê Thị Hồng Nhung. Giấy phép số 123/GP-BTTTT ngày 5/5/2020.</p>
<p>Địa chỉ: 12 đường Trần Hưng Đạo. Điện thoại: 0200 3822 123.</p></footer>
</body></html>"""
