"""Sentence stage: passages → sentences, the unit of examples, cloze cards and sentence audio."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from flashcards.source import Document

#: A "sentence" longer than this (a run-on line with no punctuation, a table) is cut at
#: clause marks, then by length: nobody studies a 2,000-character cloze card.
MAX_SENTENCE_CHARS = 160

_CLOSERS = "」』”’）)】》〉\"'"
# A sentence ends after 。！？；… (full-width or ASCII), any run of them ("？！", "……"),
# and any closing quotes or brackets that follow; ASCII "." only after a hanzi, since
# "3.14" and "e.g." are not sentence ends.
_END = re.compile(
    r"(?:[。！？；…!?;．｡]+|(?<=[\u4e00-\u9fff])\.(?!\d))[" + re.escape(_CLOSERS) + r"]*"
)
_CLAUSE = re.compile(r"[，,、：:]")
_HAS_WORDS = re.compile(r"[\w\u3400-\u9fff]")


@dataclass(frozen=True)
class Sentence:
    text: str    # as in the source, trimmed
    origin: str  # where it came from (file, chapter, timestamp)
    index: int   # position in the whole input, 0-based: "first appearance" order
    script: str = "simplified"  # the script of its document: "simplified" or "traditional"
    paragraph: int = 0  # number of its passage in the whole input: reports keep paragraphs


def split_sentences(text: str) -> list[str]:
    """Split one passage into sentences, keeping closing quotes with their sentence.

    >>> split_sentences('他说：“你好。”我笑了！真的吗？')
    ['他说：“你好。”', '我笑了！', '真的吗？']
    """
    pieces: list[str] = []
    for line in text.split("\n"):
        start = 0
        for match in _END.finditer(line):
            pieces.append(line[start:match.end()])
            start = match.end()
        pieces.append(line[start:])
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if piece and _HAS_WORDS.search(piece):
            out.extend(_cap_length(piece))
        elif piece and out and len(out[-1]) + len(piece) <= MAX_SENTENCE_CHARS:
            # Stray punctuation belongs to the sentence before it (within the length cap:
            # "。 。 。 …" repeated must not grow one sentence without bound).
            out[-1] += piece
    return out


def _cap_length(sentence: str) -> list[str]:
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    parts: list[str] = []
    current = ""
    for clause in re.split(r"(?<=[，,、：:])", sentence):
        if current and len(current) + len(clause) > MAX_SENTENCE_CHARS:
            parts.append(current)
            current = ""
        current += clause
    if current:
        parts.append(current)
    # A clause still too long (no punctuation at all) is cut into fixed slices.
    return [p[i:i + MAX_SENTENCE_CHARS] for p in parts for i in range(0, len(p), MAX_SENTENCE_CHARS)]


def document_sentences(documents: Iterable[Document]) -> list[Sentence]:
    """All sentences of all documents, numbered in reading order."""
    out: list[Sentence] = []
    passages = 0
    for document in documents:
        for passage in document.passages:
            for text in split_sentences(passage.text):
                out.append(Sentence(text, passage.origin, len(out), document.script, passages))
            passages += 1
    return out
