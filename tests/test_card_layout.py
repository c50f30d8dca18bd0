"""Cards as a learner sees them: rendered by the real Anki, laid out by headless Chromium at
desktop (1280 px) and phone (360 px) widths, in day and night mode."""

import html
import re
import unicodedata

import pytest

import chromium
from card_samples import anki_cards, pipeline_notes, plain_note, stress_notes
from chromium import Page, contrast, luminance, rgb
from flashcards.preview import card_document

WIDTHS = (1280, 360)
MODES = ("day", "night")


def _pages(cards, prefix=""):
    pages = {}
    for i, c in enumerate(cards):
        for side in ("question", "answer"):
            for width in WIDTHS:
                for mode in MODES:
                    name = f"{prefix}{i}:{side}:{width}:{mode}"
                    doc = card_document(c.card, c.css, side, night=mode == "night")
                    pages[name] = (c, side, width, mode, Page(name, doc, width))
    return pages


@pytest.fixture(scope="module")
def layout(tmp_path_factory):
    """Every card of the sample notes, both sides, both widths, both modes: one Chromium run."""
    chromium.require()
    tmp = tmp_path_factory.mktemp("layout")
    cards = anki_cards(pipeline_notes(words=2) + stress_notes() + [plain_note()], tmp / "marks")
    numbered = [c for c in anki_cards(pipeline_notes(words=2, pinyin_style="numbers"), tmp / "numbers") if c.kind == "cloze"]
    plain = anki_cards([plain_note(), *pipeline_notes(words=1)[:1]], tmp / "off", tone_colors=False)
    pages = {**_pages(cards), **_pages(numbered, "num"), **_pages(plain, "off")}
    results = chromium.measure([p[-1] for p in pages.values()], tmp)
    return [(c, side, width, mode, results[name]) for name, (c, side, width, mode, _) in pages.items()]


def _select(layout, kind=None, template=None, side=None, width=None, mode=None, tones=True):
    out = []
    for c, s, w, m, r in layout:
        if "error" in r:
            raise AssertionError(r["error"])
        if (kind is None or c.kind == kind) and (template is None or c.card.template == template) \
                and (side is None or s == side) and (width is None or w == width) and (mode is None or m == mode) \
                and (".tone1" in c.css) == tones:
            out.append((c, r))
    assert out, "no page matches"
    return out


def _elements(result, cls):
    return [e for e in result["elements"] if cls in e["cls"].split()]


def _visible(e):
    return e["display"] != "none" and e["visibility"] == "visible" and e["width"] > 0


def test_nothing_overflows_at_any_width(layout):
    for c, side, width, mode, r in layout:
        label = f"{c.kind}/{c.card.template} {side} {width}px {mode}"
        assert r["scrollWidth"] <= r["clientWidth"], f"{label}: scrolls sideways"
        assert r["overflow"] == [], f"{label}: {r['overflow'][:3]}"


def test_phone_width_is_really_a_phone(layout):
    for _, r in _select(layout, width=360):
        assert r["clientWidth"] == 360


@pytest.mark.parametrize("width, at_least", [(1280, 72), (360, 56)])
def test_headword_is_large_in_a_cjk_font(layout, width, at_least):
    for c, r in _select(layout, kind="vocab", template="Recognition", side="question", width=width):
        (hanzi,) = _elements(r, "fc-hanzi")
        assert hanzi["fontSize"] >= at_least
        assert hanzi["fontFamily"].startswith('"PingFang SC"')
        assert hanzi["text"] == c.fields["Simplified"]
        assert not re.search(r"tone\d", r["html"])  # the question does not give the tones away


def _tone_class(e):
    match = re.fullmatch(r"tone([1-5])", e["cls"])
    return int(match.group(1)) if match else None


@pytest.mark.parametrize("mode", MODES)
def test_tones_in_their_colours(layout, mode):
    """Hanzi and pinyin in tone colours: 1 red, 2 orange, 3 green, 4 blue, neutral grey."""
    seen: dict[int, set] = {}
    for c, r in _select(layout, kind="vocab", side="answer", mode=mode):
        for e in r["elements"]:
            tone = _tone_class(e)
            if tone is None:
                continue
            red, green, blue = rgb(e["color"])
            hue_ok = {
                1: red > green + 60 and red > blue + 60,
                2: red > green > blue + 40,
                3: green > red + 40 and green > blue + 40,
                4: blue > red + 60 and blue > green + 30,
                5: max(red, green, blue) - min(red, green, blue) < 12,
            }[tone]
            assert hue_ok, (tone, e["color"], mode)
            assert contrast(e["color"], r["background"]) >= 3.0, (tone, e["color"], r["background"])
            seen.setdefault(tone, set()).add(e["color"])
    assert sorted(seen) == [1, 2, 3, 4, 5]
    assert all(len(colours) == 1 for colours in seen.values())  # one colour per tone, hanzi and pinyin alike


def test_tone_colours_off(layout):
    spans = 0
    for c, r in _select(layout, kind="vocab", side="answer", tones=False):
        for e in r["elements"]:
            if _tone_class(e):
                assert e["color"] == e["parentColor"]
                spans += 1
    assert spans >= 4


def test_night_mode_is_dark_and_readable(layout):
    for c, r in _select(layout, mode="night"):
        assert "nightMode" in r["bodyClass"]
        assert luminance(r["background"]) < 0.03
        assert luminance(r["color"]) > 0.6
        assert contrast(r["color"], r["background"]) >= 10


def test_day_mode_is_light(layout):
    for c, r in _select(layout, mode="day"):
        assert luminance(r["background"]) > 0.85
        assert contrast(r["color"], r["background"]) >= 10


@pytest.mark.parametrize("mode", MODES)
def test_all_visible_text_is_readable(layout, mode):
    """Muted text, badges, labels, highlights: at least 4.5:1 (3:1 for tone colours)."""
    for c, r in _select(layout, mode=mode):
        for e in r["elements"]:
            if not (e["text"] and _visible(e)) or rgb(e["color"]) and e["color"].endswith(", 0)"):
                continue  # empty, hidden, or deliberately transparent (the production gap)
            own = e["background"]
            background = r["background"] if own.endswith(", 0)") or own == "transparent" else own
            needed = 3.0 if _tone_class(e) else 4.5
            assert contrast(e["color"], background) >= needed, (c.kind, e["cls"], e["color"], background, mode)


def test_example_highlights_the_word(layout):
    for c, r in _select(layout, kind="vocab", side="answer"):
        if not c.fields["Example"]:
            continue
        (panel,) = _elements(r, "fc-example")
        target = [e for e in _elements(r, "target") if "fc-sentence" in e["path"].split()][0]
        assert target["text"] == c.fields["Simplified"]
        assert int(target["fontWeight"]) >= 600
        assert target["background"] != panel["background"] and not target["background"].endswith(", 0)")


def test_production_front_blanks_the_word(layout):
    for c, r in _select(layout, kind="vocab", template="Production", side="question"):
        for t in _elements(r, "target"):
            assert t["color"].endswith(", 0)")  # transparent: a box where the word was


def test_meaning_and_measure_words_are_separate_lines(layout):
    stress = [(c, r) for c, r in _select(layout, kind="vocab", side="answer") if c.fields["MeasureWords"]]
    assert stress
    for c, r in stress:
        (meaning,) = _elements(r, "fc-meaning")
        (mw,) = _elements(r, "fc-mw")
        assert mw["top"] >= meaning["bottom"]
        assert _elements(r, "fc-label")[-1]["text"] == "MW"


def test_hsk_badge(layout):
    for c, r in _select(layout, kind="vocab", side="answer"):
        (badge,) = _elements(r, "fc-badge")
        assert badge["text"].startswith("HSK") and not badge["background"].endswith(", 0)")


def test_audio_buttons_only_where_audio_exists(layout):
    for c, r in _select(layout, side="answer", width=360, mode="day"):
        buttons = _elements(r, "replay-button")
        assert len(buttons) == len(c.card.answer_audio)
    listening = _select(layout, kind="vocab", template="Listening", side="question")
    for c, r in listening:
        (button,) = _elements(r, "replay-button")
        assert button["width"] >= 60  # the whole question: big enough to hit
    plain = [r for c, r in _select(layout, kind="vocab") if c.fields["Simplified"] == "你好"]
    assert plain and all(not _elements(r, "replay-button") for r in plain)


def test_traditional_shown_only_when_it_differs(layout):
    for c, r in _select(layout, kind="vocab", side="answer", width=1280, mode="day"):
        (trad,) = _elements(r, "fc-trad")
        same = c.fields["Simplified"] == c.fields["Traditional"]
        assert _visible(trad) is not same, c.fields["Simplified"]


@pytest.mark.parametrize("style", ["marks", "numbers"])
def test_cloze_front_hint_and_masked_pinyin(layout, style):
    numbered = lambda c: bool(re.search(r"[a-z][1-5]", c.fields["SentencePinyin"]))
    cards = [(c, r) for c, r in _select(layout, kind="cloze", side="question") if numbered(c) == (style == "numbers")]
    assert cards
    for c, r in cards:
        (gap,) = _elements(r, "cloze")
        hint = re.search(r"\{\{c1::.*?::(.*?)\}\}", c.fields["Text"]).group(1)
        assert gap["text"].startswith("[" + html.unescape(hint)[:20])
        assert c.fields["Word"] not in _elements(r, "fc-sentence")[0]["text"]
        (pinyin,) = _elements(r, "fc-sentence-pinyin")
        assert _elements(r, "fc-gap"), pinyin["text"]
        # the word's pinyin became a gap, the rest of the sentence's pinyin is all there
        word_pinyin = re.sub(r"<[^>]+>", "", c.fields["WordPinyin"])
        shown = pinyin["text"].split()
        assert word_pinyin not in shown
        as_written = word_pinyin  # the word's pinyin follows --pinyin too, as the sentence's does
        expected = [
            chunk.replace(as_written, "____") if chunk.strip(",.?!;:\"'()") == as_written else chunk
            for chunk in html.unescape(c.fields["SentencePinyin"]).split()
        ]
        assert any("____" in chunk for chunk in expected) and shown == expected


def test_cloze_back_reveals_word_pinyin_and_meaning(layout):
    for c, r in _select(layout, kind="cloze", side="answer"):
        (answer,) = _elements(r, "cloze")
        assert answer["text"] == c.fields["Word"]
        (word,) = _elements(r, "fc-word-hanzi")
        assert word["text"] == c.fields["Word"]
        assert _elements(r, "fc-meaning")[0]["text"]
        word_pinyin = re.sub(r"<[^>]+>", "", c.fields["WordPinyin"])
        if word_pinyin in c.fields["SentencePinyin"].split():
            (marked,) = [e for e in _elements(r, "target") if "fc-sentence-pinyin" in e["cls"] + " " + e["path"]]
            assert marked["text"] == word_pinyin
