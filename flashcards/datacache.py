"""Parsed data files, cached on disk so only the first run pays for parsing.

A cache file is named after what it holds, its format version and a hash of
the source file, so a new CC-CEDICT or jieba release, or a change to the
parser (bump ``version``), can never be served a stale index. Values must be
marshal-able (str, int, float, tuple, list, dict): marshal loads several times
faster than pickle for this kind of data and cannot run code on load.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from flashcards.cachedir import cache_dir

#: ``(name, "hit" | "miss")`` counts for this process; tests and benchmarks read it.
stats: Counter[tuple[str, str]] = Counter()


def load(
    name: str, source: Path, version: int, build: Callable[[bytes], Any], also: Sequence[Path] = ()
) -> Any:
    """Return ``build(source bytes)``, from the disk cache when it is fresh.

    Reading and hashing the source costs a few milliseconds; parsing it is what
    the cache saves. ``also``: more files the value derives from (another package's
    data, its version file): a change to any of them rebuilds too. A cache that cannot
    be read is rebuilt; one that cannot be written is skipped (a read-only home must
    not break lookups).
    """
    data = source.read_bytes()
    hasher = hashlib.sha256(data)
    for extra in also:
        hasher.update(b"\0" + extra.read_bytes())
    digest = hasher.hexdigest()[:16]
    folder = cache_dir()
    path = folder / f"{name}-v{version}-{digest}.marshal"
    try:
        value = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    else:
        stats[name, "hit"] += 1
        return value
    stats[name, "miss"] += 1
    value = build(data)
    _write_atomically(path, marshal.dumps(value))
    _remove_stale(folder, name, keep=path)
    return value


def _write_atomically(path: Path, payload: bytes) -> None:
    # Write beside the target and rename: a reader (another process building
    # the same deck) sees the old file or the whole new one, never half of it.
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


def _remove_stale(folder: Path, name: str, keep: Path) -> None:
    for old in folder.glob(f"{name}-v*.marshal"):
        if old != keep:
            try:
                old.unlink()
            except OSError:
                pass


class SortedKeys:
    """Binary search over sorted UTF-8 keys kept in one bytes blob.

    Loading a dict or list of 200,000 strings costs ~0.1 s per process; this
    costs nothing at load and a few microseconds per lookup, because no key
    becomes a Python object until it is compared.
    """

    def __init__(self, blob: bytes, offsets: bytes) -> None:
        self.blob = blob
        self.offsets = array("I")
        self.offsets.frombytes(offsets)

    @staticmethod
    def pack(keys: list[str]) -> tuple[bytes, bytes]:
        """``(blob, offsets)`` for ``keys``, which must be sorted."""
        encoded = [k.encode("utf-8") for k in keys]
        offsets, pos = array("I", [0]), 0
        for k in encoded:
            pos += len(k)
            offsets.append(pos)
        return b"".join(encoded), offsets.tobytes()

    def find(self, key: str) -> int:
        """Index of ``key``, or -1."""
        want = key.encode("utf-8", "surrogatepass")  # lone surrogates: no match, no crash
        lo = self._lower_bound(want)
        if lo < len(self.offsets) - 1 and self._key(lo) == want:
            return lo
        return -1

    def starts_with(self, prefix: str) -> bool:
        """Whether some key starts with ``prefix`` (or is it): the first key >= it does."""
        want = prefix.encode("utf-8", "surrogatepass")
        i = self._lower_bound(want)
        return i < len(self.offsets) - 1 and self._key(i).startswith(want)

    def has_longer(self, prefix: str) -> bool:
        """Whether some key is longer than ``prefix`` and starts with it.

        Keys starting with ``prefix`` sort right after it (UTF-8 byte order is code point
        order, and a byte prefix is a character prefix), so one search answers.
        """
        want = prefix.encode("utf-8", "surrogatepass")
        i = self._lower_bound(want)
        n = len(self.offsets) - 1
        if i < n and self._key(i) == want:
            i += 1
        return i < n and self._key(i).startswith(want)

    def _key(self, i: int) -> bytes:
        return self.blob[self.offsets[i] : self.offsets[i + 1]]

    def _lower_bound(self, want: bytes) -> int:
        """Index of the first key >= ``want``."""
        blob, offsets = self.blob, self.offsets
        lo, hi = 0, len(offsets) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if blob[offsets[mid] : offsets[mid + 1]] < want:
                lo = mid + 1
            else:
                hi = mid
        return lo
