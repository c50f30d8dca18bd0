"""Build a graded set from the Chinese Grammar Wiki's example sentences.

    git clone https://github.com/krmanik/Chinese-Grammar    # CC BY-NC-SA 3.0 (AllSet Learning)
    python benchmarks/build_grammar_wiki_set.py Chinese-Grammar grammar_wiki.tsv

krmanik/Chinese-Grammar holds the AllSet Learning Chinese Grammar Wiki's grammar
points with their example sentences, filed under HSK 1-6 (``CSV Files HSK1 -
HSK6/hskN.csv``: tokens, sentence, pinyin, English, audio, structure, …).  Each
sentence is labelled with the level of the grammar point it illustrates; a sentence
filed under two points keeps the first (lowest level).  The labels grade grammar,
not vocabulary: many level-5 examples use HSK 1-2 words.  The output keeps the
data's licence (non-commercial), so it is not committed.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path


def main() -> None:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    seen: set[str] = set()
    lines = []
    for level in range(1, 7):
        path = source / "CSV Files HSK1 - HSK6" / f"hsk{level}.csv"
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                if len(row) > 1 and row[1].strip() and row[1] not in seen:
                    seen.add(row[1])
                    lines.append(f"{row[1].strip()}\t{level}\n")
    out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} sentences")


if __name__ == "__main__":
    main()
