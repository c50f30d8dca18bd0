"""The cached s2t table answers what OpenCC answers, and a build's words need no OpenCC s2t."""

from __future__ import annotations

import doctest
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards import s2t_table, script
from flashcards.segment import segmenter
from flashcards.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "decks" / "texts").glob("*.txt"))


def _opencc(text: str) -> str:
    return script.opencc_convert(text, script.TRADITIONAL)


def _corpus() -> tuple[list[str], list[str]]:
    seg = segmenter(None)
    words: set[str] = set()
    sentences: list[str] = []
    for path in TEXTS:
        for sentence in split_sentences(path.read_text(encoding="utf-8")):
            sentences.append(sentence)
            words.update(seg.words(sentence))
    return sorted(words), sentences


def test_sample_corpus_words_all_answered_as_opencc_answers() -> None:
    words, sentences = _corpus()
    assert len(words) > 500
    answers = {w: s2t_table.convert(w) for w in words + sentences}
    if s2t_table._table().composable:  # OpenCC's opencc_dict tool ran when the table was built
        assert [w for w in words if answers[w] is None and not w.isascii()] == []  # no word needs OpenCC
    assert {w: a for w, a in answers.items() if a is not None and a != _opencc(w)} == {}


def test_random_headword_pairs_and_character_runs_agree_with_opencc() -> None:
    rnd = random.Random(16)
    headwords = sorted(s2t_table._headwords())
    cjk = [chr(c) for c in range(0x4E00, 0xA000)]
    texts = rnd.sample(headwords, 4000)
    texts += [rnd.choice(headwords) + rnd.choice(headwords) for _ in range(4000)]
    texts += ["".join(rnd.choice(cjk) for _ in range(rnd.randint(2, 6))) for _ in range(4000)]
    answered = {t: a for t in texts if (a := s2t_table.convert(t)) is not None}
    assert len(answered) > len(texts) // 2  # the table answers most of them itself
    assert {t: a for t, a in answered.items() if a != _opencc(t)} == {}


@pytest.mark.parametrize(
    "text",
    [
        "银行", "头发", "发现", "理发", "干部", "干净", "面条", "王刚", "李华", "源生", "后来", "皇后",
        "一只", "只有", "系统", "联系", "周末", "里面", "公里", "台湾", "钟表", "时钟",
        "头发干了", "我们去银行取钱", "A股", "3个", "豈", "\uf900\u4e00",  # 豈 as a compatibility ideograph
    ],
)
def test_one_to_many_characters_and_phrases_agree_with_opencc(text: str) -> None:
    found = s2t_table.convert(text)
    assert found is None or found == _opencc(text)
    assert script.convert(text, script.TRADITIONAL) == _opencc(text)


def test_compatibility_ideographs_are_left_to_opencc() -> None:
    assert s2t_table.convert("\uf900") is None  # OpenCC normalises it first


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("头发干面后里台系只钟银行王刚了的A1 ，。中国人民\uf900"), max_size=8))
def test_any_mix_converts_as_opencc_converts(text: str) -> None:
    assert script.convert(text, script.TRADITIONAL) == _opencc(text)


_PROBE = """
import json
from flashcards import datacache, script
out = [script.convert(w, script.TRADITIONAL) for w in ("银行", "头发", "王刚", "源生", "理发店")]
print(json.dumps({"s2t loaded": script._converter.cache_info().currsize > 0, "out": out,
                  "stats": sorted(f"{n}:{k}" for (n, k) in datacache.stats if n == "s2t")}))
"""


def _probe(cache: Path) -> dict:
    env = {**os.environ, "FLASHCARDS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_built_once_then_answered_without_loading_opencc_s2t(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    assert first["stats"] == ["s2t:miss"]  # the first process builds the table (with OpenCC)
    assert len(list(tmp_path.glob("s2t-v*.marshal"))) == 1
    second = _probe(tmp_path)
    assert second == {"s2t loaded": False, "out": first["out"], "stats": ["s2t:hit"]}
    assert second["out"] == [_opencc(w) for w in ("银行", "头发", "王刚", "源生", "理发店")]


def test_docstring_examples() -> None:
    assert doctest.testmod(s2t_table).failed == 0


def test_without_opencc_dict_the_table_answers_headwords_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASHCARDS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(s2t_table, "_phrase_pairs", lambda share: None)  # the tool missing or failing
    s2t_table._load.cache_clear()
    try:
        table = s2t_table._table()
        assert table is not None and not table.composable
        assert s2t_table.convert("头发") == _opencc("头发") and s2t_table.convert("银行") == _opencc("银行")
        assert s2t_table.convert("王刚") is None  # no headword: left to OpenCC, never composed
        assert script.convert("王刚", script.TRADITIONAL) == _opencc("王刚")
    finally:
        s2t_table._load.cache_clear()
