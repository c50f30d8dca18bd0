"""A build leaves no files behind: not in TMPDIR, not beside the output, success or failure."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from flashcards.errors import OutputError
from flashcards.notes import NoteSpec
from flashcards.package import write_package

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "decks" / "texts" / "industrial_internet.txt"


def _cli(args: list[str], tmpdir: Path, cache: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONPATH": str(ROOT), "FLASHCARDS_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-m", "flashcards", *args], env=env, capture_output=True, text=True, timeout=300)


def test_cli_build_leaves_tmpdir_empty(tmp_path):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    out = tmp_path / "out" / "deck.apkg"
    out.parent.mkdir()
    result = _cli(["build", str(SAMPLE), "-o", str(out), "-q", "--audio", "none", "--limit", "20"], tmpdir, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert out.is_file()
    assert list(tmpdir.iterdir()) == []
    assert [p.name for p in out.parent.iterdir()] == ["deck.apkg"]


@pytest.fixture
def empty_tmpdir(tmp_path, monkeypatch):
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # tempfile caches its first answer
    return folder


def _notes() -> list[NoteSpec]:
    from flashcards.build import BuildOptions, plan_deck

    plan = plan_deck(BuildOptions(inputs=(str(SAMPLE),), output=Path("unused.apkg"), limit=5))
    return list(plan.notes)


def test_write_package_leaves_tmpdir_empty(empty_tmpdir, tmp_path):
    out = tmp_path / "deck.apkg"
    write_package(_notes(), out, timestamp=1.75e9)
    assert out.is_file()
    assert list(empty_tmpdir.iterdir()) == []


def test_failing_write_leaves_nothing(empty_tmpdir, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(OutputError):
        write_package(_notes(), out_dir / "deck.apkg", media_files=[tmp_path / "missing.mp3"], timestamp=1.75e9)
    assert list(empty_tmpdir.iterdir()) == []
    assert list(out_dir.iterdir()) == []  # no half-written package, no temporary file
