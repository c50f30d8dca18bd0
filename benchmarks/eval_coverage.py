"""Coverage on graded sentences: what `flashcards analyze` says a reader at HSK ≤ 6 can read.

    python benchmarks/eval_coverage.py sentences.json grammarwiki.tsv [decks/texts/*.txt ...]

For levels 3-6 of hsk-sentences-audio (``sentences.json``) and of the Grammar Wiki set
(``grammarwiki.tsv``, see README.md for both), 300 sentences of the level (shuffled, seed 0)
are analysed as one text; any further files are analysed whole. Printed per text: the share of
tokens at HSK ≤ 6, outside HSK and names, the level ``level_for`` gives for 90%, and the
commonest words left outside. The issue's goal on textbook passages (levels 3-6): 90% at
HSK ≤ 6 and at most 5% outside; nothing is tuned on these sets.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def graded(sentences_json: Path, grammar_tsv: Path) -> Iterator[tuple[str, list[str]]]:
    data = json.loads(sentences_json.read_text(encoding="utf-8"))
    for level in (3, 4, 5, 6):
        yield f"hsk-sentences-audio {level}", [x["chinese"] for x in data if x["hsk_level"] == level]
    rows = [line.split("\t") for line in grammar_tsv.read_text(encoding="utf-8").splitlines()]
    for level in (3, 4, 5, 6):
        yield f"Grammar Wiki {level}", [s for s, lv in rows if int(lv) == level]


def analyse(text: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "text.txt"
        path.write_text(text, encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "flashcards", "analyze", str(path), "--json"],
                             capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(run.stdout)


def main() -> None:
    sentences_json, grammar_tsv, *files = map(Path, sys.argv[1:])
    texts = list(graded(sentences_json, grammar_tsv))
    texts += [(f.name, [f.read_text(encoding="utf-8")]) for f in files]
    for name, pool in texts:
        pool = list(pool)
        random.Random(0).shuffle(pool)
        out = analyse("".join(pool[:300]))
        upto6 = max(c["cumulative"] for c in out["coverage"] if c["level"] is not None and c["level"] <= 6)
        left = " ".join(w["word"] for w in out["outside_hsk"]["words"][:12])
        print(f"{name}: HSK ≤ 6 {upto6:.1%} / outside {out['outside_hsk']['share']:.1%} / names"
              f" {out['names']['share']:.1%}, 90% at {out['level_for']['90']}; outside: {left}")


if __name__ == "__main__":
    main()
