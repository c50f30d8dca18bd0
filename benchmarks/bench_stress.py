"""Stress benchmark: does the build cost grow linearly with the input, within 1 GB of memory?

    python benchmarks/bench_stress.py [--small 2] [--large 20] [--traditional] [--serial] [--repeat N]

Builds a small and a large text (the sample corpus in decks/texts, concatenated; with
``--traditional`` converted to traditional characters first) in fresh processes, and prints
for each the wall time, MB/s and the child's peak RSS (from ``os.wait4``, so each build is
measured alone; it is the larger of the build process and the second process that
segmentation forks for long texts; ``--serial`` keeps everything in one process, whose peak
is then the whole story). A warm-up build runs first, so neither measured build pays for building
jieba's or the dictionary's caches. "net MB/s" subtracts the fixed cost of a near-empty build
(loading jieba and the dictionary), which otherwise makes small inputs look slow.

Caveat: the corpus repeats, so the large text holds the same sentences many times. The
pipeline has no per-sentence cache, so this does not flatter it; it does mean selection sees
few distinct words.
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
TEXTS = sorted((ROOT / "decks" / "texts").glob("*.txt"))
MEMORY_LIMIT_MB = 1024


def make_text(megabytes: float, path: Path, traditional: bool = False) -> int:
    """Concatenate the sample corpus until the file reaches ``megabytes`` (of UTF-8)."""
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in TEXTS)
    if traditional:
        from flashcards.script import convert

        corpus = convert(corpus, "traditional")
    target = int(megabytes * 1_000_000)
    copies = target // len(corpus.encode("utf-8")) + 1
    path.write_text("\n\n".join([corpus] * copies), encoding="utf-8")
    return path.stat().st_size


def measure(source: Path, out: Path, serial: bool = False) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one build in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    if serial:
        env["FLASHCARDS_SERIAL"] = "1"
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "flashcards", "build", str(source), "-o", str(out), "-q", "--audio", "none"], env=env
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
    parser.add_argument("--serial", action="store_true", help="no second process for segmentation")
    parser.add_argument("--repeat", type=int, default=1, help="builds per size; the median is shown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        measure(TEXTS[0], folder / "warm.apkg", args.serial)
        base = [measure(TEXTS[0], folder / "base.apkg", args.serial) for _ in range(args.repeat)]
        base_seconds, base_rss = statistics.median(r[0] for r in base), max(r[1] for r in base)
        print(f"fixed cost (build of {TEXTS[0].name}, {TEXTS[0].stat().st_size / 1e3:.0f} kB): "
              f"{base_seconds:.1f} s, peak RSS {base_rss:.0f} MB")
        rates = []
        for mb in (args.small, args.large):
            source = folder / f"stress_{mb:g}mb.txt"
            size = make_text(mb, source, args.traditional) / 1e6
            runs = [measure(source, folder / f"stress_{mb:g}mb.apkg", args.serial) for _ in range(args.repeat)]
            seconds = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            net = size / max(seconds - base_seconds, 1e-9)
            rates.append(net)
            flag = "" if rss < MEMORY_LIMIT_MB else f"  ** over {MEMORY_LIMIT_MB} MB **"
            print(f"{size:6.2f} MB: {seconds:6.1f} s  {size / seconds:5.2f} MB/s  net {net:5.2f} MB/s  "
                  f"peak RSS {rss:5.0f} MB{flag}")
        print(f"net MB/s large / small: {rates[1] / rates[0]:.2f} (1.0 = linear; below ~0.8 = superlinear cost)")


if __name__ == "__main__":
    main()
