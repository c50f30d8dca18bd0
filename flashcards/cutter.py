"""jieba's cut, run by rjieba (jieba-rs) where that gives jieba's tokens exactly.

rjieba has jieba's algorithm, dictionary and HMM model and cuts 30-40x faster, with no
1-second prefix-dictionary load. Where the two differ we do jieba's part here or ask jieba:

* **blocks**: jieba first splits text into runs of ``[\\u4E00-\\u9FD5a-zA-Z0-9+#&._%-]`` and
  yields everything else char by char (whitespace runs as jieba's ``re_skip`` says).
  jieba-rs counts more characters as Chinese (CJK extension A, U+9FD6-9FFF, compatibility
  ideographs, the supplementary planes) and would join them, so the splitting is done here,
  exactly as jieba does it, and rjieba only ever sees jieba's blocks;
* **HMM on Latin runs**: inside a run of characters no dictionary word covers, jieba splits
  Latin letters, digits and ``+#&._%-`` with its ``finalseg.re_skip`` pattern (``3.5iPhone``
  → ``3.5 iPhone``, ``abc-12`` → ``abc - 12``); rjieba's pattern keeps more together. Such
  tokens come out of rjieba side by side, so each run of them is joined and split again with
  jieba's pattern (``_resplit_latin``);
* **user dictionaries**: jieba's ``load_userdict`` (word, optional frequency, optional tag)
  is parsed here with jieba's own pattern and each word added to rjieba with the frequency
  jieba would give it (``suggest_freq`` computed the way jieba computes it, and jieba's
  running total kept). A word with frequency 0 means "force-split" in jieba's HMM, which
  jieba-rs cannot do: such a dictionary is cut by jieba.

Text with none of these cases (common hanzi, ASCII letters and digits, ordinary
punctuation and whitespace: nearly every sentence) goes to rjieba whole.

``tests/test_cutter.py`` holds rjieba's tokens against jieba's on the sample corpus, a
generated megabyte of text, user dictionaries, HMM on and off. If rjieba cannot be imported,
jieba does everything and one line on stderr says so.
"""

from __future__ import annotations

import logging
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

from flashcards import jiebadict
from flashcards.cachedir import cache_dir
from flashcards.errors import InputError, mention

# jieba 0.42's patterns (jieba/__init__.py), which define what its tokens are.
_RE_HAN_DEFAULT = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP_DEFAULT = re.compile("(\r\n|\\s)", re.U)
_RE_USERDICT = re.compile("^(.+?)( [0-9]+)?( [a-z]+)?$", re.U)
# jieba.finalseg.re_skip: how jieba's HMM stage splits the non-Chinese part of a run.
_RE_SKIP_HMM = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# The non-Chinese characters of jieba's blocks, and those where rjieba's splitting differs.
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%-")
_HMM_RISKY = frozenset("+#&._%-")
# Text made only of these (common hanzi, ASCII letters, digits and punctuation other than
# the risky symbols, whitespace, CJK and full-width punctuation) rjieba cuts as jieba does.
_NEEDS_CARE = re.compile(r"[^\u4e00-\u9fd5a-zA-Z0-9\t\n\x0b\x0c\r !-\"$'(-*,/:-@\[-^`{-~\u2000-\u206f\u3000-\u303f\uff00-\uffef]")

FALLBACK_NOTE = "flashcards: rjieba is not installed; segmenting with jieba (slower)"

Cut = Callable[[str, bool], list[str]]


class Cutter:
    """``cut(text, hmm)`` with jieba's tokens; ``has_word`` asks jieba's dictionary.

    ``engine`` says who cuts: "rjieba", or "jieba" (rjieba missing, or a user dictionary
    it cannot honour). ``user_words`` are the user dictionary's words.
    """

    def __init__(self, user_dict: Path | None = None) -> None:
        self._user_dict = user_dict
        self._reference = None  # jieba Tokenizer, made on first need
        entries = read_user_dict(user_dict) if user_dict else []
        self.user_words = frozenset(word for word, _ in entries)
        default = jiebadict.default()
        self.engine = "jieba"
        if default is None:
            _note_fallback()
        elif all(freq != 0 for _, freq in entries):
            # The shared default instance (given only the words its texts use); a user
            # dictionary changes the instance, so it gets its own with the whole dictionary.
            self._fast = jiebadict.full_jieba() if entries else default
            self.engine = "rjieba"
            self._add_user_words(entries)
        if self.engine == "jieba":
            self._jieba()  # loads now: the first sentence should not pay for it

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        if self.engine == "jieba":
            return self._jieba().lcut(text, HMM=hmm)
        if not _NEEDS_CARE.search(text):
            return self._fast.cut(text, hmm)  # nearly every sentence: nothing the two differ on
        out: list[str] = []
        fast = self._fast.cut
        for block in _RE_HAN_DEFAULT.split(text):
            if not block:
                continue
            if _RE_HAN_DEFAULT.match(block):
                if hmm and not _HMM_RISKY.isdisjoint(block):
                    out.extend(_resplit_latin(fast(block, True), self._fast.has_word))
                else:
                    out.extend(fast(block, hmm))
            else:
                # jieba: whitespace pieces whole, anything else one character at a time.
                for piece in _RE_SKIP_DEFAULT.split(block):
                    if _RE_SKIP_DEFAULT.match(piece):
                        out.append(piece)
                    else:
                        out.extend(piece)
        return out

    def has_word(self, word: str) -> bool:
        """In jieba's dictionary (or the user dictionary) with a non-zero frequency."""
        if self.engine == "jieba":
            return self._jieba().FREQ.get(word, 0) > 0
        return self._fast.has_word(word)

    def _jieba(self):
        if self._reference is None:
            self._reference = jieba_tokenizer(self._user_dict)
        return self._reference

    def _add_user_words(self, entries: list[tuple[str, int | None]]) -> None:
        """jieba's ``add_word`` for each entry, replayed on rjieba.

        jieba suggests a missing frequency from the word's pieces and its running total,
        and adds every frequency to that total, even a word's second one; jieba-rs
        subtracts a replaced frequency. Both facts decide later routes, so the total is
        kept here and jieba-rs is given the difference under a key no text can match.
        """
        from flashcards.frequency import word_count

        fast = self._fast
        total = _jieba_total()
        added: dict[str, int] = {}
        compensation = 0
        for word, freq in entries:
            old = added[word] if word in added else word_count(word) if fast.has_word(word) else None
            if freq is None:
                freq = _suggest_freq(word, self.cut, lambda w: added.get(w) or word_count(w) or 1, total)
            total += freq
            added[word] = freq
            fast.add_word(word, freq, None)
            if old is not None:
                compensation += old
        if compensation:
            fast.add_word(jiebadict.TOTAL_KEY, compensation, None)


def _resplit_latin(tokens: list[str], has_word: Callable[[str], bool]) -> list[str]:
    """jieba's HMM-stage splitting of Latin runs, on rjieba's HMM tokens.

    A token made of ``_LATIN`` characters that is one character long or in no dictionary
    came from an unknown run (dictionary words come from the route and stay); consecutive
    ones are the run's Latin part, which jieba splits with ``re_skip``.
    """
    out: list[str] = []
    run: list[str] = []
    for token in tokens:
        if (len(token) == 1 or not has_word(token)) and _LATIN.issuperset(token):
            run.append(token)
            continue
        if run:
            out.extend(p for p in _RE_SKIP_HMM.split("".join(run)) if p)
            run = []
        out.append(token)
    if run:
        out.extend(p for p in _RE_SKIP_HMM.split("".join(run)) if p)
    return out


def _suggest_freq(word: str, cut: Cut, freq_of: Callable[[str], int], total: int) -> int:
    """jieba's ``suggest_freq(word, tune=False)``, in jieba's float arithmetic."""
    ftotal = float(total)
    freq = 1.0
    for seg in cut(word, False):
        freq *= freq_of(seg) / ftotal
    return max(int(freq * total) + 1, freq_of(word))


def _jieba_total() -> int:
    from flashcards.frequency import _counts

    return _counts().total


def read_user_dict(path: Path) -> list[tuple[str, int | None]]:
    """(word, frequency or None) per line, as jieba's ``load_userdict`` reads the file."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot read ({mention('user_dict')}: {e.strerror or e})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 ({mention('user_dict')})") from None
    entries = []
    # jieba reads the file's bytes line by line (split at \n only) and strips ASCII
    # whitespace only: an ideographic space at a line's end belongs to the word.
    for raw in text.split("\n"):
        line = raw.strip(" \t\n\r\x0b\x0c").lstrip("\ufeff")
        if not line:
            continue
        word, freq, _tag = _RE_USERDICT.match(line).groups()
        entries.append((word, int(freq) if freq is not None else None))
    return entries


_noted = False


def _note_fallback() -> None:
    global _noted
    if not _noted:
        _noted = True
        print(FALLBACK_NOTE, file=sys.stderr)


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


def jieba_tokenizer(user_dict: Path | None = None):
    """A private, initialised jieba Tokenizer (the reference), its cache in our cache dir."""
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
