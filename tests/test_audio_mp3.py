"""The MP3 plausibility check that guards the cache."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mp3_samples import mp3_frames

from flashcards.audio.mp3 import frame_length, is_plausible_mp3, mp3_problem

ID3 = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + bytes(10)  # ID3v2.4, 10-byte body of padding
MPEG1_128K = bytes([0xFF, 0xFB, 0x90, 0x64])  # MPEG-1 layer III 128 kbit/s 44.1 kHz


@pytest.mark.parametrize(
    "header, length",
    [
        (bytes([0xFF, 0xF3, 0x64, 0xC0]), 144),  # edge-tts: MPEG-2 L3 48k 24 kHz
        (MPEG1_128K, 417),
        (bytes([0xFF, 0xFB, 0x92, 0x64]), 418),  # same, padded
        (bytes([0xFF, 0xFD, 0x90, 0x64]), 522),  # MPEG-1 layer II 160 kbit/s: 144*160000/44100
        (bytes([0xFF, 0xFF, 0x90, 0x64]), 312),  # MPEG-1 layer I 288 kbit/s: 4*(12*288000/44100)
        (bytes([0xFF, 0xE3, 0x64, 0xC0]), 72 * 48000 // 12000),  # MPEG-2.5
        (bytes([0xFF, 0xFB, 0x00, 0x64]), 0),  # free format
        (bytes([0xFF, 0xFB, 0xF0, 0x64]), None),  # bad bitrate
        (bytes([0xFF, 0xFB, 0x9C, 0x64]), None),  # bad sample rate
        (bytes([0xFF, 0xF9, 0x90, 0x64]), None),  # reserved layer
        (bytes([0xFF, 0xEB, 0x90, 0x64]), None),  # reserved version
        (bytes([0xFF, 0xFB, 0x90, 0x66]), None),  # reserved emphasis
        (b"RIFF", None),
        (b"\xff\xfb", None),
    ],
)
def test_frame_length(header: bytes, length: int | None) -> None:
    assert frame_length(header) == length


@pytest.mark.parametrize(
    "data, problem",
    [
        (mp3_frames(1), None),
        (mp3_frames(20), None),
        (ID3 + mp3_frames(3), None),
        (mp3_frames(3) + b"TAG" + bytes(125), None),  # ID3v1 trailer
        (mp3_frames(3) + bytes(50), None),  # zero padding
        (MPEG1_128K + bytes(413), None),
        (b"", "empty"),
        (ID3, "ID3 tag but no audio"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "no MPEG audio frame"),
        (b"<html>403 Forbidden</html>", "no MPEG audio frame"),
        (bytes(500), "no MPEG audio frame"),
        (mp3_frames(3)[:-1], "truncated: frame 3 needs 144 bytes, 143 left"),
        (mp3_frames(3) + b"\xff\xf3", "truncated inside a frame header"),
        (mp3_frames(3) + b"<html>oops</html>", "17 bytes of non-audio data after 3 frames"),
        (mp3_frames(2)[:100], "truncated: frame 1 needs 144 bytes, 100 left"),
    ],
)
def test_mp3_problem(data: bytes, problem: str | None) -> None:
    assert mp3_problem(data) == problem
    assert is_plausible_mp3(data) is (problem is None)


@given(st.binary(max_size=2000))
def test_any_bytes_no_crash(data: bytes) -> None:
    assert mp3_problem(data) is None or isinstance(mp3_problem(data), str)


@given(st.binary(max_size=300))
def test_frames_followed_by_junk_are_judged_not_crashed(junk: bytes) -> None:
    verdict = mp3_problem(mp3_frames(2) + junk)
    assert verdict is None or isinstance(verdict, str)
