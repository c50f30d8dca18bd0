"""Selection stage: which words become cards, in which order, taught by which sentences.

Rules (documented in the README):

* Only words made of hanzi are candidates; known words (and their other script) are not.
* ``min_level``/``max_level`` filter on the word's HSK level in the chosen standard. A word
  outside the HSK lists counts as harder than any level: kept by ``min_level``, dropped by
  ``max_level``.
* Order ``frequency``: most frequent in the text first; ``appearance``: first seen first;
  ``level``: lowest HSK level first (outside-HSK last). Ties fall back to first appearance.
* Example sentences (i+1): the sentence with the fewest *other* unknown words, then the
  most natural length (6-30 hanzi), then the earliest.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from flashcards.tokens import TokenizedSentence, WordCount, count_words

ORDERS = ("frequency", "appearance", "level")
NATURAL_LENGTH = (6, 30)
_HANZI = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class SelectionOptions:
    standard: str = "3.0"
    min_level: int | None = None
    max_level: int | None = None
    known: frozenset[str] = frozenset()
    order: str = "frequency"
    limit: int | None = None
    examples: int = 1  # example sentences kept per word (each one a cloze card)


@dataclass(frozen=True)
class SelectedWord:
    word: str
    level: int | None
    count: int
    first: int
    examples: tuple[int, ...] = field(default=())  # positions in the tokenized list


def select_words(
    tokenized: Sequence[TokenizedSentence],
    options: SelectionOptions,
    level_of: Callable[[str], int | None],
    is_known: Callable[[str], bool] | None = None,
) -> list[SelectedWord]:
    """Pick, order and give example sentences to the words worth studying in ``tokenized``."""
    known = is_known or (lambda w: w in options.known)
    counts = count_words(tokenized)
    unknown = {w for w in counts if not known(w)}
    candidates = [counts[w] for w in unknown if _in_band(level_of(w), options)]
    ranked = _order(candidates, options.order, level_of)
    if options.limit is not None:
        ranked = ranked[: options.limit]
    unknown_per_sentence = [len(unknown.intersection(ts.tokens)) for ts in tokenized]
    penalties = [_length_penalty(ts.sentence.text) for ts in tokenized]
    return [
        SelectedWord(
            wc.word,
            level_of(wc.word),
            wc.count,
            wc.first,
            best_examples(wc, unknown_per_sentence, penalties, options.examples),
        )
        for wc in ranked
    ]


def _in_band(level: int | None, options: SelectionOptions) -> bool:
    if level is None:
        return options.max_level is None
    if options.min_level is not None and level < options.min_level:
        return False
    return options.max_level is None or level <= options.max_level


def _order(words: list[WordCount], order: str, level_of: Callable[[str], int | None]) -> list[WordCount]:
    keys: dict[str, Callable[[WordCount], tuple]] = {
        "frequency": lambda wc: (-wc.count, wc.first, wc.word),
        "appearance": lambda wc: (wc.first, wc.word),
        "level": lambda wc: (_level_rank(level_of(wc.word)), -wc.count, wc.first, wc.word),
    }
    return sorted(words, key=keys[order])


def _level_rank(level: int | None) -> int:
    return 99 if level is None else level


def best_examples(
    wc: WordCount,
    unknown_per_sentence: Sequence[int],
    length_penalties: Sequence[int],
    keep: int,
) -> tuple[int, ...]:
    """The ``keep`` best example sentences for a word, as positions in the sentence list.

    Best = fewest other unknown words, then the most natural length, then the earliest.
    ``unknown_per_sentence`` counts the target too, which shifts every candidate equally.
    """
    def score(position: int) -> tuple[int, int, int]:
        return (unknown_per_sentence[position], length_penalties[position], position)

    return tuple(heapq.nsmallest(keep, wc.sentences, key=score))


def _length_penalty(text: str) -> int:
    hanzi = len(_HANZI.findall(text))
    low, high = NATURAL_LENGTH
    return max(0, low - hanzi, hanzi - high)
