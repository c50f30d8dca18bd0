"""Course recipes: ``decks/<course>.toml`` → a validated, frozen :class:`Recipe`.

A recipe names a course, its filters and card types, and its lessons in teaching order, each
with its source texts (globs relative to the recipe). Every problem is reported as one line
naming the file, the key and what is wrong::

    decks/econ.toml: lesson[2].sources: "texts/live*.txt" matches no file
    decks/econ.toml: course.max_level: 12 is not an HSK 3.0 level (1-9)
    decks/econ.toml: course.titel: unknown key (did you mean 'title'?)

Lessons are numbered from 1 in messages, as in their deck names ("Course::02 Name").
"""

from __future__ import annotations

import difflib
import glob
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from flashcards import hsk
from flashcards.pinyin import LEARNER_STYLES as PINYIN_STYLES
from flashcards.notetypes import TONE_PALETTES
from flashcards.script import DISPLAY_CHOICES
from flashcards.errors import OptionError, RecipeError, mention
from flashcards.files import os_message, read_bounded
from flashcards.hanzi import is_hanzi_word
from flashcards.terminal import unsafe_character
from flashcards.vocabulary import CARD_TYPES, CLOZE_HINTS, DEFAULT_CARDS, ORDERS

LOCK_SUFFIX = ".lock.json"
#: A recipe is a page of settings; a bigger file is something else.
MAX_RECIPE_BYTES = 4 << 20

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_SECTIONS = ("course", "audio", "overrides", "lesson")
_COURSE_KEYS = (
    "id", "title", "standard", "min_level", "max_level", "cards", "order", "limit", "examples",
    "pinyin", "cloze_hint", "review_cloze", "known", "user_dict", "script", "tone_palette",
)
_AUDIO_KEYS = ("engine", "voice", "rate")
_LESSON_KEYS = ("name", "sources", "include", "exclude", "limit")
# The course keys named otherwise than their BuildOptions field.
_KEY_OF_FIELD = {"pinyin_style": "pinyin", "known_file": "known"}


def key(option: str) -> str:
    """How a recipe spells an option of the library (see flashcards.errors): "course.pinyin"
    for ``pinyin_style``, "audio.rate" for ``audio.rate``. An option a recipe cannot set
    (``force``) stays marked: the command line around it spells it (``--force``)."""
    name = _KEY_OF_FIELD.get(option, option)
    if name in _COURSE_KEYS:
        return f"course.{name}"
    return option if option.startswith("audio.") else mention(option)


@dataclass(frozen=True)
class AudioSettings:
    """Carried through to the audio stage as written; only the keys are checked here."""

    engine: str | None = None
    voice: str | None = None
    rate: str | None = None


@dataclass(frozen=True)
class Lesson:
    number: int                    # 1-based, its place in the course
    name: str
    sources: tuple[Path, ...]      # the files its globs matched, in order, each once
    include: tuple[str, ...] = ()  # teach these even outside the band or past the limit
    exclude: tuple[str, ...] = ()  # never introduce these in this lesson
    limit: int | None = None       # new words in this lesson at most [default: the course's]


@dataclass(frozen=True)
class Recipe:
    path: Path
    id: str       # never changes: every note's identity derives from it
    title: str    # the parent deck's name
    lessons: tuple[Lesson, ...]
    standard: str = "3.0"
    min_level: int | None = None
    max_level: int | None = None
    cards: tuple[str, ...] = DEFAULT_CARDS
    order: str = "frequency"
    limit: int | None = None
    examples: int = 1
    pinyin_style: str = "marks"
    cloze_hint: str = "meaning"
    script: str | None = None  # the characters cards show (script.DISPLAY_CHOICES); None: the texts'
    tone_palette: str = "standard"  # notetypes.TONE_PALETTES
    review_cloze: bool = True  # later lessons: cloze cards for words introduced earlier
    known_files: tuple[Path, ...] = ()
    user_dict: Path | None = None
    audio: AudioSettings | None = None
    overrides: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def lock_path(self) -> Path:
        """``decks/econ.toml`` → ``decks/econ.lock.json``."""
        return self.path.with_name(self.path.stem + LOCK_SUFFIX)

    def deck(self, lesson: Lesson) -> str:
        return f"{self.title}::{lesson.number:02d} {lesson.name}"


def load_recipe(path: Path) -> Recipe:
    """Read and validate a recipe. Raises RecipeError with a one-line message."""
    if not os.path.lexists(path):
        raise RecipeError(f"{path}: no such recipe")
    raw = read_bounded(path, MAX_RECIPE_BYTES, what="recipe", error=RecipeError)
    try:
        # utf-8-sig: editors on Windows save UTF-8 with a byte-order mark, which TOML forbids.
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise RecipeError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise RecipeError(f"{path}: invalid TOML: {e}") from None
    except RecursionError:
        raise RecipeError(f"{path}: invalid TOML: nested too deeply") from None
    return _Parser(path).recipe(data)


class _Parser:
    """Turns the TOML tables into a Recipe, failing on the first problem with its key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.base = path.parent

    def fail(self, key: str, problem: str) -> RecipeError:
        # Keys come from the file: a quoted key may hold a newline, and the message is one line.
        key = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in key)
        return RecipeError(f"{self.path}: {key}: {problem}")

    def recipe(self, data: dict[str, Any]) -> Recipe:
        self.known_keys("", data, _SECTIONS)
        course = self.table("course", data.get("course"), required=True)
        self.known_keys("course.", course, _COURSE_KEYS)
        standard = self.choice("course.standard", course.get("standard", "3.0"), hsk.NAMES)
        min_level, max_level = self.levels(course, standard)
        lessons = data.get("lesson")
        if lessons is None:
            raise self.fail("lesson", "no lessons: add at least one [[lesson]] table")
        if not isinstance(lessons, list) or not all(isinstance(x, dict) for x in lessons):
            raise self.fail("lesson", "must be written as [[lesson]] tables")
        parsed = tuple(self.lesson(i, raw) for i, raw in enumerate(lessons, 1))
        self.unique_names(parsed)
        return Recipe(
            path=self.path,
            id=self.course_id(course.get("id")),
            title=self.deck_name("course.title", course.get("title"), allow_nesting=True),
            lessons=parsed,
            standard=standard,
            min_level=min_level,
            max_level=max_level,
            cards=self.cards(course.get("cards", list(DEFAULT_CARDS))),
            order=self.choice("course.order", course.get("order", "frequency"), ORDERS),
            limit=self.positive("course.limit", course.get("limit")),
            examples=self.examples(course.get("examples", 1)),
            pinyin_style=self.choice("course.pinyin", course.get("pinyin", "marks"), PINYIN_STYLES),
            cloze_hint=self.choice("course.cloze_hint", course.get("cloze_hint", "meaning"), CLOZE_HINTS),
            script=self.choice("course.script", course["script"], DISPLAY_CHOICES) if "script" in course else None,
            tone_palette=self.choice("course.tone_palette", course.get("tone_palette", "standard"), TONE_PALETTES),
            review_cloze=self.boolean("course.review_cloze", course.get("review_cloze", True)),
            known_files=tuple(self.file("course.known", p) for p in self.strings("course.known", course.get("known", []))),
            user_dict=self.file("course.user_dict", self.string("course.user_dict", course["user_dict"]))
            if "user_dict" in course else None,
            audio=self.audio(data.get("audio")),
            overrides=self.overrides(data.get("overrides")),
        )

    # -- sections ---------------------------------------------------------------------------

    def lesson(self, number: int, raw: dict[str, Any]) -> Lesson:
        key = f"lesson[{number}]"
        self.known_keys(key + ".", raw, _LESSON_KEYS)
        patterns = self.strings(f"{key}.sources", raw.get("sources"), required=True)
        if not patterns:
            raise self.fail(f"{key}.sources", "empty: name at least one text file")
        return Lesson(
            number=number,
            name=self.deck_name(f"{key}.name", raw.get("name"), allow_nesting=False),
            sources=self.sources(f"{key}.sources", patterns),
            include=self.words(f"{key}.include", raw.get("include", [])),
            exclude=self.words(f"{key}.exclude", raw.get("exclude", [])),
            limit=self.positive(f"{key}.limit", raw.get("limit")),
        )

    def audio(self, raw: Any) -> AudioSettings | None:
        if raw is None:
            return None
        table = self.table("audio", raw)
        self.known_keys("audio.", table, _AUDIO_KEYS)
        values = {k: self.string(f"audio.{k}", table[k]) for k in _AUDIO_KEYS if k in table}
        # The audio stage's own checks, now, reported like every other recipe mistake: file
        # and key (its settings module and the voice check load nothing heavy).
        from flashcards.audio.settings import AudioSettings as StageSettings

        try:
            stage = StageSettings(**{"engine": "auto", **values})
        except OptionError as e:  # about a field of the stage: audio.rate is the recipe's key too
            raise self.fail(e.option or "audio.engine", e.render(subject=False)) from None
        if stage.engine in ("edge", "auto") and "voice" in values:
            from flashcards.audio.edge import check_voice

            try:
                check_voice(stage.voice, stage.rate)
            except OptionError:
                raise self.fail("audio.voice", f"{stage.voice!r} is not an edge-tts voice (like zh-CN-XiaoxiaoNeural)") from None
        return AudioSettings(**values)

    def overrides(self, raw: Any) -> Mapping[str, str]:
        if raw is None:
            return MappingProxyType({})
        table = self.table("overrides", raw)
        out = {}
        for word, gloss in table.items():
            key = f"overrides.{word}"
            if not is_hanzi_word(word):
                raise self.fail(key, "not a Chinese word (hanzi only)")
            if not isinstance(gloss, str) or not gloss.strip():
                raise self.fail(key, "must be a non-empty string: the gloss to show")
            out[word] = gloss.strip()
        return MappingProxyType(out)

    # -- values -----------------------------------------------------------------------------

    def known_keys(self, prefix: str, table: dict[str, Any], allowed: Sequence[str]) -> None:
        for name in table:
            if name not in allowed:
                near = difflib.get_close_matches(name, allowed, n=1)
                hint = f"did you mean {near[0]!r}?" if near else "expected one of " + ", ".join(allowed)
                raise self.fail(prefix + name, f"unknown key ({hint})")

    def table(self, key: str, value: Any, required: bool = False) -> dict[str, Any]:
        if value is None and required:
            raise self.fail(key, f"missing: add a [{key}] table")
        if not isinstance(value, dict):
            raise self.fail(key, f"must be a table ([{key}])")
        return value

    def string(self, key: str, value: Any) -> str:
        if not isinstance(value, str):
            raise self.fail(key, f"must be a string, not {_toml_type(value)}")
        return value

    def strings(self, key: str, value: Any, required: bool = False) -> list[str]:
        if value is None and required:
            raise self.fail(key, "missing")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "must be a list of strings, e.g. [\"a\", \"b\"]")
        return value

    def choice(self, key: str, value: Any, allowed: Sequence[str]) -> str:
        if value not in allowed:
            raise self.fail(key, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def boolean(self, key: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def positive(self, key: str, value: Any) -> int | None:
        if value is None:
            return None
        if type(value) is not int or value < 1:
            raise self.fail(key, f"{value!r} must be a whole number of at least 1")
        return value

    def examples(self, value: Any) -> int:
        if type(value) is not int or not 1 <= value <= 10:
            raise self.fail("course.examples", f"{value!r} must be a whole number from 1 to 10")
        return value

    def levels(self, course: dict[str, Any], standard: str) -> tuple[int | None, int | None]:
        top = 6 if standard == "2.0" else 9
        out = []
        for name in ("min_level", "max_level"):
            level = course.get(name)
            if level is not None and (type(level) is not int or not 1 <= level <= top):
                raise self.fail(f"course.{name}", f"{level!r} is not an HSK {standard} level (1-{top})")
            out.append(level)
        if out[0] is not None and out[1] is not None and out[0] > out[1]:
            raise self.fail("course.min_level", f"{out[0]} is above max_level {out[1]}")
        return out[0], out[1]

    def cards(self, value: Any) -> tuple[str, ...]:
        cards = self.strings("course.cards", value)
        if not cards:
            raise self.fail("course.cards", "choose at least one of " + ", ".join(CARD_TYPES))
        for card in cards:
            self.choice("course.cards", card, CARD_TYPES)
        return tuple(dict.fromkeys(cards))

    def course_id(self, value: Any) -> str:
        if value is None:
            raise self.fail("course.id", "missing: a stable id such as \"econ-101\" (never change it)")
        if not isinstance(value, str) or not _ID.match(value):
            raise self.fail("course.id", f"{value!r}: use lowercase letters, digits, '.', '_' or '-' (at most 64)")
        return value

    def deck_name(self, key: str, value: Any, allow_nesting: bool) -> str:
        if value is None:
            raise self.fail(key, "missing")
        name = self.string(key, value).strip()
        bad = unsafe_character(name)
        if bad is not None:
            raise self.fail(key, f"contains U+{ord(bad):04X}, a control or bidi character: not usable as a deck name")
        if not name or '"' in name:
            raise self.fail(key, f"{value!r} is not usable as a deck name")
        if not allow_nesting and "::" in name:
            raise self.fail(key, f"{value!r}: '::' would make a sub-deck")
        return name

    def words(self, key: str, value: Any) -> tuple[str, ...]:
        words = self.strings(key, value)
        for word in words:
            if not is_hanzi_word(word):
                raise self.fail(key, f"{word!r} is not a Chinese word (hanzi only)")
        return tuple(dict.fromkeys(words))

    def file(self, key: str, relative: str) -> Path:
        path = self.base / relative
        if not path.is_file():
            raise self.fail(key, f"{relative!r}: {_not_a_file(path)}")
        return path

    def sources(self, key: str, patterns: Sequence[str]) -> tuple[Path, ...]:
        found: dict[Path, None] = {}
        for pattern in patterns:
            full = pattern if Path(pattern).is_absolute() else str(Path(glob.escape(str(self.base))) / pattern)
            matches = sorted(Path(p) for p in glob.glob(full, recursive=True) if Path(p).is_file())
            if not matches:
                problem = "matches no file" if glob.has_magic(pattern) else _not_a_file(Path(full))
                raise self.fail(key, f"{pattern!r} {problem}")
            found.update(dict.fromkeys(matches))
        return tuple(found)

    def unique_names(self, lessons: Sequence[Lesson]) -> None:
        seen: dict[str, int] = {}
        for lesson in lessons:
            if lesson.name in seen:
                raise self.fail(f"lesson[{lesson.number}].name", f"{lesson.name!r} is also lesson {seen[lesson.name]}'s name")
            seen[lesson.name] = lesson.number


def _not_a_file(path: Path) -> str:
    """Why a path named as a file is not one (is_file said no)."""
    if path.is_dir():
        return "is a directory, not a file"
    if path.exists():
        return "not a regular file (a device, pipe or socket)"
    return "no such file"


def _toml_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "a table"}.get(
        type(value), type(value).__name__
    )


def scaffold(course_id: str) -> str:
    """A commented recipe to start from (``flashcards set new``)."""
    if not _ID.match(course_id):
        raise RecipeError(f"{course_id!r}: a course name uses lowercase letters, digits, '.', '_' or '-'")
    return _SCAFFOLD.replace("@ID@", course_id)


def write_scaffold(course_id: str, folder: Path) -> Path:
    """Write ``folder/<course_id>.toml``; never overwrites. Returns its path."""
    text = scaffold(course_id)
    path = folder / f"{course_id}.toml"
    if not folder.is_dir():
        raise RecipeError(f"{folder}: no such directory")
    try:
        with open(path, "x", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        raise RecipeError(f"{path}: already exists; not overwriting it") from None
    except OSError as e:
        raise RecipeError(f"{path}: cannot write: {os_message(e)}") from None
    return path


_SCAFFOLD = """\
# A course recipe for `flashcards set build`. Paths are relative to this file.
#
# Commit this file AND the @ID@.lock.json that `set build` writes beside it. The lock
# records when each note last changed, so that version 2 of the package updates only the
# notes you changed, adds the new ones, and leaves your students' own edits alone.

[course]
# Never change the id once students have the package: every note's identity derives from it.
id = "@ID@"
title = "@ID@"                # the parent deck; lessons become "<title>::01 <lesson name>"
standard = "3.0"              # HSK word lists: 3.0 (levels 1-9), 2.0 (1-6) or 2025
# min_level = 3               # skip words below this HSK level
# max_level = 6               # skip words above it (and words outside the HSK lists)
cards = ["recognition", "production", "listening", "cloze"]   # and/or "sentence"
order = "frequency"           # frequency | appearance | level
# limit = 40                  # new words per lesson at most (a lesson can set its own)
examples = 1                  # example sentences (cloze cards) per word, 1-10
pinyin = "marks"              # marks (xǐhuan) | numbers (xi3huan5) | zhuyin (ㄒㄧˇ˙ㄏㄨㄢ)
cloze_hint = "meaning"        # hint inside the cloze gap: meaning | pinyin | none
# script = "traditional"      # characters the cards show: simplified | traditional | both
# tone_palette = "cvd"        # tone colours: standard | cvd (colour-blind-safe)
review_cloze = true           # later lessons get cloze cards for words met in earlier ones
# known = ["known.txt"]       # word lists the class already knows, one word per line
# user_dict = "words.txt"     # extra segmentation dictionary: 'word [freq [tag]]' per line

# [audio]                     # passed on to the audio stage as written
# engine = "edge"
# voice = "zh-CN-XiaoxiaoNeural"
# rate = "+0%"

[overrides]                   # your gloss for a word, instead of the dictionary's
# "区块链" = "blockchain (distributed ledger)"

# Lessons in teaching order. A word is introduced once, in the first lesson where it occurs.
# Add new lessons at the END. Renaming a lesson, or inserting one (which renumbers those
# after it), renames decks: students who already have the course keep those cards in the
# old deck, because Anki never moves existing cards on import.
[[lesson]]
name = "Lesson one"
sources = ["texts/@ID@/01-*.txt"]   # files or globs (txt, md)
# include = ["数字货币"]      # teach these too, whatever the level band or limit say
# exclude = ["头部"]          # never introduce these in this lesson
# limit = 30

# [[lesson]]
# name = "Lesson two"
# sources = ["texts/@ID@/02-*.txt"]
"""
