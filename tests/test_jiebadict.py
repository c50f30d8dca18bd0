"""The partial rjieba instance (only the words its texts use) must answer as the full one."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards import jiebadict
from flashcards.jiebadict import PartialJieba
from test_cutter import TEXTS, generated_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def full():
    jieba = jiebadict.full_jieba()
    assert jieba is not None
    return jieba


def partial() -> PartialJieba:
    jiebadict.default()  # loads the extension
    import sys

    return PartialJieba(sys.modules["rjieba.rjieba"].Jieba)


def pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


@pytest.mark.parametrize("hmm", [True, False])
@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_sample_corpus_cut_and_tags_identical(path, hmm, full):
    text = path.read_text(encoding="utf-8")
    p = partial()
    for line in text.splitlines():  # one text after another, as a build asks
        assert p.cut(line, hmm) == full.cut(line, hmm)
        assert p.tag(line, hmm) == full.tag(line, hmm)
    assert not p._full or len(text) > jiebadict.FULL_AFTER


@pytest.mark.parametrize("hmm", [True, False])
def test_generated_text_identical(hmm, full):
    """Many distinct words, unknown runs, Latin, rare CJK: each piece by a fresh instance
    (so none switches to the whole dictionary), each word of it asked about too."""
    for chunk in pieces(generated_text(60_000, seed=5), 3_000):
        p = partial()
        for sentence in pieces(chunk, 300):
            assert p.cut(sentence, hmm) == full.cut(sentence, hmm)
            assert p.tag(sentence, hmm) == full.tag(sentence, hmm)
        for word in full.cut(chunk, hmm):
            assert p.has_word(word) == full.has_word(word), word
        assert not p._full


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("银行在哪里中国人民大学生我们的不了一是有B超T恤 a1.，。"), max_size=40))
def test_any_text_identical(text):
    full = jiebadict.full_jieba()
    p = partial()
    assert p.cut(text, True) == full.cut(text, True)
    assert p.tag(text, False) == full.tag(text, False)


def test_total_is_the_whole_dictionary(full):
    """The rest of the dictionary's total rides on one key: suggest_freq (which reads the
    total) agrees once a text's words are given."""
    p = partial()
    p.cut("中国人民银行", True)
    for word in ("中国", "人民", "银行", "中国人民银行"):
        assert p._jieba.suggest_freq(word) == full.suggest_freq(word)


def test_switches_to_the_whole_dictionary(monkeypatch, full):
    monkeypatch.setattr(jiebadict, "FULL_AFTER", 10)
    p = partial()
    assert p.cut("我们在银行", True) == ["我们", "在", "银行"] and not p._full
    assert p.cut("中国人民大学的学生", True) == full.cut("中国人民大学的学生", True) and p._full
    assert p.has_word("熊猫") and not p.has_word("没有这个词")


def test_a_build_never_loads_the_whole_dictionary():
    """rjieba's package __init__ (a full instance at import) is not run for a small text."""
    import subprocess
    import sys

    code = (
        "import sys; from flashcards import jiebadict as j; d = j.default();"
        "print(d.cut('我们在银行', True), 'rjieba' in sys.modules, d._full)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["['我们',", "'在',", "'银行']", "False", "False"]


def test_doctest():
    import doctest

    assert doctest.testmod(jiebadict).failed == 0
