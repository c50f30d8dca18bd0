"""What a translator is, and the three ways a translation can fail.

A leaf module: the engines (``command``, ``deepl_api``, ``libre``) and the stage
(``generate``) import it; the registry (``engines``) sits above them, so no two of them
import each other.
"""

from __future__ import annotations

from typing import Protocol


class Translator(Protocol):
    name: str  # as a card names it: "DeepL", "LibreTranslate", "command"
    # Everything that changes the output (engine, languages, server, template): part of
    # every cache key, so another engine or setting never serves an old translation.
    key: str

    async def translate(self, text: str) -> str:
        """The English for ``text``; raises one of the errors below on failure."""
        ...


class EngineUnavailable(Exception):
    """The engine cannot work at all (unreachable, refused key, program missing): stop."""


class TransientError(Exception):
    """This attempt failed in a way that may pass (429, 5xx, garbled reply): retry."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TranslationFailed(Exception):
    """This text cannot be translated by this engine; retrying will not help."""


def retry_after(value: str | None) -> float | None:
    """A Retry-After header in seconds (the HTTP-date form is ignored)."""
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
