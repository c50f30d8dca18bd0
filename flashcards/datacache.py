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
import time
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
import threading
from typing import Any, TypeVar

from flashcards.cachedir import cache_dir

#: ``(name, "hit" | "miss")`` counts for this process; tests and benchmarks read it.
T = TypeVar("T")

stats: Counter[tuple[str, str]] = Counter()


def _cache_path(name: str, source: Path, version: int, also: Sequence[Path]) -> Path:
    hasher = hashlib.sha256()
    for n, path in enumerate((source, *also)):
        if n:
            hasher.update(b"\0")
        hasher.update(_digest(path).encode("ascii"))
    return cache_dir() / f"{name}-v{version}-{hasher.hexdigest()[:16]}.marshal"


#: Where the source files' digests are remembered (see _digest), in the cache dir.
_DIGESTS = "source-digests.marshal"
#: A file modified this recently may change again within its mtime's resolution unseen:
#: its digest is not remembered (git's "racy" rule).
_SETTLED = 2.0
_digests_lock = threading.Lock()
_digests: dict[str, tuple[tuple[int, int, int, int], str]] = {}
_digests_from: Path | None = None  # the cache dir _digests was read from


def _digest(path: Path) -> str:
    """The sha256 of a source file's content, remembered across processes under its size,
    mtime, inode and device: a small build checked ~15 MB of shipped data for its caches'
    freshness, reading and hashing it all (20 ms) at every start. A file replaced or
    rewritten gets a new stamp and is hashed again."""
    global _digests_from, _digests
    st = os.stat(path)
    stamp = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev)
    key = os.path.abspath(path)
    folder = cache_dir()
    with _digests_lock:
        if _digests_from != folder:
            _digests_from, _digests = folder, _read_digests(folder / _DIGESTS)
        known = _digests.get(key)
    if known is not None and known[0] == stamp:
        return known[1]
    hasher = hashlib.sha256()
    # In chunks: a 5 MB source read whole for a hit would stay in the heap for nothing.
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            hasher.update(chunk)
    digest = hasher.hexdigest()
    if time.time() - st.st_mtime > _SETTLED:
        with _digests_lock:
            _digests[key] = (stamp, digest)
            _write_atomically(folder / _DIGESTS, marshal.dumps(_digests))
    return digest


def _read_digests(path: Path) -> dict[str, tuple[tuple[int, int, int, int], str]]:
    try:
        value = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}


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

    def make() -> tuple[Any, bytes]:
        value = build(source.read_bytes())
        return value, marshal.dumps(value)

    path = _cache_path(name, source, version, also)
    return _cached(name, path, lambda path: marshal.loads(path.read_bytes()), make)


def _cached(name: str, path: Path, read: Callable[[Path], T], make: Callable[[], tuple[T, bytes | bytearray]]) -> T:
    """``read(path)`` when the cache file is there and whole; else ``make()``'s value, whose
    payload is written for the next process (old versions of ``name`` removed)."""
    try:
        value = read(path)
    except (OSError, EOFError, ValueError, TypeError, struct.error):
        pass
    else:
        stats[name, "hit"] += 1
        return value
    stats[name, "miss"] += 1
    value, payload = make()
    _write_atomically(path, payload)
    _remove_stale(path.parent, name, keep=path)
    return value


# A mapped cache file: magic, the header's length, the marshalled header (the caller's
# small ``meta`` value and each blob's offset and length), then the blobs, each starting
# on a boundary mmap accepts as an offset, so each maps on its own.
_MAGIC = b"FCMAP\x00\x02\x00"
_LENGTH = struct.Struct("<Q")
_ALIGN = max(mmap.ALLOCATIONGRANULARITY, mmap.PAGESIZE)

#: What :func:`load_mapped` hands back per blob: slices to ``bytes`` (``blob[a:b]``) and
#: exports a buffer (``memoryview(blob).cast("I")``).
Blob = Any


def load_mapped(
    name: str,
    source: Path,
    version: int,
    build: Callable[[bytes], tuple[Any, Sequence[bytes]]],
    also: Sequence[Path] = (),
    sparse: Sequence[int] = (),
) -> tuple[Any, list[Blob]]:
    """Like :func:`load` for ``build`` returning ``(meta, blobs)``: ``meta`` comes back as
    it was, each blob as a read-only map of its part of the cache file (``bytes`` when it
    was just built, or the file cannot be mapped).

    A map slices to ``bytes`` in C (``blob[a:b]``: binary search stays as fast as over
    bytes) and exports its buffer without copying (``memoryview(blob).cast("I")``).
    Same freshness and rebuild rules as :func:`load`.

    ``sparse``: the indexes of blobs read only by slicing, a few scattered records at a
    time (an index's text). Those are read with ``os.pread`` instead of mapped: each
    touch of a mapped page maps its resident neighbours too (the kernel's fault-around,
    64 kB, which ``madvise`` does not turn off), so a few thousand lookups left nearly all
    of a 9 MB text counted in the process's RSS.
    """

    def make() -> tuple[tuple[Any, list[Blob]], bytearray]:
        meta, blobs = build(source.read_bytes())
        return (meta, [bytes(b) for b in blobs]), _pack_mapped(meta, blobs)

    path = _cache_path(name, source, version, also)
    return _cached(name, path, lambda path: _open_mapped(path, frozenset(sparse)), make)


def _aligned(n: int) -> int:
    return -(-n // _ALIGN) * _ALIGN


def _pack_mapped(meta: Any, blobs: Sequence[bytes]) -> bytearray:
    lengths = [len(b) for b in blobs]
    # The header lists the blobs' offsets, and its own length moves them: repeat until
    # they stay put (a second round almost always settles it; lengths only grow).
    offsets = [0] * len(blobs)
    for _ in range(3):
        header = marshal.dumps((meta, list(zip(offsets, lengths))))
        pos = _aligned(len(_MAGIC) + _LENGTH.size + len(header))
        new = []
        for n in lengths:
            new.append(pos)
            pos = _aligned(pos + n)
        if new == offsets:
            break
        offsets = new
    else:
        raise AssertionError("cache header did not settle")
    out = bytearray(pos)
    out[: len(_MAGIC)] = _MAGIC
    out[len(_MAGIC) : len(_MAGIC) + _LENGTH.size] = _LENGTH.pack(len(header))
    out[len(_MAGIC) + _LENGTH.size : len(_MAGIC) + _LENGTH.size + len(header)] = header
    for offset, blob in zip(offsets, blobs):
        out[offset : offset + len(blob)] = blob
    return out


def _open_mapped(path: Path, sparse: frozenset[int] = frozenset()) -> tuple[Any, list[Blob]]:
    with open(path, "rb") as fh:
        if fh.read(len(_MAGIC)) != _MAGIC:
            raise ValueError("not a mapped cache file")
        (size,) = _LENGTH.unpack(fh.read(_LENGTH.size))
        meta, spans = marshal.loads(fh.read(size))
        total = os.fstat(fh.fileno()).st_size
        blobs = []
        for n, (offset, length) in enumerate(spans):
            if offset % _ALIGN or offset + length > total:
                raise ValueError("truncated cache file")
            if n in sparse and length and hasattr(os, "pread"):
                blobs.append(_Pread(path, offset, length))
            else:
                blobs.append(_map(fh, offset, length))
    return meta, blobs


class _Pread:
    """A read-only blob of a file read by ``os.pread`` per slice (see ``load_mapped``).

    Holds its own descriptor for the life of the process, so, like a map, it stays valid
    if a rebuild replaces the file.
    """

    def __init__(self, path: Path, offset: int, length: int) -> None:
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        self._offset, self._length = offset, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, span: slice) -> bytes:
        start, stop, step = span.indices(self._length)
        if step != 1:
            raise ValueError("only contiguous slices")
        return os.pread(self._fd, max(0, stop - start), self._offset + start)

    def __del__(self) -> None:
        try:
            os.close(self._fd)
        except (OSError, AttributeError):
            pass


def _map(fh: Any, offset: int, length: int) -> Blob:
    if not length:
        return b""  # mmap reads a length of 0 as "the whole file"
    try:
        # Read-only and shared with every process mapping the same file; a map outlives
        # the descriptor and stays valid if a rebuild replaces the file.
        return mmap.mmap(fh.fileno(), length, offset=offset, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # a filesystem without mmap: read the blob instead
        fh.seek(offset)
        return fh.read(length)


def _write_atomically(path: Path, payload: bytes | bytearray) -> None:
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


def serialized(load: Callable[[], T]) -> Callable[[], T]:
    """``load`` (a lazy index's cached loader) behind its own lock: threads racing to the
    first lookup wait for one load (and one build) instead of each doing their own. The
    lock sits outside the loader's cache, so it is the whole load that is waited for."""
    lock = threading.Lock()

    def call() -> T:
        with lock:
            return load()

    return call


def pack_strings(strings: Iterable[str]) -> tuple[bytes, bytes]:
    """``(blob, offsets)``: the strings' UTF-8 bytes end to end, and where each ends (a 4-byte
    array starting at 0), so string ``i`` is ``blob[offsets[i]:offsets[i + 1]]``."""
    encoded = [s.encode("utf-8") for s in strings]
    offsets, pos = array("I", [0]), 0
    for b in encoded:
        pos += len(b)
        offsets.append(pos)
    return b"".join(encoded), offsets.tobytes()


class Strings:
    """The strings of a :func:`pack_strings` table, each decoded when it is asked for."""

    def __init__(self, blob: Blob, offsets: Blob) -> None:
        # bytes, or maps of a cache file (load_mapped): nothing is copied.
        self.blob = blob
        self.offsets = uints(offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:
        return self._key(i).decode("utf-8")

    key = __getitem__  # the ``i``-th string, by name

    def __iter__(self) -> Iterator[str]:
        return map(self.__getitem__, range(len(self)))

    def _key(self, i: int) -> bytes:
        return self.blob[self.offsets[i] : self.offsets[i + 1]]


class SortedKeys(Strings):
    """Binary search over sorted UTF-8 keys kept in one bytes blob.

    Loading a dict or list of 200,000 strings costs ~0.1 s per process; this
    costs nothing at load and a few microseconds per lookup, because no key
    becomes a Python object until it is compared.
    """

    @staticmethod
    def pack(keys: list[str]) -> tuple[bytes, bytes]:
        """``(blob, offsets)`` for ``keys``, which must be sorted."""
        return pack_strings(keys)

    def __init__(self, blob: Blob, offsets: Blob) -> None:
        super().__init__(blob, offsets)
        self._fence: list[bytes] | None = None  # see _lower_bound
        self._found: dict[str, int] = {}  # key -> find(key): a text asks for its words again and again

    def find(self, key: str) -> int:
        """Index of ``key``, or -1."""
        found = self._found.get(key)
        if found is None:
            want = key.encode("utf-8", "surrogatepass")  # lone surrogates: no match, no crash
            lo = self._lower_bound(want)
            found = lo if lo < len(self) and self._key(lo) == want else -1
            if len(self._found) < _FOUND_MAX:
                self._found[key] = found
        return found

    def starts_with(self, prefix: str) -> bool:
        """Whether some key starts with ``prefix`` (or is it): the first key >= it does."""
        want = prefix.encode("utf-8", "surrogatepass")
        i = self._lower_bound(want)
        return i < len(self) and self._key(i).startswith(want)

    def has_longer(self, prefix: str) -> bool:
        """Whether some key is longer than ``prefix`` and starts with it.

        Keys starting with ``prefix`` sort right after it (UTF-8 byte order is code point
        order, and a byte prefix is a character prefix), so one search answers.
        """
        want = prefix.encode("utf-8", "surrogatepass")
        i = self._lower_bound(want)
        n = len(self)
        if i < n and self._key(i) == want:
            i += 1
        return i < n and self._key(i).startswith(want)

    def probe(self, prefix: str) -> tuple[int, bool]:
        """``(find(prefix), has_longer(prefix))`` in one search."""
        want = prefix.encode("utf-8", "surrogatepass")
        i = self._lower_bound(want)
        n = len(self)
        found = i < n and self._key(i) == want
        j = i + 1 if found else i
        return (i if found else -1), (j < n and self._key(j).startswith(want))

    def _lower_bound(self, want: bytes) -> int:
        """Index of the first key >= ``want``.

        Both searches run in C (``bisect``): first over every ``_FENCE``-th key, then over
        the keys between two of them. A loop in Python cost 13 us a search, and a build
        of a long text makes a hundred thousand.
        """
        n = len(self)
        fence = self._fence
        if fence is None:  # built on first search: a small start-up pays nothing for it
            fence = self._fence = [self._key(i) for i in range(0, n, _FENCE)]
        j = bisect_left(fence, want)  # key((j - 1) * _FENCE) < want <= key(j * _FENCE)
        lo, hi = max(0, (j - 1) * _FENCE + 1), min(j * _FENCE, n)
        return bisect_left(range(n), want, lo, hi, key=self._key)


#: How many answers of ``SortedKeys.find`` each table remembers (a 20 MB text's distinct
#: words, about; beyond it lookups are searched again, not cached without bound).
_FOUND_MAX = 1 << 18

#: One key in this many is kept as a Python bytes object for ``SortedKeys``' first search
#: (CC-CEDICT's 120,000 keys: 1,900 objects, made in a millisecond).
_FENCE = 64


def uints(raw: Blob) -> Sequence[int]:
    """Unsigned 32-bit integers (native order, as ``array("I")`` writes them) over ``raw``,
    without copying it."""
    return memoryview(raw).cast("B").cast("I")
