"""Token stage: sentences → words: jieba's tokens (see ``flashcards.cutter``), corrected.

jieba's default dictionary lacks many compounds that CC-CEDICT has (区块链 comes out as
区块 + 链, 数字货币 as 数字 + 货币), and its HMM invents words for unknown runs (很长).
Two corrections, both driven by CC-CEDICT, make the tokens better card headwords:

* **merge**: a run of 2-4 adjacent hanzi tokens whose concatenation is a CC-CEDICT headword
  becomes one token, unless one of the pieces is a grammatical particle (的 了 是 在 …),
  because those join words by accident (一个人 "by oneself" from 一个 + 人). The longest run
  wins, scanning left to right.
* **split**: a token that only jieba's HMM knows (in no dictionary we have) is re-cut with
  jieba's dictionary alone, so 很长 becomes 很 + 长 and 长 gets its own reading, cháng.
"""

from __future__ import annotations

import re
from bisect import bisect_right
import sys
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from flashcards.cutter import Cutter

_HANZI_ONLY = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
_MAX_MERGE_PIECES = 4
_MAX_MERGE_CHARS = 6
# Function words that glue onto neighbours to form accidental CC-CEDICT entries.
_PARTICLES = frozenset("的了着过地得是在不没也都就还又很和与及或被把对从向给让这那个们吗呢吧啊么")
_lock = threading.Lock()
_MERGEABLE, _STARTS = 1, 2  # token flags: may join a run; may begin one
_HEADWORD, _CONTINUES = 1, 2  # run states: is a headword; a longer headword starts with it


@lru_cache(maxsize=1 << 17)
def is_hanzi_word(token: str) -> bool:
    """True for tokens made only of Chinese characters — the only ones that become cards."""
    return bool(_HANZI_ONLY.match(token))


class Segmenter:
    """Words of a sentence. One per user dictionary; create through ``segmenter()``."""

    def __init__(self, user_dict: Path | None = None) -> None:
        self._cutter = Cutter(user_dict)
        self._user_words = self._cutter.user_words
        # Decided once per distinct string: texts repeat their words thousands of times.
        self._pieces: dict[str, tuple[str, ...]] = {}  # jieba token -> our tokens (split or not)
        self._flags: dict[str, int] = {}  # our token -> _MERGEABLE | _STARTS
        self._joins: dict[str, int] = {}  # run of tokens -> _HEADWORD | _CONTINUES

    def words(self, sentence: str) -> list[str]:
        pieces = self._pieces
        tokens: list[str] = []
        for token in self._cutter.cut(sentence, True):
            found = pieces.get(token)
            if found is None:
                found = self._pieces_of(token)
            tokens += found
        return self._merge(tokens)

    def words_many(self, sentences: Sequence[str]) -> list[list[str]]:
        """``words`` for each sentence.

        (Until rjieba, long texts were cut in a forked second process; with segmentation
        30x faster the fork's start-up and pickling cost about what it saved.)
        """
        words = self.words
        return [words(s) for s in sentences]

    def _pieces_of(self, token: str) -> tuple[str, ...]:
        """A jieba token as our tokens: re-cut if only the HMM knows it, each piece interned.

        One string object per distinct word: jieba makes a new one per occurrence, and a
        long text has millions of occurrences of a few ten thousand words.
        """
        cut = self._cutter.cut(token, False) if self._needs_split(token) else (token,)
        found = self._pieces[token] = tuple(sys.intern(p) for p in cut)
        for piece in found:
            if piece not in self._flags:
                mergeable = is_hanzi_word(piece) and piece not in _PARTICLES
                starts = mergeable and _continues(piece)
                self._flags[piece] = (_MERGEABLE if mergeable else 0) | (_STARTS if starts else 0)
        return found

    def _needs_split(self, token: str) -> bool:
        """Only jieba's HMM knows this word: no dictionary of ours has it."""
        from flashcards import lexicon

        return (
            len(token) > 1
            and is_hanzi_word(token)
            and token not in self._user_words
            and not self._cutter.has_word(token)
            and not lexicon.is_word(token)
        )

    def _join(self, joined: str) -> int:
        from flashcards import cedict

        state = 0
        if len(joined) <= _MAX_MERGE_CHARS:
            if joined in cedict.headwords():
                state |= _HEADWORD
            if len(joined) < _MAX_MERGE_CHARS and _continues(joined):
                state |= _CONTINUES
        self._joins[joined] = state
        return state

    def _merge(self, tokens: list[str]) -> list[str]:
        # The hot loop of the whole build: one dictionary lookup per token, and a run is
        # extended only while some headword still starts with it.
        flags, joins = self._flags, self._joins
        out: list[str] = []
        append = out.append
        i, n = 0, len(tokens)
        while i < n:
            token = tokens[i]
            i += 1
            if not flags[token] & _STARTS or i == n:
                append(token)
                continue
            joined, j, end = token, i, i
            stop = i + _MAX_MERGE_PIECES - 1
            if stop > n:
                stop = n
            while j < stop:
                nxt = tokens[j]
                if not flags[nxt] & _MERGEABLE:
                    break
                joined += nxt
                j += 1
                state = joins.get(joined)
                if state is None:
                    state = self._join(joined)
                if state & _HEADWORD:
                    end = j  # keep looking: the longest run wins
                if not state & _CONTINUES:
                    break
            if end == i:
                append(token)
            else:
                append(sys.intern("".join(tokens[i - 1 : end])))
                i = end
        return out


def _continues(prefix: str) -> bool:
    """Some CC-CEDICT headword is longer than ``prefix`` and starts with it."""
    from flashcards import cedict

    keys = cedict.sorted_headwords()
    i = bisect_right(keys, prefix)  # the keys starting with prefix sort right after it
    return i < len(keys) and keys[i].startswith(prefix)


@lru_cache(maxsize=8)
def segmenter(user_dict: Path | None = None) -> Segmenter:
    """A cached Segmenter: jieba's dictionary loads once per process and user dictionary."""
    with _lock:
        return Segmenter(user_dict)
