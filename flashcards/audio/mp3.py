"""Is this byte string a complete MP3 stream? A cheap structural check, not a decoder.

The cache must never store an empty, truncated or non-audio file (an HTML error page, a
WAV from a command engine). Walking the MPEG frame headers catches all of these: each
header gives its frame's length, so a stream cut mid-frame or followed by junk shows.
"""

from __future__ import annotations

# kbit/s by (version is MPEG-1, layer) then bitrate index 1..14.
_BITRATES = {
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
# Hz by version bits (0 = MPEG-2.5, 2 = MPEG-2, 3 = MPEG-1) then sample-rate index.
_SAMPLE_RATES = {0: (11025, 12000, 8000), 2: (22050, 24000, 16000), 3: (44100, 48000, 32000)}
# What may legitimately follow the last frame: ID3v1, APE and Lyrics3 tags.
_TRAILERS = (b"TAG", b"APETAGEX", b"LYRICS", b"ID3")

FREE_FORMAT = 0


def frame_length(header: bytes) -> int | None:
    """Length in bytes of the MPEG audio frame starting with ``header`` (4 bytes).

    None when the bytes are not a valid header; ``FREE_FORMAT`` (0) when the bitrate is
    "free" and the length cannot be known from the header.

    >>> frame_length(bytes([0xFF, 0xF3, 0x64, 0xC0]))  # MPEG-2 layer III 48 kbit/s 24 kHz
    144
    """
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version = (header[1] >> 3) & 3
    layer = 4 - ((header[1] >> 1) & 3)  # bits 01 = layer III, 11 = layer I
    bitrate_index = header[2] >> 4
    rate_index = (header[2] >> 2) & 3
    if version == 1 or layer == 4 or bitrate_index == 15 or rate_index == 3 or header[3] & 3 == 2:
        return None
    if bitrate_index == 0:
        return FREE_FORMAT
    mpeg1 = version == 3
    bitrate = _BITRATES[(mpeg1, layer)][bitrate_index - 1] * 1000
    sample_rate = _SAMPLE_RATES[version][rate_index]
    padding = (header[2] >> 1) & 1
    if layer == 1:
        return (12 * bitrate // sample_rate + padding) * 4
    if layer == 3 and not mpeg1:
        return 72 * bitrate // sample_rate + padding
    return 144 * bitrate // sample_rate + padding


def _skip_id3v2(data: bytes) -> int:
    """Offset of the first byte after a leading ID3v2 tag (0 if there is none)."""
    if data[:3] != b"ID3" or len(data) < 10:
        return 0
    size = 0
    for byte in data[6:10]:  # "syncsafe" integer: 7 bits per byte
        size = (size << 7) | (byte & 0x7F)
    footer = 10 if data[5] & 0x10 else 0
    return 10 + size + footer


def mp3_problem(data: bytes) -> str | None:
    """Why ``data`` is not a plausible complete MP3 stream, or None if it is."""
    if not data:
        return "empty"
    pos = _skip_id3v2(data)
    if pos:
        while pos < len(data) and data[pos] == 0:  # encoders pad the ID3 tag with zeros
            pos += 1
        if pos >= len(data):
            return "ID3 tag but no audio"
    frames = 0
    while pos + 4 <= len(data):
        length = frame_length(data[pos : pos + 4])
        if length is None:
            break
        if length == FREE_FORMAT:
            return None  # rare; frame boundaries are unknowable without decoding
        if pos + length > len(data):
            return f"truncated: frame {frames + 1} needs {length} bytes, {len(data) - pos} left"
        pos += length
        frames += 1
    if frames == 0:
        return "no MPEG audio frame"
    rest = data[pos:]
    if not rest or rest.startswith(_TRAILERS) or not rest.strip(b"\0"):
        return None
    if rest[0] == 0xFF and len(rest) < 4:
        return "truncated inside a frame header"
    return f"{len(rest)} bytes of non-audio data after {frames} frames"


def is_plausible_mp3(data: bytes) -> bool:
    """True when ``data`` looks like a complete MP3 stream (see ``mp3_problem``)."""
    return mp3_problem(data) is None
