"""Sense choice on the sense-in-context table (tests/test_senses.py): is the sense the sentence
uses the one a card shows first?

    python benchmarks/eval_senses.py [--wrong]

Three figures over the same rows:

* **dictionary order**: CC-CEDICT's first sense (after compaction), what cards showed before
  sense choice;
* **sense choice, given reading**: flashcards.senses with the reading the sentence needs and
  the table's own segmentation: the choice alone;
* **end to end**: the reading the lexicon picks and the pipeline's own segmentation of the
  sentence, as a build would (a row fails when segmentation keeps the word inside a longer
  token, or the reading is another, since senses are chosen within one reading).

The table was written together with the rules, so these figures say the rules do what they
claim, not how they generalise; held-out sentences are the real test.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from flashcards import gloss, lexicon  # noqa: E402
from flashcards.notes import NoteOptions, word_gloss, word_info  # noqa: E402
from flashcards.sentences import Sentence  # noqa: E402
from flashcards.tokens import tokenize  # noqa: E402
from test_senses import ROWS, lead_sense  # noqa: E402


def dictionary_first(word: str, reading: str | None) -> str:
    info = lexicon.lookup(word)
    syllables = tuple(reading.split()) if reading else info.syllables
    every = gloss.clean_senses(word, gloss.reading_senses(word, syllables, info.senses), (info.traditional,))
    return gloss.compact(word, every).front[0] if every else ""


def end_to_end(sentence: str, word: str) -> str:
    ts = tokenize([Sentence(sentence.replace(" ", ""), "table", 0)])[0]
    if word not in ts.tokens:
        return f"(not a token: {' '.join(ts.tokens)})"
    options = NoteOptions(deck="eval")
    info = word_info(word, options, ts.tokens)
    return word_gloss(info, options, ts.tokens).front[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wrong", action="store_true", help="list the rows each method gets wrong")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    methods = {
        "dictionary order": lambda s, w, r: dictionary_first(w, r),
        "sense choice, given reading": lambda s, w, r: lead_sense(s, w, r),
        "end to end": lambda s, w, r: end_to_end(s, w),
    }
    for name, method in methods.items():
        wrong = []
        for sentence, word, reading, expected in ROWS:
            got = method(sentence, word, reading)
            if expected not in got:
                wrong.append(f"{sentence.replace(' ', '')}  {word}: {got!r}, want {expected!r}")
        right = len(ROWS) - len(wrong)
        print(f"{name:30s} {right:3d} / {len(ROWS)}  {100 * right / len(ROWS):5.1f}%")
        if args.wrong:
            for line in wrong:
                print("    ", line)
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
