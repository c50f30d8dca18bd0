"""Render our cards the way Anki does, without Anki: the part of its template language our
templates use.

Supported: ``{{Field}}``, ``{{#Field}}…{{/Field}}``, ``{{^Field}}…{{/Field}}``,
``{{cloze:Field}}``, ``{{text:Field}}``, ``{{FrontSide}}``, and ``[sound:…]`` references, which become
``[anki:play:q:N]`` / ``[anki:play:a:N]`` exactly as in Anki's own render output. Anything
else (other filters, unknown fields) raises TemplateError: our templates are ours, so an
unsupported tag is a bug to catch in tests, not input to tolerate.

Why not the real engine? The ``anki`` package renders exactly this (tests compare the two on
every template), but it is a 30 MB dependency with a Rust core, too much to show a preview.
Why not ``chevron`` (genanki's mustache)? Anki's language only looks like mustache: fields are
not HTML-escaped, a field holding only ``<br>`` or spaces counts as empty, ``cloze:`` is a
filter, and a card exists only if its front uses a non-empty field. A mustache renderer would
need a workaround for each of those; this module is those rules and nothing else.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from flashcards.notetypes import NoteType


class TemplateError(ValueError):
    """A template uses something this renderer (and our note types) does not support."""


@dataclass(frozen=True)
class RenderedCard:
    """One card as Anki would render it: HTML with ``[anki:play:…]`` references, its audio."""

    template: str            # template name: "Recognition", "Cloze", …
    ordinal: int             # Anki's card ord: template index, or cloze number - 1
    question: str
    answer: str
    question_audio: tuple[str, ...]
    answer_audio: tuple[str, ...]


# --- parsing ---------------------------------------------------------------------------

_TAG = re.compile(r"\{\{(.*?)\}\}", re.S)
_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|<[^>]*>", re.S)


@dataclass(frozen=True)
class _Field:
    name: str
    filters: tuple[str, ...]


@dataclass(frozen=True)
class _Section:
    name: str
    inverted: bool
    children: tuple


def _parse(template: str) -> tuple:
    root: list = []
    stack: list[tuple[str, bool, list]] = []
    current = root
    pos = 0
    for match in _TAG.finditer(template):
        if match.start() > pos:
            current.append(template[pos:match.start()])
        pos = match.end()
        tag = match.group(1).strip()
        if tag[:1] in "#^":
            stack.append((tag[1:].strip(), tag[0] == "^", current))
            current = []
        elif tag[:1] == "/":
            if not stack or stack[-1][0] != tag[1:].strip():
                raise TemplateError(f"unexpected {{{{{tag}}}}}")
            name, inverted, parent = stack.pop()
            parent.append(_Section(name, inverted, tuple(current)))
            current = parent
        else:
            *filters, name = tag.split(":")
            current.append(_Field(name.strip(), tuple(f.strip() for f in filters)))
    if stack:
        raise TemplateError(f"{{{{#{stack[-1][0]}}}}} is never closed")
    current.append(template[pos:])
    return tuple(root)


# --- rendering -------------------------------------------------------------------------

# Anki's rule (rslib template.rs): only whitespace, <br> and <div> tags is empty.
_EMPTY = re.compile(r"^(?:\s|</?(?:br|div) ?/?>)*$", re.I)
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.S)
_SOUND = re.compile(r"\[sound:(.+?)\]")


def is_empty(value: str) -> bool:
    return bool(_EMPTY.match(value))


@dataclass
class _Context:
    fields: Mapping[str, str]
    answer: bool
    cloze: int                # 1-based cloze number this card shows
    front_side: str = ""
    used_nonempty: bool = False  # did a non-empty field reach the output?

    def value(self, name: str) -> str:
        if name == "FrontSide":
            return self.front_side
        try:
            return self.fields[name]
        except KeyError:
            raise TemplateError(f"no field named {name!r}") from None


def _render(nodes: tuple, ctx: _Context) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, _Section):
            if is_empty(ctx.value(node.name)) == node.inverted:
                out.append(_render(node.children, ctx))
        else:
            value = ctx.value(node.name)
            for f in reversed(node.filters):
                value = _apply(f, value, ctx)
            if node.name != "FrontSide" and not is_empty(ctx.fields[node.name]):
                ctx.used_nonempty = True
            out.append(value)
    return "".join(out)


def _apply(name: str, value: str, ctx: _Context) -> str:
    if name == "cloze":
        return _cloze(value, ctx.cloze, ctx.answer)
    if name == "text":
        return _strip_html(value)
    raise TemplateError(f"filter {name!r} is not supported")


def _strip_html(value: str) -> str:
    """Anki's ``text:`` filter: comments and tags dropped, entities decoded, nbsp as a space.

    (Anki keeps every entity encoded when one of them is unknown; our fields never hold one.)
    """
    return html.unescape(_TAG_OR_COMMENT.sub("", value)).replace("\xa0", " ")


def _cloze(text: str, shown: int, answer: bool) -> str:
    def one(m: re.Match) -> str:
        number, content, hint = int(m.group(1)), m.group(2), m.group(3)
        if number != shown:
            return f'<span class="cloze-inactive" data-ordinal="{number}">{content}</span>'
        if answer:
            return f'<span class="cloze" data-ordinal="{number}">{content}</span>'
        return (
            f'<span class="cloze" data-cloze="{_encode_attribute(content)}" data-ordinal="{number}">'
            f"[{hint if hint else '...'}]</span>"
        )

    return _CLOZE.sub(one, text)


def _encode_attribute(text: str) -> str:
    """Escape as Anki does (the htmlescape crate): every char below 256 but ASCII letters and
    digits becomes a hex reference, except the four with names."""
    named = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
    out = []
    for ch in text:
        if ch in named:
            out.append(named[ch])
        elif ord(ch) < 256 and not (ch.isascii() and ch.isalnum()):
            out.append(f"&#x{ord(ch):X};")
        else:
            out.append(ch)
    return "".join(out)


def _sounds(html: str, side: str) -> tuple[str, tuple[str, ...]]:
    names: list[str] = []

    def ref(m: re.Match) -> str:
        names.append(m.group(1))
        return f"[anki:play:{side}:{len(names) - 1}]"

    return _SOUND.sub(ref, html), tuple(names)


def cloze_numbers(nt: NoteType, fields: Mapping[str, str]) -> list[int]:
    """The cloze numbers a cloze note has cards for (Anki makes card 1 if there are none)."""
    used = {n.name for n in _walk(_parse(nt.templates[0].front)) if isinstance(n, _Field) and "cloze" in n.filters}
    numbers = {int(m.group(1)) for name in used for m in _CLOZE.finditer(fields.get(name, ""))}
    return sorted(numbers) or [1]


def _walk(nodes: tuple):
    for node in nodes:
        yield node
        if isinstance(node, _Section):
            yield from _walk(node.children)


def render_card(nt: NoteType, fields: Mapping[str, str], ordinal: int) -> RenderedCard:
    """Card ``ordinal`` (Anki's ``ord``) of a note with these field values."""
    template = nt.templates[0] if nt.is_cloze else nt.templates[ordinal]
    cloze = ordinal + 1 if nt.is_cloze else 1
    question, q_audio = _sounds(_render(_parse(template.front), _Context(fields, False, cloze)), "q")
    back = _render(_parse(template.back), _Context(fields, True, cloze, front_side=question))
    answer, a_audio = _sounds(back, "a")
    return RenderedCard(template.name, ordinal, question, answer, q_audio, a_audio)


def render_note(nt: NoteType, values: Sequence[str]) -> list[RenderedCard]:
    """Every card Anki would make for a note with these field values, in ``nt.fields`` order.

    A standard note type gets a card per template whose front uses a non-empty field (so
    ``{{#MakeListening}}…{{/MakeListening}}`` switches a card off); a cloze note type, one
    card per cloze number.
    """
    if len(values) != len(nt.fields):
        raise TemplateError(f"{nt.name}: {len(values)} values for {len(nt.fields)} fields")
    fields = dict(zip(nt.fields, values))
    if nt.is_cloze:
        return [render_card(nt, fields, n - 1) for n in cloze_numbers(nt, fields)]
    cards = []
    for ordinal, template in enumerate(nt.templates):
        ctx = _Context(fields, False, 1)
        _render(_parse(template.front), ctx)
        if ctx.used_nonempty:
            cards.append(render_card(nt, fields, ordinal))
    return cards
