"""Model forms tried against the shipped one (``fit_difficulty.fit``: each set its own
label intercept and slope), for ``--forms``.

Each takes the training sets and returns (intercept, coefficients over FEATURES), so
``fit_difficulty.rho`` scores it on a left-out set.  None of them is shipped: on the
three public sets none raises every set's leave-one-set-out figure (benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from difficulty_data import FeatureSet

from flashcards.difficulty import FEATURES

Model = tuple[float, np.ndarray]
Fitter = Callable[[Sequence[FeatureSet]], Model]


def _stack(sets: Sequence[FeatureSet]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    return [np.asarray(s.features, dtype=float) for s in sets], [np.asarray(s.labels, dtype=float) for s in sets]


def _band_step(beta: np.ndarray) -> np.ndarray:
    """The same guard as the shipped fit: the step into 7-9 no smaller than the mean step."""
    from fit_difficulty import band_step

    return band_step(beta)


def standardised(sets: Sequence[FeatureSet]) -> Model:
    """Labels z-scored within each set, so no set's label scale dominates."""
    from fit_difficulty import nnls

    xs, ys = _stack(sets)
    y = np.concatenate([(v - v.mean()) / v.std() for v in ys])
    w = np.concatenate([np.full(len(v), 1 / len(v)) for v in ys])
    intercept, beta = nnls(np.vstack(xs), y, w)
    return intercept, _band_step(beta)


def pooled_labels(sets: Sequence[FeatureSet]) -> Model:
    """All sets' labels on one scale (one intercept, one slope): the fit shipped before
    ``fit_difficulty.fit`` gave each set its own."""
    from fit_difficulty import nnls

    xs, ys = _stack(sets)
    w = np.concatenate([np.full(len(v), 1 / len(v)) for v in ys])
    intercept, beta = nnls(np.vstack(xs), np.concatenate(ys), w)
    return intercept, _band_step(beta)


def tied_steps(sets: Sequence[FeatureSet]) -> Model:
    """Every level step of the hardest word weighs the same (one free slope), the rest free."""
    from fit_difficulty import nnls

    xs, ys = _stack(sets)
    ramps = [i for i, name in enumerate(FEATURES) if name.startswith("hardest reaches")]
    rest = [i for i in range(len(FEATURES)) if i not in ramps]
    x = np.vstack(xs)
    z = np.column_stack([x[:, ramps].sum(1), x[:, rest]])
    w = np.concatenate([np.full(len(v), 1 / len(v)) for v in ys])
    intercept, b = nnls(z, np.concatenate(ys), w)
    beta = np.zeros(len(FEATURES))
    beta[ramps] = b[0]
    beta[rest] = b[1:]
    return intercept, beta


def pairwise(sets: Sequence[FeatureSet], pairs: int = 60000, steps: int = 800, seed: int = 0) -> Model:
    """Logistic loss on pairs of one set with different labels (what Spearman rewards),
    non-negative weights, projected Adam; each set weighs the same."""
    rng = np.random.default_rng(seed)
    xs, ys = _stack(sets)
    x_all = np.vstack(xs)
    mu, sd = x_all.mean(0), x_all.std(0) + 1e-9
    diffs, weights = [], []
    for x, y in zip(xs, ys):
        i, j = rng.integers(0, len(y), 3 * pairs), rng.integers(0, len(y), 3 * pairs)
        keep = y[i] > y[j]
        i, j = i[keep][:pairs], j[keep][:pairs]
        diffs.append((x[i] - x[j]) / sd)
        weights.append(np.full(len(i), 1 / len(i)))
    d, w = np.vstack(diffs), np.concatenate(weights)
    w /= w.sum()
    b, m, v = np.zeros(x_all.shape[1]), np.zeros(x_all.shape[1]), np.zeros(x_all.shape[1])
    for t in range(1, steps + 1):
        margin = np.clip(d @ b, -30, 30)
        grad = -(w / (1 + np.exp(margin))) @ d + 1e-3 * b
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        b = np.maximum(b - 0.02 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8), 0.0)
    return 0.0, b / sd


FORMS: dict[str, Fitter] = {
    "z-scored labels": standardised,
    "one label scale": pooled_labels,
    "equal steps": tied_steps,
    "pairwise": pairwise,
}
