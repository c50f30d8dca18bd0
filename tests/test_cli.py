"""The command line: help, a real build, and one-line errors for bad input."""

import io
import os
import subprocess
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
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
        "heavy = [m for m in ('jieba', 'pypinyin', 'genanki', 'anki', 'opencc', 'pysubs2', 'selectolax', 'ebooklib') if m in sys.modules];"
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


# ---------------------------------------------------------------- the bad-input matrix
#
# Every case runs the real command in this process (cli.main, what the console script
# calls; loading the dictionaries once for all cases instead of once per case) and must end
# in one of two ways: a deck (exit 0, one .apkg that imports into Anki with every field
# escaped) or one line "flashcards: error: …" with a non-zero exit (never 70, a bug).
# Never a traceback, a Python warning, a hang, or a partial file.

CORPUS = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "decks" / "texts").glob("*.txt")))
GOOD = str(ROOT / "decks" / "texts" / "industrial_internet.txt")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_SKIP = "running as root: permission bits do not stop root (the /proc cases cover this path)"


@dataclass
class Case:
    args: list[str]                  # after "build"; "-o OUT" is added unless present
    deck: bool = False               # True: a deck is expected; False: a one-line error
    message: str = ""                # part of the expected error line
    stdin: bytes | None = None
    words: tuple[str, ...] = ()      # vocabulary notes the deck must have


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def _mixed_encodings(tmp_path: Path) -> Case:
    utf8 = "我们一起学习中文。今天天气很好。\n\n".encode("utf-8") * 5
    gbk = "动物园里的熊猫正在吃竹子。\n\n".encode("gbk")
    return Case([_write(tmp_path / "mixed.txt", utf8 + gbk + utf8)], deck=True, words=("熊猫", "竹子", "学习"))


def _unreadable(tmp_path: Path) -> Case:
    if IS_ROOT:
        pytest.skip(ROOT_SKIP)
    path = tmp_path / "secret.txt"
    path.write_text("我们一起学习中文。", encoding="utf-8")
    path.chmod(0)
    return Case([str(path)], message="permission denied")


def _read_only_output_dir(tmp_path: Path) -> Case:
    if IS_ROOT:
        pytest.skip(ROOT_SKIP)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    return Case([GOOD, "-o", str(folder / "x.apkg")], message="not writable")


def _linux_only(path: str) -> None:
    if not Path(path).exists():
        pytest.skip(f"{path} does not exist on this system")


def _proc_mem(tmp_path: Path) -> Case:
    _linux_only("/proc/self/mem")
    return Case(["/proc/self/mem"], message="cannot read")  # reading offset 0 fails with EIO, even for root


def _proc_output(tmp_path: Path) -> Case:
    _linux_only("/proc/self")
    return Case([GOOD, "-o", "/proc/flashcards-test.apkg"], message="flashcards-test.apkg")


MATRIX: dict[str, Callable[[Path], Case]] = {
    # files that hold nothing to learn from
    "missing file": lambda t: Case([str(t / "nope.txt")], message="no such file"),
    "empty file": lambda t: Case([_write(t / "empty.txt", b"")], message="empty"),
    "whitespace only": lambda t: Case([_write(t / "blank.txt", b" \n\t\r\n  \n")], message="empty"),
    "ideographic spaces only": lambda t: Case([_write(t / "wide.txt", "\u3000\u3000\n\u3000".encode())], message="no Chinese"),
    "binary": lambda t: Case([_write(t / "binary.txt", bytes(range(256)) * 40)], message="binary"),
    "mostly NUL bytes": lambda t: Case([_write(t / "nul.txt", b"\0" * 5000 + "中文".encode())], message="binary"),
    "english only": lambda t: Case([_write(t / "english.txt", b"Only English here.")], message="no Chinese"),
    "html with only script": lambda t: Case(
        [_write(t / "s.html", "<script>var a='中文';</script><style>/*中文*/</style>".encode())], message="no Chinese"
    ),
    "srt that is not srt": lambda t: Case([_write(t / "x.srt", "只是文字".encode())], message="subtitle"),
    "epub that is not a zip": lambda t: Case([_write(t / "x.epub", "只是文字".encode())], message="EPUB"),
    "directory": lambda t: Case([str(t)], message="directory"),
    "empty stdin": lambda t: Case(["-"], stdin=b"", message="empty"),
    "endless device": lambda t: Case(["/dev/zero"], message="too large") if Path("/dev/zero").exists() else pytest.skip("no /dev/zero"),
    "unreadable file (chmod 000)": _unreadable,
    "unreadable file (I/O error)": _proc_mem,
    # output paths that cannot be written
    "output in missing directory": lambda t: Case([GOOD, "-o", str(t / "no" / "such" / "x.apkg")], message="does not exist"),
    "output in read-only directory": _read_only_output_dir,
    "output where nothing can be created": _proc_output,
    "output is a directory": lambda t: Case([GOOD, "-o", str(t)], message="is a directory"),
    # hostile or odd text that still makes a deck
    "5 MB single line": lambda t: Case(
        [_write(t / "line.txt", _megabytes(CORPUS.replace("\n", ""), 5))],
        deck=True, words=("区块链",),
    ),
    "5 MB hard-wrapped, no blank lines": lambda t: Case(
        [_write(t / "wrapped.txt", _megabytes("\n".join(_chunks(CORPUS.replace("\n", ""), 30)) + "\n", 5))],
        deck=True, words=("区块链",),
    ),
    "very long sentence without punctuation": lambda t: Case(
        [_write(t / "run.txt", ("我们一起学习中文" * 60_000).encode())], deck=True, words=("学习", "中文"),
    ),
    "stray punctuation storm": lambda t: Case(
        [_write(t / "dots.txt", ("我们学习。" + "。 " * 500_000).encode())], deck=True, words=("学习",),
    ),
    "NUL bytes in text": lambda t: Case(
        [_write(t / "nuls.txt", CORPUS.replace("。", "。\0", 20).replace("\n\n", "\n\0\n").encode())],
        deck=True, words=("区块链", "直播"),
    ),
    "invalid UTF-8 and encoded surrogates": lambda t: Case(
        [_write(t / "bad.txt", "我们一起学习中文。".encode() * 50 + b"\xed\xa0\x80\xff\xe4\xb8" + "天气很好。".encode() * 50)],
        deck=True, words=("学习", "天气"),
    ),
    "mixed encodings (UTF-8 with a GBK paragraph)": _mixed_encodings,
    "HTML and JS in a text file": lambda t: Case(
        [_write(t / "evil.txt", '<script>alert("x")</script><img src=x onerror=alert(1)>我们学习{{c1::中文}}[sound:a.mp3]。'.encode())],
        deck=True, words=("学习", "中文"),
    ),
    "hostile Markdown": lambda t: Case(
        [_write(t / "evil.md", ("我们学习中文。" + "_a **b [c ![d <e " * 50_000).encode())], deck=True, words=("学习",),
    ),
    "hostile subtitles": lambda t: Case(
        [_write(t / "evil.srt", ("1\n00:00:01,000 --> 00:00:02,000\n" + "<a" * 300_000 + "{" * 300_000
                                 + "我们学习中文。\n\n2\n00:00:03,000 --> 00:00:04,000\n明天的天气很好。\n").encode())],
        deck=True, words=("学习", "天气"),
    ),
    "deeply nested HTML": lambda t: Case(
        [_write(t / "deep.html", ("<div>" * 100_000 + "<p>我们一起学习中文。</p>" + "</div>" * 100_000).encode())],
        deck=True, words=("学习",),
    ),
    "emoji": lambda t: Case([_write(t / "emoji.txt", "我们😀一起学习🇨🇳中文👍🏽。𠀀字。".encode())], deck=True, words=("学习",)),
    "full-width digits and Latin": lambda t: Case(
        [_write(t / "wide.txt", "２０２４年，ＡＩ技术发展很快。ｉＰｈｏｎｅ很贵。".encode())], deck=True, words=("技术", "发展"),
    ),
    "traditional Big5 from stdin": lambda t: Case(
        ["-"], stdin="我們一起學習中文。明天的天氣很好。".encode("big5"), deck=True, words=("学习", "天气"),
    ),
    # bad options
    "bad standard": lambda t: Case([GOOD, "--hsk-standard", "4.0"], message="--hsk-standard"),
    "bad order": lambda t: Case([GOOD, "--order", "random"], message="--order"),
    "bad cards": lambda t: Case([GOOD, "--cards", "recognition,flying"], message="--cards"),
    "bad pinyin": lambda t: Case([GOOD, "--pinyin", "wade-giles"], message="--pinyin"),  # zhuyin is a style now
    "bad level": lambda t: Case([GOOD, "--max-level", "12"], message="--max-level"),
    "bad limit": lambda t: Case([GOOD, "--limit", "zero"], message="--limit"),
    "bad format": lambda t: Case([GOOD, "--format", "pdf"], message="--format"),
    "bad script": lambda t: Case([GOOD, "--script", "cyrillic"], message="--script"),
    "unknown option": lambda t: Case([GOOD, "--colour", "red"], message="--colour"),
    "missing known file": lambda t: Case([GOOD, "--known", str(t / "nope.txt")], message="--known"),
}


def _chunks(text: str, size: int) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)]


def _megabytes(text: str, mb: int) -> bytes:
    """``text`` repeated to ``mb`` MB of UTF-8, cut at a character boundary."""
    data = text.encode("utf-8")
    return (data * (mb * 10**6 // len(data) + 1))[: mb * 10**6].decode("utf-8", "ignore").encode("utf-8")


@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=pytest.mark.slow) if name.startswith("5 MB") else name for name in MATRIX]
)
def test_bad_input_matrix(tmp_path, name, monkeypatch, capfd):
    from flashcards.cli import main

    work = tmp_path / "work"
    work.mkdir()
    case = MATRIX[name](work)
    out = tmp_path / "out.apkg"
    args = case.args if "-o" in case.args else [*case.args, "-o", str(out)]
    args = [*args, "--audio", "none"]  # offline, and no audio cache folder in the working dir
    before = set(tmp_path.rglob("*"))
    monkeypatch.chdir(work)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(case.stdin if case.stdin is not None else b"")))
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("default")  # as PYTHONWARNINGS=default would print them
        code = main(["build", *args])
    stderr = capfd.readouterr().err
    assert "Traceback" not in stderr, stderr
    assert [str(w.message) for w in warned] == []
    created = set(tmp_path.rglob("*")) - before
    if case.deck:
        assert code == 0, stderr
        assert created == {out}, created
        _assert_good_deck(tmp_path, out, case.words)
    else:
        assert code not in (0, 70), (code, stderr)
        lines = stderr.strip().splitlines()
        assert len(lines) == 1, stderr
        assert lines[0].startswith("flashcards: error:"), lines
        assert case.message in lines[0], lines[0]
        assert created == set(), created  # no output, no temporary file left behind


def _assert_good_deck(tmp_path: Path, package: Path, words: tuple[str, ...]) -> None:
    from anki_helpers import import_package, new_collection, notes_by_field
    from checks import assert_escaped

    col = new_collection(tmp_path / "anki")
    try:
        import_package(col, package)
        assert col.note_count() > 0
        vocabulary = notes_by_field(col, "flashcards vocabulary", "Simplified")
        for word in words:
            assert word in vocabulary, (word, sorted(vocabulary)[:20])
        for nid in col.find_notes(""):
            for value in col.get_note(nid).fields:
                assert_escaped(value)
    finally:
        col.close()


@pytest.mark.parametrize(
    "argv, code, out",
    [
        (["--version"], 0, f"flashcards {__import__('flashcards').__version__}\n"),
        (["build", "a.txt", "--examples", "x"], 2, ""),
    ],
)
def test_the_process_exits_with_mains_code_after_atexit_and_flushing(argv, code, out):
    # cli.entry skips the interpreter's teardown: what it must still do is checked here.
    script = (
        "import atexit, sys; from flashcards import cli; "
        "atexit.register(lambda: print('atexit ran', file=sys.stderr)); "
        f"sys.argv = ['flashcards', *{argv!r}]; print('buffered', end=''); cli.entry()"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == code
    assert done.stdout == "buffered" + out
    assert done.stderr.endswith("atexit ran\n")
