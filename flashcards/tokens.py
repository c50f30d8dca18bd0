"""Token stage output: each sentence with its words, and per-word statistics over the text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flashcards.segment import is_hanzi_word, segmenter
from flashcards.sentences import Sentence


@dataclass(frozen=True)
class TokenizedSentence:
    sentence: Sentence
    tokens: tuple[str, ...]

    @property
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
    seg = segmenter(user_dict)
    return [TokenizedSentence(s, tuple(seg.words(s.text))) for s in sentences]


def count_words(tokenized: Sequence[TokenizedSentence]) -> dict[str, WordCount]:
    """Per distinct Chinese word: frequency, first appearance and the sentences holding it."""
    counts: dict[str, int] = {}
    where: dict[str, list[int]] = {}
    for position, ts in enumerate(tokenized):
        for token in ts.tokens:
            if not is_hanzi_word(token):
                continue
            counts[token] = counts.get(token, 0) + 1
            places = where.setdefault(token, [])
            if not places or places[-1] != position:
                places.append(position)
    return {w: WordCount(w, counts[w], where[w][0], tuple(where[w])) for w in counts}
