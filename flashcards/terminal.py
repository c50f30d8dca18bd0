"""Text from files and file names, made safe to show in a terminal or to use as a name.

A file name or a recipe title comes from someone else: an ESC sequence in it can recolour,
retitle or rewrite the terminal when echoed, and a bidi override (U+202E) makes
``evil\u202etxt.apkg`` read as something else. What we print shows such characters as
escapes (``\\x1b``, ``\\u202e``); names that end up in a deck refuse them (see
:func:`unsafe_character`).
"""

from __future__ import annotations

import re
import unicodedata

#: Bidirectional embedding, override and isolate controls, and the marks that steer them.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# C0, DEL, C1, bidi controls, line/paragraph separators: never printed as they are.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS)) + "]")


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control and bidi characters shown as escapes: ``a\\x1b[31mb``.

    >>> printable("evil\\x1b]0;pwned\\x07.txt")
    'evil\\\\x1b]0;pwned\\\\x07.txt'
    """
    def escape(match: re.Match[str]) -> str:
        ch = match[0]
        if keep_newlines and ch in "\n\t":
            return ch
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, text)


def unsafe_character(text: str) -> str | None:
    """The first character that has no place in a name (deck, course title), or None:
    control characters, bidi controls, line separators and unassigned code points."""
    for ch in text:
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cn", "Cs"):
            return ch
    return None
