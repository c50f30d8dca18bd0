"""The note types: their contract (IDs, fields, card switches) and the tone-colour setting,
including what switching it does to a learner's collection."""

import time

from anki_helpers import import_package, new_collection
from card_samples import pipeline_notes, plain_note
from flashcards.notetypes import CLOZE_FIELDS, SCRIPT_MARKER, note_types
from flashcards.package import write_package

T0 = 1_750_000_000.0


def test_our_templates_inline_the_script():
    for nt in note_types().values():
        for t in nt.templates:
            for side in (t.front, t.back):
                assert SCRIPT_MARKER not in side
                if "data-fc-key" in side or "data-fc-simplified" in side:
                    assert side.count("<script>") == 1 and "{{" not in side.split("<script>")[1]


def test_vocab_fronts_keep_their_switches():
    vocab = note_types()["vocab"]
    for template, switch in zip(vocab.templates, ("MakeRecognition", "MakeProduction", "MakeListening")):
        front = template.front.strip()
        assert front.startswith("{{#" + switch + "}}") and front.endswith("{{/" + switch + "}}")


def test_field_lists_are_the_contract():
    types = note_types()
    assert types["cloze"].fields == CLOZE_FIELDS == (
        "Text", "SentencePinyin", "Word", "WordPinyin", "Meaning", "HSK", "Source", "SentenceAudio", "WordAudio",
        "SentenceEnglish",  # issue 14: added last; tests/test_english_anki.py imports it over an old deck
    )
    assert [nt.id for nt in types.values()] == [1_736_540_011_001, 1_736_540_011_002, 1_736_540_011_003]
    assert note_types(False)["vocab"].fields == types["vocab"].fields
    assert note_types(False)["vocab"].id == types["vocab"].id


def test_tone_colours_are_css_only():
    on, off = note_types(True), note_types(False)
    for kind in on:
        assert on[kind].templates == off[kind].templates
        assert ".tone1" in on[kind].css and ".tone1" not in off[kind].css


def _css(col, name):
    """The note type's CSS as the backend has it (col.models caches dicts across imports)."""
    card = col.get_card(col.find_cards(f'"note:{name}"')[0])
    return card.render_output(reload=True).css


def test_switching_tone_colours_changes_the_note_type_not_the_notes(tmp_path):
    """Anki keeps one copy of a note type: the last (newer) import decides, for every deck."""
    notes = pipeline_notes(words=2) + [plain_note()]
    col = new_collection(tmp_path)
    write_package(notes, tmp_path / "on.apkg", timestamp=T0)
    import_package(col, tmp_path / "on.apkg")
    fields = {nid: col.get_note(nid).fields for nid in col.find_notes("")}
    cards = sorted(col.find_cards(""))
    assert ".tone1" in _css(col, "flashcards vocabulary")

    write_package(notes, tmp_path / "off.apkg", timestamp=T0 + 100, tone_colors=False)
    log = import_package(col, tmp_path / "off.apkg")
    assert len(log.new) == 0
    for name in ("flashcards vocabulary", "flashcards cloze", "flashcards sentence"):
        assert ".tone1" not in _css(col, name)
    assert {nid: col.get_note(nid).fields for nid in col.find_notes("")} == fields
    assert sorted(col.find_cards("")) == cards
    assert '<span class="tone3">你</span>' in col.get_card(cards[-1]).answer()  # the spans stay, uncoloured

    # Anki stamps a note type it updated with the import time: only a later build wins again.
    write_package(notes, tmp_path / "stale.apkg", timestamp=T0 + 200)
    import_package(col, tmp_path / "stale.apkg")
    assert ".tone1" not in _css(col, "flashcards vocabulary")
    write_package(notes, tmp_path / "on-again.apkg", timestamp=time.time() + 1000)
    import_package(col, tmp_path / "on-again.apkg")
    assert ".tone1" in _css(col, "flashcards vocabulary")
    col.close()
