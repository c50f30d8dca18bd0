"""Our own note types: fixed IDs, fixed field lists, templates shipped as package files.

The IDs never change: Anki matches note types by ID, so a rebuilt or updated deck lands on
the note type the learner already has. The field lists are part of that contract: adding or
renaming a field makes Anki treat the package's note type as a different one. Templates and
CSS may change freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Template:
    name: str
    front: str
    back: str


@dataclass(frozen=True)
class NoteType:
    kind: str            # "vocab", "cloze", "sentence": what notes.py builds
    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[Template, ...]
    css: str
    is_cloze: bool = False


VOCAB_FIELDS = (
    "Simplified", "Traditional", "HanziColored", "Pinyin", "PinyinPlain", "Meaning",
    "MeasureWords", "HSK", "Example", "ExamplePinyin", "Source", "WordAudio", "ExampleAudio",
    # Non-empty switches: Anki makes a card only when its front renders something.
    "MakeRecognition", "MakeProduction", "MakeListening",
)
CLOZE_FIELDS = (
    "Text", "SentencePinyin", "Word", "WordPinyin", "Meaning", "HSK", "Source",
    "SentenceAudio", "WordAudio",
)
SENTENCE_FIELDS = ("Sentence", "SentencePinyin", "Glossary", "Source", "SentenceAudio")

_IDS = {"vocab": 1_736_540_011_001, "cloze": 1_736_540_011_002, "sentence": 1_736_540_011_003}


def _read(name: str) -> str:
    return resources.files("flashcards.templates").joinpath(name).read_text(encoding="utf-8")


def _template(title: str, stem: str) -> Template:
    return Template(title, _read(f"{stem}_front.html"), _read(f"{stem}_back.html"))


@lru_cache(maxsize=1)
def note_types() -> dict[str, NoteType]:
    css = _read("style.css")
    return {
        "vocab": NoteType(
            "vocab", _IDS["vocab"], "flashcards vocabulary", VOCAB_FIELDS,
            (
                _template("Recognition", "vocab_recognition"),
                _template("Production", "vocab_production"),
                _template("Listening", "vocab_listening"),
            ),
            css,
        ),
        "cloze": NoteType(
            "cloze", _IDS["cloze"], "flashcards cloze", CLOZE_FIELDS,
            (_template("Cloze", "cloze"),), css, is_cloze=True,
        ),
        "sentence": NoteType(
            "sentence", _IDS["sentence"], "flashcards sentence", SENTENCE_FIELDS,
            (_template("Reading", "sentence"),), css,
        ),
    }
