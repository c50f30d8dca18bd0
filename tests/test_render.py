"""Our template renderer against the real Anki: same cards, same HTML, same audio."""

import pytest

from card_samples import anki_cards, pipeline_notes, plain_note, stress_notes
from flashcards.notetypes import NoteType, Template, note_types
from flashcards.render import TemplateError, is_empty, render_note


@pytest.fixture(scope="module")
def notes():
    return pipeline_notes(words=3) + stress_notes() + [plain_note()]


@pytest.fixture(scope="module")
def from_anki(notes, tmp_path_factory):
    return anki_cards(notes, tmp_path_factory.mktemp("anki"))


def test_same_cards_and_html_as_anki(notes, from_anki):
    types = note_types()
    ours = {
        (note.guid, card.ordinal): card for note in notes for card in render_note(types[note.kind], note.fields)
    }
    theirs = {(c.guid, c.card.ordinal): c.card for c in from_anki}
    assert sorted(ours) == sorted(theirs)  # the same cards exist: switches and audio gate alike
    for key, anki in theirs.items():
        assert ours[key] == anki, key


def test_css_is_the_note_types(from_anki):
    for card in from_anki:
        assert card.css == note_types()[card.kind].css


def test_card_gating(from_anki, notes):
    """No audio, no listening card; every switch on, every other card."""
    by_guid: dict[str, set[str]] = {}
    for c in from_anki:
        by_guid.setdefault(c.guid, set()).add(c.card.template)
    assert by_guid[plain_note().guid] == {"Recognition", "Production"}
    assert by_guid[stress_notes()[0].guid] == {"Recognition", "Production", "Listening"}


def _note_type(front: str, back: str = "{{FrontSide}}", cloze: bool = False, fields=("A", "B")) -> NoteType:
    return NoteType("t", 1, "t", tuple(fields), (Template("T", front, back),), "", is_cloze=cloze)


@pytest.mark.parametrize(
    "value, empty",
    # checked against Anki 26.9.3's {{#Field}}
    [("", True), (" ", True), ("<br>", True), ("<br />", True), ("<div></div>", True), ("\n<BR >", True),
     ("<div><br></div>", True), ("x", False), ("&nbsp;", False), ("<span></span>", False), ("\u200b", False)],
)
def test_empty_field_rule(value, empty):
    assert is_empty(value) is empty


@pytest.mark.parametrize(
    "front, values, question",
    [
        ("{{A}}", ("x", ""), "x"),
        ("{{#A}}[{{A}}]{{/A}}", ("x", ""), "[x]"),
        ("{{^B}}no B{{/B}}{{A}}", ("x", ""), "no Bx"),
        ("{{#B}}{{A}}{{/B}}{{A}}", ("x", "<br>"), "x"),
        ("{{ A }}", ("<b>x</b>", ""), "<b>x</b>"),  # fields are HTML already: never escaped
        ("{{A}} [sound:a.mp3]", ("x [sound:b.mp3]", ""), "x [anki:play:q:0] [anki:play:q:1]"),
    ],
)
def test_fields_sections_and_sounds(front, values, question):
    (card,) = render_note(_note_type(front), values)
    assert card.question == question


def test_front_side_and_answer_sounds():
    (card,) = render_note(_note_type("{{A}}", "{{FrontSide}}<hr>{{B}}"), ("[sound:q.mp3]", "[sound:a.mp3]"))
    assert card.answer == "[anki:play:q:0]<hr>[anki:play:a:0]"
    assert card.question_audio == ("q.mp3",) and card.answer_audio == ("a.mp3",)


def test_a_card_needs_a_non_empty_field_on_its_front():
    nt = _note_type("{{#A}}fixed text{{/A}}")
    assert render_note(nt, ("x", "")) == []  # a true section alone makes no card, as in Anki
    assert len(render_note(_note_type("{{#A}}{{B}}{{/A}}"), ("x", "y"))) == 1
    assert render_note(_note_type("{{#A}}{{B}}{{/A}}"), ("", "y")) == []


@pytest.mark.parametrize(
    "text, cards, question, answer",
    [
        ("a {{c1::学习::to study}} b", [0], 'a <span class="cloze" data-cloze="学习" data-ordinal="1">[to study]</span> b',
         'a <span class="cloze" data-ordinal="1">学习</span> b'),
        ("{{c1::x y}}", [0], '<span class="cloze" data-cloze="x&#x20;y" data-ordinal="1">[...]</span>',
         '<span class="cloze" data-ordinal="1">x y</span>'),
        ("{{c2::a}} {{c1::b}}", [0, 1],
         '<span class="cloze-inactive" data-ordinal="2">a</span> <span class="cloze" data-cloze="b" data-ordinal="1">[...]</span>',
         '<span class="cloze-inactive" data-ordinal="2">a</span> <span class="cloze" data-ordinal="1">b</span>'),
    ],
)
def test_cloze(text, cards, question, answer):
    nt = _note_type("{{cloze:A}}", "{{cloze:A}}", cloze=True)
    rendered = render_note(nt, (text, ""))
    assert [c.ordinal for c in rendered] == cards
    assert rendered[0].question == question and rendered[0].answer == answer


@pytest.mark.parametrize(
    "front, problem",
    [("{{Nope}}", "no field"), ("{{furigana:A}}", "filter"), ("{{#A}}x", "never closed"), ("{{#A}}x{{/B}}", "unexpected")],
)
def test_unsupported_templates_fail_loudly(front, problem):
    with pytest.raises(TemplateError, match=problem):
        render_note(_note_type(front), ("x", "y"))
