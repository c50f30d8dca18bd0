"""pypinyin's readings without importing pypinyin: its data as a cached table.

Importing pypinyin decodes two JSON files into dicts of 90,000 entries at import time:
~0.4 s and ~60 MB in every process that reads one word. The lexicon asks it two things
per distinct word (:func:`flashcards.lexicon._pypinyin`): the phrase-aware reading
(``lazy_pinyin``) and each character's possible readings (``pinyin(ch, heteronym=True)``),
always numbered (TONE3), neutral tone 5, ``ü``, characters without a reading kept as
they are. This module answers both from a table derived once from the *installed*
pypinyin (rebuilt when its data or version changes, see :mod:`flashcards.datacache`):
packed sorted keys, no Python object per entry until a word asks for it.

    >>> reading("还钱"), reading("这辆")
    (('huan2', 'qian2'), ('zhe4', 'liang4'))
    >>> sorted(options("行"))
    ['hang2', 'hang4', 'heng2', 'xing2', 'xing4']

How pypinyin reads a string, which :func:`reading` follows step by step: split it into
runs of characters with and without a reading (pypinyin's own ``RE_HANS``, kept in the
table); cut each reading run by forward maximum matching over its phrase dictionary (a
phrase wins where it is the longest phrase starting there; a stretch that only ever
prefixes phrases without completing one is read character by character); a phrase takes
its dictionary reading, any other character its first reading. A character inside the
reading runs that the character table lacks (1,402 rare ones in pypinyin 0.55) reads as
pypinyin styles it, the character itself with a neutral tone (``㐂5``): the table keeps
that suffix, probed from pypinyin when it is built; if pypinyin ever styles such a
character otherwise, those characters are handed to pypinyin itself.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from flashcards import datacache
from flashcards.datacache import SortedKeys, Strings, pack_strings

__all__ = ["options", "reading"]

#: Bump when the table layout or the conversion below changes.
INDEX_VERSION = 3


def _package_dir() -> Path:
    # find_spec locates the package without running its __init__ (which loads the dicts).
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pypinyin is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _sources() -> tuple[Path, ...]:
    """What the table derives from: both data files, and ``__init__`` for the version."""
    root = _package_dir()
    return root / "phrases_dict.json", root / "pinyin_dict.json", root / "__init__.py"


def _pypinyin_options(word: str) -> tuple[list[str], list[list[str]]]:
    """pypinyin's own answer (``lazy_pinyin``, ``pinyin(heteronym=True)``) with our settings."""
    from pypinyin import Style, lazy_pinyin, pinyin

    kw = dict(style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True, errors=lambda s: list(s))
    return lazy_pinyin(word, **kw), pinyin(word, heteronym=True, **kw)


def _build(_: bytes) -> tuple[str, list[bytes]]:
    from pypinyin import Style
    from pypinyin.constants import RE_HANS
    from pypinyin.converter import UltimateConverter
    # The shipped data itself, not constants.PHRASES_DICT: PYPINYIN_NO_PHRASES would empty
    # that for the process that happens to build the table, and every later one would share it.
    from pypinyin.phrases_dict import phrases_dict as PHRASES_DICT
    from pypinyin.pinyin_dict import pinyin_dict as PINYIN_DICT

    converter = UltimateConverter(v_to_u=True, neutral_tone_with_five=True)
    styled: dict[str, str] = {}

    def style(han: str, marked: str) -> str:
        # TONE3 and its two options depend on the syllable only, not on the character:
        # one conversion per distinct syllable instead of one per phrase character.
        if marked not in styled:
            styled[marked] = converter.convert_style(han, marked, style=Style.TONE3, strict=True)
        return styled[marked]

    phrases = sorted(PHRASES_DICT)
    phrase_values = [" ".join(style(h, items[0]) for h, items in zip(p, PHRASES_DICT[p])) for p in phrases]
    chars = sorted(chr(n) for n in PINYIN_DICT)
    char_values = []
    for ch in chars:
        seen = dict.fromkeys(style(ch, s) for s in PINYIN_DICT[ord(ch)].split(","))
        char_values.append(",".join(s for s in seen if s))  # first = the lazy reading
    # What pypinyin makes of a character it has no reading for: the character + a suffix.
    probes = [(ch, style(ch, ch)) for ch in "\u3402\u3403"]
    unread = probes[0][1][1:] if all(out == ch + probes[0][1][1:] for ch, out in probes) else None
    return (RE_HANS.pattern, unread), [
        *SortedKeys.pack(phrases), *pack_strings(phrase_values),
        *SortedKeys.pack(chars), *pack_strings(char_values),
    ]


class _Table:
    # Maps of the cache file (datacache.load_mapped), nothing copied at load.
    def __init__(self, meta: tuple[str, str | None], pk, po, pv, pvo, ck, co, cv, cvo) -> None:
        pattern, self.unread = meta
        self.hans = re.compile(pattern)
        self.phrases, self.phrase_values = SortedKeys(pk, po), Strings(pv, pvo)
        self.chars, self.char_values = SortedKeys(ck, co), Strings(cv, cvo)


@lru_cache(maxsize=1)
def _load() -> _Table:
    phrases, *also = _sources()
    meta, blobs = datacache.load_mapped("pypinyin", phrases, INDEX_VERSION, _build, also=also)
    return _Table(meta, *blobs)


_table = datacache.serialized(_load)


def _runs(text: str, hans: re.Pattern[str]) -> list[tuple[str, bool]]:
    """``text`` cut into maximal runs of characters with (True) and without a reading."""
    out: list[tuple[str, bool]] = []
    for ch in text:
        has = hans.match(ch) is not None
        if out and out[-1][1] == has:
            out[-1] = (out[-1][0] + ch, has)
        else:
            out.append((ch, has))
    return out


def _cut(run: str, table: _Table) -> list[str]:
    """Forward maximum matching over pypinyin's phrases, as pypinyin's ``mmseg`` cuts."""
    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        longest, j = 0, i
        while j < n and table.phrases.starts_with(run[i : j + 1]):
            j += 1
            if table.phrases.find(run[i:j]) >= 0:
                longest = j - i
        if longest:
            out.append(run[i : i + longest])
            i += longest
        elif j == n:  # the rest only ever prefixed phrases: every character on its own
            out.extend(run[i:])
            break
        else:
            out.append(run[i])
            i += 1
    return out


def _char_options(ch: str, table: _Table) -> list[str]:
    k = table.chars.find(ch)
    if k >= 0:
        return table.char_values[k].split(",")
    if table.unread is not None:
        return [ch + table.unread]
    return _pypinyin_options(ch)[1][0]


@lru_cache(maxsize=65536)
def reading(word: str) -> tuple[str, ...]:
    """What ``lazy_pinyin(word)`` gives with our settings: one syllable per character."""
    table = _table()
    out: list[str] = []
    for run, has_reading in _runs(word, table.hans):
        if not has_reading:
            out.extend(run)
            continue
        for piece in _cut(run, table):
            k = table.phrases.find(piece)
            if k >= 0:
                out.extend(table.phrase_values[k].split(" "))
                continue
            for ch in piece:
                out.append(_char_options(ch, table)[0])
    return tuple(out)


@lru_cache(maxsize=65536)
def options(char: str) -> frozenset[str]:
    """What ``pinyin(char, heteronym=True)[0]`` gives with our settings: every reading."""
    table = _table()
    if table.hans.match(char) is None:
        return frozenset(char)
    # A one-character phrase would read by its phrase entry here (none in pypinyin 0.55).
    if table.phrases.find(char) >= 0:
        return frozenset(_pypinyin_options(char)[1][0])
    return frozenset(_char_options(char, table))
