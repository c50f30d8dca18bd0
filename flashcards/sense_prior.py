"""Which sense of a word is commonest: counted in the English of the Tatoeba pairs holding it.

CC-CEDICT orders a word's senses by history, not use: 叫's first sense is "to shout", 请's
"to ask", 店's "inn; old-style hotel". What people mean most often shows in translations:
of the pairs whose Mandarin holds 叫 as a token, 97 of 243 have "call(ed)" in their English
and one has "shout". So the *default* lead (when the sentence gives no evidence: no rule,
no part of speech) is the sense whose content words the translations use most.

* a sense's **content words**: its English words of three letters or more, parentheses and
  function words (to, sb, sth, of …) left out, crudely stemmed (calls/called/calling → call);
* its **count**: how many of the word's first :data:`ROWS` pairs (Tatoeba's shortest and
  easiest first) have one of them in their English;
* the **lead**: the sense with the most, when it has at least :data:`MIN_COUNT` and more than
  three times the count of the dictionary's first sense; else none (the dictionary's order stands).
  Grammatical senses (particles, markers, classifiers, affixes) and senses of light verbs
  only ("to have to") are never counted against: no translation spells them.

Limits: translations are idiomatic (你叫什么名字 is "What's your name?", no "call"), a word's
pairs mix its readings, and a sense worded in rare English is under-counted. It is a prior,
below the sentence's own evidence (:mod:`flashcards.senses`). Computed for every word at once
from the pairs that ship with the package (:mod:`flashcards.tatoeba`), and cached on disk.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, reduce
from operator import or_

from flashcards import datacache
from flashcards.datacache import SortedKeys, uints

__all__ = ["MIN_COUNT", "ROWS", "content_words", "counts", "lead", "lead_among", "lead_near"]

ROWS = 100
MIN_COUNT = 4
_STOP = frozenset(
    "the and for with from into onto off over under about its etc esp one one's oneself some something "
    # demonstratives: in English wherever the Chinese has 这, evidence for no sense of another
    # word ("that" stays: it is 所's "that which" as often as 那)
    "this these those "
    "someone thing things used also very can may will able sth sb not any all other such "
    # light verbs: in half of all translations, so evidence for none of the senses they start
    "get go make take put have has had do does did come give let keep set see say".split()
)
#: Senses no translation spells (particles, markers, classifiers, affixes): the prior
#: neither picks one nor moves a word away from one.
#: A leading parenthesis counts when it says grammar or register ("(bound form)", "(coverb)",
#: "(coll.)"), not when it narrows the topic: "(outdoor etc) activity" is what 活动 means.
_GRAMMATICAL = re.compile(
    r"particle|marker|used |indicat|classifier|measure word|suffix|prefix"
    r"|^\((?:bound form|coverb|grammar|after|before|pattern|directional|abbr|used|followed|coll|Tw|Taiwan"
    r"|dialect|literary|archaic|old|slang|vulgar|onom|derog|Cantonese|topolect|classical|honorific|polite)"
    # a proper name ("Time, US weekly news magazine" for 时代): translations of "times" are no vote
    r"|^[A-Z][a-z]+,"
)
_WORD = re.compile(r"[a-z]+")
_PARENS = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1 << 15)  # English words repeat: a few thousand distinct per build
def _stem(word: str) -> str:
    """calls, called, calling → call; stores, stored, store → stor; cities → city."""
    if len(word) > 4:
        if word.endswith("ies"):
            word = word[:-3] + "y"
        elif word.endswith(("ches", "shes", "sses", "xes")):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        elif word.endswith(("ing", "ed")) and len(word) > 5:
            word = word[: -3 if word.endswith("ing") else -2]
        elif word.endswith("ly"):
            word = word[:-2]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word[:6]


@lru_cache(maxsize=1 << 14)  # asked per sense by counts and again by lead_among
def _content(sense: str) -> frozenset[str]:
    """The first three content words: a long descriptive sense would match anything."""
    stems = _plain_stems(_PARENS.sub(" ", sense.lower()))
    # a light verb's object in parentheses names the sense ("to take (a photo)", "to give (as
    # a present)"): with nothing outside them, the words inside count
    return frozenset((stems or _plain_stems(sense.lower()))[:3])


def _plain_stems(text: str) -> list[str]:
    stems = [_stem(w) for w in _WORD.findall(text) if len(w) > 2 and w not in _STOP]
    # by stem too: "having" is "have", a light verb, or 有's "having; with; -ful" would
    # count every "have" against "to have; there is"
    stop = _stop_stems()
    return [s for s in stems if s not in stop]


def content_words(sense: str) -> frozenset[str]:
    """A sense's first three content words, stemmed: what two senses share when they say the
    same thing (种树 "to plant trees" and 种 "to plant")."""
    return _content(sense)


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(map(_stem, _STOP))


def _stems(english: str) -> frozenset[str]:
    return frozenset(map(_stem, _WORD.findall(english.lower())))


def row_masks(rows: Iterable[frozenset[str]]) -> dict[str, int]:
    """Per stem, which of ``rows`` (a word's pairs' English, as stems) use it: bit ``i`` of
    its mask is row ``i``. A sense's count is the bits of its content words' masks, OR-ed."""
    masks: dict[str, int] = {}
    for bit, stems in enumerate(rows):
        for stem in stems:
            masks[stem] = masks.get(stem, 0) | (1 << bit)
    return masks


# --- the table: every Tatoeba word's masks, built once ---------------------------------
#
# Stemming a word's hundred translations took most of a build's sense time, and common
# words share their pairs (114,000 reads of 40,541 rows on 2 MB of text): the masks of
# every word are computed once from the shipped pairs and cached by datacache (a few
# seconds on first use; rebuilt when the pairs, their index or this table's version change).

#: Bump when the layout, ``ROWS`` or the stemming (``_stem``, ``_WORD``) changes.
TABLE_VERSION = 2


def _build_table(_: bytes) -> tuple[list[str], list[bytes]]:
    from flashcards import tatoeba

    stems_of: dict[str, frozenset[str]] = {}  # pairs recur across words: each stemmed once
    per_word = []
    for word in tatoeba.words():
        english = tatoeba.english_with(word, ROWS)
        rows = [stems_of.get(e) or stems_of.setdefault(e, _stems(e)) for e in english]
        per_word.append((word, len(english), row_masks(rows)))
    stems = sorted({stem for _, _, masks in per_word for stem in masks})
    number = {stem: i for i, stem in enumerate(stems)}
    # Word k's stems are ids[starts[k]:starts[k + 1]] (sorted), their masks blob[ends[k - 1]:
    # ends[k]], each (rows + 7) // 8 bytes: most words have a few pairs, not a hundred.
    starts, ends, ids, blob = array("I", [0]), array("I", [0]), array("I"), bytearray()
    for _, count, masks in per_word:
        width = (count + 7) // 8
        for i, stem in sorted((number[stem], stem) for stem in masks):
            ids.append(i)
            blob += masks[stem].to_bytes(width, "little")
        starts.append(len(ids))
        ends.append(len(blob))
    words = [word for word, _, _ in per_word]  # sorted: tatoeba.words() is
    return stems, [*SortedKeys.pack(words), starts.tobytes(), ends.tobytes(), ids.tobytes(), bytes(blob)]


class _Table:
    def __init__(self, stems: list[str], blobs: Sequence[datacache.Blob]) -> None:
        words, offsets, starts, ends, ids, masks = blobs
        self.number = {stem: i for i, stem in enumerate(stems)}
        self.words = SortedKeys(words, offsets)
        self.starts, self.ends = uints(starts), uints(ends)
        self.ids, self.blob = ids, masks  # read by pread: a word's slice at a time

    def masks(self, word: str) -> Callable[[str], int]:
        k = self.words.find(word)
        if k < 0:
            return _none
        lo, hi = self.starts[k], self.starts[k + 1]
        if lo == hi:
            return _none
        ids = uints(self.ids[4 * lo : 4 * hi])
        blob = self.blob[self.ends[k] : self.ends[k + 1]]
        width = len(blob) // len(ids)
        number = self.number

        def mask(stem: str) -> int:
            i = number.get(stem)
            p = -1 if i is None else bisect_left(ids, i)
            if p < 0 or p == len(ids) or ids[p] != i:
                return 0
            return int.from_bytes(blob[width * p : width * (p + 1)], "little")

        return mask


def _none(stem: str) -> int:
    return 0


@lru_cache(maxsize=1)
def _table() -> _Table:
    from flashcards import tatoeba

    version = TABLE_VERSION * 1000 + tatoeba.INDEX_VERSION  # the pairs' index feeds it
    return _Table(*datacache.load_mapped("sense_prior", tatoeba.data_path(), version, _build_table, sparse=(4, 5),
                                         also=tatoeba.index_sources()))


_load_table = datacache.serialized(_table)


@lru_cache(maxsize=256)  # counts asks once per word and reading
def _masks(word: str) -> Callable[[str], int]:
    """Stem -> the mask of ``word``'s first ``ROWS`` pairs whose English uses it."""
    try:
        return _load_table().masks(word)
    except Exception:  # noqa: BLE001 - a prior is optional: no pairs, no prior
        return _none


@lru_cache(maxsize=8192)
def counts(word: str, senses: tuple[str, ...]) -> tuple[int, ...]:
    """Per sense, how many of ``word``'s pairs use one of its content words in their English."""
    mask = _masks(word)
    return tuple(reduce(or_, map(mask, keys), 0).bit_count() for keys in map(_content, senses))


def _own_counts(word: str, senses: tuple[str, ...], candidates: tuple[int, ...]) -> tuple[int, ...]:
    """:func:`counts`, where a candidate's words that a sense left out of the candidates also
    has vote for that one, not for it: 怪's verb senses after 不 + 你, "to find strange" and
    "to blame", are told apart by "find"/"regard", since "strange" is the adjective's
    (odd; strange). A candidate with no words of its own keeps them all."""
    if len(candidates) == len(senses):
        return counts(word, senses)
    others = frozenset().union(*(_content(s) for k, s in enumerate(senses) if k not in candidates))
    mask = _masks(word)
    out = [0] * len(senses)
    for k in candidates:
        keys = (_content(senses[k]) - others) or _content(senses[k])
        out[k] = reduce(or_, map(mask, keys), 0).bit_count()
    return tuple(out)


def lead(word: str, senses: Sequence[str]) -> int | None:
    """Index of the commonest sense of ``word`` among ``senses``, or None for the dictionary's
    order (too few pairs, or no clear winner over the first sense)."""
    return lead_among(word, senses, range(len(senses)))


def lead_among(word: str, senses: Sequence[str], candidates: Sequence[int]) -> int | None:
    """The commonest sense among ``candidates`` (indices into ``senses``: all of them for
    :func:`lead`, or the ones the sentence's evidence left tied), if it clearly beats the
    first of them: after 的, 活动 is a noun, and of its noun-like senses the translations
    say "activity", not "shaky"."""
    if len(candidates) < 2:
        return None
    first = candidates[0]
    if _GRAMMATICAL.search(senses[first]) or not _content(senses[first]):
        return None  # "to have to": nothing a translation could count for it
    c = _own_counts(word, tuple(senses), tuple(candidates))
    best = max((k for k in candidates if not _GRAMMATICAL.search(senses[k])), key=lambda k: (c[k], -k))
    return best if best != first and c[best] >= MIN_COUNT and c[best] >= 3 * c[first] else None


#: With a neighbour: the fewest pairs, and how many times the runner-up's count, that make
#: the winner (the pairs holding both words are few: 8 hold 抽 and 烟).
NEAR_MIN = 2
NEAR_RATIO = 2


@lru_cache(maxsize=4096)
def _near_rows(word: str, neighbour: str) -> tuple[frozenset[str], ...]:
    from flashcards import tatoeba

    try:
        return tuple(_stems(e) for e in tatoeba.english_with_both(word, neighbour))
    except Exception:  # noqa: BLE001 - a prior is optional: no pairs, no prior
        return ()


@lru_cache(maxsize=1 << 14)
def _near_content(sense: str) -> frozenset[str]:
    """A sense's content words with those in its parentheses ("to inhale (esp. smoke)":
    inhale, smoke): a translation beside the object says the object's word."""
    return _content(sense) | frozenset(s for s in _plain_stems(sense.lower()) if s != "esp")


def lead_near(word: str, senses: Sequence[str], candidates: Sequence[int], neighbours: Iterable[str]) -> int | None:
    """The sense among ``candidates`` that the translations of pairs holding ``word`` beside
    one of ``neighbours`` (its object, its subject) clearly use: 抽 with 烟 "to inhale (esp.
    smoke)", 挣 with 钱 "to make (money)", 喂 with 狗 "to feed". None if the pairs are too
    few or no sense clearly leads."""
    if len(candidates) < 2:
        return None
    rows = [r for n in dict.fromkeys(neighbours) if n and n != word for r in _near_rows(word, n)]
    if len(rows) < NEAR_MIN:
        return None
    used = {k: frozenset(i for i, r in enumerate(rows) if not r.isdisjoint(_near_content(senses[k])))
            for k in candidates if not _GRAMMATICAL.search(senses[k])}
    if not used:
        return None
    best = max(map(len, used.values()))
    top = [k for k in used if len(used[k]) == best]
    # senses the same pairs count say the same thing (喂: "to feed (an animal …)", "to
    # feed"): the first of them; senses counted by different pairs alike: neither
    if len({used[k] for k in top}) > 1:
        return None
    runner = max((len(u) for k, u in used.items() if len(u) < best), default=0)
    return min(top) if best >= NEAR_MIN and best >= NEAR_RATIO * runner else None
