"""What the audio stage should do: one frozen value the CLI builds and the library reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from flashcards.errors import OptionError

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
        if self.engine not in ENGINES:
            raise OptionError(f"unknown audio engine {self.engine!r}; choose one of {', '.join(ENGINES)}")
        if not _RATE.match(self.rate):
            raise OptionError(f"audio rate must look like +0% or -10%, not {self.rate!r}")
        if self.concurrency < 1:
            raise OptionError("audio concurrency must be at least 1")
        if self.retries < 0:
            raise OptionError("audio retries cannot be negative")
        if self.give_up_after < 1:
            raise OptionError("audio give_up_after must be at least 1")
        if self.timeout <= 0 or self.connect_timeout <= 0:
            raise OptionError("audio timeouts must be positive")
        if self.backoff < 0 or self.max_backoff < 0:
            raise OptionError("audio backoff cannot be negative")
        if self.engine == "command":
            if not self.command:
                raise OptionError("the command audio engine needs a command template")
            # Imported here: command.py is stdlib-only, but settings should not depend on
            # engines at import time.
            from flashcards.audio.template import parse_template

            parse_template(self.command)
        if not isinstance(self.cache_dir, Path):
            # Accept a str from a config file, but keep the field a Path for readers.
            object.__setattr__(self, "cache_dir", Path(self.cache_dir))
