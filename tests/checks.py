"""Assertions shared by the bad-input matrix and the property tests."""

from __future__ import annotations

import re

# The only markup notes.py writes into fields.
_OUR_MARKUP = re.compile(r'</?(?:span|div)(?: class="[\w -]+")?(?: lang="[\w-]+")?(?: title="[^"<>]*")?>|<br>')
# Our cloze gaps: {{c1::word}} or {{c1::word::hint}}, word and hint escaped.
_OUR_CLOZE = re.compile(r"\{\{c1::[^{}\[\]<>]+?(?:::[^{}\[\]<>]*)?\}\}")


def assert_escaped(value: str) -> None:
    """No markup but ours, no cloze but our c1 gaps, no sound tag: user text injects nothing."""
    assert "<" not in _OUR_MARKUP.sub("", value), value
    assert not re.search(r"\{\{|\}\}", _OUR_CLOZE.sub("", value)), value
    assert "[sound:" not in value, value
    assert "\0" not in value, value
