"""The library's public face and the version, one home each."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import flashcards
from flashcards.cli import app
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent


def test_version_comes_from_the_package_and_the_cli_prints_it():
    runner = CliRunner()
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"flashcards {flashcards.__version__}"
    # pyproject reads the version from the package: one home.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" in project.get("dynamic", [])


@pytest.mark.parametrize("name", [n for n in flashcards.__all__ if n != "__version__"])
def test_every_public_name_resolves(name):
    assert getattr(flashcards, name) is not None


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError):
        flashcards.no_such_thing  # noqa: B018


def test_importing_the_package_loads_no_heavy_module():
    code = "import sys, flashcards; print(sorted(m for m in ('jieba','pypinyin','genanki','rjieba') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
