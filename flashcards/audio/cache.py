"""A content-addressed store of finished clips: one file per (engine settings, text).

The file name derives from the key, and is also the media name inside the Anki package,
so a clip made with another voice or for another text never hides behind an old name.
A file is only ever created complete (temp file + ``os.replace``), so an interrupted
build leaves either the whole clip or nothing under its name.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from flashcards.audio.mp3 import mp3_problem

_TEMP_PREFIX = ".fc-"
_TEMP_SUFFIX = ".tmp"
# A temp file older than this was left by a killed process (SIGKILL, power loss); a
# live writer holds one for milliseconds.
_STALE_TEMP_SECONDS = 3600
#: A spoken word or sentence is a few KB; a clip file larger than this is not one of ours.
MAX_CLIP_BYTES = 16 << 20


def check_audio_cache(directory: Path) -> None:
    """Fail before any request if clips could not be stored in ``directory`` (a read-only
    folder, a file in its place, /proc): OutputError, one line."""
    from flashcards.errors import mention
    from flashcards.files import check_folder

    check_folder(Path(directory), create=True, what=mention("audio.cache_dir"))


class ImplausibleAudio(ValueError):
    """The engine returned bytes that are not a complete MP3 stream."""


def clip_key(engine_key: str, text: str) -> str:
    """The sha256 hex digest naming ``text`` spoken by the engine described by ``engine_key``.

    JSON keeps the two parts unambiguous whatever characters they hold.
    """
    material = json.dumps([engine_key, text], ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def media_name(key: str) -> str:
    """The clip's file name, in the cache and in the package: ``fc-<16 hex digits>.mp3``."""
    return f"fc-{key[:16]}.mp3"


class AudioCache:
    """Finished clips under ``directory`` (created on first write)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def path(self, key: str) -> Path:
        return self.directory / media_name(key)

    def stored(self) -> frozenset[str] | None:
        """The names in the cache directory (empty if there is none), or None if it cannot be
        listed. One listing instead of a failed open per text: a build of a long text asks
        for 14,000 clips, and a cache without audio has none of them."""
        try:
            return frozenset(os.listdir(self.directory))
        except FileNotFoundError:
            return frozenset()
        except OSError:
            return None

    def get(self, key: str) -> Path | None:
        """The clip's path if a plausible clip is stored, else None.

        Re-checking the content costs a read of a few KB per clip, and means a file
        damaged by anything outside this module is remade rather than packaged.
        """
        from flashcards.errors import InputError
        from flashcards.files import read_bounded

        path = self.path(key)
        try:  # bounded, regular files only: a FIFO put in the cache must not hang the build
            data = read_bounded(path, MAX_CLIP_BYTES)
        except InputError:
            return None
        return path if mp3_problem(data) is None else None

    def put(self, key: str, data: bytes) -> Path:
        """Store ``data`` atomically and return its path; ImplausibleAudio if not an MP3."""
        problem = mp3_problem(data)
        if problem is not None:
            raise ImplausibleAudio(problem)
        self.directory.mkdir(parents=True, exist_ok=True)
        final = self.path(key)
        fd, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=self.directory)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temp, 0o644)  # mkstemp makes 0600; media files are not secrets
            os.replace(temp, final)
        except BaseException:
            # BaseException: a Ctrl-C between write and rename must not leave the temp.
            Path(temp).unlink(missing_ok=True)
            raise
        return final

    def sweep_stale_temps(self, now: float | None = None) -> int:
        """Delete temp files abandoned by killed builds; return how many."""
        now = time.time() if now is None else now
        removed = 0
        for temp in self.directory.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"):
            try:
                if now - temp.stat().st_mtime > _STALE_TEMP_SECONDS:
                    temp.unlink()
                    removed += 1
            except OSError:
                continue  # another build removed or renamed it meanwhile
        return removed
