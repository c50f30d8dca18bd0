"""Is this text Chinese at all? Japanese and Korean also write with hanzi (kanji, hanja).

A Japanese page has kanji in nearly every sentence, so "it has hanzi" builds a "Chinese" deck
from it without a word. What tells the languages apart is the script that only they use:
kana for Japanese, hangul for Korean. Chinese text has almost none of either — a stray ノ or
the odd Korean name — so a share of kana (or hangul) above ``MAX_FOREIGN_SHARE`` of all CJK
characters is taken as the other language. Japanese runs about 60% kana, Korean-with-hanja
nearly all hangul: far from the threshold on either side.
"""

from __future__ import annotations

import re

from flashcards.errors import InputError, mention
from flashcards.formats.passage import HANZI as _HANZI

#: Kana (or hangul) above this share of the CJK characters: not Chinese.
MAX_FOREIGN_SHARE = 0.05

# Hiragana and katakana, without the prolonged-sound mark and middle dot Chinese text also
# borrows (ー, ・), and the small katakana extension.
_KANA = re.compile(r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fd\u30fe\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")
_LANGUAGES = (("Japanese", "kana", _KANA), ("Korean", "hangul", _HANGUL))


def foreign_language(text: str) -> tuple[str, str, float] | None:
    """(language, its script, share of CJK characters) if ``text`` looks Japanese or Korean.

    >>> foreign_language("今日は天気がいいですね。")[0]
    'Japanese'
    >>> foreign_language("今天天气很好。") is None
    True
    """
    hanzi = len(_HANZI.findall(text))
    for language, script, pattern in _LANGUAGES:
        own = len(pattern.findall(text))
        total = hanzi + own
        if total and own / total > MAX_FOREIGN_SHARE:
            return language, script, own / total
    return None


_SCRIPTS = (("Latin", re.compile(r"[A-Za-z\u00c0-\u024f]")), ("kana", _KANA), ("hangul", _HANGUL),
            ("Cyrillic", re.compile(r"[\u0400-\u04ff]")), ("Arabic", re.compile(r"[\u0600-\u06ff]")),
            ("Thai", re.compile(r"[\u0e00-\u0e7f]")))


def what_is_there(text: str) -> str:
    """A few words on what a text without hanzi holds instead, for the "no Chinese" message.

    >>> what_is_there("title: hello")
    'it holds 10 letters, mostly Latin'
    """
    counts = [(len(pattern.findall(text)), script) for script, pattern in _SCRIPTS]
    letters = sum(1 for c in text if c.isalpha())
    if not text.strip():
        return "nothing is left once markup is dropped"
    if not letters:
        return f"it holds {len(text.strip())} characters and no letters"
    count, script = max(counts)
    if not count:
        return f"it holds {letters} letters"
    return f"it holds {letters} letters, mostly {script}"


def check_chinese(text: str, name: str) -> None:
    """Raise InputError naming the language when ``text`` looks Japanese or Korean."""
    found = foreign_language(text)
    if found is not None:
        language, script, share = found
        raise InputError(
            f"{name}: looks like {language}, not Chinese ({share:.0%} of its CJK characters are {script}); "
            f"{mention('force')} reads it anyway"
        )
