"""A web page's article without its menus, share buttons, related links, comments and footer.

Main-content extraction is readability-lxml's (Apache-2.0, a port of Arc90's Readability),
chosen over trafilatura on 16 real Chinese news, encyclopedia and blog pages
(``benchmarks/eval_maintext.py``): median boilerplate 0% vs 2% of the headwords, worst 27% vs
64%, article recall at least 96% on 15 of 16 pages vs 14 of 16. Its result keeps the link lists
that sit inside the article's container ("related", "more from"), so blocks that are mostly
link text, or whose class or id names a related-links, share, breadcrumb, byline,
disclaimer or copyright box, are dropped after it, and so are elements that are only a
control's label (字号, 分享, 返回顶部) or a date-and-source line (2019-08-13 来源：…). It is imported only when a page is read.

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
# Controls a page prints beside its article, each the whole text of its element: the font
# size switch, print, share, favourite, report, back-to-top, previous and next.
_UI_LABELS = frozenset(
    "字号 字体 大 中 小 打印 分享 分享到 收藏 评论 举报 纠错 返回顶部 返回 扫一扫 上一篇 下一篇 "
    "点赞 在看 阅读原文 复制链接 微信 微博 QQ空间 朋友圈".split()
)
# The date-and-source line (2019-08-13 14:07来源：澎湃新闻, 作者：…, 责任编辑：…): no sentence.
_BYLINE = re.compile(
    r"^\s*(?:\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
    r"(?:来源|作者|编辑|责任编辑|责编|记者|发布时间|时间)\s*[：:]"
)
_BYLINE_MAX = 80  # characters: a paragraph longer than this is prose that begins so


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
        _named_boilerplate(node) or node.tag in _LINK_BLOCKS and _mostly_links(node) or _chrome(node)))
    return tree.body.html if tree.body is not None else ""


def _chrome(node) -> bool:
    """A control's label (字号, 分享) or a date-and-source line, as the element's whole text."""
    if node.tag not in ("p", "div", "span", "li", "a", "button"):
        return False
    text = _SPACE.sub("", node.text(deep=True))
    return text in _UI_LABELS or len(text) <= _BYLINE_MAX and bool(_BYLINE.match(text))


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
