"""Notes stage: selected words and their sentences → field values, GUIDs and tags.

Every piece of text from the input or the dictionary is escaped here, once, on its way into
a field: HTML special characters, and the brackets Anki itself interprets in field content
(``{{c1::…}}`` cloze markers, ``[sound:…]`` tags), so user text can neither inject markup
nor a cloze nor a media reference.

Script: tokens are simplified (the analysis copy); what a card *shows* follows
``NoteOptions.script``: None shows each sentence as its source wrote it and each headword as
its example sentence writes it; "simplified"/"traditional" convert; "both" shows the source's
form first and the other script's form of the headword after it. Identity (GUIDs) never
depends on the script shown, so switching ``--script`` updates notes instead of adding new ones.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType

from flashcards import cardtext, compounds, hsk, lexicon, pinyin, readings, script
from flashcards.sentence_pinyin import format_sentence
from flashcards.gloss import Gloss
from flashcards.english import English
from flashcards.lexicon import WordInfo
from flashcards.notetypes import CLOZE_FIELDS, SENTENCE_FIELDS, VOCAB_FIELDS
from flashcards.hanzi import is_hanzi_word
from flashcards.selection import SelectedWord
from flashcards.tatoeba import Pair
from flashcards.tokens import TokenizedSentence
from flashcards.vocabulary import DEFAULT_CARDS


@dataclass(frozen=True)
class NoteSpec:
    """One Anki note, ready to package. ``fields`` follow the note type's field order."""

    kind: str
    guid: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    media: tuple[str, ...] = ()  # media file names referenced by the fields


@dataclass(frozen=True)
class NoteOptions:
    deck: str
    standard: str = "3.0"
    cards: tuple[str, ...] = DEFAULT_CARDS
    pinyin_style: str = "marks"
    cloze_hint: str = "meaning"
    script: str | None = None  # "simplified", "traditional", "both"; None = as the source writes it
    # text → media file name, for texts that have audio (words and sentences alike)
    audio: Callable[[str], str | None] = field(default=lambda text: None)
    # word → the gloss to show instead of the dictionary's (a teacher's override)
    glosses: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # whether a word is new to the learner (a sentence card glosses only those); None: all are
    is_new: Callable[[str], bool] | None = None
    # sentence text → its English (Tatoeba's or an engine's); word → a Tatoeba example pair
    english: Mapping[str, English] = field(default_factory=lambda: MappingProxyType({}))
    dict_examples: Mapping[str, Pair] = field(default_factory=lambda: MappingProxyType({}))


@lru_cache(maxsize=4096)
def sentence_pinyin(tokens: tuple[str, ...], style: str) -> str:
    """A sentence's pinyin; cached because a sentence often serves several notes."""
    return format_sentence(tokens, style)


def word_info(word: str, options: NoteOptions, context: Sequence[str] = ()) -> WordInfo:
    """The dictionary's entry for ``word``, with the gloss replaced where an override says so.

    ``context`` is the sentence (tokens) the note shows the word in: where the word's
    reading depends on it (地 de/dì, 还 hái/huán, 种 zhǒng/zhòng), the note teaches the
    reading of its first occurrence there. An override is the whole meaning: it replaces every
    sense, and it is not "composed" (no ≈ marker), because a person wrote it.
    """
    info = lexicon.lookup(word, _hint_in(word, context))
    gloss = options.glosses.get(word)
    return replace(info, senses=(gloss,), composed=False) if gloss else info


def _hint_in(word: str, context: Sequence[str]) -> tuple[str, ...] | None:
    # The reading the sentence pinyin shows for the word: one decision (flashcards.readings).
    return readings.hint_in(word, context) if context else None


#: What ``escape`` changes: most field pieces (a token, a word) hold none of it.
_SPECIAL = re.compile(r"[&<>\"'{}\[\]]")


def escape(text: str) -> str:
    """Escape text for an Anki field: HTML, and the brackets Anki interprets."""
    if not _SPECIAL.search(text):  # a deck build escapes hundreds of thousands of pieces
        return text
    return (
        html.escape(text, quote=True)
        .replace("{", "&#123;").replace("}", "&#125;")
        .replace("[", "&#91;").replace("]", "&#93;")
    )


def stable_guid(*identity: str) -> str:
    """A GUID from a note's identity only, so edits to other fields update the same note."""
    digest = hashlib.sha256("\x1f".join(identity).encode("utf-8")).digest()
    return base64.b64encode(digest[:12], altchars=b"-_").decode("ascii")


def level_label(level: int | None, standard: str) -> str:
    return hsk.standard(standard).display(level)


def level_tag(level: int | None, standard: str) -> str:
    return hsk.standard(standard).tag(level)


def source_tag(origin: str) -> str:
    """The file an origin names, as a tag (Anki tags cannot hold spaces).

    >>> source_tag("my film.srt 00:01:02"), source_tag("book.epub › 第一章 出发")
    ('source::my_film', 'source::book')
    """
    name = re.sub(r" \d+:\d\d:\d\d$", "", origin.split(" › ", 1)[0])
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return "source::" + (re.sub(r"[^\w\-]+", "_", stem).strip("_") or "text")


def vocab_note(word: SelectedWord, example: TokenizedSentence | None, options: NoteOptions) -> NoteSpec:
    # Read once: a TokenizedSentence rebuilds its tokens and Sentence on each read.
    tokens = example.tokens if example else ()
    sentence = example.sentence if example else None
    info = word_info(word.word, options, tokens)
    word_audio = _sound(options.audio(word.word))
    example_audio = _sound(options.audio(sentence.text)) if sentence else ""
    shown_example = _shown(example, options) if example else ()
    first, second = headword_forms(word.word, info, example, options, tokens, shown_example)
    values = {
        "Simplified": escape(info.word),
        "Traditional": escape(cardtext.traditional_form(info, example)),
        "HanziColored": hanzi_colored(info, first) + _other_script(second and hanzi_colored(info, second)),
        "Pinyin": pinyin.styled_html(info.syllables, options.pinyin_style),
        "PinyinPlain": escape(plain_pinyin(info.syllables, options.pinyin_style)),
        "Meaning": meaning_html(word_gloss(info, options, tokens)),
        "MeasureWords": escape(", ".join(info.classifiers)),
        "HSK": escape(level_label(word.level, options.standard)),
        "Example": cardtext.in_clause(tokens, word.word, highlighted(tokens, word.word, shown_example, pieces=True)) if sentence else "",
        "ExamplePinyin": escape(sentence_pinyin(tokens, options.pinyin_style)) if sentence else "",
        "Source": escape(sentence.origin) if sentence else "",
        "WordAudio": word_audio,
        "ExampleAudio": example_audio,
        "MakeRecognition": "y" if "recognition" in options.cards else "",
        "MakeProduction": "y" if "production" in options.cards else "",
        "MakeListening": "y" if "listening" in options.cards else "",
        "ExampleEnglish": english_html(options.english.get(sentence.text)) if sentence else "",
        **dict_example_fields(word.word, example, options),
    }
    return NoteSpec(
        "vocab",
        stable_guid("vocab", info.word, " ".join(info.syllables)),
        tuple(values[f] for f in VOCAB_FIELDS),
        _tags(word.level, options.standard, sentence),
        options.deck,
        _media(word_audio, example_audio),
    )


def cloze_note(word: SelectedWord, example: TokenizedSentence, options: NoteOptions, slot: int = 0) -> NoteSpec:
    """``slot``: which of the word's examples this is (0 = first); with the word and its
    reading it is the note's identity, so a better sentence on rebuild updates the note."""
    tokens, sentence = example.tokens, example.sentence  # read once (see vocab_note)
    info = word_info(word.word, options, tokens)
    gloss = word_gloss(info, options, tokens)
    sentence_audio = _sound(options.audio(sentence.text))
    word_audio = _sound(options.audio(word.word))
    shown = _shown(example, options)
    first, second = headword_forms(word.word, info, example, options, tokens, shown)
    values = {
        "Text": cardtext.in_clause(
            tokens, word.word, cloze_text(tokens, word.word, _hint(info, gloss, options), shown, pieces=True),
        ),
        "SentencePinyin": escape(sentence_pinyin(tokens, options.pinyin_style)),
        "Word": escape(first) + _other_script(second and escape(second)),
        "WordPinyin": pinyin.styled_html(info.syllables, options.pinyin_style),
        "Meaning": meaning_html(gloss),
        "HSK": escape(level_label(word.level, options.standard)),
        "Source": escape(sentence.origin),
        "SentenceAudio": sentence_audio,
        "WordAudio": word_audio,
        "SentenceEnglish": english_html(options.english.get(sentence.text)),
    }
    return NoteSpec(
        "cloze",
        stable_guid("cloze", info.word, " ".join(info.syllables), str(slot + 1)),
        tuple(values[f] for f in CLOZE_FIELDS),
        _tags(word.level, options.standard, sentence),
        options.deck,
        _media(sentence_audio, word_audio),
    )


#: A name's line in a sentence glossary: what it is, not what its characters say (小王 is no
#: "small + king").
_NAME_GLOSS = "(a name)"


def sentence_note(ts: TokenizedSentence, options: NoteOptions) -> NoteSpec:
    tokens, sentence = ts.tokens, ts.sentence  # read once (see vocab_note)
    audio = _sound(options.audio(sentence.text))
    shown = _shown(ts, options)
    first_shown: dict[str, str] = {}  # each distinct word once, as the sentence first writes it
    for token, written in zip(tokens, shown):
        if is_hanzi_word(token) and cardtext.glossary_word(token, tokens, options.is_new):
            first_shown.setdefault(token, written)
    glossary = "<br>".join(
        f"{escape(written)} {pinyin.styled_html(info.syllables, options.pinyin_style)} — "
        f"{escape(_NAME_GLOSS if compounds.is_clear_name(w) else cardtext.one_sense(word_gloss(info, options, tokens)))}"
        for w, written in first_shown.items()
        for info in (word_info(w, options, tokens),)
    )
    values = {
        "Sentence": escape("".join(shown)),
        "SentencePinyin": escape(sentence_pinyin(tokens, options.pinyin_style)),
        "Glossary": glossary,
        "Source": escape(sentence.origin),
        "SentenceAudio": audio,
        "SentenceEnglish": english_html(options.english.get(sentence.text)),
    }
    return NoteSpec(
        "sentence",
        stable_guid("sentence", sentence.text),
        tuple(values[f] for f in SENTENCE_FIELDS),
        (source_tag(sentence.origin),),
        options.deck,
        _media(audio),
    )


def english_html(english: English | None) -> str:
    """An English line with its source named, escaped like every field."""
    if english is None:
        return ""
    return f'{escape(english.text)} <span class="fc-english-source">{escape(english.source)}</span>'


def dict_example_fields(word: str, example: TokenizedSentence | None, options: NoteOptions) -> dict[str, str]:
    """The Tatoeba example of a vocabulary note, in the card's script (the example's, if none is set)."""
    pair = options.dict_examples.get(word)
    if pair is None:
        return {"DictExample": "", "DictExamplePinyin": "", "DictExampleEnglish": ""}
    shown = options.script if options.script in script.SCRIPTS else example.sentence.script if example else None
    return {
        "DictExample": highlighted(pair.tokens, word, pair.surface(shown or script.SIMPLIFIED)),
        "DictExamplePinyin": escape(sentence_pinyin(pair.tokens, options.pinyin_style)),
        "DictExampleEnglish": english_html(English(pair.en, pair.source)),
    }


def plain_pinyin(syllables: Sequence[str], style: str) -> str:
    """A word's pinyin as plain text in ``style`` (any name of :data:`pinyin.STYLES`)."""
    return pinyin.STYLES.get(style, pinyin.to_marks)(syllables) if style != "html" else pinyin.to_marks(syllables)


def word_gloss(info: WordInfo, options: NoteOptions, context: Sequence[str] = ()) -> Gloss:
    """What the note shows of the word's meaning: a teacher's override as written, else the
    compact gloss leading with the sense ``context`` (the example's tokens) uses."""
    if info.word in options.glosses:
        return Gloss((options.glosses[info.word],))
    return _gloss_in(info.word, info.syllables, info.senses, info.composed, tuple(context), info.traditional)


@lru_cache(maxsize=4096)
def _gloss_in(word: str, syllables: tuple[str, ...], senses: tuple[str, ...], composed: bool,
              context: tuple[str, ...], traditional: str) -> Gloss:
    # A word's vocabulary note and its first cloze show it in the same sentence: one gloss.
    from flashcards import gloss

    return gloss.shown(word, syllables, senses, composed, context, None, traditional)


def meaning_html(g: Gloss) -> str:
    """The front-facing senses; a composed word's pieces in spans that fronts hide (the
    pieces spell the answer); the other senses in a "more" line that only backs show."""
    from flashcards import gloss

    if g.composed:
        parts = " + ".join(
            f'<span class="fc-piece" lang="zh-CN">{escape(piece)} </span>{escape(text)}' for piece, text in g.composed
        )
        return f'<span class="composed" title="not in CC-CEDICT: built from its parts">≈ {parts}</span>'
    text = gloss.SEPARATOR.join(escape(s) for s in g.front)
    if g.more:
        more = gloss.SEPARATOR.join(escape(s) for s in g.more)
        text += f'<div class="fc-senses-more"><span class="fc-label">more</span> {more}</div>'
    return text


def hanzi_colored(info: WordInfo, shown: str | None = None) -> str:
    """Each character in its syllable's tone colour; an erhua 儿 shares the syllable before it.

    ``shown`` is the word as the card writes it (学习 or 學習), character for character.
    """
    chars = list(shown if shown and len(shown) == len(info.word) else info.word)
    tones = [pinyin.tone(s) for s in info.syllables]
    out: list[str] = []
    t = 0
    for i, ch in enumerate(chars):
        folded = ch in "儿兒" and i > 0 and len(chars) > len(tones)
        tone = tones[max(0, t - 1)] if folded or t >= len(tones) else tones[t]
        if not folded:
            t += 1
        out.append(f'<span class="tone{tone}">{escape(ch)}</span>' if tones else escape(ch))
    return "".join(out)


def highlighted(
    tokens: Sequence[str], target: str, shown: Sequence[str] | None = None, pieces: bool = False
) -> tuple[str, ...]:
    """Each token's HTML, ``target`` marked; ``shown`` are the tokens as the card writes them.

    ``pieces=True`` returns one piece per token (for :func:`cardtext.in_clause`); otherwise
    the joined sentence. The word inside a longer token (数字 in 数字化, 远 in 永远) is marked
    too, as ``fc-inside``: a production front blanks every place that would spell the answer,
    while other sides leave it unmarked to the eye (永远 is no occurrence of 远 "far").
    """
    out = _marked(tokens, target, shown, lambda s: f'<span class="target">{s}</span>',
                  lambda s: f'<span class="target fc-inside">{s}</span>')
    return out if pieces else "".join(out)  # type: ignore[return-value]


def _marked(tokens: Sequence[str], target: str, shown: Sequence[str] | None,
            whole: Callable[[str], str], part: Callable[[str], str]) -> tuple[str, ...]:
    """Each token as written and escaped: ``whole`` around a token that is ``target``,
    ``part`` around each run of characters elsewhere that spells it (:func:`_spelt`)."""
    covered = _spelt(tokens, target)
    out: list[str] = []
    at = 0
    for t, s in zip(tokens, shown or tokens):
        if t == target:
            out.append(whole(escape(s)))
        elif len(s) == len(t) and any(covered[at : at + len(t)]):
            out.append("".join(part(piece) if marked else piece for piece, marked in _runs(s, covered[at : at + len(t)])))
        else:
            out.append(escape(s))
        at += len(t)
    return tuple(out)


def _spelt(tokens: Sequence[str], target: str) -> list[bool]:
    """Per character of the sentence, whether it is part of a place that spells ``target``:
    inside a longer token (数字 of 数字化) or across two (套装 of 套 + 装修, a wrong cut)."""
    joined = "".join(tokens)
    covered = [False] * len(joined)
    start = joined.find(target) if target else -1
    while start >= 0:
        covered[start : start + len(target)] = [True] * len(target)
        start = joined.find(target, start + 1)
    return covered


def _runs(written: str, covered: Sequence[bool]) -> Iterator[tuple[str, bool]]:
    """``written`` in runs of characters that ``covered`` marks alike, each escaped."""
    i = 0
    while i < len(written):
        j = i
        while j < len(written) and covered[j] == covered[i]:
            j += 1
        yield escape(written[i:j]), covered[i]
        i = j


def cloze_text(
    tokens: Sequence[str], target: str, hint: str, shown: Sequence[str] | None = None, pieces: bool = False
) -> str | tuple[str, ...]:
    """The sentence with every occurrence of ``target`` as one cloze, c1; where a wrong cut
    spelt it across two tokens (套 + 装修 of 套装), those characters are gapped too, with no
    hint, so the front does not show the answer."""
    after = ("::" + escape(hint) if hint else "") + "}}"
    out = _marked(tokens, target, shown, lambda s: "{{c1::" + s + after, lambda s: "{{c1::" + s + "}}")
    return out if pieces else "".join(out)


def headword_forms(
    word: str, info: WordInfo, example: TokenizedSentence | None, options: NoteOptions,
    tokens: Sequence[str] | None = None, shown: Sequence[str] | None = None,
) -> tuple[str, str | None]:
    """The headword as cards show it first, and its other-script form if that is shown too.

    The first form is the one the example sentence shows (so 台 stays 台 if the text wrote
    台灣); the second only with ``script="both"`` and only if it differs. ``tokens`` and
    ``shown``: the example's tokens and ``_shown(example, options)`` if the caller has them
    (a TokenizedSentence rebuilds them on each read).
    """
    if example is not None and tokens is None:
        tokens = example.tokens
    if example is not None and word in tokens:
        i = tokens.index(word)
        first = (shown if shown is not None else _shown(example, options))[i]
        second = example.in_script(script.other(example.sentence.script))[i] if options.script == "both" else None
    else:
        first = info.traditional if options.script == script.TRADITIONAL else info.word
        second = (info.traditional if first == info.word else info.word) if options.script == "both" else None
    return first, (second if second != first else None)


def _shown(ts: TokenizedSentence, options: NoteOptions) -> tuple[str, ...]:
    """The sentence's tokens in the script the cards show first."""
    return ts.in_script(options.script if options.script in script.SCRIPTS else None)


def _other_script(html_text: str | None) -> str:
    # The space is inside the span: a recognition front shows {{text:HanziColored}}, the
    # field without markup (no tone classes on a question), and still needs the gap.
    return f'<span class="other-script"> {html_text}</span>' if html_text else ""


def _hint(info: WordInfo, g: Gloss, options: NoteOptions) -> str:
    """One short sense, never cut; pinyin (in the deck's style) when no sense is short."""
    from flashcards import gloss

    if options.cloze_hint == "none":
        return ""
    short = gloss.hint(g) if options.cloze_hint == "meaning" and not g.composed else ""
    return short or plain_pinyin(info.syllables, options.pinyin_style)


def _sound(name: str | None) -> str:
    return f"[sound:{name}]" if name else ""


def _media(*sounds: str) -> tuple[str, ...]:
    return tuple(s[len("[sound:"):-1] for s in sounds if s)


def _tags(level: int | None, standard: str, sentence: Sentence | None) -> tuple[str, ...]:
    tags = [level_tag(level, standard)]
    if sentence:
        tags.append(source_tag(sentence.origin))
    return tuple(tags)
