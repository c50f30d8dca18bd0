"""The audio stage: speak words and sentences as MP3 clips for the package.

>>> from flashcards.audio import AudioSettings, generate_audio
>>> result = generate_audio(["你好"], AudioSettings(engine="none"), progress=False)
>>> result.sound("你好")
''

Importing this package imports neither edge_tts nor aiohttp nor rich: engines load them
when they first run, so ``flashcards --help`` stays fast.
"""

from flashcards.audio.generate import AudioResult, AudioSummary, agenerate_audio, generate_audio
from flashcards.audio.settings import AudioSettings

__all__ = ["AudioResult", "AudioSettings", "AudioSummary", "agenerate_audio", "generate_audio"]
