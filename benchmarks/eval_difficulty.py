"""Spearman correlation of sentence difficulty with graded sentence levels.

    python benchmarks/eval_difficulty.py DATA... [--cedict cedict_ts.u8] [--no-tags]

DATA is a graded sentence file (see difficulty_data.read_sentences), e.g.
hsk-sentences-audio's sentences.json.  For each file it prints Spearman's rho
of the naive baseline (highest word level, unlisted words hardest) and of
flashcards.difficulty (score and rounded level), then the mean score per label.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from difficulty_data import load_lexicon, naive, read_sentences, segment, spearman  # noqa: E402

from flashcards.difficulty import sentence_difficulty  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", type=Path, help="graded sentence files (.json or .tsv)")
    parser.add_argument("--cedict", type=Path, help="CC-CEDICT file for is_word (optional)")
    parser.add_argument("--no-tags", action="store_true", help="segment without POS tags (no name handling)")
    args = parser.parse_args(argv)

    lex = load_lexicon(cedict=args.cedict)
    for path in args.data:
        graded = segment(read_sentences(path), tags=not args.no_tags)
        labels = [g.level for g in graded]
        results = [
            sentence_difficulty(
                g.tokens, lex.word_level, lex.char_level, lex.frequency, lex.is_word,
                tags=None if args.no_tags else g.tags,
            )
            for g in graded
        ]
        baseline = [naive(g.tokens, lex.word_level) for g in graded]
        print(f"{path.name}: {len(graded)} sentences")
        print(f"  spearman naive        {spearman(baseline, labels):.4f}")
        print(f"  spearman ours (score) {spearman([r.score for r in results], labels):.4f}")
        print(f"  spearman ours (level) {spearman([r.level for r in results], labels):.4f}")
        exact = sum(r.level == g for r, g in zip(results, labels)) / len(labels)
        near = sum(abs(r.level - g) <= 1 for r, g in zip(results, labels)) / len(labels)
        print(f"  level exact {exact:.3f}, within one {near:.3f}")
        by_label: dict[int, list[float]] = defaultdict(list)
        for r, g in zip(results, labels):
            by_label[g].append(r.score)
        print("  label      n  mean score")
        for label in sorted(by_label):
            scores = by_label[label]
            print(f"  {label:5d} {len(scores):6d}  {sum(scores) / len(scores):10.2f}")


if __name__ == "__main__":
    main()
