"""Where the project keeps caches it can rebuild (jieba's prefix dict, parsed dictionaries)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """The cache directory, created on first use.

    ``FLASHCARDS_CACHE_DIR`` wins, then ``$XDG_CACHE_HOME/flashcards``, then
    ``~/.cache/flashcards``. Never a shared /tmp file: another user's jieba cache
    there could be stale or hostile.
    """
    explicit = os.environ.get("FLASHCARDS_CACHE_DIR")
    if explicit:
        path = Path(explicit)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
        path = Path(base) / "flashcards"
    path.mkdir(parents=True, exist_ok=True)
    return path
