"""Plain text and Markdown: paragraphs, with hard-wrapped lines rejoined.

Markdown drops its front matter (YAML between ``---`` lines, TOML between ``+++``): a title,
an author, tags and URLs are not the text. Fenced blocks (``` or ~~~) are code and dropped,
unless they hold Chinese prose: a story pasted into a fence to keep its line breaks, with no
programming language named on the fence.
"""

from __future__ import annotations

import re

from flashcards.encoding import decode
from flashcards.errors import InputError, mention
from flashcards.formats.passage import HANZI as _HANZI, Passage, rejoin_lines

_FRONT_MATTER = re.compile(r"\A\ufeff?(?:---[ \t]*\n.*?\n(?:---|\.\.\.)|\+\+\+[ \t]*\n.*?\n\+\+\+)[ \t]*(?:\n|\Z)", re.S)
# An opening fence, its info string, its body and a closing fence of the same kind (or the
# end of the file, as CommonMark has it).
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})([^\n]*)\n(.*?)(?:^[ ]{0,3}\1[`~]*[ \t]*$|\Z)", re.S | re.M)
# Info strings that say the block is text, not code.
_PROSE_INFO = frozenset({"", "text", "txt", "plain", "plaintext", "md", "markdown", "zh", "chinese", "poem", "quote"})
# A fenced block is prose when hanzi are at least this share of its non-space characters.
_PROSE_SHARE = 0.5


def read_text(data: bytes, name: str) -> list[Passage]:
    return [Passage(p, name) for p in rejoin_lines(decode(data))]


def read_markdown(data: bytes, name: str) -> list[Passage]:
    text = decode(data)
    passages = [Passage(p, name) for p in rejoin_lines(strip_markdown(text))]
    if not any(_HANZI.search(p.text) for p in passages) and _HANZI.search(text):
        raise InputError(f"{name}: no Chinese text found outside code blocks and front matter "
                         f"({mention('input_format')} txt reads the file as it is)")
    return passages


def strip_front_matter(text: str) -> str:
    """Drop a YAML (``---``) or TOML (``+++``) block at the very top of a Markdown file."""
    return _FRONT_MATTER.sub("", text, count=1)


def _fence(match: re.Match) -> str:
    info, body = match.group(2).strip().lower(), match.group(3)
    language = info.split()[0] if info else ""
    visible = re.sub(r"\s", "", body)
    if language in _PROSE_INFO and visible and len(_HANZI.findall(visible)) >= _PROSE_SHARE * len(visible):
        return "\n" + body + "\n"
    return "\n"


def strip_markdown(text: str) -> str:
    """Keep the readable text of Markdown: drop code, images, link targets and markup.

    Every pattern stops at the next character that could open another match (a "[" inside
    link text, a "*" inside emphasis, a line end): hostile input such as "_a " repeated must
    cost linear time, not a scan to the end of the line from every opener.
    """
    text = _FENCE.sub(_fence, strip_front_matter(text))
    text = re.sub(r"`[^`\n]*`", "", text)
    text = re.sub(r"!\[[^\[\]\n]*\]\([^()\n]*\)", "", text)
    text = re.sub(r"\[([^\[\]\n]*)\]\([^()\n]*\)", r"\1", text)
    text = re.sub(r"<[^<>\n]+>", "", text)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", "", line)
        if re.fullmatch(r"\s*([-*_]\s*){3,}", line):
            line = ""
        for emphasis in _EMPHASIS:
            line = emphasis.sub(r"\1", line)
        lines.append(line)
    return "\n".join(lines)


# **strong**, __strong__, ~~struck~~, *em*, _em_, strongest first: the delimiters hug
# non-space text that does not hold the delimiter itself.
_EMPHASIS = tuple(
    re.compile(rf"{d}(?=\S)((?:[^{c}]|{c}(?!{c}))+?)(?<=\S){d}") for d, c in ((r"\*\*", r"\*"), ("__", "_"), ("~~", "~"))
) + tuple(re.compile(rf"{d}(?=\S)([^{d}]+?)(?<=\S){d}") for d in (r"\*", "_"))
