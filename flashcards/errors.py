"""Exceptions the library raises; the CLI turns each into one line on stderr."""


class FlashcardsError(Exception):
    """Base class: anything a user can cause and fix."""


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
