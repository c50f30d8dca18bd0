"""Share of vocabulary notes with an English example, per text (issue 14's coverage figure).

    python benchmarks/english_coverage.py decks/texts/industrial_internet.txt decks/texts/livestream_ecommerce.txt

For each text, a default build plan (no known words, HSK 3.0, no translator): how many
vocabulary notes carry a Tatoeba example pair (DictExampleEnglish), how many example
sentences from the text itself have an exact Tatoeba translation (ExampleEnglish), and
the share with either.
"""

from __future__ import annotations

import sys
from pathlib import Path

from flashcards.build import BuildOptions, plan_deck
from flashcards.notetypes import VOCAB_FIELDS


def coverage(path: str, **options) -> tuple[int, int, int, int]:
    plan = plan_deck(BuildOptions(inputs=(path,), output=Path("unused.apkg"), audio=None, **options))
    vocab = [n for n in plan.notes if n.kind == "vocab"]
    field = lambda n, name: n.fields[VOCAB_FIELDS.index(name)]
    pair = sum(1 for n in vocab if field(n, "DictExampleEnglish"))
    own = sum(1 for n in vocab if field(n, "ExampleEnglish"))
    either = sum(1 for n in vocab if field(n, "DictExampleEnglish") or field(n, "ExampleEnglish"))
    return len(vocab), pair, own, either


def stage_cost(path: str, repeat: int = 3) -> float:
    """Median CPU seconds the English stage adds to a plan (Tatoeba examples on vs off).

    Both plans run in this process after a warm-up, so jieba, CC-CEDICT and the Tatoeba
    index are loaded once; what remains is the per-build work.
    """
    import statistics
    import time

    def cpu(**options) -> float:
        start = time.process_time()
        plan_deck(BuildOptions(inputs=(path,), output=Path("unused.apkg"), audio=None, **options))
        return time.process_time() - start

    cpu()  # warm-up
    on = statistics.median(cpu() for _ in range(repeat))
    off = statistics.median(cpu(tatoeba_examples=False) for _ in range(repeat))
    return on - off


def main(paths: list[str]) -> None:
    for path in paths:
        print(f"{Path(path).name}: the English stage adds {stage_cost(path):.3f} s CPU per plan (index loaded)")
        for label, options in (("all words", {}), ("known ≤ HSK 3", {"known_level": 3})):
            total, pair, own, either = coverage(path, **options)
            print(
                f"{Path(path).name} ({label}): {total} vocabulary notes; Tatoeba example {pair} "
                f"({pair / total:.1%}); exact translation of the text's own example {own}; "
                f"either {either} ({either / total:.1%})"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
