"""The HTML report: self-contained, escaped, and right in a real browser (headless Chromium)."""

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

import chromium
from crafted import sentences
from flashcards.analysis import analyze_text
from flashcards.known import KnownWords
from flashcards.report_html import LEVEL_COLOURS, render, write_report

HOSTILE = sentences(
    "我 喜欢 喝 茶 。",
    "< script > alert ( 1 ) </ script > 区块链 是 哲学 。",
    '他 说 “ <b> 产业 </b> & 经济 ” 。',
)


@pytest.fixture(scope="module")
def analysis():
    return analyze_text(HOSTILE, known=KnownWords(level=1))


def test_escaped_and_self_contained(analysis):
    page = render(analysis)
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;" in page and "&amp;" in page
    # Nothing to fetch: no scripts, stylesheets, images, fonts or frames from anywhere.
    assert not re.search(r"""<(link|img|iframe|object|embed)\b|\bsrc=|url\(|@import""", page)
    assert re.findall(r"https?://[^\s\"'<>]+", page) == ["http://www.w3.org/2000/svg"]  # a namespace


def test_report_is_written_atomically(analysis, tmp_path):
    out = tmp_path / "report.html"
    write_report(analysis, out)
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # a report is not a secret


# A probe appended to a copy of the page: what the browser actually laid out and painted.
PROBE = """
<pre id="probe"></pre><script>
const q = s => document.querySelector(s), all = s => [...document.querySelectorAll(s)];
const box = q('#coverage-chart').getBoundingClientRect();
const colour = c => { const e = q('#text span.' + c); return e ? getComputedStyle(e).color : null; };
document.getElementById('probe').textContent = JSON.stringify({
  svgWidth: box.width, svgHeight: box.height,
  polyline: q('#coverage-chart polyline').getAttribute('points').split(' ').length,
  cumLabels: all('#coverage-chart text.cum').map(e => e.textContent),
  figures: q('#figures').innerText,
  coverageRows: all('#coverage tbody tr').map(r => r.innerText.replace(/\\s+/g, ' ').trim()),
  textSpans: all('#text span.s').length,
  l1: colour('l1'), l5: colour('l5'), lx: colour('lx'),
  unknownUnderline: getComputedStyle(q('#text span.u')).textDecorationStyle,
  injected: all('#text script, #text b, body > b, td b').length,
  scripts: all('script').length,
  textContent: q('#text').innerText,
  visibleText: q('#text').getBoundingClientRect().height > 0,
});
</script>
"""


def chromium_dom(page: Path, tmp_path: Path) -> str:
    """The DOM after load, scripts run (skips the test when Chromium is not installed)."""
    result = subprocess.run(
        [chromium.require(), *chromium.FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
         "--window-size=1000,1400", "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_report_in_headless_chromium(analysis, tmp_path):
    out = tmp_path / "report.html"
    write_report(analysis, out)
    probed = tmp_path / "probed.html"
    probed.write_text(out.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = chromium_dom(probed, tmp_path)
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert match and match.group(1), dom[-2000:]
    seen = json.loads(html.unescape(match.group(1)))

    # The chart is laid out at its size, with one point and one label per level.
    assert seen["svgWidth"] > 300 and seen["svgHeight"] > 150
    assert seen["polyline"] == 7
    assert seen["cumLabels"] == [f"{round(c.cumulative * 100)}%" for c in analysis.coverage]
    # The figures and the coverage table show what the analysis computed.
    assert "beyond HSK" in seen["figures"] and "for 90% coverage" in seen["figures"]
    assert seen["coverageRows"][0].startswith("HSK ≤ 1 ")
    assert seen["coverageRows"][-1].startswith("outside HSK")
    assert f"{round(analysis.covered(1) * 100)}%" in seen["coverageRows"][0]
    # The text is there, one span per sentence, words painted in their level's colour.
    assert seen["textSpans"] == 3 and seen["visibleText"]
    rgb = lambda hex_: "rgb({}, {}, {})".format(*(int(hex_[i:i + 2], 16) for i in (1, 3, 5)))
    assert seen["l1"] == rgb(LEVEL_COLOURS[1])
    assert seen["l5"] == rgb(LEVEL_COLOURS[5])
    assert seen["lx"] == rgb(LEVEL_COLOURS[None])
    assert seen["unknownUnderline"] == "dotted"
    # Hostile text is text: shown literally, never turned into elements.
    assert "<script>alert(1)</script>" in seen["textContent"]
    assert "<b>产业</b>" in seen["textContent"]
    assert seen["injected"] == 0 and seen["scripts"] == 1  # only the probe


def test_cli_report_from_a_real_text_in_chromium(tmp_path):
    """The whole way: ``flashcards analyze --html`` on a sample text, parsed by Chromium."""
    from typer.testing import CliRunner

    from conftest import TEXTS
    from flashcards.cli import app

    out = tmp_path / "sample.html"
    result = CliRunner().invoke(app, ["analyze", str(TEXTS / "industrial_internet.txt"), "--html", str(out),
                                      "--known-level", "3"])
    assert result.exit_code == 0, result.output
    dom = chromium_dom(out, tmp_path)
    assert dom.count("<svg") == 1 and "<polyline" in dom
    assert 'id="new-words"' in dom and "区块链" in dom
    assert len(re.findall(r'<span class="s" id="s\d+"', dom)) > 40
    assert len(re.findall(r'<span class="l\d( u)?">', dom)) > 500
