"""The command line: help, a real build, and one-line errors for bad input."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args, cwd=None, stdin=None):
    env = {**os.environ, "PYTHONWARNINGS": "default"}
    return subprocess.run(
        [sys.executable, "-m", "flashcards", *args],
        capture_output=True, text=True, cwd=cwd, input=stdin, env=env, timeout=300,
    )


def test_help_does_not_load_heavy_modules():
    code = (
        "import sys; from flashcards.cli import app; import typer.testing as t;"
        "r = t.CliRunner().invoke(app, ['build', '--help']); assert r.exit_code == 0, r.output;"
        "r = t.CliRunner().invoke(app, ['analyze', '--help']); assert r.exit_code == 0, r.output;"
        "heavy = [m for m in ('jieba', 'pypinyin', 'genanki', 'anki') if m in sys.modules];"
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_every_command_has_help():
    from typer.testing import CliRunner

    from flashcards.cli import app

    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in ("build", "preview", "analyze"):
        assert name in result.output
        sub = CliRunner().invoke(app, [name, "--help"])
        assert sub.exit_code == 0 and "Usage" in sub.output


def test_build_from_stdin(tmp_path):
    text = (ROOT / "decks" / "texts" / "livestream_ecommerce.txt").read_text(encoding="utf-8")
    result = run("build", "-", "-o", str(tmp_path / "out.apkg"), "--limit", "10", "--audio", "none", stdin=text)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no warnings, no jieba chatter
    assert "10 words" in result.stdout
    assert (tmp_path / "out.apkg").stat().st_size > 1000


def _bad_inputs(tmp_path: Path) -> dict[str, list[str]]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "english.txt").write_text("Only English here.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    good = str(ROOT / "decks" / "texts" / "industrial_internet.txt")
    return {
        "missing file": [str(tmp_path / "nope.txt")],
        "empty file": [str(tmp_path / "empty.txt")],
        "no chinese": [str(tmp_path / "english.txt")],
        "binary file": [str(tmp_path / "binary.txt")],
        "directory": [str(tmp_path)],
        "bad standard": [good, "--hsk-standard", "4.0"],
        "bad order": [good, "--order", "random"],
        "bad cards": [good, "--cards", "recognition,flying"],
        "bad pinyin": [good, "--pinyin", "zhuyin"],
        "bad level": [good, "--max-level", "12"],
        "bad limit": [good, "--limit", "zero"],
        "unknown option": [good, "--colour", "red"],
        "missing known file": [good, "--known", str(tmp_path / "nope.txt")],
        "missing output dir": [good, "-o", str(tmp_path / "no" / "such" / "dir" / "x.apkg")],
    }


@pytest.mark.parametrize(
    "case",
    ["missing file", "empty file", "no chinese", "binary file", "directory", "bad standard", "bad order",
     "bad cards", "bad pinyin", "bad level", "bad limit", "unknown option", "missing known file",
     "missing output dir"],
)
def test_bad_input_one_line_error(tmp_path, case):
    args = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out.apkg"
    if "-o" not in args:
        args = [*args, "-o", str(out)]
    result = run("build", *args, cwd=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("flashcards: error:")
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert not any(p.suffix in (".apkg", ".tmp") for p in tmp_path.rglob("*"))
