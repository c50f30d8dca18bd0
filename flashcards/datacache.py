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
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flashcards.cachedir import cache_dir

#: ``(name, "hit" | "miss")`` counts for this process; tests and benchmarks read it.
stats: Counter[tuple[str, str]] = Counter()


def load(name: str, source: Path, version: int, build: Callable[[bytes], Any]) -> Any:
    """Return ``build(source bytes)``, from the disk cache when it is fresh.

    Reading and hashing the source costs a few milliseconds; parsing it is what
    the cache saves. A cache that cannot be read is rebuilt; one that cannot be
    written is skipped (a read-only home must not break lookups).
    """
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:16]
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
