"""A command's plain command lines read without typer's coercion, for a fast start.

typer (0.29) checks every option value with a pydantic TypeAdapter: importing pydantic and
building an adapter per option costs some 0.2 s of CPU on every ``flashcards build``, a
tenth of a small build. Most command lines are plain — known options, well-formed values
— and need none of it. :func:`parser` reads the command's own typer declarations (its
signature's ``Annotated[type, typer.Option(...)]``: the one home of every option), and
:meth:`Parser.parse` turns a plain command line into the keyword arguments typer would
pass; typer still reads the declarations (and builds the command, 20 ms). Anything else — ``--help``, an unknown or repeated option, a value that is not
plainly valid, a missing argument — gives None, and typer parses the line as always, with
its own messages. ``tests/test_quickargs.py`` holds both paths to the same BuildOptions.

    >>> import typer.main
    >>> from flashcards import cli
    >>> build = typer.main.get_command(cli.app).commands["build"]
    >>> parser(build).parse(["a.txt", "-q", "--examples", "2"])["examples"]
    2
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import typer
from typer.models import ArgumentInfo, OptionInfo

__all__ = ["Parser", "Unsupported", "parser"]

# Declaration settings that leave a value as the command line gives it; any other setting
# (callback, envvar, parser, min/max, exists, prompt ...) means typer must parse.
_NEUTRAL = frozenset({"default", "param_decls", "help", "show_default", "show_choices", "case_sensitive", "hidden", "rich_help_panel", "metavar"})
_NUMBERS: dict[type, re.Pattern[str]] = {int: re.compile(r"[0-9]+"), float: re.compile(r"[0-9]+(?:\.[0-9]+)?")}
_BAD = object()


class Unsupported(Exception):
    """A declaration this parser does not read: the command always goes to typer."""


@dataclass(frozen=True)
class _Option:
    name: str  # the command's parameter
    kind: type  # str, Path, int, float or bool
    choices: frozenset[str] | None  # a Literal's values

    def value(self, raw: str) -> Any:
        """``raw`` as typer would coerce it, or _BAD when typer should judge it."""
        if not raw or raw.startswith("-"):  # empty, or maybe an option typer reads otherwise
            return _BAD
        if self.choices is not None:
            return raw if raw in self.choices else _BAD
        if self.kind in _NUMBERS:
            return self.kind(raw) if _NUMBERS[self.kind].fullmatch(raw) else _BAD
        return Path(raw) if self.kind is Path else raw


@dataclass(frozen=True)
class Parser:
    """One command's options: each flag's parameter, and for bool flags the value it sets."""

    options: dict[str, _Option]  # "--output" and "-o" → output
    switches: dict[str, tuple[str, bool]]  # "--no-tatoeba" → ("tatoeba", False)
    argument: str  # the parameter taking the positional arguments (a list)
    defaults: dict[str, Any]

    def parse(self, argv: Sequence[str]) -> dict[str, Any] | None:
        """The command's keyword arguments for a plain ``argv``, else None (ask typer)."""
        given: dict[str, Any] = {}
        positional: list[str] = []
        i = 0
        while i < len(argv):
            arg = argv[i]
            i += 1
            if arg == "-" or not arg.startswith("-"):
                positional.append(arg)
                continue
            flag, eq, inline = arg.partition("=") if arg.startswith("--") else (arg, "", "")
            if flag in self.switches and not eq:
                name, value = self.switches[flag]
            elif flag in self.options:
                option = self.options[flag]
                if not eq:
                    if i == len(argv):
                        return None
                    inline, i = argv[i], i + 1
                name, value = option.name, option.value(inline)
                if value is _BAD:
                    return None
            else:
                return None  # --help, --, an unknown option, -qo ...
            if name in given:  # repeated: typer decides which wins
                return None
            given[name] = value
        if not positional:
            return None  # typer says the argument is missing
        return {**self.defaults, **given, self.argument: positional}


def parser(command: Any) -> Parser:
    """The Parser of a command as typer builds it (``typer.main.get_command(app)``'s
    subcommand: typer's own reading of the declarations, flag names and defaults);
    Unsupported if one of its parameters needs typer."""
    options: dict[str, _Option] = {}
    switches: dict[str, tuple[str, bool]] = {}
    arguments, defaults = [], {}
    for param in command.params:
        _check_neutral(param)
        kind = param.type_descriptor.annotation
        if isinstance(param.type_descriptor.parameter_info, ArgumentInfo):
            if param.nargs != -1 or kind != list[str]:
                raise Unsupported(f"{param.name}: only a list[str] argument")
            arguments.append(param.name)
            continue
        defaults[param.name] = param.default
        if kind is bool:
            if not param.is_flag:
                raise Unsupported(f"{param.name}: a bool option that is no flag")
            switches.update({flag: (param.name, True) for flag in param.opts})
            switches.update({flag: (param.name, False) for flag in param.secondary_opts})
            continue
        if param.secondary_opts or param.nargs != 1:
            raise Unsupported(f"{param.name}: not one value")
        option = _option(param.name, kind)
        options.update({flag: option for flag in param.opts})
    if len(arguments) != 1:
        raise Unsupported("exactly one positional argument expected")
    return Parser(options, switches, arguments[0], defaults)


def _check_neutral(param: Any) -> None:
    """Refuse what changes a value or where it comes from: callbacks, environment
    variables, prompts, counts, several values, constraints (min, exists ...)."""
    if param.callback is not None or param.envvar is not None or param.multiple or param.required != (param.nargs == -1):
        raise Unsupported(f"{param.name}: callback, envvar, multiple or required")
    if getattr(param, "prompt", None) or getattr(param, "count", False) or param.is_eager:
        raise Unsupported(f"{param.name}: prompt, count or eager")
    info = param.type_descriptor.parameter_info
    if not isinstance(info, (OptionInfo, ArgumentInfo)):
        raise Unsupported(f"{param.name}: not a typer Option or Argument")
    blank = (typer.Option if isinstance(info, OptionInfo) else typer.Argument)()
    for attr, value in vars(info).items():
        if attr not in _NEUTRAL and value != getattr(blank, attr, None):
            raise Unsupported(f"{param.name}: {attr} is set")


def _option(name: str, kind: Any) -> _Option:
    if get_origin(kind) is Literal:
        values = get_args(kind)
        if not all(isinstance(v, str) for v in values):
            raise Unsupported(f"{name}: a Literal of non-strings")
        return _Option(name, str, frozenset(values))
    if kind not in (str, Path, int, float):
        raise Unsupported(f"{name}: type {kind!r}")
    return _Option(name, kind, None)

