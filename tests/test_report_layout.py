"""The HTML report's layout: a 360 px phone (headless Chromium), paragraphs, the chart's key
and known-level mark, and level colours that colour-blind readers can tell apart."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

import chromium
from flashcards.analysis import AnalyzeOptions, analyze
from flashcards.report_html import LEVEL_COLOURS, render

PHONE = 360  # CSS px: the narrowest phone in common use


def report(path: Path, known_level: int | None = 3) -> str:
    return render(analyze(AnalyzeOptions(inputs=(str(path),), known_level=known_level)))


@pytest.fixture(scope="module")
def phone_page(tmp_path_factory):
    from conftest import TEXTS

    page = report(TEXTS / "industrial_internet.txt")
    # The probe looks inside #qa: wrap the whole body.
    page = page.replace("<body>", '<body><div id="qa">', 1).replace("</body>", "</div></body>", 1)
    tmp = tmp_path_factory.mktemp("phone")
    return chromium.measure([chromium.Page("phone", page, PHONE, 9000)], tmp)["phone"]


def test_nothing_overflows_a_phone_screen(phone_page):
    assert "error" not in phone_page
    assert phone_page["clientWidth"] == PHONE
    # No horizontal scrolling of the page: wide tables scroll inside their own box.
    assert phone_page["scrollWidth"] <= PHONE
    assert phone_page["bodyScrollWidth"] <= PHONE
    boxes = [e for e in phone_page["elements"] if e["cls"] in ("chart", "figures", "chart-legend", "text", "s")]
    assert {e["cls"] for e in boxes} >= {"chart", "figures", "chart-legend", "text", "s"}
    assert all(e["right"] <= PHONE + 0.5 for e in boxes), [e for e in boxes if e["right"] > PHONE + 0.5][:3]


def test_chart_labels_stay_readable_on_a_phone(phone_page):
    chart = next(e for e in phone_page["elements"] if e["cls"] == "chart")
    assert chart["width"] <= PHONE
    labels = [e for e in phone_page["elements"] if e["cls"] in ("cum", "target", "known-label")]
    assert len(labels) >= 7 + 3 + 1
    # Type is set in the chart's units (420 wide) and scales with it: rendered size >= 9.5 px.
    scale = chart["width"] / 420
    assert min(e["fontSize"] for e in labels) * scale >= 9.5, (scale, sorted(e["fontSize"] for e in labels)[:3])


def test_the_text_keeps_its_paragraphs(tmp_path):
    source = tmp_path / "three.txt"
    source.write_text("我是学生。我喜欢喝茶。\n\n他是老师。\n\n今天天气很好。我们去公园吧。\n", encoding="utf-8")
    text = report(source, known_level=None).split('id="text"', 1)[1]
    paragraphs = re.findall(r"<p>(.*?)</p>", text)
    assert [len(re.findall(r'class="s"', p)) for p in paragraphs] == [2, 1, 2]


def test_chart_has_a_legend_and_marks_the_known_level(tmp_path):
    source = tmp_path / "one.txt"
    source.write_text("我是学生。我喜欢喝茶。这个问题很复杂。\n", encoding="utf-8")
    known = report(source, known_level=3)
    legend = re.search(r'<ul class="chart-legend".*?</ul>', known, re.S).group(0)
    for key in ("tokens at each level", "cumulative coverage", "90% → ", "known: HSK ≤ 3"):
        assert key in legend
    assert 'class="known"' in known and "known ≤ 3" in known
    unknown = report(source, known_level=None)
    assert 'class="known"' not in unknown and "known: HSK" not in unknown


# --- colour vision ---------------------------------------------------------------------
# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
# ΔE 12 is plainly different; blue-yellow blindness (rare, not asked for) is held to 10.
MIN_DISTANCE = {"normal": 12, "protanopia": 12, "deuteranopia": 12, "tritanopia": 10}


def _linear(hex_: str) -> list[float]:
    out = []
    for i in (1, 3, 5):
        c = int(hex_[i:i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(hex_: str, vision: str) -> tuple[float, float, float]:
    v = _linear(hex_)
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, v)))) for row in SIMULATIONS[vision])
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116  # noqa: E731
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("vision", sorted(SIMULATIONS))
def test_level_colours_stay_apart_for_colour_blind_readers(vision):
    colours = {**{str(k): v for k, v in LEVEL_COLOURS.items()}, "body text": "#1f2328"}
    labs = {name: _lab(c, vision) for name, c in colours.items()}
    distance = {(a, b): sum((p - q) ** 2 for p, q in zip(labs[a], labs[b])) ** 0.5
                for a, b in itertools.combinations(labs, 2)}
    closest = min(distance, key=distance.get)
    assert distance[closest] >= MIN_DISTANCE[vision], (vision, closest, distance[closest])


@pytest.mark.parametrize("level", sorted(LEVEL_COLOURS, key=str))
def test_level_colours_are_readable_on_white(level):
    white = "rgb(255, 255, 255)"
    hex_ = LEVEL_COLOURS[level]
    colour = "rgb({}, {}, {})".format(*(int(hex_[i:i + 2], 16) for i in (1, 3, 5)))
    assert chromium.contrast(colour, white) >= 3.5
