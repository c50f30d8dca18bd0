"""Recipe parsing and validation: every mistake is one line naming the file and the key."""

import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashcards.errors import RecipeError
from flashcards.recipe import load_recipe, scaffold, write_scaffold

GOOD = """\
[course]
id = "econ-101"
title = "Economy"
standard = "3.0"
min_level = 4
max_level = 6
cards = ["recognition", "cloze"]
known = ["known.txt"]

[audio]
engine = "edge"
voice = "zh-CN-XiaoxiaoNeural"
rate = "+10%"

[overrides]
"区块链" = "blockchain (distributed ledger)"

[[lesson]]
name = "First"
sources = ["texts/a*.txt"]
include = ["数字货币"]

[[lesson]]
name = "Second"
sources = ["texts/b.txt", "texts/a1.txt"]
exclude = ["头部"]
limit = 10
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "texts").mkdir()
    for name in ("a1.txt", "a2.txt", "b.txt"):
        (tmp_path / "texts" / name).write_text("我们学习中文。", encoding="utf-8")
    (tmp_path / "known.txt").write_text("我们\n", encoding="utf-8")
    return tmp_path


def load(folder: Path, text: str):
    path = folder / "econ.toml"
    path.write_text(text, encoding="utf-8")
    return load_recipe(path)


def test_good_recipe(folder):
    recipe = load(folder, GOOD)
    assert (recipe.id, recipe.title, recipe.standard, recipe.min_level, recipe.max_level) == ("econ-101", "Economy", "3.0", 4, 6)
    assert recipe.cards == ("recognition", "cloze")
    assert recipe.known_files == (folder / "known.txt",)
    assert recipe.audio.engine == "edge" and recipe.audio.rate == "+10%"
    assert dict(recipe.overrides) == {"区块链": "blockchain (distributed ledger)"}
    first, second = recipe.lessons
    assert [p.name for p in first.sources] == ["a1.txt", "a2.txt"]
    assert [p.name for p in second.sources] == ["b.txt", "a1.txt"]  # the order written
    assert first.include == ("数字货币",) and second.exclude == ("头部",) and second.limit == 10
    assert recipe.deck(second) == "Economy::02 Second"
    assert recipe.lock_path == folder / "econ.lock.json"
    assert recipe.review_cloze is True and recipe.order == "frequency"


def test_recipe_is_frozen(folder):
    recipe = load(folder, GOOD)
    with pytest.raises(AttributeError):
        recipe.title = "x"
    with pytest.raises(TypeError):
        recipe.overrides["新"] = "new"


def _edit(old: str, new: str) -> str:
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


BAD = [
    # (what, recipe text, expected message after "econ.toml: ")
    ("unknown course key", _edit('standard = "3.0"', 'standrd = "3.0"'), "course.standrd: unknown key (did you mean 'standard'?)"),
    ("unknown section", GOOD + "[extras]\nx = 1\n", "extras: unknown key"),
    ("unknown lesson key", _edit('limit = 10', 'limits = 10'), "lesson[2].limits: unknown key (did you mean 'limit'?)"),
    ("unknown audio key", _edit('rate = "+10%"', 'speed = "+10%"'), "audio.speed: unknown key"),
    ("audio value type", _edit('rate = "+10%"', 'rate = 1.5'), "audio.rate: must be a string, not a number"),
    ("audio rate", _edit('rate = "+10%"', 'rate = "fast"'), "audio.rate: must look like +0% or -10%, not 'fast'"),
    ("audio engine", _edit('engine = "edge"', 'engine = "loud"'), "audio.engine: unknown audio engine 'loud'"),
    ("audio voice", _edit('voice = "zh-CN-XiaoxiaoNeural"', 'voice = "Tingting"'), "audio.voice: 'Tingting' is not an edge-tts voice"),
    ("missing source", _edit('"texts/b.txt"', '"texts/nope.txt"'), "lesson[2].sources: 'texts/nope.txt' no such file"),
    ("glob matches nothing", _edit('"texts/a*.txt"', '"texts/z*.txt"'), "lesson[1].sources: 'texts/z*.txt' matches no file"),
    ("sources empty", _edit('sources = ["texts/a*.txt"]', "sources = []"), "lesson[1].sources: empty"),
    ("sources not a list", _edit('sources = ["texts/a*.txt"]', 'sources = "texts/a1.txt"'), "lesson[1].sources: must be a list of strings"),
    ("sources missing", _edit('sources = ["texts/a*.txt"]\n', ""), "lesson[1].sources: missing"),
    ("level too high", _edit("max_level = 6", "max_level = 12"), "course.max_level: 12 is not an HSK 3.0 level (1-9)"),
    ("level for 2.0", _edit('standard = "3.0"', 'standard = "2.0"').replace("max_level = 6", "max_level = 7"), "course.max_level: 7 is not an HSK 2.0 level (1-6)"),
    ("level not a number", _edit("min_level = 4", 'min_level = "4"'), "course.min_level: '4' is not an HSK 3.0 level"),
    ("band upside down", _edit("min_level = 4", "min_level = 7"), "course.min_level: 7 is above max_level 6"),
    ("bad standard", _edit('standard = "3.0"', 'standard = "4.0"'), "course.standard: '4.0' is not one of 2.0, 3.0, 2025"),
    ("bad card type", _edit('"cloze"]', '"flying"]'), "course.cards: 'flying' is not one of recognition"),
    ("no card types", _edit('cards = ["recognition", "cloze"]', "cards = []"), "course.cards: choose at least one"),
    ("missing id", _edit('id = "econ-101"\n', ""), "course.id: missing"),
    ("bad id", _edit('id = "econ-101"', 'id = "Econ 101"'), "course.id: 'Econ 101': use lowercase letters"),
    ("missing title", _edit('title = "Economy"\n', ""), "course.title: missing"),
    ("misspelt course", GOOD.replace("[course]", "[courses]"), "courses: unknown key (did you mean 'course'?)"),
    ("missing course", GOOD[GOOD.index("[audio]"):], "course: missing: add a [course] table"),
    ("no lessons", GOOD[: GOOD.index("[[lesson]]")], "lesson: no lessons"),
    ("duplicate lesson name", _edit('name = "Second"', 'name = "First"'), "lesson[2].name: 'First' is also lesson 1's name"),
    ("lesson name nests", _edit('name = "Second"', 'name = "A::B"'), "lesson[2].name: 'A::B': '::' would make a sub-deck"),
    ("bad limit", _edit("limit = 10", "limit = 0"), "lesson[2].limit: 0 must be a whole number of at least 1"),
    ("limit is bool", _edit("limit = 10", "limit = true"), "lesson[2].limit: True must be a whole number"),
    ("include not hanzi", _edit('include = ["数字货币"]', 'include = ["bitcoin"]'), "lesson[1].include: 'bitcoin' is not a Chinese word"),
    ("override not hanzi", _edit('"区块链" =', '"blockchain" ='), "overrides.blockchain: not a Chinese word"),
    ("override empty", _edit('"blockchain (distributed ledger)"', '""'), "overrides.区块链: must be a non-empty string"),
    ("missing known list", _edit('known = ["known.txt"]', 'known = ["nope.txt"]'), "course.known: 'nope.txt': no such file"),
    ("examples out of range", _edit("min_level = 4", "min_level = 4\nexamples = 11"), "course.examples: 11 must be a whole number from 1 to 10"),
    ("review_cloze type", _edit("min_level = 4", 'min_level = 4\nreview_cloze = "yes"'), "course.review_cloze: must be true or false"),
    ("bad script", _edit("min_level = 4", 'min_level = 4\nscript = "latin"'), "course.script: 'latin' is not one of simplified, traditional, both"),
    ("bad tone palette", _edit("min_level = 4", 'min_level = 4\ntone_palette = "neon"'), "course.tone_palette: 'neon' is not one of standard, cvd"),
    ("invalid toml", GOOD + "this is = = not toml\n", "invalid TOML"),
    ("key with a newline", _edit('"区块链" =', '"区块\\n链" ='), "overrides.区块\\n链: not a Chinese word"),
]


@pytest.mark.parametrize("text, expected", [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_recipe(folder, text, expected):
    with pytest.raises(RecipeError) as info:
        load(folder, text)
    message = str(info.value)
    assert message.startswith(f"{folder / 'econ.toml'}: ")
    assert expected in message
    assert "\n" not in message


def test_missing_recipe(tmp_path):
    with pytest.raises(RecipeError, match="no such recipe"):
        load_recipe(tmp_path / "nope.toml")


def test_scaffold_is_valid_once_texts_exist(tmp_path):
    path = write_scaffold("my-course", tmp_path)
    assert path == tmp_path / "my-course.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count("#") > 20  # commented for a teacher
    data = tomllib.loads(text)
    assert data["course"]["id"] == "my-course"
    with pytest.raises(RecipeError, match=r"lesson\[1\].sources: 'texts/my-course/01-\*.txt' matches no file"):
        load_recipe(path)
    (tmp_path / "texts" / "my-course").mkdir(parents=True)
    (tmp_path / "texts" / "my-course" / "01-intro.txt").write_text("我们学习中文。", encoding="utf-8")
    recipe = load_recipe(path)
    assert recipe.lessons[0].name == "Lesson one" and recipe.audio is None
    with pytest.raises(RecipeError, match="already exists"):
        write_scaffold("my-course", tmp_path)


@pytest.mark.parametrize("name", ["My Course", "../escape", "", "a/b"])
def test_scaffold_rejects_bad_names(tmp_path, name):
    with pytest.raises(RecipeError):
        scaffold(name)


toml_values = st.recursive(
    st.one_of(st.booleans(), st.integers(-5, 20), st.floats(allow_nan=False), st.text(max_size=8),
              st.sampled_from(["3.0", "2.0", "cloze", "texts/a1.txt", "texts/*.txt", "学习", "x"])),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)
course_tables = st.fixed_dictionaries(
    {"id": st.sampled_from(["econ", "Bad Id", 3])},
    optional={k: toml_values for k in ("title", "standard", "min_level", "max_level", "cards", "limit", "known", "examples")},
)
lesson_tables = st.fixed_dictionaries(
    {"name": st.text(max_size=6) | toml_values}, optional={k: toml_values for k in ("sources", "include", "exclude", "limit")}
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(course=course_tables, lessons=st.lists(lesson_tables, max_size=3) | toml_values, overrides=toml_values)
def test_any_table_gives_a_recipe_or_a_recipe_error(folder, course, lessons, overrides):
    from flashcards.recipe import _Parser

    try:
        _Parser(folder / "econ.toml").recipe({"course": course, "lesson": lessons, "overrides": overrides})
    except RecipeError as e:
        assert "\n" not in str(e)
