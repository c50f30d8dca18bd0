"""A production card asks for the word: nothing a learner can *see* on its front may spell it.

Every production card of a real deck (the sample text, every word, no level filter) is
rendered with the note type's own templates and CSS and laid out by headless Chromium; the
text that is laid out, not hidden and not transparent is what counts (the gapped example
keeps the word's box, in transparent ink, so its length shows but not its characters).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import chromium
from chromium import Page
from flashcards.build import BuildOptions, plan_deck
from flashcards.notetypes import VOCAB_FIELDS, note_types
from flashcards.preview import card_document
from flashcards.render import render_note

TEXT = Path(__file__).resolve().parents[1] / "decks" / "texts" / "industrial_internet.txt"


def _production_pages(script: str | None = None) -> list[tuple[dict[str, str], Page]]:
    notes = plan_deck(BuildOptions(inputs=(str(TEXT),), output=Path("unused.apkg"), cards=("production",), script=script)).notes
    nt = note_types()["vocab"]
    pages = []
    for i, note in enumerate(notes):
        cards = [c for c in render_note(nt, note.fields) if c.template == "Production"]
        assert len(cards) == 1
        fields = dict(zip(VOCAB_FIELDS, note.fields))
        pages.append((fields, Page(f"p{i}", card_document(cards[0], nt.css, "question"), 360, 900)))
    return pages


@pytest.mark.slow
@pytest.mark.parametrize("script", [None, "traditional"])
def test_no_production_front_shows_its_answer(tmp_path, script):
    chromium.require()
    pages = _production_pages(script)
    assert len(pages) > 200  # the whole deck, not a sample
    # The fronts are laid out stacked in one document (a browser then does one layout, not
    # hundreds); a sample laid out one page per card must see exactly the same.
    seen = chromium.visible_texts([chromium.stacked([p for _, p in pages])], tmp_path)
    sample = [p for _, p in pages[:: len(pages) // 12]]
    assert chromium.visible_texts(sample, tmp_path) == {p.name: seen[p.name] for p in sample}
    leaks = []
    for fields, page in pages:
        text = seen[page.name]
        assert not text.startswith("ERROR"), text
        assert "Say it" in text  # the probe saw the card at all
        forms = {fields["Simplified"], fields["Traditional"]} - {""}
        if any(form in text for form in forms):
            leaks.append((fields["Simplified"], text[:120]))
    assert not leaks, leaks[:10]


def test_the_probe_sees_a_leak_and_ignores_the_gap(tmp_path):
    # the same check must fail on a front that shows the word: in the meaning, not in the gap
    chromium.require()
    nt = note_types()["vocab"]
    values = dict.fromkeys(VOCAB_FIELDS, "")
    values.update(Simplified="银行", MakeProduction="y", Meaning="bank (cf. 银行卡)",
                  Example='我去<span class="target">银行</span>。')
    (card,) = [c for c in render_note(nt, [values[f] for f in VOCAB_FIELDS]) if c.template == "Production"]
    leaky = Page("leaky", card_document(card, nt.css, "question"), 360, 600)
    values["Meaning"] = "bank"
    (card,) = [c for c in render_note(nt, [values[f] for f in VOCAB_FIELDS]) if c.template == "Production"]
    clean = Page("clean", card_document(card, nt.css, "question"), 360, 600)
    seen = chromium.visible_texts([leaky, clean], tmp_path)
    assert "银行" in seen["leaky"]
    assert "银行" not in seen["clean"] and "我去" in seen["clean"]


def test_a_word_inside_another_is_blanked_on_the_front_and_plain_elsewhere(tmp_path):
    # 远 inside 永远 is no occurrence of 远 "far" for the eye, but it would spell the answer
    from flashcards.notes import highlighted

    example = highlighted(("走", "远", "，", "永远"), "远")
    assert example == '走<span class="target">远</span>，永<span class="target fc-inside">远</span>'
    # and across two tokens a wrong cut made (洗护套 + 装修护 of 洗护套装修护: 套装), round 10
    across = highlighted(("洗护", "套", "装修", "护", "套装"), "套装")
    assert across == ('洗护<span class="target fc-inside">套</span><span class="target fc-inside">装</span>修护'
                      '<span class="target">套装</span>')
    chromium.require()
    nt = note_types()["vocab"]
    values = dict.fromkeys(VOCAB_FIELDS, "")
    values.update(Simplified="远", HanziColored="远", MakeProduction="y", MakeRecognition="y", Meaning="far", Example=example)
    pages = []
    for template, side in (("Production", "question"), ("Recognition", "answer")):
        (card,) = [c for c in render_note(nt, [values[f] for f in VOCAB_FIELDS]) if c.template == template]
        pages.append(Page(template, card_document(card, nt.css, side), 360, 600))
    seen = chromium.visible_texts(pages, tmp_path)
    assert "远" not in seen["Production"] and "永" in seen["Production"]
    assert "永远" in "".join(seen["Recognition"].split())  # the probe joins text nodes with spaces


def test_a_cloze_gaps_the_word_wherever_the_sentence_spells_it():
    # round 10: a wrong cut (洗护套 + 装修护) spelt 套装 across two tokens, and the cloze front
    # showed the answer beside its gap; those characters are gapped too, without the hint
    from flashcards.notes import cloze_text

    assert cloze_text(("洗护", "套", "装修", "护", "套装"), "套装", "set") == "洗护{{c1::套}}{{c1::装}}修护{{c1::套装::set}}"
    assert cloze_text(("我", "永远", "爱", "你"), "爱", "to love") == "我永远{{c1::爱::to love}}你"
