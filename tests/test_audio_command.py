"""The command engine, with a small Python script standing in for say/piper."""

from __future__ import annotations

import asyncio
import json
import shlex
import sys
import time
from pathlib import Path

import pytest
from audio_checks import assert_cache_sound

from flashcards.audio import AudioSettings, agenerate_audio, generate_audio
from flashcards.audio.template import fill, parse_template
from flashcards.errors import AudioError, OptionError

TESTS = Path(__file__).parent
SCRIPT = TESTS / "fake_tts_command.py"

HOSTILE = [
    "; rm -rf /",
    "$(touch pwned1)",
    "`touch pwned2`",
    "他说：\"你好\" 'ok' \\",
    "a && touch pwned3 | cat > pwned4",
    "line one\nline two",
    "{out} {text_file}",
    "--help",
    "*",
    "  spaced  ",
]


def template(log: Path, tail: str = "-- {text}", fmt: str = "mp3", extra: str = "") -> str:
    head = [sys.executable, str(SCRIPT), "--log", str(log), "--format", fmt]
    return f"{shlex.join(head)} {extra} --out {{out}} {tail}"


def settings(tmp_path: Path, command: str, **options: object) -> AudioSettings:
    return AudioSettings(engine="command", command=command, cache_dir=tmp_path / "audio", **options)  # type: ignore[arg-type]


def logged(log: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(
    "template_text, problem",
    [
        ("", "empty"),
        ("say 'unclosed", "cannot parse"),
        ("say {text}", "needs {out}"),
        ("say -o {out} {txt}", "unknown placeholder {txt}"),
        ("{text} -o {out}", "program name"),
        ("prefix{text_file} -o {out}", "program name"),
    ],
)
def test_bad_templates_are_option_errors(template_text: str, problem: str) -> None:
    with pytest.raises(OptionError, match=problem.replace("{", r"\{").replace("}", r"\}")):
        parse_template(template_text)


@pytest.mark.parametrize(
    "args, values, expected",
    [
        (["say", "{text}"], {"text": "a b"}, ["say", "a b"]),
        (["x", "--text={text}!"], {"text": "$(id)"}, ["x", "--text=$(id)!"]),
        (["x", "{text}", "{out}"], {"text": "{out}", "out": "/o"}, ["x", "{out}", "/o"]),  # one pass
        (["x", "{out}.aiff"], {"out": "/tmp/d/clip"}, ["x", "/tmp/d/clip.aiff"]),
        (["x", "{{text}}"], {"text": "t"}, ["x", "{t}"]),  # no brace escaping: braces stay literal
    ],
)
def test_fill_substitutes_per_argument(args: list[str], values: dict[str, str], expected: list[str]) -> None:
    assert fill(args, values) == expected


def test_hostile_text_is_one_literal_argument(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    log = tmp_path / "log.jsonl"
    result = generate_audio(HOSTILE, settings(tmp_path, template(log)), progress=False)

    assert result.summary.made == len(HOSTILE) and result.summary.failed == 0
    received = {entry["text"][0]: entry for entry in logged(log)}  # type: ignore[index]
    for text in HOSTILE:
        assert received[text]["text"] == [text]  # exactly one argv element, unchanged
        assert received[text]["argv"][-2:] == ["--", text]  # type: ignore[index]
    assert not list(tmp_path.glob("pwned*")) and not list(Path.cwd().glob("pwned*"))
    assert len(assert_cache_sound(tmp_path / "audio")) == len(HOSTILE)


@pytest.mark.parametrize("tail, source", [("--text-file {text_file}", "file"), ("", "stdin")])
def test_text_file_and_stdin(tmp_path: Path, tail: str, source: str) -> None:
    log = tmp_path / "log.jsonl"
    result = generate_audio(["你好", "$(reboot)"], settings(tmp_path, template(log, tail)), progress=False)
    assert result.summary.made == 2
    assert sorted((e["text"], e["source"]) for e in logged(log)) == [("$(reboot)", source), ("你好", source)]


def test_out_placeholder_may_carry_an_extension(tmp_path: Path) -> None:
    command = template(tmp_path / "log", "-- {text}").replace("--out {out}", "--out {out}.mp3")
    result = generate_audio(["好"], settings(tmp_path, command), progress=False)
    assert result.summary.made == 1


def test_nul_byte_fails_only_that_clip(tmp_path: Path) -> None:
    result = generate_audio(["a\0b", "好"], settings(tmp_path, template(tmp_path / "log")), progress=False)
    assert (result.summary.made, result.summary.failed) == (1, 1)
    assert "argument" in result.summary.failures[0][1]


@pytest.mark.parametrize(
    "fmt, reason",
    [("fail", "exited with status 3: fake engine: voice model missing"), ("empty", "empty file"),
     ("none", "wrote no file"), ("broken", "broken MP3")],
)
def test_failing_clips_leave_no_file(tmp_path: Path, fmt: str, reason: str) -> None:
    result = generate_audio(["一", "二"], settings(tmp_path, template(tmp_path / "log", fmt=fmt)), progress=False)
    assert (result.summary.made, result.summary.failed) == (0, 2)
    assert reason in result.summary.failures[0][1]
    assert result.clips == {} and assert_cache_sound(tmp_path / "audio") == []
    with pytest.raises(AudioError, match="2 of 2 clips missing"):
        generate_audio(["一", "二"], settings(tmp_path, template(tmp_path / "log", fmt=fmt), strict=True), progress=False)


def test_missing_program_is_an_audio_error(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="audio command not found: /nonexistent/say"):
        generate_audio(["一", "二"], settings(tmp_path, "/nonexistent/say -o {out} {text}"), progress=False)


def test_wav_without_converter_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    log = tmp_path / "log"
    with pytest.raises(AudioError, match="wrote WAV, not MP3.*install ffmpeg"):
        generate_audio(["一", "二", "三"], settings(tmp_path, template(log, fmt="wav")), progress=False)
    assert len(logged(log)) <= 3  # stopped early: at most the clips already in flight
    assert assert_cache_sound(tmp_path / "audio") == []


def test_wav_is_converted_with_ffmpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ffmpeg = bin_dir / "ffmpeg"  # a stand-in: records its argv, writes MP3 to the last one
    ffmpeg.write_text(
        f"#!{sys.executable}\nimport sys, json\nsys.path.insert(0, {str(TESTS)!r})\n"
        "from mp3_samples import mp3_frames\n"
        f"open({str(tmp_path / 'ffmpeg.log')!r}, 'a').write(json.dumps(sys.argv) + '\\n')\n"
        "open(sys.argv[-1], 'wb').write(mp3_frames(3))\n"
    )
    ffmpeg.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    result = generate_audio(["一"], settings(tmp_path, template(tmp_path / "log", fmt="wav")), progress=False)
    assert result.summary.made == 1
    calls = logged(tmp_path / "ffmpeg.log")
    assert len(calls) == 1 and "libmp3lame" in calls[0]  # type: ignore[operator]


def test_slow_command_times_out_and_is_killed(tmp_path: Path) -> None:
    command = template(tmp_path / "log", extra="--sleep 30")
    started = time.monotonic()
    result = generate_audio(["慢"], settings(tmp_path, command, timeout=0.5, retries=1, backoff=0.01), progress=False)
    assert time.monotonic() - started < 10
    assert result.summary.failed == 1 and "timed out" in result.summary.failures[0][1]
    assert assert_cache_sound(tmp_path / "audio") == []


def test_cancelling_leaves_the_cache_consistent(tmp_path: Path) -> None:
    fast, slow = template(tmp_path / "log"), template(tmp_path / "log", extra="--sleep 30")

    async def scenario() -> None:
        await agenerate_audio(["快"], settings(tmp_path, fast), progress=False)
        task = asyncio.create_task(agenerate_audio(["慢一", "慢二"], settings(tmp_path, slow), progress=False))
        await asyncio.sleep(1.0)
        task.cancel()  # what Ctrl-C does to asyncio.run's main task
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(scenario())
    assert len(assert_cache_sound(tmp_path / "audio")) == 1


def test_template_is_part_of_the_key(tmp_path: Path) -> None:
    first = generate_audio(["好"], settings(tmp_path, template(tmp_path / "a")), progress=False)
    second = generate_audio(["好"], settings(tmp_path, template(tmp_path / "b")), progress=False)
    again = generate_audio(["好"], settings(tmp_path, template(tmp_path / "a")), progress=False)
    assert first.media_name("好") != second.media_name("好")
    assert again.summary.cached == 1 and again.media_name("好") == first.media_name("好")
