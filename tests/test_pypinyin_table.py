"""The cached pypinyin table gives what pypinyin gives, without importing pypinyin."""

from __future__ import annotations

import doctest
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards import datacache, pypinyin_table
from flashcards.segment import segmenter
from flashcards.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "decks" / "texts").glob("*.txt"))


def _pypinyin(word: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    from pypinyin import Style, lazy_pinyin, pinyin

    kw = dict(style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True, errors=lambda s: list(s))
    return tuple(lazy_pinyin(word, **kw)), tuple(frozenset(pinyin(ch, heteronym=True, **kw)[0]) for ch in word)


def _table(word: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    return pypinyin_table.reading(word), tuple(pypinyin_table.options(ch) for ch in word)


def _corpus_words() -> list[str]:
    seg = segmenter(None)
    words: set[str] = set()
    for path in TEXTS:
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            words.update(seg.words(sentence))
    return sorted(words)


def test_sample_corpus_reads_as_pypinyin_reads_it() -> None:
    words = _corpus_words()
    assert len(words) > 500
    differ = [w for w in words if _table(w) != _pypinyin(w)]
    assert differ == []


@pytest.mark.parametrize(
    "word",
    [
        "这辆", "还钱", "还书", "重录", "阿尔代什", "银行卡", "长大了", "行长们",  # CC-CEDICT lacks most
        "中国人民银行", "一行行", "地道的", "ABC还钱x", "3个", "〇", "哈哈ABC哈", "",
        "银\u3402行", "\u3407",  # characters pypinyin has no reading for
    ],
)
def test_words_cc_cedict_lacks_read_as_pypinyin_reads_them(word: str) -> None:
    assert _table(word) == _pypinyin(word)


def test_reading_is_phrase_aware() -> None:
    # The phrase decides 行 in 银行 and 行走; a character alone takes its first reading.
    assert pypinyin_table.reading("银行")[1] != pypinyin_table.reading("行走")[0]
    assert pypinyin_table.reading("还钱") == _pypinyin("还钱")[0]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("银行还钱这辆长大重地得的了A1 ，。中国人民"), max_size=8))
def test_any_mix_reads_as_pypinyin_reads_it(text: str) -> None:
    assert _table(text) == _pypinyin(text)


_PROBE = """
import json, sys
from flashcards import lexicon
lexicon.lookup("行"); lexicon.lookup("这辆"); lexicon.lookup("还钱"); lexicon.lookup("银\u3402行")
from flashcards import datacache
print(json.dumps({"pypinyin": "pypinyin" in sys.modules,
                  "stats": sorted(f"{n}:{k}" for (n, k) in datacache.stats if n == "pypinyin")}))
"""


def _probe(cache: Path) -> dict:
    env = {**os.environ, "FLASHCARDS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_built_once_then_read_without_importing_pypinyin(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    assert first["stats"] == ["pypinyin:miss"]  # the first process builds the table (and imports pypinyin)
    assert len(list(tmp_path.glob("pypinyin-v*.marshal"))) == 1
    assert _probe(tmp_path) == {"pypinyin": False, "stats": ["pypinyin:hit"]}


def test_docstring_examples() -> None:
    assert doctest.testmod(pypinyin_table).failed == 0
