"""Known words from a learner's own Anki export: real exports, genanki packages, hostile zips."""

import os
import tempfile
import zipfile
from pathlib import Path

import pytest

from anki_helpers import new_collection
from flashcards.ankiexport import Limits, export_words, plain_text, read_notes
from flashcards.errors import InputError

NOTES = [  # (Hanzi, English): how learners' fields look
    ("学习", "study"),
    ("<b>电商</b>", "e-commerce"),
    ("行业 [sound:hangye.mp3]", "industry"),
    ("区块链&nbsp;", "blockchain"),
    ("{{c1::直播}}", "livestream"),
]
WORDS = {"学习", "电商", "行业", "区块链", "直播"}


def learner_collection(tmp_path: Path, name: str, fields=("English", "Hanzi")):
    """A collection with the learner's own note type: the hanzi field is not the first."""
    col = new_collection(tmp_path, name)
    model = col.models.new("My Chinese")
    for field in fields:
        col.models.add_field(model, col.models.new_field(field))
    template = col.models.new_template("Card 1")
    template["qfmt"], template["afmt"] = "{{%s}}" % fields[0], "{{%s}}" % fields[1]
    col.models.add_template(model, template)
    col.models.add(model)
    model = col.models.by_name("My Chinese")
    for hanzi, english in NOTES:
        note = col.new_note(model)
        note["Hanzi"], note["English"] = hanzi, english
        col.add_note(note, 1)
    return col


def export(tmp_path: Path, kind: str) -> Path:
    """Export with the real Anki backend: modern (zstd) or legacy, .apkg or .colpkg."""
    from anki.collection import ExportAnkiPackageOptions

    col = learner_collection(tmp_path, f"{kind}.anki2")
    legacy = kind.startswith("legacy")
    if kind.endswith("apkg"):
        out = tmp_path / f"{kind}.apkg"
        options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False, with_media=True, legacy=legacy)
        col.export_anki_package(out_path=str(out), options=options, limit=None)
        col.close()
    else:
        out = tmp_path / f"{kind}.colpkg"
        col.export_collection_package(str(out), include_media=True, legacy=legacy)  # closes col
    return out


@pytest.mark.parametrize("kind", ["modern-apkg", "legacy-apkg", "modern-colpkg", "legacy-colpkg"])
def test_real_anki_exports(tmp_path, kind):
    path = export(tmp_path, kind)
    members = zipfile.ZipFile(path).namelist()
    assert ("collection.anki21b" in members) is kind.startswith("modern")
    assert export_words(path) == WORDS  # default: the field named Hanzi, not the first
    assert export_words(path, "english") == frozenset()  # no hanzi in the English field
    with pytest.raises(InputError, match="no note has a field named 'Pinyin'.*fields: English, Hanzi"):
        export_words(path, "Pinyin")


def test_first_field_when_no_name_matches(tmp_path):
    from anki.collection import ExportAnkiPackageOptions

    col = learner_collection(tmp_path, "f.anki2", fields=("Hanzi", "English"))
    col.models.rename_field(col.models.by_name("My Chinese"), col.models.by_name("My Chinese")["flds"][0], "Front")
    out = tmp_path / "f.apkg"
    col.export_anki_package(out_path=str(out), options=ExportAnkiPackageOptions(legacy=False), limit=None)
    col.close()
    assert export_words(out) == WORDS


def test_our_own_package(tmp_path):
    """A deck built by flashcards (genanki, collection.anki2 only): its Simplified field."""
    from conftest import TEXTS
    from flashcards.build import BuildOptions, build_deck

    out = tmp_path / "mine.apkg"
    build_deck(BuildOptions(inputs=(str(TEXTS / "industrial_internet.txt"),), output=out, limit=15, timestamp=1.75e9))
    assert zipfile.ZipFile(out).namelist()[0] == "collection.anki2"
    notes = read_notes(out)
    vocab = {n.fields[0] for n in notes if n.notetype == "flashcards vocabulary"}
    assert len(vocab) == 15
    assert vocab <= export_words(out)  # cloze notes add their Word field: the same words


def test_known_from_excludes_words_in_a_build(tmp_path):
    from conftest import TEXTS
    from flashcards.build import BuildOptions, build_deck
    from anki_helpers import import_package, notes_by_field

    learner = export(tmp_path, "modern-apkg")  # knows 区块链, 行业 …
    out = tmp_path / "deck.apkg"
    build_deck(BuildOptions(inputs=(str(TEXTS / "industrial_internet.txt"),), output=out, known_from=learner, timestamp=1.75e9))
    col = new_collection(tmp_path, "check.anki2")
    import_package(col, out)
    words = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert "区块链" not in words and "行业" not in words
    assert "发展" in words
    col.close()


@pytest.mark.parametrize(
    "field, text",
    [("<b>学习</b>", "学习"), ("行业 [sound:a.mp3]", "行业"), ("{{c1::直播::live}}带货", "直播带货"), ("电&amp;商", "电&商")],
)
def test_plain_text(field, text):
    assert plain_text(field).strip() == text


# -- hostile and broken files ---------------------------------------------------------------


def zip_with(path: Path, members: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Temporary files go to a folder we watch: nothing may be left behind, even on errors."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    assert list(folder.iterdir()) == []


SMALL = Limits(ratio_floor=1 << 20, ratio=50, collection_bytes=8 << 20, compressed_bytes=4 << 20, package_bytes=16 << 20)


def test_not_a_zip(tmp_path, private_tmp):
    path = tmp_path / "x.apkg"
    path.write_bytes(b"this is not a zip" * 100)
    with pytest.raises(InputError, match="not an Anki export \\(not a valid zip file"):
        export_words(path)


def test_zip_without_collection_and_with_traversal(tmp_path, private_tmp):
    path = zip_with(tmp_path / "evil.apkg", {"../../escaped.txt": b"x", "/etc/evil": b"y", "media": b"{}"})
    with pytest.raises(InputError, match="no collection.anki21b, .anki21 or .anki2 inside"):
        export_words(path)
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_traversal_named_collection_is_never_used(tmp_path, private_tmp):
    path = zip_with(tmp_path / "evil.apkg", {"../collection.anki2": b"x"})
    with pytest.raises(InputError, match="no collection"):
        export_words(path)


def test_garbage_collection(tmp_path, private_tmp):
    path = zip_with(tmp_path / "bad.apkg", {"collection.anki2": b"SQLite? no." * 1000})
    with pytest.raises(InputError, match="not an Anki collection inside"):
        export_words(path)


def test_zip_bomb(tmp_path, private_tmp):
    path = zip_with(tmp_path / "bomb.apkg", {"collection.anki2": bytes(6 << 20)})
    assert os.path.getsize(path) < 20_000
    with pytest.raises(InputError, match="expands more than 50x"):
        export_words(path, limits=SMALL)


def test_zstd_bomb(tmp_path, private_tmp):
    import zstandard

    path = zip_with(tmp_path / "bomb.apkg", {"collection.anki21b": zstandard.compress(bytes(6 << 20))}, zipfile.ZIP_STORED)
    with pytest.raises(InputError, match="expands more than 50x"):
        export_words(path, limits=SMALL)


def test_too_large_once_unpacked(tmp_path, private_tmp):
    data = os.urandom(9 << 20)  # incompressible: the ratio is fine, the size is not
    path = zip_with(tmp_path / "big.apkg", {"collection.anki21": data}, zipfile.ZIP_STORED)
    with pytest.raises(InputError, match="larger than 8 MB once unpacked"):
        export_words(path, limits=Limits(collection_bytes=8 << 20))


def test_stored_member_too_large(tmp_path, private_tmp):
    path = zip_with(tmp_path / "big.apkg", {"collection.anki2": os.urandom(5 << 20)}, zipfile.ZIP_STORED)
    with pytest.raises(InputError, match="collection.anki2 is too large"):
        export_words(path, limits=SMALL)


def test_damaged_zstd(tmp_path, private_tmp):
    import zstandard

    data = zstandard.compress(b"x" * 100_000)
    path = zip_with(tmp_path / "bad.apkg", {"collection.anki21b": data[:-40] + bytes(40)}, zipfile.ZIP_STORED)
    with pytest.raises(InputError, match="damaged collection|not an Anki collection"):
        export_words(path)


def test_legacy_stub_alone_is_refused(tmp_path, private_tmp):
    modern = export(tmp_path, "modern-apkg")
    stub = zipfile.ZipFile(modern).read("collection.anki2")
    path = zip_with(tmp_path / "stub.apkg", {"collection.anki2": stub})
    with pytest.raises(InputError, match="placeholder for old Anki versions"):
        export_words(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        export_words(tmp_path / "nope.apkg")
    with pytest.raises(InputError, match="is a directory"):
        export_words(tmp_path)
