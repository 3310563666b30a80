"""Web pages: a saved HTML news page → the article's plain text and metadata, via trafilatura.

trafilatura finds the main text and drops menus, sidebars, related links and comment forms; it
also reads the headline, date and author from the page's metadata. It drops figure captions,
which in these articles often name who chaired or spoke, so those are read here from the page
itself. The result is laid out as the plain-text articles are (headline, paragraphs, captions)
and goes through the same cleaning and extraction.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime

from hoinghi.transforms.text import squash_spaces

# An HTML page, not text that happens to contain a '<': a doctype, an <html>/<body> tag, or markup.
_HTML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_MARKUP_RE = re.compile(r"</(?:p|div|span|a|li|td|h[1-6])>|<br\s*/?>", re.I)
# Elements that are page furniture, whatever the CMS: their captions are not the article's.
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "form", "script", "style", "noscript")
_CAPTION_XPATH = (
    "//figcaption"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"
    " | //*[contains(@class, 'image_desc') or contains(@class, 'img-caption') or contains(@class, 'PhotoCMS_Caption')]"
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Fewer words than this is a menu, an error page or a gallery, not an article.
MIN_ARTICLE_WORDS = 20


class PageError(ValueError):
    """An HTML page without an article in it; the message says what to do."""


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    published_at: datetime | None = None
    authors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Page:
    text: str  # the article in the plain-text layout: headline, paragraphs, captions
    meta: PageMeta


def looks_like_html(text: str) -> bool:
    """True for an HTML document, or text with enough markup to be one (HTML saved as .txt)."""
    head = text[:5000]
    return bool(_HTML_START_RE.match(head)) or len(_MARKUP_RE.findall(head)) >= 5


def read_page(html: str) -> Page:
    """Main text, captions and metadata of a news page; PageError when it has no article text."""
    import trafilatura  # imported here: it is slow to import and only pages need it

    doc = trafilatura.bare_extraction(
        html,
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
    meta = PageMeta(
        title=_squash(doc.title),
        published_at=_date(doc.date),
        authors=[a for a in (_squash(x) for x in (doc.author or "").split(";")) if a],
    )
    lines = [_squash(line) for line in doc.text.split("\n")]
    lines = [line for line in lines if line]
    if meta.title and lines and lines[0] != meta.title:
        lines.insert(0, meta.title)  # the headline is the first line of a plain-text article
    lines += [c for c in _captions(html) if not any(c in line for line in lines)]
    return Page(text="\n\n".join(lines), meta=meta)


def _captions(html: str) -> list[str]:
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return []
    for element in tree.xpath("|".join(f"//{tag}" for tag in _FURNITURE_TAGS)):
        element.drop_tree()
    captions = []
    for element in tree.xpath(_CAPTION_XPATH):
        text = _squash(element.text_content())
        if text and text not in captions:
            captions.append(text)
    return captions


def _squash(text: str | None) -> str | None:
    return squash_spaces(text) if text else None


def _date(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
