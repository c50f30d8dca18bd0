"""Benchmark: ``analyze`` vs bare jieba on the same ~2 MB text, in one run.

    python benchmarks/bench_analyze.py [--mb 2] [--repeat 3]

Prints medians and ratios (machines here are noisy: compare ratios, not seconds):

* in-process, warm (jieba and the dictionaries already loaded, as in a long-running tool):
  ``analyze(...)`` (read → sentences → tokens → coverage, new words, difficulty of every
  sentence) vs ``jieba.lcut`` of the same text, plus where analyze spends its time;
* fresh processes, as a user runs it: ``flashcards analyze --json --html`` vs a bare
  ``python -c "import jieba; jieba.lcut(text)"`` (import + initialise + cut).

The text is the sample corpus (decks/texts) concatenated until it reaches the size asked
for, so it repeats: few distinct words for its length, which flatters per-word work.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_build import BARE_JIEBA, TEXTS, make_text  # noqa: E402


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(text_path: Path, repeat: int) -> dict[str, float]:
    from flashcards.analysis import AnalyzeOptions, analyze, analyze_text
    from flashcards.pipeline import read_inputs, tokenize_documents as analyse
    from flashcards.known import resolve_known
    from flashcards.sentences import document_sentences
    from flashcards.tokens import tokenize

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)
    text = text_path.read_text(encoding="utf-8")
    jieba.initialize()
    options = AnalyzeOptions(inputs=(str(text_path),), known_level=3)
    analyze(options)  # warm: dictionaries, jieba's prefix dict, per-word caches
    documents = read_inputs([str(text_path)])
    sentences = document_sentences(documents)
    tokenized = analyse(documents)
    known = resolve_known(level=options.known_level)
    return {
        "bare jieba.lcut": median_time(lambda: jieba.lcut(text), repeat),
        "analyze (all stages)": median_time(lambda: analyze(options), repeat),
        "  read + split sentences": median_time(lambda: document_sentences(read_inputs([str(text_path)])), repeat),
        "  segment (jieba + corrections)": median_time(lambda: tokenize(sentences), repeat),
        "  analyze_text (coverage, words, difficulty)": median_time(
            lambda: analyze_text(tokenized, known=known), repeat
        ),
    }


def fresh_processes(text_path: Path, repeat: int, tmp: Path) -> dict[str, float]:
    py = sys.executable
    report = tmp / "report.html"
    cli = [py, "-m", "flashcards", "analyze", str(text_path), "--json", "--html", str(report), "--known-level", "3"]

    def run(cmd):
        return lambda: subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    run(cli)()  # warm the on-disk caches once
    return {
        "bare jieba (import + init + lcut)": median_time(run([py, "-c", BARE_JIEBA, str(text_path)]), repeat),
        "flashcards analyze --json --html": median_time(run(cli), repeat),
        "flashcards analyze (sample text)": median_time(
            run([py, "-m", "flashcards", "analyze", str(TEXTS[0]), "--json"]), repeat
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "big.txt"
        size = make_text(args.mb, text)
        chars = len(text.read_text(encoding="utf-8"))
        warm = in_process(text, args.repeat)
        cold = fresh_processes(text, args.repeat, Path(tmp))
    print(f"text: {size / 1e6:.2f} MB, {chars:,} characters (graded sentences, benchmarks/graded_text.py)")
    print(f"\nin-process, warm, median of {args.repeat}:")
    for name, seconds in warm.items():
        print(f"  {name:<48} {seconds:7.2f} s")
    bare = warm["bare jieba.lcut"]
    print(f"  ratio analyze / bare jieba.lcut:                  {warm['analyze (all stages)'] / bare:7.2f}x")
    print(f"\nfresh processes, median of {args.repeat}:")
    for name, seconds in cold.items():
        print(f"  {name:<48} {seconds:7.2f} s")
    ratio = cold["flashcards analyze --json --html"] / cold["bare jieba (import + init + lcut)"]
    print(f"  ratio analyze CLI / bare jieba:                   {ratio:7.2f}x")


if __name__ == "__main__":
    main()
