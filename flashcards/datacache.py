"""Parsed data files, cached on disk so only the first run pays for parsing.

A cache file is named after what it holds, its format version and a hash of
the source file, so a new CC-CEDICT or jieba release, or a change to the
parser (bump ``version``), can never be served a stale index. Values must be
marshal-able (str, int, float, tuple, list, dict): marshal loads several times
faster than pickle for this kind of data and cannot run code on load.

Big indexes (CC-CEDICT, Tatoeba, jieba's counts, pypinyin's table) are flat byte
blobs; :func:`load_mapped` keeps those in the cache file and maps it into memory
instead of reading it: a process pays for the pages its lookups touch, not for
copying 30 MB into its heap at every start (that copy was most of a small build's
memory).
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import struct
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from flashcards.cachedir import cache_dir

#: ``(name, "hit" | "miss")`` counts for this process; tests and benchmarks read it.
stats: Counter[tuple[str, str]] = Counter()


def _cache_path(name: str, source: Path, version: int, also: Sequence[Path]) -> Path:
    hasher = hashlib.sha256()
    for n, path in enumerate((source, *also)):
        if n:
            hasher.update(b"\0")
        # In chunks: a 5 MB source read whole for a hit would stay in the heap for nothing.
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                hasher.update(chunk)
    return cache_dir() / f"{name}-v{version}-{hasher.hexdigest()[:16]}.marshal"


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
    path = _cache_path(name, source, version, also)
    try:
        value = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    else:
        stats[name, "hit"] += 1
        return value
    stats[name, "miss"] += 1
    value = build(source.read_bytes())
    _write_atomically(path, marshal.dumps(value))
    _remove_stale(path.parent, name, keep=path)
    return value


# A mapped cache file: magic, the header's length, the marshalled header (the caller's
# small ``meta`` value and each blob's offset and length), then the blobs, 8-byte aligned.
_MAGIC = b"FCMAP\x00\x01\x00"
_LENGTH = struct.Struct("<Q")


def load_mapped(
    name: str,
    source: Path,
    version: int,
    build: Callable[[bytes], tuple[Any, Sequence[bytes]]],
    also: Sequence[Path] = (),
) -> tuple[Any, list[memoryview]]:
    """Like :func:`load` for ``build`` returning ``(meta, blobs)``: ``meta`` comes back as
    it was, each blob as a read-only memoryview of the mapped cache file.

    Views slice and index without copying (``view[a:b]``, ``view.cast("I")``); decode
    a slice with ``str(view[a:b], "utf-8")``. Same freshness and rebuild rules as
    :func:`load`; a file that cannot be mapped is read instead.
    """
    path = _cache_path(name, source, version, also)
    try:
        found = _open_mapped(path)
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        found = None
    if found is not None:
        stats[name, "hit"] += 1
        return found
    stats[name, "miss"] += 1
    meta, blobs = build(source.read_bytes())
    payload = _pack_mapped(meta, blobs)
    _write_atomically(path, payload)
    _remove_stale(path.parent, name, keep=path)
    return _parse_mapped(memoryview(payload))


def _pack_mapped(meta: Any, blobs: Sequence[bytes]) -> bytes:
    spans, pos = [], 0
    for blob in blobs:
        spans.append((pos, len(blob)))
        pos += -(-len(blob) // 8) * 8
    header = marshal.dumps((meta, spans))
    start = -(-(len(_MAGIC) + _LENGTH.size + len(header)) // 8) * 8
    out = bytearray(start + pos)
    out[: len(_MAGIC)] = _MAGIC
    out[len(_MAGIC) : len(_MAGIC) + _LENGTH.size] = _LENGTH.pack(len(header))
    out[len(_MAGIC) + _LENGTH.size : len(_MAGIC) + _LENGTH.size + len(header)] = header
    for (offset, length), blob in zip(spans, blobs):
        out[start + offset : start + offset + length] = blob
    return bytes(out)


def _open_mapped(path: Path) -> tuple[Any, list[memoryview]] | None:
    with open(path, "rb") as fh:
        try:
            # Read-only, shared with every other process mapping the same file; the map
            # outlives the descriptor and stays valid if a rebuild replaces the file.
            buffer: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # e.g. an empty file, or a filesystem without mmap
            buffer = fh.read()
    return _parse_mapped(memoryview(buffer))


def _parse_mapped(view: memoryview) -> tuple[Any, list[memoryview]]:
    head = len(_MAGIC) + _LENGTH.size
    if view[: len(_MAGIC)] != _MAGIC:
        raise ValueError("not a mapped cache file")
    (size,) = _LENGTH.unpack(view[len(_MAGIC) : head])
    meta, spans = marshal.loads(view[head : head + size])
    start = -(-(head + size) // 8) * 8
    blobs = []
    for offset, length in spans:
        if start + offset + length > len(view):
            raise ValueError("truncated cache file")
        blobs.append(view[start + offset : start + offset + length])
    return meta, blobs


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

    def __init__(self, blob: bytes | memoryview, offsets: bytes | memoryview) -> None:
        # bytes, or views of a mapped cache file (load_mapped): nothing is copied.
        self.blob = blob if isinstance(blob, bytes) else _Bytes(blob)
        self.offsets = uints(offsets)

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

    def key(self, i: int) -> str:
        """The ``i``-th key."""
        return self._key(i).decode("utf-8")

    def __len__(self) -> int:
        return len(self.offsets) - 1

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


def uints(raw: bytes | memoryview) -> Sequence[int]:
    """Unsigned 32-bit integers (native order, as ``array("I")`` writes them) over ``raw``,
    without copying it."""
    return memoryview(raw).cast("B").cast("I")


class _Bytes:
    """A memoryview that slices to ``bytes``, for the comparisons binary search makes
    (a memoryview slice has no ordering, no ``startswith``)."""

    __slots__ = ("view",)

    def __init__(self, view: memoryview) -> None:
        self.view = view

    def __getitem__(self, span: slice) -> bytes:
        return self.view[span].tobytes()
