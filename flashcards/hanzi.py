"""What counts as a Chinese character: one definition for every module.

    >>> bool(HANZI.search("abc学")), is_hanzi_word("学习"), is_hanzi_word("3D打印"), count("我爱Python。")
    (True, True, False, 2)

The blocks are CJK Unified Ideographs and Extension A, the compatibility ideographs, and
the supplementary planes' Extensions B-H (rare characters in names and classical text).
Radicals, strokes, ideographic punctuation and 〇 are not in it; modules that also want 〇
(the lexicon's numerals) add it beside ``CLASS``. jieba's own cutting patterns (``cutter``)
keep jieba's narrower range on purpose: they reproduce jieba, not our definition.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The ranges, for use inside a character class: ``f"[{CLASS}]"``.
CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HANZI = re.compile(f"[{CLASS}]")
HANZI_RUN = re.compile(f"[{CLASS}]+")
#: The one-character personal pronouns: subjects that jieba's dictionary and CC-CEDICT glue to
#: the next word (他用, 走你), and what reading rules look for before or after a verb.
PERSONAL_PRONOUNS = frozenset("我你您他她它")
_ONLY = re.compile(f"[{CLASS}]+")


@lru_cache(maxsize=1 << 17)
def is_hanzi_word(token: str) -> bool:
    """True for tokens made only of Chinese characters — the only ones that become cards."""
    return _ONLY.fullmatch(token) is not None


def count(text: str) -> int:
    """How many Chinese characters ``text`` holds."""
    return len(HANZI.findall(text))
