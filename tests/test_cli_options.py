"""One option vocabulary: the CLI's choices come from the library's homes, its flags are
spelled at the edge (library errors name fields), and `set build` shares build's groups."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path
from types import SimpleNamespace

import pytest
import typer

from flashcards import formats, hsk, notetypes, pinyin, script, vocabulary
from flashcards.audio.settings import ENGINES as AUDIO_ENGINES
from flashcards.audio.settings import AudioSettings
from flashcards.cli import app, flag
from flashcards.errors import FlashcardsError, InputError, OptionError, mention
from flashcards.translate.settings import ENGINES as TRANSLATE_ENGINES
from flashcards.translate.settings import TranslateSettings
from incli import run_cli

ROOT = Path(__file__).resolve().parents[1]
GOOD = str(ROOT / "decks" / "texts" / "industrial_internet.txt")

# (command, flag, the library's vocabulary)
CHOICES = [
    (["build"], "--hsk-standard", hsk.NAMES),
    (["build"], "--order", vocabulary.ORDERS),
    (["build"], "--pinyin", pinyin.LEARNER_STYLES),
    (["build"], "--cloze-hint", vocabulary.CLOZE_HINTS),
    (["build"], "--tone-palette", notetypes.TONE_PALETTES),
    (["build"], "--script", script.DISPLAY_CHOICES),
    (["build"], "--format", formats.names()),
    (["build"], "--audio", AUDIO_ENGINES),
    (["build"], "--translate", TRANSLATE_ENGINES),
    (["preview"], "--order", vocabulary.ORDERS),
    (["analyze"], "--hsk-standard", hsk.NAMES),
    (["set", "build"], "--audio", AUDIO_ENGINES),
    (["set", "build"], "--pinyin", pinyin.LEARNER_STYLES),
    (["set", "export"], "--format", vocabulary.EXPORT_FORMATS),
]


@pytest.mark.parametrize("command, option, names", CHOICES, ids=[f"{' '.join(c)} {o}" for c, o, _ in CHOICES])
def test_help_lists_the_vocabulary(command, option, names):
    from typer.testing import CliRunner

    output = CliRunner().invoke(app, [*command, "--help"]).output
    assert f"{option} <{'|'.join(names)}>" in output


@pytest.mark.parametrize("command, option, names", CHOICES, ids=[f"{' '.join(c)} {o}" for c, o, _ in CHOICES])
def test_other_values_are_a_one_line_usage_error(tmp_path, command, option, names):
    target = [GOOD, "-o", str(tmp_path / "x.apkg")] if command[-1] in ("build", "preview", "analyze") else ["r.toml"]
    if command == ["analyze"]:
        target = [GOOD]
    result = run_cli(*command, *target, option, "klingon", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("flashcards: error: "), result.stderr
    assert f"'{option}'" in lines[0] and "'klingon' is not one of" in lines[0], lines[0]
    assert "Value error" not in lines[0] and list(tmp_path.iterdir()) == []


def test_format_choice_ignores_case(tmp_path):
    result = run_cli("analyze", GOOD, "--format", "TXT", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- flags at the edge


def _options_of(*command: str) -> set[str]:
    group = typer.main.get_command(app)
    for name in command:
        group = group.commands[name]  # type: ignore[attr-defined]
    return {opt for p in group.params for opt in (*p.opts, *p.secondary_opts)}


NOT_OPTIONS = {
    "build": {"inputs", "timestamp", "progress", "audio", "translate"},
    "audio": {"connect_timeout", "backoff", "max_backoff", "edge_url", "give_up_after"},
    "translate": {"source_lang", "target_lang", "connect_timeout", "timeout", "retries", "backoff", "max_backoff", "breaker"},
}


def test_every_option_field_has_its_flag():
    from flashcards.build import BuildOptions

    build = _options_of("build")
    names = [f.name for f in fields(BuildOptions) if f.name not in NOT_OPTIONS["build"]]
    names += [f"audio.{f.name}" for f in fields(AudioSettings) if f.name not in NOT_OPTIONS["audio"]]
    names += [f"translate.{f.name}" for f in fields(TranslateSettings) if f.name not in NOT_OPTIONS["translate"]]
    missing = [(name, flag(name)) for name in names if flag(name) not in build]
    assert not missing


@pytest.mark.parametrize(
    "error, shown",
    [
        (OptionError("7 is not an HSK 2.0 level (1-6)", option="known_level"), "--known-level: 7 is not an HSK 2.0 level (1-6)"),
        (OptionError("'4.0' is not one of 2.0, 3.0, 2025", option="standard"), "--hsk-standard: '4.0' is not one of"),
        (OptionError(f"only with {mention('known_from')}", option="known_field"), "--known-field: only with --known-from"),
        (OptionError("must look like +0% or -10%, not 'x'", option="audio.rate"), "--rate: must look like"),
        (OptionError(f"libretranslate needs {mention('translate.url')}", option="translate.engine"), "--translate: libretranslate needs --translate-url"),
        (InputError(f"a.txt: not UTF-8 ({mention('user_dict')})"), "a.txt: not UTF-8 (--user-dict)"),
        (InputError("`force` and {text} are not options here"), "`force` and {text} are not options here"),
    ],
)
def test_the_cli_spells_fields_as_flags(error, shown):
    assert shown in error.render(flag)
    assert "--" not in str(error)  # the library's own words: field names


def test_wrapping_keeps_the_marks():
    inner = InputError(f"not UTF-8 ({mention('user_dict')})")
    outer = InputError(f"words.txt: {inner.marked()}")
    assert outer.render(flag) == "words.txt: not UTF-8 (--user-dict)"
    assert str(outer) == "words.txt: not UTF-8 (user_dict)"


def _flags_in_library_errors() -> list[str]:
    """Every string in an ``...Error(...)`` call outside cli.py that spells a flag."""
    found = []
    for path in sorted((ROOT / "flashcards").rglob("*.py")):
        if path.name == "cli.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")).endswith("Error"):
                for part in ast.walk(node):
                    if isinstance(part, ast.Constant) and isinstance(part.value, str) and re.search(r"(?<![\w-])--[a-z]", part.value):
                        found.append(f"{path.relative_to(ROOT)}:{part.lineno}: {part.value}")
    return found


def test_no_library_error_spells_a_flag():
    assert _flags_in_library_errors() == []


def test_the_guard_would_see_one(tmp_path, monkeypatch):
    (tmp_path / "flashcards").mkdir()
    (tmp_path / "flashcards" / "bad.py").write_text('raise OptionError("--limit: must be at least 1")\n', encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert len(_flags_in_library_errors()) == 1


@pytest.mark.parametrize(
    "args, shown",
    [
        (["--max-level", "12"], "--max-level: 12 is not an HSK 3.0 level (1-9)"),
        (["--min-level", "5", "--max-level", "3"], "--min-level: 5 is above --max-level 3"),
        (["--known-field", "Hanzi"], "--known-field: only with --known-from"),
        (["--audio", "command"], "--audio: the command audio engine needs a command template (--audio-command)"),
        (["--audio", "command", "--audio-command", "say {text}"], "--audio-command: needs {out}"),
        (["--rate", "fast"], "--rate: must look like +0% or -10%, not 'fast'"),
        (["--audio-for", "music"], "--audio-for: 'music' is not a list of words, sentences"),
        (["--translate", "libretranslate"], "--translate: libretranslate needs --translate-url"),
        (["--translate-url", "ftp://x"], "--translate-url: 'ftp://x' is not an http(s) URL"),
        (["--user-dict", "nope.txt"], "nope.txt: no such file (--user-dict)"),
    ],
)
def test_build_errors_name_the_flag(tmp_path, args, shown):
    result = run_cli("build", GOOD, "-o", str(tmp_path / "x.apkg"), *args, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and shown in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_recipe_names_its_own_key(tmp_path):
    from flashcards.recipe import RecipeError, load_recipe

    (tmp_path / "a.txt").write_text("我们学习中文。", encoding="utf-8")
    recipe = tmp_path / "r.toml"
    recipe.write_text('[course]\nid = "r"\ntitle = "R"\n[audio]\nrate = "fast"\n[[lesson]]\nname = "A"\nsources = ["a.txt"]\n',
                      encoding="utf-8")
    with pytest.raises(RecipeError) as info:
        load_recipe(recipe)
    assert str(info.value) == f"{recipe}: audio.rate: must look like +0% or -10%, not 'fast'"


@pytest.mark.parametrize("field, key", [("pinyin_style", "course.pinyin"), ("known_file", "course.known"),
                                        ("user_dict", "course.user_dict"), ("standard", "course.standard"),
                                        ("audio.voice", "audio.voice"), ("force", "--force")])
def test_recipe_keys_for_fields(field, key):
    from flashcards.recipe import key as recipe_key

    assert InputError(recipe_key(field)).render(flag) == key


# ---------------------------------------------------------------- set build overrides

RECIPE = """\
[course]
id = "demo"
title = "Demo"
pinyin = "zhuyin"
script = "simplified"

[audio]
engine = "edge"
voice = "zh-CN-YunxiNeural"

[[lesson]]
name = "A"
sources = ["a.txt"]
"""


@pytest.fixture
def course_call(tmp_path, monkeypatch):
    """`set build` up to the library call: what it would build with."""
    import flashcards.course

    (tmp_path / "a.txt").write_text("我们学习中文。", encoding="utf-8")
    (tmp_path / "demo.toml").write_text(RECIPE, encoding="utf-8")
    seen = {}

    def build_course(recipe, output, **kw):
        seen.update(recipe=recipe, **kw)
        return SimpleNamespace(unused_overrides=())

    monkeypatch.setattr(flashcards.course, "build_course", build_course)

    def call(*args):
        result = run_cli("set", "build", "demo.toml", "-q", *args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        return seen

    return call


def test_set_build_keeps_the_recipe_without_options(course_call):
    seen = course_call()
    assert seen["force"] is False
    assert (seen["recipe"].pinyin_style, seen["recipe"].script, seen["recipe"].tone_palette) == ("zhuyin", "simplified", "standard")
    audio = seen["audio"]
    assert (audio.engine, audio.voice, audio.rate, audio.words, audio.strict) == ("edge", "zh-CN-YunxiNeural", "+0%", True, False)


def test_set_build_options_override_the_recipe(course_call, tmp_path):
    seen = course_call("--pinyin", "numbers", "--tone-palette", "cvd", "--voice", "zh-TW-HsiaoChenNeural",
                       "--audio-for", "sentences", "--strict-audio", "--audio-cache", str(tmp_path / "clips"), "--force")
    assert seen["force"] is True
    assert (seen["recipe"].pinyin_style, seen["recipe"].script, seen["recipe"].tone_palette) == ("numbers", "simplified", "cvd")
    audio = seen["audio"]
    assert (audio.engine, audio.voice, audio.words, audio.sentences, audio.strict) == ("edge", "zh-TW-HsiaoChenNeural", False, True, True)
    assert audio.cache_dir == tmp_path / "clips"


@pytest.mark.parametrize(
    "table, overrides, expected",
    [
        (None, {}, None),
        (None, {"voice": "zh-CN-YunxiNeural"}, None),  # no engine anywhere: no audio
        (None, {"engine": "none"}, {"engine": "none"}),
        ({"engine": "edge", "rate": "-10%"}, {}, {"engine": "edge", "rate": "-10%"}),
        ({"engine": "edge", "rate": "-10%"}, {"engine": "none"}, {"engine": "none", "rate": "-10%"}),
        ({"voice": "zh-CN-YunxiNeural"}, {}, {"engine": "auto", "voice": "zh-CN-YunxiNeural"}),
    ],
)
def test_course_audio_settings(tmp_path, table, overrides, expected):
    from flashcards.course import audio_settings
    from flashcards.recipe import AudioSettings as RecipeAudio
    from flashcards.recipe import Lesson, Recipe

    recipe = Recipe(path=tmp_path / "r.toml", id="r", title="R", lessons=(Lesson(1, "A", ()),),
                    audio=RecipeAudio(**table) if table is not None else None)
    settings = audio_settings(recipe, overrides)
    if expected is None:
        assert settings is None
    else:
        assert settings is not None
        assert {name: getattr(settings, name) for name in expected} == expected


# ---------------------------------------------------------------- lazy vocabularies


def test_choices_load_no_stage():
    code = (
        "import sys, flashcards.cli as c; c.main(['build', '--help']);"
        "print(sorted(m for m in ('flashcards.audio.generate', 'flashcards.translate.generate', 'flashcards.notes',"
        " 'flashcards.selection', 'flashcards.formats.webpage', 'asyncio') if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.stderr.strip() == "[]", result.stderr


def test_lazy_packages_still_export_their_names():
    import flashcards.audio as audio
    import flashcards.translate as translate

    assert audio.generate_audio.__module__ == "flashcards.audio.generate"
    assert translate.TranslateSettings is TranslateSettings
    with pytest.raises(AttributeError):
        audio.nothing_here  # noqa: B018


def test_set_build_force_reads_a_japanese_lesson(tmp_path):
    (tmp_path / "news.txt").write_text("東京では今日、新しい駅が開業しました。多くの人が集まりました。" * 3, encoding="utf-8")
    (tmp_path / "r.toml").write_text('[course]\nid = "r"\ntitle = "R"\n[[lesson]]\nname = "A"\nsources = ["news.txt"]\n',
                                     encoding="utf-8")
    refused = run_cli("set", "build", "r.toml", "-q", cwd=tmp_path)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "lesson[1].sources: news.txt: looks like Japanese" in refused.stderr and "--force reads it anyway" in refused.stderr
    forced = run_cli("set", "build", "r.toml", "-q", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "r.apkg").is_file()


def test_errors_are_flashcards_errors():
    assert issubclass(OptionError, FlashcardsError) and OptionError("x", option="limit").option == "limit"


@pytest.mark.parametrize("kind", list(formats.READERS))
def test_every_format_names_a_reader_it_can_load(kind):
    reader = formats.reader(kind)
    assert callable(reader) and reader.__module__.startswith("flashcards.formats.")
