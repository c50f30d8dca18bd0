"""AudioSettings validation, the engine registry, and import cost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flashcards.audio import AudioSettings, generate_audio
from flashcards.audio.engines import make_engine
from flashcards.errors import OptionError


@pytest.mark.parametrize(
    "options, problem",
    [
        ({"engine": "espeak"}, "unknown audio engine 'espeak'"),
        ({"rate": "fast"}, "audio.rate: must look like"),
        ({"rate": "10%"}, "audio.rate: must look like"),
        ({"concurrency": 0}, "audio.concurrency: must be at least 1"),
        ({"retries": -1}, "audio.retries: cannot be negative"),
        ({"timeout": 0}, "audio.timeout: must be positive"),
        ({"backoff": -1}, "audio.backoff: cannot be negative"),
        ({"engine": "command"}, "needs a command template"),
        ({"engine": "command", "command": "say {text}"}, "needs {out}"),
    ],
)
def test_invalid_settings(options: dict[str, object], problem: str) -> None:
    with pytest.raises(OptionError, match=problem.replace("{", r"\{").replace("}", r"\}")):
        AudioSettings(**options)  # type: ignore[arg-type]


def test_defaults_and_str_cache_dir() -> None:
    settings = AudioSettings(cache_dir="here")  # type: ignore[arg-type]
    assert settings.cache_dir == Path("here")
    assert (settings.engine, settings.voice, settings.rate, settings.concurrency) == (
        "auto", "zh-CN-XiaoxiaoNeural", "+0%", 4,
    )


@pytest.mark.parametrize(
    "engine, name",
    [("none", None), ("auto", "edge"), ("edge", "edge"), ("command", "command")],
)
def test_registry(engine: str, name: str | None) -> None:
    settings = AudioSettings(engine=engine, command="say -o {out} {text}")  # type: ignore[arg-type]
    made = make_engine(settings)
    assert (made.name if made else None) == name


def test_engine_none_makes_nothing(tmp_path: Path) -> None:
    result = generate_audio(["你好", "你好", ""], AudioSettings(engine="none", cache_dir=tmp_path / "a"), progress=False)
    assert result.clips == {} and result.sound("你好") == "" and result.media_files == []
    assert (result.summary.requested, result.summary.skipped) == (1, 1)
    assert not (tmp_path / "a").exists()


def test_importing_flashcards_audio_loads_no_engine() -> None:
    code = (
        "import sys, flashcards.audio, flashcards.audio.edge, flashcards.audio.command;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'edge_tts', 'aiohttp', 'rich'}))"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"


class _DownEngine:
    """Not an Unreachable: any engine may say, before the run, that it cannot work."""

    name = "down"
    key = "down|1"
    unavailable = "no service here"

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def synthesize(self, text: str) -> bytes:
        self.asked.append(text)
        raise AssertionError("asked to speak although unavailable")


def test_an_engine_unavailable_before_the_run_is_never_asked(tmp_path) -> None:
    engine = _DownEngine()
    result = generate_audio(["你好", "谢谢"], AudioSettings(cache_dir=tmp_path / "a"), progress=False, engine=engine)
    assert engine.asked == [] and result.clips == {}
    assert (result.summary.skipped, result.summary.offline) == (2, True)
