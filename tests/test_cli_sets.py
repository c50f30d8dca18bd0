"""`flashcards set …` and the --known-from options, through the real command line."""

import subprocess
import sys

import pytest

from incli import run_cli as run
from test_cli import ROOT


def test_set_commands_have_help():
    from typer.testing import CliRunner

    from flashcards.cli import app

    result = CliRunner().invoke(app, ["set", "--help"])
    assert result.exit_code == 0
    for name in ("new", "build", "export"):
        assert name in result.output
        sub = CliRunner().invoke(app, ["set", name, "--help"])
        assert sub.exit_code == 0 and "Usage" in sub.output
    build = CliRunner().invoke(app, ["build", "--help"]).output
    assert "--known-from" in build and "--known-field" in build


def test_set_help_does_not_load_heavy_modules():
    code = (
        "import sys; from flashcards.cli import app; import typer.testing as t;"
        "r = t.CliRunner().invoke(app, ['set', 'build', '--help']); assert r.exit_code == 0, r.output;"
        "print([m for m in ('jieba', 'pypinyin', 'genanki', 'anki', 'zstandard') if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_new_build_export(tmp_path):
    from typer.testing import CliRunner

    from flashcards.cli import app

    def invoke(*args):
        result = CliRunner().invoke(app, list(args))
        assert result.exit_code == 0, result.output
        return result.output

    recipe = tmp_path / "demo.toml"
    assert invoke("set", "new", "demo", "--dir", str(tmp_path)).startswith(f"{recipe}: new recipe")
    texts = tmp_path / "texts" / "demo"
    texts.mkdir(parents=True)
    (texts / "01-chain.txt").write_text("我们学习区块链技术。区块链改变了金融行业。", encoding="utf-8")

    lines = invoke("set", "build", str(recipe), "-o", str(tmp_path / "demo.apkg")).splitlines()
    assert lines[0].startswith(f"{tmp_path / 'demo.apkg'}: 1 lesson, ")
    assert lines[1].startswith("  demo::01 Lesson one: ")
    assert lines[2] == f"lock: {tmp_path / 'demo.lock.json'} (commit it with the recipe)"
    assert (tmp_path / "demo.lock.json").is_file() and (tmp_path / "demo.apkg").is_file()
    assert "(0 new, 0 changed, " in invoke("set", "build", str(recipe), "-o", str(tmp_path / "demo.apkg"))

    output = invoke("set", "export", str(recipe), "--format", "csv")
    assert output.strip() == str(tmp_path / "demo-01-lesson-one.csv")


@pytest.mark.parametrize(
    "args, message",
    [
        (["set", "new", "demo"], "already exists"),
        (["set", "new", "Bad Name"], "a course name uses lowercase"),
        (["set", "build", "nope.toml"], "nope.toml: no such recipe"),
        (["set", "build", "bad.toml"], "bad.toml: course.titel: unknown key (did you mean 'title'?)"),
        (["set", "build", "demo.toml", "--known-field", "Hanzi"], "--known-field: only with --known-from"),
        (["set", "build", "demo.toml", "--known-from", "demo.toml"], "not an Anki export"),
        (["set", "export", "demo.toml", "--format", "xls"], "'--format': 'xls' is not one of 'tsv', 'csv'"),
        (["build", str(ROOT / "decks" / "texts" / "industrial_internet.txt"), "--known-field", "Hanzi"],
         "--known-field: only with --known-from"),
        (["build", str(ROOT / "decks" / "texts" / "industrial_internet.txt"), "--known-from", "nope.apkg"],
         "nope.apkg: no such file (--known-from)"),
    ],
)
def test_one_line_errors(tmp_path, args, message):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("我们学习中文。", encoding="utf-8")
    lesson = '[[lesson]]\nname = "A"\nsources = ["texts/a.txt"]\n'
    (tmp_path / "demo.toml").write_text(f'[course]\nid = "demo"\ntitle = "Demo"\n{lesson}', encoding="utf-8")
    (tmp_path / "bad.toml").write_text(f'[course]\nid = "demo"\ntitel = "Demo"\n{lesson}', encoding="utf-8")
    result = run(*args, "-o", str(tmp_path / "out.apkg")) if args[0] == "build" else run(*args, cwd=tmp_path)
    if args[0] == "set" and args[1] == "new":
        result = run(*args, "--dir", str(tmp_path), cwd=tmp_path)
        if message == "already exists":
            result = run(*args, "--dir", str(tmp_path), cwd=tmp_path)
    usage = message.startswith("'--")  # a value typer refuses before the command runs
    assert result.returncode == (2 if usage else 1), result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("flashcards: error: ")
    assert message in lines[0]
    assert not (tmp_path / "out.apkg").exists() and not (tmp_path / "demo.lock.json").exists()
