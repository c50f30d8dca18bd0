"""Notes stage: selected words and their sentences → field values, GUIDs and tags.

Every piece of text from the input or the dictionary is escaped here, once, on its way into
a field: HTML special characters, and the brackets Anki itself interprets in field content
(``{{c1::…}}`` cloze markers, ``[sound:…]`` tags), so user text can neither inject markup
nor a cloze nor a media reference.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType

from flashcards import lexicon, pinyin
from flashcards.lexicon import WordInfo
from flashcards.notetypes import CLOZE_FIELDS, SENTENCE_FIELDS, VOCAB_FIELDS
from flashcards.segment import is_hanzi_word
from flashcards.selection import SelectedWord
from flashcards.tokens import TokenizedSentence

CARD_TYPES = ("recognition", "production", "listening", "cloze", "sentence")
DEFAULT_CARDS = ("recognition", "production", "listening", "cloze")
CLOZE_HINTS = ("meaning", "pinyin", "none")
_BAND = 7


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
    # text → media file name, for texts that have audio (words and sentences alike)
    audio: Callable[[str], str | None] = field(default=lambda text: None)
    # word → the gloss to show instead of the dictionary's (a teacher's override)
    glosses: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@lru_cache(maxsize=4096)
def sentence_pinyin(tokens: tuple[str, ...], style: str) -> str:
    """A sentence's pinyin; cached because a sentence often serves several notes."""
    return pinyin.format_sentence(tokens, style)


def word_info(word: str, options: NoteOptions) -> WordInfo:
    """The dictionary's entry for ``word``, with the gloss replaced where an override says so.

    An override is the whole meaning: it replaces every sense, and it is not "composed"
    (no ≈ marker), because a person wrote it.
    """
    info = lexicon.lookup(word)
    gloss = options.glosses.get(word)
    return replace(info, senses=(gloss,), composed=False) if gloss else info


def escape(text: str) -> str:
    """Escape text for an Anki field: HTML, and the brackets Anki interprets."""
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
    if level is None:
        return f"HSK {standard} · —"
    return f"HSK {standard} · {'7-9' if level == _BAND else level}"


def level_tag(level: int | None, standard: str) -> str:
    prefix = {"2.0": "HSK2", "3.0": "HSK3", "2025": "HSK2025"}[standard]
    if level is None:
        return f"{prefix}::outside"
    return f"{prefix}::{'7-9' if level == _BAND else level}"


def source_tag(origin: str) -> str:
    """'my file.txt 00:01:02' → 'source::my_file' (Anki tags cannot hold spaces)."""
    name = origin.split(" ")[0].rsplit(".", 1)[0] or "text"
    return "source::" + re.sub(r"[^\w\-]+", "_", name).strip("_")


def vocab_note(word: SelectedWord, example: TokenizedSentence | None, options: NoteOptions) -> NoteSpec:
    info = word_info(word.word, options)
    word_audio = _sound(options.audio(word.word))
    example_audio = _sound(options.audio(example.sentence.text)) if example else ""
    values = {
        "Simplified": escape(info.word),
        "Traditional": escape(info.traditional),
        "HanziColored": hanzi_colored(info),
        "Pinyin": pinyin.tone_html(info.syllables),
        "PinyinPlain": escape(plain_pinyin(info.syllables, options.pinyin_style)),
        "Meaning": meaning_html(info),
        "MeasureWords": escape(", ".join(info.classifiers)),
        "HSK": escape(level_label(word.level, options.standard)),
        "Example": highlighted(example.tokens, word.word) if example else "",
        "ExamplePinyin": escape(sentence_pinyin(example.tokens, options.pinyin_style)) if example else "",
        "Source": escape(example.sentence.origin) if example else "",
        "WordAudio": word_audio,
        "ExampleAudio": example_audio,
        "MakeRecognition": "y" if "recognition" in options.cards else "",
        "MakeProduction": "y" if "production" in options.cards else "",
        "MakeListening": "y" if "listening" in options.cards else "",
    }
    return NoteSpec(
        "vocab",
        stable_guid("vocab", info.word, " ".join(info.syllables)),
        tuple(values[f] for f in VOCAB_FIELDS),
        _tags(word.level, options.standard, example),
        options.deck,
        _media(word_audio, example_audio),
    )


def cloze_note(word: SelectedWord, example: TokenizedSentence, options: NoteOptions) -> NoteSpec:
    info = word_info(word.word, options)
    sentence_audio = _sound(options.audio(example.sentence.text))
    word_audio = _sound(options.audio(word.word))
    values = {
        "Text": cloze_text(example.tokens, word.word, _hint(info, options.cloze_hint)),
        "SentencePinyin": escape(sentence_pinyin(example.tokens, options.pinyin_style)),
        "Word": escape(info.word),
        "WordPinyin": pinyin.tone_html(info.syllables),
        "Meaning": meaning_html(info),
        "HSK": escape(level_label(word.level, options.standard)),
        "Source": escape(example.sentence.origin),
        "SentenceAudio": sentence_audio,
        "WordAudio": word_audio,
    }
    return NoteSpec(
        "cloze",
        stable_guid("cloze", example.sentence.text, info.word),
        tuple(values[f] for f in CLOZE_FIELDS),
        _tags(word.level, options.standard, example),
        options.deck,
        _media(sentence_audio, word_audio),
    )


def sentence_note(ts: TokenizedSentence, options: NoteOptions) -> NoteSpec:
    audio = _sound(options.audio(ts.sentence.text))
    words = [t for t in dict.fromkeys(ts.tokens) if is_hanzi_word(t)]
    glossary = "<br>".join(
        f"{escape(w)} {pinyin.tone_html(word_info(w, options).syllables)} — {meaning_html(word_info(w, options), 2)}"
        for w in words
    )
    values = {
        "Sentence": escape(ts.sentence.text),
        "SentencePinyin": escape(sentence_pinyin(ts.tokens, options.pinyin_style)),
        "Glossary": glossary,
        "Source": escape(ts.sentence.origin),
        "SentenceAudio": audio,
    }
    return NoteSpec(
        "sentence",
        stable_guid("sentence", ts.sentence.text),
        tuple(values[f] for f in SENTENCE_FIELDS),
        (source_tag(ts.sentence.origin),),
        options.deck,
        _media(audio),
    )


def plain_pinyin(syllables: Sequence[str], style: str) -> str:
    return pinyin.to_numbers(syllables) if style == "numbers" else pinyin.to_marks(syllables)


def meaning_html(info: WordInfo, senses: int | None = None) -> str:
    chosen = info.senses[:senses] if senses else info.senses
    text = "; ".join(escape(s) for s in chosen)
    if info.composed:
        return f'<span class="composed" title="not in CC-CEDICT: built from its parts">≈ {text}</span>'
    return text


def hanzi_colored(info: WordInfo) -> str:
    """Each character in its syllable's tone colour; an erhua 儿 shares the syllable before it."""
    chars = list(info.word)
    tones = [pinyin.tone(s) for s in info.syllables]
    out: list[str] = []
    t = 0
    for i, ch in enumerate(chars):
        folded = ch == "儿" and i > 0 and len(chars) > len(tones)
        tone = tones[max(0, t - 1)] if folded or t >= len(tones) else tones[t]
        if not folded:
            t += 1
        out.append(f'<span class="tone{tone}">{escape(ch)}</span>' if tones else escape(ch))
    return "".join(out)


def highlighted(tokens: Sequence[str], target: str) -> str:
    return "".join(
        f'<span class="target">{escape(t)}</span>' if t == target else escape(t) for t in tokens
    )


def cloze_text(tokens: Sequence[str], target: str, hint: str) -> str:
    """The sentence with every occurrence of ``target`` as one cloze, c1."""
    marker = "{{c1::" + escape(target) + ("::" + escape(hint) if hint else "") + "}}"
    return "".join(marker if t == target else escape(t) for t in tokens)


def _hint(info: WordInfo, kind: str) -> str:
    if kind == "pinyin":
        return pinyin.to_marks(info.syllables)
    if kind == "meaning" and info.senses:
        first = info.senses[0]
        return first if len(first) <= 40 else first[:39] + "…"
    return ""


def _sound(name: str | None) -> str:
    return f"[sound:{name}]" if name else ""


def _media(*sounds: str) -> tuple[str, ...]:
    return tuple(s[len("[sound:"):-1] for s in sounds if s)


def _tags(level: int | None, standard: str, example: TokenizedSentence | None) -> tuple[str, ...]:
    tags = [level_tag(level, standard)]
    if example:
        tags.append(source_tag(example.sentence.origin))
    return tuple(tags)
