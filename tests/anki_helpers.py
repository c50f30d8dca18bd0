"""Import packages into a real Anki collection (the `anki` package from PyPI)."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection
from anki.import_export_pb2 import (
    IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)


def new_collection(tmp_path: Path, name: str = "collection.anki2") -> Collection:
    folder = tmp_path / name.replace(".", "_")
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / name))


def import_package(col: Collection, package: Path):
    """Import like Anki's default: update a note only when the package's copy is newer."""
    request = ImportAnkiPackageRequest(
        package_path=str(package),
        options=ImportAnkiPackageOptions(
            merge_notetypes=True,
            update_notes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
            update_notetypes=IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
            with_scheduling=True,
            with_deck_configs=False,
        ),
    )
    return col.import_anki_package(request).log


def notes_by_field(col: Collection, notetype: str, field: str) -> dict[str, "object"]:
    """Notes of one note type keyed by one field's value."""
    out = {}
    for nid in col.find_notes(f'"note:{notetype}"'):
        note = col.get_note(nid)
        out[note[field]] = note
    return out
