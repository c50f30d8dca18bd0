"""Token stage: sentences → words, with a private jieba Tokenizer.

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

import logging
import re
import threading
import warnings
from functools import lru_cache
from pathlib import Path

from flashcards.cachedir import cache_dir

_HANZI_ONLY = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
_MAX_MERGE_PIECES = 4
_MAX_MERGE_CHARS = 6
# Function words that glue onto neighbours to form accidental CC-CEDICT entries.
_PARTICLES = frozenset("的了着过地得是在不没也都就还又很和与及或被把对从向给让这那个们吗呢吧啊么")
_lock = threading.Lock()


@lru_cache(maxsize=1 << 17)
def is_hanzi_word(token: str) -> bool:
    """True for tokens made only of Chinese characters — the only ones that become cards."""
    return bool(_HANZI_ONLY.match(token))


class Segmenter:
    """Words of a sentence. One per user dictionary; create through ``segmenter()``."""

    def __init__(self, user_dict: Path | None = None) -> None:
        self._tokenizer = _new_tokenizer(user_dict)
        self._user_words = _read_user_words(user_dict) if user_dict else frozenset()
        # Per distinct token, decided once: texts repeat their words thousands of times.
        self._split_cache: dict[str, bool] = {}
        self._merge_cache: dict[str, bool] = {}

    def words(self, sentence: str) -> list[str]:
        tokens: list[str] = []
        for token in self._tokenizer.lcut(sentence):
            if self._needs_split(token):
                tokens.extend(self._tokenizer.lcut(token, HMM=False))
            else:
                tokens.append(token)
        return self._merge(tokens)

    def _needs_split(self, token: str) -> bool:
        """Only jieba's HMM knows this word: no dictionary of ours has it."""
        flag = self._split_cache.get(token)
        if flag is None:
            from flashcards import lexicon

            flag = (
                len(token) > 1
                and is_hanzi_word(token)
                and token not in self._user_words
                and self._tokenizer.FREQ.get(token, 0) <= 0
                and not lexicon.is_word(token)
            )
            self._split_cache[token] = flag
        return flag

    def _mergeable(self, token: str) -> bool:
        flag = self._merge_cache.get(token)
        if flag is None:
            flag = self._merge_cache[token] = is_hanzi_word(token) and token not in _PARTICLES
        return flag

    def _merge(self, tokens: list[str]) -> list[str]:
        from flashcards import lexicon

        is_word = lexicon.is_word
        out: list[str] = []
        i, n = 0, len(tokens)
        while i < n:
            end = i + 1
            if self._mergeable(tokens[i]):
                joined = tokens[i]
                for j in range(i + 1, min(n, i + _MAX_MERGE_PIECES)):
                    if not self._mergeable(tokens[j]):
                        break
                    joined += tokens[j]
                    if len(joined) > _MAX_MERGE_CHARS:
                        break
                    if is_word(joined):
                        end = j + 1  # keep looking: the longest run wins
            out.append(tokens[i] if end == i + 1 else "".join(tokens[i:end]))
            i = end
        return out


@lru_cache(maxsize=8)
def segmenter(user_dict: Path | None = None) -> Segmenter:
    """A cached Segmenter: jieba's dictionary loads once per process and user dictionary."""
    with _lock:
        return Segmenter(user_dict)


def _new_tokenizer(user_dict: Path | None):
    with warnings.catch_warnings():
        # jieba 0.42 imports pkg_resources and has invalid escapes: not our users' problem.
        warnings.simplefilter("ignore")
        import jieba
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir())
    tokenizer.cache_file = "jieba.cache"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tokenizer.initialize()
        if user_dict:
            tokenizer.load_userdict(str(user_dict))
    return tokenizer


def _read_user_words(path: Path) -> frozenset[str]:
    words = set()
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.strip().split()
        if parts:
            words.add(parts[0])
    return frozenset(words)
