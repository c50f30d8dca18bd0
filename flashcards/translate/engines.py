"""The translator interface, the three ways a translation can fail, and the engine registry.

An engine turns one Chinese text into English. It does no caching, retrying or throttling:
``generate`` does that once for every engine. Engines only *classify* their failures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from flashcards.translate.settings import TranslateSettings


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


def _command(settings: TranslateSettings) -> Translator:
    from flashcards.translate.command import CommandTranslator

    return CommandTranslator(settings)


def _deepl(settings: TranslateSettings) -> Translator:
    from flashcards.translate.deepl_api import DeepLTranslator

    return DeepLTranslator(settings)


def _libretranslate(settings: TranslateSettings) -> Translator:
    from flashcards.translate.libre import LibreTranslator

    return LibreTranslator(settings)


_FACTORIES: dict[str, Callable[[TranslateSettings], Translator]] = {
    "command": _command, "deepl": _deepl, "libretranslate": _libretranslate,
}


def make_translator(settings: TranslateSettings) -> Translator | None:
    """The engine ``settings`` asks for; None for ``none``. EngineUnavailable if it cannot start."""
    factory = _FACTORIES.get(settings.engine)
    return None if factory is None else factory(settings)
