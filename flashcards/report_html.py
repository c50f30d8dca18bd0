"""``flashcards analyze --html``: a TextAnalysis as one self-contained HTML page.

No scripts, fonts, images or stylesheets from elsewhere: the page opens offline and can be
mailed. It holds the coverage curve (inline SVG), the tables, and the text itself with each
word coloured by its HSK level. Every piece of text from the input is HTML-escaped: a text
may contain ``<script>``, and it must come out as characters, not markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from flashcards import hsk
from flashcards.analysis import SentenceStat, TextAnalysis, WordStat
from flashcards.hsk import label as level_label
from flashcards.hanzi import is_hanzi_word

#: Longer texts are shown up to this many sentences (the figures cover the whole text):
#: a novel coloured word by word would be a page of tens of megabytes.
MAX_TEXT_SENTENCES = 3000
#: Words outside HSK listed in full up to this many.
MAX_OUTSIDE_ROWS = 100

# Easy → hard: blue → cyan → green → olive → red → magenta → purple; 'outside' grey.
# Chosen so that every pair stays apart (CIELAB ΔE ≥ 17) also as protanopes and
# deuteranopes see them (Machado et al. 2009 simulation), and from the body text colour;
# each has a contrast of at least 3.6 on white. The old green → amber → red ramp
# collapsed to one brown for red-green colour blindness (ΔE ≈ 1).
LEVEL_COLOURS = {
    1: "#1075d3", 2: "#0892b0", 3: "#2f5926", 4: "#788921",
    5: "#ff0c12", 6: "#f31ea5", 7: "#6a1b9a", None: "#5c6370",
}

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
 margin:0 auto;max-width:60rem;padding:1.5rem;color:#1f2328;line-height:1.5;overflow-wrap:anywhere}
@media (max-width:40rem){body{padding:.75rem}.figures li{min-width:0;flex:1 1 8rem}}
h1{font-size:1.6rem;margin:.2rem 0 1rem} h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid #d0d7de}
.figures{display:flex;flex-wrap:wrap;gap:.75rem;margin:0;padding:0;list-style:none}
.figures li{border:1px solid #d0d7de;border-radius:8px;padding:.5rem .9rem;min-width:7.5rem}
.figures strong{display:block;font-size:1.35rem}
.figures span{font-size:.8rem;color:#57606a}
table{border-collapse:collapse;margin:.4rem 0;font-size:.92rem;display:block;max-width:100%;overflow-x:auto}
td,th{overflow-wrap:normal} td:first-child{white-space:nowrap}
td:nth-child(n+5):not(.n){min-width:11rem}
th,td{border-bottom:1px solid #eaeef2;padding:.25rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa} td.w{white-space:nowrap;font-size:1.05rem} td.n{text-align:right;font-variant-numeric:tabular-nums}
.chart{display:block;width:100%;max-width:34rem;height:auto}
.legend span{display:inline-block;margin-right:.8rem}
.chart-legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.2rem 0 .6rem;padding:0;list-style:none;font-size:.85rem;color:#57606a}
.chart-legend li{display:flex;align-items:center}
.swatch{display:inline-block;width:1.4rem;margin-right:.35rem;flex:none}
.text p{margin:0 0 .8rem}
.text{font-size:1.15rem;line-height:2}
.text h3{font-size:.85rem;color:#57606a;margin:1rem 0 0;font-weight:normal}
.s:hover{background:#fff8c5}
.u{text-decoration:underline dotted 1px;text-underline-offset:.25em}
mark{background:#fff8c5;color:inherit}
.note{color:#57606a;font-size:.85rem}
"""


def check_output(path: Path, inputs: Sequence[Path | str] = ()) -> None:
    """Fail before the analysis, not after it, when the report cannot be written (or would
    overwrite one of the ``inputs``)."""
    from flashcards.errors import mention
    from flashcards.files import check_output as check

    check(path, inputs=inputs, what=mention("html"))


def write_report(analysis: TextAnalysis, path: Path) -> None:
    """Write the page atomically: a failed write never leaves half a report."""
    from flashcards.files import write_atomic

    check_output(path)
    write_atomic(path, render(analysis).encode("utf-8"))


def render(a: TextAnalysis) -> str:
    parts = [
        "<!doctype html>",
        '<html lang="zh-Hans"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Text analysis · HSK {escape(a.standard)}</title>",
        f"<style>{_CSS}{_level_css()}</style></head><body>",
        "<h1>Text analysis</h1>",
        _figures(a),
        "<h2>Coverage by HSK level</h2>",
        coverage_chart(a),
        _chart_legend(a),
        _coverage_table(a),
        _new_words(a),
        _outside(a),
        _names(a),
        _sentence_table("Hardest sentences", "hardest", a, a.hardest),
        _sentence_table("Easiest sentences", "easiest", a, a.easiest),
        _text(a),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _level_css() -> str:
    return "".join(f".{_cls(lv)}{{color:{c}}}" for lv, c in LEVEL_COLOURS.items())


def _cls(level: int | None) -> str:
    return "lx" if level is None else f"l{level}"


def _pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def _needed(level: int | None) -> str:
    return "beyond HSK" if level is None else f"HSK {level_label(level)}"


def _figures(a: TextAnalysis) -> str:
    items = [
        (f"{len(a.sentences):,}", "sentences"),
        (f"{a.hanzi:,}", "hanzi"),
        (f"{a.tokens:,}", "tokens (words)"),
        (f"{a.distinct_words:,}", "distinct words"),
    ]
    items += [(_needed(lv), f"for {p}% coverage") for p, lv in a.level_for]
    if a.known_tokens is not None and a.tokens:
        items += [
            (_pct(a.known_tokens / a.tokens), f"tokens known ({a.known})"),
            (f"{a.readable:,} / {a.i_plus_one:,}", "sentences readable / i+1"),
        ]
    lis = "".join(f'<li><strong>{escape(v)}</strong><span>{escape(k)}</span></li>' for v, k in items)
    return f'<ul class="figures" id="figures">{lis}</ul>'


def coverage_chart(a: TextAnalysis, width: int = 420, height: int = 260) -> str:
    """Bars: tokens at each level; line: cumulative coverage; dashed: the 90/95/98% marks;
    shaded: the levels the learner knows (``--known-level``).

    Drawn small (420 units wide) with 12-14 unit type: on a 360 px phone the chart scales
    to about 0.8, and its labels stay readable; the key is HTML below it (``_chart_legend``).
    """
    left, right, top, bottom = 40, 36, 24, 38
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(a.coverage)
    step = plot_w / max(n, 1)

    def y(share: float) -> float:
        return top + plot_h * (1 - share)

    out = [
        f'<svg class="chart" id="coverage-chart" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="Cumulative token coverage by HSK level">',
        "<title>Cumulative token coverage by HSK level</title>",
    ]
    known = [i for i, c in enumerate(a.coverage) if a.known_level is not None and c.level <= a.known_level]
    if known:
        x1 = left + step * (known[-1] + 1)
        out.append(f'<rect class="known" x="{left}" y="{top}" width="{x1 - left:.1f}" height="{plot_h}" fill="#ddf4ff"/>')
        out.append(f'<line x1="{x1:.1f}" x2="{x1:.1f}" y1="{top - 6}" y2="{top + plot_h}" stroke="#0969da" '
                   'stroke-width="1.5"/>')
        out.append(f'<text class="known-label" x="{x1 - 4:.1f}" y="{top - 8}" font-size="13" text-anchor="end" '
                   f'fill="#0969da">known ≤ {escape(level_label(a.known_level))}</text>')
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#eaeef2"/>')
        out.append(f'<text x="{left - 5}" y="{y(tick) + 4:.1f}" font-size="12" text-anchor="end" fill="#57606a">{tick * 100:.0f}%</text>')
    for p, lv in a.level_for:
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(p / 100):.1f}" y2="{y(p / 100):.1f}" '
                   f'stroke="#8c959f" stroke-dasharray="4 3"/>')
    # Name each dashed mark beside its line, nudged up so 95% and 98% (6 units apart) stay
    # legible; which level reaches it is in the legend.
    label_y = height
    for p, lv in a.level_for:
        label_y = min(y(p / 100) + 4, label_y - 12)
        out.append(f'<text class="target" x="{left + plot_w + 3}" y="{label_y:.1f}" font-size="12" '
                   f'fill="#57606a">{p}%</text>')
    points = []
    for i, c in enumerate(a.coverage):
        x = left + step * i + step / 2
        share = c.tokens / a.tokens if a.tokens else 0.0
        out.append(f'<rect x="{x - step * 0.32:.1f}" y="{y(share):.1f}" width="{step * 0.64:.1f}" '
                   f'height="{plot_h * share:.1f}" fill="{LEVEL_COLOURS[c.level]}" opacity="0.45">'
                   f"<title>HSK {c.label}: {c.tokens} tokens ({_pct(share)})</title></rect>")
        out.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" font-size="13" text-anchor="middle">{c.label}</text>')
        points.append((x, y(c.cumulative), c))
    out.append('<polyline fill="none" stroke="#0969da" stroke-width="2.5" points="'
               + " ".join(f"{x:.1f},{py:.1f}" for x, py, _ in points) + '"/>')
    for x, py, c in points:
        out.append(f'<circle cx="{x:.1f}" cy="{py:.1f}" r="3.5" fill="#0969da"/>')
        out.append(f'<text class="cum" x="{x:.1f}" y="{py - 7:.1f}" font-size="13" text-anchor="middle" '
                   f'fill="#0969da">{_pct(c.cumulative)}</text>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" font-size="13" text-anchor="middle" '
               f'fill="#57606a">HSK level ({escape(a.standard)})</text>')
    out.append("</svg>")
    return "".join(out)


def _chart_legend(a: TextAnalysis) -> str:
    """The chart's key, as HTML so it wraps on a phone: one swatch per mark drawn."""
    ramp = ",".join(LEVEL_COLOURS[lv] for lv in (1, 3, 5, 7))
    items = [
        (f"background:linear-gradient(90deg,{ramp});opacity:.6;height:.7em", "tokens at each level (bars)"),
        ("border-top:3px solid #0969da", "cumulative coverage"),
        ("border-top:2px dashed #8c959f", " · ".join(f"{p}% → {_needed(lv)}" for p, lv in a.level_for)),
    ]
    if a.known_level is not None:
        items.append(("background:#ddf4ff;border-right:2px solid #0969da;height:.9em",
                      f"known: HSK ≤ {level_label(a.known_level)}"))
    lis = "".join(f'<li><span class="swatch" style="{style}"></span>{escape(text)}</li>' for style, text in items)
    return f'<ul class="chart-legend" id="chart-legend">{lis}</ul>'


def _coverage_table(a: TextAnalysis) -> str:
    share = (lambda n: n / a.tokens) if a.tokens else (lambda n: 0.0)
    rows = [
        f'<tr><td class="{_cls(c.level)}">HSK ≤ {c.label}</td><td class="n">{_pct(c.cumulative)}</td>'
        f'<td class="n">{c.tokens:,}</td><td class="n">{_pct(share(c.tokens))}</td><td class="n">{c.words:,}</td></tr>'
        for c in a.coverage
    ]
    rows.append(f'<tr><td class="lx">outside HSK</td><td class="n"></td><td class="n">{a.outside_tokens:,}</td>'
                f'<td class="n">{_pct(share(a.outside_tokens))}</td><td class="n">{len(a.outside):,}</td></tr>')
    if a.names:  # read, not learned: apart from "outside HSK" and from the coverage shares
        rows.append(f'<tr id="names-row"><td class="lx">names</td><td class="n"></td><td class="n">{a.name_tokens:,}</td>'
                    f'<td class="n">{_pct(share(a.name_tokens))}</td><td class="n">{len(a.names):,}</td></tr>')
    return ('<table id="coverage"><thead><tr><th>level</th><th>covers (cumulative)</th><th>tokens at level</th>'
            "<th>share</th><th>words</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _word_rows(words: tuple[WordStat, ...], a: TextAnalysis, with_example: bool, label: str | None = None) -> str:
    """``label`` replaces the HSK column's level label (names: "name")."""
    rows = []
    for w in words:
        example = ""
        if with_example:
            s = a.sentences[w.example] if w.example is not None else None
            example = f"<td>{_highlight(s, w.word) if s else ''}</td>"
        rows.append(
            f'<tr><td class="w {_cls(w.level)}" lang="zh">{escape(w.word)}</td><td>{escape(w.pinyin)}</td>'
            f'<td class="n">{escape(label or level_label(w.level))}</td><td class="n">{w.count}</td>'
            f"<td>{_gloss(w.gloss)}</td>{example}</tr>"
        )
    return "".join(rows)


def _gloss(gloss: str, limit: int = 90) -> str:
    """Long CC-CEDICT senses (与: 200 characters of usage notes) cut short; whole on hover."""
    if len(gloss) <= limit:
        return escape(gloss)
    return f'<span title="{escape(gloss)}">{escape(gloss[: limit - 1])}…</span>'


def _new_words(a: TextAnalysis) -> str:
    if not a.new_words:
        return "<h2>New words</h2><p>Every word of the text is known.</p>"
    return (
        f"<h2>Top {len(a.new_words)} new words by frequency</h2>"
        f'<p class="note">{a.unknown_words:,} distinct words are new (known: {escape(a.known)}). '
        "Each comes with its i+1 sentence: the one with the fewest other new words.</p>"
        '<table id="new-words"><thead><tr><th>word</th><th>pinyin</th><th>HSK</th><th>count</th>'
        "<th>gloss</th><th>best sentence</th></tr></thead><tbody>"
        + _word_rows(a.new_words, a, with_example=True) + "</tbody></table>"
    )


def _outside(a: TextAnalysis) -> str:
    return _capped_words(a, a.outside, f"Words outside HSK ({len(a.outside):,})", "outside")


def _names(a: TextAnalysis) -> str:
    note = '<p class="note">People and places: read, not learned, so not counted in the coverage.</p>'
    return _capped_words(a, a.names, f"Names ({len(a.names):,})", "names", note, label="name")


def _capped_words(a: TextAnalysis, words: tuple[WordStat, ...], heading: str, table_id: str,
                  note: str = "", label: str | None = None) -> str:
    """A word table of at most ``MAX_OUTSIDE_ROWS`` rows, saying how many more the JSON has."""
    if not words:
        return ""
    shown = words[:MAX_OUTSIDE_ROWS]
    more = f'<p class="note">and {len(words) - len(shown):,} more (all in the JSON).</p>' if len(words) > len(shown) else ""
    return (
        f"<h2>{heading}</h2>{note}"
        f'<table id="{table_id}"><thead><tr><th>word</th><th>pinyin</th><th>HSK</th><th>count</th>'
        "<th>gloss</th></tr></thead><tbody>" + _word_rows(shown, a, with_example=False, label=label)
        + "</tbody></table>" + more
    )


def _sentence_table(title: str, ident: str, a: TextAnalysis, indexes: tuple[int, ...]) -> str:
    rows = "".join(
        f'<tr><td class="n"><a href="#s{s.index + 1}">{s.index + 1}</a></td><td class="n {_cls(s.level)}">'
        f'{escape(level_label(s.level))}</td><td class="n">{s.score:.2f}</td><td class="n">{len(s.unknown)}</td>'
        f"<td>{_coloured(s, a)}</td></tr>"
        for s in (a.sentences[i] for i in indexes)
    )
    return (f'<h2>{escape(title)}</h2><table id="{ident}"><thead><tr><th>#</th><th>HSK</th><th>score</th>'
            f"<th>new words</th><th>sentence</th></tr></thead><tbody>{rows}</tbody></table>")


def _highlight(s: SentenceStat, word: str) -> str:
    return "".join(f"<mark>{escape(t)}</mark>" if t == word else escape(t) for t in s.tokens)


def _coloured(s: SentenceStat, a: TextAnalysis) -> str:
    unknown = set(s.unknown) if a.known_tokens is not None else set()
    out = []
    for t in s.tokens:
        if is_hanzi_word(t):
            cls = _cls(a.levels.get(t))
            out.append(f'<span class="{cls} u">{escape(t)}</span>' if t in unknown else f'<span class="{cls}">{escape(t)}</span>')
        else:
            out.append(escape(t))
    return "".join(out)


def _text(a: TextAnalysis) -> str:
    legend = "".join(
        f'<span class="{_cls(lv)}">■ HSK {level_label(lv)}</span>' for lv in hsk.standard(a.standard).levels
    ) + '<span class="lx">■ outside HSK</span>'
    if a.known_tokens is not None:
        legend += '<span class="u">new word</span>'
    shown = a.sentences[:MAX_TEXT_SENTENCES]
    body: list[str] = []
    origin = None
    paragraph = None
    for s in shown:
        if s.origin != origin:
            if origin is not None:
                body.append("</p>")
            origin, paragraph = s.origin, s.paragraph
            body.append(f"<h3>{escape(origin)}</h3><p>")
        elif s.paragraph != paragraph:  # the source's paragraphs stay paragraphs
            paragraph = s.paragraph
            body.append("</p><p>")
        title = f"sentence {s.index + 1} · HSK {level_label(s.level)} · score {s.score:.2f}"
        body.append(f'<span class="s" id="s{s.index + 1}" title="{escape(title)}">{_coloured(s, a)}</span>')
    if shown:
        body.append("</p>")
    cut = (f'<p class="note">The first {len(shown):,} of {len(a.sentences):,} sentences; the figures above '
           "cover the whole text.</p>") if len(shown) < len(a.sentences) else ""
    return f'<h2>The text</h2><p class="legend">{legend}</p>{cut}<div class="text" id="text" lang="zh">{"".join(body)}</div>'
