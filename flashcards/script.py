"""Simplified and traditional characters: detect a text's script, convert for analysis and display.

The pipeline analyses a *copy* of each sentence in simplified characters (jieba's dictionary,
CC-CEDICT headwords and the HSK lists are all simplified) and keeps the original text for the
cards, as wordfreq analyses a normalised copy and hands back spans of the original. That only
works if the copy has the same length as the original, character for character, so that a
token's span in the copy is its span in the original. OpenCC's t2s and s2t are phrase-aware
but map one character to one character for nearly all text; ``convert`` checks the length and,
where a phrase rule changed it, converts character by character instead.

Limits: s2t is one-to-many (发 → 發/髮, 干 → 乾/幹/干) and OpenCC picks by phrase, so a
simplified text shown in traditional characters can be wrong where OpenCC's phrases are; the
other direction (t2s) is reliable. Regional variants (臺/台, 裏/裡) are not normalised.

>>> convert("我們一起學習", "simplified")
'我们一起学习'
>>> detect_script("我們一起學習中文。")
'traditional'
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice

SIMPLIFIED = "simplified"
TRADITIONAL = "traditional"
SCRIPTS = (SIMPLIFIED, TRADITIONAL)
#: What ``--script`` accepts: one script, or both (the input's first).
DISPLAY_CHOICES = (SIMPLIFIED, TRADITIONAL, "both")

_CONFIGS = {SIMPLIFIED: "t2s", TRADITIONAL: "s2t"}
# Detection reads this much text: enough for a verdict, cheap on a 200 MB file.
_DETECT_CHARS = 200_000
# Full-width ASCII letters and digits (Ａ１) fold to ASCII in the analysis copy so jieba keeps
# "２０２４" together; full-width punctuation (，！？) is ordinary Chinese and stays.
_WIDE_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_lock = threading.Lock()


@lru_cache(maxsize=2)
def _converter(target: str):
    import opencc  # C++ library with its own dictionaries: load only when a text needs it

    with _lock:
        return opencc.OpenCC(_CONFIGS[target])


def convert(text: str, target: str) -> str:
    """``text`` in ``target`` script ("simplified" or "traditional"), with the same length."""
    if not text or text.isascii():
        return text
    if len(text) <= _WORD_CHARS:
        return _convert_word(text, target)
    return _convert(text, target)


#: Texts this short (words, short sentences) are converted once each: a build converts the
#: same words for the lexicon, the glosses and the cards, and one OpenCC call costs ~10 µs.
_WORD_CHARS = 16


@lru_cache(maxsize=1 << 16)
def _convert_word(text: str, target: str) -> str:
    return _convert(text, target)


def _convert(text: str, target: str) -> str:
    if _SURROGATE.search(text):
        return text  # not encodable for OpenCC; decoded input never holds these
    if target == TRADITIONAL:
        # s2t's dictionaries cost 26 MB to load; a cached table of OpenCC's own answers
        # answers the words a deck shows (see flashcards.s2t_table).
        from flashcards import s2t_table

        found = s2t_table.convert(text)
        if found is not None:
            return found
    return opencc_convert(text, target)


def opencc_convert(text: str, target: str) -> str:
    """:func:`convert` asking OpenCC itself (what the s2t table is built from)."""
    if not text or text.isascii() or _SURROGATE.search(text):
        return text
    converter = _converter(target)
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    # A phrase rule changed the length: convert characters one by one, keeping any character
    # whose conversion is not a single character, so spans stay aligned.
    return "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in text)


#: 著 outside the words of zhù "to write; famous" (著名, 著作, 显著, 名著, 所著 …) is the
#: traditional form of 着 (随著, 看著, 意味著, 著急), which text written in simplified
#: characters keeps too (zhwiki's 随著气候); OpenCC leaves it, as 著 is also a simplified
#: character. The analysis reads it as 着, so it is the particle zhe, not zhù "to make known".
_ZHE = re.compile(r"(?<![显名土卓昭原巨专编论遗拙新合译撰所大])著(?![名作称述者录书])")


def _as_zhe(copy: str) -> str:
    return _ZHE.sub("着", copy) if "著" in copy else copy


def analysis_copy(text: str) -> str:
    """The text as the pipeline analyses it: simplified, full-width letters and digits as ASCII.

    Same length as ``text``; identical to it for most simplified text.
    """
    folded = _WIDE_ALNUM.sub(lambda m: chr(ord(m.group()) - 0xFEE0), text)
    copy = _as_zhe(convert(folded, SIMPLIFIED))
    return text if copy == text else copy  # the same object: no second copy of a long text


def analysis_copies(texts: Iterable[str], batch: int = 512) -> Iterator[str]:
    """:func:`analysis_copy` of each text, OpenCC asked once per ``batch`` texts.

    One call per sentence costs more in the binding than in the conversion. Texts are
    joined with newlines, which no OpenCC phrase holds, so no phrase spans two texts and
    each piece comes back as it would alone; a batch that does not split back into pieces
    of the same lengths is converted text by text.
    """
    texts = iter(texts)
    while chunk := list(islice(texts, batch)):
        joined = "\n".join(chunk)
        pieces = None if _SURROGATE.search(joined) or any("\n" in t for t in chunk) else (
            _raw(_WIDE_ALNUM.sub(_narrow, joined)).split("\n")
        )
        if pieces is None or len(pieces) != len(chunk):
            yield from map(analysis_copy, chunk)
            continue
        for text, copy in zip(chunk, pieces):
            if len(copy) != len(text):
                yield analysis_copy(text)
                continue
            copy = _as_zhe(copy)
            yield text if copy == text else copy


def _raw(text: str) -> str:
    # OpenCC itself, without convert's fallback: a piece whose length changed is redone
    # alone, so the others keep their phrase conversion.
    return text if text.isascii() else _converter(SIMPLIFIED).convert(text)


def _narrow(m: re.Match) -> str:
    return chr(ord(m.group()) - 0xFEE0)


def detect_script(text: str) -> str:
    """"traditional" if more characters change under t2s than under s2t, else "simplified".

    Most characters are the same in both scripts; only the ones that differ carry evidence,
    and each script's own characters are exactly those that the *other* conversion changes.
    Comparing the two counts needs no threshold, and a mixed text goes to its majority.
    """
    sample = text[:_DETECT_CHARS]
    if sample.isascii():
        return SIMPLIFIED
    to_simplified = _changed(sample, convert(sample, SIMPLIFIED))
    if not to_simplified:
        return SIMPLIFIED  # no count can beat 0; s2t's dictionaries cost 26 MB to load
    to_traditional = _changed(sample, convert(sample, TRADITIONAL))
    return TRADITIONAL if to_simplified > to_traditional else SIMPLIFIED


def other(script: str) -> str:
    return TRADITIONAL if script == SIMPLIFIED else SIMPLIFIED


def split_like(text: str, pieces: Sequence[str]) -> tuple[str, ...] | None:
    """Cut ``text`` into pieces as long as ``pieces``; None if the lengths do not add up.

    >>> split_like("學習中文", ["学习", "中文"])
    ('學習', '中文')
    """
    if sum(map(len, pieces)) != len(text):
        return None
    out = []
    start = 0
    for piece in pieces:
        out.append(text[start:start + len(piece)])
        start += len(piece)
    return tuple(out)


def _changed(before: str, after: str) -> int:
    if len(before) != len(after):
        return 0
    return sum(1 for a, b in zip(before, after) if a != b)
