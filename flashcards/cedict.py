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
from array import array
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from flashcards import datacache
from flashcards.datacache import SortedKeys, Strings, pack_strings, uints

#: Bump when the cached index layout changes.
INDEX_VERSION = 5


def data_path() -> Path:
    """Where the vendored CC-CEDICT file lives."""
    return Path(str(files("flashcards").joinpath("data", "cedict_ts.u8.xz")))


def _build(xz_bytes: bytes) -> tuple[None, list[bytes]]:
    text = lzma.decompress(xz_bytes).decode("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    by_key: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        trad, simp, _ = line.split(" ", 2)
        by_key.setdefault(simp, []).append(i)
        if trad != simp:
            by_key.setdefault(trad, []).append(i)
    # Bytes and flat arrays only: turning 125,000 lines and 200,000 keys into
    # Python strings at every start would cost more than the rest of the load.
    # Lines are decoded one at a time, when a word is asked for.
    line_blob, line_offsets = pack_strings(lines)
    keys = sorted(by_key)
    starts, ids = array("I", [0]), array("I")
    for k in keys:
        ids.extend(by_key[k])
        starts.append(len(ids))
    blob, key_offsets = SortedKeys.pack(keys)
    return None, [line_blob, line_offsets, blob, key_offsets, starts.tobytes(), ids.tobytes()]


class _Index:
    # Maps of the cache file (datacache.load_mapped): a lookup touches a few pages.
    def __init__(self, text: datacache.Blob, offsets: datacache.Blob, keys: datacache.Blob,
                 key_offsets: datacache.Blob, starts: datacache.Blob, ids: datacache.Blob) -> None:
        self.lines = Strings(text, offsets)
        self.keys = SortedKeys(keys, key_offsets)
        self.starts, self.ids = uints(starts), uints(ids)


@lru_cache(maxsize=1)
def _load() -> _Index:
    _, blobs = datacache.load_mapped("cedict", data_path(), INDEX_VERSION, _build, sparse=(0,))
    return _Index(*blobs)


_index = datacache.serialized(_load)


def loaded() -> bool:
    """Whether this process has loaded the dictionary yet (nothing loads at import)."""
    return _load.cache_info().currsize > 0


def lines_for(word: str) -> tuple[str, ...]:
    """Raw CC-CEDICT lines whose traditional or simplified headword is ``word``."""
    index = _index()
    k = index.keys.find(word)
    if k < 0:
        return ()
    return tuple(index.lines[n] for n in index.ids[index.starts[k] : index.starts[k + 1]])


def has(word: str) -> bool:
    """Whether ``word`` is a CC-CEDICT headword (either script).

    A binary search over the packed keys (a few microseconds): callers ask once per
    distinct word, and the set in ``headwords`` would cost 25 MB and 0.1 s to build.
    """
    return _index().keys.find(word) >= 0


def has_longer(prefix: str) -> bool:
    """Whether a headword longer than ``prefix`` starts with it (either script)."""
    return _index().keys.has_longer(prefix)


@lru_cache(maxsize=1)
def headwords() -> frozenset[str]:
    """Every headword, both scripts, as a set.

    Segmentation asks "is this a word?" hundreds of thousands of times per
    megabyte of text; a set answers in ~50 ns where the binary search over the
    packed keys takes microseconds. Building it costs ~0.1 s, once.
    """
    keys = _index().keys
    return frozenset(keys)


def word_characters() -> dict[str, int]:
    """How many headwords of two or more characters each character is written in (either
    script; 週 in 45, 秊 in none). Counted once over the index and cached on disk: a count
    over the whole dictionary costs a build about 0.25 s and 30 MB."""
    return _word_characters()


@lru_cache(maxsize=1)
def _word_characters() -> dict[str, int]:
    def build(_: bytes) -> dict[str, int]:
        return dict(Counter(c for w in _index().keys if len(w) > 1 for c in set(w)))

    return datacache.load("cedict-characters", data_path(), INDEX_VERSION, build)


def header() -> str:
    """The file's comment header: licence, attribution, version and date."""
    with lzma.open(data_path(), "rt", encoding="utf-8") as fh:
        out = []
        for line in fh:
            if not line.startswith("#"):
                break
            out.append(line)
    return "".join(out)
