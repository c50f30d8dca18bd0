"""Sentence difficulty in HSK-level units, from already-segmented tokens.

    >>> levels = {"我": 1, "是": 1, "学生": 1, "打": 1, "篮球": 3}
    >>> d = sentence_difficulty(["我", "打篮球", "。"], levels.get, lambda c: None, lambda w: 3.0)
    >>> d.level, round(d.score, 1)
    (3, 2.7)

The score is roughly "the HSK level a reader needs": a sentence is as hard as
the hardest word in it.  Graded sentence sets rank that way: a sentence written
for HSK 5 is an HSK 1-3 frame around one HSK 5 word, so averaging over the
words would blur exactly the signal that decides its level.  What makes the
plain maximum fail in practice is the *lookup*, not the aggregation:

* jieba emits tokens that are not in any word list (打篮球, 太贵, 包里).  Scoring
  those as "unknown, hardest" grades most beginner sentences at 7.  An unlisted
  token is parsed into the fewest listed words (打 + 篮球) and scores as its
  hardest piece; a free combination (not a dictionary word) scores
  ``decomposed_discount`` below, so it ranks under a listed word of that level.
* The HSK 3.0 band 7-9 lumps 5,600 words together, many of them transparent
  compounds of beginner words (一家人, 坏事, 一眼).  A band word that splits into
  listed words counts at most ``compound_gap`` levels above its hardest part.
* Proper names (汤姆, 玛丽) are made of characters no learner is taught as words.
  When jieba's part-of-speech tags are passed, the bare characters of a name
  count as ``name_level``; without tags a name is scored like any unknown word.
* Punctuation, Latin letters and digits carry no vocabulary and are skipped.

Only sentences longer than ``long_sentence`` hanzi get a length term.  On graded
sentence sets every tie-breaker tried (length, second-hardest word, soft
maximum, mean of the top two) lowered the rank correlation, since a longer
sentence is likelier to hold a hard word by accident; but a 60-character
sentence of easy words is still harder to read than 我是学生, and the sets hold
too few long sentences to say otherwise.  The discount and the length term
each cost under 0.005 of rho on the sets; they order sentences within a level.

Constants were chosen on the hsk-sentences-audio set and checked on two others;
``benchmarks/fit_difficulty.py`` reproduces the search and the ablation, and
``benchmarks/eval_difficulty.py`` reports the figures.

Limits: grammar is invisible here, so a sentence graded for a construction
(莫非……不成) but written with easy words scores low; jieba's name tags are
noisy, so names are only capped, never dropped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: HSK 3.0 levels 7, 8 and 9 share one word list; word lists report them as 7.
BAND = 7

#: jieba part-of-speech flags for person, place, organisation and other proper nouns.
NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})

#: Longest substring looked up when parsing an unlisted token.
_MAX_PIECE = 8


@dataclass(frozen=True)
class Difficulty:
    """How hard a sentence is to read.

    ``score`` is continuous and in HSK-level units: about 1 for 我是学生。, about
    the level of the hardest word otherwise, 0.0 when there is nothing to read.
    ``level`` is ``score`` rounded into 1..7, where 7 stands for the 7-9 band.
    """

    score: float
    level: int


@dataclass(frozen=True)
class DifficultyModel:
    """The tunable constants; ``benchmarks/fit_difficulty.py`` explains each value."""

    compound_gap: float = 2.0
    """A band-7 word made of listed words counts at most this far above its hardest part."""
    decomposed_discount: float = 0.3
    """An unlisted, non-dictionary token parsed into listed words reads this much easier."""
    name_level: float = 2.0
    """Level of a bare (non-word) character inside a token tagged as a proper noun."""
    long_sentence: int = 30
    """Hanzi count beyond which length adds difficulty."""
    length_weight: float = 0.5
    """Levels added per e-fold of hanzi beyond ``long_sentence``."""
    frequency_intercept: float = 14.1
    frequency_slope: float = -2.07
    """Char level ~ intercept + slope * Zipf, fitted on the HSK 3.0 character list;
    used only for characters that ``char_level`` does not know."""


MODEL = DifficultyModel()


def _no_dictionary(word: str) -> bool:
    return False


def sentence_difficulty(
    tokens: Sequence[str],
    word_level: Callable[[str], int | None],
    char_level: Callable[[str], int | None],
    frequency: Callable[[str], float],
    is_word: Callable[[str], bool] = _no_dictionary,
    *,
    tags: Sequence[str | None] | None = None,
    model: DifficultyModel = MODEL,
    memo: dict[tuple[str, str | None], tuple[int, float]] | None = None,
) -> Difficulty:
    """Score one segmented sentence.

    ``word_level`` and ``char_level`` return an HSK level (1..7) or ``None`` for
    unlisted items; ``frequency`` returns a Zipf-like value (log10 per billion
    words); ``is_word`` says whether a string is a dictionary word (CC-CEDICT).
    ``tags`` are optional jieba.posseg flags aligned with ``tokens``; they only
    serve to recognise proper names. ``memo``, a dict the caller keeps for one
    text (same callables, same model), remembers each token's hanzi count and
    level: a text repeats its words, and parsing a token is the costly part.
    """
    if tags is not None and len(tags) != len(tokens):
        raise ValueError(f"{len(tags)} tags for {len(tokens)} tokens")
    lookup = _Lookup(word_level, char_level, frequency, model)
    memo = {} if memo is None else memo
    hardest = None
    hanzi = 0
    for i, token in enumerate(tokens):
        tag = tags[i] if tags is not None else None
        known = memo.get((token, tag))
        if known is None:
            count = sum(1 for ch in token if _is_hanzi(ch))
            level = _token_level(token, tag, lookup, is_word, model) if count else 0.0
            known = memo[token, tag] = (count, level)
        count, level = known
        if not count:
            continue
        hanzi += count
        hardest = level if hardest is None else max(hardest, level)
    if hardest is None:
        return Difficulty(0.0, 1)
    score = hardest + model.length_weight * max(0.0, math.log(hanzi / model.long_sentence))
    return Difficulty(score, min(BAND, max(1, math.floor(score + 0.5))))


class _Lookup:
    """Levels of parse pieces: listed words, else characters, else frequency."""

    def __init__(
        self,
        word_level: Callable[[str], int | None],
        char_level: Callable[[str], int | None],
        frequency: Callable[[str], float],
        model: DifficultyModel,
    ) -> None:
        self.word_level = word_level
        self.char_level = char_level
        self.frequency = frequency
        self.model = model

    def char(self, ch: str) -> float:
        listed = self.word_level(ch)
        if listed is None:
            listed = self.char_level(ch)
        if listed is not None:
            return float(listed)
        # An unlisted character is usually rare, but a character list may be
        # missing altogether (other standards); frequency degrades gracefully.
        m = self.model
        estimate = m.frequency_intercept + m.frequency_slope * self.frequency(ch)
        return min(float(BAND), max(1.0, estimate))


# A parse piece: its level and whether it is a listed word (as opposed to a
# bare character, which inside a name is name material rather than vocabulary).
_Piece = tuple[float, bool]


def _token_level(
    token: str, tag: str | None, lookup: _Lookup, is_word: Callable[[str], bool], model: DifficultyModel
) -> float:
    listed = lookup.word_level(token)
    if listed is not None:
        level = float(listed)
        if level >= BAND and len(token) > 1:
            # Only a compound of listed *words* is transparent: 蛋白质 is 蛋 + 白 + the
            # bare character 质, and protein is not beginner vocabulary.
            pieces = _parse(token, lookup, whole=False)
            if len(pieces) > 1 and all(is_listed for _, is_listed in pieces):
                level = min(level, max(p[0] for p in pieces) + model.compound_gap)
        return level
    pieces = _parse(token, lookup, whole=True)
    if tag in NAME_TAGS:
        pieces = [(lv if is_listed else min(lv, model.name_level), is_listed) for lv, is_listed in pieces]
    level = max(p[0] for p in pieces)
    if len(pieces) > 1 and not is_word(token):
        # A free combination (打篮球, 太贵) is read through its parts.
        level -= model.decomposed_discount
    return level


def _parse(token: str, lookup: _Lookup, *, whole: bool) -> list[_Piece]:
    """Split ``token`` into the fewest listed words, single characters as a last
    resort; among equally short parses take the easiest.  Non-hanzi are skipped.

    ``whole=False`` forbids the token itself as a piece (to see a listed
    compound through its parts).
    """
    n = len(token)
    # best[j] = (pieces, hardest level, parse) for token[:j]
    best: list[tuple[int, float, list[_Piece]] | None] = [(0, 0.0, [])] + [None] * n
    for j in range(1, n + 1):
        for i in range(max(0, j - _MAX_PIECE), j):
            prev = best[i]
            if prev is None or (not whole and i == 0 and j == n):
                continue
            piece = token[i:j]
            if j - i == 1:
                if not _is_hanzi(piece):
                    best[j] = _better(best[j], (prev[0], prev[1], prev[2]))
                    continue
                listed = lookup.word_level(piece)
                entry: _Piece = (float(listed), True) if listed is not None else (lookup.char(piece), False)
            else:
                listed = lookup.word_level(piece)
                if listed is None:
                    continue
                entry = (float(listed), True)
            best[j] = _better(best[j], (prev[0] + 1, max(prev[1], entry[0]), prev[2] + [entry]))
    final = best[n]
    return final[2] if final is not None else []


def _better(
    old: tuple[int, float, list[_Piece]] | None, new: tuple[int, float, list[_Piece]]
) -> tuple[int, float, list[_Piece]]:
    return new if old is None or new[:2] < old[:2] else old


def _is_hanzi(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3134F
