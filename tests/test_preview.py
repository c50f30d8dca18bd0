"""``flashcards preview``: one self-contained page with a few cards, front and back."""

import html
import re
from pathlib import Path

import pytest

import chromium
from card_samples import TEXT
from flashcards.build import BuildOptions
from flashcards.errors import OptionError
from flashcards.preview import write_preview

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    out = tmp_path_factory.mktemp("preview") / "deck.html"
    options = BuildOptions(inputs=(str(TEXT),), output=out, cards=("recognition", "production", "cloze", "sentence"))
    report = write_preview(options, out, per_kind=2)
    return out, report, out.read_text(encoding="utf-8")


def _frames(page: str) -> list[str]:
    return [html.unescape(doc) for doc in re.findall(r'srcdoc="([^"]*)"', page)]


def test_a_few_notes_of_each_kind_front_and_back(preview):
    out, report, page = preview
    assert report.output == out and report.deck == TEXT.stem
    assert report.notes == 6  # two vocabulary, two cloze, two sentence notes
    assert report.cards == 2 * 2 + 2 + 2  # recognition + production per word; no audio, no listening
    assert report.total_notes > report.notes
    frames = _frames(page)
    assert len(frames) == 2 * report.cards
    assert page.count("<figcaption>Front</figcaption>") == report.cards
    assert sum('class="card card1"' in f for f in frames) >= 8
    assert any("fc-recognition" in f for f in frames) and any("fc-cloze" in f for f in frames)


def test_page_is_self_contained(preview):
    _, _, page = preview
    for text in [page, *_frames(page)]:
        assert not re.search(r"https?:|//[a-z]", text, re.I)
        assert not re.search(r"<link|@import|url\(|\ssrc=", text, re.I)


def test_cards_carry_the_note_type_css_and_script(preview):
    frames = _frames(preview[2])
    assert all(".fc-hanzi" in f and ".tone1" in f for f in frames)
    assert any("<script>" in f and "data-fc-key" in f for f in frames)
    assert not any("{{" in re.sub(r"<script>.*?</script>", "", f, flags=re.S) for f in frames)  # all rendered


def test_no_tone_colours(tmp_path):
    out = tmp_path / "plain.html"
    options = BuildOptions(inputs=(str(TEXT),), output=out, cards=("recognition",), tone_colors=False)
    write_preview(options, out, per_kind=1)
    frames = _frames(out.read_text(encoding="utf-8"))
    assert frames and all(".tone1" not in f for f in frames)


def test_count_must_be_positive(tmp_path):
    with pytest.raises(OptionError):
        write_preview(BuildOptions(inputs=(str(TEXT),), output=tmp_path / "x"), tmp_path / "x.html", per_kind=0)
    assert not list(tmp_path.iterdir())


def test_page_script_sizes_frames_in_chromium(preview, tmp_path):
    out, _, _ = preview
    chromium.require()
    result = chromium._run(["--virtual-time-budget=5000", "--dump-dom", out.as_uri()], tmp_path, (1400, 900))
    heights = [int(h) for h in re.findall(r'<iframe[^>]*style="height: (\d+)px', result.stdout)]
    assert len(heights) == 2 * preview[1].cards
    assert all(h > 60 for h in heights)


def test_cli_preview(tmp_path):
    from incli import run_cli

    run = lambda *a: run_cli("preview", *a, cwd=tmp_path)
    ok = run(str(TEXT), "-o", "p.html", "--count", "1", "--cards", "recognition,cloze", "--no-tone-colors")
    assert ok.returncode == 0, ok.stderr
    assert re.fullmatch(r"p\.html: 2 cards from 2 of \d+ notes in deck 'livestream_ecommerce'\n", ok.stdout)
    assert ".tone1" not in (tmp_path / "p.html").read_text(encoding="utf-8")
    bad = run(str(TEXT), "-o", "q.html", "--count", "0")
    assert bad.returncode == 1 and bad.stderr.startswith("flashcards: error: --count")
    assert not (tmp_path / "q.html").exists()
