"""Known words from lists, an HSK level, or both: one definition for build and analyze."""

import pytest

from flashcards.errors import InputError, OptionError
from flashcards.known import KnownWords, resolve_known


@pytest.mark.parametrize(
    "word, level, standard, known",
    [
        ("我", 1, "3.0", True),
        ("咖啡", 2, "3.0", False),   # HSK 3.0: level 3
        ("咖啡", 2, "2.0", True),    # HSK 2.0: level 2
        ("咖啡", 3, "3.0", True),
        ("衍生", 6, "3.0", False),   # in the 7-9 band
        ("衍生", 7, "3.0", True),
        ("區塊鏈", 7, "3.0", False),  # outside HSK: never known by level
        ("区块链", 7, "3.0", False),
        ("學習", 1, "3.0", True),    # traditional form of the level-1 学习
        ("經濟", 2, "3.0", False),   # 经济 is level 3
        ("", 7, "3.0", False),
    ],
)
def test_known_by_level(word, level, standard, known):
    assert (word in KnownWords(level=level, standard=standard)) is known


def test_list_and_level_combine(tmp_path):
    path = tmp_path / "known.txt"
    path.write_text("区块链\t# blockchain\n# a comment\n\n發展\n", encoding="utf-8")
    known = resolve_known([path], level=1, standard="3.0")
    assert "区块链" in known and "发展" in known and "發展" in known  # both scripts
    assert "我" in known  # from the level
    assert "经济" not in known
    assert known.describe() == f"HSK ≤ 1 + {len(known.words)} listed words"
    assert not KnownWords() and "我" not in KnownWords()


def test_gb18030_list(tmp_path):
    path = tmp_path / "known.txt"
    path.write_bytes("经济\n哲学\n".encode("gb18030"))
    assert {"经济", "哲学"} <= resolve_known([path]).words


@pytest.mark.parametrize(
    "level, standard, ok",
    [(1, "3.0", True), (9, "3.0", True), (9, "2025", True), (6, "2.0", True), (7, "2.0", False),
     (0, "3.0", False), (10, "3.0", False)],
)
def test_level_range(level, standard, ok):
    if ok:
        assert resolve_known(level=level, standard=standard).level == min(level, 7)
    else:
        with pytest.raises(OptionError, match="known_level") as info:
            resolve_known(level=level, standard=standard)
        assert info.value.option == "known_level"


def test_missing_list_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        resolve_known([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="directory"):
        resolve_known([tmp_path])


def test_field_needs_an_export():
    with pytest.raises(OptionError, match="known_field: only with known_from") as info:
        resolve_known(field="Hanzi")
    assert info.value.option == "known_field"


def test_export_words_are_known(tmp_path):
    """--known-from: the words of the learner's own Anki package, with a level on top."""
    import genanki

    model = genanki.Model(1607392319, "m", fields=[{"name": "Hanzi"}, {"name": "Meaning"}],
                          templates=[{"name": "c", "qfmt": "{{Hanzi}}", "afmt": "{{Meaning}}"}])
    deck = genanki.Deck(2059400110, "mine")
    for word in ("区块链", "數字貨幣"):
        deck.add_note(genanki.Note(model=model, fields=[word, "x"]))
    export = tmp_path / "mine.apkg"
    genanki.Package(deck).write_to_file(str(export))
    known = resolve_known(export=export, level=2)
    assert "区块链" in known and "数字货币" in known and "我" in known
    assert "经济" not in known
