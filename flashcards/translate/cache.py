"""A content-addressed store of translations: one small file per (engine settings, text).

A file is only ever created complete (temp file + ``os.replace``) and never empty, so an
interrupted build leaves the whole translation or nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


def translation_key(engine_key: str, text: str) -> str:
    """sha256 of (engine settings, text); JSON keeps the two parts unambiguous."""
    return hashlib.sha256(json.dumps([engine_key, text], ensure_ascii=False).encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def path(self, key: str) -> Path:
        return self.directory / f"{key[:32]}.txt"

    def get(self, key: str) -> str | None:
        try:
            text = self.path(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        return text or None

    def put(self, key: str, text: str) -> None:
        """Store ``text``; a cache that cannot be written is skipped (the build goes on)."""
        if not text:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".fc-", suffix=".tmp", dir=self.directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    out.write(text)
                os.replace(temp, self.path(key))
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            pass
