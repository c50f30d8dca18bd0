"""Clips per second against the fake edge-tts service: does concurrency pay?

    python benchmarks/bench_audio.py [--clips 40] [--latency 0.1] [--concurrency 1 4]

Each request to the fake service waits ``--latency`` seconds (the real service takes
roughly 0.3-1 s per short clip), so the run measures how well requests overlap, not
how fast localhost is. Every run starts from an empty cache; a last run repeats the
highest concurrency with a warm cache, which must make no request at all.

Then the whole build of a sample text (``--text``): once without audio, once with edge
audio from a warm cache (filled by a first build against the fake service), median of
``--repeat`` each; the two should take about the same time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fake_edge_tts import FakeEdgeTTS

from flashcards.audio import AudioSettings, generate_audio

ROOT = Path(__file__).resolve().parents[1]


def measure(texts: list[str], latency: float, concurrency: int, cache: Path) -> tuple[float, int, int]:
    """Seconds taken, connections made, most requests in flight."""
    with FakeEdgeTTS(latency=latency) as server:
        settings = AudioSettings(edge_url=server.url, cache_dir=cache, concurrency=concurrency)
        started = time.perf_counter()
        result = generate_audio(texts, settings, progress=False)
        elapsed = time.perf_counter() - started
        assert result.summary.failed == 0, result.summary
        return elapsed, server.connections, server.max_active


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=40)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--text", type=Path, default=ROOT / "decks" / "texts" / "industrial_internet.txt")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [f"这是第{i}个例句。" for i in range(args.clips)]
    rates: dict[int, float] = {}
    print(f"{args.clips} clips, {args.latency * 1000:.0f} ms latency per request")
    with tempfile.TemporaryDirectory() as scratch:
        for concurrency in args.concurrency:
            cache = Path(scratch) / f"c{concurrency}"
            elapsed, connections, in_flight = measure(texts, args.latency, concurrency, cache)
            rates[concurrency] = args.clips / elapsed
            print(
                f"concurrency {concurrency:>2}: {rates[concurrency]:6.1f} clips/s "
                f"({elapsed:.2f} s, {connections} requests, {in_flight} in flight at most)"
            )
        warm, connections, _ = measure(texts, args.latency, concurrency, cache)
        print(f"warm cache    : {args.clips / warm:6.0f} clips/s ({warm:.3f} s, {connections} requests)")
    low, high = min(rates), max(rates)
    print(f"speed-up {high} vs {low}: {rates[high] / rates[low]:.2f}x (ideal {high / low:.0f}x)")
    compare_builds(args.text, args.repeat)


def compare_builds(text: Path, repeat: int) -> None:
    """A rebuild with a warm audio cache vs a build without audio: fresh processes, as a user runs them."""
    import os
    import statistics
    import subprocess

    with tempfile.TemporaryDirectory() as scratch, FakeEdgeTTS(latency=0.05) as server:
        env = {**os.environ, "FLASHCARDS_EDGE_TTS_URL": server.url}
        base = [sys.executable, "-m", "flashcards", "build", str(text), "-o", str(Path(scratch) / "deck.apkg"), "-q"]
        audio = ["--audio", "edge", "--audio-cache", str(Path(scratch) / "audio")]

        def build(extra: list[str]) -> float:
            started = time.perf_counter()
            subprocess.run(base + extra, check=True, env=env)
            return time.perf_counter() - started

        build(audio)  # fills the cache (and warms every other cache)
        requests = server.connections
        plain = statistics.median(build(["--audio", "none"]) for _ in range(repeat))
        warm = statistics.median(build(audio) for _ in range(repeat))
        assert server.connections == requests, "a warm rebuild made requests"
    print(f"build of {text.name}: no audio {plain:.2f} s, warm-cache audio ({requests} clips) {warm:.2f} s, "
          f"ratio {warm / plain:.2f}x, 0 requests")


if __name__ == "__main__":
    main()
