"""Command templates for a user's own TTS program: parse, guard the text, fill.

A leaf: the settings check a template when they are made, the engine runs it.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping, Sequence

from flashcards.errors import OptionError

PLACEHOLDERS = frozenset({"text", "text_file", "out"})
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_OPTION = "audio.command"  # the field every error here is about


def parse_template(template: str) -> tuple[str, ...]:
    """Split and check a command template; OptionError if it cannot work.

    >>> parse_template("say -v Tingting -o {out}.aiff {text}")
    ('say', '-v', 'Tingting', '-o', '{out}.aiff', '{text}')
    """
    try:
        args = tuple(shlex.split(template))
    except ValueError as exc:
        raise OptionError(f"cannot parse it: {exc}", option=_OPTION) from exc
    if not args:
        raise OptionError("empty", option=_OPTION)
    names = placeholders(args)
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise OptionError(f"unknown placeholder {{{unknown[0]}}}; use {{text}}, {{text_file}} or {{out}}", option=_OPTION)
    if _PLACEHOLDER.search(args[0]):
        # The program to run must come from the user, never from the studied text.
        raise OptionError("the program name cannot be a placeholder", option=_OPTION)
    if "out" not in names:
        raise OptionError("needs {out}, the file the program writes", option=_OPTION)
    return args


def protect_text(args: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """The arguments with ``--`` before the first one that starts with ``{text}``, unless one
    is there already or options follow it; and whether the text itself must be guarded
    (options follow, so ``--`` cannot be used). See :mod:`flashcards.audio.command`.

    >>> protect_text(("say", "-o", "{out}", "{text}"))
    (('say', '-o', '{out}', '--', '{text}'), False)
    >>> protect_text(("tts", "{text}", "-o", "{out}"))
    (('tts', '{text}', '-o', '{out}'), True)
    """
    first = next((i for i, arg in enumerate(args) if arg.startswith("{text}")), None)
    if first is None or "--" in args[:first]:
        return args, False
    if any(arg.startswith("-") for arg in args[first + 1:]):
        return args, True
    return (*args[:first], "--", *args[first:]), False


def placeholders(args: Sequence[str]) -> set[str]:
    """The placeholder names the arguments use: ``{"text", "out"}``."""
    return {name for arg in args for name in _PLACEHOLDER.findall(arg)}


def fill(args: Sequence[str], values: Mapping[str, str]) -> list[str]:
    """Replace placeholders in each argument, one pass, no re-scanning of inserted text."""
    return [_PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), arg) for arg in args]
