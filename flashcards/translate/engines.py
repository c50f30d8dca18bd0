"""The translator registry: which engine each ``--translate`` name means.

An engine (:mod:`flashcards.translate.engine`) turns one Chinese text into English. It does
no caching, retrying or throttling: ``generate`` does that once for every engine. Engines
only *classify* their failures.
"""

from __future__ import annotations

from collections.abc import Callable

from flashcards.translate.engine import Translator
from flashcards.translate.settings import TranslateSettings


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
