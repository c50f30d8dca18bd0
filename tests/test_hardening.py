"""Hardening (issue 11): interrupts, hostile exports and outputs that could destroy data.

Most cases run ``flashcards.cli.main(argv)`` in this process and check its exit code and
its one line on stderr; only Ctrl-C needs a real process. Every case here failed (hung,
crashed with exit 70, or destroyed a file) before its fix.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from flashcards.cli import main
from flashcards.errors import InputError, RecipeError

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "decks" / "texts"
GOOD_TEXT = (TEXTS / "industrial_internet.txt").read_text(encoding="utf-8")


def run(capsys, *args: str) -> tuple[int, str, str]:
    """``flashcards ARGS`` in this process: (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_error(code: int, err: str, part: str) -> None:
    """The bad-input contract: non-zero (never 70), one line, no traceback, ``part`` in it."""
    lines = err.strip().splitlines()
    assert code not in (0, 70), (code, err)
    assert len(lines) == 1 and lines[0].startswith("flashcards: error: "), err
    assert part in lines[0], lines[0]


def lesson_file(folder: Path, name: str = "lesson.txt") -> Path:
    path = folder / name
    path.write_text("我们一起学习中文。老师说中文很有意思！我的朋友也喜欢学习。", encoding="utf-8")
    return path


# -- 1. Ctrl-C --------------------------------------------------------------------------------


def test_ctrl_c_in_process_exits_130_with_one_line(tmp_path, capsys, monkeypatch):
    import flashcards.build

    def interrupted(options):
        raise KeyboardInterrupt

    monkeypatch.setattr(flashcards.build, "build_deck", interrupted)
    code, _, err = run(capsys, "build", str(lesson_file(tmp_path)), "--audio", "none")
    assert code == 130
    assert err.strip().splitlines() == ["flashcards: error: interrupted"]


def _as_a_shell_starts_it() -> None:
    """Ctrl-C delivered and not ignored, as in a terminal: a test worker's own SIGINT state
    (ignored or blocked by an earlier test or the worker's harness) is inherited across exec,
    and Python starts with no KeyboardInterrupt at all when it finds SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_ctrl_c_during_a_large_build_keeps_the_previous_output(tmp_path):
    big = tmp_path / "big.txt"
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt")))
    # 14 MB: the sample repeated builds fast (each distinct word is looked up once), so it
    # takes this much text for a build that outlasts the wait below on an idle machine.
    big.write_text(corpus * 1000, encoding="utf-8")
    out = tmp_path / "deck.apkg"
    out.write_bytes(b"the previous deck")
    process = subprocess.Popen(
        [sys.executable, "-m", "flashcards", "build", str(big), "-o", str(out), "--audio", "none"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, preexec_fn=_as_a_shell_starts_it,
    )
    time.sleep(3)  # well inside the work: imports take a second, the build far longer
    assert process.poll() is None, process.communicate()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=20)  # a hang guard, not a timing
    # 130, or killed by SIGINT: CPython ends a process by re-raising SIGINT when a Ctrl-C hit
    # an eval() (typer evaluates our annotations), even one we caught. A shell shows 130 for both.
    assert process.returncode in (130, -signal.SIGINT), err
    assert err.decode().strip().splitlines() == ["flashcards: error: interrupted"]
    assert out.read_bytes() == b"the previous deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "deck.apkg"]  # no temporary left


# -- 2. crafted exports -------------------------------------------------------------------------

MODELS = {"1": {"name": "Basic", "flds": [{"name": "Hanzi", "ord": 0}]}}


def crafted_export(tmp_path: Path, schema: str, models: object = MODELS, rows: int = 0, members: int = 0) -> Path:
    db_path = tmp_path / "collection.anki2"
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE col (models TEXT)")
    db.execute("INSERT INTO col VALUES (?)", (json.dumps(models),))
    db.executescript(schema)
    if rows:
        db.executemany("INSERT INTO notes VALUES (?, 1, ?)", ((i, f"学习\x1f{i}") for i in range(rows)))
    db.commit()
    db.close()
    package = tmp_path / "export.apkg"
    with zipfile.ZipFile(package, "w") as zf:
        zf.write(db_path, "collection.anki2")
        for i in range(members):
            zf.writestr(f"{i}", b"")
    return package


def test_recursive_view_as_notes_is_refused(tmp_path):
    from flashcards.ankiexport import export_words

    package = crafted_export(tmp_path, """
        CREATE VIEW notes AS WITH RECURSIVE r(id, mid, flds) AS
            (SELECT 1, 1, '学习' UNION ALL SELECT id + 1, mid, flds FROM r) SELECT * FROM r;
    """)
    with pytest.raises(InputError, match="not an Anki collection inside"):
        export_words(package)


def test_reading_an_export_is_bounded_in_time_and_rows(tmp_path):
    from flashcards.ankiexport import Limits, export_words

    package = crafted_export(tmp_path, "CREATE TABLE notes (id INTEGER, mid INTEGER, flds TEXT);", rows=30_000)
    with pytest.raises(InputError, match="took over"):
        export_words(package, limits=Limits(seconds=0.0))
    with pytest.raises(InputError, match="more than 100 notes"):
        export_words(package, limits=Limits(notes=100))
    assert export_words(package) == {"学习"}


# -- 3 and 14f. files that are not regular files ---------------------------------------------------


@pytest.mark.parametrize("option", ["--known-from", "--known", "--user-dict"])
@pytest.mark.parametrize("kind", ["device", "fifo", "directory"])
def test_non_regular_files_are_refused(tmp_path, capsys, option, kind):
    if kind == "device":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero")
        path = "/dev/zero"
    elif kind == "fifo":
        path = str(tmp_path / "pipe")
        os.mkfifo(path)  # no writer: opening it must not hang either
    else:
        path = str(tmp_path)
    code, _, err = run(capsys, "build", str(lesson_file(tmp_path)), option, path, "--audio", "none",
                       "-o", str(tmp_path / "out.apkg"))
    one_error(code, err, "directory" if kind == "directory" else "not a regular file")
    assert not (tmp_path / "out.apkg").exists()


def test_oversized_word_list_is_refused(tmp_path, monkeypatch):
    from flashcards import known

    monkeypatch.setattr(known, "MAX_LIST_BYTES", 100)
    path = tmp_path / "known.txt"
    path.write_text("学习\n" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        known.load_known(path)


def test_fifo_in_the_audio_cache_does_not_hang(tmp_path):
    from flashcards.audio.cache import AudioCache, clip_key

    cache = AudioCache(tmp_path)
    key = clip_key("edge|x", "你好")
    os.mkfifo(cache.path(key))
    assert cache.get(key) is None  # remade, not read forever


# -- 5. terminal markup ---------------------------------------------------------------------------


def test_analyze_prints_markup_as_text(tmp_path, capsys):
    text = tmp_path / "forum.txt"
    text.write_text(
        "[quote]我们一起学习中文。[/quote]\n\n[link=https://evil.example]点击这里[/link]看看。\n\n[bold]今天天气很好。[/bold]",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "analyze", str(text))
    assert code == 0, err
    for literal in ("[/quote]", "[link=https://evil.example]", "[bold]"):
        assert literal in out, out


def test_dictionary_readings_survive_in_tables():
    from rich.console import Console

    from flashcards.analysis import WordStat
    from flashcards.report_tables import words_table

    console = Console(record=True, width=200, file=io.StringIO())
    stat = WordStat("条", "[tiáo]", "条[tiao2] [link=x]y[/link]", 3, 10, 0)
    console.print(words_table("words", (stat,), None))  # type: ignore[arg-type]
    shown = console.export_text()
    assert "[tiáo]" in shown and "条[tiao2] [link=x]y[/link]" in shown


# -- 6. audio cache ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["file", "proc"])
def test_unwritable_audio_cache_fails_before_any_request(tmp_path, capsys, fake_edge_tts, kind):
    server = fake_edge_tts()
    if kind == "file":
        cache = tmp_path / "audio"
        cache.write_text("not a folder")
    else:
        if not Path("/proc/self").exists():
            pytest.skip("no /proc")
        cache = Path("/proc/flashcards-audio")
    code, _, err = run(capsys, "build", str(lesson_file(tmp_path)), "--audio", "edge", "--audio-cache", str(cache),
                       "-o", str(tmp_path / "out.apkg"), "-q")
    one_error(code, err, "--audio-cache")
    assert server.connections == 0
    assert not (tmp_path / "out.apkg").exists()


# -- 7. text never becomes a TTS option ----------------------------------------------------------------


@pytest.mark.parametrize("tail", ["--out {out} {text}", "{text} --out {out}"])
def test_text_cannot_pass_options_to_the_tts_program(tmp_path, tail):
    import shlex

    from audio_checks import assert_cache_sound
    from flashcards.audio import AudioSettings, generate_audio

    log = tmp_path / "log.jsonl"
    head = shlex.join([sys.executable, str(Path(__file__).parent / "fake_tts_command.py"), "--log", str(log)])
    evil = tmp_path / "chosen-by-the-text.mp3"
    text = f"--out={evil} 你好"
    settings = AudioSettings(engine="command", command=f"{head} {tail}", cache_dir=tmp_path / "audio")
    result = generate_audio([text], settings, progress=False)
    assert result.summary.made == 1, result.summary
    assert not evil.exists()
    (entry,) = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert entry["source"] == "argv" and "".join(entry["text"]).strip() == text
    assert len(assert_cache_sound(tmp_path / "audio")) == 1


# -- 8. a service that accepts and never answers ------------------------------------------------------


def test_circuit_breaker_gives_up_on_a_silent_service(tmp_path, fake_edge_tts):
    from rich.console import Console

    from flashcards.audio import AudioSettings, generate_audio

    server = fake_edge_tts(handshake="silent")
    texts = [f"第{i}句话。" for i in range(12)]
    settings = AudioSettings(engine="auto", cache_dir=tmp_path / "audio", timeout=0.5, retries=3,
                             backoff=0.01, concurrency=1, give_up_after=3)
    shown = io.StringIO()
    result = generate_audio(texts, settings, progress=False, console=Console(file=shown, width=200))
    assert result.clips == {}
    assert result.summary.skipped == len(texts) and result.summary.offline
    # Three timeouts in a row, then no more requests (a loaded machine may time out before
    # the request reaches the server, so fewer may arrive; never more).
    assert 1 <= server.connections <= 3
    assert shown.getvalue().count("timed out") == 1, shown.getvalue()  # said once


def test_audio_timeout_and_retries_options(tmp_path, capsys):
    code, _, err = run(capsys, "build", str(lesson_file(tmp_path)), "--audio-timeout", "0")
    one_error(code, err, "--audio-timeout: must be positive")
    code, _, err = run(capsys, "build", str(lesson_file(tmp_path)), "--audio-retries", "-1")
    one_error(code, err, "--audio-retries: cannot be negative")


# -- 9. set build: package and lock together -------------------------------------------------------------

RECIPE = """\
[course]
id = "demo"
title = "{title}"

[[lesson]]
name = "One"
sources = ["texts/01.txt"]
"""


def course(tmp_path: Path, title: str = "Demo") -> Path:
    (tmp_path / "texts").mkdir(exist_ok=True)
    lesson_file(tmp_path / "texts", "01.txt")
    recipe = tmp_path / "demo.toml"
    recipe.write_text(RECIPE.format(title=title), encoding="utf-8")
    return recipe


def test_set_build_checks_the_lock_before_writing_the_package(tmp_path, capsys):
    recipe = course(tmp_path)
    (tmp_path / "demo.lock.json").mkdir()  # the lock cannot be written
    code, _, err = run(capsys, "set", "build", str(recipe), "-q", "--audio-cache", str(tmp_path / "a"))
    one_error(code, err, "demo.lock.json")
    assert not (tmp_path / "demo.apkg").exists()


def test_set_build_lands_package_and_lock_together(tmp_path, capsys, monkeypatch):
    from flashcards import files

    recipe = course(tmp_path)
    package, lock = tmp_path / "demo.apkg", tmp_path / "demo.lock.json"
    package.write_bytes(b"version 1")
    real_replace = os.replace

    def lock_fails(src, dst):  # the package has landed by then: it must be put back
        if Path(dst) == lock:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", lock_fails)
    code, _, err = run(capsys, "set", "build", str(recipe), "-q")
    one_error(code, err, "no space left on device")
    assert package.read_bytes() == b"version 1"  # put back: no package without its lock
    assert not lock.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.apkg", "demo.toml", "texts"]


# -- 10 and 11. outputs that would destroy something ----------------------------------------------------


def test_output_naming_an_input_is_refused(tmp_path, capsys):
    source = lesson_file(tmp_path)
    before = source.read_bytes()
    code, _, err = run(capsys, "build", str(source), "-o", str(source), "--audio", "none")
    one_error(code, err, "is also an input")
    code, _, err = run(capsys, "analyze", str(source), "--html", str(source))
    one_error(code, err, "is also an input")
    assert source.read_bytes() == before


@pytest.mark.parametrize("target", ["recipe", "source", "lock"])
def test_set_output_naming_the_recipe_or_a_source_is_refused(tmp_path, capsys, target):
    recipe = course(tmp_path)
    (tmp_path / "demo.lock.json").write_text('{"format": 1, "course": "demo", "notes": {}}', encoding="utf-8")
    path = {"recipe": recipe, "source": tmp_path / "texts" / "01.txt", "lock": tmp_path / "demo.lock.json"}[target]
    before = path.read_bytes()
    code, _, err = run(capsys, "set", "build", str(recipe), "-o", str(path), "-q")
    one_error(code, err, "is also an input")
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_non_regular_output_is_refused(tmp_path, capsys, kind):
    if kind == "device":
        target = Path("/dev/null")
    else:
        target = tmp_path / "pipe"
        os.mkfifo(target)
    code, _, err = run(capsys, "build", str(lesson_file(tmp_path)), "-o", str(target), "--audio", "none")
    one_error(code, err, "not a regular file")
    assert not target.is_file()  # still the device / the FIFO


# -- 12 and 13. encodings ---------------------------------------------------------------------------------

SHORT = "他说我们一起学习中文。"


@pytest.mark.parametrize(
    "data, expected",
    [
        # UTF-8 with Windows-1252 quotes pasted in: UTF-8 explains nearly everything
        ("他说".encode() + b"\x93" + "我们一起学习中文".encode() + b"\x94" + "。".encode(), "他说“我们一起学习中文”。"),
        ("今天天气很好".encode() + b"\x96" + "我们去公园。".encode(), "今天天气很好–我们去公园。"),
        # a GBK file with one UTF-8 line: each line in its own encoding
        (("动物园里的熊猫正在吃竹子。\n" * 3).encode("gbk") + (SHORT + "\n").encode()
         + ("今天天气很好，我们去公园散步。\n" * 3).encode("gbk"),
         "动物园里的熊猫正在吃竹子。\n" * 3 + SHORT + "\n" + "今天天气很好，我们去公园散步。\n" * 3),
        # UTF-16 without a byte-order mark, with and without ASCII newlines
        ((SHORT + "\n今天天气很好。\n").encode("utf-16-le"), SHORT + "\n今天天气很好。\n"),
        ((SHORT + "\n今天天气很好。\n").encode("utf-16-be"), SHORT + "\n今天天气很好。\n"),
        (SHORT.encode("utf-16-le"), SHORT),
    ],
)
def test_encodings(data, expected):
    from flashcards.encoding import decode

    assert decode(data) == expected


def test_user_dict_in_gbk_is_used(tmp_path):
    from flashcards.userdict import prepare_user_dict

    words = tmp_path / "words.txt"
    words.write_bytes("熊猫馆 100 n\n".encode("gbk"))
    ready = prepare_user_dict(words)
    assert ready is not None and ready.read_text(encoding="utf-8") == "熊猫馆 100 n\n"


def test_build_with_a_gbk_user_dict(tmp_path, capsys):
    words = tmp_path / "words.txt"
    words.write_bytes("熊猫馆 100 n\n".encode("gbk"))
    text = tmp_path / "zoo.txt"
    text.write_text("我们去熊猫馆看熊猫。熊猫馆很大。", encoding="utf-8")
    out = tmp_path / "zoo.apkg"
    code, _, err = run(capsys, "build", str(text), "--user-dict", str(words), "--audio", "none", "-o", str(out), "-q")
    assert code == 0, err
    assert out.stat().st_size > 0


def test_recipe_with_a_byte_order_mark(tmp_path):
    from flashcards.recipe import load_recipe

    recipe = course(tmp_path)
    recipe.write_bytes(b"\xef\xbb\xbf" + recipe.read_bytes())
    assert load_recipe(recipe).title == "Demo"


# -- 14. the exit-70 leftovers --------------------------------------------------------------------------------


@pytest.mark.parametrize("length", [201, 250, 255, 256])
def test_output_names_too_long_for_temporary_names(tmp_path, capsys, length):
    out = tmp_path / ("x" * (length - 5) + ".apkg")
    code, _, err = run(capsys, "build", str(lesson_file(tmp_path)), "-o", str(out), "--audio", "none")
    one_error(code, err, "file name too long")


def test_lock_times_out_of_range(tmp_path):
    from flashcards.lock import load_lock

    lock = tmp_path / "c.lock.json"
    lock.write_text(json.dumps({"format": 1, "course": "c", "notes": {"g": {"mod": 2**63, "hash": "h"}}}))
    with pytest.raises(RecipeError, match="damaged lock file"):
        load_lock(lock, "c")


def test_deeply_nested_recipe_and_lock(tmp_path):
    from flashcards.lock import load_lock
    from flashcards.recipe import load_recipe

    recipe = tmp_path / "deep.toml"
    recipe.write_text("a = " + "[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(RecipeError, match="nested too deeply"):
        load_recipe(recipe)
    lock = tmp_path / "deep.lock.json"
    lock.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(RecipeError, match="nested too deeply"):
        load_lock(lock, "c")


def test_numeric_field_name_in_an_export(tmp_path):
    from flashcards.ankiexport import export_words

    models = {"1": {"name": 7, "flds": [{"name": 5, "ord": 0}, {"name": "Hanzi", "ord": 1}]}}
    package = crafted_export(tmp_path, "CREATE TABLE notes (id INTEGER, mid INTEGER, flds TEXT);", models, rows=2)
    assert export_words(package, "hanzi") == set()  # the field holds numbers, not hanzi
    assert export_words(package, "5") == {"学习"}


def test_zip_entries_counted_before_zipfile_reads_them(tmp_path, monkeypatch):
    from flashcards import ankiexport

    package = crafted_export(tmp_path, "CREATE TABLE notes (id INTEGER, mid INTEGER, flds TEXT);", members=50)

    def never(*args, **kwargs):
        raise AssertionError("zipfile read the whole directory first")

    monkeypatch.setattr(ankiexport.zipfile, "ZipFile", never)
    with pytest.raises(InputError, match="too many entries"):
        ankiexport.export_words(package, limits=ankiexport.Limits(members=10))


@pytest.mark.parametrize("source", ["texts", "/dev/null"])
def test_directory_or_device_as_a_recipe_source(tmp_path, source):
    from flashcards.recipe import load_recipe

    recipe = course(tmp_path)
    recipe.write_text(RECIPE.format(title="Demo").replace("texts/01.txt", source), encoding="utf-8")
    with pytest.raises(RecipeError, match="is a directory" if source == "texts" else "not a regular file"):
        load_recipe(recipe)


def test_escape_sequences_in_file_names_are_not_echoed(tmp_path, capsys):
    name = str(tmp_path / "evil\x1b]0;pwned\x07\x1b[2J.txt")
    code, _, err = run(capsys, "build", name, "--audio", "none")
    one_error(code, err, "\\x1b]0;pwned\\x07")
    assert "\x1b" not in err and "\x07" not in err


@pytest.mark.parametrize("bad", ["\u202e", "\x1b", "\u2066", "\x85"])
def test_control_and_bidi_characters_in_names(tmp_path, capsys, bad):
    from flashcards.recipe import load_recipe

    with pytest.raises(RecipeError, match="control or bidi"):
        load_recipe(course(tmp_path, title=f"Demo{bad}txt.exe".replace("\x1b", "\\u001b").replace("\x85", "\\u0085")))
    code, _, err = run(capsys, "build", str(lesson_file(tmp_path)), "--deck-name", f"a{bad}b", "--audio", "none")
    one_error(code, err, "control or bidi")


def test_deck_name_from_a_hostile_file_name(tmp_path, capsys):
    source = lesson_file(tmp_path, "lesson\u202egpj.txt")
    out = tmp_path / "out.apkg"
    code, out_text, err = run(capsys, "build", str(source), "-o", str(out), "--audio", "none")
    assert code == 0, err
    assert "deck 'lessongpj'" in out_text and "\u202e" not in out_text
