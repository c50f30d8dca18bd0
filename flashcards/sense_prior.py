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
below the sentence's own evidence (:mod:`flashcards.senses`). Computed per word on first use
from the pairs that ship with the package (:mod:`flashcards.tatoeba`), then cached.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["MIN_COUNT", "ROWS", "content_words", "counts", "lead", "lead_among"]

ROWS = 100
MIN_COUNT = 4
_STOP = frozenset(
    "the and for with from into onto off over under about its etc esp one one's oneself some something "
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


def _content(sense: str) -> frozenset[str]:
    """The first three content words: a long descriptive sense would match anything."""
    words = _WORD.findall(_PARENS.sub(" ", sense.lower()))
    stems = [_stem(w) for w in words if len(w) > 2 and w not in _STOP]
    # by stem too: "having" is "have", a light verb, or 有's "having; with; -ful" would
    # count every "have" against "to have; there is"
    return frozenset([s for s in stems if s not in _stop_stems()][:3])


def content_words(sense: str) -> frozenset[str]:
    """A sense's first three content words, stemmed: what two senses share when they say the
    same thing (种树 "to plant trees" and 种 "to plant")."""
    return _content(sense)


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(map(_stem, _STOP))


@lru_cache(maxsize=None)  # once per word and process, as the senses ask
def _translations(word: str) -> tuple[frozenset[str], ...]:
    from flashcards import tatoeba

    try:
        english = tatoeba.english_with(word, ROWS)
    except Exception:  # noqa: BLE001 - a prior is optional: no pairs, no prior
        english = []
    return tuple(map(_stems, english))


@lru_cache(maxsize=1 << 15)  # a pair holds several words: its English is asked for each
def _stems(english: str) -> frozenset[str]:
    return frozenset(map(_stem, _WORD.findall(english.lower())))


@lru_cache(maxsize=8192)
def counts(word: str, senses: tuple[str, ...]) -> tuple[int, ...]:
    """Per sense, how many of ``word``'s pairs use one of its content words in their English."""
    english = _translations(word)
    # Pairs sharing a word with the sense: all but the disjoint ones, counted in C.
    return tuple(len(english) - sum(map(keys.isdisjoint, english)) for keys in map(_content, senses))


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
    c = counts(word, tuple(senses))
    best = max((k for k in candidates if not _GRAMMATICAL.search(senses[k])), key=lambda k: (c[k], -k))
    return best if best != first and c[best] >= MIN_COUNT and c[best] >= 3 * c[first] else None
