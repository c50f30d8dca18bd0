"""Tiny valid MP3 streams built by hand, so tests need neither ffmpeg nor lame.

Each frame is MPEG-2 layer III, 48 kbit/s, 24 kHz, mono: the format edge-tts asks for,
144 bytes long. Its side information is zero (no main data, so it decodes as silence);
the rest of the frame is ancillary data, where the seed goes so that different texts
give different bytes.
"""

from __future__ import annotations

import hashlib

FRAME_HEADER = bytes([0xFF, 0xF3, 0x64, 0xC0])
FRAME_LENGTH = 144
_SIDE_INFO = bytes(9)  # mono MPEG-2 layer III side information


def mp3_frames(count: int = 4, seed: str | bytes = b"") -> bytes:
    """``count`` complete frames whose ancillary bytes derive from ``seed``."""
    seed_bytes = seed.encode("utf-8") if isinstance(seed, str) else seed
    filler = hashlib.sha256(seed_bytes).digest()
    payload_length = FRAME_LENGTH - len(FRAME_HEADER) - len(_SIDE_INFO)
    payload = (filler * (payload_length // len(filler) + 1))[:payload_length]
    return (FRAME_HEADER + _SIDE_INFO + payload) * count
