"""Stress benchmark: does the build cost grow linearly with the input, within 400 MB of memory?

    python benchmarks/bench_stress.py [--small 2] [--large 20] [--traditional] [--repeat N] [--seed 16]

Builds a small and a large text of graded sentences drawn at random
(benchmarks/graded_text.py; with ``--traditional`` converted to traditional characters
first) with the default command, in fresh processes, and prints for each the wall time,
MB/s and the child's peak RSS (from ``os.wait4``, so each build is measured alone). A
warm-up build runs first, so neither measured build pays for building jieba's or the
dictionary's caches. "net MB/s" subtracts the fixed cost of the sample build (start-up,
loading the dictionaries), which otherwise makes small inputs look slow.

Caveat: the sets hold about 7,500 distinct sentences, so a 20 MB text repeats each one
~40 times (in new paragraphs and orders). The pipeline has no per-sentence cache, so this
does not flatter segmentation; it does cap the distinct words (about 8,500) and so the notes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's flashcards, not an installed one
sys.path.insert(0, str(Path(__file__).resolve().parent))
from graded_text import DEFAULT_DATA  # noqa: E402
from graded_text import make_text as graded  # noqa: E402

SAMPLE = ROOT / "decks" / "texts" / "industrial_internet.txt"
MEMORY_LIMIT_MB = 400


def make_text(megabytes: float, path: Path, traditional: bool = False, seed: int = 16) -> int:
    """About ``megabytes`` of graded sentences (of UTF-8), traditional if asked."""
    size = graded(megabytes, path, seed, DEFAULT_DATA)
    if traditional:
        from flashcards.script import convert

        path.write_text(convert(path.read_text(encoding="utf-8"), "traditional"), encoding="utf-8")
        size = path.stat().st_size
    return size


def measure(source: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one default build in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as an installed copy runs
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "flashcards", "build", str(source), "-o", str(out), "-q"],
        env=env, stderr=subprocess.DEVNULL,  # offline, --audio auto says once that it has no audio
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build of {source.name} failed")
    return seconds, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=float, default=2.0, help="MB")
    parser.add_argument("--large", type=float, default=20.0, help="MB")
    parser.add_argument("--traditional", action="store_true", help="convert the corpus to traditional first")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=1, help="builds per size; the median is shown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        measure(SAMPLE, folder / "warm.apkg")
        base = [measure(SAMPLE, folder / "base.apkg") for _ in range(args.repeat)]
        base_seconds, base_rss = statistics.median(r[0] for r in base), max(r[1] for r in base)
        print(f"fixed cost (build of {SAMPLE.name}, {SAMPLE.stat().st_size / 1e3:.0f} kB): "
              f"{base_seconds:.1f} s, peak RSS {base_rss:.0f} MB")
        rates = []
        for mb in (args.small, args.large):
            source = folder / f"stress_{mb:g}mb.txt"
            size = make_text(mb, source, args.traditional, args.seed) / 1e6
            runs = [measure(source, folder / f"stress_{mb:g}mb.apkg") for _ in range(args.repeat)]
            seconds = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            net = size / max(seconds - base_seconds, 1e-9)
            rates.append(net)
            flag = "" if rss <= MEMORY_LIMIT_MB else f"  ** over {MEMORY_LIMIT_MB} MB **"
            print(f"{size:6.2f} MB: {seconds:6.1f} s  {size / seconds:5.2f} MB/s  net {net:5.2f} MB/s  "
                  f"peak RSS {rss:5.0f} MB{flag}")
        print(f"net MB/s large / small: {rates[1] / rates[0]:.2f} (1.0 = linear; below ~0.8 = superlinear cost)")


if __name__ == "__main__":
    main()
