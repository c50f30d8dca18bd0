"""rjieba with jieba's default dictionary, given only the words the texts it is asked about use.

rjieba's package builds jieba-rs with the whole dictionary (349,046 words) as it is
imported: 0.1-0.15 s, a fifth of a small build. A cut of a text reads only the dictionary
words that occur in that text (the edges of its DAG, and the "is this run a word" checks
before the HMM) and the total of all counts (every route's log-probability); the HMM model
is jieba-rs's builtin either way. So an empty instance that is given, before each text it
cuts or tags, that text's dictionary words (found in a cached index of jieba's dict.txt)
plus the rest of the total under a key no text contains, cuts and tags exactly as the full
one: ``tests/test_jiebadict.py`` holds the two to the same tokens and tags.

Finding a text's words costs some microseconds a character; once the texts asked about
add up to ``FULL_AFTER`` characters (a long input, where most of the dictionary occurs),
the whole dictionary is loaded instead and used from then on.

    >>> default().cut("我们在银行", True)
    ['我们', '在', '银行']
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import threading
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

from flashcards import datacache
from flashcards.datacache import SortedKeys, uints

__all__ = ["TOTAL_KEY", "default", "full_jieba"]

VERSION = 1
#: Characters of text covered word by word before the whole dictionary is cheaper.
FULL_AFTER = 12_000
#: A key no text can contain (NUL is outside jieba's blocks), used only to carry frequency.
TOTAL_KEY = "\x00flashcards-total"

_lock = threading.Lock()


def jieba_dict() -> Path:
    """jieba's dict.txt, found without importing jieba (jieba-rs embeds the same file)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jieba is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "dict.txt"


def _build(data: bytes) -> tuple[tuple[int, list[str]], list[bytes]]:
    """Sorted words, their counts and tags, as jieba-rs's ``load_dict`` reads dict.txt: a
    repeated word takes the later count and keeps its first tag; the total sums the counts
    the words end up with."""
    records: dict[str, tuple[int, str]] = {}
    for line in data.decode("utf-8").splitlines():
        parts = line.split()
        if not parts:
            continue
        freq = int(parts[1]) if len(parts) > 1 else 0
        old = records.get(parts[0])
        records[parts[0]] = (freq, old[1] if old else (parts[2] if len(parts) > 2 else ""))
    words = sorted(records)
    tags = sorted({tag for _, tag in records.values()})
    tag_ids = {tag: n for n, tag in enumerate(tags)}
    blob, offsets = SortedKeys.pack(words)
    freqs = array("I", (records[w][0] for w in words)).tobytes()
    tag_bytes = bytes(tag_ids[records[w][1]] for w in words)
    return (sum(f for f, _ in records.values()), tags), [blob, offsets, freqs, tag_bytes]


class _Index:
    def __init__(self, meta: tuple[int, list[str]], blobs: list[datacache.Blob]) -> None:
        self.total, self.tag_names = meta
        blob, offsets, freqs, tags = blobs
        self.words = SortedKeys(blob, offsets)
        self.freqs = uints(freqs)
        self.tags = tags


@lru_cache(maxsize=1)
def _load() -> _Index:
    return _Index(*datacache.load_mapped("jieba-dict", jieba_dict(), VERSION, _build))


_index = datacache.serialized(_load)


class PartialJieba:
    """An rjieba instance given the dictionary words of each text before it reads it.

    ``cut``, ``tag`` and ``has_word`` answer as rjieba's default instance does.
    """

    def __init__(self, jieba_class: Any) -> None:
        self._class = jieba_class
        self._jieba = jieba_class.empty()
        self._index = _index()
        self._given: set[int] = set()  # index positions of the words given
        self._sum = 0  # their counts
        self._rest: int | None = None  # the count TOTAL_KEY holds
        self._covered: set[str] = set()  # texts whose words were given
        # prefix -> (its index position or -1, whether a longer word starts with it): a
        # text repeats its characters and words, the index is searched once for each.
        self._probes: dict[str, tuple[int, bool]] = {}
        self._chars = 0
        self._full = False
        self._lock = threading.Lock()

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return self._ready(text).cut(text, hmm)

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        return self._ready(text).tag(text, hmm)

    def has_word(self, word: str) -> bool:
        return self._jieba.has_word(word) if self._full else self._index.words.find(word) >= 0

    def _ready(self, text: str):
        """The instance, holding every dictionary word ``text`` contains."""
        if self._full or text in self._covered:
            return self._jieba
        with self._lock:
            if self._full or text in self._covered:  # another thread got here first
                return self._jieba
            if self._chars + len(text) > FULL_AFTER:
                self._jieba, self._full = self._class(), True
                # The partial instance's helpers are let go with it.
                self._covered, self._given, self._probes = set(), set(), {}
                return self._jieba
            self._give(text)
            self._covered.add(text)
            self._chars += len(text)
        return self._jieba

    def _give(self, text: str) -> None:
        index, given, probes = self._index, self._given, self._probes
        probe, add = index.words.probe, self._jieba.add_word
        end = len(text)
        for start in range(end):
            for stop in range(start + 1, end + 1):
                piece = text[start:stop]
                found = probes.get(piece)
                if found is None:
                    found = probes[piece] = probe(piece)
                k, longer = found
                if k >= 0 and k not in given:
                    given.add(k)
                    freq = index.freqs[k]
                    self._sum += freq
                    add(piece, freq, index.tag_names[index.tags[k]])
                if not longer:
                    break
        if self._rest != index.total - self._sum:
            # jieba-rs replaces a key's count and its share of the total: the rest of the
            # dictionary's total rides on one key, so every route's log-probability is the
            # full dictionary's.
            self._rest = index.total - self._sum
            add(TOTAL_KEY, self._rest, None)


def _extension() -> Any | None:
    """rjieba's extension module, loaded without running its package ``__init__`` (which
    builds a full default instance); None when rjieba is not installed."""
    if "rjieba.rjieba" in sys.modules:
        return sys.modules["rjieba.rjieba"]
    spec = importlib.util.find_spec("rjieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            if path.is_file():
                module_spec = importlib.util.spec_from_file_location("rjieba.rjieba", path)
                if module_spec is None or module_spec.loader is None:
                    return None
                module = importlib.util.module_from_spec(module_spec)
                module_spec.loader.exec_module(module)
                # A later ``import rjieba`` finds its extension loaded (an extension
                # module initialises once per process).
                sys.modules["rjieba.rjieba"] = module
                return module
    return None


@lru_cache(maxsize=1)
def _default() -> PartialJieba | None:
    try:
        module = _extension()
    except ImportError:
        return None
    return None if module is None else PartialJieba(module.Jieba)


def default() -> PartialJieba | None:
    """The process's rjieba with jieba's default dictionary; None without rjieba."""
    with _lock:
        return _default()


def full_jieba() -> Any | None:
    """A new rjieba instance holding the whole default dictionary (to add a user dictionary
    to); None without rjieba."""
    default()  # loads the extension
    module = sys.modules.get("rjieba.rjieba")
    return None if module is None else module.Jieba()
