"""The engine registry: which engine each ``--audio`` name means.

An engine (:mod:`flashcards.audio.engine`) turns one text into MP3 bytes. It does no
caching, retrying or throttling: ``generate`` does that once for every engine. Engines only
*classify* their failures, because only they know whether "connection refused" means
"offline" or "bad clip".
"""

from __future__ import annotations

from collections.abc import Callable

from flashcards.audio.engine import Engine, Unreachable
from flashcards.audio.settings import AudioSettings


EngineFactory = Callable[[AudioSettings], Engine]


def _edge(settings: AudioSettings) -> Engine:
    from flashcards.audio.edge import EdgeEngine  # imports edge_tts lazily inside

    return EdgeEngine.from_settings(settings)


def _auto(settings: AudioSettings) -> Engine:
    """edge-tts when its service answers; else an engine that says why, without loading
    edge-tts (and aiohttp) at all: offline, ``auto`` builds without audio at once."""
    import os

    from flashcards.audio import edge  # cheap: edge_tts itself loads inside EdgeEngine
    from flashcards.audio.reach import EDGE_HOST, unreachable

    url = settings.edge_url or os.environ.get(edge.ENV_URL) or f"wss://{EDGE_HOST}/"
    edge.check_endpoint(url)
    edge.check_voice(settings.voice, settings.rate)
    reason = unreachable(url, min(settings.connect_timeout, 3.0))
    if reason is None:
        return _edge(settings)
    return Unreachable("edge", edge.engine_key(settings.voice, settings.rate), reason)


def _command(settings: AudioSettings) -> Engine:
    from flashcards.audio.command import CommandEngine

    return CommandEngine.from_settings(settings)


# A registry rather than an if/elif chain: a new engine is one line here. Not mutable
# at run time on purpose; a caller with its own engine passes it to generate_audio.
_FACTORIES: dict[str, EngineFactory] = {"edge": _edge, "auto": _auto, "command": _command}


def make_engine(settings: AudioSettings) -> Engine | None:
    """The engine ``settings`` asks for; None for ``none``."""
    factory = _FACTORIES.get(settings.engine)
    return None if factory is None else factory(settings)
