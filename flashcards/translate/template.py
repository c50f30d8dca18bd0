"""Command templates for a user's own translator: parse (``--`` before the text), fill.

A leaf: the settings check a template when they are made, the engine runs it. See
:mod:`flashcards.translate.command` for why the text must never be read as an option.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence

from flashcards.errors import OptionError

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
TEXT = "{text}"
_OPTION = "translate.command"  # the field every error here is about


def parse_template(template: str) -> tuple[str, ...]:
    """Split and check a template; the argv to fill, with ``--`` inserted where needed.

    >>> parse_template("argos-translate --from-lang zh --to-lang en {text}")
    ('argos-translate', '--from-lang', 'zh', '--to-lang', 'en', '--', '{text}')
    """
    try:
        args = list(shlex.split(template))
    except ValueError as exc:
        raise OptionError(f"cannot parse it: {exc}", option=_OPTION) from exc
    if not args:
        raise OptionError("empty", option=_OPTION)
    names = {name for arg in args for name in _PLACEHOLDER.findall(arg)}
    if names - {"text"}:
        raise OptionError(f"unknown placeholder {{{sorted(names - {'text'})[0]}}}; use {{text}}", option=_OPTION)
    if _PLACEHOLDER.search(args[0]):
        raise OptionError("the program name cannot be a placeholder", option=_OPTION)
    holders = [i for i, arg in enumerate(args) if TEXT in arg]
    if len(holders) > 1:
        raise OptionError("{text} may appear in one argument only", option=_OPTION)
    if holders and args[holders[0]].startswith(TEXT) and "--" not in args[: holders[0]]:
        at = holders[0]
        if any(a.startswith("-") for a in args[at + 1 :]):
            raise OptionError(
                "put {text} after every option (or leave it out to use stdin), "
                "so the text can never be read as an option",
                option=_OPTION,
            )
        args.insert(at, "--")
    return tuple(args)


def fill(args: Sequence[str], text: str) -> list[str]:
    """Replace ``{text}`` in one pass: inserted text is never scanned again."""
    return [_PLACEHOLDER.sub(lambda m: text if m[1] == "text" else m[0], arg) for arg in args]
