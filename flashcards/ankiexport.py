"""Read the notes of a learner's own Anki export (.apkg / .colpkg): the words they already have.

An export is a zip holding an SQLite collection under one of three names, newest first:

* ``collection.anki21b`` — Anki 2.1.50+: the collection compressed with zstd (schema 18,
  note types in the ``notetypes``/``fields`` tables). Such packages also hold a legacy
  ``collection.anki2`` that is only a stub note saying "Please update to the latest Anki
  version", so the newest member must win.
* ``collection.anki21`` — "support older Anki versions" exports (schema 11, note types as
  JSON in ``col.models``).
* ``collection.anki2`` — old exports and genanki packages (schema 11).

The file comes from someone else, so reading it is defensive: a member is never extracted
by its name (no path can escape a folder we chose); the one collection member is streamed
into a temporary file of our own with limits on its compressed size, its uncompressed size
and the ratio between them (a zip or zstd bomb stops early, not when the disk is full); the
database is opened read-only with ``trusted_schema`` off, so its views and triggers cannot
call functions. Media is never read.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO

from flashcards.errors import InputError, mention
from flashcards.files import open_regular, os_message
from flashcards.hanzi import HANZI_RUN as _HANZI_RUN

COLLECTION_MEMBERS = ("collection.anki21b", "collection.anki21", "collection.anki2")
#: Field names that hold the headword, best first (case-insensitive). "Simplified" is ours.
DEFAULT_FIELDS = ("simplified", "hanzi", "chinese", "word")
_STUB_TEXT = "please update to the latest anki version"
_SOUND = re.compile(r"\[sound:[^\]]*\]")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.S)
_TAG = re.compile(r"<[^>]*>")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    """How much of an export we are willing to read. Generous for real collections."""

    package_bytes: int = 8 << 30        # the whole .apkg/.colpkg (mostly media, never read)
    members: int = 500_000              # zip entries (a .colpkg has one per media file)
    compressed_bytes: int = 1 << 30     # the collection member as stored in the zip
    collection_bytes: int = 2 << 30     # the SQLite file once decompressed
    ratio: int = 200                    # decompressed / stored, checked past ratio_floor
    ratio_floor: int = 32 << 20
    notes: int = 5_000_000              # notes read (a large real collection has 100 000)
    seconds: float = 120.0              # SQLite time reading them (a real one takes seconds)


@dataclass(frozen=True)
class ExportedNote:
    notetype: str
    field_names: tuple[str, ...]
    fields: tuple[str, ...]


def export_words(path: Path, field: str | None = None, limits: Limits = Limits()) -> frozenset[str]:
    """The hanzi words in one field of every note in the export at ``path``.

    ``field`` names the field (case-insensitive); by default each note type's "Simplified"
    field, else one named Hanzi, Chinese or Word, else its first field. Markup, sound tags and
    cloze brackets are dropped; each run of hanzi counts as one word ("学习、研究" gives two).

    >>> export_words(Path("my-deck.apkg"))      # doctest: +SKIP
    frozenset({'学习', '电商', ...})
    """
    notes = read_notes(path, limits)
    if field is not None and notes and not any(_field_index(n.field_names, field) is not None for n in notes):
        names = sorted({name for n in notes for name in n.field_names})
        raise InputError(f"{path}: no note has a field named {field!r} ({mention('known_field')}); fields: {', '.join(names)}")
    words: set[str] = set()
    for note in notes:
        index = _field_index(note.field_names, field)
        if index is not None and index < len(note.fields):
            words.update(_HANZI_RUN.findall(plain_text(note.fields[index])))
    return frozenset(words)


def plain_text(field: str) -> str:
    """A field's readable text: cloze answers kept, sound tags and HTML dropped."""
    text = _SOUND.sub(" ", field)
    text = _CLOZE.sub(r"\1", text)
    return html.unescape(_TAG.sub(" ", text))


def _field_index(names: tuple[str, ...], wanted: str | None) -> int | None:
    folded = [n.casefold() for n in names]
    if wanted is not None:
        return folded.index(wanted.casefold()) if wanted.casefold() in folded else None
    for candidate in DEFAULT_FIELDS:
        if candidate in folded:
            return folded.index(candidate)
    return 0 if names else None


def read_notes(path: Path, limits: Limits = Limits()) -> list[ExportedNote]:
    """Every note of the export, with its note type's field names. Raises InputError."""
    with _collection_file(path, limits) as db_path, closing(_open_readonly(path, db_path)) as db:
        deadline = time.monotonic() + limits.seconds
        # SQLite calls this every 10 000 steps; non-zero interrupts the query. A crafted
        # schema (a recursive view, a join of joins) cannot make us wait longer than that.
        db.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
        try:
            notes = list(islice(_notes(db), limits.notes + 1))
        except sqlite3.OperationalError as e:
            if "interrupt" in str(e):
                raise InputError(f"{path}: reading the collection took over {limits.seconds:g}s; not a real export?") from None
            raise InputError(f"{path}: not an Anki collection inside ({e})") from None
        except sqlite3.DatabaseError as e:
            raise InputError(f"{path}: not an Anki collection inside ({e})") from None
        except RecursionError:
            raise InputError(f"{path}: not an Anki collection inside (note types nested too deeply)") from None
    if len(notes) > limits.notes:
        raise InputError(f"{path}: more than {limits.notes} notes; not a collection we can read")
    if len(notes) == 1 and notes[0].fields and notes[0].fields[0].casefold().startswith(_STUB_TEXT):
        raise InputError(f"{path}: holds only the placeholder for old Anki versions, not the collection")
    return notes


@contextmanager
def _collection_file(path: Path, limits: Limits) -> Iterator[Path]:
    """The package's collection, decompressed into a temporary file that we name."""
    with tempfile.TemporaryDirectory(prefix="flashcards-export-") as tmp:
        target = Path(tmp) / "collection.sqlite"  # our name, never the member's
        _extract_collection(path, target, limits)
        yield target


def _extract_collection(path: Path, target: Path, limits: Limits) -> None:
    # A regular file only: a pipe or a device (/dev/zero) has no end to find, no size to check.
    with open_regular(path, limits.package_bytes, what=mention("known_from")) as package:
        try:
            _check_directory_size(path, package, limits)
            with zipfile.ZipFile(package) as zf:
                info = _collection_member(path, zf, limits)
                with zf.open(info) as raw, open(target, "wb") as out:
                    source = _zstd_reader(path, raw) if info.filename.endswith(".anki21b") else raw
                    _copy_limited(path, source, out, info.compress_size, limits)
        except (zipfile.BadZipFile, EOFError) as e:
            raise InputError(f"{path}: not an Anki export (not a valid zip file: {e})") from None
        except (RuntimeError, NotImplementedError) as e:  # encrypted member, unknown compression
            raise InputError(f"{path}: cannot read the collection ({e})") from None
        except OSError as e:
            raise InputError(f"{path}: cannot read: {os_message(e)}") from None


_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


def _check_directory_size(path: Path, f: IO[bytes], limits: Limits) -> None:
    """Count the zip's entries from its end record, before zipfile reads them all: a
    million-entry directory costs zipfile hundreds of MB before ``infolist`` can be asked."""
    size = f.seek(0, 2)
    tail_start = max(0, size - (1 << 16) - 22)
    f.seek(tail_start)
    tail = f.read()
    at = tail.rfind(_EOCD)
    f.seek(0)
    if at < 0 or len(tail) < at + 22:
        return  # not a zip: zipfile says so in its own words
    entries = int.from_bytes(tail[at + 10:at + 12], "little")
    directory = int.from_bytes(tail[at + 12:at + 16], "little")
    locator = at - 20
    if (entries == 0xFFFF or directory == 0xFFFFFFFF) and locator >= 0 and tail[locator:locator + 4] == _ZIP64_LOCATOR:
        record = int.from_bytes(tail[locator + 8:locator + 16], "little")
        f.seek(record)
        head = f.read(56)
        f.seek(0)
        if head[:4] == _ZIP64_EOCD and len(head) == 56:
            entries = int.from_bytes(head[32:40], "little")
            directory = int.from_bytes(head[40:48], "little")
    # ~46 bytes per entry plus its name: the directory's size bounds the entry count too.
    if entries > limits.members or directory > limits.members * 512:
        raise InputError(f"{path}: too many entries in the zip ({entries}; limit {limits.members})")


def _collection_member(path: Path, zf: zipfile.ZipFile, limits: Limits) -> zipfile.ZipInfo:
    infos = zf.infolist()
    if len(infos) > limits.members:
        raise InputError(f"{path}: too many entries in the zip ({len(infos)}; limit {limits.members})")
    by_name = {i.filename: i for i in infos}
    info = next((by_name[n] for n in COLLECTION_MEMBERS if n in by_name), None)
    if info is None:
        raise InputError(f"{path}: not an Anki export (no collection.anki21b, .anki21 or .anki2 inside)")
    if info.compress_size > limits.compressed_bytes:
        raise InputError(
            f"{path}: {info.filename} is too large ({info.compress_size >> 20} MB; "
            f"limit {limits.compressed_bytes >> 20} MB)"
        )
    return info


def _zstd_reader(path: Path, raw: IO[bytes]) -> IO[bytes]:
    try:
        import zstandard
    except ImportError:
        raise InputError(f"{path}: a modern Anki export (zstd); install the 'zstandard' package") from None

    class Reader:
        """zstd's stream, its errors turned into ours."""

        def __init__(self) -> None:
            self._stream = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)

        def read(self, size: int) -> bytes:
            try:
                return self._stream.read(size)
            except zstandard.ZstdError as e:
                raise InputError(f"{path}: damaged collection ({e})") from None

    return Reader()  # type: ignore[return-value]


def _copy_limited(path: Path, source: IO[bytes], out: IO[bytes], stored: int, limits: Limits) -> None:
    """Copy, stopping as soon as the output is too large or too much larger than the input."""
    total = 0
    while chunk := source.read(_CHUNK):
        total += len(chunk)
        if total > limits.collection_bytes:
            raise InputError(f"{path}: collection larger than {limits.collection_bytes >> 20} MB once unpacked")
        if total > limits.ratio_floor and total > limits.ratio * max(stored, 1):
            raise InputError(f"{path}: collection expands more than {limits.ratio}x (a zip bomb?)")
        out.write(chunk)


def _open_readonly(path: Path, db_path: Path) -> sqlite3.Connection:
    try:
        # immutable: the file is our private copy; no locks, no journal, no -wal/-shm files.
        db = sqlite3.connect(db_path.as_uri() + "?mode=ro&immutable=1", uri=True)
        # Schema 18 declares its name columns COLLATE unicase (Anki's own collation).
        db.create_collation("unicase", lambda a, b: (a.casefold() > b.casefold()) - (a.casefold() < b.casefold()))
        db.execute("PRAGMA trusted_schema = OFF")
        db.execute("PRAGMA query_only = ON")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        raise InputError(f"{path}: not an Anki collection inside ({e})") from None
    return db


def _tables(db: sqlite3.Connection) -> set[str]:
    """Names of the real tables: a crafted file can make ``notes`` a (recursive) view."""
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _notes(db: sqlite3.Connection) -> Iterator[ExportedNote]:
    if "notes" not in _tables(db):
        raise sqlite3.DatabaseError("no notes table")
    types = _notetypes(db)
    for mid, flds in db.execute("SELECT mid, flds FROM notes ORDER BY id"):
        name, field_names = types.get(mid, ("?", ()))
        yield ExportedNote(name, field_names, tuple(str(flds).split("\x1f")))


def _notetypes(db: sqlite3.Connection) -> dict[int, tuple[str, tuple[str, ...]]]:
    """Note type id → (name, field names in order), from either schema."""
    tables = _tables(db)
    if "fields" in tables and "notetypes" in tables:  # schema 18
        names = {nt: str(name) for nt, name in db.execute("SELECT id, name FROM notetypes")}
        fields: dict[int, list[tuple[int, str]]] = {}
        for ntid, ord_, name in db.execute("SELECT ntid, ord, name FROM fields"):
            fields.setdefault(ntid, []).append((ord_, str(name)))  # a crafted file stores numbers
        try:
            return {nt: (names.get(nt, "?"), tuple(n for _, n in sorted(fs))) for nt, fs in fields.items()}
        except TypeError as e:  # ords of mixed types
            raise sqlite3.DatabaseError(f"unreadable note types: {e}") from None
    if "col" not in tables:
        raise sqlite3.DatabaseError("no col table")
    row = db.execute("SELECT models FROM col").fetchone()
    try:
        models = json.loads(row[0]) if row and row[0] else {}
        return {
            int(mid): (str(m.get("name", "?")), tuple(str(f["name"]) for f in sorted(m["flds"], key=lambda f: f["ord"])))
            for mid, m in models.items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise sqlite3.DatabaseError(f"unreadable note types: {e}") from None
