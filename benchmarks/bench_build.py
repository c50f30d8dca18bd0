"""Benchmark: the default build vs bare jieba on the same text, as whole fresh processes.

    python benchmarks/bench_build.py [--mb 2] [--pairs 5] [--seed 16] [--data DIR]

Prints medians of alternated pairs (build, then bare jieba, then build ...), so a noisy
shared machine slows both sides of a pair alike; compare ratios, not seconds:

  (a) a ``--mb`` text of graded sentences drawn at random (benchmarks/graded_text.py: many
      distinct words, not a sample repeated): ``flashcards build TEXT -o OUT -q``, the
      default command (offline, its default ``--audio auto`` builds without audio) / bare
      ``jieba.lcut`` of the same text (import + initialise + cut, warm jieba cache);
  (b) the same for the README's sample, decks/texts/industrial_internet.txt;
  (c) the sample build's peak RSS (``os.wait4``: the child alone).

Each ratio is also given in CPU seconds (user + system, from ``os.wait4``), which a busy
machine disturbs far less than wall time.

Warm caches on both sides: one build and one bare cut run first, so neither pays for
building jieba's prefix-dictionary cache or the parsed CC-CEDICT.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from graded_text import DEFAULT_DATA, make_text  # noqa: E402  (benchmarks/ on the path)

SAMPLE = ROOT / "decks" / "texts" / "industrial_internet.txt"
TEXTS = [SAMPLE]  # what bench_analyze times as "the sample"; make_text (graded) is imported above

BARE_JIEBA = """
import sys, warnings, logging
warnings.simplefilter("ignore")
import jieba
jieba.setLogLevel(logging.WARNING)
jieba.lcut(open(sys.argv[1], encoding="utf-8").read())
"""


def run(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system) of one fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    # As an installed copy runs: with its bytecode cached. A shell that sets
    # PYTHONDONTWRITEBYTECODE would make every run recompile the project's modules (and
    # jieba's), which no user pays; both sides of a pair get the same environment.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def pairs(build: list[str], bare: list[str], n: int) -> tuple[float, float, float, float, float]:
    """Median build and bare seconds, median of per-pair wall ratios, max build RSS, and the
    median per-pair ratio of CPU seconds (steadier than wall time on a shared machine)."""
    builds, bares = [], []
    for _ in range(n):
        builds.append(run(build))
        bares.append(run(bare))
    ratio = statistics.median(b[0] / j[0] for b, j in zip(builds, bares))
    cpu = statistics.median(b[2] / j[2] for b, j in zip(builds, bares))
    return (statistics.median(b[0] for b in builds), statistics.median(j[0] for j in bares), ratio,
            max(b[1] for b in builds), cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="where graded_text keeps its wheels")
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "graded.txt"
        size = make_text(args.mb, text, args.seed, args.data)
        out = str(Path(tmp) / "out.apkg")

        def build(source: Path) -> list[str]:
            return [py, "-m", "flashcards", "build", str(source), "-o", out, "-q"]

        run(build(SAMPLE))  # warm caches: first-ever runs build jieba's and CC-CEDICT's indexes
        run([py, "-c", BARE_JIEBA, str(SAMPLE)])
        big = pairs(build(text), [py, "-c", BARE_JIEBA, str(text)], args.pairs)
        small = pairs(build(SAMPLE), [py, "-c", BARE_JIEBA, str(SAMPLE)], args.pairs)
    n = args.pairs
    print(f"(a) {size / 1e6:.2f} MB graded text (seed {args.seed}): build {big[0]:.2f} s, bare jieba {big[1]:.2f} s,"
          f" median ratio of {n} pairs {big[2]:.2f}x (CPU time {big[4]:.2f}x)")
    print(f"(b) sample {SAMPLE.name} ({SAMPLE.stat().st_size / 1e3:.0f} kB): build {small[0]:.2f} s,"
          f" bare jieba {small[1]:.2f} s, median ratio of {n} pairs {small[2]:.2f}x (CPU time {small[4]:.2f}x)")
    print(f"(c) sample build peak RSS: {small[3]:.0f} MB (largest of {n})")


if __name__ == "__main__":
    main()
