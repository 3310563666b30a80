"""Web pages: a saved HTML news page → the article's plain text and metadata, via trafilatura.

trafilatura finds the main text and drops menus, sidebars, related links and comment forms; it
also reads the headline, date and author from the page's metadata. It drops figure captions,
which in these articles often name who chaired or spoke, so those are read here from the page
itself. The result is laid out as the plain-text articles are (headline, paragraphs, captions)
and goes through the same cleaning and extraction.
"""

import html
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from hoinghi.transforms import vocabulary as V
from hoinghi.transforms.dates import opens_with_event_date, parse_stamp
from hoinghi.transforms.text import fold, nfc, squash_spaces

# An HTML page, not text that happens to contain a '<': a doctype, an <html>/<body> tag, or markup.
_HTML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_MARKUP_RE = re.compile(r"</(?:p|div|span|a|li|td|h[1-6])>|<br\s*/?>", re.I)
# Elements that are page furniture, whatever the CMS: their captions are not the article's.
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "script", "style", "noscript")
# a form is furniture (search, login) unless it holds the page: ASP.NET sites wrap the whole page in one <form>
FORM_FURNITURE_CHARS = 1000
_CAPTION_XPATH = (
    "//figcaption"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"
    " | //*[contains(@class, 'image_desc') or contains(@class, 'img-caption') or contains(@class, 'PhotoCMS_Caption')]"
)
# With the time: a page's metadata often has it ('2024-06-18T17:05:00+07:00'); a day alone reads as midnight.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
# The outlets' clock: Vietnam's time (UTC+7, no daylight saving), in which the texts' own stamps are written.
# A page's date given in another zone ('2024-03-06T23:40:12+00:00') is read in it.
LOCAL_TIME = timezone(timedelta(hours=7))
# The lead ('sapo') under the headline: many CMSs keep it apart from the body, and trafilatura, reading it
# as a teaser, often drops it, though it is where the meeting's day and its chair are told.
_LEAD_CLASSES = ("sapo", "lead", "summary", "chapeau", "description", "intro", "tomtat")  # ('tóm tắt': summary)
# ... and the headline and its date line, which trafilatura may drop with the layout table they stand in ('tiêu
# đề': title, 'ngày đăng': posted on); read when the page's title names the site only.
_HEADLINE_CLASSES = ("tieude", "tieu-de", "title_news", "news-title", "article-title", "title-detail")
_HEADLINE_XPATH = " | ".join(("//h1", *(f"//*[contains(@class, '{c}')]" for c in _HEADLINE_CLASSES)))
# ... else any element whose class names a title and that links nowhere (a print view's 'print-title'; a list of
# other articles links each of its titles)
_ANY_TITLE_XPATH = "//*[contains(@class, 'title')][not(descendant-or-self::a)]"
_DATE_LINE_CLASSES = ("ngaydang", "ngay-dang", "date_news", "news-date", "post-date")
_DATE_LINE_XPATH = " | ".join(f"//*[contains(@class, '{c}')]" for c in _DATE_LINE_CLASSES)
# ... and the day a CMS says it created the article: Joomla's 'createdate', beside its 'modifydate' (the day last
# changed, no publication); a class no sidebar list uses
_CREATED_DATE_XPATH = "//*[contains(@class, 'createdate')]"
HEADLINE_WORDS = (4, 40)
_LEAD_XPATH = " | ".join(f"//*[contains(@class, '{c}')]" for c in _LEAD_CLASSES)
_META_LEAD_XPATH = "//meta[@property='og:description']/@content | //meta[@name='description']/@content"
MIN_LEAD_WORDS, MAX_LEAD_WORDS = 12, 120  # shorter is a label or a teaser; longer, a block with the body in it
# Fewer words than this is a menu, an error page or a gallery, not an article.
MIN_ARTICLE_WORDS = 20


# A text copied carelessly from a page keeps some of its markup: entities ('S&aacute;ng', '&#7889;',
# '&nbsp;') and stray tags ('<p>', '<br />', '<strong>'). Too little to be a page (looks_like_html), it is
# read as text once they are undone: block tags end a line, inline tags go.
_ENTITY_RE = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_BLOCK_TAG_RE = re.compile(r"</?(?:p|br|div|h[1-6]|li|ul|ol|tr|table|blockquote)\b[^<>]{0,200}>", re.I)
_INLINE_TAG_RE = re.compile(r"</?(?:strong|em|b|i|u|span|a|font|sup|sub|td|th)\b[^<>]{0,200}>", re.I)


def unmarked(text: str) -> str:
    """`text` with leftover HTML entities decoded and stray tags removed (`text` itself when it has none)."""
    plain = text
    if "<" in plain:
        plain = _INLINE_TAG_RE.sub("", _BLOCK_TAG_RE.sub("\n", plain))
    if "&" in plain and _ENTITY_RE.search(plain):
        plain = html.unescape(plain).replace("\xa0", " ")
    return text if plain == text else nfc(plain)  # entities give precomposed letters: one form


class PageError(ValueError):
    """An HTML page without an article in it; the message says what to do."""


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    published_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    # the date is the page's metadata (<meta>, JSON-LD, <time>), not a date the page shows somewhere,
    # such as a sidebar's list of other articles, which a stamp in the text beats
    dated_by_metadata: bool = True


@dataclass(frozen=True)
class Page:
    text: str  # the article in the plain-text layout: headline, paragraphs, captions
    meta: PageMeta


def looks_like_html(text: str) -> bool:
    """True for an HTML document, or text that opens with markup and has enough to be one (HTML saved as
    .txt). Text whose headline and date lines come first is an article with some markup left in it
    (`unmarked` reads it)."""
    head = text[:5000]
    return bool(_HTML_START_RE.match(head)) or (head.lstrip().startswith("<") and len(_MARKUP_RE.findall(head)) >= 5)


def read_page(html: str) -> Page:
    """Main text, captions and metadata of a news page; PageError when it has no article text."""
    import trafilatura  # imported here: it is slow to import and only pages need it

    doc = trafilatura.bare_extraction(
        _without_layout_tables(html),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        # Dates from the page's metadata and markup only: the extensive search reads any date in
        # the page, such as the portal's 'today' bar in the header ("Thứ Năm, 03/12/2026").
        # Without one, the date line under the headline is read from the text, as in a plain article.
        date_extraction_params=_DATE_PARAMS,
    )
    words = len((doc.text or "").split()) if doc is not None else 0
    if words < MIN_ARTICLE_WORDS:
        raise PageError(
            f"HTML page without article text: no main content found ({words} words); save the article page itself"
        )
    title = _squash(doc.title)
    tree = _article_tree(html)
    meta = PageMeta(
        title=None if title and _names_no_article(title, tree) else title,
        published_at=_date(doc.date),
        authors=[a for a in (_squash(x) for x in (doc.author or "").split(";")) if a],
        dated_by_metadata=bool(_DATE_METADATA_RE.search(html)),
    )
    lines = [_out_of_layout_table(_squash(line)) for line in doc.text.split("\n")]
    lines = [line for line in lines if line]
    if tree is not None and (meta.title is None or _names_the_site(meta.title)):
        headline, date_line = _marked_headline(tree)
        # read in the text already, below the page's menus or run into the date and the lead: the headline still
        opening = next((k for k, line in enumerate(lines) if headline and line.startswith(headline)), None)
        if opening is not None:
            rest = lines[opening][len(headline) :].strip()
            lines[opening : opening + 1] = [rest] if rest else []
        if headline and not any(headline in line for line in lines):
            lines = [headline, *([date_line] if date_line and not any(date_line in x for x in lines) else []), *lines]
            meta = replace(meta, title=headline)
    if meta.title and lines and lines[0] != meta.title:
        lines.insert(0, meta.title)  # the headline is the first line of a plain-text article
    if not meta.dated_by_metadata and tree is not None and meta.title and lines and lines[0] == meta.title:
        # the page's date is then read from its markup, where a list of other articles may stand ('(25/07/2014)');
        # the date line under the headline, which the page reader may drop, is the article's
        under = _date_line_under(tree, meta.title) or _marked_date_line(tree)
        if under and not any(under in line for line in lines):
            lines.insert(1, under)
    lead = _lead(tree) if tree is not None else None
    if lead and not any(lead[:60] in line for line in lines):
        lines.insert(1 if meta.title and lines and lines[0] == meta.title else 0, lead)
    lines += [c for c in _captions(tree) if not any(c in line for line in lines)] if tree is not None else []
    return Page(text="\n\n".join(lines), meta=meta)


# An old page laid out with tables may hold its whole article in one cell, its lines broken by <br> rather than
# set in paragraphs, which the page reader joins into one line (a table's cell is one line of its row): such a
# cell holds a table of its own or more text than any table of data does, and more <br> than <p>.
LAYOUT_CELL_CHARS = 1500
LAYOUT_CELL_BREAKS = 4


def _without_layout_tables(page: str) -> str:
    """`page` with its layout tables (see LAYOUT_CELL_CHARS) as plain blocks, so that the page reader keeps the
    lines of their cells (the breadcrumb, the headline, the date line, the lead); tables of data stay."""
    if "<td" not in page and "<TD" not in page:
        return page
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(page)
    except (ValueError, TypeError, etree.ParserError):
        return page
    # (each table's cells are read once, before any is changed)
    layout = [
        (table, [c for c, broken in cells if broken])
        for table in tree.iter("table")
        if (cells := [(c, broken) for c in table.iter("td") if (broken := _laid_out(c)) is not None])
    ]
    if not layout:
        return page
    for table, broken in layout:
        if table.tag != "table":
            continue  # nested in a layout table done before it: its cells were among that one's
        for element in table.iter("table", "tbody", "thead", "tr", "td", "th"):
            element.tag = "div"
        for cell in broken:
            _paragraphs_at_breaks(cell)
    return lxml_html.tostring(tree, encoding="unicode")


_INLINE_TAGS = ("font", "b", "strong", "i", "em", "span", "u")


def _paragraphs_at_breaks(cell) -> None:
    """The cell's lines, broken by <br>, as paragraphs (<p>): the page reader keeps paragraphs apart, while it may
    join lines broken by <br> next to blocks (a photo's table inside the text)."""
    from lxml import html as lxml_html

    for inline in [e for e in cell.iter(*_INLINE_TAGS) if e.find(".//br") is not None]:
        inline.drop_tag()  # ('<font>line<br>line</font>': its breaks are the cell's)
    groups: list[list] = [[cell.text or ""]]
    for child in list(cell):
        tail, child.tail = child.tail or "", None
        if child.tag == "br":
            groups.append([])
        elif child.tag in _INLINE_TAGS or child.tag == "a" or not isinstance(child.tag, str):
            groups[-1].append(child)
        else:  # a block keeps its place between the lines
            groups += [[child], []]
        groups[-1].append(tail)
        cell.remove(child)
    cell.text = None
    for group in groups:
        if not any(isinstance(x, str) and x.strip() or not isinstance(x, str) for x in group):
            continue
        block = group[0] if len(group) == 1 and not isinstance(group[0], str) else lxml_html.Element("p")
        if block is not group[0]:
            for item in group:
                if isinstance(item, str):
                    if len(block):
                        block[-1].tail = (block[-1].tail or "") + item
                    else:
                        block.text = (block.text or "") + item
                else:
                    block.append(item)
        cell.append(block)


def _laid_out(cell) -> bool | None:
    """Whether a table's cell is a page's layout holding an article's lines (LAYOUT_CELL_CHARS), None if it is not:
    True when its lines are broken by <br>, False when they are set in paragraphs (an old portal's '<td><p>…</p>
    <p>…</p></td>', which the page reader joins all the same)."""
    if cell.find(".//table") is None and len(cell.text_content()) <= LAYOUT_CELL_CHARS:
        return None
    breaks = sum(1 for _ in cell.iter("br"))
    paragraphs = sum(1 for _ in cell.iter("p"))
    if breaks >= LAYOUT_CELL_BREAKS and breaks > paragraphs:
        return True
    return False if paragraphs >= LAYOUT_CELL_BREAKS else None


_SITE_TITLE_STARTS = tuple(fold(w) for w in V.SITE_TITLE_STARTS)
_PAGE_ACTION_TITLES = frozenset(fold(w) for w in V.PAGE_ACTION_TITLES)
_OUTLETS = tuple(fold(w) + " " for w in V.OUTLET_WORDS)
# where a page states its own date: its <meta> tags, JSON-LD, a <time datetime>
_DATE_METADATA_RE = re.compile(
    r"published_time|datePublished|pubdate|<time[^>]+datetime=|name=[\"'](?:dc\.)?date", re.IGNORECASE
)


_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")


def _out_of_layout_table(line: str | None) -> str | None:
    """A row of a table the page is laid out with, as the page reader writes it ('| Ngày đăng: 22/07/2016 |',
    '| | | |'): its one filled cell is a line of the page (none: nothing). A row with several filled cells
    is a table's (a list of persons: transforms/tables.py) and stays as it is."""
    if not line or not (line.startswith("|") and line.endswith("|")):
        return line
    filled = [cell.strip() for cell in _CELL_SPLIT_RE.split(line[1:-1]) if cell.strip()]
    if len(filled) > 1:
        return line
    return filled[0].replace("\\|", "|") if filled else None


def _article_tree(html: str):
    """The page's element tree without its furniture (menus, header, footer), or None."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    for element in tree.xpath("|".join(f"//{tag}" for tag in _FURNITURE_TAGS)):
        element.drop_tree()
    for form in tree.xpath("//form"):
        if len(form.text_content()) < FORM_FURNITURE_CHARS:
            form.drop_tree()
    return tree


def _lead(tree) -> str | None:
    """The lead paragraph: an element the CMS marks as such (no caption), else the page's description
    when it reads as a news lead; either only when it has a paragraph's length."""
    captions = set(tree.xpath(_CAPTION_XPATH))
    for element in tree.xpath(_LEAD_XPATH):
        if element in captions or element.tag in ("meta", "body", "html"):
            continue
        text = _squash(element.text_content())
        if text and MIN_LEAD_WORDS <= len(text.split()) <= MAX_LEAD_WORDS:
            return text
    for content in tree.xpath(_META_LEAD_XPATH):
        text = _squash(str(content))
        # a description is often a teaser of its own; one that opens with the day reads as the lead
        if text and MIN_LEAD_WORDS <= len(text.split()) <= MAX_LEAD_WORDS and opens_with_event_date(text):
            return text
    return None


_TITLE_PARTS_RE = re.compile(r"\s[-–|]\s")


def _names_no_article(title: str, tree) -> bool:
    """A page title that is the portal's ('Cổng thông tin điện tử tỉnh …'), or the title of a page whose <title>
    names a page action ('In bài viết', 'Tỉnh ủy Thái Bình - In bài viết': a print view, the site's name kept)."""
    folded = fold(title)
    if folded.startswith(_SITE_TITLE_STARTS) or folded in _PAGE_ACTION_TITLES:
        return True
    whole = tree.findtext(".//title") if tree is not None else None
    return bool(whole) and any(fold(part.strip()) in _PAGE_ACTION_TITLES for part in _TITLE_PARTS_RE.split(whole))


def _names_the_site(title: str) -> bool:
    """A page title that is the site's name: an outlet's ('Báo Hà Giang điện tử') or in capitals ('BAN TỔ CHỨC
    TỈNH ỦY QUẢNG TRỊ')."""
    return title.isupper() or fold(title).startswith(_OUTLETS)


def _marked_headline(tree) -> tuple[str | None, str | None]:
    """The headline an element the CMS marks as such holds (an <h1>, 'tieude'), and its marked date line."""
    headline = next(
        (
            text
            # elements whose class holds 'title' are searched only when none the CMS marks holds a headline
            for xpath in (_HEADLINE_XPATH, _ANY_TITLE_XPATH)
            for element in tree.xpath(xpath)
            if (text := _squash(element.text_content())) and HEADLINE_WORDS[0] <= len(text.split()) <= HEADLINE_WORDS[1]
        ),
        None,
    )
    date_line = next((text for e in tree.xpath(_DATE_LINE_XPATH) if (text := _squash(e.text_content()))), None)
    return headline, date_line if headline else None


def _marked_date_line(tree) -> str | None:
    """The stamp of the element the CMS marks as the article's creation date ('<td class="createdate">Thứ hai, 27
    Tháng 9 2010 16:32</td>'), when it reads as a stamp (parse_stamp: a weekday's date without a clock time is the
    page's today, none), else None."""
    for element in tree.xpath(_CREATED_DATE_XPATH):
        text = _squash(element.text_content())
        if text and len(text) <= MAX_DATE_LINE_CHARS and parse_stamp(text)[0] is not None:
            return text
    return None


def _date_line_under(tree, headline: str) -> str | None:
    """The stamp in the line right after the element holding the headline ('Thứ năm, 07/08/2014, 15:32 GMT+7' of
    'Thứ năm, 07/08/2014, 15:32 GMT+7 | Người đăng tin: … | Đã xem: 96'), else in the line right before it
    ('<div class="date-post">Cập nhật lúc 08:15, Thứ Sáu, 31/05/2019</div><h1>…'), else None. A headline alone in
    a table's row has its date line in the row after (or before) it."""
    for element in tree.iter("h1", "h2", "h3", "div", "p", "span", "td"):
        if _squash(element.text_content()) != headline:
            continue
        if element.tag == "td" and len(element.getparent()) == 1:
            element = element.getparent()  # the only cell of its row: the date line is the next row
        for beside in (element.getnext(), element.getprevious()):
            text = _squash(beside.text_content()) if beside is not None else None
            if text and len(text) <= MAX_DATE_LINE_CHARS:
                # (its parts apart: the stamp, the poster, a counter of views)
                parts = (part for part in map(str.strip, text.split("|")) if parse_stamp(part)[0] is not None)
                stamp = next(parts, None)
                if stamp:
                    return stamp
        return None
    return None


MAX_DATE_LINE_CHARS = 200  # a date line with its byline and counters, not a paragraph


def _captions(tree) -> list[str]:
    captions = []
    for element in tree.xpath(_CAPTION_XPATH):
        text = _squash(_spaced_text(element))
        if text and text not in captions:
            captions.append(text)
    return captions


def _spaced_text(element) -> str:
    """The element's text with a space where a block inside it ends: '<p>… ông A</p><p>ẢNH: B</p>' is 'ông A ẢNH: B'
    (text_content() would glue the name to the credit)."""
    pieces = [element.text or ""]
    for child in element.iterchildren():
        if isinstance(child.tag, str):
            pieces += [_spaced_text(child), " " if child.tag.lower() in _BLOCK_TAGS else ""]
        pieces.append(child.tail or "")
    return "".join(pieces)


_BLOCK_TAGS = frozenset(("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td"))


def _squash(text: str | None) -> str | None:
    return squash_spaces(text) if text else None


def _date(value: str | None) -> datetime | None:
    """The page's date as the outlet's clock shows it (naive, like the stamps read from text)."""
    try:
        when = datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    if when is not None and when.tzinfo is not None:
        when = when.astimezone(LOCAL_TIME).replace(tzinfo=None)
    return when
