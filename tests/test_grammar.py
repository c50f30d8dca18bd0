"""Grammar points of the HSK 3.0 syllabus found by pattern: which frame, which level."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

import flashcards.grammar
from flashcards.grammar import grammar_points, max_grammar_level, points

# Segmented as jieba does; (sentence, a point that must be found, its syllabus level).
FOUND = [
    ("我 是 昨天 到 北京 的 。", "是……的 emphasis", 2),
    ("天气 越来越 热 了 。", "越来越", 2),
    ("他 一 回家 就 睡觉 。", "一……就……", 2),
    ("她 跑 得 很 快 。", "state complement 得", 2),
    ("我 把 书 放 在 桌子 上 。", "把 disposal", 3),
    ("他 被 老师 批评 了 。", "被/叫/让 passive", 3),
    ("他 越 跑 越 快 。", "越……越……", 3),
    ("除了 中文 以外 ， 他 还 会 日语 。", "除了……以外", 3),
    ("我 看不懂 这 本书 。", "potential complement", 3),
    ("连 孩子 都 知道 。", "连……也/都", 4),
    ("他 不是 老师 ， 而是 学生 。", "不是……而是", 4),
    ("即使 下雨 ， 我 也 去 。", "即使……也", 5),
    ("随着 经济 的 发展 ， 生活 好 了 。", "随着", 5),
    ("我们 非 去 不可 。", "非……不可", 6),
    ("与其 等待 ， 不如 行动 。", "与其……不如 / 宁可……也", 7),
    ("以 北京 为 例 。", "以……为", 7),
    ("我 一会儿 看书 ， 一会儿 听 音乐 。", "一会儿……一会儿", 3),
    ("首先 洗手 ， 然后 吃饭 。", "首先……然后", 3),
    ("或是 你 去 ， 或是 我 去 。", "或是……或是", 5),
    ("他 怎么 也 不 同意 。", "怎么都/也+不/没", 5),
    ("快 走 吧 ， 要不然 来不及 了 。", "要不然/不然", 6),
    ("起初 我 不 信 ， 后来 才 明白 。", "起初……才", 7),
        # word points: the syllabus's lists of adverbs, prepositions, conjunctions, particles
    ("他 居然 不 知道 。", "Mood Adverbs (五08)", 5),
    ("天气 渐渐 暖和 了 。", "Time Adverbs (四07)", 4),
    ("我 其实 不 想 去 。", "Mood Adverbs (三19)", 3),
    ("怪不得 他 不 来 。", "Resignation Adverbs (七16)", 7),
    ("我 看 不懂 。", "potential complement (split)", 3),
    ("这么 多 ， 你 吃 得完 吗 ？", "potential complement (split)", 3),
    ("他 还 小 呢 。", "还X呢 / X就是了", 4),
    ("你 不是 学生 吗 ？", "难道……吗 / 不是……吗", 3),
    ("这 本书 我 已经 看 过 了 。", "Time Adverbs (二15)", 2),
    ("在 学习 方面 ， 他 很 努力 。", "在……方面/中/下", 4),
]


@pytest.mark.parametrize(("text", "name", "level"), FOUND)
def test_frame_is_found_at_its_level(text: str, name: str, level: int) -> None:
    found = {p.name: p.level for p in grammar_points(text.split())}
    assert found.get(name) == level


# Sentences whose words look like a frame's markers but are not that frame.
NOT_FOUND = [
    ("我 在 桌子 上 放 了 一把 椅子 。", "把 disposal"),  # 一把: measure word, one token
    ("我 在 桌子 上 。", "在……方面/中/下"),  # a place, not 在……方面
    ("他 是 我 的 老师 。", "是……的 emphasis"),  # 的 not at the end of the clause
    ("我们 一起 去 吧 。", "连……也/都"),
    ("对不起 。", "potential complement"),  # a word, "sorry"
    ("好久不见 。", "potential complement"),  # "long time no see"
    ("接下来 是 音乐 节目 。", "directional complement"),  # 接下来 "next"
    ("他 很 了不起 。", "potential complement"),
    ("他 得到 了 一个 球 。", "potential complement (split)"),  # 得到 "get"
    ("我 知道 这个 周末 不下雨 。", "potential complement (split)"),  # 不 + a verb phrase
    ("我 已经 不住 这里 了 。", "potential complement (split)"),  # 不住 "no longer live", after an adverb
    ("他 还 没 回来 呢 。", "还X呢 / X就是了"),  # 还没……呢 "not yet"
    ("这 是不是 你 的 书 吗 ？", "难道……吗 / 不是……吗"),  # 不是 inside 是不是
    ("书 在 桌子 下 。", "在……方面/中/下"),  # a place
    ("我 很 好 。", "Degree Adverbs (二13)"),  # 好 "good", not the adverb: left out of the word points
    ("吃完了 。", "Connecting Clauses/Sentences (五15)"),  # 完了 "finished" left out
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_lookalike_is_not_taken_for_the_frame(text: str, name: str) -> None:
    assert name not in {p.name for p in grammar_points(text.split())}


def test_plain_beginner_sentence_has_no_advanced_point() -> None:
    assert max_grammar_level("我 是 学生 。".split()) <= 1


def test_a_listed_word_counts_at_the_first_level_that_lists_it() -> None:
    from flashcards.grammar import _WORDS

    seen: dict[str, int] = {}
    for _, level, words in _WORDS:
        for word in words.split():
            assert word not in seen, word  # one point per word
            seen[word] = level
    assert all(2 <= level <= 7 for level in seen.values())


def test_levels_are_syllabus_levels() -> None:
    assert {p.level for p in points()} <= set(range(1, 8))
    assert len(points()) >= 40  # "a few dozen" frames
    assert len({p.name for p in points()}) == len(points())


@given(st.lists(st.text(max_size=3), max_size=8), st.lists(st.text(max_size=3), max_size=8))
def test_appending_tokens_never_removes_a_point(tokens: list[str], more: list[str]) -> None:
    before = {p.name for p in grammar_points(tokens)}
    assert before <= {p.name for p in grammar_points(tokens + more)}


@given(st.lists(st.sampled_from(
    "把 被 连 都 也 是 的 越 一 就 不 得 了 着 来 去 好 说 有 没 我 他 书 看 起来 不下 吗 吧 又 而 之 所 以 为 。 ， 居然 其实 怪不得 与 对不起 得到 在 下".split()
), max_size=10))
def test_marker_prefilter_changes_no_result(tokens: list[str]) -> None:
    joined = " " + " ".join(tokens) + " "
    assert [p.name for p in grammar_points(tokens)] == [p.name for p in points() if p.pattern.search(joined)]


def test_prefilter_reads_markers_off_the_patterns() -> None:
    from flashcards.grammar import _keys

    assert _keys(r" 把 (?:\S+ ){1,8}\S") == {"把"}
    assert _keys(r"(?:不管|无论) (?:\S+ )*?(?:都|也|还) ") == {"不管", "无论"}
    assert _keys(r"(?<=\S)(?:得|不)(?:了|到) ") == {"得", "不"}
    assert _keys(r"(\S{1,2})来 ?\1去") == {"来"}
    assert _keys(r"(?:\S+ )*?") is None


def test_docstring_examples() -> None:
    assert doctest.testmod(flashcards.grammar).failed == 0
