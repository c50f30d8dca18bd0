"""A segmented sentence as pinyin: each token read in its context, spelt in a style.

Above both :mod:`flashcards.pinyin` (how syllables are spelt) and :mod:`flashcards.readings`
(which reading a token takes in its sentence), so neither imports the other through here.

    >>> format_sentence(["我", "喜欢", "去", "银行", "。"])
    'wǒ xǐhuan qù yínháng.'
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from flashcards import readings  # cheap: readings load their data on first use
from flashcards.hanzi import HANZI as _HAN
from flashcards.pinyin import STYLES, yi_bu_sandhi
from flashcards.readings import RULES as CONTEXT_RULES

__all__ = ["CONTEXT_RULES", "format_sentence", "reading_hints", "sentence_syllables"]

# Full-width punctuation as it is written in pinyin text.
_PUNCT = {
    "。": ".", "，": ",", "、": ",", "；": ";", "：": ":", "！": "!", "？": "?",
    "…": "…", "……": "…", "（": "(", "）": ")", "《": "«", "》": "»", "〈": "‹",
    "〉": "›", "「": "“", "」": "”", "『": "‘", "』": "’", "—": "—", "——": "—",
    "～": "~", "·": "·", "．": ".", "“": "“", "”": "”", "‘": "‘", "’": "’",
}
_OPENING = set("(«‹“‘[{")
_CLOSING = set(".,;:!?…)»›”’]}%")


def reading_hints(tokens: Sequence[str]) -> tuple[tuple[str, ...] | None, ...]:
    """For each token, the reading decided in context (a lexicon hint), or None where the
    dictionary alone settles it.

    >>> reading_hints(["他们", "紧密", "地", "联系"])[2], reading_hints(["我", "得", "走"])[1]
    (('de5',), ('dei3',))
    """
    return readings.sentence_keys(tokens)


def sentence_syllables(tokens: Sequence[str], *, sandhi: bool = False) -> tuple[tuple[str, ...], ...]:
    """Syllables for each token of a segmented sentence.

    Chinese tokens get their reading in the sentence
    (:func:`flashcards.readings.sentence_readings`); any other token comes back as a 1-tuple of
    itself, so ``len(result) == len(tokens)``. ``sandhi=True`` writes the
    spoken tones of 一 and 不 (:func:`yi_bu_sandhi`), also where 一 or 不 is a
    word of its own (不 是 -> bu2 shi4, 一 个 -> yi2 ge5).
    """
    out = list(readings.sentence_readings(tokens))
    if sandhi:
        out = [yi_bu_sandhi(t, syls) if _HAN.search(t) else syls for t, syls in zip(tokens, out)]
        for k in range(len(tokens) - 1):
            nxt = tokens[k + 1]
            if tokens[k] in ("一", "不") and _HAN.search(nxt) and out[k + 1]:
                joined = yi_bu_sandhi(tokens[k] + nxt[0], out[k] + out[k + 1][:1])
                out[k] = joined[:1]
    return tuple(out)


def format_sentence(tokens: Sequence[str], style: str = "marks", *, sandhi: bool = False) -> str:
    """A segmented sentence as pinyin: words spaced, punctuation attached.

    ``["我", "喜欢", "去", "银行", "。"]`` -> ``"wǒ xǐhuan qù yínháng."``.
    No sentence capitals (see the module notes); full-width punctuation is
    written as its ASCII form; whitespace tokens are dropped; other text
    (numbers, Latin words) passes through. ``style`` names an entry of
    :data:`STYLES`; HTML styles get their punctuation escaped too.
    ``sandhi`` as for :func:`sentence_syllables`.
    """
    try:
        render = STYLES[style]
    except KeyError:
        raise ValueError(f"unknown pinyin style {style!r}; known: {', '.join(sorted(STYLES))}") from None
    escape = html.escape if style == "html" else (lambda s: s)
    out = ""
    glue_next = True  # no space at the start or after an opening bracket
    for token, syls in zip(tokens, sentence_syllables(tokens, sandhi=sandhi)):
        if not token.strip():
            continue
        if _HAN.search(token):
            text, opening, closing = render(syls), False, False
        else:
            text = _PUNCT.get(token, token)
            opening, closing = text in _OPENING, text[:1] in _CLOSING
            text = escape(text)
        if out and not glue_next and not closing:
            out += " "
        out += text
        glue_next = opening
    return out
