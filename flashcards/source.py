"""Source stage: a file (or stdin) → a Document of text passages, each knowing its origin.

Plain text and Markdown are handled here. Lines hard-wrapped inside a sentence are rejoined
(see ``rejoin_lines``), so the sentence splitter sees whole sentences.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from flashcards.encoding import decode
from flashcards.errors import InputError

#: Refuse inputs larger than this: a deck from 200 MB of text is a mistake, not a deck.
MAX_INPUT_BYTES = 200 * 1024 * 1024

_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TERMINAL = "。！？；…!?;．"
_CLOSERS = "」』”’）)】》〉\"'"
# Characters that cannot begin a sentence: a paragraph starting with one continues the last.
_NO_START = set("于的地得了着过们吗呢吧啊，、。；：！？")
# Words a sentence cannot stop on: a paragraph ending in one is cut mid-sentence.
# Discourse openers: a short first clause made of one of these starts a new sentence.
_OPENERS = frozenset(
    "首先 其次 然后 最后 此外 另外 因此 所以 但是 可是 然而 不过 其实 同时 当时 现在 目前 如今 "
    "早期 后来 之后 此前 此刻 随后 总之 例如 比如 比方 当然 显然 毕竟 而且 并且 那么 于是 第一 第二 "
    "第三 一是 二是 三是 今天 明天 昨天 今年 去年 最近 过去 未来 起初 原来 本来 也许 或许 可见".split()
)
_DANGLING = ("的", "和", "与", "及", "或", "或者", "对", "在", "把", "被", "从", "向", "给", "将", "是",
             "可以", "这种", "那种", "一个", "因为", "所以", "但是", "而", "并", "并且", "为", "以")


@dataclass(frozen=True)
class Passage:
    """A run of text from one place in a source (a paragraph, a subtitle event, a chapter)."""

    text: str
    origin: str  # shown to the learner as the note's source: "file.txt", "film.srt 00:01:02"


@dataclass(frozen=True)
class Document:
    name: str  # the file name ("-" → "stdin")
    passages: tuple[Passage, ...]


def read_document(path: str | Path, format: str | None = None) -> Document:
    """Read one input (``"-"`` = stdin) into a Document. Raises InputError."""
    name, data = _read_bytes(path)
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    text = decode(data)
    kind = (format or _format_from_name(name)).lower()
    if kind in ("md", "markdown"):
        text = strip_markdown(text)
    elif kind not in ("txt", "text"):
        raise InputError(f"{name}: unsupported format {kind!r} (expected txt or md)")
    if not _HANZI.search(text):
        raise InputError(f"{name}: no Chinese text found")
    passages = tuple(Passage(p, name) for p in rejoin_lines(text))
    return Document(name, passages)


def _read_bytes(path: str | Path) -> tuple[str, bytes]:
    if str(path) == "-":
        return "stdin", sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    p = Path(path)
    name = p.name
    try:
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not a text file")
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{path}: file too large ({size // 2**20} MB; limit {MAX_INPUT_BYTES // 2**20} MB)")
        return name, p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None


def _format_from_name(name: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    return {"markdown": "md", "md": "md"}.get(suffix, "txt")


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
        # A heading or list item is a unit of its own: mark it so rejoining keeps it apart.
        lines.append(line)
    return "\n".join(lines)


def rejoin_lines(text: str) -> list[str]:
    """Split text into paragraphs, rejoining lines that a hard wrap broke mid-sentence.

    Within a block of consecutive lines, a line that does not end a sentence continues on the
    next one, unless the block is a list of short unpunctuated lines (verse, a list, lyrics).
    Across a blank line, a paragraph is joined to the next only on positive evidence that it
    was cut: it already holds a finished sentence and ends in a fragment, it ends on a word a
    sentence cannot stop on, or the next paragraph starts with a character that cannot begin
    a sentence or with a clause too short to stand alone. A heading (no final punctuation,
    followed by an ordinary paragraph) stays a unit of its own.
    """
    blocks = [_join_block(b) for b in re.split(r"\n\s*\n", text)]
    blocks = [b for b in blocks if b]
    paragraphs: list[str] = []
    for block in blocks:
        if paragraphs and _was_cut(paragraphs[-1], block):
            paragraphs[-1] = _glue(paragraphs[-1], block)
        else:
            paragraphs.append(block)
    return paragraphs


def _join_block(block: str) -> str:
    lines = [line.strip() for line in block.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    if len(lines) > 1 and all(not _has_punctuation(line) for line in lines):
        return "\n".join(lines)  # verse or list: each line its own unit
    out = lines[0]
    for line in lines[1:]:
        out = _glue(out, line) if not _ends_sentence(out) else out + "\n" + line
    return out


def _was_cut(prev: str, nxt: str) -> bool:
    if _ends_sentence(prev) or "\n" in prev:
        return False
    if any(ch in _TERMINAL for ch in prev[:-1]):
        return True  # "……的过程。通过这种" — a finished sentence, then a fragment
    if prev.endswith(_DANGLING) or nxt[0] in _NO_START:
        return True
    first_clause = re.split(r"[，,、。！？；：:]", nxt, maxsplit=1)[0]
    if len(first_clause) <= 3 and len(nxt) > len(first_clause) and first_clause not in _OPENERS:
        return True  # "下沉，电商平台……" — too short to open a sentence
    return len(nxt) <= 12 and _ends_sentence(nxt) and not _ends_sentence(prev)


def _glue(left: str, right: str) -> str:
    """Join two pieces of one sentence: no space between hanzi, one between Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return left + " " + right
    return left + right


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINAL or line.endswith(("：", ":"))


def _has_punctuation(line: str) -> bool:
    return bool(re.search(r"[，。！？；：、,.!?;:]", line))
