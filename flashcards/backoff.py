"""Waiting between attempts at an online service: one rule for audio and translation.

Exponential backoff with "equal jitter" (half the ceiling fixed, half random): retries of
many clients spread out, and the wait still grows. A server's Retry-After is honoured up to
the same ceiling. The wait ends early when the run is stopped (the service went away), so
a stage that just gave up does not sleep on.
"""

from __future__ import annotations

import asyncio
import contextlib
import random


def delay(attempt: int, base: float, ceiling: float, retry_after: float | None, rng: random.Random) -> float:
    """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 0).

    >>> delay(0, 1.0, 30.0, None, random.Random(1)) <= 1.0, delay(10, 1.0, 30.0, 60.0, random.Random(1))
    (True, 30.0)
    """
    top = min(ceiling, base * 2**attempt)
    wait = top / 2 + rng.uniform(0, top / 2)
    if retry_after is not None:
        wait = max(wait, min(retry_after, ceiling))
    return wait


async def pause(seconds: float, stopped: asyncio.Event) -> None:
    """Sleep ``seconds``, or less if ``stopped`` is set meanwhile."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stopped.wait(), seconds)
