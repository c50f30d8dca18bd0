"""The course lock file: for each note ever handed out, its content hash and last-change time.

Anki updates an existing note on import only when the package's ``mod`` is newer than its
own (docs/design.md). So a note's ``mod`` must be the time its *content* last changed, not the
build time: then version 2 of a course updates exactly the notes whose fields, tags or deck
changed, and leaves every other note — and whatever a student wrote into it — alone. The
lock (``decks/<course>.lock.json``, committed beside the recipe) is where those times live.

Rules, applied by :func:`stamp`:

* same content as in the lock → the lock's ``mod``, unchanged;
* new note → ``mod`` = now;
* changed content → ``mod`` = max(now, previous mod + 1): it strictly increases even when
  two builds fall in the same second (or the clock went back), or Anki would skip it;
* a note no longer built stays in the lock, marked ``removed`` (the time it went). Anki
  never deletes notes on import, so students keep it; if it comes back with the same
  content it gets its old ``mod`` back and students' copies are left alone.

The deck is part of the content (as the design asks), so renaming or renumbering a lesson
counts as a change of its notes. Anki (26.9.3, measured) then updates those notes' fields
but never moves existing cards to the new deck: students keep them where they were, and
lose their edits to those notes. Dropping ``note.deck`` from ``content_hash`` would avoid
the needless update; deck renames would still not reach students either way.

Losing the lock is safe but noisy: the next build stamps every note "now", so students'
Anki updates every note once (overwriting their edits), without duplicating any.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

from flashcards.errors import RecipeError
from flashcards.notes import NoteSpec
from flashcards.notetypes import CLOZE_FIELDS

FORMAT = 1
_TAG = re.compile(r"<[^>]*>")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.S)


@dataclass(frozen=True)
class LockEntry:
    hash: str
    mod: int
    label: str = ""              # what the note is, for people reading a diff of the lock
    removed: int | None = None   # when it stopped being built, if it did


@dataclass(frozen=True)
class Lock:
    course: str
    entries: Mapping[str, LockEntry] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Stamped:
    """The result of stamping a build: each note's mod, the new lock and what changed."""

    mods: Mapping[str, int]
    lock: Lock
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def content_hash(note: NoteSpec) -> str:
    """What a student would see change: the note type, fields, tags and deck."""
    payload = json.dumps([note.kind, list(note.fields), sorted(note.tags), note.deck], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def label(note: NoteSpec) -> str:
    """"vocab: 区块链", "cloze: 区块链 in 产业互联网：区块链与…": for people reading a diff."""
    def plain(value: str) -> str:
        return " ".join(html.unescape(_TAG.sub("", _CLOZE.sub(r"\1", value))).split())

    main = plain(note.fields[0]) if note.fields else ""
    if note.kind == "cloze" and "Word" in CLOZE_FIELDS:
        main = f"{plain(note.fields[CLOZE_FIELDS.index('Word')])} in {main}"
    return f"{note.kind}: {main[:40]}{'…' if len(main) > 40 else ''}"


def stamp(lock: Lock, notes: Iterable[NoteSpec], now: float) -> Stamped:
    """Give every note its ``mod`` from the lock (see the module's rules) and update the lock."""
    now_s = int(now)
    entries = dict(lock.entries)
    mods: dict[str, int] = {}
    added, changed, unchanged = [], [], []
    for note in notes:
        digest = content_hash(note)
        old = entries.get(note.guid)
        if old is not None and old.hash == digest:
            mod = old.mod
            unchanged.append(note.guid)
        elif old is not None:
            mod = max(now_s, old.mod + 1)
            changed.append(note.guid)
        else:
            mod = now_s
            added.append(note.guid)
        entries[note.guid] = LockEntry(digest, mod, label(note))
        mods[note.guid] = mod
    removed = []
    for guid, entry in entries.items():
        if guid not in mods and entry.removed is None:
            entries[guid] = replace(entry, removed=now_s)
            removed.append(guid)
    return Stamped(
        MappingProxyType(mods),
        Lock(lock.course, MappingProxyType(dict(sorted(entries.items())))),
        tuple(added), tuple(changed), tuple(unchanged), tuple(removed),
    )


#: A lock larger than this is not one we wrote (a course of 100 000 notes is ~20 MB).
MAX_LOCK_BYTES = 256 << 20
#: Times are seconds since 1970; anything past this is not a time (and would overflow
#: Anki's 64-bit ``mod`` once incremented).
_MAX_TIME = 1 << 40


def load_lock(path: Path, course: str) -> Lock:
    """The lock at ``path``, or an empty one if there is none yet. Raises RecipeError."""
    from flashcards.files import read_bounded

    if not os.path.lexists(path):
        return Lock(course)
    raw = read_bounded(path, MAX_LOCK_BYTES, what="lock file", error=RecipeError)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise RecipeError(f"{path}: damaged lock file ({e}); restore it from version control") from None
    except RecursionError:
        raise RecipeError(f"{path}: damaged lock file (nested too deeply); restore it from version control") from None
    try:
        if data.get("format") != FORMAT:
            raise RecipeError(f"{path}: lock format {data.get('format')!r} is not {FORMAT}; use a newer flashcards")
        if data["course"] != course:
            raise RecipeError(
                f"{path}: course id changed from {data['course']!r} to {course!r}: every note would be new "
                "to students who have the course (duplicates); put the id back, or delete the lock for a new course"
            )
        entries = {
            str(guid): LockEntry(str(e["hash"]), _time(e["mod"]), str(e.get("label", "")),
                                 None if e.get("removed") is None else _time(e["removed"]))
            for guid, e in data["notes"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise RecipeError(f"{path}: damaged lock file (bad entry: {e}); restore it from version control") from None
    return Lock(course, MappingProxyType(entries))


def _time(value: object) -> int:
    if type(value) is not int or not 0 <= value < _MAX_TIME:
        raise ValueError(f"{value!r} is not a time in seconds")
    return value


def save_lock(path: Path, lock: Lock) -> None:
    """Write the lock atomically."""
    from flashcards.files import write_atomic

    write_atomic(path, lock_bytes(lock))


def lock_bytes(lock: Lock) -> bytes:
    """The lock file's content: one line per note, so that its diffs read well."""
    lines = []
    for guid, e in sorted(lock.entries.items()):
        entry: dict[str, object] = {"mod": e.mod, "hash": e.hash}
        if e.removed is not None:
            entry["removed"] = e.removed
        entry["label"] = e.label
        lines.append(f"  {json.dumps(guid)}: {json.dumps(entry, ensure_ascii=False)}")
    header = f'{{"format": {FORMAT}, "course": {json.dumps(lock.course, ensure_ascii=False)}, "notes": {{\n'
    return (header + ",\n".join(lines) + "\n}}\n").encode("utf-8")
