"""The look of the cards (issue 10's screenshot review), measured in headless Chromium with the
note types' own templates and CSS: desktop and phone, day and night, both tone palettes."""

from __future__ import annotations

import re

import pytest

import chromium
from card_samples import pipeline_notes
from chromium import Page, luminance, rgb
from flashcards.notetypes import TONE_PALETTES, note_types
from flashcards.preview import card_document
from flashcards.render import render_note

WIDTHS = (1280, 360)
MODES = ("day", "night")
HANZI = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def look(tmp_path_factory):
    chromium.require()
    notes = pipeline_notes(words=2, audio=False)
    pages, meta = [], {}
    for palette in TONE_PALETTES:
        types = note_types(True, palette)
        for n in notes:
            for card in render_note(types[n.kind], n.fields):
                for side in ("question", "answer"):
                    for width in WIDTHS:
                        for mode in MODES:
                            name = f"{palette}:{n.guid}:{card.template}:{side}:{width}:{mode}"
                            doc = card_document(card, types[n.kind].css, side, night=mode == "night")
                            pages.append(Page(name, doc, width, 1200))
                            meta[name] = (palette, n.kind, card.template, side, width, mode, n.guid)
    results = chromium.measure(pages, tmp_path_factory.mktemp("look"))
    return [(meta[name], r) for name, r in results.items()]


def _pick(look, **want):
    keys = ("palette", "kind", "template", "side", "width", "mode", "guid")
    out = [(dict(zip(keys, m)), r) for m, r in look if all(dict(zip(keys, m))[k] == v for k, v in want.items())]
    assert out, want
    return out


def _els(r, cls):
    return [e for e in r["elements"] if cls in e["cls"].split()]


def test_highlight_is_no_tone_colour(look):
    for m, r in _pick(look, kind="vocab", side="answer"):
        tones = {e["color"] for e in r["elements"] if re.fullmatch(r"tone[1-5]", e["cls"])}
        assert len(tones) >= 2
        for t in [e for e in _els(r, "target") if "fc-sentence" in e["path"].split()]:
            assert t["color"] not in tones and t["background"] not in tones, (m, t["color"])
            assert t["color"] == t["parentColor"]  # the text's own ink, on a marker background
            assert not t["background"].endswith(", 0)")
    for m, r in _pick(look, kind="cloze", side="answer"):
        (gap,) = _els(r, "cloze")
        assert gap["color"] == gap["parentColor"]


def test_night_panels_sit_lighter_than_the_page(look):
    for m, r in _pick(look, kind="vocab", side="answer", mode="night"):
        (panel,) = _els(r, "fc-example")
        assert luminance(panel["background"]) > luminance(r["background"]) * 1.3, (panel["background"], r["background"])
        for chip in _els(r, "fc-badge"):
            assert luminance(chip["background"]) > luminance(panel["background"])


def test_headword_does_not_jump_when_the_card_turns(look):
    for width in WIDTHS:
        for mode in MODES:
            fronts = {m["guid"]: r for m, r in _pick(look, kind="vocab", template="Recognition", side="question", width=width, mode=mode, palette="standard")}
            for m, back in _pick(look, kind="vocab", template="Recognition", side="answer", width=width, mode=mode, palette="standard"):
                (f,) = _els(fronts[m["guid"]], "fc-hanzi")
                (b,) = _els(back, "fc-hanzi")
                assert abs(f["top"] - b["top"]) < 1 and abs(f["left"] - b["left"]) < 1 and f["fontSize"] == b["fontSize"]


def test_no_fake_italics_on_hanzi(look):
    for m, r in look:
        for e in r["elements"]:
            if HANZI.search(e["text"]):
                assert e["fontStyle"] == "normal", (m, e["cls"], e["text"][:20])


def test_lines_are_balanced(look):
    for m, r in _pick(look, kind="vocab", side="answer", width=360):
        for cls in ("fc-meaning", "fc-sentence"):
            for e in _els(r, cls):
                assert e["textWrap"] in ("balance", "wrap balance", "balance wrap"), (cls, e["textWrap"])


def test_cloze_hint_is_small_and_not_bold(look):
    for m, r in _pick(look, kind="cloze", side="question"):
        (gap,) = _els(r, "cloze")
        (sentence,) = _els(r, "fc-sentence")
        assert int(gap["fontWeight"]) < 600 and gap["fontSize"] <= 0.7 * sentence["fontSize"]
        assert gap["text"].startswith("[") and "…" not in gap["text"]


def test_palettes_differ_only_in_tone_colours(look):
    colours = {}
    for palette in TONE_PALETTES:
        for m, r in _pick(look, kind="vocab", side="answer", width=1280, mode="day", palette=palette):
            colours.setdefault(palette, {}).update({e["cls"]: e["color"] for e in r["elements"] if re.fullmatch(r"tone[1-4]", e["cls"])})
    assert set(colours["standard"]) == set(colours["cvd"]) and colours["standard"] != colours["cvd"]


# --- the colour-blind-safe palette, by simulation -------------------------------------------------

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
_CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _lab(c):
    lin = [(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4) for v in c]
    x = 0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = 0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]
    f = lambda t: t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    fx, fy, fz = f(x / 0.9505), f(y), f(z / 1.089)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _simulate(c, matrix):
    lin = [(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4) for v in c]
    out = [max(0.0, min(1.0, sum(m * v for m, v in zip(row, lin)))) for row in matrix]
    return [12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055 for v in out]


def _palette(css: str, night: bool) -> list[tuple[float, float, float]]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    (block,) = [body for selector, body in re.findall(r"([^{}]*)\{([^}]*)\}", css) if ("nightMode" in selector) == night and "--fc-tone1:" in body]
    found = dict(re.findall(r"--fc-tone([1-4]):\s*(#[0-9a-fA-F]{6})", block))
    return [tuple(int(found[t][i:i + 2], 16) / 255 for i in (1, 3, 5)) for t in "1234"]


def _worst_distance(colours) -> float:
    worst = 1e9
    for matrix in _CVD.values():
        seen = [_lab(_simulate(c, matrix)) for c in colours]
        for i in range(4):
            for j in range(i + 1, 4):
                worst = min(worst, sum((a - b) ** 2 for a, b in zip(seen[i], seen[j])) ** 0.5)
    return worst


@pytest.mark.parametrize("night", [False, True])
def test_cvd_palette_keeps_tones_apart_for_colour_blind_eyes(night):
    from flashcards.notetypes import _read

    standard = _palette(_read("tones.css"), night)
    cvd = _palette(_read("tones_cvd.css"), night)
    # every pair of tones stays distinguishable (ΔE > 30) under protan-, deutan- and tritanopia,
    # where the standard red/orange/green/blue set does not
    assert _worst_distance(cvd) > 30
    assert _worst_distance(standard) < 15


@pytest.mark.parametrize("style", ["numbers", "zhuyin"])
def test_cloze_front_blanks_the_word_in_every_pinyin_style(tmp_path, style):
    chromium.require()
    nt = note_types()["cloze"]
    notes = [n for n in pipeline_notes(words=2, audio=False, pinyin_style=style) if n.kind == "cloze"]
    pages, words = [], {}
    for n in notes:
        (card,) = render_note(nt, n.fields)
        pages.append(Page(n.guid, card_document(card, nt.css, "question"), 360, 900))
        words[n.guid] = re.sub(r"<[^>]+>", "", dict(zip(nt.fields, n.fields))["WordPinyin"])
    results = chromium.measure(pages, tmp_path)
    for guid, r in results.items():
        (pinyin,) = _els(r, "fc-sentence-pinyin")
        assert _els(r, "fc-gap"), (style, pinyin["text"])
        assert words[guid] not in pinyin["text"].split(), (style, words[guid], pinyin["text"])
