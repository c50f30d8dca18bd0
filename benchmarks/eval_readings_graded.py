"""Readings in context against the per-character pinyin of a public graded set.

    python benchmarks/eval_readings_graded.py sentences.json [--show N]

``sentences.json`` is hsk-sentences-audio's (see README.md, "Difficulty data"): 4,354 sentences
of HSK 1-6, each with ``pinyin_numbered``, one syllable per hanzi. Each sentence is cut by the
product's segmenter and read by ``readings.readings_many`` (the path every card takes); the
syllables are compared character by character. Not compared: neutral tones on either side
(the set writes few), 一 and 不 (the set writes their tone sandhi or not, at random), and
sentences whose hanzi do not line up with the reference's syllables.

The reference is machine-made and wrong in places (结果 jie1 guo3, 长 "long" zhang3, 一场雨
chǎng), so the disagreements are a list to read, not a score to drive to zero: ``--show``
prints them with their sentences. Nothing was tuned on this set; its sentences are one of
the three public difficulty sets.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

_HAN = re.compile(r"[\u4e00-\u9fff]")
_SKIPPED = frozenset("一不")


def _fold(syllable: str) -> str:
    return syllable.lower().replace("ü", "v").replace("u:", "v")


def compare(rows: list[dict]) -> tuple[int, int, list[tuple[str, str, str, str]]]:
    """(characters compared, sentences not aligned, disagreements as (char, ours, theirs, tokens))."""
    from flashcards.readings import readings_many
    from flashcards.segment import segmenter

    cut = segmenter()
    tokens = [cut.words(row["chinese"]) for row in rows]
    compared, unaligned, wrong = 0, 0, []
    for row, toks, reads in zip(rows, tokens, readings_many(tokens)):
        ours: list[tuple[str, str | None]] = []
        for token, syllables in zip(toks, reads):
            chars = _HAN.findall(token)
            good = chars and len(syllables) == len(chars)
            ours += list(zip(chars, syllables)) if good else [(c, None) for c in chars]
        reference = row["pinyin_numbered"].split()
        if len(ours) != len(reference):
            unaligned += 1
            continue
        for (char, mine), theirs in zip(ours, reference):
            if mine is None or char in _SKIPPED:
                continue
            compared += 1
            a, b = _fold(mine), _fold(theirs)
            if a != b and not (a.endswith("5") or b.endswith("5")):
                wrong.append((char, a, b, " ".join(toks)))
    return compared, unaligned, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sentences", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements")
    args = parser.parse_args()
    rows = json.loads(args.sentences.read_text(encoding="utf-8"))
    compared, unaligned, wrong = compare(rows)
    print(f"{len(rows)} sentences ({unaligned} not aligned), {compared} characters compared: "
          f"{len(wrong)} disagree ({len(wrong) / max(compared, 1):.2%})")
    for (char, a, b), n in Counter(w[:3] for w in wrong).most_common(15):
        print(f"  {n:3}  {char}  ours {a}  theirs {b}")
    for char, a, b, toks in wrong[: args.show]:
        print(f"{char}\tours {a}\ttheirs {b}\t{toks}")


if __name__ == "__main__":
    main()
