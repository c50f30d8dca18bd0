"""EPUB: the book's documents in spine (reading) order, each passage's origin its chapter.

The origin reads "book.epub › 第一章 出发": the chapter's title from the table of contents,
else the document's first heading or <title>, else its file name. The navigation document
(the table of contents itself) is skipped, and so is front and back matter that is not the
book's text: documents the EPUB's landmarks (EPUB 3) or guide (EPUB 2) call a cover, table
of contents, copyright page, colophon, imprint or index, or that say so themselves
(``epub:type`` on their body or a section), and short documents that read like a copyright
page (an ISBN or 版权所有 with a price, a publisher, a print run). Each document's text is
read like a whole web page (see ``webpage``): scripts, styles and hidden elements dropped. The
document's bytes are read as stored in the zip, not as ebooklib re-parses them (lxml's parser
cuts a document nested 255 deep, and the chapter comes out empty).

An EPUB is a zip: before ebooklib unpacks everything into memory, the declared sizes are
checked, so a zip bomb is refused instead of exhausting memory.
"""

from __future__ import annotations

import io
import posixpath
import re
import warnings
import zipfile

from flashcards.errors import InputError
from flashcards.formats.webpage import decode_html, parse_page
from flashcards.formats.passage import MAX_INPUT_BYTES, Passage

_MAX_UNPACKED = 4 * MAX_INPUT_BYTES
_MAX_ENTRIES = 100_000
# Landmark and guide types of what is not the book's text (EPUB 3 structural semantics;
# EPUB 2 guide types are the same words, "title-page" and the like aside).
_MATTER = frozenset({"cover", "toc", "copyright-page", "colophon", "imprint", "index", "loi", "lot"})
_EPUB_TYPE = re.compile(rb"<(?:body|section)\b[^>]*?epub:type\s*=\s*[\"']([^\"']*)[\"']", re.I)
_LANDMARK = re.compile(
    r"<a\b[^>]*?(?:epub:type\s*=\s*[\"']([^\"']*)[\"'][^>]*?href\s*=\s*[\"']([^\"'#]*)"
    r"|href\s*=\s*[\"']([^\"'#]*)[^\"']*[\"'][^>]*?epub:type\s*=\s*[\"']([^\"']*)[\"'])",
    re.I,
)
# What a copyright page says: an ISBN or a rights notice, plus the print details around it.
_RIGHTS = re.compile(r"ISBN[\s:：-]*[\dXx]|版权所有|版權所有|All rights reserved", re.I)
_IMPRINT = re.compile(r"定\s*[价價]|出版社|出版發行|出版发行|印\s*刷|开\s*本|開\s*本|印\s*张|印\s*張|字\s*数|字\s*數|版\s*次|印\s*次|CIP|书\s*号|書\s*號")
_MAX_IMPRINT_CHARS = 3000


def read_epub(data: bytes, name: str) -> list[Passage]:
    book = _open(data)
    titles = _toc_titles(book.toc)
    matter = _matter_files(book)
    passages: list[Passage] = []
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or _is_navigation(item) or _is_matter(item, matter):
            continue
        page = parse_page(decode_html(item.content or b""))
        if _reads_like_imprint(page.paragraphs):
            continue
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

    return isinstance(item, (epub.EpubNav, epub.EpubCoverHtml)) or "nav" in (getattr(item, "properties", None) or [])


def _matter_files(book) -> set[str]:
    """Files (relative to the package document, as item names are) that the guide or the
    landmarks call front or back matter."""
    files = {posixpath.normpath(ref.get("href", "").split("#", 1)[0])
             for ref in getattr(book, "guide", None) or [] if ref.get("type", "").lower() in _MATTER}
    for item in book.get_items():
        if not _is_navigation(item) or not item.content:
            continue
        folder = posixpath.dirname(item.get_name())
        markup = item.content.decode("utf-8", errors="replace")
        for match in _LANDMARK.finditer(markup):
            types = (match.group(1) or match.group(4) or "").lower().split()
            href = match.group(2) if match.group(1) is not None else match.group(3)
            if href and _MATTER.intersection(types):
                files.add(posixpath.normpath(posixpath.join(folder, href)))
    files.discard(".")
    return files


def _is_matter(item, matter: set[str]) -> bool:
    if posixpath.normpath(item.get_name()) in matter:
        return True
    head = (item.content or b"")[:8192]
    return any(_MATTER.intersection(m.group(1).decode("ascii", "replace").lower().split())
               for m in _EPUB_TYPE.finditer(head))


def _reads_like_imprint(paragraphs: list[str]) -> bool:
    """A short document with a rights notice and at least two print details (定价, 出版社, 开本…)."""
    text = "\n".join(paragraphs)
    return (len(text) <= _MAX_IMPRINT_CHARS and _RIGHTS.search(text) is not None
            and len({m.group().replace(" ", "") for m in _IMPRINT.finditer(text)}) >= 2)


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
