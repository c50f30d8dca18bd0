"""The translation stage: English for the sentences of the user's own text, by a chosen engine.

>>> from flashcards.translate import TranslateSettings, translate_texts
>>> translate_texts(["你好"], TranslateSettings(engine="none"), progress=False).english
{}

Engines (``--translate``): ``none`` (default), ``command`` (a local program, no shell),
``deepl`` (the official ``deepl`` package, ``DEEPL_AUTH_KEY``), ``libretranslate`` (a server
URL the user runs). Translations are cached by (engine settings, text) under the cache
directory, so a rebuild asks nothing twice. Importing this package imports neither deepl
nor aiohttp: engines load them when they first run.

Tatoeba's human translations (:mod:`flashcards.tatoeba`) come first; an engine only sees
sentences Tatoeba has no exact translation for (see :mod:`flashcards.english`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashcards import lazy

if TYPE_CHECKING:
    from flashcards.translate.generate import TranslationResult, TranslationSummary, atranslate_texts, translate_texts
    from flashcards.translate.settings import ENGINES, TranslateSettings

# Loaded on first use (PEP 562), like flashcards.audio: the CLI reads ``settings.ENGINES``
# for its choices on every run; the stage is only needed by a build.
_HOMES = {"TranslationResult": "generate", "TranslationSummary": "generate", "atranslate_texts": "generate",
          "translate_texts": "generate", "ENGINES": "settings", "TranslateSettings": "settings"}

__getattr__ = lazy.attributes(__name__, _HOMES)


__all__ = ["ENGINES", "TranslateSettings", "TranslationResult", "TranslationSummary", "atranslate_texts", "translate_texts"]
