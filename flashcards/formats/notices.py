"""Warnings about input that was read anyway: a skipped line, a fallback. One line on stderr each.

Readers keep going on these (a film's subtitles are still worth a deck without line 1,204), so
they are not errors; but the learner must hear that something was left out or read otherwise.
"""

from __future__ import annotations

import sys


def warn(message: str) -> None:
    """Print ``message`` as one line on stderr (newlines in user text cannot break it)."""
    print(f"flashcards: warning: {' '.join(message.split())}", file=sys.stderr)
