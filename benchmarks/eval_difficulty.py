"""Spearman correlation of sentence difficulty with graded sentence levels.

    python benchmarks/eval_difficulty.py SET... [--model weights.json] [--standard 3.0]

SET is a graded sentence file (see difficulty_data.read_sentences), e.g.
hsk-sentences-audio's sentences.json.  Each sentence goes through the product's
segmentation and lexicon (as ``flashcards analyze`` sees it).  For each file it
prints Spearman's rho of the two naive baselines (highest listed word level, with
unlisted words counted as 8 or skipped) and of flashcards.difficulty (score and
rounded level), then the mean score per label.  ``--model`` scores with another
weights file (e.g. one written by a leave-one-set-out run).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from difficulty_data import feature_set, spearman  # noqa: E402

from flashcards.difficulty import BAND, _weights  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", type=Path, help="graded sentence files (.json or .tsv)")
    parser.add_argument("--model", type=Path, help="weights JSON (default: the packaged one)")
    parser.add_argument("--standard", default="3.0")
    args = parser.parse_args(argv)

    weights = _weights(str(args.model) if args.model else None)
    for path in args.data:
        fs = feature_set(path, args.standard)
        labels = fs.labels
        scores = [weights.score(row) for row in fs.features]
        levels = [min(BAND, max(1, int(s + 0.5))) for s in scores]
        print(f"{fs.name}: {len(labels)} sentences")
        print(f"  spearman naive, unlisted = 8     {spearman(fs.naive, labels):.3f}")
        print(f"  spearman naive, unlisted skipped {spearman(fs.naive_listed, labels):.3f}")
        print(f"  spearman ours (score)            {spearman(scores, labels):.3f}")
        print(f"  spearman ours (level)            {spearman(levels, labels):.3f}")
        exact = sum(lv == g for lv, g in zip(levels, labels)) / len(labels)
        near = sum(abs(lv - g) <= 1 for lv, g in zip(levels, labels)) / len(labels)
        print(f"  level exact {exact:.3f}, within one {near:.3f}")
        by_label: dict[int, list[float]] = defaultdict(list)
        for score, label in zip(scores, labels):
            by_label[label].append(score)
        print("  mean score per label: " + ", ".join(
            f"{label}: {sum(v) / len(v):.2f}" for label, v in sorted(by_label.items())))


if __name__ == "__main__":
    main()
