"""Selection stage: which words become cards, in which order, taught by which sentences.

Rules (documented in the README):

* Only words made of hanzi are candidates; known words (lists, an Anki export, an HSK level:
  see ``known.py``) are not, and they never count as unknown in an example sentence.
* Not candidates either: transparent compounds (一个, 坐在: their parts are) and names (诸葛亮,
  上海) unless ``names`` — the rule lives in ``compounds.py``.
* ``min_level``/``max_level`` filter on the word's HSK level in the chosen standard. A word
  outside the HSK lists counts as harder than any level: kept by ``min_level``, dropped by
  ``max_level``.
* Order ``frequency``: most frequent in the text first; ``appearance``: first seen first;
  ``level``: lowest HSK level first (outside-HSK last). Ties fall back to first appearance.
  ``coverage``: the order that makes the most sentences readable soonest (see
  ``coverage_order``).
* Example sentences (i+1): never a fragment (under 4 hanzi besides the word) while a real
  sentence holds the word, nor a heading or caption (nothing like 。！？ at its end) while a
  finished sentence does; then the sentence with the fewest *other* unknown words, then
  the most natural length (6-30 hanzi), then the earliest.
"""

from __future__ import annotations

import heapq
from array import array
from itertools import compress
from collections.abc import Callable, Collection, Container, Sequence
from dataclasses import dataclass, field

from flashcards.tokens import TokenizedSentence, WordCount, count_words, distinct_in, finished_flags, hanzi_counts

NATURAL_LENGTH = (6, 30)
FRAGMENT = 4  # an example needs at least this many hanzi besides the word


@dataclass(frozen=True)
class SelectionOptions:
    standard: str = "3.0"
    min_level: int | None = None
    max_level: int | None = None
    known: Container[str] = frozenset()  # a frozenset or a known.KnownWords
    order: str = "frequency"
    limit: int | None = None
    examples: int = 1  # example sentences kept per word (each one a cloze card)
    names: bool = False  # names (compounds.is_name) are candidates too


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
    candidates = [counts[w] for w in unknown if _in_band(level_of(w), options) and _studied(w, options)]
    if options.order == "coverage":
        ranked = coverage_order(tokenized, candidates, unknown, options.limit)
    else:
        ranked = _order(candidates, options.order, level_of)[: options.limit]
    # Per sentence, as arrays: a long text has hundreds of thousands of sentences.
    unknown_per_sentence = distinct_in(tokenized, unknown)
    hanzi = hanzi_counts(tokenized)
    ranker = _Ranker(unknown_per_sentence, array("I", map(_penalty, hanzi)), hanzi, finished_flags(tokenized))
    return [
        SelectedWord(wc.word, level_of(wc.word), wc.count, wc.first, ranker.best(wc, options.examples))
        for wc in ranked
    ]


def _studied(word: str, options: SelectionOptions) -> bool:
    """A word worth a note of its own: not a transparent compound, not a name (unless asked)."""
    from flashcards import compounds

    return compounds.parts(word) is None and (options.names or not compounds.is_name(word))


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


def coverage_order(
    tokenized: Sequence[TokenizedSentence],
    candidates: Collection[WordCount],
    unknown: Collection[str],
    limit: int | None = None,
) -> list[WordCount]:
    """Greedy order that makes the most sentences i+1 soonest.

    A sentence is *i+1* when at most one unknown word is left in it. Learning ``w`` turns
    every sentence holding ``w`` and exactly one other unknown word into i+1, so at each step
    we take the candidate with the most such sentences; ties go to the word that makes the
    most sentences fully readable (``w`` is their only unknown word), then to the more
    frequent, then to the first seen. Unknown words that are not candidates (outside the
    level band, past the limit) stay unknown throughout.

    Counts are updated incrementally: learning ``w`` touches only the sentences holding
    ``w`` and the other unknown words in them, and stale heap entries are re-keyed lazily,
    so the whole order costs about O(Σ unknown-per-sentence² · log n), not a rescan of
    every sentence for every word at every step.
    """
    by_word = {wc.word: wc for wc in candidates}
    unknown_in = [set(ts.words.intersection(unknown)) for ts in tokenized]
    gain = dict.fromkeys(by_word, 0)  # sentences that become i+1 when the word is learned
    full = dict.fromkeys(by_word, 0)  # sentences whose only unknown word it is
    for words in unknown_in:
        tally = gain if len(words) == 2 else full if len(words) == 1 else None
        if tally is not None:
            for w in words & by_word.keys():
                tally[w] += 1

    def key(w: str) -> tuple:
        wc = by_word[w]
        return (-gain[w], -full[w], -wc.count, wc.first, w)

    heap = [key(w) for w in by_word]
    heapq.heapify(heap)
    wanted = len(by_word) if limit is None else min(limit, len(by_word))
    order: list[WordCount] = []
    learned: set[str] = set()
    while heap and len(order) < wanted:
        entry = heapq.heappop(heap)
        w = entry[-1]
        if w in learned:
            continue
        if entry != key(w):  # its counts went down since this entry was pushed
            heapq.heappush(heap, key(w))
            continue
        learned.add(w)
        order.append(by_word[w])
        for position in by_word[w].sentences:
            others = unknown_in[position]
            others.discard(w)
            if len(others) == 2:  # was 3: each other word now turns this sentence i+1
                for v in others & gain.keys():
                    gain[v] += 1
                    heapq.heappush(heap, key(v))
            elif len(others) == 1:  # was 2: now i+1; its last word would make it readable
                for v in others & gain.keys():
                    gain[v] -= 1
                    full[v] += 1
    return order


def best_examples(
    wc: WordCount,
    unknown_per_sentence: Sequence[int],
    length_penalties: Sequence[int],
    keep: int,
    hanzi: Sequence[int] | None = None,
) -> tuple[int, ...]:
    """The ``keep`` best example sentences for a word, as positions in the sentence list.

    Best = not a fragment (``hanzi``, the sentences' hanzi counts, less the word's, under
    FRAGMENT), then fewest other unknown words, then the most natural length, then the
    earliest. ``unknown_per_sentence`` counts the target too, which shifts every candidate
    equally.
    """
    return _Ranker(unknown_per_sentence, length_penalties, hanzi).best(wc, keep)


class _Ranker:
    """``best_examples`` for many words over one sentence list: each sentence's rank is one
    int (unknown words, length penalty, position), so choosing among a word's sentences is
    a ``min`` run in C — a frequent word (的) has hundreds of thousands of them."""

    def __init__(self, unknown: Sequence[int], penalties: Sequence[int], hanzi: Sequence[int] | None,
                 finished: bytes | None = None) -> None:
        # Orders like the tuple (unknown, penalty, position), each in as many bits as its
        # largest value needs; 8 bytes a sentence when that fits in 64 bits (it always has).
        low = len(unknown).bit_length()
        mid = low + max(penalties, default=0).bit_length()
        ranks = (u << mid | p << low | i for i, (u, p) in enumerate(zip(unknown, penalties)))
        wide = mid + max(unknown, default=0).bit_length() > 64
        self._rank: Sequence[int] = list(ranks) if wide else array("Q", ranks)
        self._hanzi = hanzi
        self._finished = finished  # per sentence: 1 if it ends as a sentence does
        self._whole: dict[int, bytes] = {}  # word length → per sentence: 1 if no fragment

    def best(self, wc: WordCount, keep: int) -> tuple[int, ...]:
        rank = self._rank.__getitem__
        sentences = wc.sentences
        if self._hanzi is None:
            return tuple(heapq.nsmallest(keep, sentences, key=rank))
        whole = self._whole_for(len(wc.word))
        real = list(compress(sentences, map(whole.__getitem__, sentences)))
        # tiers, each only when the one before runs out: finished sentences, then headings and
        # captions (no 。！？ at their end), then fragments
        tiers = [real]
        if self._finished is not None:
            done = list(compress(real, map(self._finished.__getitem__, real)))
            if done and len(done) < len(real):
                tiers = [done, [p for p in real if not self._finished[p]]]
        if keep == 1 and real:
            return (min(tiers[0], key=rank),)
        chosen: list[int] = []
        for tier in tiers:
            chosen += heapq.nsmallest(keep - len(chosen), tier, key=rank)
        if len(chosen) < keep:  # fragments only when real sentences run out
            fragments = [p for p in sentences if not whole[p]]
            chosen += heapq.nsmallest(keep - len(chosen), fragments, key=rank)
        return tuple(chosen)

    def _whole_for(self, length: int) -> bytes:
        found = self._whole.get(length)
        if found is None:
            assert self._hanzi is not None
            found = self._whole[length] = bytes(n - length >= FRAGMENT for n in self._hanzi)
        return found


def _penalty(hanzi: int) -> int:
    low, high = NATURAL_LENGTH
    return max(0, low - hanzi, hanzi - high)
