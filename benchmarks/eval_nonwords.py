"""Share of vocabulary notes that are not words: trivial compounds, names, mis-splits.

    python benchmarks/eval_nonwords.py TEXT... [--list]

Builds the vocabulary notes ``flashcards build TEXT`` would write (default options: every
level, nothing known, no audio) and judges each headword with rules *of this script*, not
``flashcards.compounds`` (whose rules decide what becomes a note): the judge is cruder and
stricter, so it also catches what the product's rules miss.

* **name**: on no HSK list, and CC-CEDICT has only capitalised readings for it, or it lacks
  the word and jieba's dictionary tags it nr/nrfg/nrt/ns;
* **trivial**: on no HSK list, and numeral/这/那/每/哪/各/几 + one character; 很/不/没/更/
  太/最/挺/真/非常 + a word; a word + 在/到/着/了/过; 第 + numeral; or CC-CEDICT lacks it
  while every part is an HSK word (a free combination) and jieba does not tag it a chengyu;
* **mis-split?**: one character of the word forms a CC-CEDICT *and* jieba word with the
  single-character token beside it in the example sentence (源 生动 能: 动能). Listed for a
  person to judge, counted apart (most are legitimate cuts: 的 确实 …).

Runs against whatever ``flashcards`` is first on ``PYTHONPATH``, so the same command measures
main and a branch. Prints one line per text and the total.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import lru_cache
from pathlib import Path

_NUMERAL_DEMONSTRATIVE = re.compile(r"^(?:[一二三四五六七八九十百千万两几半]+|[这那每哪各某几])[\u4e00-\u9fff]$")
_DEGREE = re.compile(r"^(?:很|不|没|更|太|最|挺|真|非常)[\u4e00-\u9fff]{1,3}$")
_VERB_PARTICLE = re.compile(r"^[\u4e00-\u9fff]{1,2}[在到着了过]$")
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百千两]+[\u4e00-\u9fff]?$")
_NAME_TAGS = {"nr", "nrfg", "nrt", "ns"}


def _listed(word: str) -> bool:
    from flashcards import lexicon

    return any(lexicon.hsk_level(word, s) is not None for s in ("2.0", "3.0", "2025"))


@lru_cache(maxsize=1)
def _jieba() -> dict[str, tuple[int, str]]:
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    path = Path(spec.origin).parent / "dict.txt"  # type: ignore[union-attr, arg-type]
    out = {}
    for line in path.open(encoding="utf-8"):
        f = line.split()
        if len(f) == 3:
            out[f[0]] = (int(f[1]), f[2])
    return out


def _all_listed_parts(word: str) -> bool:
    n = len(word)
    ok = [True] + [False] * n
    for j in range(1, n + 1):
        ok[j] = any(ok[i] and (i, j) != (0, n) and _listed(word[i:j]) for i in range(j))
    return ok[n]


def judge(word: str, tokens: tuple[str, ...]) -> str:
    """'name', 'trivial', 'mis-split?' or '' (a word)."""
    from flashcards import cedict, lexicon

    if _listed(word):
        return ""
    found = lexicon.entries(word)
    tag = _jieba().get(word, (0, ""))[1]
    # CC-CEDICT capitalises days of the week (星期六): time words (jieba's t) are no names.
    if (found and all(e.pinyin[:1].isupper() for e in found) and tag != "t") or (not found and tag in _NAME_TAGS):
        return "name"
    if any(p.match(word) for p in (_NUMERAL_DEMONSTRATIVE, _DEGREE, _VERB_PARTICLE, _ORDINAL)):
        return "trivial"
    if not cedict.has(word) and tag != "i" and _all_listed_parts(word):  # i: a chengyu (日薄西山)
        return "trivial"
    both = lambda w: cedict.has(w) and _jieba().get(w, (0, ""))[0] > 0  # noqa: E731
    for i, t in enumerate(tokens):
        if t != word:
            continue
        before = tokens[i - 1] if i > 0 else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (len(before) == 1 and both(before + word[0])) or (len(after) == 1 and both(word[-1] + after)):
            return "mis-split?"
    return ""


def vocab_notes(path: str) -> list[tuple[str, tuple[str, ...]]]:
    """(headword, example tokens) of each vocabulary note a default build writes."""
    from flashcards.build import BuildOptions
    from flashcards.pipeline import read_inputs, tokenize_documents as analyse
    from flashcards.build import plan_deck

    plan = plan_deck(BuildOptions(inputs=(path,), output=Path("/dev/null"), cards=("recognition",), audio=None))
    tokenized = analyse(read_inputs([path]))
    by_text = {ts.sentence.text: ts.tokens for ts in tokenized}
    out = []
    for note in plan.notes:
        if note.kind != "vocab":
            continue
        word = note.fields[0]
        example = re.sub(r"<[^>]+>", "", note.fields[8])
        out.append((word, by_text.get(example, ())))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="+")
    parser.add_argument("--list", action="store_true", help="print every flagged headword")
    args = parser.parse_args(argv)
    total = flagged = unsure = 0
    for path in args.texts:
        notes = vocab_notes(path)
        verdicts = [(w, judge(w, toks)) for w, toks in notes]
        bad = [(w, v) for w, v in verdicts if v in ("name", "trivial")]
        maybe = [w for w, v in verdicts if v == "mis-split?"]
        total += len(notes)
        flagged += len(bad)
        unsure += len(maybe)
        share = len(bad) / len(notes) if notes else 0.0
        print(f"{path}: {len(notes)} vocabulary notes, {len(bad)} non-words ({share:.1%}), {len(maybe)} possible mis-splits")
        if args.list:
            for w, v in bad:
                print(f"  {v}: {w}")
            for w in maybe:
                print(f"  mis-split?: {w}")
    share = flagged / total if total else 0.0
    print(f"total: {total} vocabulary notes, {flagged} non-words ({share:.1%}), {unsure} possible mis-splits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
