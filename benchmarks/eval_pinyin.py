"""Agreement of our word readings with a graded reference word list.

    python benchmarks/eval_pinyin.py REFERENCE [--raw] [--sandhi] [--mismatches N]

REFERENCE is a text file with one word per line and its pinyin, numbered
(``xi3huan5``, ``xi3 huan5``) or tone-marked (``xǐhuan``), in one of:

* ``word<TAB>pinyin`` (lines starting with ``#`` or ``//`` are skipped);
* a CSV whose header names the columns (``词语``/``Simplified``/``word`` and
  ``拼音``/``Pinyin``/``pinyin``).

Variants written ``爸爸|爸`` / ``bàba|bà`` count as separate words. Entries
with optional parts (``有（一）点儿``, ``…极了``) are skipped and counted. In
the official lists a ``·`` before a syllable means "usually neutral, sometimes
full tone": either counts as exact.

A word listed more than once with different readings (地 de / dì) counts once:
it agrees if our reading is any of them, since a context-free lookup can only
give one. Figures printed:

* exact: same syllables and tones (case-insensitive; spaces, apostrophes and
  separable-verb marks ignored);
* ignoring tone 5: a neutral tone on either side matches any tone.

``--raw`` measures pypinyin alone (``lazy_pinyin`` TONE3 with
``neutral_tone_with_five``, erhua folded) instead of ``flashcards.lexicon``;
``--sandhi`` applies ``yi_bu_sandhi`` to our readings (reference lists that
write 一起 yìqǐ and 不客气 bú kèqi); ``--base-tones`` instead rewrites such a
reference in base tones, the convention of learners' dictionaries.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flashcards import lexicon  # noqa: E402
from flashcards.pinyin import normalize, split_marks, to_marks, tone, yi_bu_sandhi  # noqa: E402

_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD_COLS = ("词语", "simplified", "word", "hanzi", "汉字")
_PINYIN_COLS = ("拼音", "pinyin")


def _rows(path: Path) -> Iterator[tuple[str, str]]:
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    header = [h.strip().lower() for h in next(csv.reader([lines[0]]))] if lines else []
    wc = next((header.index(c) for c in _WORD_COLS if c in header), None)
    pc = next((header.index(c) for c in _PINYIN_COLS if c in header), None)
    if wc is not None and pc is not None:
        for row in csv.reader(lines[1:]):
            if len(row) > max(wc, pc):
                yield row[wc].strip(), row[pc].strip()
        return
    for line in lines:
        if not line.strip() or line.startswith(("#", "//")):
            continue
        parts = line.split("\t")
        if len(parts) >= 2:
            yield parts[0].strip(), parts[1].strip()


def _numbered(pinyin: str, count: int) -> tuple[tuple[str, ...], frozenset[int]]:
    """Reference pinyin as numbered syllables, plus positions marked optional-neutral (·)."""
    pinyin = unicodedata.normalize("NFC", pinyin).replace("//", " ").replace("∥", " ")
    if re.search(r"[1-5]", pinyin):
        syls = tuple(normalize(s) for s in re.findall(r"[A-Za-zü:]+[1-5]?", pinyin))
        syls = tuple(s if s[-1].isdigit() else s + "5" for s in syls)
        return _fold(syls), frozenset()
    optional: set[int] = set()
    out: list[str] = []
    chunks = pinyin.split("·")
    for k, chunk in enumerate(chunks):
        if k and chunk:
            optional.add(len(out))
        out += split_marks(chunk, count - len(out) if k == len(chunks) - 1 else None)
    return tuple(out), frozenset(optional)


def _fold(syls: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for s in syls:
        if s.lower() in ("r5", "r") and out:
            out[-1] = out[-1][:-1] + "r" + out[-1][-1]
        else:
            out.append(s)
    return tuple(out)


def reference(path: Path) -> tuple[dict[str, list[tuple[tuple[str, ...], frozenset[int]]]], int]:
    table: dict[str, list[tuple[tuple[str, ...], frozenset[int]]]] = {}
    skipped = 0
    for word, pinyin in _rows(path):
        # "白（形）", "分（名、量）": a part-of-speech note, not part of the word.
        word = re.sub(r"[（(][名动形副代数量介连助叹拟声前后缀、]+[)）]$", "", word.strip())
        word = re.sub(r"[¹²³]", "", word)
        words = re.split(r"[|∣｜]", word)
        pinyins = re.split(r"[|∣｜]", pinyin)
        if len(words) != len(pinyins):
            skipped += 1
            continue
        for w, p in zip(words, pinyins):
            w, p = w.strip(), p.strip()
            if not w or not _HAN.search(w) or re.search(r"[（()）…]", w + p) or re.search(r"[^\u3400-\u9fff]", w):
                skipped += 1
                continue
            count = len(w) - (1 if w.endswith("儿") and len(w) > 1 and not p.lower().endswith(("ér", "er2", "èr", "ěr", "er")) else 0)
            try:
                entry = _numbered(p, count)
            except ValueError:
                skipped += 1
                continue
            table.setdefault(w, []).append(entry)
    return table, skipped


def _base_tones(word: str, syls: tuple[str, ...]) -> tuple[str, ...]:
    """Undo 一/不 sandhi in a reference reading (yi4qi3 -> yi1qi3, bu2 -> bu4)."""
    chars = [c for k, c in enumerate(word) if not (c == "儿" and k == len(word) - 1 and len(word) > len(syls))]
    if len(chars) != len(syls):
        return syls
    base = {("一", "yi2"): "yi1", ("一", "yi4"): "yi1", ("不", "bu2"): "bu4"}
    return tuple(base.get((c, s.lower()), s) for c, s in zip(chars, syls))


def _raw(word: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    syls = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True)
    # pypinyin reads 儿 as a syllable of its own; give it its best chance by
    # folding a final 儿 the way the reference writes erhua (which costs it
    # the few words like 女儿 where 儿 is a syllable).
    if word.endswith("儿") and len(syls) > 1:
        syls = syls[:-1] + ["r5"]
    return _fold(tuple(syls))


def _eq(ours: tuple[str, ...], ref: tuple[str, ...], optional: frozenset[int], loose: bool) -> bool:
    if len(ours) != len(ref):
        return False
    for k, (a, b) in enumerate(zip(ours, ref)):
        a, b = a.lower(), b.lower()
        if a == b:
            continue
        if a[:-1] != b[:-1]:
            return False
        if not (loose or k in optional) or not ({tone(a), tone(b)} & {5}):
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reference", type=Path)
    ap.add_argument("--raw", action="store_true", help="measure pypinyin alone")
    ap.add_argument("--sandhi", action="store_true", help="apply 一/不 tone sandhi to our readings")
    ap.add_argument("--base-tones", action="store_true", help="undo 一/不 sandhi in the reference instead")
    ap.add_argument("--mismatches", type=int, default=60, metavar="N", help="list at most N mismatches (default 60)")
    args = ap.parse_args(argv)

    table, skipped = reference(args.reference)
    if args.base_tones:
        table = {w: [(_base_tones(w, r), o) for r, o in refs] for w, refs in table.items()}
    start = time.perf_counter()
    exact = loose = 0
    misses: list[str] = []
    for word, refs in table.items():
        ours = _raw(word) if args.raw else lexicon.lookup(word).syllables
        if args.sandhi:
            ours = yi_bu_sandhi(word, ours)
        if any(_eq(ours, r, o, False) for r, o in refs):
            exact += 1
            loose += 1
            continue
        if any(_eq(ours, r, o, True) for r, o in refs):
            loose += 1
        misses.append(f"{word}\tours {to_marks(ours)}\treference {' / '.join(to_marks(r) for r, _ in refs)}")
    n = len(table)
    took = time.perf_counter() - start
    what = ("raw pypinyin" if args.raw else "flashcards.lexicon") + (" + sandhi" if args.sandhi else "")
    what += ", reference in base tones" if args.base_tones else ""
    print(f"{args.reference.name}: {n} distinct words ({skipped} entries skipped), {what}")
    print(f"exact: {exact / n:.2%} ({exact}/{n})")
    print(f"ignoring tone 5: {loose / n:.2%} ({loose}/{n})")
    print(f"time: {took:.1f} s")
    if args.mismatches:
        print(f"\nmismatches (first {min(args.mismatches, len(misses))} of {len(misses)}):")
        for line in misses[: args.mismatches]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
