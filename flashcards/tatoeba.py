"""Tatoeba's Mandarin–English pairs: exact translations and short i+1 dictionary examples.

The pairs ship xz-compressed in ``data/tatoeba_cmn_eng.tsv.xz`` (50,779 Mandarin sentences,
one human English translation each, both Tatoeba sentence ids kept; CC BY 2.0 FR, see
``data/README.md`` and :data:`ATTRIBUTION`). Segmenting them takes a few seconds, so the
index — words per sentence, sentences per word, normalised sentence keys — is built on
first use and cached on disk by :mod:`flashcards.datacache`; later processes load it in
a few milliseconds. Nothing loads at import.

Tatoeba mixes scripts (我們試試看！ beside 我们试试看！). Lookups use a normalised copy
(:func:`normalise`: OpenCC t2s, full-width forms folded, spaces, quotes and final
punctuation dropped); what a card shows is the pair's own text converted to the card's script.

Limits, said plainly: an "exact" translation is exact after that normalisation only; the
sense check for dictionary examples is that the word is a *token* of the pair's segmentation
(never a substring of another word: 学 does not match 学生) and, for words whose reading
depends on their neighbours (地, 得), that the reading there is the note's. A word with two
senses under one reading (会 "can" / "meeting") is not told apart.
"""

from __future__ import annotations

import lzma
import re
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from flashcards import datacache, script
from flashcards.datacache import SortedKeys, Strings, pack_strings, uints
from flashcards.hanzi import HANZI as _HANZI, is_hanzi_word

#: Bump when the cached index layout or the segmentation feeding it changes.
INDEX_VERSION = 4
#: What every card and document using the pairs must say (CC BY 2.0 FR asks for it).
ATTRIBUTION = (
    "Example sentences and their English translations from Tatoeba (https://tatoeba.org), "
    "licensed CC BY 2.0 FR (https://creativecommons.org/licenses/by/2.0/fr/); "
    "each card names its pair's Tatoeba sentence ids."
)
#: A dictionary example is read on the back of a card: short, but a whole thought.
SHORT_LENGTH = (5, 16)
#: Longer than this is a paragraph, not a dictionary example: never chosen.
MAX_HANZI = 25
#: Candidates scored per word, from a list pre-sorted by length and HSK 3.0 ease: a common
#: word has thousands of pairs, and the first few dozen of that order hold the best one.
CANDIDATES = 50
#: ...and once this many of them have no hard word and a natural length, the rest of that
#: order (longer, harder in HSK 3.0 terms) is unlikely to hold a better one: stop there.
ENOUGH = 10
_OUTSIDE_HSK = 8  # an unlisted word counts as harder than the 7-9 band
_SEP = "\x1f"
_QUOTES = re.compile(r"[\s\"'“”‘’「」『』《》〈〉]+")
_FINAL = re.compile(r"[.。!?！？…~～]+$")


@dataclass(frozen=True)
class Pair:
    """One Tatoeba pair: the Mandarin sentence as Tatoeba writes it, and its English."""

    zh_id: int
    zh: str
    en_id: int
    en: str
    tokens: tuple[str, ...]  # words of the simplified analysis copy, same length as ``zh``

    @property
    def source(self) -> str:
        """How a card names the pair: both sentence ids, so anyone can find it on tatoeba.org."""
        return f"Tatoeba #{self.zh_id} ↔ #{self.en_id}"

    def surface(self, target: str) -> tuple[str, ...]:
        """The tokens as written in ``target`` script ("simplified" or "traditional")."""
        shown = script.convert(self.zh, target)
        return script.split_like(shown, self.tokens) or self.tokens


def data_path() -> Path:
    return Path(str(files("flashcards").joinpath("data", "tatoeba_cmn_eng.tsv.xz")))


@lru_cache(maxsize=1 << 15)  # candidates recur across words: each pair's text is checked often
def normalise(text: str) -> str:
    """The lookup key of a sentence: same key, same sentence for our purposes.

    >>> normalise("我們試試看！") == normalise(" 我们试试看 ") == "我们试试看"
    True
    """
    folded = unicodedata.normalize("NFKC", script.convert(text, script.SIMPLIFIED))
    return _FINAL.sub("", _QUOTES.sub("", folded).replace("。", "."))


def length_penalty(hanzi: int, natural: tuple[int, int] = SHORT_LENGTH) -> int:
    low, high = natural
    return max(0, low - hanzi, hanzi - high)


# --- the index -----------------------------------------------------------------------


def _build(xz_bytes: bytes) -> tuple[list[str], list[bytes]]:
    from flashcards import lexicon
    from flashcards.hsk import NAMES as STANDARDS
    from flashcards.segment import segmenter

    rows = [line.split("\t") for line in lzma.decompress(xz_bytes).decode("utf-8").splitlines()]
    copies = [script.analysis_copy(zh) for _, zh, _, _ in rows]
    seg = segmenter(None)
    cuts = [seg.words(c) for c in copies]
    records, ease, lengths, by_word, by_key = [], [], array("H"), {}, {}
    for n, ((_, zh, _, en), cut) in enumerate(zip(rows, cuts)):
        tokens = cut if sum(map(len, cut)) == len(zh) else list(zh)  # keep spans aligned
        records.append(f"{zh}\t{en}\t{_SEP.join(tokens)}")
        words = {t for t in tokens if is_hanzi_word(t)}
        levels = sorted((lexicon.hsk_level(w) or _OUTSIDE_HSK for w in words), reverse=True)
        hanzi = min(len(_HANZI.findall(zh)), 0xFFFF)
        lengths.append(hanzi)
        ease.append((length_penalty(hanzi), levels[:3], sum(levels), n))
        for w in words:
            by_word.setdefault(w, []).append(n)
        by_key.setdefault(normalise(zh), n)  # rows are in id order: the oldest sentence wins
    rank = {e[-1]: r for r, e in enumerate(sorted(ease))}
    words = sorted(by_word)
    starts, ids = array("I", [0]), array("I")
    for w in words:
        ids.extend(sorted(by_word[w], key=rank.__getitem__))
        starts.append(len(ids))
    # Every word's HSK level in each standard (0: unlisted), a row of bytes per word in
    # ``words`` order, so scoring candidates never takes lexicon's slow path for unlisted
    # words (a CC-CEDICT parse each).
    levels = b"".join(bytes(lexicon.hsk_level(w, standard) or 0 for standard in STANDARDS) for w in words)
    keys = sorted(by_key)
    return list(STANDARDS), [
        *pack_strings(records),
        array("I", [int(r[0]) for r in rows]).tobytes(), array("I", [int(r[2]) for r in rows]).tobytes(),
        lengths.tobytes(),
        *SortedKeys.pack(words), starts.tobytes(), ids.tobytes(),
        *SortedKeys.pack(keys), array("I", [by_key[k] for k in keys]).tobytes(),
        levels,
    ]


class _Index:
    # Maps of the cache file (datacache.load_mapped): a lookup touches a few pages.
    def __init__(self, standards: list[str], blobs: Sequence[datacache.Blob]) -> None:
        text, offsets, zh_ids, en_ids, lengths, words, word_offsets, starts, ids, keys, key_offsets, key_rows, levels = blobs
        self.records = Strings(text, offsets)
        self.words = SortedKeys(words, word_offsets)
        self.keys = SortedKeys(keys, key_offsets)
        self.zh_ids, self.en_ids = uints(zh_ids), uints(en_ids)
        self.starts, self.ids, self.key_rows = uints(starts), uints(ids), uints(key_rows)
        self.lengths = memoryview(lengths).cast("B").cast("H")  # hanzi per sentence
        self.standards: list[str] = standards
        self.levels = levels  # len(standards) bytes per word of ``words``
        self.rows: dict[str, int] = {}  # word -> its index in ``words`` (-1: none), as asked

    def pair(self, n: int, record: tuple[str, str, tuple[str, ...]] | None = None) -> Pair:
        zh, en, tokens = record or self.record(n)
        return Pair(self.zh_ids[n], zh, self.en_ids[n], en, tokens)

    def record(self, n: int) -> tuple[str, str, tuple[str, ...]]:
        """Row ``n``'s Mandarin, English and tokens: a Pair's fields, read without making one."""
        zh, en, tokens = self.records[n].split("\t")
        return zh, en, tuple(tokens.split(_SEP))

    def english(self, n: int) -> str:
        return self.records[n].split("\t", 2)[1]

    def rows_with(self, word: str) -> Sequence[int]:
        k = self.words.find(word)
        return () if k < 0 else self.ids[self.starts[k] : self.starts[k + 1]]

    def level(self, word: str, k: int) -> int:
        """The word's level in the ``k``-th standard (0: unlisted); KeyError if no pair has it."""
        # Candidates share their words (的, 我, 银行 ...): one binary search per word, not per use.
        n = self.rows.get(word)
        if n is None:
            n = self.rows[word] = self.words.find(word)
        if n < 0:
            raise KeyError(word)
        return self.levels[n * len(self.standards) + k]


#: The modules whose code decides each row's tokens: the index is cut by the segmenter, so a
#: new release of any of them (or of jieba's dictionary) rebuilds it rather than serve the
#: last release's cuts (and the sense prior counted from them).
_SEGMENTING = ("segment.py", "cutter.py", "jiebadict.py", "compounds.py", "lexicon.py", "script.py", "hanzi.py")


def index_sources() -> list[Path]:
    """What the index derives from besides the pairs (``datacache``'s ``also``)."""
    from flashcards.jiebadict import jieba_dict

    here = Path(__file__).resolve().parent
    return [here / name for name in _SEGMENTING] + [jieba_dict()]


@lru_cache(maxsize=1)
def _load() -> _Index:
    return _Index(*datacache.load_mapped("tatoeba", data_path(), INDEX_VERSION, _build, sparse=(0,), also=index_sources()))


_index = datacache.serialized(_load)


# --- lookups -------------------------------------------------------------------------


def translation(sentence: str) -> Pair | None:
    """The Tatoeba pair whose Mandarin is ``sentence`` after :func:`normalise`, if any."""
    key = normalise(sentence)
    if not _HANZI.search(key):
        return None
    index = _index()
    k = index.keys.find(key)
    return None if k < 0 else index.pair(index.key_rows[k])


def hsk_levels(standard: str) -> Callable[[str], int | None] | None:
    """A fast ``lexicon.hsk_level`` for the words of the pairs (None for other words is not
    an answer: the returned function raises KeyError for them). None if ``standard`` is unknown."""
    index = _index()
    if standard not in index.standards:
        return None
    k = index.standards.index(standard)
    return lambda word: index.level(word, k) or None


def pairs_with(word: str, limit: int | None = None) -> list[Pair]:
    """Every pair holding ``word`` as a token (the first ``limit``), shortest and easiest first."""
    index = _index()
    return [index.pair(n) for n in index.rows_with(word)[:limit]]


def words() -> list[str]:
    """Every word some pair holds as a token, sorted (what ``pairs_with`` can find)."""
    return list(_index().words)


def english_with(word: str, limit: int | None = None) -> list[str]:
    """The English of ``pairs_with(word, limit)``, without building the pairs."""
    index = _index()
    return [index.english(n) for n in index.rows_with(word)[:limit]]


def english_with_both(word: str, other: str) -> list[str]:
    """The English of every pair holding both ``word`` and ``other`` as tokens (抽 and 烟:
    "You smoke far too much."), in the order of :func:`pairs_with` ``(word)``."""
    index = _index()
    rows, others = index.rows_with(word), index.rows_with(other)
    if not rows or not others:
        return []
    wanted = set(others)
    return [index.english(n) for n in rows if n in wanted]


def best_example(
    word: str,
    level_of: Callable[[str], int | None],
    is_known: Callable[[str], bool] = lambda w: False,
    fits: Callable[[Pair], bool] = lambda pair: True,
) -> Pair | None:
    """The pair that teaches ``word`` best (i+1), or None when Tatoeba has none.

    Best = fewest *hard* other words, then a short natural length, then the easiest other
    words (lowest HSK levels summed), then the oldest pair. An other word is hard unless
    the learner knows it or its HSK level is at most the target's: a learner meeting an
    HSK 4 word is assumed to read HSK 1-3 (an unlisted target allows any listed word).
    A pair with no other word (the word alone), or longer than ``MAX_HANZI``, is no example.
    ``fits`` is the caller's sense check (e.g. the reading in context); pairs failing it
    are skipped.
    """
    index = _index()
    rows = index.rows_with(word)
    if not rows:
        return None
    ceiling = level_of(word) or _OUTSIDE_HSK - 1
    best: tuple | None = None
    perfect = 0
    for n in rows[:CANDIDATES]:
        if index.lengths[n] > MAX_HANZI:
            continue
        penalty = length_penalty(index.lengths[n])
        if best is not None and best[0][0] == 0 and penalty > best[0][1]:
            # No score beats (0 hard words, a shorter penalty), nor is this one perfect:
            # skipped before its record is read (most candidates of common words end here).
            continue
        record = index.record(n)  # the Pair only for a candidate that would win: most lose
        others = {t for t in record[2] if t != word and is_hanzi_word(t)}
        if not others:
            continue  # the word alone ("银行。") shows no use of it
        levels = [0 if is_known(t) else (level_of(t) or _OUTSIDE_HSK) for t in others]
        hard = sum(1 for lv in levels if lv > ceiling)
        score = (hard, penalty, sum(levels), index.zh_ids[n])
        if best is None or score < best[0]:
            pair = index.pair(n, record)
            if fits(pair):
                best = (score, pair)
        if score[:2] == (0, 0):
            perfect += 1
            if perfect >= ENOUGH:
                break
    return best[1] if best else None
