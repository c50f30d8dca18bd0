"""The ``flashcards`` command: a thin layer over the library.

Each command parses options, calls one library function and prints its result. Errors the
user can fix come back as FlashcardsError and print as one line on stderr; so do usage
errors. Heavy modules (jieba, pypinyin, genanki, the dictionary) load inside commands, never
at import time, so ``flashcards --help`` stays fast.
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, NoReturn, Optional, get_args, get_type_hints

import typer

# The vocabularies the options choose from, each from its one home (light modules: --help
# must not load the pipeline).
from flashcards import formats, hsk, notetypes, pinyin, script, vocabulary
from flashcards.audio.settings import ENGINES as AUDIO_ENGINES, AudioSettings
from flashcards.errors import FlashcardsError
from flashcards.terminal import printable
from flashcards.translate.settings import ENGINES as TRANSLATE_ENGINES

app = typer.Typer(
    help="Turn real Chinese text into Anki decks.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from flashcards import __version__

        typer.echo(f"flashcards {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn real Chinese text into Anki decks."""


def one_of(names: Sequence[str]) -> Any:
    """The type of an option whose value is one of ``names``: typer lists them in --help
    and rejects anything else with a one-line usage error (exit 2)."""
    return Literal[tuple(names)]  # type: ignore[valid-type]


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


# Shared by `build`, `analyze` and `set build`.
KnownFrom = Annotated[
    Optional[Path],
    typer.Option("--known-from", help="Your own Anki export (.apkg/.colpkg): its words count as known.", show_default=False),
]
KnownField = Annotated[
    Optional[str],
    typer.Option(
        "--known-field",
        help="The export's field holding the word [default: Simplified, else Hanzi, Chinese or Word, else the first field].",
        show_default=False,
    ),
]

# Options that mean the same in several commands are defined once.
Standard = Annotated[one_of(hsk.NAMES), typer.Option("--hsk-standard", help="HSK word lists: 3.0 (GF0025-2021, levels 1-9), 2.0 (1-6) or 2025 (exam syllabus).")]
KnownFile = Annotated[Optional[Path], typer.Option("--known", help="File of known words, one per line.")]
KnownLevel = Annotated[Optional[int], typer.Option("--known-level", help="Every HSK word at this level or below is known.")]
UserDict = Annotated[Optional[Path], typer.Option("--user-dict", help="Extra jieba dictionary: 'word [freq [tag]]' per line.")]
InputFormat = Annotated[
    Optional[one_of(formats.names())],
    typer.Option("--format", case_sensitive=False, help="Input format, if not by extension (html: the article; html-all: the whole page).", show_default=False),
]
Force = Annotated[bool, typer.Option("--force", help="Read input that looks Japanese or Korean, not Chinese, anyway.")]
Inputs = Annotated[list[str], typer.Argument(help="Files: txt, md, html, srt, ass, vtt, epub (by extension); '-' reads stdin.", show_default=False)]
MinLevel = Annotated[Optional[int], typer.Option("--min-level", help="Skip words below this HSK level.")]
MaxLevel = Annotated[Optional[int], typer.Option("--max-level", help="Skip words above this HSK level (and words outside HSK).")]
Cards = Annotated[str, typer.Option("--cards", help=f"Any of {','.join(vocabulary.CARD_TYPES)}.")]
PinyinStyle = Annotated[one_of(pinyin.LEARNER_STYLES), typer.Option("--pinyin", help="Readings on every card and handout: marks (xǐhuan), numbers (xi3huan5) or zhuyin (ㄒㄧˇ˙ㄏㄨㄢ).")]
ClozeHint = Annotated[one_of(vocabulary.CLOZE_HINTS), typer.Option("--cloze-hint", help="Hint inside cloze gaps.")]
TonePalette = Annotated[one_of(notetypes.TONE_PALETTES), typer.Option("--tone-palette", help="Tone colours: standard (red, orange, green, blue) or cvd (colour-blind-safe). A note type setting, like --tone-colors.")]
ToneColors = Annotated[bool, typer.Option("--tone-colors/--no-tone-colors", help="Colour hanzi and pinyin by tone. A note type setting: importing switches it for all cards of these note types.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")]
DEFAULT_CARDS = ",".join(vocabulary.DEFAULT_CARDS)


AudioEngine = Annotated[
    one_of(AUDIO_ENGINES), typer.Option("--audio", help="auto: edge-tts, without audio when offline.")
]
AudioCommand = Annotated[
    Optional[str],
    typer.Option(
        help="Local TTS command for --audio command, run without a shell: {text} or {text_file}, {out}. "
        "Prefer {text_file}: with {text}, '--' is put before the text so that it is never read as an option.",
        show_default=False,
    ),
]
Voice = Annotated[str, typer.Option(help="edge-tts voice, e.g. zh-CN-YunxiNeural, zh-TW-HsiaoChenNeural.")]
Rate = Annotated[str, typer.Option(help="Speaking rate for edge-tts, e.g. -20% for slower.")]
AudioFor = Annotated[str, typer.Option(help="What to voice: words,sentences (either or both).")]
AudioCache = Annotated[Path, typer.Option(help="Audio cache folder (content-addressed; safe to share between decks).")]
AudioConcurrency = Annotated[int, typer.Option(help="Clips generated at once.")]
StrictAudio = Annotated[bool, typer.Option("--strict-audio", help="Fail the build if any clip is missing.")]
AudioTimeout = Annotated[float, typer.Option("--audio-timeout", help="Seconds one clip may take. Several timeouts in a row give up on the engine for this build.")]
AudioRetries = Annotated[int, typer.Option("--audio-retries", help="Extra attempts after a failed or timed-out clip.")]


TranslateEngine = Annotated[
    one_of(TRANSLATE_ENGINES), typer.Option("--translate", help="Machine English for sentences Tatoeba lacks (deepl: with DEEPL_AUTH_KEY).")
]
TranslateCommand = Annotated[
    Optional[str],
    typer.Option(help="Local translator for --translate command, run without a shell: {text} as one argument, or the text on stdin.", show_default=False),
]
TranslateUrl = Annotated[Optional[str], typer.Option(help="LibreTranslate server (--translate libretranslate), or another DeepL endpoint.", show_default=False)]
TranslateCache = Annotated[Optional[Path], typer.Option(help="Translation cache folder [default: in the cache directory].", show_default=False)]
TranslateConcurrency = Annotated[int, typer.Option(help="Translation requests at once.")]
Tatoeba = Annotated[bool, typer.Option("--tatoeba/--no-tatoeba", help="A Tatoeba example sentence with its English on each vocabulary note.")]


def translate_settings(engine: str, command: str | None, url: str | None, cache: Path | None, concurrency: int):
    """TranslateSettings from the translation options (raises OptionError on bad values)."""
    from flashcards.translate import TranslateSettings

    return TranslateSettings(
        engine=engine, command=command, url=url, concurrency=concurrency, **({"cache_dir": cache} if cache else {})
    )


_AUDIO = AudioSettings()  # the stage's defaults are the options' defaults


def audio_options(
    audio: AudioEngine = _AUDIO.engine,
    audio_command: AudioCommand = None,
    voice: Voice = _AUDIO.voice,
    rate: Rate = _AUDIO.rate,
    audio_for: AudioFor = "words,sentences",
    audio_cache: AudioCache = _AUDIO.cache_dir,
    audio_concurrency: AudioConcurrency = _AUDIO.concurrency,
    strict_audio: StrictAudio = _AUDIO.strict,
    audio_timeout: AudioTimeout = _AUDIO.timeout,
    audio_retries: AudioRetries = _AUDIO.retries,
) -> dict:
    """The audio options, shared by ``build`` and ``set build``: AudioSettings fields, the
    options not given (None in ``set build``) left out."""
    from flashcards.errors import OptionError

    fields: dict[str, Any] = dict(
        engine=audio, command=audio_command, voice=voice, rate=rate, cache_dir=audio_cache,
        concurrency=audio_concurrency, strict=strict_audio, timeout=audio_timeout, retries=audio_retries,
    )
    if audio_for is not None:
        parts = set(_split_list(audio_for))
        if not parts or parts - {"words", "sentences"}:
            raise OptionError(f"{audio_for!r} is not a list of words, sentences", option="audio.words")
        fields.update(words="words" in parts, sentences="sentences" in parts)
    return {name: value for name, value in fields.items() if value is not None}


Order = Annotated[one_of(vocabulary.ORDERS), typer.Option(help="Card order (coverage: most sentences readable soonest).")]
Limit = Annotated[Optional[int], typer.Option(help="At most N words.")]
Examples = Annotated[int, typer.Option(help="Example sentences (cloze cards) per word.")]
Script = Annotated[Optional[one_of(script.DISPLAY_CHOICES)], typer.Option(help="Characters the cards show [default: the input's].", show_default=False)]
Names = Annotated[bool, typer.Option("--names", help="Keep names (诸葛亮, 上海) as notes; by default they get none.")]


def text_options(
    hsk_standard: Standard = "3.0",
    known: KnownFile = None,
    known_from: KnownFrom = None,
    known_field: KnownField = None,
    known_level: KnownLevel = None,
    user_dict: UserDict = None,
    input_format: InputFormat = None,
    force: Force = False,
) -> dict:
    """How a text is read and what the learner knows, shared by ``build``, ``preview`` and
    ``analyze``: fields that BuildOptions and AnalyzeOptions both have."""
    return dict(
        standard=hsk_standard, known_file=known, known_from=known_from, known_field=known_field,
        known_level=known_level, user_dict=user_dict, input_format=input_format, force=force,
    )


def card_look(pinyin: PinyinStyle = "marks", script: Script = None, tone_palette: TonePalette = "standard") -> dict:
    """How cards show a word, shared by ``build``, ``preview`` (in deck_shape) and ``set
    build`` (over the recipe's): BuildOptions fields, which a Recipe has by the same names."""
    return dict(pinyin_style=pinyin, script=script, tone_palette=tone_palette)


def with_options(group: Callable[..., Any], into: str, *, overrides: bool = False):
    """Give a command ``group``'s options too (declared once, in ``group``'s signature); the
    command receives what ``group`` returns for them as its parameter ``into``.

    With ``overrides`` the options default to None, "not given", for a command whose values
    come from elsewhere (a recipe) unless given: ``group`` sees None for those, and the
    command gets only the entries of ``group``'s dict that are not None."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        own = inspect.signature(command)
        extra = [_not_given(p, t) if overrides else p.replace(annotation=t) for p, t in _resolved(group)]
        mine = [p.replace(annotation=t) for p, t in _resolved(command) if p.name != into]
        names = [p.name for p in extra]

        @functools.wraps(command)
        def run(**kwargs: Any) -> Any:
            grouped = group(**{name: kwargs.pop(name) for name in names})
            if overrides:
                grouped = {name: value for name, value in grouped.items() if value is not None}
            return command(**kwargs, **{into: grouped})

        run.__signature__ = own.replace(parameters=mine + extra)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in mine + extra}
        return run

    return decorate


def _resolved(func: Callable[..., Any]) -> list[tuple[inspect.Parameter, Any]]:
    hints = get_type_hints(func, include_extras=True)
    return [(p, hints[p.name]) for p in inspect.signature(func).parameters.values()]


def _not_given(param: inspect.Parameter, hint: Any) -> inspect.Parameter:
    """``param`` as an option that may be left out: Optional, default None (no default shown)."""
    kind, *about = get_args(hint)  # Annotated[kind, typer.Option(...)]
    return param.replace(annotation=Annotated[(Optional[kind], *about)], default=None)


@with_options(card_look, into="look")
def deck_shape(
    min_level: MinLevel = None,
    max_level: MaxLevel = None,
    order: Order = "frequency",
    limit: Limit = None,
    cards: Cards = DEFAULT_CARDS,
    cloze_hint: ClozeHint = "meaning",
    examples: Examples = 1,
    tone_colors: ToneColors = True,
    names: Names = False,
    tatoeba: Tatoeba = True,
    look: dict | None = None,
) -> dict:
    """The options that shape a deck, shared by ``build`` and ``preview``: BuildOptions fields."""
    return dict(
        min_level=min_level, max_level=max_level, order=order, limit=limit, cards=_split_list(cards),
        cloze_hint=cloze_hint, examples=examples, tone_colors=tone_colors, names=names,
        tatoeba_examples=tatoeba, **(look or {}),
    )


@app.command()
@with_options(text_options, into="text")
@with_options(deck_shape, into="shape")
@with_options(audio_options, into="speech")
def build(
    inputs: Inputs,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The .apkg to write [default: INPUT's name].")] = None,
    deck_name: Annotated[Optional[str], typer.Option(help="Deck name [default: INPUT's name].")] = None,
    translate: TranslateEngine = "none",
    translate_command: TranslateCommand = None,
    translate_url: TranslateUrl = None,
    translate_cache: TranslateCache = None,
    translate_concurrency: TranslateConcurrency = 4,
    quiet: Quiet = False,
    speech: dict | None = None,
    shape: dict | None = None,
    text: dict | None = None,
) -> None:
    """Build an Anki deck (.apkg) from Chinese text."""
    from flashcards.build import BuildOptions, build_deck, default_deck_name

    out = output or Path(default_deck_name(inputs) + ".apkg")
    report = build_deck(
        BuildOptions(
            inputs=tuple(inputs),
            output=out,
            deck_name=deck_name,
            audio=AudioSettings(**(speech or {})),
            progress=not quiet,
            translate=translate_settings(translate, translate_command, translate_url, translate_cache, translate_concurrency),
            **(shape or {}),
            **(text or {}),
        )
    )
    if not quiet:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(report.notes.items()))
        typer.echo(printable(
            f"{report.output}: deck '{report.deck}', {report.words} words from "
            f"{report.sentences} sentences; notes: {kinds}"
        ))


@app.command()
@with_options(text_options, into="text")
def analyze(
    inputs: Inputs,
    as_json: Annotated[bool, typer.Option("--json", help="Print the analysis as JSON instead of tables.")] = False,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write a self-contained HTML report here.")] = None,
    top: Annotated[int, typer.Option(help="New words (and words outside HSK) listed.")] = 20,
    text: dict | None = None,
) -> None:
    """How hard a text is: HSK coverage, new words, hardest and easiest sentences."""
    from flashcards.analysis import AnalyzeOptions, analyze as run, to_json
    from flashcards.report_html import check_output, write_report

    text = text or {}
    if html is not None:
        reads = (text.get("known_file"), text.get("known_from"), text.get("user_dict"))
        check_output(html, inputs=[*inputs, *(p for p in reads if p)])
    analysis = run(AnalyzeOptions(inputs=tuple(inputs), top=top, **text))
    if html is not None:
        write_report(analysis, html)
    if as_json:
        typer.echo(to_json(analysis))
    else:
        from rich.console import Console

        from flashcards.report_tables import render

        render(analysis, Console())
        if html is not None:
            typer.echo(printable(f"report: {html}"))


set_app = typer.Typer(help="Study sets: a course recipe (decks/NAME.toml) → one package that updates cleanly in class.")
app.add_typer(set_app, name="set")


@set_app.callback(invoke_without_command=True)
def _set_root(ctx: typer.Context) -> None:
    """Study sets: a course recipe (decks/NAME.toml) → one package that updates cleanly in class."""
    if ctx.invoked_subcommand is None:  # `flashcards set` alone: help, not a usage error
        typer.echo(ctx.get_help())


@set_app.command("new")
def set_new(
    name: Annotated[str, typer.Argument(help="The course id: lowercase letters, digits, '-', '_' or '.'.", show_default=False)],
    folder: Annotated[Path, typer.Option("--dir", help="Where recipes live.")] = Path("decks"),
) -> None:
    """Write a commented recipe, FOLDER/NAME.toml, to start a course from."""
    from flashcards.recipe import write_scaffold

    path = write_scaffold(name, folder)
    typer.echo(f"{path}: new recipe; add your texts under {folder / 'texts' / name}, then: flashcards set build {path}")


@set_app.command("build")
@with_options(card_look, into="look", overrides=True)
@with_options(audio_options, into="speech", overrides=True)
def set_build(
    recipe: Annotated[Path, typer.Argument(help="The course recipe (decks/NAME.toml).", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The .apkg to write [default: beside the recipe].")] = None,
    known_from: KnownFrom = None,
    known_field: KnownField = None,
    force: Force = False,
    quiet: Quiet = False,
    speech: dict | None = None,
    look: dict | None = None,
) -> None:
    """Build the course package (a sub-deck per lesson) and update the recipe's lock file.

    The audio and card-look options override the recipe where given; without them (and
    without an [audio] table) the course has no audio."""
    from dataclasses import replace

    from flashcards.course import audio_settings, build_course, course_known
    from flashcards.recipe import load_recipe

    course = replace(load_recipe(recipe), **(look or {}))
    report = build_course(
        course,
        output,
        known=course_known(course, known_from, known_field),
        audio=audio_settings(course, speech or {}),
        progress=not quiet,
        reads=[known_from] if known_from else [],
        force=force,
    )
    for word in report.unused_overrides:
        print(f"flashcards: warning: override for {word}: no lesson teaches it", file=sys.stderr)
    if quiet:
        return
    total = sum(lesson.notes for lesson in report.lessons)
    typer.echo(printable(
        f"{report.output}: {len(report.lessons)} lesson{'s' if len(report.lessons) != 1 else ''}, {total} notes "
        f"({len(report.added)} new, {len(report.changed)} changed, {len(report.unchanged)} unchanged"
        f"{f', {len(report.removed)} no longer built' if report.removed else ''})"
    ))
    for lesson in report.lessons:
        review = f" (+{lesson.review_words} met again)" if lesson.review_words else ""
        typer.echo(printable(f"  {lesson.deck}: {lesson.new_words} new words{review}, {lesson.notes} notes"))
    if report.lock:
        typer.echo(printable(f"lock: {report.lock} (commit it with the recipe)"))


@set_app.command("export")
def set_export(
    recipe: Annotated[Path, typer.Argument(help="The course recipe (decks/NAME.toml).", show_default=False)],
    output_dir: Annotated[Optional[Path], typer.Option("--output-dir", "-d", help="Folder for the lists [default: the recipe's].")] = None,
    fmt: Annotated[one_of(vocabulary.EXPORT_FORMATS), typer.Option("--format", help="Handout format.")] = "tsv",
    quiet: Quiet = False,
) -> None:
    """Write each lesson's new words (hanzi, pinyin, meaning, HSK) as a TSV/CSV handout."""
    from flashcards.course import course_known, export_word_lists
    from flashcards.recipe import load_recipe

    course = load_recipe(recipe)
    paths = export_word_lists(course, output_dir, fmt, known=course_known(course))
    if not quiet:
        for path in paths:
            typer.echo(printable(str(path)))


@app.command()
@with_options(text_options, into="text")
@with_options(deck_shape, into="shape")
def preview(
    inputs: Inputs,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The .html to write [default: INPUT's name + .preview.html].")] = None,
    count: Annotated[int, typer.Option(help="Notes of each kind to show.")] = 3,
    deck_name: Annotated[Optional[str], typer.Option(help="Deck name [default: INPUT's name].")] = None,
    quiet: Quiet = False,
    shape: dict | None = None,
    text: dict | None = None,
) -> None:
    """Render a few of the cards `build` would make into one HTML page, to check before importing.

    Takes every option of `build` that shapes the cards; audio is not rendered."""
    from flashcards.build import BuildOptions, default_deck_name
    from flashcards.preview import write_preview

    out = output or Path(default_deck_name(inputs) + ".preview.html")
    report = write_preview(
        BuildOptions(inputs=tuple(inputs), output=out, deck_name=deck_name, **(shape or {}), **(text or {})),
        out,
        per_kind=count,
    )
    if not quiet:
        typer.echo(printable(
            f"{report.output}: {report.cards} cards from {report.notes} of {report.total_notes} "
            f"notes in deck '{report.deck}'"
        ))


# How the CLI spells the library's option names (fields of BuildOptions, "audio.rate"...;
# see flashcards.errors) where the flag is not the field with dashes.
_FLAGS = {
    "standard": "--hsk-standard", "known_file": "--known", "pinyin_style": "--pinyin", "input_format": "--format",
    "tatoeba_examples": "--tatoeba", "audio.engine": "--audio", "audio.voice": "--voice", "audio.rate": "--rate",
    "audio.cache_dir": "--audio-cache", "audio.strict": "--strict-audio", "audio.words": "--audio-for",
    "audio.sentences": "--audio-for", "translate.engine": "--translate", "translate.cache_dir": "--translate-cache",
}


def flag(option: str) -> str:
    """The flag for a library option name: ``known_level`` → ``--known-level``."""
    return _FLAGS.get(option) or "--" + option.replace(".", "-").replace("_", "-")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run the app on ``argv`` (default: ``sys.argv[1:]``) and return the exit
    code, every error turned into one line on stderr. Tests call it in-process; the console
    script and ``python -m flashcards`` exit with its result (``entry``)."""
    args = list(sys.argv[1:] if argv is None else argv) or ["--help"]
    try:
        quick = _quick(args)
        if quick is not None:
            command, kwargs = quick
            code = command(**kwargs)
        else:
            code = app(args, prog_name="flashcards", standalone_mode=False)
    except typer.Exit as e:
        return _interrupted() if e.exit_code == 130 else e.exit_code
    except (typer.Abort, KeyboardInterrupt):
        return _interrupted()
    except typer.TyperException as e:  # usage errors: unknown option, missing argument, not a choice
        # typer checks values with pydantic, whose messages for a refused choice start so.
        return _fail(e.format_message().replace("Value error, ", ""), 2)
    except FlashcardsError as e:
        return _fail(e.render(flag), 1)
    except BrokenPipeError:
        return 1
    except Exception as e:  # a bug: still one line, with a way to see the traceback
        if os.environ.get("FLASHCARDS_DEBUG"):
            raise
        return _fail(f"internal error: {type(e).__name__}: {e} (set FLASHCARDS_DEBUG=1 for details)", 70)
    # Without standalone mode, typer turns Ctrl-C (and an explicit Exit) into a returned
    # exit code instead of raising: 130 is the interrupt.
    if isinstance(code, int) and not isinstance(code, bool):
        return _interrupted() if code == 130 else code
    return 0


#: Commands whose plain command lines skip typer's coercion (``flashcards.quickargs``):
#: ``build``, where the 0.2 s it costs is a tenth of a small build.
_QUICK: dict[str, Callable[..., Any]] = {"build": build}


def _quick(args: Sequence[str]) -> tuple[Callable[..., Any], dict[str, Any]] | None:
    """The command and its keyword arguments when ``args`` is a plain line of a _QUICK
    command, else None: typer parses it (and says what is wrong with it)."""
    command = _QUICK.get(args[0])
    if command is None:
        return None
    parser = _quick_parser(args[0])
    kwargs = parser.parse(args[1:]) if parser is not None else None
    return (command, kwargs) if kwargs is not None else None


@functools.cache
def _quick_parser(name: str):
    """The command's quickargs.Parser, or None (typer parses every line) when a declaration
    needs typer or typer's command no longer looks as quickargs reads it (test_quickargs
    fails then, so the slow path is never taken silently)."""
    import typer.main

    from flashcards import quickargs

    try:
        return quickargs.parser(typer.main.get_command(app).commands[name])
    except (quickargs.Unsupported, AttributeError):
        return None


def entry() -> NoReturn:
    """The process (console script, ``python -m flashcards``): exit with ``main()``'s code,
    skipping the interpreter's teardown.

    Freeing a build's objects one by one at exit (rjieba's copy of jieba's dictionary, the
    caches, the mapped indexes) took 0.2-0.3 s, a tenth of the sample build, for memory the
    OS takes back at once; mypy exits so for the same reason. atexit handlers still run and
    output is flushed first; with a non-daemon thread still running, or output that will
    not flush, the exit is the ordinary one.

    Also the cycle collector runs seldom: a build makes millions of containers and almost
    no cycles (547 of them in the sample), so Python's default of a collection every 700
    allocations cost 0.1 s of it for nothing (mypy raises the threshold likewise).
    """
    import atexit
    import gc
    import threading

    gc.set_threshold(50_000, 20, 20)
    code = main()
    if any(not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        sys.exit(code)
    atexit._run_exitfuncs()  # what the ordinary exit would run, in the same order
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: the ordinary exit reports it as it did
        sys.exit(code)
    os._exit(code)


def _interrupted() -> int:
    # Every output is written through a temporary file: an interrupted run leaves the
    # previous output as it was, which is worth saying.
    return _fail("interrupted", 130)


def _fail(message: str, code: int) -> int:
    first_line = printable(" ".join(message.split()))
    print(f"flashcards: error: {first_line}", file=sys.stderr)
    return code
