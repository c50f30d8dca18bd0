"""Package stage: NoteSpecs → an .apkg file, written atomically.

The only module that imports genanki. Identity rules (see DESIGN.md): note type IDs are
constants, a deck's ID derives from its name, GUIDs come from notes.py, media names from
content. Each note may carry its own ``mod`` (the time its content last changed); without
one it gets the package timestamp, which makes Anki update it on re-import.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
import zipfile
from functools import lru_cache
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from flashcards.errors import OutputError
from flashcards.notes import NoteSpec
from flashcards.notetypes import NoteType, note_types


def deck_id(name: str) -> int:
    """A stable 62-bit deck ID from the deck's full name ("Course::01 Lesson")."""
    digest = hashlib.sha256(("flashcards-deck\x1f" + name).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 2 or 1


def check_output(path: Path) -> None:
    """Fail before any work if ``path`` cannot be written."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if not parent.is_dir():
        raise OutputError(f"{path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{path}: directory {parent} is not writable")
    # os.access answers yes to root even where nothing can be created (/proc, a read-only
    # mount): try, so the build fails now rather than after all the work.
    probe = parent / f".{path.name}.{os.getpid()}.probe"
    try:
        probe.open("xb").close()
        probe.unlink()
    except FileExistsError:
        pass
    except OSError as e:
        raise OutputError(f"{path}: cannot write in {parent} ({e.strerror or e})") from None


def write_package(
    notes: Sequence[NoteSpec],
    path: Path,
    media_files: Iterable[Path] = (),
    timestamp: float | None = None,
    mods: Mapping[str, int] | None = None,
    tone_colors: bool = True,
    tone_palette: str = "standard",
) -> None:
    """Write ``notes`` to ``path`` through a temporary file, so a failure leaves nothing broken.

    ``tone_colors=False`` ships the note types without tone colours (see notetypes.py for
    what that does to a learner's existing note types).
    """
    import genanki

    check_output(path)
    models = {kind: _model(genanki, nt) for kind, nt in note_types(tone_colors, tone_palette).items()}
    decks: dict[str, genanki.Deck] = {}
    for spec in notes:
        deck = decks.get(spec.deck)
        if deck is None:
            deck = decks[spec.deck] = genanki.Deck(deck_id(spec.deck), spec.deck)
        deck.add_note(_note(models[spec.kind], spec, (mods or {}).get(spec.guid)))
    package = genanki.Package(list(decks.values()), media_files=[str(p) for p in media_files])
    raw = path.with_name(f".{path.name}.{os.getpid()}.raw")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        package.write_to_file(str(raw), timestamp=timestamp if timestamp is not None else time.time())
        _compress(raw, tmp)
        os.replace(tmp, path)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror or e})") from None
    finally:
        for leftover in (raw, tmp):
            if leftover.exists():
                leftover.unlink()


def _compress(source: Path, target: Path) -> None:
    """Re-pack genanki's stored (uncompressed) zip: the collection deflates to a fifth of its
    size, which matters when a teacher sends one package to a class. Media (MP3) is already
    compressed and stays stored."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            packed = zipfile.ZipInfo(info.filename, info.date_time)
            if info.filename in ("collection.anki2", "media"):
                packed.compress_type = zipfile.ZIP_DEFLATED
            with zin.open(info) as member, zout.open(packed, "w") as out:
                shutil.copyfileobj(member, out, 1 << 20)


def _model(genanki, nt: NoteType):
    model = _plain_model(genanki, nt, [{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in nt.templates])
    # genanki decides which cards a note gets by rendering each front with chevron, which
    # knows no Anki field filters: {{text:HanziColored}} renders empty, so the card would
    # never be made. A filter changes how a field shows, not whether it is empty: the
    # requirements are those of the same fronts without filters.
    unfiltered = [
        {"name": t.name, "qfmt": _FIELD_FILTER.sub("{{", t.front), "afmt": t.back} for t in nt.templates
    ]
    model._req = _plain_model(genanki, nt, unfiltered)._req
    return model


_FIELD_FILTER = re.compile(r"\{\{(?![#/^!>])(?:[\w-]+:)+")


def _plain_model(genanki, nt: NoteType, templates: list[dict]):
    return genanki.Model(
        nt.id,
        nt.name,
        fields=[{"name": f} for f in nt.fields],
        templates=templates,
        css=nt.css,
        model_type=genanki.Model.CLOZE if nt.is_cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )


@lru_cache(maxsize=1)
def _note_class():
    import genanki

    class TimedNote(genanki.Note):
        """A genanki Note whose ``mod`` is its own last-change time, not the export time.

        genanki stamps every note with the export time; a note whose content did not change
        must keep its old mod, or Anki overwrites the learner's edits on re-import.
        """

        def __init__(self, *args, mod: int | None = None, **kwargs):
            super().__init__(*args, **kwargs)
            self.mod = mod

        def write_to_db(self, cursor, timestamp, deck_id, id_gen):
            super().write_to_db(cursor, self.mod if self.mod is not None else timestamp, deck_id, id_gen)

    return TimedNote


def _note(model, spec: NoteSpec, mod: int | None):
    return _note_class()(model=model, fields=list(spec.fields), guid=spec.guid, tags=list(spec.tags), mod=mod)
