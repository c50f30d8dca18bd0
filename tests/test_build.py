"""Build real packages and import them into a real Anki collection."""

import re
from pathlib import Path

import pytest

from anki_helpers import import_package, new_collection, notes_by_field
from flashcards.build import BuildOptions, build_deck

FIXED_TIME = 1_750_000_000.0


def build(inputs, out: Path, **kw):
    return build_deck(BuildOptions(inputs=tuple(str(i) for i in inputs), output=out, timestamp=kw.pop("timestamp", FIXED_TIME), **kw))


@pytest.fixture(scope="module")
def sample_deck(tmp_path_factory):
    from conftest import TEXTS

    out = tmp_path_factory.mktemp("deck") / "sample.apkg"
    report = build([TEXTS / "industrial_internet.txt"], out)
    return out, report


@pytest.fixture
def imported(sample_deck, tmp_path):
    out, report = sample_deck
    col = new_collection(tmp_path)
    log = import_package(col, out)
    yield col, report, log
    col.close()


def test_counts_in_real_anki(imported):
    col, report, log = imported
    vocab = col.find_notes('"note:flashcards vocabulary"')
    cloze = col.find_notes('"note:flashcards cloze"')
    assert len(vocab) == report.words == report.notes["vocab"]
    assert len(cloze) == report.notes["cloze"] == report.words  # one example each by default
    assert len(log.new) == len(vocab) + len(cloze)
    # no audio: recognition + production per vocabulary note, one cloze card per cloze note
    assert len(col.find_cards('"note:flashcards vocabulary"')) == 2 * len(vocab)
    assert len(col.find_cards('"note:flashcards cloze"')) == len(cloze)
    assert col.decks.by_name("industrial_internet") is not None


@pytest.mark.parametrize(
    "word, pinyin, meaning_part, tag",
    [
        ("区块链", "qūkuàiliàn", "blockchain", "HSK3::outside"),
        ("行业", "hángyè", "industry", "HSK3::4"),
        ("发展", "fāzhǎn", "develop", "HSK3::3"),
        ("数字货币", "shùzì huòbì", "currency", "HSK3::outside"),
    ],
)
def test_vocabulary_fields(imported, word, pinyin, meaning_part, tag):
    col, _, _ = imported
    note = notes_by_field(col, "flashcards vocabulary", "Simplified")[word]
    assert note["PinyinPlain"].replace(" ", "") == pinyin.replace(" ", "")
    assert meaning_part in note["Meaning"].lower()
    assert f'<span class="target">{word}</span>' in note["Example"]
    assert note["Source"] == "industrial_internet.txt"
    assert tag in note.tags
    assert "source::industrial_internet" in note.tags


def test_cloze_hides_the_word_in_a_sentence_from_the_text(imported):
    col, _, _ = imported
    from conftest import TEXTS

    text = (TEXTS / "industrial_internet.txt").read_text(encoding="utf-8")
    for nid in col.find_notes('"note:flashcards cloze"')[:50]:
        note = col.get_note(nid)
        match = re.search(r"\{\{c1::(.+?)(::.*?)?\}\}", note["Text"])
        assert match and match.group(1) == note["Word"]
        sentence = re.sub(r"\{\{c1::(.+?)(::.*?)?\}\}", r"\1", note["Text"])
        # a long sentence's clause markup (fronts show the clause, backs the whole sentence)
        sentence = re.sub(r'<span class="fc-clause-cut">…</span>|<[^>]+>', "", sentence)
        assert sentence in text.replace("\n", "")
        card = note.cards()[0]
        assert "[...]" in card.question() or "[" in card.question()
        assert note["Word"] in card.answer()


def test_importing_twice_adds_nothing(sample_deck, tmp_path):
    out, _ = sample_deck
    col = new_collection(tmp_path)
    import_package(col, out)
    before = col.note_count(), col.card_count()
    log = import_package(col, out)
    assert (col.note_count(), col.card_count()) == before
    assert len(log.new) == 0 and len(log.updated) == 0
    col.close()


def test_rebuild_is_identical_in_identity(sample_deck, tmp_path):
    from conftest import TEXTS

    out, _ = sample_deck
    again = tmp_path / "again.apkg"
    build([TEXTS / "industrial_internet.txt"], again, timestamp=FIXED_TIME + 10)
    col1, col2 = new_collection(tmp_path, "a.anki2"), new_collection(tmp_path, "b.anki2")
    import_package(col1, out)
    import_package(col2, again)
    guids = lambda col: sorted(col.get_note(n).guid for n in col.find_notes(""))
    assert guids(col1) == guids(col2)
    col1.close(), col2.close()


def test_changed_gloss_updates_not_duplicates(sample_deck, tmp_path, monkeypatch):
    """A later build where the dictionary says something new updates the note in place."""
    from conftest import TEXTS
    from flashcards import lexicon, notes

    out, _ = sample_deck
    col = new_collection(tmp_path)
    import_package(col, out)
    count = col.note_count()

    real_lookup = lexicon.lookup

    def patched(word, hint=None):
        info = real_lookup(word, hint)
        if word == "区块链":
            return type(info)(**{**info.__dict__, "senses": ("a chain of blocks (revised)",)})
        return info

    monkeypatch.setattr(notes.lexicon, "lookup", patched)
    v2 = tmp_path / "v2.apkg"
    build([TEXTS / "industrial_internet.txt"], v2, timestamp=FIXED_TIME + 100)
    log = import_package(col, v2)
    assert col.note_count() == count
    assert len(log.new) == 0
    note = notes_by_field(col, "flashcards vocabulary", "Simplified")["区块链"]
    assert note["Meaning"] == "a chain of blocks (revised)"
    col.close()


def test_hostile_text_is_escaped_in_anki(tmp_path):
    source = tmp_path / "evil.txt"
    source.write_text('<script>alert("x")</script>我们学习{{c2::中文}}[sound:evil.mp3]。', encoding="utf-8")
    out = tmp_path / "evil.apkg"
    build([source], out)
    col = new_collection(tmp_path)
    import_package(col, out)
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        for value in note.fields:
            assert "<script" not in value
            assert "{{c2::" not in value
            assert "[sound:" not in value
    # the cloze note still has exactly one card: the user's {{c2::}} did not become a cloze
    for nid in col.find_notes('"note:flashcards cloze"'):
        assert len(col.get_note(nid).cards()) == 1
    col.close()


def test_options_filter_and_order(tmp_path):
    from conftest import TEXTS

    out = tmp_path / "few.apkg"
    report = build([TEXTS / "industrial_internet.txt"], out, max_level=3, limit=5, cards=("recognition",))
    assert report.words == 5 and report.notes == {"vocab": 5}
    col = new_collection(tmp_path)
    import_package(col, out)
    assert col.card_count() == 5
    for nid in col.find_notes(""):
        tags = col.get_note(nid).tags
        level = [t for t in tags if t.startswith("HSK3::")][0].split("::")[1]
        assert level in {"1", "2", "3"}
    col.close()


def test_known_words_excluded(tmp_path):
    from conftest import TEXTS

    known = tmp_path / "known.txt"
    known.write_text("区块链\n# a comment\n發展\n", encoding="utf-8")
    out = tmp_path / "k.apkg"
    build([TEXTS / "industrial_internet.txt"], out, known_file=known)
    col = new_collection(tmp_path)
    import_package(col, out)
    words = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert "区块链" not in words
    assert "发展" not in words  # the traditional form in the list excludes the simplified word
    assert "行业" in words
    col.close()


def test_failed_build_keeps_previous_package(tmp_path):
    from flashcards.errors import InputError

    out = tmp_path / "deck.apkg"
    out.write_bytes(b"previous package")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError):
        build([empty], out)
    assert out.read_bytes() == b"previous package"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
