"""The ``flashcards`` command: a thin layer over the library.

Each command parses options, calls one library function and prints its result. Errors the
user can fix come back as FlashcardsError and print as one line on stderr; so do usage
errors. Heavy modules (jieba, pypinyin, genanki, the dictionary) load inside commands, never
at import time, so ``flashcards --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from flashcards.errors import FlashcardsError

app = typer.Typer(
    help="Turn real Chinese text into Anki decks.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _root() -> None:
    """Turn real Chinese text into Anki decks."""


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Text files (txt, md); '-' reads stdin.", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The .apkg to write [default: INPUT's name].")] = None,
    deck_name: Annotated[Optional[str], typer.Option(help="Deck name [default: INPUT's name].")] = None,
    hsk_standard: Annotated[str, typer.Option(help="HSK word lists: 3.0 (GF0025-2021, levels 1-9), 2.0 (1-6) or 2025 (exam syllabus).")] = "3.0",
    min_level: Annotated[Optional[int], typer.Option(help="Skip words below this HSK level.")] = None,
    max_level: Annotated[Optional[int], typer.Option(help="Skip words above this HSK level (and words outside HSK).")] = None,
    known: Annotated[Optional[Path], typer.Option(help="File of known words, one per line: excluded.")] = None,
    order: Annotated[str, typer.Option(help="frequency | appearance | level")] = "frequency",
    limit: Annotated[Optional[int], typer.Option(help="At most N words.")] = None,
    cards: Annotated[str, typer.Option(help="Any of recognition,production,listening,cloze,sentence.")] = ",".join(
        ("recognition", "production", "listening", "cloze")
    ),
    pinyin: Annotated[str, typer.Option(help="marks (xǐhuan) | numbers (xi3huan5)")] = "marks",
    cloze_hint: Annotated[str, typer.Option(help="Hint inside cloze gaps: meaning | pinyin | none")] = "meaning",
    examples: Annotated[int, typer.Option(help="Example sentences (cloze cards) per word.")] = 1,
    user_dict: Annotated[Optional[Path], typer.Option(help="Extra jieba dictionary: 'word [freq [tag]]' per line.")] = None,
    input_format: Annotated[Optional[str], typer.Option("--format", help="Input format, if not by extension: txt | md")] = None,
    tone_colors: Annotated[bool, typer.Option("--tone-colors/--no-tone-colors", help="Colour hanzi and pinyin by tone. A note type setting: importing switches it for all cards of these note types.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    """Build an Anki deck (.apkg) from Chinese text."""
    from flashcards.build import BuildOptions, build_deck, default_deck_name

    out = output or Path(default_deck_name(inputs) + ".apkg")
    report = build_deck(
        BuildOptions(
            inputs=tuple(inputs),
            output=out,
            deck_name=deck_name,
            standard=hsk_standard,
            min_level=min_level,
            max_level=max_level,
            known_file=known,
            order=order,
            limit=limit,
            cards=_split_list(cards),
            pinyin_style=pinyin,
            cloze_hint=cloze_hint,
            examples=examples,
            user_dict=user_dict,
            input_format=input_format,
            tone_colors=tone_colors,
        )
    )
    if not quiet:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(report.notes.items()))
        typer.echo(
            f"{report.output}: deck '{report.deck}', {report.words} words from "
            f"{report.sentences} sentences; notes: {kinds}"
        )


@app.command()
def preview(
    inputs: Annotated[list[str], typer.Argument(help="Text files (txt, md); '-' reads stdin.", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The .html to write [default: INPUT's name + .preview.html].")] = None,
    count: Annotated[int, typer.Option(help="Notes of each kind to show.")] = 3,
    hsk_standard: Annotated[str, typer.Option(help="HSK word lists: 3.0, 2.0 or 2025.")] = "3.0",
    min_level: Annotated[Optional[int], typer.Option(help="Skip words below this HSK level.")] = None,
    max_level: Annotated[Optional[int], typer.Option(help="Skip words above this HSK level (and words outside HSK).")] = None,
    known: Annotated[Optional[Path], typer.Option(help="File of known words, one per line: excluded.")] = None,
    cards: Annotated[str, typer.Option(help="Any of recognition,production,listening,cloze,sentence.")] = ",".join(
        ("recognition", "production", "listening", "cloze")
    ),
    pinyin: Annotated[str, typer.Option(help="marks (xǐhuan) | numbers (xi3huan5)")] = "marks",
    cloze_hint: Annotated[str, typer.Option(help="Hint inside cloze gaps: meaning | pinyin | none")] = "meaning",
    tone_colors: Annotated[bool, typer.Option("--tone-colors/--no-tone-colors", help="Colour hanzi and pinyin by tone.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    """Render a few of the cards `build` would make into one HTML page, to check before importing."""
    from flashcards.build import BuildOptions, default_deck_name
    from flashcards.preview import write_preview

    out = output or Path(default_deck_name(inputs) + ".preview.html")
    report = write_preview(
        BuildOptions(
            inputs=tuple(inputs),
            output=out,
            standard=hsk_standard,
            min_level=min_level,
            max_level=max_level,
            known_file=known,
            cards=_split_list(cards),
            pinyin_style=pinyin,
            cloze_hint=cloze_hint,
            tone_colors=tone_colors,
        ),
        out,
        per_kind=count,
    )
    if not quiet:
        typer.echo(
            f"{report.output}: {report.cards} cards from {report.notes} of {report.total_notes} "
            f"notes in deck '{report.deck}'"
        )


def main() -> None:
    """Entry point: run the app, turning every error into one line on stderr."""
    args = sys.argv[1:] or ["--help"]
    try:
        app(args, prog_name="flashcards", standalone_mode=False)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _fail("interrupted", 130)
    except typer.TyperException as e:  # usage errors: unknown option, missing argument
        _fail(e.format_message(), 2)
    except FlashcardsError as e:
        _fail(str(e), 1)
    except BrokenPipeError:
        sys.exit(1)
    except Exception as e:  # a bug: still one line, with a way to see the traceback
        if os.environ.get("FLASHCARDS_DEBUG"):
            raise
        _fail(f"internal error: {type(e).__name__}: {e} (set FLASHCARDS_DEBUG=1 for details)", 70)


def _fail(message: str, code: int) -> None:
    first_line = " ".join(message.split())
    print(f"flashcards: error: {first_line}", file=sys.stderr)
    sys.exit(code)
