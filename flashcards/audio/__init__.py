"""The audio stage: speak words and sentences as MP3 clips for the package.

>>> from flashcards.audio import AudioSettings, generate_audio
>>> result = generate_audio(["你好"], AudioSettings(engine="none"), progress=False)
>>> result.sound("你好")
''

How a build uses it (``build.make_audio``, ``build.media_paths``)::

    audio = generate_audio(texts, settings, progress=not quiet)   # AudioError: exit 1
    field = audio.sound("你好")        # "[sound:fc-<hash16>.mp3]" or "" (no clip)
    media = audio.media_files          # cache paths; a path's basename is its media name

Media names derive from engine, voice, rate and text, so they are safe in a field as is
and a changed clip always arrives under a new name.

Importing this package imports neither edge_tts nor aiohttp nor rich: engines load them
when they first run, so ``flashcards --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashcards import lazy

if TYPE_CHECKING:
    from flashcards.audio.generate import AudioResult, AudioSummary, agenerate_audio, generate_audio
    from flashcards.audio.settings import AudioSettings

# Loaded on first use (PEP 562): the CLI reads ``audio.settings.ENGINES`` for its choices
# on every run, and the stage (asyncio, the cache, the engines) is only needed by a build.
_HOMES = {"AudioResult": "generate", "AudioSummary": "generate", "agenerate_audio": "generate",
          "generate_audio": "generate", "AudioSettings": "settings"}

__getattr__ = lazy.attributes(__name__, _HOMES)


__all__ = ["AudioResult", "AudioSettings", "AudioSummary", "agenerate_audio", "generate_audio"]
