"""Token stage output: each sentence with its words, and per-word statistics over the text."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from flashcards.segment import is_hanzi_word, segmenter
from flashcards.sentences import Sentence


@dataclass(frozen=True)
class TokenizedSentence:
    sentence: Sentence
    tokens: tuple[str, ...]

    @cached_property  # asked per word by selection; works on a frozen dataclass (no slots)
    def words(self) -> frozenset[str]:
        """The distinct Chinese words of the sentence (punctuation, Latin, numbers dropped)."""
        return frozenset(t for t in self.tokens if is_hanzi_word(t))


@dataclass(frozen=True)
class WordCount:
    word: str
    count: int             # occurrences in the whole text
    first: int             # index of the first sentence it appears in
    sentences: tuple[int, ...]  # indexes of the sentences it appears in, in order


def tokenize(sentences: Sequence[Sentence], user_dict: Path | None = None) -> list[TokenizedSentence]:
    words = segmenter(user_dict).words_many([s.text for s in sentences])
    return [TokenizedSentence(s, tuple(w)) for s, w in zip(sentences, words)]


def count_words(tokenized: Sequence[TokenizedSentence]) -> dict[str, WordCount]:
    """Per distinct Chinese word: frequency, first appearance and the sentences holding it."""
    counts: Counter[str] = Counter()
    where: defaultdict[str, list[int]] = defaultdict(list)
    for position, ts in enumerate(tokenized):
        counts.update(ts.tokens)
        for token in set(ts.tokens):
            where[token].append(position)
    return {
        w: WordCount(w, n, where[w][0], tuple(where[w]))
        for w, n in counts.items()
        if is_hanzi_word(w)
    }
