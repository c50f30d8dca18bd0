"""EPUB: the book's documents in spine (reading) order, each passage's origin its chapter.

The origin reads "book.epub › 第一章 出发": the chapter's title from the table of contents,
else the document's first heading or <title>, else its file name. The navigation document
(the table of contents itself) is skipped. Each document's text is read like a web page
(see ``webpage``): scripts, styles and hidden elements dropped.

An EPUB is a zip: before ebooklib unpacks everything into memory, the declared sizes are
checked, so a zip bomb is refused instead of exhausting memory.
"""

from __future__ import annotations

import io
import posixpath
import warnings
import zipfile

from flashcards.errors import InputError
from flashcards.formats.webpage import decode_html, parse_page
from flashcards.formats.passage import MAX_INPUT_BYTES, Passage

_MAX_UNPACKED = 4 * MAX_INPUT_BYTES
_MAX_ENTRIES = 100_000


def read_epub(data: bytes, name: str) -> list[Passage]:
    book = _open(data)
    titles = _toc_titles(book.toc)
    passages: list[Passage] = []
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or _is_navigation(item):
            continue
        page = parse_page(decode_html(item.get_content()))
        href = item.get_name()
        title = titles.get(href) or titles.get(posixpath.basename(href)) or page.title or posixpath.basename(href)
        origin = f"{name} › {' '.join(title.split())}"
        passages.extend(Passage(p, origin) for p in page.paragraphs)
    return passages


def _open(data: bytes):
    _check_zip(data)
    from ebooklib import epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns about its own future defaults
            return epub.read_epub(io.BytesIO(data), options={"ignore_ncx": False})
    except Exception as e:  # ebooklib passes on zipfile, lxml and KeyError failures as they come
        raise InputError(f"not a readable EPUB ({type(e).__name__}: {e})") from None


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError("not an EPUB (not a zip archive)") from None
    if len(entries) > _MAX_ENTRIES or sum(e.file_size for e in entries) > _MAX_UNPACKED:
        raise InputError("EPUB unpacks to more than the size limit (a zip bomb?)")


def _is_navigation(item) -> bool:
    from ebooklib import epub

    return isinstance(item, epub.EpubNav) or "nav" in (getattr(item, "properties", None) or [])


def _toc_titles(toc) -> dict[str, str]:
    """File name → the first table-of-contents title pointing into it (also by base name:
    the TOC's links are relative to the TOC document, which may sit in another folder)."""
    titles: dict[str, str] = {}
    stack = [toc]
    while stack:
        entry = stack.pop()
        if isinstance(entry, (list, tuple)):
            stack.extend(reversed(entry))
            continue
        href = getattr(entry, "href", None) or getattr(entry, "file_name", None) or ""
        title = " ".join((getattr(entry, "title", None) or "").split())
        href = href.split("#", 1)[0]
        if href and title:
            titles.setdefault(href, title)
            titles.setdefault(posixpath.basename(href), title)
    return titles
