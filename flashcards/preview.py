"""``flashcards preview``: a few of the cards a build would make, front and back, in one
self-contained HTML page, to see a deck before importing it.

Cards are rendered by :mod:`flashcards.render` (Anki's template rules, checked against the
real Anki in the tests) and each side is shown in its own ``<iframe srcdoc>``: a page of its
own, like Anki's reviewer, so the note type's CSS and script apply exactly as in Anki, with
``.card`` on the body and the night-mode classes where Anki puts them. The page has no
external references; its only script resizes the frames and switches width and night mode.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flashcards.build import BuildOptions, DeckPlan, plan_deck
from flashcards.errors import OptionError
from flashcards.notes import NoteSpec
from flashcards.notetypes import NoteType, note_types
from flashcards.render import RenderedCard, render_note

# What Anki's desktop reviewer adds around a card (reviewer.css, play buttons), reduced to
# what changes layout. AnkiDroid and AnkiMobile differ in detail, not in kind.
REVIEWER_CSS = """
html { -webkit-text-size-adjust: 100%; }
body { margin: 20px; }
@media (max-width: 480px) { body { margin: 12px; } }
.replay-button { text-decoration: none; display: inline-flex; vertical-align: middle; margin: 3px; }
.replay-button svg { width: 40px; height: 40px; }
.replay-button svg circle { fill: #fff; stroke: #414141; stroke-width: 2px; }
.replay-button svg path { fill: #414141; stroke: #414141; }
.nightMode .replay-button svg circle { fill: #363636; stroke: #bbb; }
.nightMode .replay-button svg path { fill: #ddd; stroke: #ddd; }
"""

_PLAY_ICON = (
    '<svg class="playImage" viewBox="0 0 64 64" version="1.1"><circle cx="32" cy="32" r="29"/>'
    '<path d="M56.502,32.301l-37.502,20.101l0.329,-40.804l37.173,20.703Z"/></svg>'
)
_AV_REF = re.compile(r"\[anki:play:([qa]):(\d+)\]")


@dataclass(frozen=True)
class PreviewReport:
    output: Path
    deck: str
    notes: int        # notes shown
    cards: int        # cards shown
    total_notes: int  # notes the build would make


def play_buttons(text: str, question_audio: Sequence[str], answer_audio: Sequence[str]) -> str:
    """Anki's ``[anki:play:q:0]`` references as play buttons, as the desktop reviewer draws them."""

    def button(m: re.Match) -> str:
        names = question_audio if m.group(1) == "q" else answer_audio
        index = int(m.group(2))
        name = names[index] if index < len(names) else ""
        return (
            f'<a class="replay-button soundLink" href="#" data-sound="{html.escape(name)}" '
            f'title="{html.escape(name)}" onclick="return false;">{_PLAY_ICON}</a>'
        )

    return _AV_REF.sub(button, text)


def card_document(
    card: RenderedCard, css: str, side: str = "question", night: bool = False, title: str = "card"
) -> str:
    """One side of a card as a complete page, the way Anki's reviewer lays it out."""
    text = card.question if side == "question" else card.answer
    body = play_buttons(text, card.question_audio, card.answer_audio)
    classes = f"card card{card.ordinal + 1}" + (" nightMode night_mode" if night else "")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title>"
        f"<style>{REVIEWER_CSS}</style><style>{css}</style></head>\n"
        f'<body class="{classes}"><div id="qa">{body}</div></body></html>\n'
    )


def sample_notes(notes: Sequence[NoteSpec], per_kind: int) -> list[NoteSpec]:
    """The first ``per_kind`` notes of each kind, in build order."""
    seen: dict[str, int] = {}
    out = []
    for note in notes:
        if seen.get(note.kind, 0) < per_kind:
            seen[note.kind] = seen.get(note.kind, 0) + 1
            out.append(note)
    return out


def preview_page(
    plan: DeckPlan, per_kind: int = 3, tone_colors: bool = True, tone_palette: str = "standard"
) -> tuple[str, int, int]:
    """The preview page for ``plan``: (HTML, notes shown, cards shown)."""
    types = note_types(tone_colors, tone_palette)
    notes = sample_notes(plan.notes, per_kind)
    sections = []
    cards = 0
    for note in notes:
        nt = types[note.kind]
        for card in render_note(nt, note.fields):
            sections.append(_card_section(nt, note, card))
            cards += 1
    summary = (
        f"{len(notes)} of {len(plan.notes)} notes, {cards} cards, as Anki will show them. "
        f"The deck holds {plan.words} words from {plan.sentences} sentences."
    )
    page = _PAGE.format(
        title=html.escape(plan.deck), summary=html.escape(summary), cards="\n".join(sections)
    )
    return page, len(notes), cards


def _card_section(nt: NoteType, note: NoteSpec, card: RenderedCard) -> str:
    heading = f"{nt.name} · {card.template}" + (f" {card.ordinal + 1}" if nt.is_cloze else "")
    frames = []
    for side, label in (("question", "Front"), ("answer", "Back")):
        doc = card_document(card, nt.css, side, title=f"{heading} · {label}")
        frames.append(
            f'<figure><figcaption>{label}</figcaption>'
            f'<iframe title="{html.escape(heading)} {label}" srcdoc="{html.escape(doc, quote=True)}">'
            "</iframe></figure>"
        )
    return f'<section class="note"><h2>{html.escape(heading)}</h2><div class="sides">{"".join(frames)}</div></section>'


def write_preview(options: BuildOptions, output: Path, per_kind: int = 3) -> PreviewReport:
    """Plan the deck ``options`` describes and write a preview of it to ``output``.

    ``options.output`` is not used: nothing but the page is written. Raises FlashcardsError
    subclasses.
    """
    from flashcards.build import input_paths
    from flashcards.files import check_output, write_atomic

    if per_kind < 1:
        raise OptionError("must be at least 1", option="count")
    check_output(output, inputs=input_paths(options))
    plan = plan_deck(options)
    page, notes, cards = preview_page(plan, per_kind, options.tone_colors, options.tone_palette)
    write_atomic(output, page.encode("utf-8"))
    return PreviewReport(output, plan.deck, notes, cards, len(plan.notes))


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>flashcards preview: {title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; background: #eceae4; color: #222; }}
header {{ position: sticky; top: 0; z-index: 1; padding: 10px 20px; background: #fff; border-bottom: 1px solid #ccc; }}
h1 {{ font-size: 20px; margin: 0 0 4px; }}
header p {{ margin: 0 0 6px; font-size: 14px; color: #555; }}
.controls label {{ margin-right: 16px; font-size: 14px; }}
main {{ padding: 10px 20px 40px; }}
.note {{ margin: 18px 0; }}
h2 {{ font-size: 14px; font-weight: 600; margin: 0 0 6px; color: #444; }}
.sides {{ display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }}
figure {{ margin: 0; }}
figcaption {{ font-size: 12px; color: #666; margin-bottom: 2px; }}
iframe {{ width: var(--card-width, 600px); max-width: calc(100vw - 40px); height: 320px; border: 1px solid #bbb; border-radius: 8px; background: #fff; }}
body.night {{ background: #111; color: #ddd; }}
body.night header {{ background: #222; border-color: #444; }}
body.night h2, body.night figcaption, body.night header p {{ color: #aaa; }}
</style></head>
<body>
<header><h1>{title}</h1><p>{summary}</p>
<div class="controls">
<label>Width <select id="width"><option value="360">phone, 360 px</option><option value="600" selected>tablet, 600 px</option><option value="1280">desktop, 1280 px</option></select></label>
<label><input type="checkbox" id="night"> night mode</label>
</div></header>
<main>
{cards}
</main>
<script>
(function () {{
  var frames = document.querySelectorAll("iframe");
  function fit(f) {{
    var d = f.contentDocument;
    if (!d || !d.body) return;
    f.style.height = "40px";  // shrink first: a frame's scrollHeight is never below its height
    f.style.height = (d.documentElement.scrollHeight + 2) + "px";
  }}
  function apply() {{
    var night = document.getElementById("night").checked;
    document.body.className = night ? "night" : "";
    document.documentElement.style.setProperty("--card-width", document.getElementById("width").value + "px");
    for (var i = 0; i < frames.length; i++) {{
      var d = frames[i].contentDocument;
      if (d && d.body) {{
        d.body.classList.toggle("nightMode", night);
        d.body.classList.toggle("night_mode", night);
      }}
      fit(frames[i]);
    }}
  }}
  for (var i = 0; i < frames.length; i++) frames[i].addEventListener("load", function (e) {{ apply(); }});
  document.getElementById("night").addEventListener("change", apply);
  document.getElementById("width").addEventListener("change", apply);
  apply();
}})();
</script>
</body></html>
"""
