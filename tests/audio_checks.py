"""Assertions shared by the audio tests."""

from __future__ import annotations

from pathlib import Path

from flashcards.audio.mp3 import mp3_problem


def assert_cache_sound(directory: Path) -> list[Path]:
    """Every file in the cache is a complete MP3 named fc-<16 hex>.mp3; no temp is left."""
    if not directory.exists():
        return []
    files = sorted(directory.iterdir())
    for path in files:
        assert path.name.startswith("fc-") and path.suffix == ".mp3", f"stray file {path.name}"
        assert len(path.stem) == 3 + 16
        assert mp3_problem(path.read_bytes()) is None, f"{path.name}: {mp3_problem(path.read_bytes())}"
    return files
