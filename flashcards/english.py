"""English stage: human translations first (Tatoeba), then an engine if the user chose one.

Two things a build gets here, never invented:

* for each card sentence of the user's own text (examples, cloze, sentence notes), its
  English: Tatoeba's when the sentence is a Tatoeba sentence after normalisation, else the
  engine's (``--translate``), else none;
* for each selected word, one short Tatoeba pair that teaches it (i+1, see
  :func:`flashcards.tatoeba.best_example`).

Each English carries its source ("Tatoeba #1 ↔ #1276", "DeepL"), which the cards show.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from flashcards import lexicon, script, sentence_pinyin, tatoeba
from flashcards.selection import SelectedWord
from flashcards.tatoeba import Pair
from flashcards.tokens import TokenizedSentence
from flashcards.translate import TranslateSettings

_EMPTY: Mapping = MappingProxyType({})


@dataclass(frozen=True)
class English:
    text: str
    source: str  # how the card names it: "Tatoeba #id ↔ #id", "machine translation (DeepL)"


@dataclass(frozen=True)
class EnglishPlan:
    sentences: Mapping[str, English] = field(default_factory=lambda: _EMPTY)  # sentence text → English
    examples: Mapping[str, Pair] = field(default_factory=lambda: _EMPTY)  # word → Tatoeba pair
    summary: str | None = None  # the engine's summary line, when an engine ran


def card_sentences(
    tokenized: Sequence[TokenizedSentence] | Mapping[int, TokenizedSentence], selected: Sequence[SelectedWord]
) -> list[TokenizedSentence]:
    """The sentences of the user's text that appear on cards: every word's examples."""
    used = sorted({i for word in selected for i in word.examples})
    return [tokenized[i] for i in used]


def plan_english(
    tokenized: Sequence[TokenizedSentence] | Mapping[int, TokenizedSentence],  # by position
    selected: Sequence[SelectedWord],
    level_of: Callable[[str], int | None],
    known: Container[str] = frozenset(),
    translate: TranslateSettings | None = None,
    examples: bool = True,
    progress: bool = False,
    standard: str | None = None,
) -> EnglishPlan:
    """English for the card sentences, and a Tatoeba example per word (``examples``).

    ``standard`` names the HSK standard ``level_of`` answers for: the index then answers
    for the pairs' words from its own table (same answers, much faster).
    """
    sentences: dict[str, English] = {}
    untranslated: list[str] = []
    for ts in card_sentences(tokenized, selected):
        pair = tatoeba.translation(ts.sentence.text)
        if pair is not None:
            sentences[ts.sentence.text] = English(pair.en, pair.source)
        else:
            untranslated.append(ts.sentence.text)
    summary = None
    if translate is not None and translate.engine != "none" and untranslated:
        from flashcards.translate import translate_texts

        # Engines are asked in simplified characters: local zh models (LibreTranslate's,
        # Argos's) are trained on them, and one sentence in two scripts is one request.
        asked = {text: script.convert(text, script.SIMPLIFIED) for text in untranslated}
        result = translate_texts(list(dict.fromkeys(asked.values())), translate, progress=progress)
        sentences.update({
            text: English(result.english[query], f"machine translation ({result.summary.engine})")
            for text, query in asked.items() if query in result.english
        })
        summary = str(result.summary)
    chosen: dict[str, Pair] = {}
    if examples:
        # Memoised for this build: the same few hundred words recur in every candidate.
        level_of, is_known = cache(_fast(level_of, standard)), cache(known.__contains__)
        for word in selected:
            own = tokenized[word.examples[0]] if word.examples else None
            fits = same_reading(word.word, own.tokens if own else ())
            if own is not None:
                # The card already shows that sentence (and its English): show another one.
                key, sense = tatoeba.normalise(own.sentence.text), fits
                fits = lambda pair, key=key, sense=sense: tatoeba.normalise(pair.zh) != key and sense(pair)
            pair = tatoeba.best_example(word.word, level_of, is_known, fits)
            if pair is not None:
                chosen[word.word] = pair
    return EnglishPlan(MappingProxyType(sentences), MappingProxyType(chosen), summary)


def _fast(level_of: Callable[[str], int | None], standard: str | None) -> Callable[[str], int | None]:
    table = tatoeba.hsk_levels(standard) if standard else None
    if table is None:
        return level_of

    def level(word: str) -> int | None:
        try:
            return table(word)
        except KeyError:  # the target word itself may be no word of any pair
            return level_of(word)

    return level


def same_reading(word: str, context: Sequence[str]) -> Callable[[Pair], bool]:
    """A sense check: the pair reads ``word`` as the note does (地 de vs dì, 得 de/děi/dé).

    Only words whose reading depends on their neighbours are checked; for the rest the
    reading is the word's own wherever it stands.
    """
    if word not in sentence_pinyin.CONTEXT_RULES:
        return lambda pair: True
    wanted = _reading_in(word, context)
    return lambda pair: _reading_in(word, pair.tokens) == wanted


def _reading_in(word: str, tokens: Sequence[str]) -> tuple[str, ...]:
    hint = sentence_pinyin.reading_hints(tokens)[list(tokens).index(word)] if word in tokens else None
    return lexicon.lookup(word, hint).syllables
