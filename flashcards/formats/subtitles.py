"""Subtitles (SRT, ASS/SSA, WebVTT): each event is a passage whose origin is its start time.

One event is roughly one sentence, and Chinese subtitles rarely carry a full stop, so nothing
is merged across events except where an event visibly stops mid-sentence: it ends on a comma
or colon (，、：) and the next event follows within two seconds. The merged passage keeps the
first event's time. Within an event, lines are one sentence wrapped for the screen and are
joined with a space (the subtitle convention for a pause), except lines opened by a dialogue
dash ("- 你去哪？" / "- 回家。"), which are different speakers and stay apart. Lines without
any Chinese (the English half of bilingual subtitles) are dropped.

Markup dropped: ASS override blocks ({\\i1}, {\\pos(…)}), drawing events ({\\p1}), comment
events, HTML-like tags (<i>, <font …>, WebVTT <c.x>, <v Name>), WebVTT NOTE/STYLE/REGION blocks.
Events are put in time order (ASS files need not be), and an event repeating the text of the
one before while overlapping it (a sign drawn in layers, a karaoke effect) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flashcards.encoding import decode
from flashcards.errors import InputError
from flashcards.formats.passage import Passage

_CONTINUES = ("，", ",", "、", "：", ":")
_PAUSE_OK = "，,、：:；;。！？!?…"  # a line ending in one of these needs no space before the next
_MAX_GAP_MS = 2000
_MAX_MERGED_CHARS = 80
_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# <i>, <font …>, WebVTT <c.x>, <v Name> and <00:01.000> karaoke times. [^<>]: a "<" that
# never closes must not make every later "<" scan to the end (quadratic; pysubs2's own tag
# patterns are, which is why it is asked to keep tags and we drop them here).
_TAGS = re.compile(r"</?(?:[a-zA-Z]|\d+:)[^<>]*>")
_OVERRIDE = re.compile(r"\{[^{}]*\}")
_DASH = re.compile(r"^[-–—－]\s*")
_DRAWING = re.compile(r"\{[^{}]*\\p[1-9]")
_VTT_META = re.compile(r"\s*(NOTE|STYLE|REGION)\b")


@dataclass(frozen=True)
class _Event:
    start: int  # milliseconds
    end: int
    text: str


def read_srt(data: bytes, name: str) -> list[Passage]:
    return _read(data, name, "srt")


def read_ass(data: bytes, name: str) -> list[Passage]:
    return _read(data, name, "ass")


def read_vtt(data: bytes, name: str) -> list[Passage]:
    return _read(data, name, "vtt")


def _read(data: bytes, name: str, fmt: str) -> list[Passage]:
    import pysubs2

    text = decode(data)
    if fmt == "vtt":
        text = _drop_vtt_metadata(text)
    options = {"keep_html_tags": True} if fmt in ("srt", "vtt") else {}
    try:
        subs = pysubs2.SSAFile.from_string(text, format_=fmt, **options)
    except Exception as e:  # pysubs2 raises ValueError, KeyError, IndexError or its own on bad files
        raise InputError(f"not a valid {fmt} subtitle file ({type(e).__name__})") from None
    events = []
    for event in sorted(subs, key=lambda e: e.start):
        if event.is_comment or _DRAWING.search(event.text):
            continue
        body = event_text(_plaintext(event.text))
        if body:
            events.append(_Event(event.start, event.end, body))
    if not events:
        raise InputError(f"no subtitle events with Chinese text (is it really {fmt}?)")
    return [Passage(e.text, f"{name} {timestamp(e.start)}") for e in _merge(_deduplicate(events))]


def event_text(plaintext: str) -> str:
    """One event's lines → its text: tags and translation lines dropped, wrapped lines joined.

    >>> event_text("<i>我觉得我们应该</i>\\n早点出发\\nWe should leave early")
    '我觉得我们应该 早点出发'
    >>> event_text("- 你去哪？\\n- 回家。")
    '你去哪？\\n回家。'
    """
    parts: list[str] = []
    for raw in plaintext.split("\n"):
        line = _TAGS.sub("", raw).strip()
        new_speaker = bool(_DASH.match(line))
        line = _DASH.sub("", line).strip()
        if not _HANZI.search(line):
            continue
        if parts:
            parts.append("\n" if new_speaker else "" if parts[-1][-1] in _PAUSE_OK else " ")
        parts.append(line)
    return "".join(parts)


def _plaintext(text: str) -> str:
    """pysubs2's SSAEvent.plaintext in linear time: override blocks out, \\N and \\h as text."""
    return _OVERRIDE.sub("", text).replace(r"\h", " ").replace(r"\n", "\n").replace(r"\N", "\n")


def timestamp(ms: int) -> str:
    """Milliseconds → "HH:MM:SS", as video players show a position.

    >>> timestamp(3_723_999)
    '01:02:03'
    """
    seconds = max(0, ms) // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _deduplicate(events: list[_Event]) -> list[_Event]:
    out: list[_Event] = []
    for event in events:
        if out and event.text == out[-1].text and event.start <= out[-1].end:
            continue
        out.append(event)
    return out


def _merge(events: list[_Event]) -> list[_Event]:
    out: list[_Event] = []
    for event in events:
        if out and _continues(out[-1], event):
            last = out[-1]
            out[-1] = _Event(last.start, event.end, last.text + event.text)
        else:
            out.append(event)
    return out


def _continues(previous: _Event, event: _Event) -> bool:
    return (
        previous.text.endswith(_CONTINUES)
        and "\n" not in previous.text
        and event.start - previous.end <= _MAX_GAP_MS
        and len(previous.text) + len(event.text) <= _MAX_MERGED_CHARS
    )


def _drop_vtt_metadata(text: str) -> str:
    """pysubs2 reads a WebVTT NOTE block as part of the cue before it: remove such blocks."""
    blocks = re.split(r"\n[ \t]*\n", text)
    return "\n\n".join(b for i, b in enumerate(blocks) if i == 0 or not _VTT_META.match(b))
