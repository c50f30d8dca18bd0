"""The quick path of ``flashcards build`` (flashcards.quickargs) against typer's own parse.

Every line below is parsed twice, once by the quick path and once by typer (the quick path
switched off); both must hand ``build_deck`` equal BuildOptions. Lines the quick path
must leave to typer are checked to reach typer, which keeps its messages.
"""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest
import typer.main

import flashcards.build
from flashcards import cli, quickargs

SAMPLE = "decks/texts/industrial_internet.txt"


def _options(monkeypatch, args: list[str], quick: bool):
    seen = []

    def build_deck(options):
        seen.append(options)
        return SimpleNamespace(notes={}, output=options.output, deck="d", words=0, sentences=0)

    monkeypatch.setattr(flashcards.build, "build_deck", build_deck)
    if not quick:
        monkeypatch.setattr(cli, "_QUICK", {})
    assert cli.main(args) == 0
    (options,) = seen
    return options


PLAIN = [
    ["build", "a.txt"],
    ["build", "a.txt", "-o", "/tmp/x.apkg", "-q"],
    ["build", "-q", "a.txt", "-o", "x.apkg", "b.txt"],  # arguments among the options
    ["build", "a.txt", "b.md", "--output=out.apkg", "--deck-name", "我的 deck"],
    ["build", "-", "--quiet", "--no-tatoeba", "--no-tone-colors", "--names", "--force", "--strict-audio"],
    ["build", "a.txt", "--tatoeba", "--tone-colors", "--examples", "3", "--limit", "50"],
    ["build", "a.txt", "--min-level", "2", "--max-level=6", "--known-level", "1", "--known", "k.txt"],
    ["build", "a.txt", "--hsk-standard", "2.0", "--pinyin", "zhuyin", "--script", "both", "--tone-palette", "cvd"],
    ["build", "a.txt", "--order", "coverage", "--cards", "cloze,recognition", "--cloze-hint", "pinyin"],
    ["build", "a.txt", "--audio", "none", "--voice", "zh-TW-HsiaoChenNeural", "--rate", "+10%", "--audio-for", "words"],
    ["build", "a.txt", "--audio-cache", "clips", "--audio-concurrency", "2", "--audio-timeout", "2.5", "--audio-retries", "0"],
    ["build", "a.txt", "--audio", "command", "--audio-command", "say {text_file} {out}"],
    ["build", "a.txt", "--translate", "command", "--translate-command", "tr {text}", "--translate-concurrency", "1"],
    ["build", "a.txt", "--translate-url", "http://localhost:5000", "--translate-cache", "tc"],
    ["build", "a.txt", "--format", "html-all", "--user-dict", "u.txt", "--known-from", "me.apkg", "--known-field", "Hanzi"],
]


@pytest.mark.parametrize("args", PLAIN, ids=lambda a: " ".join(a[2:]) or "bare")
def test_quick_path_gives_what_typer_gives(monkeypatch, args):
    assert cli._quick(args) is not None  # the line is plain: the quick path takes it
    assert _options(monkeypatch, args, quick=True) == _options(monkeypatch, args, quick=False)


@pytest.mark.parametrize(
    "tail",
    [
        [],  # missing argument
        ["a.txt", "--help"],
        ["a.txt", "--examples", "x"],  # not an int: typer's message
        ["a.txt", "--examples", "-1"],
        ["a.txt", "--audio-timeout", "1e3"],
        ["a.txt", "--pinyin", "tones"],  # not a choice
        ["a.txt", "--format", "HTML"],  # typer ignores case here
        ["a.txt", "--rate", "-20%"],  # a value that looks like an option
        ["a.txt", "--limit", "3", "--limit", "4"],  # repeated
        ["a.txt", "--quiet=yes"],
        ["a.txt", "-qo", "x.apkg"],
        ["a.txt", "--", "-b.txt"],
        ["a.txt", "--deck-name"],  # no value
        ["a.txt", "--deck-name="],
        ["a.txt", "--no-such-option"],
    ],
)
def test_other_lines_go_to_typer(tail):
    assert cli._quick(["build", *tail]) is None


def test_only_build_is_quick():
    assert cli._quick(["analyze", "a.txt"]) is None
    assert cli._quick(["--version"]) is None


def test_a_declaration_that_needs_typer_is_refused():
    app = typer.Typer()

    @app.command()
    def build(inputs: list[str], level: int = typer.Option(1, envvar="LEVEL")) -> None: ...

    @app.command()
    def other() -> None: ...

    with pytest.raises(quickargs.Unsupported, match="envvar"):
        quickargs.parser(typer.main.get_command(app).commands["build"])


def test_the_sample_build_loads_no_pydantic(tmp_path):
    code = (
        "import sys; from flashcards import cli; "
        f"assert cli.main(['build', {SAMPLE!r}, '-o', {str(tmp_path / 's.apkg')!r}, '-q']) == 0; "
        "print(sorted(m for m in ('pydantic', 'typer._adapters') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
