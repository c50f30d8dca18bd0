"""Sentence stage: passages → sentences, the unit of examples, cloze cards and sentence audio."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from flashcards.formats.passage import OPENERS
from flashcards.hanzi import HANZI
from flashcards.source import Document

#: A "sentence" longer than this (a run-on line with no punctuation, a table) is cut at
#: clause marks, then by length: nobody studies a 2,000-character cloze card.
MAX_SENTENCE_CHARS = 160

_CLOSERS = "」』”’）)】》〉\"'"
# A sentence ends after 。！？；… (full-width or ASCII), any run of them ("？！", "……"),
# and any closing quotes or brackets that follow; ASCII "." only after a hanzi, since
# "3.14" and "e.g." are not sentence ends. A straight quote closes once: of ？"" the second
# opens the next speaker's turn (狼问："那是个人吗？""不是，"狐狸回答).
_END = re.compile(
    r"(?:[。！？；…!?;．｡]+|(?<=[\u4e00-\u9fff…])\.+(?!\d))[" + re.escape(_CLOSERS.replace('"', "")) + r"]*\"?"
    # one quoted turn closing where the next opens (真是不容易”“谢谢关心……”): two sentences
    r"|[”」』](?=[“「『])"
    # a run of tildes between words, as online posts end a sentence (…承诺之旅~~很感人的…)
    r"|[~～]{2,}(?=[\u4e00-\u9fff])"
)
# "……", "..." (and "…" alone): a pause as often as an end. It ends a sentence only where
# something shows a new one begins: the line ends, a quote closes, a quote opens, or the
# next words open a sentence (a discourse opener, a subject pronoun).
_ELLIPSIS = re.compile(r"…+|[….]{2,}")
_OPENING_QUOTES = "“「『‘\"'"
_SUBJECTS = ("我们", "你们", "他们", "她们", "咱们", "大家", "我", "你", "他", "她", "您")
# Footnote and citation markers: circled, parenthesised and dotted numbers (①, ⑵, ⒈, ❶),
# bracketed numbers ([1], [2-3], ［4］, 〔5〕) and superscript digits after text (爱罗先珂¹).
_FOOTNOTE = re.compile(
    r"[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]"
    r"|\s*(?:\[\d{1,3}(?:\s*[-–,，、]\s*\d{1,3})*\]|［\d{1,3}］|〔\d{1,3}〕)"
    r"|(?<=[\u4e00-\u9fff。，、；：！？”」』）])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"
)
_CLAUSE = re.compile(r"[，,、：:]")
_OPENING_MARKS = "，,、；;"
_HAS_WORDS = re.compile(r"[\w\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)  # slots: a long text has hundreds of thousands
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
        line = strip_footnotes(line)
        start = 0
        inside = _embedded_quotes(line) if "“" in line or "「" in line else ()
        for match in _END.finditer(line):
            if _ELLIPSIS.fullmatch(match.group()) and not _new_sentence_after(line, match.end()):
                continue
            if match.group() == "．" and _decimal_point(line, match.start()):
                continue
            if any(a < match.start() < b for a, b in inside):
                continue
            pieces.append(line[start:match.end()])
            start = match.end()
        pieces.append(line[start:])
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        if piece[:1] in _OPENING_MARKS and _HAS_WORDS.search(piece):
            piece = piece.lstrip("".join(_OPENING_MARKS) + " ")  # "。," in a post: no sentence opens on a comma
        if piece and _HAS_WORDS.search(piece):
            out.extend(_cap_length(piece))
        elif piece and out and len(out[-1]) + len(piece) <= MAX_SENTENCE_CHARS:
            # Stray punctuation belongs to the sentence before it (within the length cap:
            # "。 。 。 …" repeated must not grow one sentence without bound).
            out[-1] += piece
    return out


def strip_footnotes(text: str) -> str:
    """Remove footnote and citation markers: they are not words to learn or to hear.

    >>> strip_footnotes("爱罗先珂⑵君说[1]，这是①真的。")
    '爱罗先珂君说，这是真的。'
    """
    return _FOOTNOTE.sub("", text)


#: A quotation longer than this is speech of its own, split as any text is.
_EMBEDDED_QUOTE_CHARS = 40
_QUOTE_PAIRS = {"“": "”", "「": "」"}


def _embedded_quotes(line: str) -> list[tuple[int, int]]:
    """Spans (opening quote, closing quote) of short quotations the sentence goes on after:
    面对记者“领导什么时候来？发布会还开不开？”等询问 is one sentence, whose quoted questions
    end nothing; nor does “你去哪儿？”他问。 (a fragment 他问。 is no example). Speech after a
    colon (他说：“你好。”我笑了) is a turn of its own and keeps its ends."""
    spans = []
    for i, ch in enumerate(line):
        close = _QUOTE_PAIRS.get(ch)
        if close is None or line[i - 1 : i] in ("：", ":"):
            continue
        j = line.find(close, i + 1)
        if j < 0 or j - i > _EMBEDDED_QUOTE_CHARS:
            continue
        after = line[j + 1 : j + 2]
        if after and (HANZI.match(after) or _CLAUSE.match(after)):
            spans.append((i, j + 1))
    return spans


def _decimal_point(line: str, at: int) -> bool:
    """A full-width stop between digits (16．6亿, 204 ．7万) is a decimal point, no end."""
    before = line[:at].rstrip(" ")
    return bool(before) and before[-1] in _DIGITS and line[at + 1 : at + 2] in _DIGITS


_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _new_sentence_after(line: str, end: int) -> bool:
    rest = line[end:].lstrip()
    return not rest or rest[0] in _OPENING_QUOTES or rest.startswith(_SUBJECTS) or any(
        rest.startswith(opener) for opener in OPENERS
    )


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
    return list(each_document_sentence(documents))


def each_document_sentence(documents: Iterable[Document]) -> Iterator[Sentence]:
    """``document_sentences`` one at a time: a long text's tokenizing need not hold them all."""
    index = passages = 0
    for document in documents:
        for passage in document.passages:
            for text in split_sentences(passage.text):
                yield Sentence(text, passage.origin, index, document.script, passages)
                index += 1
            passages += 1
