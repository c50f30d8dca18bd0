"""Study sets: a course recipe → one package with a sub-deck per lesson, or handout word lists.

The pipeline is build.py's (read_inputs → analyse → select_words → make_notes), run once per
lesson in teaching order with what earlier lessons introduced counted as known:

* a word is introduced once, by a vocabulary note in the first lesson where it occurs (or
  where the recipe ``include``\\s it); a later lesson never makes a second vocabulary note;
* with ``review_cloze`` (and cloze cards), a later lesson turns its sentences that use an
  earlier word into cloze notes for it: the word comes back in new contexts;
* appending a lesson never changes the notes of the lessons before it.

Note identity is namespaced by the course id (two courses sharing a word never fight over
one note), and each note's ``mod`` comes from the lock file (lock.py), so a new version of
the course updates exactly the notes whose content changed.
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from flashcards import hsk
from flashcards.audio import AudioResult
from flashcards.audio.cache import check_audio_cache
from flashcards.audio import AudioSettings as AudioStageSettings
from flashcards.build import make_notes, media_paths, unique_notes, voice_texts
from flashcards.pipeline import band_level, level_lookup, read_inputs, tokenize_documents
from flashcards.errors import InputError, OptionError, RecipeError, mention
from flashcards.known import known_words, with_other_forms
from flashcards.files import check_output, os_message, staging, write_atomic
from flashcards.lock import load_lock, lock_bytes, stamp
from flashcards.notes import NoteOptions, NoteSpec, plain_pinyin, stable_guid, word_gloss, word_info
from flashcards.recipe import Lesson, Recipe, key as recipe_key
from flashcards.selection import SelectedWord, SelectionOptions, select_words
from flashcards.tokens import TokenizedSentence
from flashcards.vocabulary import EXPORT_FORMATS


@dataclass(frozen=True)
class LessonPlan:
    lesson: Lesson
    deck: str
    tokenized: tuple[TokenizedSentence, ...]
    new_words: tuple[SelectedWord, ...]     # introduced here: vocabulary notes
    review_words: tuple[SelectedWord, ...]  # introduced earlier, met again: cloze only


@dataclass(frozen=True)
class CoursePlan:
    recipe: Recipe
    lessons: tuple[LessonPlan, ...]


@dataclass(frozen=True)
class LessonReport:
    deck: str
    new_words: int
    review_words: int
    notes: int


@dataclass(frozen=True)
class CourseReport:
    output: Path
    lock: Path | None                  # None when the lock was left as it was
    lessons: tuple[LessonReport, ...]
    added: tuple[str, ...]             # GUIDs, by what the lock knew
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]
    unused_overrides: tuple[str, ...]  # overrides for words no lesson teaches
    audio: str | None                  # the audio summary line, when audio was made


def course_known(recipe: Recipe, export: Path | None = None, field: str | None = None) -> frozenset[str]:
    """The recipe's known-word lists plus, optionally, a learner's Anki export."""
    if field is not None and export is None:
        raise OptionError(f"only with {mention('known_from')}", option="known_field")
    try:
        listed = known_words(recipe.known_files)
    except InputError as e:  # the recipe's lists: named by its key, not by build's --known
        raise RecipeError(f"{recipe.path}: {e.render(recipe_key)}") from None
    return listed | known_words((), export, field)


def plan_course(recipe: Recipe, known: frozenset[str] = frozenset(), force: bool = False) -> CoursePlan:
    """Each lesson's words, in teaching order. Reads and segments every source text (with
    ``force``, also texts that look Japanese or Korean)."""
    level_of = level_lookup(recipe.standard)
    introduced: set[str] = set()  # by earlier lessons, with their other script
    plans = []
    for lesson in recipe.lessons:
        try:
            documents = read_inputs([str(p) for p in lesson.sources], force=force)
            tokenized = tuple(tokenize_documents(documents, recipe.user_dict))
        except InputError as e:
            raise RecipeError(f"{recipe.path}: lesson[{lesson.number}].sources: {e.render(recipe_key)}") from None
        plan = _plan_lesson(recipe, lesson, tokenized, known, frozenset(introduced), level_of)
        introduced |= with_other_forms(w.word for w in plan.new_words)
        plans.append(plan)
    return CoursePlan(recipe, tuple(plans))


def _plan_lesson(
    recipe: Recipe,
    lesson: Lesson,
    tokenized: Sequence[TokenizedSentence],
    known: frozenset[str],
    introduced: frozenset[str],
    level_of: Callable[[str], int | None],
) -> LessonPlan:
    excluded = with_other_forms(lesson.exclude)
    blocked = known | introduced | excluded  # never new in this lesson
    options = SelectionOptions(
        standard=recipe.standard,
        min_level=band_level(recipe.min_level),
        max_level=band_level(recipe.max_level),
        known=blocked,
        order=recipe.order,
        limit=lesson.limit or recipe.limit,
        examples=recipe.examples,
    )
    new = select_words(tokenized, options, level_of)
    chosen = {w.word for w in new}
    extra = [w for w in lesson.include if w not in blocked and w not in chosen]
    if extra:  # included words skip the band, the limit and the no-names rule, not the known words
        unfiltered = select_words(
            tokenized, replace(options, min_level=None, max_level=None, limit=None, names=True), level_of
        )
        found = {w.word: w for w in unfiltered}
        new += [found.get(w) or SelectedWord(w, level_of(w), 0, -1) for w in extra]
    review: list[SelectedWord] = []
    if recipe.review_cloze and "cloze" in recipe.cards and introduced:
        review = _review_words(tokenized, options, introduced - excluded, known | excluded, level_of)
    return LessonPlan(lesson, recipe.deck(lesson), tuple(tokenized), tuple(new), tuple(review))


def _review_words(
    tokenized: Sequence[TokenizedSentence],
    options: SelectionOptions,
    earlier: frozenset[str],
    known: frozenset[str],
    level_of: Callable[[str], int | None],
) -> list[SelectedWord]:
    """Words from earlier lessons met again here, each with its best (i+1) sentences.

    Selected like new words but with no band or limit; for choosing their sentences, words
    from earlier lessons count as not yet known (they are still being learned).
    """
    everything = select_words(
        tokenized, replace(options, min_level=None, max_level=None, limit=None, known=known, order="appearance"), level_of
    )
    return [w for w in everything if w.word in earlier]


def note_options(recipe: Recipe, deck: str, audio: AudioResult | None = None) -> NoteOptions:
    return NoteOptions(
        deck=deck,
        standard=recipe.standard,
        cards=recipe.cards,
        pinyin_style=recipe.pinyin_style,
        cloze_hint=recipe.cloze_hint,
        script=recipe.script,
        glosses=recipe.overrides,
        **({"audio": audio.media_name} if audio else {}),
    )


def audio_settings(recipe: Recipe, overrides: Mapping[str, Any] = MappingProxyType({})) -> AudioStageSettings | None:
    """The recipe's [audio] table as the audio stage's settings, ``overrides`` (AudioSettings
    fields, e.g. from ``set build --voice``) over it.

    No [audio] table and no engine among the overrides: no audio.
    """
    table = recipe.audio
    if table is None and "engine" not in overrides:
        return None
    written = {name: getattr(table, name) for name in ("engine", "voice", "rate")} if table else {}
    values = {name: value for name, value in written.items() if value}
    return AudioStageSettings(**{**values, **overrides})  # type: ignore[arg-type]


def course_audio(plan: CoursePlan, settings: AudioStageSettings | None, progress: bool = False) -> AudioResult | None:
    """Every clip the course needs, generated in one run (one offline notice, one summary)."""
    if settings is None or settings.engine == "none":
        return None
    from flashcards.audio import generate_audio

    texts: list[str] = []
    for lesson in plan.lessons:
        texts += voice_texts(lesson.tokenized, [*lesson.new_words, *lesson.review_words], settings)
    return generate_audio(list(dict.fromkeys(texts)), settings, progress=progress, quiet=not progress)


def course_notes(plan: CoursePlan, audio: AudioResult | None = None) -> list[NoteSpec]:
    """Every note of the course, lesson by lesson, each GUID namespaced by the course id."""
    recipe = plan.recipe
    notes: list[NoteSpec] = []
    for lesson in plan.lessons:
        options = _with_english(note_options(recipe, lesson.deck, audio), lesson, recipe.standard)
        notes += make_notes(lesson.tokenized, lesson.new_words, options)
        if lesson.review_words:
            review = make_notes(lesson.tokenized, lesson.review_words, replace(options, cards=("cloze",)))
            # A cloze's identity is word + reading + example slot; a review cloze is the word's
            # slot in *this* lesson, so the lesson (by name: numbers shift) is part of it too.
            notes += [replace(n, guid=stable_guid("review", lesson.lesson.name, n.guid)) for n in review]
    return unique_notes(replace(n, guid=course_guid(recipe.id, n.guid)) for n in notes)


def _with_english(options: NoteOptions, lesson: LessonPlan, standard: str) -> NoteOptions:
    """Tatoeba's English for the lesson's sentences and a Tatoeba example per new word."""
    from flashcards.build import level_lookup
    from flashcards.english import plan_english

    english = plan_english(
        lesson.tokenized, [*lesson.new_words, *lesson.review_words], level_lookup(standard), standard=standard
    )
    return replace(options, english=english.sentences, dict_examples=english.examples)


def course_guid(course_id: str, note_guid: str) -> str:
    """A note's GUID inside one course: the same word in two courses is two notes."""
    return stable_guid("course", course_id, note_guid)


def build_course(
    recipe: Recipe,
    output: Path | None = None,
    *,
    known: frozenset[str] = frozenset(),
    clock: Callable[[], float] = time.time,
    update_lock: bool = True,
    audio: AudioStageSettings | None = None,
    progress: bool = False,
    reads: Sequence[Path] = (),
    force: bool = False,
) -> CourseReport:
    """Build the course package and record each note's last-change time in the lock.

    ``reads``: other files the caller read for this build (a ``--known-from`` export),
    which the outputs must not overwrite."""
    from flashcards.package import write_package

    output = output or recipe.path.with_suffix(".apkg")
    # Both outputs are checked before any work, and land together or not at all: a package
    # without its lock would give the next build's notes the wrong mod times.
    sources = [*recipe_inputs(recipe), *reads]
    check_output(output, inputs=[*sources, recipe.lock_path])
    if update_lock:
        check_output(recipe.lock_path, inputs=[*sources, output], what="the recipe's lock file")
    if audio is not None and audio.engine != "none":
        check_audio_cache(audio.cache_dir)
    lock = load_lock(recipe.lock_path, recipe.id)  # a damaged lock fails before any work
    plan = plan_course(recipe, known, force)
    clips = course_audio(plan, audio, progress)
    notes = course_notes(plan, clips)
    if not notes:
        raise InputError(f"{recipe.path}: no words left to study in any lesson (level band, known words)")
    now = clock()
    stamped = stamp(lock, notes, now)
    targets = (output, recipe.lock_path) if update_lock else (output,)
    with staging(*targets) as temps:
        write_package(
            notes, temps[0], media_files=media_paths(notes, clips), timestamp=now, mods=stamped.mods,
            tone_palette=recipe.tone_palette,
        )
        if update_lock:
            write_atomic(temps[1], lock_bytes(stamped.lock))
    return CourseReport(
        output=output,
        lock=recipe.lock_path if update_lock else None,
        lessons=tuple(_lesson_report(lp, notes) for lp in plan.lessons),
        added=stamped.added,
        changed=stamped.changed,
        unchanged=stamped.unchanged,
        removed=stamped.removed,
        unused_overrides=_unused_overrides(plan),
        audio=str(clips.summary) if clips else None,
    )


def recipe_inputs(recipe: Recipe) -> list[Path]:
    """Every file a course build reads (besides the lock): outputs must not name one."""
    files = [recipe.path, *recipe.known_files, *(src for lesson in recipe.lessons for src in lesson.sources)]
    return files + ([recipe.user_dict] if recipe.user_dict else [])


def _lesson_report(lesson: LessonPlan, notes: Sequence[NoteSpec]) -> LessonReport:
    count = sum(1 for n in notes if n.deck == lesson.deck)
    return LessonReport(lesson.deck, len(lesson.new_words), len(lesson.review_words), count)


def _unused_overrides(plan: CoursePlan) -> tuple[str, ...]:
    taught = {w.word for lp in plan.lessons for w in (*lp.new_words, *lp.review_words)}
    return tuple(w for w in plan.recipe.overrides if w not in taught)


# -- handouts -------------------------------------------------------------------------------


def word_list_rows(recipe: Recipe, lesson: LessonPlan) -> list[tuple[str, str, str, str]]:
    """The lesson's new words as (hanzi, pinyin, meaning, HSK level) rows, in teaching order."""
    options = note_options(recipe, lesson.deck)
    rows = []
    for word in lesson.new_words:
        info = word_info(word.word, options)
        level = "" if word.level is None else hsk.label(word.level)
        meaning = " · ".join(word_gloss(info, options).front)  # the cards' own short gloss (gloss.SEPARATOR)
        rows.append((info.word, plain_pinyin(info.syllables, recipe.pinyin_style), meaning, level))
    return rows


def export_word_lists(
    recipe: Recipe,
    folder: Path | None = None,
    fmt: str = "tsv",
    known: frozenset[str] = frozenset(),
) -> list[Path]:
    """One word list per lesson, ``<folder>/<recipe>-01-<lesson>.tsv``; returns the paths."""
    if fmt not in EXPORT_FORMATS:
        raise OptionError(f"{fmt!r} is not one of {', '.join(EXPORT_FORMATS)}", option="format")
    folder = folder or recipe.path.parent
    # A teacher names the handout folder before it exists (README: -d handouts).
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OptionError(f"{folder}: not a directory ({mention('output_dir')})") from None
    except OSError as e:
        raise OptionError(f"{folder}: cannot create the folder: {os_message(e)} ({mention('output_dir')})") from None
    paths = [folder / f"{recipe.path.stem}-{lesson.number:02d}-{_slug(lesson.name)}.{fmt}" for lesson in recipe.lessons]
    for path in paths:  # all of them before any work
        check_output(path, inputs=[*recipe_inputs(recipe), recipe.lock_path])
    plan = plan_course(recipe, known)
    for lesson, path in zip(plan.lessons, paths):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        writer.writerow(("hanzi", "pinyin", "meaning", f"HSK {recipe.standard}"))
        writer.writerows(word_list_rows(recipe, lesson))
        # A byte-order mark lets spreadsheet programs see that a CSV is UTF-8.
        write_atomic(path, buffer.getvalue().encode("utf-8-sig" if fmt == "csv" else "utf-8"))
    return paths


def _slug(name: str) -> str:
    """'Livestream e-commerce' → 'livestream-e-commerce'; hanzi are kept."""
    return re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "lesson"
