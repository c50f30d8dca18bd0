"""The whole pipeline behind ``flashcards build``: inputs → sentences → tokens → selection →
notes → package. Everything the CLI does is callable from here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flashcards import formats, hsk, pinyin, readings, script
from flashcards.audio import AudioResult, AudioSettings
from flashcards.audio.cache import check_audio_cache
from flashcards.english import plan_english
from flashcards.errors import InputError, OptionError, mention
from flashcards.files import check_output
from flashcards.terminal import unsafe_character
from flashcards.known import resolve_known
from flashcards.notetypes import TONE_PALETTES
from flashcards.notes import DEFAULT_CARDS, NoteOptions, NoteSpec
from flashcards.selection import SelectedWord, SelectionOptions, select_words
from flashcards.pipeline import band_level, each_input, level_lookup, tokenize_documents
from flashcards.tokens import TokenizedSentence
from flashcards.translate import TranslateSettings
from flashcards.vocabulary import CARD_TYPES, CLOZE_HINTS, ORDERS

#: Sentences by position: the whole list, or only those a card shows (``shown_sentences``).
Shown = Sequence[TokenizedSentence] | Mapping[int, TokenizedSentence]


@dataclass(frozen=True)
class BuildOptions:
    inputs: tuple[str, ...]
    output: Path
    deck_name: str | None = None
    standard: str = "3.0"
    min_level: int | None = None
    max_level: int | None = None
    known_file: Path | None = None
    known_from: Path | None = None  # a learner's Anki export (.apkg/.colpkg): its words are known
    known_field: str | None = None  # the export's field holding the word [default: see ankiexport]
    known_level: int | None = None  # every HSK word at this level or below is known
    order: str = "frequency"
    limit: int | None = None
    cards: tuple[str, ...] = DEFAULT_CARDS
    pinyin_style: str = "marks"
    cloze_hint: str = "meaning"
    examples: int = 1
    user_dict: Path | None = None
    input_format: str | None = None
    force: bool = False  # read text that looks Japanese or Korean anyway
    script: str | None = None  # what the cards show: simplified | traditional | both; None = the input's
    timestamp: float | None = None  # package time; None = now
    audio: AudioSettings | None = None  # None: no audio at all
    progress: bool = False  # show the audio progress bar and summary
    tone_colors: bool = True  # False: note types without tone colours (a note type setting)
    tone_palette: str = "standard"  # notetypes.TONE_PALETTES: "cvd" is colour-blind-safe
    names: bool = False  # True: names (诸葛亮, 上海) become notes too (see compounds.py)
    translate: TranslateSettings | None = None  # None: no machine translation (Tatoeba's still used)
    tatoeba_examples: bool = True  # a Tatoeba example pair on each vocabulary note


@dataclass(frozen=True)
class BuildReport:
    output: Path
    deck: str
    sentences: int
    words: int
    notes: dict[str, int] = field(default_factory=dict)
    audio: str | None = None  # the audio summary line, when audio was asked for
    translations: str | None = None  # the translation summary line, when an engine ran


def validate(options: BuildOptions) -> None:
    """Reject bad option values before any work; each error names its field (see errors)."""
    _choice("standard", options.standard, hsk.NAMES)
    _choice("order", options.order, ORDERS)
    _choice("pinyin_style", options.pinyin_style, pinyin.LEARNER_STYLES)
    _choice("cloze_hint", options.cloze_hint, CLOZE_HINTS)
    _choice("tone_palette", options.tone_palette, TONE_PALETTES)
    for card in options.cards:
        _choice("cards", card, CARD_TYPES)
    if not options.cards:
        raise OptionError("choose at least one of " + ", ".join(CARD_TYPES), option="cards")
    top = hsk.standard(options.standard).top
    levels = (("min_level", options.min_level), ("max_level", options.max_level), ("known_level", options.known_level))
    for name, level in levels:
        if level is not None and not 1 <= level <= top:
            raise OptionError(f"{level} is not an HSK {options.standard} level (1-{top})", option=name)
    if options.min_level and options.max_level and options.min_level > options.max_level:
        raise OptionError(f"{options.min_level} is above {mention('max_level')} {options.max_level}", option="min_level")
    if options.limit is not None and options.limit < 1:
        raise OptionError("must be at least 1", option="limit")
    if not 1 <= options.examples <= 10:
        raise OptionError("must be between 1 and 10", option="examples")
    if options.input_format is not None:
        _choice("input_format", options.input_format.lower(), formats.names())
    if options.script is not None:
        _choice("script", options.script, script.DISPLAY_CHOICES)
    if not options.inputs:
        raise OptionError("no input given")
    if options.known_field is not None and options.known_from is None:
        raise OptionError(f"only with {mention('known_from')}", option="known_field")
    if options.deck_name is not None:
        check_deck_name("deck_name", options.deck_name)


def check_deck_name(option: str, value: str) -> None:
    """A deck name is shown by Anki on every device: no control or bidi characters, which
    would hide or reorder what it says (U+202E turns 'txt.exe' into 'exe.txt')."""
    bad = unsafe_character(value)
    if bad is not None:
        raise OptionError(f"contains U+{ord(bad):04X}, a control or bidi character", option=option)
    if not value.strip():
        raise OptionError("empty", option=option)


def _choice(option: str, value: str, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise OptionError(f"{value!r} is not one of {', '.join(allowed)}", option=option)


def make_notes(
    tokenized: Shown,
    selected: Sequence[SelectedWord],
    options: NoteOptions,
) -> list[NoteSpec]:
    """Vocabulary notes (with their first example), one cloze per example, sentence notes."""
    from flashcards.notes import cloze_note, sentence_note, vocab_note

    vocab_cards = {"recognition", "production", "listening"} & set(options.cards)
    # Readings in context for every sentence a card shows, the polyphone model in one batch.
    # (The Tatoeba examples' sentences too: one batch of 7,000 costs what 50 small ones do.)
    readings.readings_many(
        [tokenized[i].tokens for word in selected for i in word.examples]
        + [pair.tokens for pair in options.dict_examples.values()]
    )
    out: list[NoteSpec] = []
    for word in selected:
        example = tokenized[word.examples[0]] if word.examples else None
        if vocab_cards:
            out.append(vocab_note(word, example, options))
        if "cloze" in options.cards:
            out.extend(cloze_note(word, tokenized[i], options, slot) for slot, i in enumerate(word.examples))
    if "sentence" in options.cards:
        used = sorted({i for word in selected for i in word.examples})
        out.extend(sentence_note(tokenized[i], options) for i in used)
    return unique_notes(out)


def unique_notes(notes: Iterable[NoteSpec]) -> list[NoteSpec]:
    """One note per GUID, the first kept: two words can share a headword and reading (学 and
    學 in one text), and a sentence in two lessons' texts yields the same cloze twice."""
    seen: set[str] = set()
    out = []
    for note in notes:
        if note.guid not in seen:
            seen.add(note.guid)
            out.append(note)
    return out


def voice_texts(
    tokenized: Shown, selected: Sequence[SelectedWord], settings: AudioSettings
) -> list[str]:
    """What to speak: the selected words and their example sentences, as settings say."""
    texts: list[str] = []
    if settings.words:
        texts.extend(word.word for word in selected)
    if settings.sentences:
        texts.extend(tokenized[i].sentence.text for word in selected for i in word.examples)
    return list(dict.fromkeys(texts))


def make_audio(
    tokenized: Shown,
    selected: Sequence[SelectedWord],
    settings: AudioSettings | None,
    progress: bool,
) -> AudioResult | None:
    if settings is None or settings.engine == "none":
        return None
    from flashcards.audio import generate_audio

    return generate_audio(voice_texts(tokenized, selected, settings), settings, progress=progress, quiet=not progress)


def default_deck_name(inputs: Sequence[str]) -> str:
    first = inputs[0]
    stem = "" if first == "-" else Path(first).stem
    # A file name may hold what a deck name must not (ESC, U+202E): those are left out.
    return "".join(ch for ch in stem if unsafe_character(ch) is None).strip() or "flashcards"


@dataclass(frozen=True)
class DeckPlan:
    """What a build would write: the notes, and the numbers its report gives."""

    deck: str
    sentences: int
    words: int
    notes: tuple[NoteSpec, ...]
    audio: AudioResult | None = None  # the clips the notes refer to
    translations: str | None = None  # the translation engine's summary line


def plan_deck(options: BuildOptions) -> DeckPlan:
    """Every stage up to the package: the notes ``build_deck`` would write (``output`` unused).

    Raises FlashcardsError subclasses. ``flashcards preview`` renders from this.
    """
    validate(options)
    return _plan(options)


def _plan(options: BuildOptions) -> DeckPlan:
    """``plan_deck`` for options already validated."""
    known = resolve_known(
        (options.known_file,) if options.known_file else (),
        options.known_from,
        options.known_field,
        options.known_level,
        options.standard,
    )
    if options.user_dict:  # before the slow part: a bad dictionary fails in a second
        from flashcards.userdict import prepare_user_dict

        prepare_user_dict(options.user_dict)
    tokenized = tokenize_documents(each_input(options.inputs, options.input_format, options.force), options.user_dict)
    # (The documents are not kept: the sentences hold all the text the later stages need.)
    selection = SelectionOptions(
        standard=options.standard,
        min_level=band_level(options.min_level),
        max_level=band_level(options.max_level),
        known=known,
        order=options.order,
        limit=options.limit,
        examples=options.examples,
        names=options.names,
    )
    selected = select_words(tokenized, selection, level_lookup(options.standard))
    if not selected:
        raise InputError("no words left to study after the filters (level band, known words)")
    sentences = len(tokenized)
    # From here on only the sentences a card shows are read: the others are let go before
    # the later stages load their dictionaries (a 20 MB text has 650,000 sentences).
    tokenized = shown_sentences(tokenized, selected)
    deck = options.deck_name or default_deck_name(options.inputs)
    audio = make_audio(tokenized, selected, options.audio, options.progress)
    vocab = bool({"recognition", "production", "listening"} & set(options.cards))
    english = plan_english(
        tokenized, selected, level_lookup(options.standard), known, options.translate,
        examples=options.tatoeba_examples and vocab, progress=options.progress, standard=options.standard,
    )
    note_options = NoteOptions(
        deck=deck,
        standard=options.standard,
        cards=options.cards,
        pinyin_style=options.pinyin_style,
        cloze_hint=options.cloze_hint,
        script=options.script,
        is_new=lambda w: w not in known,
        **({"audio": audio.media_name} if audio else {}),
        english=english.sentences,
        dict_examples=english.examples,
    )
    notes = make_notes(tokenized, selected, note_options)
    return DeckPlan(deck, sentences, len(selected), tuple(notes), audio, english.summary)


def shown_sentences(
    tokenized: Sequence[TokenizedSentence], selected: Sequence[SelectedWord]
) -> Mapping[int, TokenizedSentence]:
    """The selected words' example sentences, by position: all the later stages read."""
    return {i: tokenized[i] for i in sorted({i for word in selected for i in word.examples})}


def build_deck(options: BuildOptions) -> BuildReport:
    """Run the whole pipeline and write the package. Raises FlashcardsError subclasses."""
    from flashcards.package import write_package

    validate(options)
    # Before any work: a bad path fails in a second, not a minute; an output naming one of
    # the inputs, or a device, is refused rather than destroyed.
    check_output(options.output, inputs=input_paths(options))
    if options.audio is not None and options.audio.engine != "none":
        check_audio_cache(options.audio.cache_dir)
    plan = _plan(options)
    write_package(
        plan.notes,
        options.output,
        media_files=media_paths(plan.notes, plan.audio),
        timestamp=options.timestamp,
        tone_colors=options.tone_colors,
        tone_palette=options.tone_palette,
    )
    return BuildReport(
        options.output,
        plan.deck,
        plan.sentences,
        plan.words,
        dict(Counter(n.kind for n in plan.notes)),
        str(plan.audio.summary) if plan.audio else None,
        plan.translations,
    )


def input_paths(options: BuildOptions) -> list[Path]:
    """Every file the build reads: an output must never name one of them."""
    paths = [Path(p) for p in options.inputs if p != "-"]
    paths += [p for p in (options.known_file, options.known_from, options.user_dict) if p is not None]
    return paths


def media_paths(notes: Sequence[NoteSpec], audio: AudioResult | None) -> list[Path]:
    """The cached clips the notes refer to (a clip's file name is its media name)."""
    if audio is None:
        return []
    wanted = {name for note in notes for name in note.media}
    return sorted({path for path in audio.clips.values() if path.name in wanted})
