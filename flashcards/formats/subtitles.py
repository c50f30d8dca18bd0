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
one before while overlapping it (a sign drawn in layers, a karaoke effect) is dropped. Events
shown at the same time as the one before (two speakers, a sign over dialogue) are never merged
with it. A dash inside a line ("准备好了吗 -嗯哼") opens another speaker's turn, as one at the
start of a line does. An event that ends without sentence punctuation joins the next one when
that follows within the gap and cannot open a sentence ("突然间却不再年轻" + "了。").

Credits and signs are dropped by rule: fansub staff lines (翻译/校对/时间轴/压制/字幕组 and the
like, with a name after them), URLs and @handles (微博, 官网), ASS styles named like signs,
staff, credits or the opening and ending songs (Sign, Staff, OP, ED, Credit), drawing events.
An ASS ``Dialogue:`` line that cannot be read is skipped with a warning naming its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flashcards.encoding import decode
from flashcards.errors import InputError
from flashcards.formats.notices import warn
from flashcards.formats.passage import CANNOT_START, HANZI as _HANZI, OPEN_ANYWAY, Passage

_CONTINUES = ("，", ",", "、", "：", ":")
_FINAL_PARTICLES = "了吗呢吧啊呀啦嘛哦哟"
_PAUSE_OK = "，,、：:；;。！？!?…"  # a line ending in one of these needs no space before the next
_MAX_GAP_MS = 2000
_MAX_MERGED_CHARS = 80
# <i>, <font …>, WebVTT <c.x>, <v Name> and <00:01.000> karaoke times. [^<>]: a "<" that
# never closes must not make every later "<" scan to the end (quadratic; pysubs2's own tag
# patterns are, which is why it is asked to keep tags and we drop them here).
_TAGS = re.compile(r"</?(?:[a-zA-Z]|\d+:)[^<>]*>")
_OVERRIDE = re.compile(r"\{[^{}]*\}")
_DASH = re.compile(r"^[-–—－]\s*")
_DRAWING = re.compile(r"\{[^{}]*\\p[1-9]")
_VTT_META = re.compile(r"\s*(NOTE|STYLE|REGION)\b")
# A dash after a space inside a line: the next speaker's turn ("准备好了吗 -嗯哼").
_INNER_DASH = re.compile(r"(?<=\S)\s+(?=[-–－]\s*[^\s\-–－])")
_SENTENCE_END = "。！？!?…；;」』”’）)"
# Fansub credits. Words that only a staff list uses count anywhere; job titles that dialogue
# also uses (翻译 "interpreter") only as a label: followed by a colon or slash, or by a name
# and nothing else.
_STAFF_WORDS = re.compile(r"字幕组|字幕組|字幕由|字幕制作|字幕製作|压制|壓制|时间轴|時間軸|仅供学习|僅供學習")
_STAFF_LABEL = re.compile(
    r"(?:翻译|翻譯|校对|校對|校正|后期|後期|特效|片源|监制|監製|字幕|听译|聽譯|总监|總監|微博|官网|官網|公众号|公眾號)"
    r"(?:\s*[:：/|｜@]|\s+\S{1,8}$)"
)
_URL = re.compile(r"https?://|www\.|\w\.(?:com|cn|net|org|tv|cc)\b|@\w", re.I)
_CREDIT_STYLE = re.compile(r"sign|staff|credit|logo|(?:^|[^a-z])(?:op|ed)(?:[^a-z]|$)", re.I)
_ASS_TIME = re.compile(r"\s*\d+:\d{1,2}:\d{1,2}(?:[.:]\d{1,3})?\s*")


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
    skipped: list[int] = []
    if fmt == "ass":
        text, skipped = _drop_bad_dialogue_lines(text)
    options = {"keep_html_tags": True} if fmt in ("srt", "vtt") else {}
    try:
        subs = pysubs2.SSAFile.from_string(text, format_=fmt, **options)
    except Exception as e:  # pysubs2 raises ValueError, KeyError, IndexError or its own on bad files
        raise InputError(f"not a valid {fmt} subtitle file ({type(e).__name__})") from None
    events = []
    for event in sorted(subs, key=lambda e: e.start):
        if event.is_comment or _DRAWING.search(event.text) or _CREDIT_STYLE.search(event.style or ""):
            continue
        body = event_text(_plaintext(event.text))
        if body and not is_credit(body):
            events.append(_Event(event.start, event.end, body))
    if not events:
        unreadable = f"; {len(skipped)} unreadable Dialogue lines skipped" if skipped else ""
        raise InputError(f"no subtitle events with Chinese text (is it really {fmt}?{unreadable})")
    if skipped:
        shown = ", ".join(map(str, skipped[:5])) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
        warn(f"{name}: unreadable Dialogue line{'s' if len(skipped) > 1 else ''} skipped: line {shown}")
    return [Passage(e.text, f"{name} {timestamp(e.start)}") for e in _merge(_deduplicate(events))]


def is_credit(text: str) -> bool:
    """A fansub credit or notice rather than dialogue.

    >>> is_credit("翻译 小伍"), is_credit("字幕由SSK字幕组倾情译制"), is_credit("他是我的翻译。")
    (True, True, False)
    """
    return bool(_STAFF_WORDS.search(text) or _STAFF_LABEL.search(text) or _URL.search(text))


def event_text(plaintext: str) -> str:
    """One event's lines → its text: tags and translation lines dropped, wrapped lines joined.

    >>> event_text("<i>我觉得我们应该</i>\\n早点出发\\nWe should leave early")
    '我觉得我们应该 早点出发'
    >>> event_text("- 你去哪？\\n- 回家。")
    '你去哪？\\n回家。'
    >>> event_text("准备好了吗 -嗯哼")
    '准备好了吗\\n嗯哼'
    """
    parts: list[str] = []
    lines = [turn for raw in plaintext.split("\n") for turn in _INNER_DASH.split(_TAGS.sub("", raw))]
    for raw in lines:
        line = raw.strip()
        new_speaker = bool(_DASH.match(line))
        line = _DASH.sub("", line).strip()
        if not _HANZI.search(line):
            continue
        if parts:
            # a line closing on a sentence-final particle ended its sentence (城市太忙了 /
            # 卡丁车的莫扎特: two captions), as a new speaker's dash says
            ended = parts[-1][-1] in _FINAL_PARTICLES
            parts.append("\n" if new_speaker or ended else "" if parts[-1][-1] in _PAUSE_OK else " ")
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
    """Does ``event`` finish the sentence ``previous`` left open? Never when both are on
    screen at once: those are two speakers, or a sign over the dialogue."""
    cut = previous.text.endswith(_CONTINUES) or (
        not previous.text.endswith(tuple(_SENTENCE_END)) and event.text[0] in CANNOT_START
        and not event.text.startswith(OPEN_ANYWAY)  # 滑 + 地狱外缘: a word of its own, not the particle 地
    )
    return (
        cut
        and "\n" not in previous.text
        and previous.end <= event.start <= previous.end + _MAX_GAP_MS
        and len(previous.text) + len(event.text) <= _MAX_MERGED_CHARS
    )


def _drop_bad_dialogue_lines(text: str) -> tuple[str, list[int]]:
    """Drop each Dialogue line pysubs2 would refuse the whole file for (too few fields, a
    start or end that is not a time); return the text and the dropped lines' numbers."""
    fields = ["layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text"]
    kept, skipped = [], []
    for number, line in enumerate(text.split("\n"), 1):
        head, _, rest = line.partition(":")
        key = head.strip().lower()
        if key == "format":
            fields = [f.strip().lower() for f in rest.split(",")]
        elif key in ("dialogue", "comment") and not _readable_event(rest, fields):
            skipped.append(number)
            continue
        kept.append(line)
    return "\n".join(kept), skipped


def _readable_event(rest: str, fields: list[str]) -> bool:
    values = rest.split(",", len(fields) - 1)
    if len(values) < len(fields):
        return False
    times = [values[fields.index(f)] for f in ("start", "end") if f in fields]
    return all(_ASS_TIME.fullmatch(t) for t in times)


def _drop_vtt_metadata(text: str) -> str:
    """pysubs2 reads a WebVTT NOTE block as part of the cue before it: remove such blocks."""
    blocks = re.split(r"\n[ \t]*\n", text)
    return "\n\n".join(b for i, b in enumerate(blocks) if i == 0 or not _VTT_META.match(b))
