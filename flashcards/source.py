"""Source stage: a file (or stdin) → a Document of text passages, each knowing its origin.

Each format has its reader in ``flashcards.formats`` (txt, md, html, srt/ass/vtt, epub);
``parse_document`` picks one through the registry there. Text-like formats rejoin lines that
were hard-wrapped inside a sentence (``formats.passage.rejoin_lines``), so the sentence
splitter sees whole sentences. Text that looks Japanese or Korean is refused unless forced
(``language``). The Document also records its script (simplified or traditional).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from flashcards.errors import InputError
from flashcards.files import os_message
from flashcards.formats.passage import HANZI as _HANZI, MAX_INPUT_BYTES, Passage



@dataclass(frozen=True)
class Document:
    name: str  # the file name ("-" → "stdin")
    passages: tuple[Passage, ...]
    script: str = "simplified"  # "simplified" or "traditional": what the text is written in


def read_document(path: str | Path, format: str | None = None, force: bool = False) -> Document:
    """Read one input (``"-"`` = stdin) into a Document. Raises InputError (OptionError for
    an unknown ``format``)."""
    name, data = _read_bytes(path)
    return parse_document(data, name, format, force)


def parse_document(data: bytes, name: str, format: str | None = None, force: bool = False) -> Document:
    """A file's bytes → a Document: the reader registered for its format does the work.

    The format is ``format``, else the name's extension, else the content's look
    (see ``flashcards.formats``). Text that looks Japanese or Korean rather than Chinese is
    refused unless ``force`` (see ``flashcards.language``).
    """
    from flashcards import formats
    from flashcards.formats.notices import held
    from flashcards.language import check_chinese, what_is_there
    from flashcards.script import detect_script

    if not data.strip():
        raise InputError(f"{name}: file is empty")
    kind = formats.format_for(name, data, format)
    with held():  # a reader's warnings are shown only if the document is not refused after all
        try:
            passages = formats.reader(kind)(data, name)
        except InputError as e:
            message = e.marked()
            raise InputError(message if message.startswith(name) else f"{name}: {message}") from None
        passages = [p for p in passages if p.text.strip()]
        if not any(_HANZI.search(p.text) for p in passages):
            raise InputError(f"{name}: no Chinese text found ({what_is_there(_sample(passages, 20_000))})")
        sample = _sample(passages)
        if not force:
            check_chinese(sample, name)
    return Document(name, tuple(passages), detect_script(sample))


def _sample(passages: list[Passage], size: int = 200_000) -> str:
    out: list[str] = []
    total = 0
    for p in passages:
        out.append(p.text)
        total += len(p.text)
        if total >= size:
            break
    return "\n".join(out)


def _read_bytes(path: str | Path) -> tuple[str, bytes]:
    if str(path) == "-":
        return "stdin", _bounded_read(sys.stdin.buffer, "stdin")
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not a text file")
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"{path}: file too large ({size // 2**20} MB; limit {MAX_INPUT_BYTES // 2**20} MB)")
        # Read with a bound even so: a pipe or a device (/dev/zero) has no size to check.
        with p.open("rb") as f:
            return p.name, _bounded_read(f, str(path))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({os_message(e)})") from None


def _bounded_read(stream: BinaryIO, label: str) -> bytes:
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{label}: input too large (limit {MAX_INPUT_BYTES // 2**20} MB)")
    return data
