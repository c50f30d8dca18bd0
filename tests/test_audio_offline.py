"""--audio auto offline: decided by one connection, before edge-tts is even imported."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.parse

from conftest import TEXTS
from flashcards.audio.reach import EDGE_HOST, unreachable


def test_the_probe_asks_where_edge_tts_connects():
    import edge_tts.constants

    assert urllib.parse.urlsplit(edge_tts.constants.WSS_URL).hostname == EDGE_HOST


def test_unreachable_says_why():
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(1)
        port = listening.getsockname()[1]
        assert unreachable(f"ws://127.0.0.1:{port}/x", 2) is None
    assert unreachable(f"ws://127.0.0.1:{port}/x", 2) == f"127.0.0.1:{port}: connection refused"
    assert unreachable("ws://name.invalid/x", 2) in ("name.invalid:80: name lookup failed", "name.invalid:80: no answer in 2s")


def _build(tmp_path, *extra):
    code = (
        "import sys; from flashcards.cli import main; code = main(sys.argv[1:]); "
        "print('EDGE_TTS_LOADED' if 'edge_tts' in sys.modules else 'EDGE_TTS_NOT_LOADED'); sys.exit(code)"
    )
    args = [str(TEXTS / "industrial_internet.txt"), "-o", str(tmp_path / "out.apkg"), "--limit", "3",
            "--audio-cache", str(tmp_path / "audio"), *extra]
    return subprocess.run([sys.executable, "-c", code, "build", *args], capture_output=True, text=True,
                          timeout=300, env=os.environ.copy())


def test_offline_auto_skips_every_clip_without_loading_edge_tts(tmp_path):
    # conftest points FLASHCARDS_EDGE_TTS_URL at a closed port on 127.0.0.1.
    done = _build(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "EDGE_TTS_NOT_LOADED" in done.stdout
    assert "edge-tts service unreachable: building without audio (127.0.0.1:" in done.stderr
    assert "connection refused)" in done.stderr
    assert "skipped (offline)" in done.stderr
    assert (tmp_path / "out.apkg").stat().st_size > 0


def test_quiet_silences_the_offline_line(tmp_path):
    from incli import run_cli  # in this process: what edge-tts loads is the test above's

    done = run_cli("build", str(TEXTS / "industrial_internet.txt"), "-o", str(tmp_path / "out.apkg"), "--limit", "3",
                   "--audio-cache", str(tmp_path / "audio"), "-q")
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and done.stdout == ""
    assert (tmp_path / "out.apkg").stat().st_size > 0


import pytest  # noqa: E402


@pytest.mark.parametrize(
    "voice, rate",
    [
        ("zh-CN-XiaoxiaoNeural", "+0%"), ("zh-CN-YunxiNeural", "-20%"), ("zh-TW-HsiaoChenNeural", "+5%"),
        ("fil-PH-AngeloNeural", "+0%"), ("Tingting", "+0%"), ("zh-CN-Xiaoxiao", "+0%"),
        ("zh-CN-XiaoxiaoNeural", "fast"), ("zh-CN-XiaoxiaoNeural", "20%"), ("", "+0%"),
        ("Microsoft Server Speech Text to Speech Voice (zh-CN, XiaoxiaoNeural)", "+0%"),
    ],
)
def test_voice_check_agrees_with_edge_tts(voice, rate):
    import edge_tts

    from flashcards.audio.edge import check_voice
    from flashcards.errors import OptionError

    try:
        edge_tts.Communicate("", voice, rate=rate)
        theirs = True
    except (TypeError, ValueError):
        theirs = False
    try:
        check_voice(voice, rate)
        ours = True
    except OptionError:
        ours = False
    assert ours == theirs
