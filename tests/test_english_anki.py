"""English fields through the real Anki backend: present, escaped, updated by a rebuild,
and an older deck (without the English fields) taking the new note types cleanly."""

import json
import sys
import time
from pathlib import Path

import pytest

from anki_helpers import import_package, new_collection, notes_by_field
from anki.import_export_pb2 import (
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS,
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)
from flashcards import notes, notetypes
from flashcards.build import BuildOptions, build_deck
from flashcards.translate import TranslateSettings

HERE = Path(__file__).parent
T0 = 1_750_000_000.0
# One sentence Tatoeba has (#1, written in traditional there), one hostile sentence it has not.
TEXT = '我们试试看！\n<b>银行</b>在哪里{{c1::钱}}[sound:x.mp3]&amp;？\n'
ENGLISH_FIELDS = {
    "flashcards vocabulary": ("ExampleEnglish", "DictExample", "DictExamplePinyin", "DictExampleEnglish"),
    "flashcards cloze": ("SentenceEnglish",),
    "flashcards sentence": ("SentenceEnglish",),
}


def source(tmp_path):
    path = tmp_path / "text.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def build(tmp_path, out, timestamp, translate=True, **kw):
    settings = None
    if translate:
        cmd = f"{sys.executable} {HERE / 'fake_translate_command.py'} {{text}}"
        settings = TranslateSettings(engine="command", command=cmd, cache_dir=tmp_path / "tr")
    return build_deck(BuildOptions(
        inputs=(str(source(tmp_path)),), output=out, timestamp=timestamp, audio=None, translate=settings,
        cards=("recognition", "cloze", "sentence"), **kw,
    ))


def test_english_fields_present_and_escaped(tmp_path, monkeypatch):
    log = tmp_path / "argv.log"
    monkeypatch.setenv("FAKE_TRANSLATE_LOG", str(log))
    out = tmp_path / "deck.apkg"
    build(tmp_path, out, T0)
    col = new_collection(tmp_path)
    import_package(col, out)
    for name, fields in ENGLISH_FIELDS.items():
        assert set(fields) <= set(col.models.field_names(col.models.by_name(name)))
    by_text = {col.get_note(n)["Text"]: col.get_note(n) for n in col.find_notes('"note:flashcards cloze"')}
    tatoeba_one = [n for t, n in by_text.items() if "试试看" in t]
    hostile = [n for t, n in by_text.items() if "哪里" in t]
    assert tatoeba_one and hostile
    # Tatoeba's human translation, named, and the engine was never asked for that sentence.
    assert all(n["SentenceEnglish"].startswith("Let&#x27;s try something.") for n in tatoeba_one)
    assert all("Tatoeba #1 ↔ #1276" in n["SentenceEnglish"] for n in tatoeba_one)
    asked = [json.loads(line)[-1] for line in log.read_text(encoding="utf-8").splitlines()]
    assert not [t for t in asked if "试试看" in t] and len(asked) == 1
    # The engine's English: escaped (no tag, no cloze, no sound), and named.
    for note in hostile:
        value = note["SentenceEnglish"]
        assert value.startswith("EN&#91;&lt;b&gt;银行&lt;/b&gt;")
        assert "<b>" not in value and "{{c1::" not in value and "[sound:" not in value
        assert value.endswith('<span class="fc-english-source">machine translation (command)</span>')
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    bank = vocab["银行"]
    assert bank["ExampleEnglish"].startswith("EN&#91;&lt;b&gt;")
    assert "Tatoeba #" in bank["DictExampleEnglish"] and '<span class="target">银行</span>' in bank["DictExample"]
    # A word whose own example is a Tatoeba sentence gets a *different* pair as its dictionary example.
    try_it = vocab["试试看"]
    assert "Tatoeba #1 ↔ #1276" in try_it["ExampleEnglish"]
    assert try_it["DictExampleEnglish"] == "" or "Tatoeba #1 ↔" not in try_it["DictExampleEnglish"]
    col.close()


def test_rebuild_with_translations_updates_never_duplicates(tmp_path):
    v1, v2 = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    build(tmp_path, v1, T0, translate=False)
    col = new_collection(tmp_path)
    import_package(col, v1)
    count = col.note_count()
    hostile = lambda: [col.get_note(n) for n in col.find_notes('"note:flashcards cloze" Text:*哪里*')]
    assert hostile() and all(n["SentenceEnglish"] == "" for n in hostile())
    build(tmp_path, v2, T0 + 100)
    log = import_package(col, v2)
    assert col.note_count() == count and len(log.new) == 0 and len(log.updated) > 0
    assert all(n["SentenceEnglish"].startswith("EN&#91;") for n in hostile())
    col.close()


def _import(col, package, update, merge=True):
    request = ImportAnkiPackageRequest(
        package_path=str(package),
        options=ImportAnkiPackageOptions(
            merge_notetypes=merge, update_notes=update,
            update_notetypes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER, with_scheduling=True,
        ),
    )
    log = col.import_anki_package(request).log
    col.models._clear_cache()  # the Python side caches note types; the import changed them
    return log


@pytest.fixture
def old_package(tmp_path, monkeypatch):
    """A package as the previous release built it: the same note types without English fields."""
    english = {f for fields in ENGLISH_FIELDS.values() for f in fields}
    with monkeypatch.context() as m:
        for module in (notes, notetypes):
            for name in ("VOCAB_FIELDS", "CLOZE_FIELDS", "SENTENCE_FIELDS"):
                m.setattr(module, name, tuple(f for f in getattr(notetypes, name) if f not in english))
        notetypes.note_types.cache_clear()
        out = tmp_path / "old.apkg"
        build(tmp_path, out, time.time() - 1000, translate=False)  # "yesterday's" build
    notetypes.note_types.cache_clear()
    return out


@pytest.mark.parametrize("update", ["if newer", "always"])
def test_old_deck_takes_the_new_fields(tmp_path, old_package, update):
    col = new_collection(tmp_path)
    _import(col, old_package, IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER)
    # The old deck was imported a while ago (times are whole seconds: without this, the
    # old import, the new build and its import would share one second).
    now = int(time.time())
    col.db.execute("update notetypes set mtime_secs = ?", now - 500)
    col.db.execute("update notes set mod = ?", now - 500)
    count = col.note_count()
    assert "DictExampleEnglish" not in col.models.field_names(col.models.by_name("flashcards vocabulary"))
    new = tmp_path / "new.apkg"
    # Built after that import and before this one: what a learner does.
    build(tmp_path, new, now - 100)
    condition = IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS if update == "always" else IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
    log = _import(col, new, condition)
    assert col.note_count() == count and len(log.new) == 0 and not log.conflicting
    assert [m["name"] for m in col.models.all() if m["name"].endswith("+")] == []  # no copies
    bank = lambda: notes_by_field(col, "flashcards vocabulary", "Simplified")["银行"]
    if update == "if newer":
        # Anki stamps the notes it merged with the import time: this package is older, so
        # the new fields are there but empty; the next build imported fills them.
        assert bank()["DictExampleEnglish"] == ""
        later = tmp_path / "later.apkg"
        build(tmp_path, later, now + 100)
        log = _import(col, later, condition)
        assert col.note_count() == count and len(log.new) == 0
    assert "Tatoeba #" in bank()["DictExampleEnglish"]
    col.close()


def test_engine_is_asked_in_simplified_and_answers_the_original(tmp_path, monkeypatch):
    from flashcards.build import BuildOptions, plan_deck
    from flashcards.notetypes import CLOZE_FIELDS

    log = tmp_path / "argv.log"
    monkeypatch.setenv("FAKE_TRANSLATE_LOG", str(log))
    path = tmp_path / "trad.txt"
    path.write_text("他每天都在銀行工作。\n", encoding="utf-8")
    cmd = f"{sys.executable} {HERE / 'fake_translate_command.py'} {{text}}"
    plan = plan_deck(BuildOptions(
        inputs=(str(path),), output=tmp_path / "x.apkg", audio=None, cards=("cloze",),
        translate=TranslateSettings(engine="command", command=cmd, cache_dir=tmp_path / "tr"),
    ))
    asked = [json.loads(line)[-1] for line in log.read_text(encoding="utf-8").splitlines()]
    assert asked == ["他每天都在银行工作。"]
    english = {n.fields[CLOZE_FIELDS.index("SentenceEnglish")] for n in plan.notes}
    assert english == {'EN&#91;他每天都在银行工作。&#93; <span class="fc-english-source">machine translation (command)</span>'}
    assert all("銀行" in n.fields[0] for n in plan.notes)  # the card still shows the text's script


def test_no_tatoeba_leaves_the_dictionary_example_out(tmp_path):
    from flashcards.build import BuildOptions, plan_deck
    from flashcards.notetypes import VOCAB_FIELDS

    def dict_examples(**kw):
        plan = plan_deck(BuildOptions(inputs=(str(source(tmp_path)),), output=tmp_path / "x.apkg", audio=None, **kw))
        return [n.fields[VOCAB_FIELDS.index("DictExampleEnglish")] for n in plan.notes if n.kind == "vocab"]

    assert any("Tatoeba #" in v for v in dict_examples())
    assert set(dict_examples(tatoeba_examples=False)) == {""}


def test_old_deck_without_merging_note_types_is_left_alone(tmp_path, old_package):
    """Anki's import without "Merge note types": copies of the note types, every existing
    note skipped as conflicting; nothing duplicated, nothing lost (why the README says tick it)."""
    col = new_collection(tmp_path)
    _import(col, old_package, IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER)
    count = col.note_count()
    new = tmp_path / "new.apkg"
    build(tmp_path, new, time.time() + 100)
    log = _import(col, new, IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS, merge=False)
    assert col.note_count() == count and len(log.new) == 0 and len(log.conflicting) == count
    assert sorted(m["name"] for m in col.models.all() if m["name"].startswith("flashcards") and m["name"].endswith("+")) == [
        "flashcards cloze+", "flashcards sentence+", "flashcards vocabulary+",
    ]
    col.close()
