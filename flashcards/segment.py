"""Token stage: sentences → words, with a private jieba Tokenizer.

jieba's default dictionary lacks many compounds that CC-CEDICT has (区块链 comes out as
区块 + 链, 数字货币 as 数字 + 货币), and its HMM invents words for unknown runs (很长).
Two corrections, both driven by CC-CEDICT, make the tokens better card headwords:

* **merge**: a run of 2-4 adjacent hanzi tokens whose concatenation is a CC-CEDICT headword
  becomes one token, unless one of the pieces is a grammatical particle (的 了 是 在 …),
  because those join words by accident (一个人 "by oneself" from 一个 + 人). The longest run
  wins, scanning left to right.
* **split**: a token that only jieba's HMM knows (in no dictionary we have) is re-cut with
  jieba's dictionary alone, so 很长 becomes 很 + 长 and 长 gets its own reading, cháng —
  unless it looks like a person's name (a surname + one or two characters: 王刚, 李华), which
  stays whole so that ``compounds.is_name`` can file it as a name; and a textbook name
  jieba cut in two is joined (``join_given_names``: 小 + 华 → 小华, 小 + 明说 → 小明 + 说).
* **re-cut** (``recut_bound``): jieba sometimes strands a *bound morpheme* — a character its
  dictionary tags as a morpheme (ng, vg, ag, dg, tg, g) and no HSK list teaches as a word —
  beside a word it stole a character from: 源生动能 comes out 源 + 生动 + 能. When giving that
  character back leaves a word that CC-CEDICT *and* jieba's dictionary both have (生动 + 能 →
  动能), the cut becomes 源生 + 动能. Runs before the merge.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import warnings
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from flashcards.cachedir import cache_dir

_HANZI_ONLY = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
_MAX_MERGE_PIECES = 4
_MAX_MERGE_CHARS = 6
# Function words that glue onto neighbours to form accidental CC-CEDICT entries.
_PARTICLES = frozenset("的了着过地得是在不没也都就还又很和与及或被把对从向给让这那个们吗呢吧啊么")
_lock = threading.Lock()
#: Below this many characters a second process costs more than it saves.
PARALLEL_MIN_CHARS = 200_000


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
        known = self._split_cache
        for token in self._tokenizer.lcut(sentence):
            split = known.get(token)
            if split is None:
                split = self._needs_split(token)
            if split:
                tokens.extend(self._tokenizer.lcut(token, HMM=False))
            else:
                tokens.append(token)
        tokens = recut_bound(tokens, self._tokenizer.FREQ)
        tokens = join_given_names(tokens, self._tokenizer.FREQ)
        # One string object per distinct word: jieba makes a new one per occurrence, and a
        # long text has millions of occurrences of a few ten thousand words.
        return [sys.intern(t) for t in self._merge(tokens)]

    def words_many(self, sentences: Sequence[str]) -> list[list[str]]:
        """``words`` for each sentence; long texts are cut on two cores when there are two.

        Segmentation is most of a build's time. On Linux a forked child inherits the loaded
        dictionary for free and cuts the second half while this process cuts the first;
        anything going wrong there falls back to doing it all here.
        """
        chars = sum(len(s) for s in sentences)
        if chars < PARALLEL_MIN_CHARS or not _can_fork():
            return [self.words(s) for s in sentences]
        half = _balanced_half(sentences)
        try:
            return _cut_in_two(self, sentences, half)
        except (OSError, EOFError, ValueError, RuntimeError):
            return [self.words(s) for s in sentences]

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
                and not _person_name(token)  # 王刚 stays whole: a name, not 王 + 刚
            )
            self._split_cache[token] = flag
        return flag

    def _mergeable(self, token: str) -> bool:
        flag = self._merge_cache.get(token)
        if flag is None:
            flag = self._merge_cache[token] = is_hanzi_word(token) and token not in _PARTICLES
        return flag

    def _merge(self, tokens: list[str]) -> list[str]:
        from flashcards import cedict

        # The hot loop of the whole build: one pass per token, locals only.
        headwords = cedict.headwords()
        cache = self._merge_cache
        mergeable = self._mergeable
        out: list[str] = []
        i, n = 0, len(tokens)
        while i < n:
            token = tokens[i]
            flag = cache.get(token)
            if flag is None:
                flag = mergeable(token)
            end = i + 1
            if flag:
                joined = token
                for j in range(i + 1, min(n, i + _MAX_MERGE_PIECES)):
                    nxt = tokens[j]
                    if not cache.get(nxt, False) and not mergeable(nxt):
                        break
                    joined += nxt
                    if len(joined) > _MAX_MERGE_CHARS:
                        break
                    if joined in headwords:
                        end = j + 1  # keep looking: the longest run wins
            out.append(token if end == i + 1 else "".join(tokens[i:end]))
            i = end
        return out


#: jieba's tags for morphemes that do not stand alone (源 ng, 质 ng); zg is not one (很 zg).
_BOUND_TAGS = frozenset({"ng", "vg", "ag", "dg", "tg", "g"})


_bound: dict[str, bool] = {}  # per character, decided once (a plain dict: the hot loop)


def _is_bound(char: str) -> bool:
    flag = _bound.get(char)
    if flag is None:
        from flashcards import compounds

        flag = _bound[char] = compounds.jieba_tag(char) in _BOUND_TAGS and not compounds.is_listed(char)
    return flag


def _person_name(token: str) -> bool:
    from flashcards import compounds

    return compounds.looks_like_person(token)


def recut_bound(tokens: list[str], jieba_words) -> list[str]:
    """Give a stranded bound morpheme back its character (see the module docstring).

    ``源 生动 能`` → ``源生 动能``: a bound single character next to a multi-character token W
    takes W's nearest character when the rest of W, with the single-character token on W's
    other side, is a word of both CC-CEDICT and jieba's dictionary (``jieba_words``: word →
    count). Mirrored from the right: ``X AB 源`` → ``XA B源`` when XA is such a word.
    """
    bound = _bound
    for t in tokens:  # the common case: no bound morpheme stands alone, nothing to do
        if len(t) == 1 and (bound[t] if t in bound else _is_bound(t)):
            break
    else:
        return tokens
    from flashcards import cedict

    def word(w: str) -> bool:
        return len(w) >= 2 and jieba_words.get(w, 0) > 0 and cedict.has(w)

    out = list(tokens)
    i = 0
    while i < len(out) - 1:
        a, w = out[i], out[i + 1]
        if len(a) == 1 and len(w) >= 2 and is_hanzi_word(w) and _is_bound(a):
            after = out[i + 2] if i + 2 < len(out) and len(out[i + 2]) == 1 else ""
            if after and word(w[1:] + after):
                out[i : i + 3] = [a + w[0], w[1:] + after]
                i += 2
                continue
        if len(w) == 1 and len(a) >= 2 and is_hanzi_word(a) and _is_bound(w):
            before = out[i - 1] if i > 0 and len(out[i - 1]) == 1 else ""
            if before and word(before + a[:-1]):
                out[i - 1 : i + 2] = [before + a[:-1], a[-1] + w]
                i += 1
                continue
        i += 1
    return out


#: What follows a name in a sentence, and so never ends one (小 明说 is 小明 + 说).
_AFTER_NAME = frozenset("说是和的在去也都就把给跟对呢吗了")


def join_given_names(tokens: list[str], jieba_words) -> list[str]:
    """小 + 华 → 小华: a textbook name jieba cut in two, as no dictionary has it.

    小/阿 (``compounds.NAME_PREFIXES``) + one character that is no function word, when
    neither CC-CEDICT nor jieba's dictionary (``jieba_words``) has the pair; also 小 + 明说 → 小明 + 说 when the second
    token ends in a word that follows names (说, 是, 和 …). ``compounds.is_name`` then files
    the token as a name.
    """
    from flashcards.compounds import NAME_PREFIXES

    if not any(t in NAME_PREFIXES for t in tokens):
        return tokens
    from flashcards import cedict

    def new(pair: str) -> bool:
        return jieba_words.get(pair, 0) <= 0 and not cedict.has(pair)

    out = list(tokens)
    i = 0
    while i < len(out) - 1:
        head, nxt = out[i], out[i + 1]
        if head in NAME_PREFIXES and is_hanzi_word(nxt) and nxt[0] not in _PARTICLES:
            if len(nxt) == 1 and nxt not in _AFTER_NAME and new(head + nxt):
                out[i : i + 2] = [head + nxt]
            elif len(nxt) == 2 and nxt[1] in _AFTER_NAME and new(head + nxt[0]):
                out[i : i + 2] = [head + nxt[0], nxt[1]]
        i += 1
    return out


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1 and not os.environ.get("FLASHCARDS_SERIAL")


def _balanced_half(sentences: Sequence[str]) -> int:
    """Index splitting ``sentences`` into two runs of about equal character count."""
    target = sum(len(s) for s in sentences) / 2
    total = 0
    for i, s in enumerate(sentences):
        total += len(s)
        if total >= target:
            return i + 1
    return len(sentences)


def _cut_in_two(seg: Segmenter, sentences: Sequence[str], half: int) -> list[list[str]]:
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child_cut, args=(seg, sentences[half:], sender), daemon=True)
    child.start()
    sender.close()
    try:
        first = [seg.words(s) for s in sentences[:half]]
        second = receiver.recv()
    finally:
        receiver.close()
        child.join(timeout=10)
        if child.is_alive():
            child.kill()
    if len(second) != len(sentences) - half:
        raise RuntimeError("segmentation worker returned a short result")
    return first + second


def _child_cut(seg: Segmenter, sentences: Sequence[str], sender) -> None:
    try:
        sender.send([seg.words(s) for s in sentences])
    finally:
        sender.close()


@lru_cache(maxsize=8)
def segmenter(user_dict: Path | None = None) -> Segmenter:
    """A cached Segmenter: jieba's dictionary loads once per process and user dictionary."""
    with _lock:
        return Segmenter(user_dict)


def import_jieba():
    """jieba, imported quietly and without pkg_resources.

    jieba 0.42 tries ``import pkg_resources`` (a tenth of a second, and a deprecation
    warning on new setuptools) only to open its own data files; when that import fails it
    opens them by path, which is all we need. Its regexes also raise SyntaxWarnings on new
    Pythons. Neither is our users' problem.
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    block = "pkg_resources" not in sys.modules
    if block:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import fail
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import jieba
    finally:
        if block:
            del sys.modules["pkg_resources"]
    return jieba


def _new_tokenizer(user_dict: Path | None):
    jieba = import_jieba()
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
