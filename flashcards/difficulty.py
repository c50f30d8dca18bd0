"""Sentence difficulty in HSK-level units, from already-segmented tokens.

    >>> levels = {"我": 1, "是": 1, "学生": 1, "喜欢": 1, "打": 1, "篮球": 2}
    >>> def rate(tokens):
    ...     return sentence_difficulty(tokens, levels.get, lambda c: None, lambda w: 3.0).level
    >>> rate(["我", "是", "学生", "。"]), rate(["我", "喜欢", "打篮球", "。"])
    (1, 2)

The score is roughly "the HSK level a reader needs".  It is a small linear model
over what a reader of graded material would name (``FEATURES``):

* the level of the hardest word, as ramps (from 1 to 2, 2 to 3, 3 to 4, 4 to 5 and
  6 to the 7-9 band, each with its own weight), and the level of the second hardest;
* how many distinct words sit at or above levels 4, 5 and the band;
* the grammar points of the HSK 3.0 syllabus found by pattern
  (``flashcards.grammar``): the highest level among them, how many from level 4, and the
  higher of that level and the hardest word's (the level the sentence asks for).

Not length: a sentence's length in hanzi, words, clause marks or grammar points goes
with the label in a grammar-graded set and against it in the word-graded ones, and
left in it costs whichever set is left out (``benchmarks/README.md``, the ablation).
So a long sentence of HSK 1 words reads as HSK 1.

Word levels come from the lookup, not from the raw token:

* jieba emits tokens that are not in any word list (打篮球, 太贵, 包里).  Scoring
  those as "unknown, hardest" grades most beginner sentences at 7.  An unlisted
  token is parsed into the fewest listed words (打 + 篮球) and scores as its
  hardest piece; a free combination (not a dictionary word) scores
  ``decomposed_discount`` below, so it ranks under a listed word of that level.
* The HSK 3.0 band 7-9 lumps 5,600 words together, many of them transparent
  compounds of beginner words (一家人, 坏事, 一眼).  A band word that splits into
  listed words counts at most ``compound_gap`` levels above its hardest part.
* A character in no list (off-list words) takes its character-list level, else a
  level estimated from its frequency.
* Proper names (汤姆, 玛丽) are made of characters no learner is taught as words.
  A token ``is_name`` calls a name (``compounds.is_name``, which analysis passes)
  counts as ``name_level``; when jieba's part-of-speech tags are passed, the bare
  characters of a name-tagged token do; otherwise a name is scored like any unknown word.
* An unlisted token that ``parts`` splits (``compounds.parts``: 一个人 → 一 + 个 + 人)
  is read through those parts, so the compound rules live in one place.
* Punctuation, Latin letters and digits carry no vocabulary and are skipped.

The weights are plain numbers in ``flashcards/data/difficulty_model.json``, fitted
by ``benchmarks/fit_difficulty.py`` on public graded sets (non-negative least
squares: every feature only grows as tokens are added, so a sentence never reads
easier for having more in it) and checked leave-one-set-out; ``benchmarks/README.md``
has the figures and the sources.

Limits: the grammar patterns match markers in order, not a parse; jieba's name
tags are noisy, so names are only capped, never dropped; the training sets hold few
7-9 sentences, so one band word puts a sentence near 6 rather than at 7.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from flashcards.hanzi import HANZI

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
    """The lookup's constants (how a token gets its level) and, optionally, other weights.

    The three lookup constants were chosen on hsk-sentences-audio by a sweep (each moved
    rho by under 0.005); the weights over ``FEATURES`` are fitted by
    ``benchmarks/fit_difficulty.py`` on top of them."""

    compound_gap: float = 2.0
    """A band-7 word made of listed words counts at most this far above its hardest part."""
    decomposed_discount: float = 0.15
    """An unlisted, non-dictionary token parsed into listed words reads this much easier."""
    name_level: float = 2.0
    """Level of a bare (non-word) character inside a token tagged as a proper noun."""
    weights: str | None = None
    """A weights JSON to score with instead of the packaged one (fitting, ablations)."""
    frequency_intercept: float = 14.1
    frequency_slope: float = -2.07
    """Char level ~ intercept + slope * Zipf, fitted on the HSK 3.0 character list;
    used only for characters that ``char_level`` does not know."""


MODEL = DifficultyModel()


def _no_dictionary(word: str) -> bool:
    return False


def _no_parts(word: str) -> Sequence[str] | None:
    return None


def sentence_difficulty(
    tokens: Sequence[str],
    word_level: Callable[[str], int | None],
    char_level: Callable[[str], int | None],
    frequency: Callable[[str], float],
    is_word: Callable[[str], bool] = _no_dictionary,
    *,
    tags: Sequence[str | None] | None = None,
    is_name: Callable[[str], bool] = _no_dictionary,
    parts: Callable[[str], Sequence[str] | None] = _no_parts,
    model: DifficultyModel = MODEL,
    memo: dict[tuple[str, str | None], tuple[int, float]] | None = None,
) -> Difficulty:
    """Score one segmented sentence.

    ``word_level`` and ``char_level`` return an HSK level (1..7) or ``None`` for
    unlisted items; ``frequency`` returns a Zipf-like value (log10 per billion
    words); ``is_word`` says whether a string is a dictionary word (CC-CEDICT).
    ``tags`` are optional jieba.posseg flags aligned with ``tokens``; they only
    serve to recognise proper names, as does ``is_name`` (``compounds.is_name``:
    a whole-token verdict, stricter than jieba's tags).  ``parts`` splits a token
    no list has into the words a learner reads it through (``compounds.parts``:
    一个人 is 一 + 个 + 人, not 一 + 个人); without it, or when it has no split,
    the token is parsed into the fewest listed words.  ``memo``, a dict the caller
    keeps for one text (same callables, same model), remembers each token's hanzi count and
    level: a text repeats its words, and parsing a token is the costly part.
    """
    values = sentence_features(
        tokens, word_level, char_level, frequency, is_word,
        tags=tags, is_name=is_name, parts=parts, model=model, memo=memo,
    )
    if values is None:
        return Difficulty(0.0, 1)
    score = _weights(model.weights).score(values)
    return Difficulty(score, min(BAND, max(1, math.floor(score + 0.5))))


def sentence_features(
    tokens: Sequence[str],
    word_level: Callable[[str], int | None],
    char_level: Callable[[str], int | None],
    frequency: Callable[[str], float],
    is_word: Callable[[str], bool] = _no_dictionary,
    *,
    tags: Sequence[str | None] | None = None,
    is_name: Callable[[str], bool] = _no_dictionary,
    parts: Callable[[str], Sequence[str] | None] = _no_parts,
    model: DifficultyModel = MODEL,
    memo: dict[tuple[str, str | None], tuple[int, float]] | None = None,
) -> tuple[float, ...] | None:
    """The model's inputs, in the order of ``FEATURES``; ``None`` when there is no hanzi.

    Every feature can only grow when tokens are appended (maxima, counts, logs of
    counts), and the fitted weights are non-negative: a sentence never reads easier
    for having more in it.
    """
    levels = word_levels(
        tokens, word_level, char_level, frequency, is_word,
        tags=tags, is_name=is_name, parts=parts, model=model, memo=memo,
    )
    if not levels:
        return None
    ranked = sorted(levels.values(), reverse=True)
    hardest = ranked[0]
    second = ranked[1] if len(ranked) > 1 else 0.0
    from flashcards.grammar import grammar_points

    grammar = sorted((p.level for p in grammar_points(tokens)), reverse=True)
    top_grammar = grammar[0] if grammar else 0
    return (
        second,
        # The hardest word's level as ramps: reaching k from k - 1, so a free combination
        # at 1.7 sits between levels 1 and 2 and each level's step is fitted on its own.
        *(min(1.0, max(0.0, hardest - (k - 1))) for k in _RAMPS),
        *(math.log1p(sum(1 for lv in ranked if lv >= k - _HALF)) for k in _COUNTS),
        float(top_grammar),
        *(1.0 if top_grammar >= k else 0.0 for k in _STEPS),
        math.log1p(sum(1 for lv in grammar if lv >= 4)),
        # What the syllabus grades: a sentence needs its words' level and its grammar's,
        # whichever is higher (a level-5 frame in HSK 2 words still asks for level 5).
        max(hardest, float(top_grammar)),
    )


def word_levels(
    tokens: Sequence[str],
    word_level: Callable[[str], int | None],
    char_level: Callable[[str], int | None],
    frequency: Callable[[str], float],
    is_word: Callable[[str], bool] = _no_dictionary,
    *,
    tags: Sequence[str | None] | None = None,
    is_name: Callable[[str], bool] = _no_dictionary,
    parts: Callable[[str], Sequence[str] | None] = _no_parts,
    model: DifficultyModel = MODEL,
    memo: dict[tuple[str, str | None], tuple[int, float]] | None = None,
) -> dict[str, float]:
    """The level of each distinct word with hanzi (a repeated word is one thing to know),
    as ``sentence_features`` reads them; arguments as for ``sentence_difficulty``.

        >>> word_levels(["我", "喜欢", "打篮球", "。"], {"我": 1, "喜欢": 1, "打": 1, "篮球": 2}.get,
        ...             lambda c: None, lambda w: 3.0)
        {'我': 1.0, '喜欢': 1.0, '打篮球': 1.85}
    """
    if tags is not None and len(tags) != len(tokens):
        raise ValueError(f"{len(tags)} tags for {len(tokens)} tokens")
    lookup = _Lookup(word_level, char_level, frequency, model, is_name, parts)
    memo = {} if memo is None else memo
    levels: dict[str, float] = {}
    for i, token in enumerate(tokens):
        tag = tags[i] if tags is not None else None
        known = memo.get((token, tag))
        if known is None:
            count = sum(1 for ch in token if _is_hanzi(ch))
            level = _token_level(token, tag, lookup, is_word, model) if count else 0.0
            known = memo[token, tag] = (count, level)
        count, level = known
        if count:
            levels[token] = max(level, levels.get(token, 0.0))
    return levels


#: Level thresholds of the grammar step features (7 = the 7-9 band).
_STEPS = (2, 3, 4, 5, 6, 7)
#: Thresholds of the hardest word's ramps and of the word counts.  The others were dropped
#: by ablation (``fit_difficulty.py --ablate``): left in, they cost the left-out sets
#: (the ramp 5 -> 6 is carried by max(hardest word, top grammar)).
_RAMPS = (2, 3, 4, 5, 7)
_COUNTS = (4, 5, 7)
#: A word counts towards "words >= k" from k - 0.5 (free combinations read a little easier).
_HALF = 0.5

FEATURES: tuple[str, ...] = (
    "second hardest word level",
    *(f"hardest reaches {k}" for k in _RAMPS),
    *(f"ln(1 + words >= {k})" for k in _COUNTS),
    "top grammar level",
    *(f"grammar >= {k}" for k in _STEPS),
    "ln(1 + grammar points >= 4)",
    "max(hardest word, top grammar)",
)


@dataclass(frozen=True)
class Weights:
    """A linear score over ``FEATURES``: ``intercept + sum(coef * feature)``."""

    intercept: float
    coefficients: tuple[float, ...]

    def score(self, values: Sequence[float]) -> float:
        return self.intercept + sum(c * v for c, v in zip(self.coefficients, values))


@lru_cache(maxsize=4)
def _weights(path: str | None) -> Weights:
    """Weights from the packaged JSON (``benchmarks/fit_difficulty.py`` writes it), or another file."""
    if path is None:
        text = files("flashcards").joinpath("data", "difficulty_model.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = json.loads(text)
    by_name = data["coefficients"]
    if set(by_name) != set(FEATURES):
        raise ValueError(f"difficulty model {path or 'packaged'} does not match FEATURES")
    return Weights(float(data["intercept"]), tuple(float(by_name[name]) for name in FEATURES))


class _Lookup:
    """Levels of parse pieces: listed words, else characters, else frequency."""

    def __init__(
        self,
        word_level: Callable[[str], int | None],
        char_level: Callable[[str], int | None],
        frequency: Callable[[str], float],
        model: DifficultyModel,
        is_name: Callable[[str], bool] = _no_dictionary,
        parts: Callable[[str], Sequence[str] | None] = _no_parts,
    ) -> None:
        self.word_level = word_level
        self.char_level = char_level
        self.frequency = frequency
        self.model = model
        self.is_name = is_name
        self.parts = parts

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
    if lookup.is_name(token):
        return model.name_level  # a name is read, not learned (and is_name is strict)
    pieces = _split(token, lookup)
    if tag in NAME_TAGS:
        pieces = [(lv if is_listed else min(lv, model.name_level), is_listed) for lv, is_listed in pieces]
    level = max(p[0] for p in pieces)
    if len(pieces) > 1 and not is_word(token):
        # A free combination (打篮球, 太贵) is read through its parts.
        level -= model.decomposed_discount
    return level


def _split(token: str, lookup: _Lookup) -> list[_Piece]:
    """An unlisted token's pieces: the words ``lookup.parts`` names (each parsed in
    turn when this standard does not list it), else the fewest listed words."""
    named = lookup.parts(token)
    if not named or len(named) < 2:
        return _parse(token, lookup, whole=True)
    pieces: list[_Piece] = []
    for part in named:
        listed = lookup.word_level(part)
        pieces.extend([(float(listed), True)] if listed is not None else _parse(part, lookup, whole=True))
    return pieces


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
    return HANZI.match(ch) is not None
