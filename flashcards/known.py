"""Known words: what the learner already has, from word lists, an Anki export, an HSK level.

One definition for ``build``, ``analyze`` and study sets: a known word never becomes a card,
never counts as "unknown" when choosing an i+1 example sentence or ordering by coverage, and
counts as readable in the analysis.

* A **list** (``--known FILE``): one word per line, in any encoding we can read; blank lines
  and ``#`` comments ignored. Each word also covers its other script (學習 covers 学习).
* An **export** (``--known-from``): the words of a learner's own Anki package.
* A **level** (``--known-level N``): every word at HSK level ≤ N in the chosen standard, and
  its other script (the lists are simplified only). ``8`` and ``9`` mean the 7-9 band.
  A transparent compound off the lists (一个, 很多) is known when its hardest part is
  (``compounds.effective_level``); names and other words outside the lists never are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from flashcards import hsk
from flashcards.encoding import decode
from flashcards.errors import InputError, OptionError, mention
from flashcards.files import read_bounded

#: A word list larger than this is not a word list (all of CC-CEDICT is 9 MB).
MAX_LIST_BYTES = 64 << 20



@dataclass(frozen=True)
class KnownWords:
    """A set-like view: ``word in known``. Empty by default (nothing is known)."""

    words: frozenset[str] = field(default_factory=frozenset)
    level: int | None = None  # every HSK word at this level or below is known
    standard: str = "3.0"

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self.words:
            return True
        return self.level is not None and _within_level(word, self.level, self.standard)

    def __bool__(self) -> bool:
        return bool(self.words) or self.level is not None

    def describe(self) -> str:
        """For reports: 'HSK ≤ 3 + 120 listed words', 'nothing'."""
        parts = []
        if self.level is not None:
            parts.append(f"HSK ≤ {self.level}")
        if self.words:
            parts.append(f"{len(self.words)} listed words")
        return " + ".join(parts) or "nothing"


def resolve_known(
    files: Sequence[Path] = (),
    export: Path | None = None,
    field: str | None = None,
    level: int | None = None,
    standard: str = "3.0",
) -> KnownWords:
    """Everything the learner knows, from the options of ``build`` and ``analyze``. Raises
    InputError for an unreadable file and OptionError for a bad level or a lone field."""
    if field is not None and export is None:
        raise OptionError(f"only with {mention('known_from')}", option="known_field")
    band = known_level(level, standard)  # option errors before reading any file
    return KnownWords(known_words(files, export, field), band, standard)


def known_level(level: int | None, standard: str) -> int | None:
    """Check ``--known-level`` against the standard; 8 and 9 become the 7-9 band (7)."""
    if level is None:
        return None
    top = hsk.standard(standard).top
    if not 1 <= level <= top:
        raise OptionError(f"{level} is not an HSK {standard} level (1-{top})", option="known_level")
    return hsk.band(level)


def known_words(
    files: Sequence[Path] = (),
    export: Path | None = None,
    field: str | None = None,
) -> frozenset[str]:
    """Every listed known word: from word lists (``--known``) and from a learner's Anki export."""
    known: set[str] = set()
    for path in files:
        known |= load_known(path)
    if export is not None:
        from flashcards.ankiexport import export_words

        known |= with_other_forms(export_words(export, field))
    return frozenset(known)


def load_known(path: Path, option: str = "known_file") -> frozenset[str]:
    """One word per line (UTF-8, GB18030, Big5…); blank lines and '#' comments ignored.

    Each word also excludes its other script (學習 excludes 学习 and back). ``option`` names
    where the path came from, for the error message.
    """
    try:
        text = decode(read_bounded(path, MAX_LIST_BYTES, what=mention(option)))
    except InputError as e:
        message = e.marked()
        raise InputError(message if message.startswith(str(path)) else f"{path}: {message} ({mention(option)})") from None
    words = {line.split("#", 1)[0].strip().split("\t")[0] for line in text.splitlines()}
    words.discard("")
    return with_other_forms(words)


def with_other_forms(words: Iterable[str]) -> frozenset[str]:
    """The words and their other script: knowing 學習 means knowing 学习."""
    from flashcards import lexicon, script

    words = set(words)
    # The dictionary's variants, and the t2s form the text's analysis copy uses (which is
    # what the text's words are counted under).
    alternatives = {alt for w in words for alt in lexicon.other_forms(w)} | {script.analysis_copy(w) for w in words}
    return frozenset(words | alternatives)


@lru_cache(maxsize=65536)
def _within_level(word: str, level: int, standard: str) -> bool:
    # Asked once per distinct word and level: a text repeats its words thousands of times.
    from flashcards import compounds, lexicon

    own = compounds.effective_level(word, standard)
    if own is not None:
        return own <= level
    return any(
        (alt_level := lexicon.hsk_level(alt, standard)) is not None and alt_level <= level
        for alt in lexicon.other_forms(word)
    )
