"""Plain text and Markdown: paragraphs, with hard-wrapped lines rejoined."""

from __future__ import annotations

import re

from flashcards.encoding import decode
from flashcards.formats.passage import Passage, rejoin_lines


def read_text(data: bytes, name: str) -> list[Passage]:
    return [Passage(p, name) for p in rejoin_lines(decode(data))]


def read_markdown(data: bytes, name: str) -> list[Passage]:
    return [Passage(p, name) for p in rejoin_lines(strip_markdown(decode(data)))]


def strip_markdown(text: str) -> str:
    """Keep the readable text of Markdown: drop code, images, link targets and markup.

    Every pattern stops at the next character that could open another match (a "[" inside
    link text, a "*" inside emphasis, a line end): hostile input such as "_a " repeated must
    cost linear time, not a scan to the end of the line from every opener.
    """
    text = re.sub(r"```.*?```", "\n", text, flags=re.S)
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
