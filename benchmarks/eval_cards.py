"""What a learner meets on the cards: the share of notes with card-content faults.

    python benchmarks/eval_cards.py [TEXT ...] [--examples N] [--show N]

Builds the notes (every card kind, no level filter, no audio) from the given texts
(default: the sample deck's texts, ``decks/texts/*.txt``) exactly as ``flashcards build``
would, and counts, over the notes that can show each fault:

* dictionary notation: a meaning, hint or glossary with CC-CEDICT's ``X[pinyin]`` or a bare
  ``[pinyin]`` (vocabulary, cloze and sentence notes);
* production fronts leaking the answer: the front's visible text (the meaning, the gapped
  example) holds the headword (vocabulary notes; the browser test
  ``tests/test_production_fronts.py`` checks the same on rendered cards);
* cloze hints over 40 characters or cut with "…" (cloze notes);
* fragment examples: an example (vocabulary or cloze) with under 4 hanzi besides the word;
* variant traditional forms: a Traditional field that is not OpenCC's s2t of the word.

Each figure is printed as count / total and percent; ``--show`` lists a few offenders.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flashcards import script  # noqa: E402
from flashcards.build import BuildOptions, plan_deck  # noqa: E402
from flashcards.notetypes import CLOZE_FIELDS, SENTENCE_FIELDS, VOCAB_FIELDS  # noqa: E402

_HANZI = re.compile(r"[\u3400-\u9fff]")
# (and any bracket left alone: an example cut at a comma inside its pinyin, "…shéiyěméilái]")
_NOTATION = re.compile(r"[\u3400-\u9fff]\[|\[[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü: ]+\]|[\[\]]")
_HIDDEN = re.compile(r'<(span|div) class="(?:fc-front-hidden|fc-piece|fc-senses-more|fc-clause-rest)"[^>]*>.*?</\1>', re.S)
_TARGET = re.compile(r'<span class="target[^"]*">.*?</span>')


def text_of(field: str) -> str:
    """A field's text as a person reads it: markup gone, entities and Anki brackets decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", field))


def front_text(meaning: str, example: str) -> str:
    """What a production front shows: the meaning without the parts CSS hides on fronts, and
    the example with the word's own box blank."""
    shown = _HIDDEN.sub("", meaning) + " " + _HIDDEN.sub("", _TARGET.sub("", example))
    return text_of(shown)


def measure(texts: list[str], examples: int) -> dict[str, tuple[int, int, list[str]]]:
    options = BuildOptions(
        inputs=tuple(texts), output=Path("unused.apkg"),
        cards=("recognition", "production", "listening", "cloze", "sentence"), examples=examples,
    )
    notes = plan_deck(options).notes
    faults: dict[str, tuple[int, int, list[str]]] = {}

    def tally(name: str, applies: bool, bad: bool, label: str) -> None:
        n, total, shown = faults.get(name, (0, 0, []))
        if applies:
            total += 1
            if bad:
                n += 1
                shown.append(label)
        faults[name] = (n, total, shown)

    for note in notes:
        names = {"vocab": VOCAB_FIELDS, "cloze": CLOZE_FIELDS, "sentence": SENTENCE_FIELDS}[note.kind]
        f = dict(zip(names, note.fields))
        if note.kind == "vocab":
            word = text_of(f["Simplified"])
            trad = text_of(f["Traditional"])
            tally("dictionary notation", True, bool(_NOTATION.search(text_of(f["Meaning"]))), word)
            front = front_text(f["Meaning"], f["Example"])
            tally("production front leaks the answer", True, word in front or (trad and trad in front), word)
            tally("variant traditional form", bool(trad), trad != script.convert(word, script.TRADITIONAL), f"{word}→{trad}")
            if f["Example"]:
                rest = len(_HANZI.findall(text_of(_TARGET.sub("", f["Example"]))))
                tally("fragment example", True, rest < 4, text_of(f["Example"]))
        elif note.kind == "cloze":
            word = text_of(f["Word"])
            tally("dictionary notation", True, bool(_NOTATION.search(text_of(f["Meaning"] + f["Text"]))), word)
            hints = re.findall(r"\{\{c1::.*?::(.*?)\}\}", html.unescape(f["Text"]).replace("&#123;", "{").replace("&#125;", "}"))
            hint = text_of(hints[0]) if hints else ""
            tally("cloze hint over 40 chars or cut", True, len(hint) > 40 or hint.endswith("…"), f"{word}: {hint}")
            plain = re.sub(r"\{\{c1::(.*?)(::.*?)?\}\}", "", text_of(f["Text"]))
            tally("fragment example", True, len(_HANZI.findall(plain)) < 4, text_of(f["Text"]))
        else:
            tally("dictionary notation", True, bool(_NOTATION.search(text_of(f["Glossary"]))), text_of(f["Sentence"])[:20])
    faults["notes"] = (len(notes), len(notes), [])
    return faults


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="*", default=sorted(str(p) for p in (ROOT / "decks" / "texts").glob("*.txt")))
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    faults = measure(args.texts, args.examples)
    elapsed = time.perf_counter() - start
    for name, (n, total, shown) in faults.items():
        if name == "notes":
            print(f"{'notes built':40s} {n}  ({elapsed:.1f} s)")
            continue
        print(f"{name:40s} {n:4d} / {total:4d}  {100 * n / max(total, 1):5.1f}%")
        for label in shown[: args.show]:
            print("    ", label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
