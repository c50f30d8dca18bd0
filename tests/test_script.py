"""Simplified and traditional script: detection, length-preserving conversion, spans."""

import pytest

from flashcards.known import load_known
from flashcards.script import analysis_copies, analysis_copy, convert, detect_script, split_like
from flashcards.sentences import Sentence
from flashcards.tokens import tokenize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我们一起学习中文。", "simplified"),
        ("我們一起學習中文。", "traditional"),
        ("人口不多。", "simplified"),  # no character differs: the default
        ("Hello world", "simplified"),
        ("", "simplified"),
        # mostly simplified with a traditional quotation: the majority decides
        ("我们今天学习了很多东西，老师说“學習”是繁体字。这个问题很难回答。", "simplified"),
        ("這個問題很難回答，但是我們應該試試看。他说", "traditional"),
        ("乾隆皇帝的頭髮", "traditional"),
    ],
)
def test_detect_script(text, expected):
    assert detect_script(text) == expected


@pytest.mark.parametrize(
    "text, target, expected",
    [
        ("我們一起學習", "simplified", "我们一起学习"),
        ("我们一起学习", "traditional", "我們一起學習"),
        ("头发", "traditional", "頭髮"),  # phrase-aware: 发 → 髮 here, not 發
        ("发展", "traditional", "發展"),
        ("乾淨", "simplified", "干净"),
        ("著名", "simplified", "著名"),  # 著 stays 著 in 著名
        ("😀學𠀀", "simplified", "😀学𠀀"),  # astral characters keep their place
        ("abc 123", "simplified", "abc 123"),
        ("a\x00b學", "simplified", "a\x00b学"),
    ],
)
def test_convert(text, target, expected):
    assert convert(text, target) == expected


def test_convert_falls_back_to_characters_when_a_phrase_changes_length(monkeypatch):
    from flashcards import script

    class Stretching:
        def convert(self, text):  # a phrase rule that maps one character to two
            return text.replace("學", "学学") if len(text) > 1 else text.replace("學", "学")

    monkeypatch.setattr(script, "_converter", lambda target: Stretching())
    script._convert_word.cache_clear()  # words are converted once per process: forget them
    assert convert("我學習", "simplified") == "我学習"
    script._convert_word.cache_clear()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("２０２４年ＡＩ技術", "2024年AI技术"),
        ("你好，世界！", "你好，世界！"),  # full-width punctuation is Chinese punctuation: kept
        ("ｉＰｈｏｎｅ", "iPhone"),
        # 著 outside zhù's words is 着, in simplified text too (zhwiki's 随著气候)
        ("农业的发展随著气候而不同", "农业的发展随着气候而不同"),
        ("他看著窗外，心里很著急。", "他看着窗外，心里很着急。"),
        ("这本名著的作者很著名，他所著的书显著地影响了后人。", "这本名著的作者很著名，他所著的书显著地影响了后人。"),
    ],
)
def test_analysis_copy(text, expected):
    assert analysis_copy(text) == expected
    assert list(analysis_copies([text, "你好"])) == [expected, "你好"]
    assert len(analysis_copy(text)) == len(text)


def test_split_like():
    assert split_like("學習中文", ["学习", "中文"]) == ("學習", "中文")
    assert split_like("學習", ["学习", "中文"]) is None


def test_tokens_from_the_simplified_copy_and_surface_from_the_original():
    ts = tokenize([Sentence("台灣的電腦發展得很快。", "x", 0, "traditional")])[0]
    assert "电脑" in ts.tokens and "发展" in ts.tokens
    assert "".join(ts.surface) == "台灣的電腦發展得很快。"
    assert [len(t) for t in ts.tokens] == [len(s) for s in ts.surface]
    assert ts.in_script(None) == ts.surface
    assert ts.in_script("simplified") == ts.tokens


def test_simplified_sentences_share_their_tokens():
    ts = tokenize([Sentence("我们一起学习中文。", "x", 0)])[0]
    assert ts.surface == () and ts.original == ts.tokens
    assert ts._surface == ""  # no second copy in memory (words are rebuilt on each read)


def test_known_words_in_either_script(tmp_path):
    known = tmp_path / "known.txt"
    known.write_text("學習\n电脑\n", encoding="utf-8")
    words = load_known(known)
    assert {"學習", "学习", "电脑"} <= words


def test_a_word_is_one_object_however_often_it_occurs():
    """Memory: a 20 MB text has millions of tokens but only thousands of distinct words."""
    a, b = tokenize([Sentence("我們學習中文。", "x", 0, "traditional"), Sentence("我們學習中文。", "x", 1, "traditional")])
    assert all(x is y for x, y in zip(a.tokens, b.tokens))
    assert all(x is y for x, y in zip(a.surface, b.surface))
