"""Headless Chromium for layout tests: measure rendered cards, take screenshots.

One browser run measures many pages: each page goes into an ``<iframe srcdoc>`` of the width
under test (an iframe is a viewport of its own: media queries, ``vw`` and overflow behave as in
a window that wide), a probe script reads computed styles from every frame on load and writes
JSON into the DOM, and ``--dump-dom`` returns it. No network, no CDP, no extra packages.
"""

from __future__ import annotations

import fcntl
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

#: A folder all xdist workers of this session share (set by conftest), None without xdist.
SHARED_ENV = "FLASHCARDS_TESTS_SHARED"

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--disable-extensions", "--mute-audio",
)


def executable() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def require() -> str:
    path = executable()
    if path is None:
        pytest.skip("chromium not installed (CI: apt-get install -y chromium fonts-noto-cjk)")
    return path


def _run(args: list[str], tmp: Path, window: tuple[int, int], timeout: int = 120) -> subprocess.CompletedProcess:
    profile = tmp / "chromium-profile"
    profile.mkdir(parents=True, exist_ok=True)
    cmd = [require(), *FLAGS, f"--user-data-dir={profile}", f"--window-size={window[0]},{window[1]}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


# What the probe records for each frame: the viewport, the body, and every element with a
# class inside #qa (so tests can pick by class in Python).
_PROBE = r"""
function probe(doc) {
  var win = doc.defaultView, root = doc.documentElement, vw = root.clientWidth;
  function rgb(el, prop) { return win.getComputedStyle(el)[prop]; }
  var elements = [], overflow = [];
  var all = doc.querySelectorAll("#qa [class], #qa *");
  for (var i = 0; i < all.length; i++) {
    var el = all[i], cs = win.getComputedStyle(el), r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > vw + 0.5) overflow.push(el.tagName + "." + el.className + " right=" + r.right);
    if (!el.getAttribute("class")) continue;
    var parent = el.parentElement ? win.getComputedStyle(el.parentElement) : cs, path = [];
    for (var a = el.parentElement; a && a.id !== "qa"; a = a.parentElement) path.push(a.getAttribute("class") || a.tagName.toLowerCase());
    elements.push({
      tag: el.tagName.toLowerCase(), cls: el.getAttribute("class"), path: path.join(" "),
      text: el.textContent.trim().slice(0, 1000),
      fontSize: parseFloat(cs.fontSize), fontFamily: cs.fontFamily, fontWeight: cs.fontWeight,
      fontStyle: cs.fontStyle, textWrap: cs.textWrapStyle || cs.textWrap || "",
      color: cs.color, background: cs.backgroundColor, parentColor: parent.color,
      display: cs.display, visibility: cs.visibility,
      top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height
    });
  }
  var bs = win.getComputedStyle(doc.body);
  return {
    clientWidth: vw, scrollWidth: root.scrollWidth, bodyScrollWidth: doc.body.scrollWidth,
    bodyClass: doc.body.className, background: bs.backgroundColor, color: bs.color,
    overflow: overflow, elements: elements, html: doc.getElementById("qa") ? doc.getElementById("qa").innerHTML : ""
  };
}
window.addEventListener("load", function () {
  var out = {}, frames = document.querySelectorAll("iframe");
  for (var i = 0; i < frames.length; i++) {
    try { out[frames[i].getAttribute("data-name")] = probe(frames[i].contentDocument); }
    catch (e) { out[frames[i].getAttribute("data-name")] = {error: String(e)}; }
  }
  document.getElementById("results").textContent = JSON.stringify(out);
});
"""


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    width: int
    height: int = 2000


def once_per_session(source: str, run: Callable[[], dict]) -> dict:
    """``run()``'s JSON answer for this exact ``source``, computed once per test session.

    A module fixture runs once per xdist worker that runs tests of its module, so the same
    pages used to be laid out by two browsers at once. The first worker to ask renders and
    keeps the answer; the others wait for it and read it. Without xdist: just ``run()``."""
    shared = os.environ.get(SHARED_ENV)
    if not shared:
        return run()
    folder = Path(shared)
    folder.mkdir(exist_ok=True)
    key = hashlib.sha256(source.encode("utf-8")).hexdigest()[:32]
    kept = folder / f"{key}.json"
    with open(folder / f"{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if kept.exists():
            return json.loads(kept.read_text(encoding="utf-8"))
        answer = run()
        temp = kept.with_suffix(".tmp")
        temp.write_text(json.dumps(answer), encoding="utf-8")
        temp.replace(kept)
        return answer


def measure(pages: list[Page], tmp: Path) -> dict[str, dict]:
    """Load every page in one headless Chromium run; the probe's findings by page name."""
    frames = "\n".join(
        f'<iframe data-name="{html.escape(p.name)}" style="width:{p.width}px;height:{p.height}px;border:0;display:block" '
        f'srcdoc="{html.escape(p.html, quote=True)}"></iframe>'
        for p in pages
    )
    source = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">{frames}'
        f'<pre id="results"></pre><script>{_PROBE}</script></body></html>'
    )
    widest = max(p.width for p in pages)

    def run() -> dict:
        host = tmp / "measure.html"
        host.write_text(source, encoding="utf-8")
        result = _run(["--virtual-time-budget=10000", "--dump-dom", host.as_uri()], tmp, (widest + 40, 900))
        match = re.search(r'<pre id="results">(.*?)</pre>', result.stdout, re.S)
        if not match or not match.group(1):
            raise AssertionError(f"no probe results from chromium: {result.stderr[-2000:]}")
        return json.loads(html.unescape(match.group(1)))

    return once_per_session(f"{widest}\n{source}", run)


def screenshot(page_html: str, png: Path, width: int, height: int, tmp: Path) -> Path:
    """A PNG of one page at ``width`` x ``height`` CSS pixels."""
    source = tmp / (png.stem + ".html")
    source.write_text(page_html, encoding="utf-8")
    _run(["--virtual-time-budget=5000", f"--screenshot={png}", source.as_uri()], tmp, (width, height))
    if not png.is_file() or png.stat().st_size < 100:
        raise AssertionError(f"chromium wrote no screenshot to {png}")
    return png


# --- colour arithmetic for assertions --------------------------------------------------

def rgb(value: str) -> tuple[float, float, float]:
    """'rgb(12, 34, 56)' or 'rgba(…)' → (r, g, b) in 0-255."""
    numbers = re.findall(r"[\d.]+", value)
    if len(numbers) < 3:
        raise ValueError(f"not a colour: {value!r}")
    return tuple(float(n) for n in numbers[:3])  # type: ignore[return-value]


def luminance(value: str) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb(value)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# --- what a person can see ------------------------------------------------------------------

_VISIBLE_PROBE = r"""
function visibleText(doc, root) {
  var win = doc.defaultView, out = [];
  root = root || doc.getElementById("qa") || doc.body;
  var walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    var el = node.parentElement, cs = win.getComputedStyle(el), range = doc.createRange();
    range.selectNodeContents(node);
    var rects = range.getClientRects(), seen = false;
    for (var i = 0; i < rects.length; i++) if (rects[i].width > 0 && rects[i].height > 0) seen = true;
    var colour = cs.color.match(/[\d.]+/g) || [];
    var transparent = colour.length > 3 && parseFloat(colour[3]) === 0;
    var hidden = false;
    for (var a = el; a; a = a.parentElement) {
      var acs = win.getComputedStyle(a);
      if (acs.visibility === "hidden" || parseFloat(acs.opacity) === 0) hidden = true;
    }
    if (seen && !transparent && !hidden && parseFloat(cs.fontSize) > 0) out.push(node.textContent);
  }
  return out.join(" ");
}
window.addEventListener("load", function () {
  var out = {}, frames = document.querySelectorAll("iframe");
  for (var i = 0; i < frames.length; i++) {
    var doc = frames[i].contentDocument, cards = doc ? doc.querySelectorAll("[data-card]") : [];
    try {
      if (cards.length) {  // a stacked page: one answer per card
        for (var c = 0; c < cards.length; c++) out[cards[c].getAttribute("data-card")] = visibleText(doc, cards[c]);
      } else {
        out[frames[i].getAttribute("data-name")] = visibleText(doc);
      }
    }
    catch (e) { out[frames[i].getAttribute("data-name")] = "ERROR " + String(e); }
  }
  document.getElementById("results").textContent = JSON.stringify(out);
});
"""


def visible_texts(pages: list[Page], tmp: Path) -> dict[str, str]:
    """The text a person can see on each page (laid out, not hidden, not transparent), by name."""
    frames = "\n".join(
        f'<iframe data-name="{html.escape(p.name)}" style="width:{p.width}px;height:{p.height}px;border:0;display:block" '
        f'srcdoc="{html.escape(p.html, quote=True)}"></iframe>'
        for p in pages
    )
    host = tmp / "visible.html"
    host.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">{frames}'
        f'<pre id="results"></pre><script>{_VISIBLE_PROBE}</script></body></html>',
        encoding="utf-8",
    )
    widest = max(p.width for p in pages)
    result = _run(["--virtual-time-budget=20000", "--dump-dom", host.as_uri()], tmp, (widest + 40, 900), timeout=300)
    match = re.search(r'<pre id="results">(.*?)</pre>', result.stdout, re.S)
    if not match or not match.group(1):
        raise AssertionError(f"no visible-text results from chromium: {result.stderr[-2000:]}")
    return json.loads(html.unescape(match.group(1)))


_CARD_PAGE = re.compile(r'(?s)\A(.*)<body class="([^"]*)"><div id="qa">(.*)</div></body></html>\n?\Z')


def stacked(pages: list[Page], name: str = "stacked") -> Page:
    """Card pages of one look (same head, body class and width) as one page, each card's
    ``#qa`` in turn: a browser lays out one document instead of hundreds, and
    ``visible_texts`` still answers per card. Only for cards without scripts (a card's
    script reads *its* document); compare a sample with one page per card."""
    parts = [_CARD_PAGE.match(p.html) for p in pages]
    if not all(parts) or len({(m.group(1), m.group(2)) for m in parts}) != 1 or len({p.width for p in pages}) != 1:
        raise ValueError("stacked() takes card pages of one head, body class and width")
    if any("<script" in m.group(3) for m in parts):
        raise ValueError("stacked() cannot take cards with scripts")
    head, body_class = parts[0].group(1), parts[0].group(2)
    cards = "".join(f'<div id="qa" data-card="{html.escape(p.name)}">{m.group(3)}</div>' for p, m in zip(pages, parts))
    return Page(name, f'{head}<body class="{body_class}">{cards}</body></html>\n', pages[0].width,
                sum(p.height for p in pages))
