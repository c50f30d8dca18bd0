"""The lock file: a note's mod is the time its content last changed."""

import json
import os

import pytest

from flashcards.errors import OutputError, RecipeError
from flashcards.files import write_atomic
from flashcards.lock import Lock, content_hash, load_lock, save_lock, stamp
from flashcards.notes import NoteSpec

T = 1_750_000_000


def note(guid: str, meaning: str = "m", deck: str = "C::01 A", tags=("HSK3::4",)) -> NoteSpec:
    return NoteSpec("vocab", guid, ("学习", meaning), tags, deck)


@pytest.mark.parametrize(
    "a, b, same",
    [
        (note("g"), note("g"), True),
        (note("g"), note("g", tags=("HSK3::4",)), True),
        (note("g", tags=("a", "b")), note("g", tags=("b", "a")), True),  # tag order is not content
        (note("g"), note("other-guid"), True),  # identity is not content
        (note("g"), note("g", meaning="n"), False),
        (note("g"), note("g", deck="C::02 B"), False),
        (note("g"), note("g", tags=("HSK3::5",)), False),
        (note("g"), NoteSpec("cloze", "g", ("学习", "m"), ("HSK3::4",), "C::01 A"), False),
    ],
)
def test_content_hash(a, b, same):
    assert (content_hash(a) == content_hash(b)) is same


def test_stamp_rules():
    first = stamp(Lock("c"), [note("a"), note("b")], T)
    assert dict(first.mods) == {"a": T, "b": T} and first.added == ("a", "b")

    # b changes an hour later, c is new, a is untouched
    second = stamp(first.lock, [note("a"), note("b", "new"), note("c")], T + 3600)
    assert dict(second.mods) == {"a": T, "b": T + 3600, "c": T + 3600}
    assert (second.unchanged, second.changed, second.added, second.removed) == (("a",), ("b",), ("c",), ())

    # b changes again within the same second: its mod still goes up
    third = stamp(second.lock, [note("a"), note("b", "newer"), note("c")], T + 3600.9)
    assert third.mods["b"] == T + 3601 and third.changed == ("b",)

    # a clock that went backwards cannot move a mod back
    fourth = stamp(third.lock, [note("a", "x"), note("b", "newer"), note("c")], T - 999)
    assert fourth.mods["a"] == T + 1


def test_removed_notes_stay_and_come_back_unchanged():
    v1 = stamp(Lock("c"), [note("a"), note("b")], T)
    v2 = stamp(v1.lock, [note("a")], T + 100)
    assert v2.removed == ("b",) and v2.lock.entries["b"].removed == T + 100
    v3 = stamp(v2.lock, [note("a")], T + 200)
    assert v3.removed == () and v3.lock.entries["b"].removed == T + 100  # not re-stamped
    v4 = stamp(v3.lock, [note("a"), note("b")], T + 300)
    assert v4.mods["b"] == T and v4.unchanged == ("a", "b") and v4.lock.entries["b"].removed is None


def test_save_and_load_round_trip(tmp_path):
    path = tmp_path / "c.lock.json"
    lock = stamp(stamp(Lock("c"), [note("a"), note("b")], T).lock, [note("a", "学")], T + 5).lock
    save_lock(path, lock)
    assert load_lock(path, "c") == lock
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) == 4  # header, one line per note, footer: readable diffs
    assert json.loads(text)["notes"]["b"]["removed"] == T + 5
    assert oct(path.stat().st_mode & 0o777) == "0o644"
    save_lock(path, lock)
    assert path.read_text(encoding="utf-8") == text  # deterministic


def test_missing_lock_is_empty(tmp_path):
    assert load_lock(tmp_path / "none.lock.json", "c") == Lock("c")


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "damaged lock file"),
        ('{"format": 1, "course": "other", "notes": {}}', "course id changed from 'other' to 'c'"),
        ('{"format": 9, "course": "c", "notes": {}}', "lock format 9"),
        ('{"format": 1, "course": "c", "notes": {"g": {"mod": "soon"}}}', "damaged lock file (bad entry"),
        ('{"format": 1, "course": "c"}', "damaged lock file"),
    ],
)
def test_bad_lock(tmp_path, content, message):
    path = tmp_path / "c.lock.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecipeError, match=message.replace("(", r"\(")):
        load_lock(path, "c")


def test_write_atomic_leaves_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "c.lock.json"
    path.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="no space left on device"):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["c.lock.json"]  # no temporary left behind
