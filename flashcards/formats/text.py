"""Plain text and Markdown: paragraphs, with hard-wrapped lines rejoined."""

from __future__ import annotations

import re

from flashcards.encoding import decode
from flashcards.source import Passage, rejoin_lines


def read_text(data: bytes, name: str) -> list[Passage]:
    return [Passage(p, name) for p in rejoin_lines(decode(data))]


def read_markdown(data: bytes, name: str) -> list[Passage]:
    return [Passage(p, name) for p in rejoin_lines(strip_markdown(decode(data)))]


def strip_markdown(text: str) -> str:
    """Keep the readable text of Markdown: drop code, images, link targets and markup."""
    text = re.sub(r"```.*?```", "\n", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>\n]+>", "", text)
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)", "", line)
        if re.fullmatch(r"\s*([-*_]\s*){3,}", line):
            line = ""
        line = re.sub(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
        lines.append(line)
    return "\n".join(lines)
