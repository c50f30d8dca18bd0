"""Package stage: NoteSpecs → an .apkg file, written atomically.

The only module that imports genanki. Identity rules (see docs/design.md): note type IDs are
constants, a deck's ID derives from its name, GUIDs come from notes.py, media names from
content. Each note may carry its own ``mod`` (the time its content last changed); without
one it gets the package timestamp, which makes Anki update it on re-import.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from flashcards.errors import OutputError
from flashcards.files import check_output, os_message
from flashcards.notes import NoteSpec
from flashcards.notetypes import NoteType, note_types


def deck_id(name: str) -> int:
    """A stable 62-bit deck ID from the deck's full name ("Course::01 Lesson")."""
    digest = hashlib.sha256(("flashcards-deck\x1f" + name).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 2 or 1


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

    The collection is written beside the output and zipped once, deflated: genanki's own
    ``write_to_file`` leaves its SQLite file in TMPDIR on every build (it never deletes it)
    and writes a stored zip that would need packing again.
    """
    check_output(path)
    now = timestamp if timestamp is not None else time.time()
    media = list(media_files)
    # Both temporary files sit beside the output (never in TMPDIR) and go in ``finally``,
    # which Ctrl-C runs too: a build leaves the package or nothing.
    db = path.with_name(f".{path.name}.{os.getpid()}.db")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    stamp = max(time.localtime(now)[:6], (1980, 1, 1, 0, 0, 0))  # zip dates start in 1980
    try:
        _write_collection(db, notes, now, mods or {}, tone_colors, tone_palette)
        with zipfile.ZipFile(tmp, "w") as out:
            # The collection deflates to a fifth of its size, which matters when a teacher
            # sends one package to a class; media (MP3) is already compressed and is stored.
            info = zipfile.ZipInfo("collection.anki2", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            with db.open("rb") as source, out.open(info, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)
            names = {str(i): p.name for i, p in enumerate(media)}
            out.writestr(zipfile.ZipInfo("media", stamp), json.dumps(names), zipfile.ZIP_DEFLATED)
            for i, media_path in enumerate(media):
                out.write(media_path, str(i))
        os.replace(tmp, path)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({os_message(e)})") from None
    finally:
        for leftover in (db, tmp):
            if leftover.exists():
                leftover.unlink()


def _write_collection(
    db: Path, notes: Sequence[NoteSpec], timestamp: float, mods: Mapping[str, int], tone_colors: bool, tone_palette: str = "standard"
) -> None:
    """The package's SQLite collection, written to ``db``.

    genanki writes the schema, the decks and the note types; notes and cards go in with one
    ``executemany`` each (genanki's ``Note`` costs a validation pass, a tag list and two
    INSERTs per note). Rows and IDs are those genanki would write: decks in order of first
    use, in each deck its notes in order, each note's ID followed by its cards' IDs.
    """
    import genanki

    models = {kind: _model(genanki, nt) for kind, nt in note_types(tone_colors, tone_palette).items()}
    by_deck: dict[str, list[NoteSpec]] = {}
    for spec in notes:
        by_deck.setdefault(spec.deck, []).append(spec)
    decks = []
    for name, specs in by_deck.items():
        deck = genanki.Deck(deck_id(name), name)
        for kind in dict.fromkeys(spec.kind for spec in specs):
            deck.add_model(models[kind])
        decks.append(deck)
    conn = sqlite3.connect(db)
    try:
        cursor = conn.cursor()
        # A scratch file read once by the zip below: no journal, no fsync.
        cursor.execute("PRAGMA journal_mode = OFF")
        cursor.execute("PRAGMA synchronous = OFF")
        ids = itertools.count(int(timestamp * 1000))
        genanki.Package(decks).write_to_db(cursor, timestamp, ids)
        note_rows, card_rows = [], []
        card_ords = {kind: _card_orders(model) for kind, model in models.items()}
        for deck in decks:
            for spec in by_deck[deck.name]:
                model = models[spec.kind]
                if len(spec.fields) != len(model.fields):
                    raise ValueError(f"{spec.kind} note has {len(spec.fields)} fields, its type {len(model.fields)}")
                mod = int(mods.get(spec.guid, timestamp))
                note_id = next(ids)
                tags = " " + " ".join(spec.tags) + " "
                note_rows.append((note_id, spec.guid, model.model_id, mod, -1, tags, "\x1f".join(spec.fields),
                                  spec.fields[0], 0, 0, ""))
                for order in card_ords[spec.kind](spec.fields):
                    card_rows.append((next(ids), note_id, deck.deck_id, order, mod, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ""))
        cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", note_rows)
        cursor.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)
        conn.commit()
    finally:
        conn.close()


def _card_orders(model) -> Callable[[Sequence[str]], list[int]]:
    """Which cards a note of ``model`` gets, decided as genanki decides it."""
    if model.model_type == model.CLOZE:
        qfmt = model.templates[0]["qfmt"]
        names = set(re.findall(r"{{[^}]*?cloze:(?:[^}]?:)*(.+?)}}", qfmt) + re.findall("<%cloze:(.+?)%>", qfmt))
        index = {f["name"]: i for i, f in enumerate(model.fields)}
        where = [index[n] for n in names if n in index]

        def cloze(fields: Sequence[str]) -> list[int]:
            found = {int(m) - 1 for i in where for m in _CLOZE_NUMBER.findall(fields[i]) if int(m) > 0}
            return sorted(found)

        return cloze
    req = [(order, any if how == "any" else all, needed) for order, how, needed in model._req]
    return lambda fields: [order for order, test, needed in req if test(fields[i] for i in needed)]


_CLOZE_NUMBER = re.compile(r"{{c(\d+)::.+?}}", re.DOTALL)


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
