"""The edge engine against a fake edge-tts service on 127.0.0.1 (see fake_edge_tts.py)."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from audio_checks import assert_cache_sound
from fake_edge_tts import FakeEdgeTTS, audio_for, free_port
from rich.console import Console

from flashcards.audio import AudioResult, AudioSettings, agenerate_audio, generate_audio
from flashcards.audio.generate import OFFLINE_MESSAGE
from flashcards.errors import AudioError, OptionError

WORDS = ["你好", "谢谢", "学习", "中文", "老师", "朋友"]
Server = Callable[..., FakeEdgeTTS]


def fast(tmp_path: Path, **options: object) -> AudioSettings:
    """Settings with test-sized waits; the endpoint comes from FLASHCARDS_EDGE_TTS_URL."""
    values: dict[str, object] = {"cache_dir": tmp_path / "audio", "timeout": 5.0, "backoff": 0.01, "max_backoff": 0.05}
    values.update(options)
    return AudioSettings(**values)  # type: ignore[arg-type]


def run(texts: list[str], settings: AudioSettings) -> tuple[AudioResult, str]:
    console = Console(file=io.StringIO(), width=300)
    result = generate_audio(texts, settings, progress=False, console=console)
    return result, console.file.getvalue()  # type: ignore[attr-defined]


def counts(result: AudioResult) -> tuple[int, int, int, int]:
    summary = result.summary
    return summary.made, summary.cached, summary.failed, summary.skipped


def test_normal_audio(tmp_path: Path, fake_edge_tts: Server) -> None:
    server = fake_edge_tts()
    result, said = run(WORDS + ["你好", " "], fast(tmp_path, voice="zh-TW-HsiaoChenNeural", rate="-10%"))

    assert counts(result) == (6, 0, 0, 0) and said == ""
    assert server.errors == [] and server.connections == 6  # duplicates and blanks: no request
    assert sorted(r.text for r in server.received) == sorted(WORDS)
    assert {(r.voice, r.rate) for r in server.received} == {
        ("Microsoft Server Speech Text to Speech Voice (zh-TW, HsiaoChenNeural)", "-10%")
    }
    for word in WORDS:
        assert result.clips[word].read_bytes() == audio_for(word)
        assert result.sound(word) == f"[sound:{result.media_name(word)}]"
    assert len(assert_cache_sound(tmp_path / "audio")) == 6
    assert sorted(result.media_files) == sorted(str(p) for p in result.clips.values())


def test_warm_rebuild_makes_no_request(tmp_path: Path, fake_edge_tts: Server) -> None:
    server = fake_edge_tts()
    first, _ = run(WORDS, fast(tmp_path))
    before = server.connections
    second, _ = run(WORDS, fast(tmp_path))

    assert counts(second) == (0, 6, 0, 0)
    assert server.connections == before == 6  # server-side count: zero new connections
    assert second.clips == first.clips
    assert len(assert_cache_sound(tmp_path / "audio")) == 6


def test_warm_rebuild_needs_no_service_at_all(tmp_path: Path, fake_edge_tts: Server) -> None:
    fake_edge_tts()
    run(WORDS, fast(tmp_path))
    offline = fast(tmp_path, edge_url=f"ws://127.0.0.1:{free_port()}/", engine="edge")
    result, said = run(WORDS, offline)
    assert counts(result) == (0, 6, 0, 0) and said == ""


def test_damaged_cache_file_is_remade(tmp_path: Path, fake_edge_tts: Server) -> None:
    server = fake_edge_tts()
    first, _ = run(["你好", "谢谢"], fast(tmp_path))
    first.clips["你好"].write_bytes(b"")  # something outside us truncated it
    second, _ = run(["你好", "谢谢"], fast(tmp_path))
    assert counts(second) == (1, 1, 0, 0) and server.connections == 3
    assert second.clips["你好"].read_bytes() == audio_for("你好")


def test_refused_connection_in_auto_builds_without_audio(tmp_path: Path) -> None:
    settings = fast(tmp_path, edge_url=f"ws://127.0.0.1:{free_port()}/", retries=5, backoff=1.0)
    started = time.monotonic()
    result, said = run(WORDS * 10, settings)

    assert time.monotonic() - started < 5  # no retries, no waiting per clip
    assert counts(result) == (0, 0, 0, 6) and result.summary.offline
    assert said.count(OFFLINE_MESSAGE) == 1 and "127.0.0.1" in said
    assert result.clips == {} and assert_cache_sound(tmp_path / "audio") == []
    assert "skipped (offline)" in str(result.summary)


def test_refused_connection_with_named_engine_or_strict_raises(tmp_path: Path) -> None:
    url = f"ws://127.0.0.1:{free_port()}/"
    with pytest.raises(AudioError, match="edge audio engine unavailable"):
        run(WORDS, fast(tmp_path, edge_url=url, engine="edge"))
    with pytest.raises(AudioError, match="6 of 6 clips missing"):
        run(WORDS, fast(tmp_path, edge_url=url, strict=True))


def test_unresolvable_host_is_offline(tmp_path: Path) -> None:
    result, said = run(WORDS, fast(tmp_path, edge_url="ws://flashcards-test.invalid/", connect_timeout=2.0))
    assert result.summary.offline and said.count(OFFLINE_MESSAGE) == 1


@pytest.mark.parametrize("refusals, connections", [([403], 2), ([403, 403], 3), ([403, 403, 403], 4)])
def test_handshake_403_then_success(tmp_path: Path, fake_edge_tts: Server, refusals: list[int], connections: int) -> None:
    # edge-tts retries one 403 itself (after a clock-skew correction); we retry the rest.
    server = fake_edge_tts(handshake=refusals)
    result, _ = run(["你好"], fast(tmp_path))
    assert counts(result) == (1, 0, 0, 0) and server.connections == connections
    assert len(assert_cache_sound(tmp_path / "audio")) == 1


def test_no_audio_is_retried_then_counted_failed(tmp_path: Path, fake_edge_tts: Server) -> None:
    server = fake_edge_tts(reply=lambda i, text: "noaudio" if text == "学习" else "audio")
    result, _ = run(WORDS, fast(tmp_path, retries=2))

    assert counts(result) == (5, 0, 1, 0)
    assert result.summary.failures == (("学习", "no audio received (after 3 attempts)"),)
    assert [r.text for r in server.received].count("学习") == 3
    assert "学习" not in result.clips and len(assert_cache_sound(tmp_path / "audio")) == 5
    with pytest.raises(AudioError, match="1 of 6 clips missing; first: '学习'"):
        run(WORDS, fast(tmp_path, retries=0, strict=True))


@pytest.mark.parametrize("fault", ["noaudio", "truncate", "garbage", "stall"])
def test_one_bad_reply_is_retried(tmp_path: Path, fake_edge_tts: Server, fault: str) -> None:
    server = fake_edge_tts(reply=[fault])
    result, _ = run(["你好"], fast(tmp_path, timeout=1.0))
    assert counts(result) == (1, 0, 0, 0) and len(server.received) == 2
    assert result.clips["你好"].read_bytes() == audio_for("你好")  # never the partial one
    assert len(assert_cache_sound(tmp_path / "audio")) == 1


def test_stall_past_the_timeout_fails_without_hanging(tmp_path: Path, fake_edge_tts: Server) -> None:
    fake_edge_tts(reply=lambda i, text: "stall" if text == "谢谢" else "audio")
    started = time.monotonic()
    result, _ = run(WORDS, fast(tmp_path, timeout=0.5, retries=1))
    assert time.monotonic() - started < 5
    assert counts(result) == (5, 0, 1, 0) and "timed out after 0.5s" in result.summary.failures[0][1]
    assert len(assert_cache_sound(tmp_path / "audio")) == 5


def test_503_on_some_requests(tmp_path: Path, fake_edge_tts: Server) -> None:
    server = fake_edge_tts(handshake=[503, 101, 503, 503, 429, 502])
    result, _ = run(WORDS, fast(tmp_path, retries=5))
    assert counts(result) == (6, 0, 0, 0) and server.connections == 6 + 5
    assert len(assert_cache_sound(tmp_path / "audio")) == 6


def test_503_every_time_fails_each_clip_after_its_retries(tmp_path: Path, fake_edge_tts: Server) -> None:
    server = fake_edge_tts(handshake=lambda i: 503)
    result, _ = run(WORDS, fast(tmp_path, retries=2))
    assert counts(result) == (0, 0, 6, 0) and server.connections == 6 * 3
    assert all(why == "HTTP 503 (after 3 attempts)" for _, why in result.summary.failures)
    assert assert_cache_sound(tmp_path / "audio") == []


def test_retry_after_is_honoured(tmp_path: Path, fake_edge_tts: Server) -> None:
    fake_edge_tts(handshake=[429], retry_after="0.4")
    started = time.monotonic()
    result, _ = run(["你好"], fast(tmp_path, max_backoff=1.0))
    assert result.summary.made == 1 and time.monotonic() - started >= 0.4


def test_other_4xx_means_a_wrong_endpoint(tmp_path: Path, fake_edge_tts: Server) -> None:
    server = fake_edge_tts(handshake=lambda i: 404)
    with pytest.raises(AudioError, match=r"HTTP 404"):
        run(WORDS, fast(tmp_path, engine="edge", concurrency=1))
    assert server.connections == 1


def test_concurrency_is_bounded_and_used(tmp_path: Path, fake_edge_tts: Server) -> None:
    server = fake_edge_tts(latency=0.1)
    words = [f"词{i}" for i in range(12)]
    result, _ = run(words, fast(tmp_path, concurrency=3))
    assert result.summary.made == 12 and 2 <= server.max_active <= 3


def test_cancel_mid_run_leaves_only_complete_files(tmp_path: Path, fake_edge_tts: Server) -> None:
    fake_edge_tts(latency=0.3, reply=lambda i, text: "stall" if text.startswith("慢") else "audio")

    async def scenario() -> None:
        task = asyncio.create_task(agenerate_audio(["快", "慢一", "慢二", "慢三"], fast(tmp_path), progress=False))
        await asyncio.sleep(1.0)
        task.cancel()  # what Ctrl-C does to asyncio.run's main task
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert len(assert_cache_sound(tmp_path / "audio")) == 1


def test_voice_and_rate_change_the_media_name(tmp_path: Path, fake_edge_tts: Server) -> None:
    fake_edge_tts()
    names = {
        run(["你好"], fast(tmp_path, voice=voice, rate=rate))[0].media_name("你好")
        for voice, rate in [("zh-CN-XiaoxiaoNeural", "+0%"), ("zh-CN-YunxiNeural", "+0%"), ("zh-CN-YunxiNeural", "-20%")]
    }
    assert len(names) == 3


def test_endpoint_patch_is_restored(tmp_path: Path, fake_edge_tts: Server) -> None:
    from edge_tts import communicate, constants

    fake_edge_tts()
    run(["你好"], fast(tmp_path))
    assert communicate.WSS_URL == constants.WSS_URL


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "127.0.0.1:8080", "ws:///path"])
def test_bad_endpoint_is_an_option_error(tmp_path: Path, url: str) -> None:
    with pytest.raises(OptionError, match="ws:// or wss://"):
        run(["你好"], fast(tmp_path, edge_url=url))


def test_bad_voice_is_an_option_error(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match="voice"):
        run(["你好"], fast(tmp_path, voice="Tingting"))
