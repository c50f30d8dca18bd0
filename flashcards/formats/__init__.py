"""Input formats: a registry of readers, each turning a file's bytes into text passages.

A reader is ``reader(data: bytes, name: str) -> list[Passage]``: it decodes the bytes (see
``flashcards.encoding``), drops the markup of its format and says where each passage came from
(``Passage.origin``: "film.srt 00:01:02", "book.epub › 第一章"). It raises InputError for input
it cannot read. Readers import their parsing library (pysubs2, selectolax, ebooklib) inside
the function, so choosing a format costs nothing until a file of that format is read.

``html`` keeps a web page's article only; ``html-all`` the whole page (see ``webpage``).

The format comes from ``--format``, else the file's extension, else a look at the content
(stdin, or a name without a known extension), else plain text. A ``.txt`` whose content is
subtitles (cue numbers and timings) is read as subtitles.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from flashcards.errors import OptionError

if TYPE_CHECKING:
    from flashcards.formats.passage import Passage

Reader = Callable[[bytes, str], "list[Passage]"]

# Each format's reader as "module.function", imported when a file of that format is read:
# the CLI lists the names on every run (--help, --format's choices) without loading them.
READERS: dict[str, str] = {
    "txt": "text.read_text",
    "md": "text.read_markdown",
    "html": "webpage.read_html",
    "html-all": "webpage.read_html_all",
    "srt": "subtitles.read_srt",
    "ass": "subtitles.read_ass",
    "vtt": "subtitles.read_vtt",
    "epub": "epub.read_epub",
}
# Other names for the same formats, as extensions or as --format values.
ALIASES = {"text": "txt", "markdown": "md", "htm": "html", "xhtml": "html", "ssa": "ass", "webvtt": "vtt"}

_SRT_START = re.compile(rb"\A\s*\d+\s*\r?\n\s*\d{1,2}:\d\d:\d\d[,.]\d{1,3}\s*-->")


def names() -> tuple[str, ...]:
    """Every format name ``--format`` accepts."""
    return (*READERS, *ALIASES)


def reader(kind: str) -> Reader:
    """The reader of format ``kind`` (a key of READERS)."""
    module, function = READERS[kind].rsplit(".", 1)
    return getattr(importlib.import_module(f"{__name__}.{module}"), function)


def format_for(name: str, data: bytes, explicit: str | None = None) -> str:
    """The format to read ``data`` as: ``explicit``, else by extension, else by content."""
    if explicit:
        kind = _canonical(explicit)
        if kind is None:
            raise OptionError(f"{explicit!r} is not one of {', '.join(names())}", option="input_format")
        return kind
    kind = _canonical(Path(name).suffix.lstrip("."))
    if kind and kind != "txt":
        return kind
    seen = sniff(data)
    if kind == "txt":
        # subtitles saved as .txt ("字幕.txt"): their cue numbers and timings are no text
        return seen if seen in _SUBTITLES else "txt"
    return seen or "txt"


_SUBTITLES = frozenset(("srt", "vtt", "ass"))


def _canonical(kind: str) -> str | None:
    kind = kind.lower()
    kind = ALIASES.get(kind, kind)
    return kind if kind in READERS else None


def sniff(data: bytes) -> str | None:
    """Guess a format from the first bytes; None if it looks like nothing in particular."""
    if data.startswith(b"PK\x03\x04") and b"application/epub+zip" in data[:200]:
        return "epub"
    head = data[:2048].lstrip(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(b"webvtt"):
        return "vtt"
    if head.startswith(b"[script info]"):
        return "ass"
    if _SRT_START.match(head):
        return "srt"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return None
