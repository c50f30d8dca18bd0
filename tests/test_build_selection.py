"""``build`` with the selection options analyze shares: --known-level, --order coverage,
--examples N. Checked in a real Anki collection."""

import re

import pytest

from anki_helpers import import_package, new_collection, notes_by_field
from conftest import TEXTS
from flashcards.build import BuildOptions, build_deck
from flashcards.errors import OptionError
from flashcards.known import KnownWords
from flashcards.selection import SelectionOptions, select_words
from flashcards import lexicon

FIXED_TIME = 1_750_000_000.0
SAMPLE = TEXTS / "industrial_internet.txt"


def build(out, **kw):
    return build_deck(BuildOptions(inputs=(str(SAMPLE),), output=out, timestamp=FIXED_TIME, **kw))


def hsk_tags(col):
    return {t for nid in col.find_notes('"note:flashcards vocabulary"') for t in col.get_note(nid).tags
            if t.startswith("HSK3::")}


def test_known_level_excludes_the_levels_and_frees_the_examples(tmp_path):
    out = tmp_path / "k.apkg"
    report = build(out, known_level=3, cards=("recognition", "cloze"))
    col = new_collection(tmp_path)
    import_package(col, out)
    assert hsk_tags(col) and not hsk_tags(col) & {"HSK3::1", "HSK3::2", "HSK3::3"}
    assert report.words == len(col.find_notes('"note:flashcards vocabulary"'))
    col.close()


def test_known_level_and_list_together(tmp_path):
    known = tmp_path / "known.txt"
    known.write_text("区块链\n", encoding="utf-8")
    out = tmp_path / "kl.apkg"
    build(out, known_level=2, known_file=known, cards=("recognition",))
    col = new_collection(tmp_path)
    import_package(col, out)
    words = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert "区块链" not in words and "发展" in words  # 发展 is HSK 3
    assert not hsk_tags(col) & {"HSK3::1", "HSK3::2"}
    col.close()


@pytest.mark.parametrize("level, standard", [(7, "2.0"), (0, "3.0"), (10, "3.0")])
def test_known_level_range(tmp_path, level, standard):
    with pytest.raises(OptionError, match="known_level") as info:
        build(tmp_path / "x.apkg", known_level=level, standard=standard)
    assert info.value.option == "known_level"
    assert not (tmp_path / "x.apkg").exists()


def test_examples_make_extra_cloze_cards(tmp_path):
    out = tmp_path / "ex.apkg"
    report = build(out, examples=3, cards=("cloze",), known_level=2)
    col = new_collection(tmp_path)
    import_package(col, out)
    by_word: dict[str, list[str]] = {}
    for nid in col.find_notes('"note:flashcards cloze"'):
        note = col.get_note(nid)
        by_word.setdefault(note["Word"], []).append(re.sub(r"\{\{c1::(.+?)(::.*?)?\}\}", r"\1", note["Text"]))
    assert report.notes["cloze"] == sum(len(v) for v in by_word.values())
    assert report.notes["cloze"] > report.words  # some words have 2-3 example sentences
    assert max(len(v) for v in by_word.values()) == 3
    for word, texts in by_word.items():
        assert len(set(texts)) == len(texts)  # never the same sentence twice for one word
        assert all(word in t for t in texts)
    # 区块链 is in dozens of sentences: it gets exactly three.
    assert len(by_word["区块链"]) == 3
    col.close()


def test_examples_follow_the_i_plus_one_order(tmp_path):
    """The cloze sentences of a word are its best examples: finished sentences before the
    title (no 。 at its end), then fewest other unknown words first."""
    from flashcards.pipeline import read_inputs, tokenize_documents as analyse
    from flashcards.tokens import finished_flags

    tokenized = analyse(read_inputs([str(SAMPLE)]))
    finished = finished_flags(tokenized)
    assert 0 < sum(finished) < len(tokenized)  # the title has no end mark: both kinds are here
    known = KnownWords(level=3)
    picked = select_words(tokenized, SelectionOptions(known=known, examples=3), lambda w: lexicon.hsk_level(w, "3.0"))

    def key(i: int, word: str) -> tuple[bool, int]:
        return (not finished[i], len({t for t in tokenized[i].words if t not in known} - {word}))

    for word in picked:
        keys = [key(i, word.word) for i in word.examples]
        assert keys == sorted(keys)
        rest = [i for i in range(len(tokenized)) if word.word in tokenized[i].words and i not in word.examples]
        for i in rest:  # no sentence left out ranks before the chosen ones
            assert key(i, word.word) >= keys[-1]


def test_order_coverage_builds(tmp_path):
    out = tmp_path / "cov.apkg"
    report = build(out, order="coverage", limit=15, known_level=3, cards=("recognition",))
    assert report.words == 15
    col = new_collection(tmp_path)
    import_package(col, out)
    assert len(col.find_notes('"note:flashcards vocabulary"')) == 15
    col.close()
