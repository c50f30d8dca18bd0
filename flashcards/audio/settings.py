"""What the audio stage should do: one frozen value the CLI builds and the library reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from flashcards.errors import OptionError, mention

EngineName = Literal["auto", "edge", "command", "none"]
ENGINES: tuple[str, ...] = ("auto", "edge", "command", "none")

# The form edge-tts (and Azure SSML) accepts for <prosody rate>; checked here so a typo
# is an OptionError before the build starts, not one failed clip per word.
_RATE = re.compile(r"^[+-]\d+%$")


@dataclass(frozen=True)
class AudioSettings:
    """Audio options.

    ``engine``: ``auto`` uses edge-tts and builds without audio (saying so once) when the
    service cannot be reached; ``edge`` and ``command`` raise ``AudioError`` instead, since
    the user asked for that engine by name; ``none`` makes no audio. No offline engine is
    ever picked silently: wrong pronunciation is worse than no audio.

    ``command`` is a template run without a shell, e.g. ``"say -v Tingting -o {out}.aiff
    {text_file}"`` (see ``flashcards.audio.command``). ``voice`` and ``rate`` are edge-tts
    parameters. ``words``/``sentences`` say what the caller should voice; the generator
    itself voices whatever texts it is given.

    ``timeout`` bounds one attempt end to end, ``connect_timeout`` the connection set-up
    (DNS, TCP, TLS) so offline is noticed quickly. ``retries`` extra attempts follow
    transient failures, waiting ``backoff`` seconds doubled each time (with jitter) up
    to ``max_backoff``. After ``give_up_after`` attempts in a row time out, the engine is
    given up on for the rest of the run, like an unreachable one: a service that accepts
    connections and never answers costs seconds, not hours. ``strict`` turns any missing
    clip into ``AudioError``.

    ``edge_url`` overrides the edge-tts endpoint (ws:// or wss://); when None the
    ``FLASHCARDS_EDGE_TTS_URL`` environment variable is used if set.
    """

    engine: EngineName = "auto"
    command: str | None = None
    voice: str = "zh-CN-XiaoxiaoNeural"
    rate: str = "+0%"
    words: bool = True
    sentences: bool = True
    cache_dir: Path = Path("audio")
    concurrency: int = 4
    timeout: float = 30.0
    connect_timeout: float = 10.0
    retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    strict: bool = False
    edge_url: str | None = None
    give_up_after: int = 3

    def __post_init__(self) -> None:
        # Each error names its field as a path in BuildOptions ("audio.rate"): the CLI spells
        # it as its flag (--rate), a recipe as its key in [audio] (see flashcards.errors).
        if self.engine not in ENGINES:
            raise OptionError(f"unknown audio engine {self.engine!r}; choose one of {', '.join(ENGINES)}", option="audio.engine")
        if not _RATE.match(self.rate):
            raise OptionError(f"must look like +0% or -10%, not {self.rate!r}", option="audio.rate")
        for name in ("concurrency", "give_up_after"):
            if getattr(self, name) < 1:
                raise OptionError("must be at least 1", option=f"audio.{name}")
        for name in ("timeout", "connect_timeout"):
            if getattr(self, name) <= 0:
                raise OptionError("must be positive", option=f"audio.{name}")
        for name in ("retries", "backoff", "max_backoff"):
            if getattr(self, name) < 0:
                raise OptionError("cannot be negative", option=f"audio.{name}")
        if self.engine == "command":
            if not self.command:
                raise OptionError(f"the command audio engine needs a command template ({mention('audio.command')})",
                                  option="audio.engine")
            # Imported here: command.py is stdlib-only, but settings should not depend on
            # engines at import time.
            from flashcards.audio.template import parse_template

            parse_template(self.command)
        if not isinstance(self.cache_dir, Path):
            # Accept a str from a config file, but keep the field a Path for readers.
            object.__setattr__(self, "cache_dir", Path(self.cache_dir))
