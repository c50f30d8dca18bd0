"""What an audio engine is, and the three ways a synthesis can fail.

A leaf module: engines (``edge``, ``command``) and the stage (``generate``) import it; the
registry (``engines``) sits above them all, so no two of them import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Engine(Protocol):
    """Something that speaks Chinese text as MP3."""

    name: str
    # Everything that changes the audio (engine, voice, rate, command...). Part of every
    # clip's cache key: change it and every clip is made anew under a new name.
    key: str
    # Why the engine cannot work at all, when that is known before any request (its
    # service did not answer a probe); None when it may work. The stage then skips every
    # clip at once, without a progress bar or a request.
    unavailable: str | None

    async def synthesize(self, text: str) -> bytes:
        """The complete MP3 for ``text``; raises one of the errors below on failure."""
        ...


class EngineUnavailable(Exception):
    """The engine cannot work at all (service unreachable, program missing): stop trying."""


class TransientError(Exception):
    """This attempt failed in a way that may pass (throttling, 5xx, no audio): retry."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ClipFailed(Exception):
    """This text cannot be spoken by this engine; retrying will not help."""


@dataclass(frozen=True)
class Unreachable:
    """An engine whose service did not answer before the run: every clip is skipped."""

    name: str
    key: str
    unavailable: str

    async def synthesize(self, text: str) -> bytes:
        raise EngineUnavailable(self.unavailable)
