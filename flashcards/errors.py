"""Exceptions the library raises; the CLI turns each into one line on stderr.

A message never spells a command-line flag: the library does not know whether its caller
is the CLI (``--known-level``), a recipe (``course.standard`` in ``decks/x.toml``) or a
program (``BuildOptions.known_level``). It names an option by its field, the path in
``BuildOptions`` (``known_level``, ``audio.rate``, ``translate.url``; a command's own
options by their parameter: ``count``, ``output_dir``), and the edge spells it:

    >>> e = OptionError(f"only with {mention('known_from')}", option="known_field")
    >>> str(e)
    'known_field: only with known_from'
    >>> e.render(lambda field: "--" + field.replace("_", "-"))
    '--known-field: only with --known-from'
"""

from __future__ import annotations

import re
from collections.abc import Callable

# How an option is marked inside a message until the edge renders it: two private-use
# characters, which no file name or option value in a message is expected to hold (a
# backtick, say, is common in Markdown).
_OPEN, _CLOSE = "\ue000", "\ue001"
_MENTION = re.compile(f"{_OPEN}([a-z][a-z0-9_.]*){_CLOSE}")


def mention(field: str) -> str:
    """``field`` marked inside a message, for the edge to spell (see the module notes)."""
    return f"{_OPEN}{field}{_CLOSE}"


class FlashcardsError(Exception):
    """Base class: anything a user can cause and fix.

    ``option``: the field the error is about (rendered first, "option: message"); options
    the message names are marked with :func:`mention`. ``str()`` names them by field."""

    def __init__(self, message: str = "", option: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.option = option

    def render(self, name: Callable[[str], str] = lambda field: field, *, subject: bool = True) -> str:
        """The message with every option spelled by ``name`` (field → what the user wrote);
        without ``subject``, the option it is about is left for the caller to say."""
        text = _MENTION.sub(lambda m: name(m.group(1)), self.message)
        return f"{name(self.option)}: {text}" if self.option and subject else text

    def marked(self) -> str:
        """The whole message with its options still marked: to wrap it in another error."""
        return self.render(mention)

    def __str__(self) -> str:
        return self.render()


class InputError(FlashcardsError):
    """The input text cannot be read or holds nothing to learn from."""


class OptionError(FlashcardsError):
    """An option value is out of range or unknown."""


class OutputError(FlashcardsError):
    """The output file cannot be written."""


class AudioError(FlashcardsError):
    """Audio could not be produced and the user asked for it strictly."""


class RecipeError(FlashcardsError):
    """A course recipe (decks/*.toml) or its lock file is invalid; the message names the key."""
