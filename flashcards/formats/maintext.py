"""A web page's article without its menus, share buttons, related links, comments and footer.

Main-content extraction is readability-lxml's (Apache-2.0, a port of Arc90's Readability),
chosen over trafilatura on 16 real Chinese news, encyclopedia and blog pages
(``benchmarks/eval_maintext.py``): median boilerplate 0% vs 2% of the headwords, worst 27% vs
64%, article recall at least 96% on 15 of 16 pages vs 14 of 16. Its result keeps the link lists
that sit inside the article's container ("related", "more from"), so blocks that are mostly
link text, or whose class or id names a related-links, share, breadcrumb, byline,
disclaimer or copyright box, are dropped after it. It is imported only when a page is read.

Hidden elements are removed before the extractor sees the page (``webpage.visible_markup``),
and its result is HTML, so the paragraphs are then read by our own page reader: the same
whitespace, line and hard-wrap rules as a whole page.
"""

from __future__ import annotations

import re

from flashcards.formats.passage import HANZI as _HANZI

# Fewer hanzi than this in what the extractor kept: it found no article (a list page, an
# index), and the whole page is more useful than a caption.
MIN_ARTICLE_HANZI = 20
# A block whose text is at least this share link text is a list of links, not prose.
_LINK_SHARE = 0.5
_LINK_BLOCKS = frozenset("p li dt dd h1 h2 h3 h4 h5 h6 tr ul ol dl".split())
_SPACE = re.compile(r"\s+")
# Class and id words of the boxes that readability keeps beside the article when they share
# its container: related and recommended reading (Chinese sites name them in pinyin
# initials: tjyd 推荐阅读, xgyd 相关阅读), share and QR-code boxes (ewm 二维码), the
# breadcrumb, the date-and-source line, disclaimers (shenming 声明) and copyright notes.
_BOILERPLATE_NAMES = frozenset(
    "related recommend recommended tjyd xgyd rmtj member share sharing social comment comments "
    "breadcrumb breadcrumbs crumb crumbs website location info meta byline shenming statement disclaimer "
    "copyright banquan ewm qrcode footer toolbar tags keywords pager pagination".split()
)
_NAME_PIECES = re.compile(r"[\s_-]+")


def main_html(markup: str) -> str | None:
    """The article of a page as HTML, or None when the extractor finds none."""
    from readability import Document  # lxml-based: only when a page is read

    try:
        article = Document(markup).summary(html_partial=True)
    except Exception:  # readability and lxml raise many kinds on odd markup: "nothing found"
        return None
    article = _without_link_lists(article)
    if len(_HANZI.findall(article)) < MIN_ARTICLE_HANZI:
        return None
    return article


def _without_link_lists(article: str) -> str:
    """Drop the blocks that are mostly link text: related links and "more" lists that
    readability keeps when they sit inside the article's container."""
    from selectolax.lexbor import LexborHTMLParser

    from flashcards.formats.webpage import prune

    tree = LexborHTMLParser(article)
    root = tree.body.child if tree.body is not None else None  # the article's own container stays
    prune(tree.root, lambda node: node is not root and (
        _named_boilerplate(node) or node.tag in _LINK_BLOCKS and _mostly_links(node)))
    return tree.body.html if tree.body is not None else ""


def _named_boilerplate(node) -> bool:
    attributes = node.attributes
    if not attributes:
        return False
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    return not _BOILERPLATE_NAMES.isdisjoint(_NAME_PIECES.split(names))


def _mostly_links(node) -> bool:
    text = len(_SPACE.sub("", node.text(deep=True)))
    linked = sum(len(_SPACE.sub("", a.text(deep=True))) for a in node.css("a"))
    return text > 0 and linked >= _LINK_SHARE * text
