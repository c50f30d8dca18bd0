"""HTML: the text a reader of the page sees, one passage per block (paragraph, heading, cell).

A web page (``html``) is read for its article only: main-content extraction (``maintext``)
drops menus, related links, comments and footers first; when it finds no article, the whole
page is read and a one-line warning says so. ``html-all`` reads the whole page, as an e-book's
documents are read too.

Dropped: script, style, noscript, template, the head, embedded objects and forms' option
lists, and elements marked hidden (``hidden``, ``display:none``). Block elements end a
paragraph, ``<br>`` ends a line. Whitespace collapses as a browser collapses it, except that
a line break between two Chinese characters is a hard wrap in the source and disappears.

Parsing is selectolax's lexbor (an HTML5 parser: unclosed tags, entities, raw-text elements
behave as in a browser). Lexbor's time grows with the square of block nesting depth
(``<div>`` × 40,000 takes ~17 s), so a page nested deeper than any real one is read by a
plain linear tag scanner instead, which drops the same elements, hidden ones included.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flashcards.encoding import decode
from flashcards.formats.notices import warn
from flashcards.formats.passage import HANZI as _HANZI, Passage, rejoin_lines

_DROP = frozenset(
    "script style noscript template head svg math iframe object embed canvas select textarea".split()
)
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li listing main menu nav "
    "ol p pre section summary table tbody td tfoot th thead title tr ul".split()
)
# Block elements that nest in the parser's stack (p, li, dd, dt close themselves).
_NESTING = _BLOCK - {"p", "li", "dd", "dt", "hr", "tr", "td", "th", "tbody", "thead", "tfoot", "html", "body", "title"}
_MAX_NESTING = 400
_HEADINGS = ("h1", "h2", "h3")

_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WRAP_IN_CJK = re.compile(rf"(?<=[{_CJK}])[^\S\n]*\n\s*(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_DECLARED = (
    re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I),
    re.compile(rb"<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I),
)
# [^<>]* rather than [^>]*: a "<" with no ">" after it must not scan to the end of the file
# (at every such "<", which is quadratic).
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>")
_HIDDEN_ATTRIBUTE = re.compile(r"""(?:^|\s)hidden(?:\s*=|\s|/|$)|style\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)
# Elements that never have a closing tag: hidden or not, there is nothing to skip to.
_SELF_CLOSING = frozenset("p li dd dt".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


@dataclass(frozen=True)
class Page:
    title: str | None  # the first h1-h3, else <title>
    paragraphs: list[str]


def read_html(data: bytes, name: str) -> list[Passage]:
    """A web page's article (see ``maintext``); the whole page, with a warning, if none is found."""
    from flashcards.formats.maintext import main_html

    markup = decode_html(data)
    if _nesting_depth(markup) > _MAX_NESTING:
        return _whole_page(_scan_page(markup), f"{name}: page nested too deeply to find its article", name)
    article = main_html(visible_markup(markup))
    if article is None:
        return _whole_page(parse_page(markup), f"{name}: found no article in the page", name)
    return [Passage(p, name) for p in parse_page(article).paragraphs]


def _whole_page(page: Page, why: str, name: str) -> list[Passage]:
    """Fall back to the whole page, saying so, unless it holds no Chinese either: then the
    one line the learner sees is the error that follows, not a warning before it."""
    if any(_HANZI.search(p) for p in page.paragraphs):
        warn(f"{why}; reading the whole page (as --format html-all)")
    return [Passage(p, name) for p in page.paragraphs]


def read_html_all(data: bytes, name: str) -> list[Passage]:
    """Every visible paragraph of a page: menus, comments and footers included."""
    return [Passage(p, name) for p in parse_page(decode_html(data)).paragraphs]


def visible_markup(markup: str) -> str:
    """The page without the elements a reader never sees (scripts, styles, hidden ones)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    prune(tree.root, lambda node: (node.tag or "") != "head" and (node.tag or "") in _DROP or _hidden(node))
    return tree.html or ""


def prune(top, doomed: Callable[[Any], bool]) -> None:
    """Remove ``top`` and every element under it (selectolax nodes) for which ``doomed`` is true.

    Found first and removed after, outermost only: a node inside one already removed is
    gone with it. Iterative, so a page nested thousands deep cannot exhaust the stack.
    """
    found = []
    stack = [top] if top is not None else []
    while stack:
        node = stack.pop()
        if doomed(node):
            found.append(node)
            continue
        child = node.child
        while child is not None:
            if child.tag and not child.tag.startswith("-"):
                stack.append(child)
            child = child.next
    for node in found:
        node.decompose()


def decode_html(data: bytes) -> str:
    """Decode a page, using its ``<meta charset>`` or XML declaration as evidence. U+FFFD
    (a character some earlier tool could not decode) is dropped: it says nothing to read."""
    head = data[:4096]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            return decode(data, declared=match.group(1).decode("ascii")).replace("\ufffd", "")
    return decode(data).replace("\ufffd", "")


def parse_page(markup: str) -> Page:
    if _nesting_depth(markup) > _MAX_NESTING:
        return _scan_page(markup)
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    return Page(_title(tree), _paragraphs(tree.root))


def _title(tree) -> str | None:
    for selector in (*_HEADINGS, "title"):
        node = tree.css_first(selector)
        if node is not None:
            text = _collapse(node.text(deep=True))
            if text:
                return text
    return None


def _paragraphs(root) -> list[str]:
    """Walk the tree without recursion (hostile pages nest deeply), collecting block texts."""
    out = _Blocks()
    stack = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            out.end_block(node.tag == "pre")
            continue
        tag = node.tag
        if tag == "-text":
            out.text(node.text_content or "")
            continue
        if tag is None or tag.startswith(("-", "!")) or tag in _DROP or _hidden(node):
            continue  # comments, doctype, dropped and hidden elements
        if tag == "br":
            out.line_break()
            continue
        if tag in _BLOCK:
            out.end_block()
            out.in_pre += tag == "pre"
            stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    out.end_block()
    return out.paragraphs


def _hidden(node) -> bool:
    attributes = node.attributes
    if not attributes:
        return False
    return "hidden" in attributes or bool(_HIDDEN_STYLE.search(attributes.get("style") or ""))


class _Blocks:
    """Text of the current block, as lines; finished blocks become paragraphs."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.lines: list[list[str]] = [[]]
        self.in_pre = 0

    def text(self, text: str) -> None:
        if self.in_pre and "\n" in text:
            first, *rest = text.split("\n")
            self.lines[-1].append(first)
            self.lines.extend([piece] for piece in rest)
        else:
            self.lines[-1].append(text)

    def line_break(self) -> None:
        self.lines.append([])

    def end_block(self, leaving_pre: bool = False) -> None:
        lines = [_collapse("".join(parts)) for parts in self.lines]
        block = "\n".join(line for line in lines if line)
        if block:
            self.paragraphs.extend(rejoin_lines(block))
        self.lines = [[]]
        self.in_pre -= leaving_pre


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", _WRAP_IN_CJK.sub("", text)).strip()


def _nesting_depth(markup: str) -> int:
    """The deepest nesting of block elements, counted from tags alone (an upper bound)."""
    depth = deepest = 0
    for match in _TAG.finditer(markup):
        tag = match.group(2).lower()
        if tag in _NESTING:
            depth += -1 if match.group(1) else 1
            deepest = max(deepest, depth)
    return deepest


def _scan_page(markup: str) -> Page:
    """A linear reading of a page too deeply nested for the parser: tags only, no tree.

    Dropped and hidden elements are skipped to their end tag, counting the same tag's
    nesting inside them (a hidden <div> holds more <div>s); p, li, dd, dt also end where the
    next one of their kind opens, as a parser closes them.
    """
    markup = _strip_comments(markup)
    out = _Blocks()
    skipping: str | None = None  # inside a dropped or hidden element: its tag
    depth = 0  # how deep in elements of that tag
    position = 0
    for match in _TAG.finditer(markup):
        closing, tag, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if skipping is None:
            out.text(html.unescape(markup[position:match.start()]))
        position = match.end()
        if skipping is not None:
            if tag != skipping:
                continue
            if closing:
                depth -= 1
            elif depth == 1 and tag in _SELF_CLOSING:
                depth = 0  # <p hidden>…<p>: the new one closes the hidden one, and is read
            else:
                depth += 1
                continue
            if depth:
                continue
            skipping = None
            if closing:
                continue
        if closing:
            if tag in _BLOCK:
                out.end_block()
        elif tag in _DROP or tag not in _VOID and _hidden_attributes(attributes):
            skipping, depth = tag, 1
        elif tag == "br":
            out.line_break()
        elif tag in _BLOCK:
            out.end_block()
    if skipping is None:
        out.text(html.unescape(markup[position:]))
    out.end_block()
    return Page(None, out.paragraphs)


def _hidden_attributes(attributes: str) -> bool:
    """The attributes of a start tag mark it hidden (``hidden``, ``display:none``)."""
    for match in _HIDDEN_ATTRIBUTE.finditer(attributes):
        if match.group(1) is None or _HIDDEN_STYLE.search(match.group(1)):
            return True
    return False


def _strip_comments(markup: str) -> str:
    pieces = []
    position = 0
    while True:
        start = markup.find("<!--", position)
        if start < 0:
            pieces.append(markup[position:])
            break
        pieces.append(markup[position:start])
        end = markup.find("-->", start + 4)
        if end < 0:
            break  # an unclosed comment runs to the end, as in a browser
        position = end + 3
    return "".join(pieces)
