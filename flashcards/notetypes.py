"""Our own note types: fixed IDs, fixed field lists, templates shipped as package files.

The IDs never change: Anki matches note types by ID, so a rebuilt or updated deck lands on
the note type the learner already has. The field lists are part of that contract: adding or
renaming a field makes Anki treat the package's note type as a different one. Templates and
CSS may change freely. What Anki 26.9 does with an *added* field (the English fields, appended
last; tests/test_english_anki.py): with "Merge note types" it adds the field to the learner's
note type and notes, no duplicates, and stamps the notes with the import time (so that
package fills them only with "Update notes: Always", otherwise the next build does); without
it, it makes "… +" copies of the note types and skips every existing note.

Templates are package files (``templates/``). A line ``<!-- flashcards:script -->`` in a
template is replaced by ``cards.js`` inlined in a ``<script>``: one copy of the script in the
source, no media file to ship. The styling is ``style.css`` plus, unless tone colours are
off, ``tones.css``.

Tone colours are a property of the note type, not of the notes: the notes carry the same
``toneN`` spans either way. Since a learner's collection holds one copy of each note type,
importing a build made with ``tone_colors=False`` (when Anki updates note types on import,
its default for a newer package) switches colours off for every card of that type, from
every deck; the next import of a coloured build switches them back (Anki stamps a note type
it updated with the import time, so only a build made after that import counts as newer).
Nothing else changes: IDs, fields, notes and scheduling stay as they are.
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
    # English, added last (see the module docstring on changing field lists).
    "ExampleEnglish", "DictExample", "DictExamplePinyin", "DictExampleEnglish",
)
CLOZE_FIELDS = (
    "Text", "SentencePinyin", "Word", "WordPinyin", "Meaning", "HSK", "Source",
    "SentenceAudio", "WordAudio", "SentenceEnglish",
)
SENTENCE_FIELDS = ("Sentence", "SentencePinyin", "Glossary", "Source", "SentenceAudio", "SentenceEnglish")

_IDS = {"vocab": 1_736_540_011_001, "cloze": 1_736_540_011_002, "sentence": 1_736_540_011_003}


SCRIPT_MARKER = "<!-- flashcards:script -->"


def _read(name: str) -> str:
    return resources.files("flashcards.templates").joinpath(name).read_text(encoding="utf-8")


def _card_html(name: str) -> str:
    html = _read(name)
    if SCRIPT_MARKER in html:
        html = html.replace(SCRIPT_MARKER, "<script>\n" + _read("cards.js").strip() + "\n</script>")
    return html


def _template(title: str, front: str, back: str) -> Template:
    return Template(title, _card_html(front), _card_html(back))


#: Tone colour palettes (``--tone-palette``): the Dummitt colours, or a colour-blind-safe set.
TONE_PALETTES = ("standard", "cvd")


def stylesheet(tone_colors: bool = True, palette: str = "standard") -> str:
    """The note types' CSS; ``tone_colors=False`` leaves the tone colours out, ``palette``
    picks their colours (one of :data:`TONE_PALETTES`). Like the colours themselves, the
    palette is a note type setting (see the module notes)."""
    if not tone_colors:
        return _read("style.css")
    extra = "\n" + _read("tones_cvd.css") if palette == "cvd" else ""
    return _read("style.css") + "\n" + _read("tones.css") + extra


@lru_cache(maxsize=4)
def note_types(tone_colors: bool = True, palette: str = "standard") -> dict[str, NoteType]:
    css = stylesheet(tone_colors, palette)
    return {
        "vocab": NoteType(
            "vocab", _IDS["vocab"], "flashcards vocabulary", VOCAB_FIELDS,
            (
                # One back for all three: whatever the question, the answer is the whole entry.
                _template("Recognition", "vocab_recognition_front.html", "vocab_back.html"),
                _template("Production", "vocab_production_front.html", "vocab_back.html"),
                _template("Listening", "vocab_listening_front.html", "vocab_back.html"),
            ),
            css,
        ),
        "cloze": NoteType(
            "cloze", _IDS["cloze"], "flashcards cloze", CLOZE_FIELDS,
            (_template("Cloze", "cloze_front.html", "cloze_back.html"),), css, is_cloze=True,
        ),
        "sentence": NoteType(
            "sentence", _IDS["sentence"], "flashcards sentence", SENTENCE_FIELDS,
            (_template("Reading", "sentence_front.html", "sentence_back.html"),), css,
        ),
    }
