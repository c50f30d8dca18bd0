"""flashcards: turn real Chinese text into Anki decks.

The command line (``flashcards build``, ``analyze``, ``preview``, ``set``) is a thin layer
over this library. The public face, loaded lazily so ``import flashcards`` stays cheap::

    from flashcards import BuildOptions, build_deck
    report = build_deck(BuildOptions(inputs=("text.txt",), output=Path("text.apkg")))
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.2.0"

# name → module that owns it; imported on first access (PEP 562), never at import time.
_PUBLIC = {
    "BuildOptions": "flashcards.build",
    "BuildReport": "flashcards.build",
    "build_deck": "flashcards.build",
    "AnalyzeOptions": "flashcards.analysis",
    "analyze": "flashcards.analysis",
    "analyze_text": "flashcards.analysis",
    "lookup": "flashcards.lexicon",
    "WordInfo": "flashcards.lexicon",
    "FlashcardsError": "flashcards.errors",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'flashcards' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
