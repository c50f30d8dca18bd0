"""The facts about HSK standards, from their one home."""

from __future__ import annotations

import pytest

from flashcards import hsk


@pytest.mark.parametrize(
    "name, key, levels, top, tag4, tag_none, badge7",
    [
        ("2.0", "2.0", (1, 2, 3, 4, 5, 6), 6, "HSK2::4", "HSK2::outside", "HSK 2.0 · 7-9"),
        ("3.0", "2021", (1, 2, 3, 4, 5, 6, 7), 9, "HSK3::4", "HSK3::outside", "HSK 3.0 · 7-9"),
        ("2025", "2025", (1, 2, 3, 4, 5, 6, 7), 9, "HSK2025::4", "HSK2025::outside", "HSK 2025 · 7-9"),
    ],
)
def test_standards(name, key, levels, top, tag4, tag_none, badge7):
    s = hsk.standard(name)
    assert (s.lists_key, s.levels, s.top) == (key, levels, top)
    assert (s.tag(4), s.tag(None), s.display(7)) == (tag4, tag_none, badge7)
    assert s.display(None) == f"HSK {name} · —"


@pytest.mark.parametrize("level, band", [(1, 1), (6, 6), (7, 7), (8, 7), (9, 7)])
def test_8_and_9_are_the_band(level, band):
    assert hsk.band(level) == band


def test_2021_is_the_3_0_standard_and_unknown_names_fail():
    assert hsk.standard("2021") is hsk.standard("3.0")
    with pytest.raises(ValueError, match="unknown HSK standard"):
        hsk.standard("4.0")
    assert hsk.NAMES == ("2.0", "3.0", "2025")
    assert [hsk.label(v) for v in (None, 3, 7)] == ["outside", "3", "7-9"]
