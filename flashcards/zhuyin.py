"""Zhuyin (bopomofo) for numbered pinyin syllables: the ``zhuyin`` pinyin style.

pypinyin's own converter does the spelling; this module only fixes the two places where a
card needs another convention: the neutral tone's dot is written first (˙ㄇㄚ), as Taiwan's
dictionaries print it, and an erhua syllable keeps its ㄦ after the tone (nar3 → ㄋㄚˇㄦ).

    >>> to_zhuyin(("xi3", "huan5")), to_zhuyin(("nar3",))
    ('ㄒㄧˇ˙ㄏㄨㄢ', 'ㄋㄚˇㄦ')

Words are written solid, like the other styles, so a sentence keeps one chunk per word.
A token that is not a syllable passes through unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["syllable", "to_zhuyin"]

_SYLLABLE = re.compile(r"^([A-Za-zÜü:]+?)(r?)([1-5])$")


@lru_cache(maxsize=1)
def _converter():
    from pypinyin.style.bopomofo import BopomofoConverter

    return BopomofoConverter()


@lru_cache(maxsize=4096)
def syllable(numbered: str) -> str:
    """One numbered syllable in zhuyin; a non-syllable comes back as it was."""
    m = _SYLLABLE.match(numbered)
    if not m:
        return numbered
    letters, erhua, tone = m.group(1).lower().replace("u:", "ü").replace("v", "ü"), m.group(2), m.group(3)
    if letters == "e" and erhua:  # "er" itself is a syllable, not an erhua ending
        letters, erhua = "er", ""
    base = _converter().to_bopomofo(letters + ("" if tone == "5" else tone)).replace("˙", "")
    if not base or base == letters or re.search(r"[A-Za-z0-9]", base):
        return numbered
    return ("˙" if tone == "5" else "") + base + ("ㄦ" if erhua else "")


def to_zhuyin(syllables: Iterable[str]) -> str:
    """Syllables joined solid in zhuyin."""
    return "".join(syllable(s) for s in syllables)
