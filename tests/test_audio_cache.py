"""The content-addressed clip cache."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from audio_checks import assert_cache_sound
from hypothesis import given
from hypothesis import strategies as st
from mp3_samples import mp3_frames

from flashcards.audio.cache import AudioCache, ImplausibleAudio, clip_key, media_name


@pytest.mark.parametrize(
    "a, b",
    [
        (("edge|v|+0%", "你好"), ("edge|v|+10%", "你好")),  # rate
        (("edge|x|+0%", "你好"), ("edge|y|+0%", "你好")),  # voice
        (("edge|x|+0%", "你好"), ("command|x|+0%", "你好")),  # engine
        (("edge|x|+0%", "你好"), ("edge|x|+0%", "你好。")),  # text
        (("a", "b\nc"), ("a\nb", "c")),  # no ambiguity at the seam
    ],
)
def test_every_part_changes_the_key(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert clip_key(*a) != clip_key(*b)
    assert media_name(clip_key(*a)) != media_name(clip_key(*b))


@given(st.text(), st.text())
def test_media_names_are_safe_and_stable(engine_key: str, text: str) -> None:
    name = media_name(clip_key(engine_key, text))
    assert re.fullmatch(r"fc-[0-9a-f]{16}\.mp3", name)
    assert name == media_name(clip_key(engine_key, text))


def test_put_then_get(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path / "audio")
    key = clip_key("e", "你好")
    assert cache.get(key) is None
    path = cache.put(key, mp3_frames(3))
    assert cache.get(key) == path and path.read_bytes() == mp3_frames(3)
    assert path.stat().st_mode & 0o777 == 0o644
    assert assert_cache_sound(tmp_path / "audio") == [path]


@pytest.mark.parametrize("data", [b"", b"<html>", mp3_frames(3)[:-1]])
def test_implausible_audio_is_never_stored(tmp_path: Path, data: bytes) -> None:
    cache = AudioCache(tmp_path / "audio")
    with pytest.raises(ImplausibleAudio):
        cache.put(clip_key("e", "t"), data)
    assert assert_cache_sound(tmp_path / "audio") == []


def test_interrupted_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = AudioCache(tmp_path / "audio")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.put(clip_key("e", "t"), mp3_frames(3))
    assert list((tmp_path / "audio").iterdir()) == []


def test_damaged_file_is_a_miss(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path)
    key = clip_key("e", "t")
    cache.put(key, mp3_frames(3)).write_bytes(mp3_frames(3)[:200])
    assert cache.get(key) is None


def test_sweep_removes_only_stale_temps(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path)
    old, fresh = tmp_path / ".fc-old.tmp", tmp_path / ".fc-new.tmp"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    clip = cache.put(clip_key("e", "t"), mp3_frames(1))
    assert cache.sweep_stale_temps() == 1
    assert not old.exists() and fresh.exists() and clip.exists()


def test_stored_lists_the_clips_put_and_is_empty_without_a_directory(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path / "audio")
    assert cache.stored() == frozenset()  # no directory yet: no clip can be there
    key = clip_key("engine", "你好")
    path = cache.put(key, mp3_frames())
    assert cache.stored() == {path.name} and path.name == media_name(key)
    assert cache.get(clip_key("engine", "再见")) is None and media_name(clip_key("engine", "再见")) not in cache.stored()
