"""Readings in context: the syllables each token of a segmented sentence takes there.

A token's reading is decided in four steps, cheapest first; the first that decides wins:

1. **the dictionary**: a word with one CC-CEDICT reading (银行, 我们) is settled. So is
   any token CC-CEDICT lacks (its reading is composed from its parts by the lexicon).
2. **neighbour rules** (:data:`RULES`): a few characters whose reading their neighbours
   decide with near certainty (地 after an adverb is de, 为了 wèile, 还 before 给 huán,
   种 after a verb-like 好/难/去 zhòng …). Each rule sees the tokens and its position.
3. **the polyphone model** (:mod:`flashcards.polyphone`, g2pM): characters whose reading
   the candidates disagree on, limited to the readings the word has in CC-CEDICT.
4. **the lexicon's default** (pypinyin's phrase reading of the word): for readings the
   model cannot tell apart (neutral tones: 地道 dìdào/dìdao, 东西) or does not know.

What is decided here is one CC-CEDICT reading *key* per token; :func:`flashcards.lexicon.
lookup` with that key as ``hint`` turns it into the syllables shown, so the sentence
pinyin, the word's pinyin on its note and the note's reading are one decision.

Work is per sentence a card shows, cached; :func:`readings_many` batches the model over
many sentences (analysis, a deck build) so numpy's per-call cost is paid once per batch.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence

__all__ = ["RULES", "hint_in", "readings_many", "sentence_readings"]

Key = tuple[str, ...]  # one lower-case numbered syllable per character (lexicon.reading_keys)
Tokens = tuple[str, ...]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_CACHE_MAX = 1 << 16
_cache: dict[Tokens, tuple[tuple[Key | None, ...], tuple[tuple[str, ...], ...]]] = {}
_lock = threading.Lock()


# --- neighbour rules ---------------------------------------------------------------------
#
# A rule gets the sentence's tokens and the index of the token it is for, and returns the
# reading (a key) the neighbours settle, or None to leave the choice to the model. Keep
# each rule to what a grammar book says, not to one sentence.

def _prev(tokens: Tokens, k: int) -> str:
    return tokens[k - 1] if k else ""


def _next(tokens: Tokens, k: int) -> str:
    return tokens[k + 1] if k + 1 < len(tokens) else ""


def _is_han(text: str) -> bool:
    return bool(text) and bool(_HAN.fullmatch(text[-1]))


_PRONOUNS = frozenset("我 你 他 她 它 您 我们 你们 他们 她们 它们 咱们 大家 谁".split())
_DE_OBTAIN = frozenset("了 到 过 奖 分 病".split())  # 他得了第一 dé, not děi


def _di_or_de(tokens: Tokens, k: int) -> Key | None:
    """地: after a word and before another, the adverbial particle (紧密地联系 de)."""
    prev, nxt = _prev(tokens, k), _next(tokens, k)
    if len(prev) >= 2 and _is_han(prev) and nxt[:1] and _HAN.fullmatch(nxt[:1]):
        return ("de5",)
    return None


def _de_dei(tokens: Tokens, k: int) -> Key | None:
    """得: after a pronoun "must" (我得走 děi) unless it obtains (他得了); after another word
    the complement particle (跑得快 de)."""
    prev, nxt = _prev(tokens, k), _next(tokens, k)
    if not _is_han(prev):
        return None
    if prev in _PRONOUNS:
        return ("de2",) if nxt in _DE_OBTAIN else ("dei3",)
    return ("de5",)


RULES: dict[str, Callable[[Tokens, int], Key | None]] = {"地": _di_or_de, "得": _de_dei}


# --- deciding ------------------------------------------------------------------------------


def _uncertain(token: str, keys: Sequence[Key]) -> dict[int, tuple[str, ...]]:
    """Offsets in ``token`` where its readings differ in letters or tone, with the options."""
    out: dict[int, tuple[str, ...]] = {}
    for i in range(len(token)):
        options = tuple(dict.fromkeys(key[i] for key in keys))
        if len(options) > 1:
            out[i] = options
    return out


def _plan(tokens: Tokens):
    """Per token: a decided key, or the model's offsets to ask (and the candidate keys)."""
    from flashcards import lexicon

    decided: list[Key | None] = []
    asks: dict[int, tuple[int, tuple[Key, ...]]] = {}  # token index -> (start offset, keys)
    allowed: dict[int, tuple[str, ...]] = {}
    offset = 0
    for k, token in enumerate(tokens):
        start, offset = offset, offset + len(token)
        decided.append(None)
        if not _HAN.search(token):
            continue
        every = lexicon.reading_keys(token)
        if not every:
            _plan_composed(token, start, k, asks, allowed)
            continue
        keys = tuple(key for key in every if len(key) == len(token))
        if len(keys) < 2:
            continue
        rule = RULES.get(token)
        hint = rule(tokens, k) if rule else None
        if hint in keys:
            decided[k] = hint
            continue
        spots = _uncertain(token, keys)
        if spots:
            asks[k] = (start, keys)
            allowed.update({start + i: options for i, options in spots.items()})
    return decided, asks, allowed


def _plan_composed(token: str, start: int, k: int, asks, allowed) -> None:
    """A word CC-CEDICT lacks (阿尔代什, 重录): the model reads its polyphonic characters,
    each among its own readings; pieces that are words keep their reading in the lexicon."""
    from flashcards import lexicon

    default = lexicon.lookup(token).syllables
    if len(default) != len(token):
        return
    spots = {}
    for i, ch in enumerate(token):
        options = tuple(dict.fromkeys(key[0] for key in lexicon.reading_keys(ch) if len(key) == 1))
        if len(options) > 1:
            spots[i] = options
    if spots:
        asks[k] = (start, None)
        allowed.update({start + i: options for i, options in spots.items()})


def _settle(tokens: Tokens, decided: list[Key | None], asks, picks: dict[int, str]) -> tuple[Key | None, ...]:
    for k, (start, keys) in asks.items():
        chosen = {i: picks[start + i] for i in range(len(tokens[k])) if start + i in picks}
        if not chosen:
            continue
        if keys is None:  # composed: the default reading with the model's characters
            from flashcards import lexicon

            default = lexicon.lookup(tokens[k]).syllables
            hint = tuple(chosen.get(i, s.lower()) for i, s in enumerate(default))
            decided[k] = hint if hint != tuple(s.lower() for s in default) else None
            continue
        fits = [key for key in keys if all(key[i] == s for i, s in chosen.items())]
        if len(fits) == 1:
            decided[k] = fits[0]
        elif fits:
            # The model settled some offsets only (地道: di4 either way, dao4/dao5 open):
            # the lexicon's default among the readings that fit, else the first that fits.
            from flashcards import lexicon

            default = _key_of(lexicon.lookup(tokens[k]).syllables, tokens[k])
            decided[k] = default if default in fits else fits[0]
    return tuple(decided)


def _key_of(syllables: tuple[str, ...], token: str) -> Key | None:
    from flashcards import lexicon

    for key in lexicon.reading_keys(token):
        if lexicon.lookup(token, key).syllables == syllables:
            return key
    return None


def _syllables(tokens: Tokens, keys: tuple[Key | None, ...]) -> tuple[tuple[str, ...], ...]:
    from flashcards import lexicon

    return tuple(
        lexicon.lookup(t, key).syllables if _HAN.search(t) else (t,) for t, key in zip(tokens, keys)
    )


def readings_many(sentences: Sequence[Sequence[str]]) -> list[tuple[tuple[str, ...], ...]]:
    """:func:`sentence_readings` for many sentences, the model run in batches over them all."""
    from flashcards import polyphone

    todo = [tuple(s) for s in dict.fromkeys(tuple(s) for s in sentences) if tuple(s) not in _cache]
    plans = [_plan(tokens) for tokens in todo]
    requests = [("".join(tokens), allowed) for tokens, (_, _, allowed) in zip(todo, plans)]
    picks = polyphone.choose(requests) if any(allowed for _, allowed in requests) else [{} for _ in todo]
    with _lock:
        if len(_cache) + len(todo) > _CACHE_MAX:
            _cache.clear()
    for tokens, (decided, asks, _), chosen in zip(todo, plans, picks):
        keys = _settle(tokens, decided, asks, chosen)
        _cache[tokens] = (keys, _syllables(tokens, keys))
    return [_cache[tuple(s)][1] if tuple(s) in _cache else _compute(tuple(s))[1] for s in sentences]


def _compute(tokens: Tokens):
    readings_many([tokens])
    return _cache.get(tokens) or ((None,) * len(tokens), _syllables(tokens, (None,) * len(tokens)))


def sentence_readings(tokens: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Numbered syllables for each token of a segmented sentence, read in context.

    A non-Chinese token comes back as a 1-tuple of itself, so ``len(result) == len(tokens)``.

    >>> sentence_readings(["他", "为了", "我", "得", "走"])[1:4:2]
    (('wei4', 'le5'), ('dei3',))
    """
    key = tuple(tokens)
    found = _cache.get(key)
    return found[1] if found else _compute(key)[1]


def hint_in(word: str, tokens: Sequence[str]) -> Key | None:
    """The reading ``word`` takes at its first occurrence in ``tokens`` (a lookup hint), or
    None where the dictionary alone settles it or the word is not there."""
    key = tuple(tokens)
    if word not in key:
        return None
    found = _cache.get(key) or _compute(key)
    return found[0][key.index(word)]
