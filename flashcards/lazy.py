"""Package attributes that load their module on first use (PEP 562).

A package whose ``__init__`` re-exports its stage (``flashcards.audio``, ``flashcards.translate``)
would otherwise load the whole stage whenever any of its leaf modules is imported, e.g.
when the CLI reads ``flashcards.audio.settings.ENGINES`` for its choices.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``homes`` maps each name to the submodule
    that defines it; the value is fetched once, then kept in the package's namespace."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(importlib.import_module(package), name, value)
        return value

    return __getattr__
