"""Warnings about input that was read anyway: a skipped line, a fallback. One line on stderr each.

Readers keep going on these (a film's subtitles are still worth a deck without line 1,204), so
they are not errors; but the learner must hear that something was left out or read otherwise.
While a document is being read (``held``), warnings wait: if the document is refused after all,
the learner sees the one line of the error, not warnings about a file that gave nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_HELD: ContextVar[list[str] | None] = ContextVar("held_notices", default=None)


def warn(message: str) -> None:
    """Print ``message`` as one line on stderr (newlines in user text cannot break it)."""
    line = f"flashcards: warning: {' '.join(message.split())}"
    held = _HELD.get()
    if held is None:
        print(line, file=sys.stderr)
    else:
        held.append(line)


@contextmanager
def held() -> Iterator[None]:
    """Hold warnings until the block ends; print them only if it ends without an error."""
    token = _HELD.set([])
    try:
        yield
        lines = _HELD.get() or []
    finally:
        _HELD.reset(token)
    for line in lines:
        print(line, file=sys.stderr)
