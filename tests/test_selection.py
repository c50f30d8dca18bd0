"""Selection on crafted sentences where the right answer is obvious: i+1 examples, known
words (list and level), and the coverage order. Tokens are given, so jieba plays no part."""

import itertools
import random
import time

import pytest

from flashcards.known import KnownWords
from flashcards.selection import SelectionOptions, coverage_order, select_words
from crafted import sentences
from flashcards.tokens import count_words


def examples_of(tokenized, word, known=frozenset(), examples=1, level_of=lambda w: None):
    options = SelectionOptions(known=known, examples=examples)
    chosen = {s.word: s for s in select_words(tokenized, options, level_of)}
    return chosen[word].examples


# 学 is the target everywhere. 天 地 玄 黄 are other unknown words; 我 你 他 are "known".
KNOWN = frozenset("我你他好的了")
TEXT = sentences(
    "天 地 玄 学 。",                               # 0: three other unknown words
    "我 学 。",                                      # 1: no other unknown word, but 2 hanzi: too short
    "我 你 他 学 好 的 了 我 你 他 。",              # 2: none, 10 hanzi: natural
    "他 你 我 学 了 的 好 他 你 我 。",              # 3: the same, later
    "天 学 我 你 他 好 的 了 我 你 。",              # 4: one other unknown, natural length
)


@pytest.mark.parametrize(
    "examples, expected",
    [
        (1, (2,)),           # fewest others (0), natural length, first of the tie
        (2, (2, 3)),         # ties on others and length: first appearance
        # a fragment (under 4 hanzi besides the word: 1 and 0) only after every real sentence
        (3, (2, 3, 4)),      # then one other unknown word
        (4, (2, 3, 4, 1)),   # then the fragments, fewest others first
        (9, (2, 3, 4, 1, 0)),
    ],
)
def test_i_plus_one_example_choice(examples, expected):
    assert examples_of(TEXT, "学", KNOWN, examples) == expected


def test_a_heading_is_an_example_only_after_every_finished_sentence():
    # 0 and 2 are a heading and a caption (no 。！？ at their end), with fewer unknown words
    text = sentences(
        "我 你 他 学 好 的 了 我 你 他",                # 0: a heading: no end mark
        "天 学 我 你 他 好 的 了 我 你 。",              # 1: one other unknown word, finished
        "他 你 我 学 了 的 好 他 你 我 他 你 我 学",      # 2: a caption, doubled
        "他 说 ： “ 天 学 我 你 他 好 的 了 ！ ”",        # 3: finished inside its closing quote
    )
    assert examples_of(text, "学", KNOWN, examples=4) == (1, 3, 0, 2)
    assert examples_of(text, "学", KNOWN) == (1,)
    # where no sentence is finished (a subtitle file), the rank alone decides
    lines = sentences("我 你 他 学 好 的 了 我 你 他", "天 学 我 你 他 好 的 了 我 你")
    assert examples_of(lines, "学", KNOWN) == (0,)


@pytest.mark.parametrize("tokens, finished", [
    ("他 来 了 。", True), ("真的 吗 ？", True), ("他 说 ： “ 好 。 ”", True), ("等等 …", True),
    ("美国 司法部 的 通告", False), ("第一 章", False), ("他 说 ：", False), ("（ 完 ）", False),
    # a list that ends on a stop is no sentence to read (round 10); a list inside one is
    ("劳力 、 资本 、 市场 、 运输 。", False), ("肥料 、 农药 、 选育 和 机械化 ， 取代 了 人力 。", True),
])
def test_finished_flags(tokens, finished):
    from flashcards.tokens import finished_flags

    assert finished_flags(sentences(tokens)) == bytes([finished])


def test_unknown_words_respect_the_known_list():
    # With nothing known, sentence 2 holds six other unknown words, sentence 4 seven, the
    # fragments 0 three and 1 only 我. A fragment never wins while a real sentence holds
    # the word (issue 10); among the fragments, the one with fewer unknown words goes first.
    assert examples_of(TEXT, "学", frozenset(), examples=5) == (2, 3, 4, 1, 0)
    assert examples_of(TEXT, "学", KNOWN)[0] == 2


def test_unknown_words_respect_a_known_level():
    # Real HSK 3.0 levels: 我 喜欢 朋友 1, 咖啡 3, 经济 3, 哲学 6. 咖啡 is the target.
    text = sentences(
        "经济 哲学 咖啡 。",                 # two other words above HSK 1
        "我 喜欢 咖啡 朋友 喜欢 我 。",      # all HSK 1 but the target
    )
    level = KnownWords(level=1, standard="3.0")
    assert "我" in level and "朋友" in level and "哲学" not in level
    assert examples_of(text, "咖啡", level)[0] == 1
    # Knowing the list's words (not the level) flips the choice.
    listed = KnownWords(frozenset({"经济", "哲学"}))
    assert examples_of(text, "咖啡", listed)[0] == 0
    both = KnownWords(frozenset({"经济", "哲学"}), level=1)
    assert examples_of(text, "咖啡", both, examples=2) == (0, 1)  # both: length decides


def test_length_breaks_ties_between_equally_unknown_sentences():
    text = sentences(
        "学 天 。",                                           # 2 hanzi
        "我 你 他 学 天 我 你 他 好 的 。",                   # 10 hanzi, same one other unknown
        "我 你 他 学 天 我 你 他 好 的 我 你 他 好 的 了 我 你 他 好 的 了 我 你 他 好 的 了 我 你 他 好 的 。",  # 33
    )
    assert examples_of(text, "学", KNOWN, examples=3) == (1, 2, 0)


def test_known_words_are_never_selected():
    chosen = select_words(TEXT, SelectionOptions(known=KNOWN), lambda w: None)
    assert {s.word for s in chosen} == set("天地玄学")


# --- coverage order --------------------------------------------------------------------

# Letters stand for words; hanzi in code-point order so that ties on the word sort the same.
LETTERS = "PQRSTUVWXYZ"
HANZI = dict(zip(LETTERS, sorted("甲乙丙丁戊己庚辛壬癸子")))
ORDER_TEXT = ["PQRS", "PQRT", "PUVW", "XY", "XZ", "YZ"]


def letter_sentences(rows):
    return sentences(*(" ".join(HANZI[c] for c in row) + " 。" for row in rows))


def letters(words):
    back = {v: k for k, v in HANZI.items()}
    return "".join(back[w.word if hasattr(w, "word") else w] for w in words)


def test_coverage_order_on_a_crafted_case():
    # X, Y, Z each sit in two two-word sentences: learning X makes two sentences i+1, while
    # the most frequent word, P, sits only in four-word sentences and makes none.
    text = letter_sentences(ORDER_TEXT)
    by_coverage = select_words(text, SelectionOptions(order="coverage"), lambda w: None)
    by_frequency = select_words(text, SelectionOptions(order="frequency"), lambda w: None)
    assert letters(by_coverage) == "XYZPQRSTUVW"
    assert letters(by_frequency)[:6] == "PQRXYZ"


def test_coverage_order_limit_and_band():
    text = letter_sentences(ORDER_TEXT)
    assert letters(select_words(text, SelectionOptions(order="coverage", limit=3), lambda w: None)) == "XYZ"
    # Y is outside the band (HSK 7-9 > max 3), so it stays unknown: XY and YZ can become i+1
    # but never readable, and after X the sentence YZ still counts Y.
    level = lambda w: 7 if w == HANZI["Y"] else 1
    picked = select_words(text, SelectionOptions(order="coverage", max_level=3), level)
    assert HANZI["Y"] not in {w.word for w in picked}
    assert letters(picked) == "XZPQRSTUVW"


def naive_coverage_order(tokenized, candidates, unknown):
    """The definition, recomputed from scratch at every step: O(words × sentences) each."""
    left = set(candidates)
    known: set[str] = set()
    counts = count_words(tokenized)
    order = []
    while left:
        def key(w):
            gain = full = 0
            for ts in tokenized:
                rest = (ts.words & unknown) - known
                if w in rest:
                    gain += len(rest) == 2
                    full += len(rest) == 1
            return (-gain, -full, -counts[w].count, counts[w].first, w)
        best = min(left, key=key)
        order.append(best)
        known.add(best)
        left.remove(best)
    return order


@pytest.mark.parametrize("seed", range(12))
def test_incremental_coverage_order_matches_the_definition(seed):
    rng = random.Random(seed)
    vocab = [chr(0x4E00 + i) for i in range(rng.randint(5, 25))]
    text = sentences(*(
        " ".join(rng.choices(vocab, k=rng.randint(1, 6))) + " 。" for _ in range(rng.randint(3, 30))
    ))
    counts = count_words(text)
    unknown = {w for w in counts if rng.random() < 0.85}
    candidates = [counts[w] for w in sorted(unknown) if rng.random() < 0.8]
    fast = [wc.word for wc in coverage_order(text, candidates, unknown)]
    assert fast == naive_coverage_order(text, [wc.word for wc in candidates], unknown)


def test_coverage_order_is_incremental_not_quadratic():
    # 30,000 sentences, 6,000 words: rescanning every sentence for every word at every step
    # would be ~10^12 operations; the incremental version takes about two seconds.
    rng = random.Random(1)
    vocab = [chr(0x4E00 + i) for i in range(6000)]
    cumulative = list(itertools.accumulate(1 / (i + 1) for i in range(len(vocab))))  # Zipf-like
    text = sentences(*(" ".join(rng.choices(vocab, cum_weights=cumulative, k=rng.randint(3, 15)))
                       for _ in range(30_000)))
    counts = count_words(text)
    start = time.perf_counter()
    order = coverage_order(text, list(counts.values()), set(counts))
    elapsed = time.perf_counter() - start
    assert len(order) == len(counts)
    assert elapsed < 15, f"coverage order took {elapsed:.1f} s"
