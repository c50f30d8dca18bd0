"""OpenCC's s2t answers without loading OpenCC's s2t dictionaries: a cached table.

Loading OpenCC's s2t conversion costs ~26 MB and ~0.1 s per process, and a default build
needs it only for the Traditional field of each word (a few hundred short strings). This
module answers those from a table derived once from the *installed* OpenCC (rebuilt when
its s2t files change, see :mod:`flashcards.datacache`); :func:`flashcards.script.convert`
stays the one home of conversion and asks here first.

How OpenCC converts (s2t.json): forward maximum matching over its phrase dictionaries
(STPhrases and the regional STPhrases_Generated…), else the character dictionary. A phrase
can only match where the text holds the phrase's first two characters, so a string none
of whose adjacent pairs starts a phrase converts character by character. The table keeps

* every character of the CJK and punctuation blocks and of the CC-CEDICT and jieba
  headwords, converted;
* every such headword that *does* hold a phrase's first two characters, converted whole;
* those first-two-character pairs (read from the phrase dictionaries with OpenCC's own
  ``opencc_dict`` tool when the table is built).

:func:`convert` answers a covered string from the table, a phrase-free one character by
character, and anything else (a pair it cannot vouch for, a character it lacks, a
compatibility ideograph that OpenCC normalises first) with None: the caller asks OpenCC.
Every value is OpenCC's own answer, computed by the same rule ``script.convert`` applies.
If ``opencc_dict`` cannot be run, the table still answers the headwords it holds (all of
them then) and nothing character by character.

    >>> convert("银行"), convert("王刚")
    ('銀行', '王剛')
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from flashcards import datacache
from flashcards.datacache import SortedKeys, Strings

__all__ = ["convert"]

#: Bump when the table layout or the rule below changes.
INDEX_VERSION = 2

_PHRASE_FILES = ("STPhrases.ocd2", "STPhrases_GeneratedFromRegionalPhrases.ocd2")
_OTHER_FILES = ("STCharacters.ocd2", "CJK_Compatibility_Ideographs.ocd2", "s2t.json")
# Characters converted even if no headword holds them: CJK extension A, the basic block,
# general, CJK and full-width punctuation (tokens too, and inside sentences).
_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF))
_MEMO_CHARS = 8
_UNSEEN = object()


def _share_dir() -> Path:
    # find_spec locates the package without importing it (its import loads the C library).
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("opencc is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "clib" / "share" / "opencc"


def _phrase_pairs(share: Path) -> list[str] | None:
    """The first two characters of every s2t phrase, or None if the phrases cannot be read."""
    names = ("opencc_dict.exe", "opencc_dict") if sys.platform == "win32" else ("opencc_dict",)
    tools = [p for name in names if (p := share.parent.parent / "bin" / name).is_file()]
    if not tools:
        return None
    pairs: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for name in _PHRASE_FILES:
            out = Path(tmp) / f"{name}.txt"
            try:
                subprocess.run(
                    [str(tools[0]), "-i", str(share / name), "-o", str(out), "-f", "ocd2", "-t", "text"],
                    check=True, capture_output=True, timeout=120,
                )
                text = out.read_text(encoding="utf-8")
            except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
                return None
            for line in text.splitlines():
                key = line.split("\t", 1)[0]
                if len(key) >= 2:
                    pairs.add(key[:2])
    return sorted(pairs) if pairs else None


def _headwords() -> set[str]:
    from flashcards import cedict, frequency

    words = set(cedict.headwords())
    with open(frequency._jieba_dict(), encoding="utf-8") as fh:
        words.update(line.split(" ", 1)[0] for line in fh)
    words.discard("")
    return words


def _build(_: bytes) -> tuple[bool, list[bytes]]:
    from flashcards.script import opencc_convert

    share = _share_dir()
    pairs = _phrase_pairs(share)
    headwords = _headwords()
    chars = {chr(c) for lo, hi in _BLOCKS for c in range(lo, hi + 1)}
    chars.update(ch for w in headwords for ch in w)
    # OpenCC first normalises these (U+F900-FAFF, U+2F800-2FA1F), which can make a phrase
    # appear: left out, so a string holding one goes to OpenCC.
    chars = {ch for ch in chars if not _compatibility(ch)}
    if pairs is None:
        words = headwords
    else:
        starts = frozenset(pairs)
        words = {w for w in headwords if any(w[i : i + 2] in starts for i in range(len(w) - 1))}
    keys = sorted(chars | words)
    values = [opencc_convert(k, "traditional") for k in keys]
    key_blob, key_offsets = SortedKeys.pack(keys)
    value_blob, value_offsets = SortedKeys.pack(values)  # packed in key order, not searched
    pair_blob, pair_offsets = SortedKeys.pack(pairs or [])
    return pairs is not None, [key_blob, key_offsets, value_blob, value_offsets, pair_blob, pair_offsets]


def _compatibility(ch: str) -> bool:
    return 0xF900 <= ord(ch) <= 0xFAFF or 0x2F800 <= ord(ch) <= 0x2FA1F


class _Table:
    def __init__(self, composable: bool, keys, key_offsets, values, value_offsets, pairs, pair_offsets) -> None:
        self.composable = composable
        self.keys = SortedKeys(keys, key_offsets)
        self.values = Strings(values, value_offsets)
        self.pairs = SortedKeys(pairs, pair_offsets)
        self.chars: dict[str, str | None] = {}  # decided once per character
        self.answers: dict[str, str | None] = {}  # ...and per string: a deck asks each word twice

    def get(self, text: str) -> str | None:
        i = self.keys.find(text)
        return self.values[i] if i >= 0 else None

    def char(self, ch: str) -> str | None:
        if ch not in self.chars:
            self.chars[ch] = self.get(ch)
        return self.chars[ch]


@lru_cache(maxsize=1)
def _load() -> _Table | None:
    try:
        share = _share_dir()
        composable, blobs = datacache.load_mapped(
            "s2t", share / _PHRASE_FILES[0], INDEX_VERSION, _build,
            also=[share / name for name in (*_PHRASE_FILES[1:], *_OTHER_FILES)],
        )
    except (ImportError, OSError):  # no OpenCC, or its files moved: OpenCC itself will say why
        return None
    return _Table(composable, *blobs)


_table = datacache.serialized(_load)


def convert(text: str) -> str | None:
    """OpenCC s2t of ``text`` (as ``script.convert`` gives it), or None if the table cannot
    vouch for the answer (then ask OpenCC)."""
    table = _table()
    if table is None:
        return None
    found = table.answers.get(text, _UNSEEN)
    if found is _UNSEEN:
        found = _answer(table, text)
        if len(text) <= _MEMO_CHARS:  # words, not every sentence of a long text
            table.answers[text] = found
    return found


def _answer(table: _Table, text: str) -> str | None:
    found = table.get(text)
    if found is not None or not table.composable:
        return found
    pairs = table.pairs
    if any(pairs.find(text[i : i + 2]) >= 0 for i in range(len(text) - 1)):
        return None  # a phrase may start here; only OpenCC knows whether it matches
    out = []
    for ch in text:
        converted = table.char(ch)
        if converted is None:
            return None
        out.append(converted)
    return "".join(out)
