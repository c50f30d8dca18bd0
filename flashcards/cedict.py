"""The vendored CC-CEDICT: raw entry lines by headword, loaded once per process.

The dictionary ships xz-compressed (``data/cedict_ts.u8.xz``, licence and
attribution in its header and ``data/README.md``). Decompressing and indexing
it takes about a second, so the index is cached on disk by
:mod:`flashcards.datacache`; later processes load it in about a tenth of that.
Parsing an entry line into fields is left to :mod:`flashcards.lexicon`, per
word, when the word is asked for.
"""

from __future__ import annotations

import lzma
import threading
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from flashcards import datacache

#: Bump when the cached index layout changes.
INDEX_VERSION = 2

_lock = threading.Lock()


def data_path() -> Path:
    """Where the vendored CC-CEDICT file lives."""
    return Path(str(files("flashcards").joinpath("data", "cedict_ts.u8.xz")))


def _build(xz_bytes: bytes) -> tuple[str, bytes, str, bytes, bytes]:
    text = lzma.decompress(xz_bytes).decode("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    by_key: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        trad, simp, _ = line.split(" ", 2)
        by_key.setdefault(simp, []).append(i)
        if trad != simp:
            by_key.setdefault(trad, []).append(i)
    # Flat arrays instead of a dict: loading 200k dict keys costs ~0.15 s per
    # process, splitting one string and bisecting costs a fraction of that.
    keys = sorted(by_key)
    starts, ids = array("I", [0]), array("I")
    for k in keys:
        ids.extend(by_key[k])
        starts.append(len(ids))
    return "\n".join(lines), _offsets(lines).tobytes(), "\n".join(keys), starts.tobytes(), ids.tobytes()


def _offsets(lines: list[str]) -> array:
    out, pos = array("I", [0]), 0
    for line in lines:
        pos += len(line) + 1
        out.append(pos)
    return out


class _Index:
    def __init__(self, text: str, offsets: bytes, keys: str, starts: bytes, ids: bytes) -> None:
        self.text = text
        self.offsets, self.starts, self.ids = array("I"), array("I"), array("I")
        self.offsets.frombytes(offsets)
        self.starts.frombytes(starts)
        self.ids.frombytes(ids)
        self.keys = keys.split("\n")

    def find(self, word: str) -> int:
        i = bisect_left(self.keys, word)
        return i if i < len(self.keys) and self.keys[i] == word else -1

    def line(self, n: int) -> str:
        return self.text[self.offsets[n] : self.offsets[n + 1] - 1]


def _index() -> _Index:
    # The lock sits outside the cache so that threads racing to the first
    # lookup wait for one load instead of each doing their own.
    with _lock:
        return _load()


@lru_cache(maxsize=1)
def _load() -> _Index:
    return _Index(*datacache.load("cedict", data_path(), INDEX_VERSION, _build))


def loaded() -> bool:
    """Whether this process has loaded the dictionary yet (nothing loads at import)."""
    return _load.cache_info().currsize > 0


def lines_for(word: str) -> tuple[str, ...]:
    """Raw CC-CEDICT lines whose traditional or simplified headword is ``word``."""
    index = _index()
    k = index.find(word)
    if k < 0:
        return ()
    return tuple(index.line(n) for n in index.ids[index.starts[k] : index.starts[k + 1]])


def has(word: str) -> bool:
    """Whether ``word`` is a CC-CEDICT headword (either script)."""
    return _index().find(word) >= 0


def header() -> str:
    """The file's comment header: licence, attribution, version and date."""
    with lzma.open(data_path(), "rt", encoding="utf-8") as fh:
        out = []
        for line in fh:
            if not line.startswith("#"):
                break
            out.append(line)
    return "".join(out)
