"""Benchmark: the whole build vs bare jieba on the same ~2 MB text, in one run.

    python benchmarks/bench_build.py [--mb 2] [--repeat 3]

Prints medians and ratios (machines here are noisy: compare ratios, not seconds):
  * full build (read → sentences → tokens → selection → notes → .apkg), no audio, in a fresh
    process each time, with warm caches (jieba's prefix dict, the parsed dictionary); again
    with FLASHCARDS_SERIAL=1, which keeps segmentation on one core;
  * bare ``jieba.lcut`` of the same text, also in a fresh process (import + initialise + cut);
  * ``flashcards --help`` and the README's sample build, as wall times.
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
TEXTS = sorted((ROOT / "decks" / "texts").glob("*.txt"))

BARE_JIEBA = """
import sys, warnings, logging
warnings.simplefilter("ignore")
import jieba
jieba.setLogLevel(logging.WARNING)
text = open(sys.argv[1], encoding="utf-8").read()
jieba.lcut(text)
"""


def make_text(megabytes: float, path: Path) -> int:
    """Concatenate the sample corpus until the file reaches ``megabytes``."""
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in TEXTS)
    target = int(megabytes * 1_000_000)
    copies = target // len(corpus.encode("utf-8")) + 1
    path.write_text("\n\n".join([corpus] * copies), encoding="utf-8")
    return path.stat().st_size


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def median_of(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> float:
    return statistics.median(timed(cmd, env) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "big.txt"
        size = make_text(args.mb, text)
        out = Path(tmp) / "big.apkg"
        build = [py, "-m", "flashcards", "build", str(text), "-o", str(out), "-q", "--audio", "none"]
        timed(build)  # warm the caches once: first-ever runs build jieba's and CC-CEDICT's indexes
        bare = median_of([py, "-c", BARE_JIEBA, str(text)], args.repeat)
        full = median_of(build, args.repeat)
        # The same build on one core: segmentation normally uses a second process when it can.
        serial = median_of(build, args.repeat, {**os.environ, "FLASHCARDS_SERIAL": "1"})
        help_time = median_of([py, "-m", "flashcards", "--help"], args.repeat)
        sample = median_of(
            [py, "-m", "flashcards", "build", str(TEXTS[0]), "-o", str(Path(tmp) / "s.apkg"), "-q", "--audio", "none"], args.repeat
        )
    print(f"text: {size / 1e6:.2f} MB ({len(TEXTS)} sample texts concatenated)")
    print(f"bare jieba (import + init + lcut), median of {args.repeat}: {bare:.2f} s")
    print(f"full build, median of {args.repeat}:                       {full:.2f} s")
    print(f"ratio full build / bare jieba:                        {full / bare:.2f}x")
    print(f"full build on one core (FLASHCARDS_SERIAL=1):         {serial:.2f} s, {serial / bare:.2f}x")
    print(f"flashcards --help:                                    {help_time:.2f} s")
    print(f"sample build ({TEXTS[0].name}):                {sample:.2f} s")


if __name__ == "__main__":
    main()
