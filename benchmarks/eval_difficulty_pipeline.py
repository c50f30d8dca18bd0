"""Sentence difficulty as the product computes it: our segmentation, our lexicon, analyze.

    python benchmarks/eval_difficulty_pipeline.py DATA... [--standard 3.0]

Unlike eval_difficulty.py (which segments with jieba.posseg to study the model), this runs
each graded sentence through ``flashcards.tokens.tokenize`` and ``analysis.analyze_text``,
exactly what ``flashcards analyze --json`` reports, and prints Spearman's rho of the score
and of the level against the labels, and the mean score per label. DATA as for
eval_difficulty.py (difficulty_data.read_sentences).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from difficulty_data import read_sentences, spearman  # noqa: E402

from flashcards.analysis import analyze_text  # noqa: E402
from flashcards.sentences import Sentence  # noqa: E402
from flashcards.tokens import tokenize  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--standard", default="3.0")
    args = parser.parse_args()
    for path in args.data:
        graded = read_sentences(path)
        sentences = [Sentence(text, path.name, i) for i, (text, _) in enumerate(graded)]
        analysis = analyze_text(tokenize(sentences), standard=args.standard)
        labels = [level for _, level in graded]
        scores = [s.score for s in analysis.sentences]
        levels = [s.level for s in analysis.sentences]
        print(f"{path.name}: {len(graded)} sentences, standard {args.standard}")
        print(f"  spearman score {spearman(scores, labels):.3f}, level {spearman(levels, labels):.3f}")
        by_label: dict[int, list[float]] = defaultdict(list)
        for score, label in zip(scores, labels):
            by_label[label].append(score)
        print("  mean score per label: " + ", ".join(
            f"{label}: {sum(v) / len(v):.2f}" for label, v in sorted(by_label.items())))


if __name__ == "__main__":
    main()
