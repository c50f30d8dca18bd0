"""The shortcuts a large build takes give what the plain way gives.

Each fast path (a batch of analysis copies, a sentence of known tokens, example choice by
one int per sentence, only the shown sentences kept after selection) is checked against
the one-at-a-time computation it replaces.
"""

import heapq
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards import script
from flashcards.build import BuildOptions, plan_deck, shown_sentences
from flashcards.selection import FRAGMENT, best_examples
from flashcards.tokens import WordCount

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "decks" / "texts" / "industrial_internet.txt"

# Simplified and traditional hanzi, full-width letters and digits, ASCII, punctuation.
_CHARS = st.sampled_from(list("我们學習学习電腦电脑台灣发髮干乾幹２０ＡＢａ12ab，。！ \n") + ["\ud800"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(_CHARS, max_size=12), max_size=40), st.integers(1, 7))
def test_analysis_copies_are_each_texts_analysis_copy(texts, batch):
    assert list(script.analysis_copies(texts, batch)) == [script.analysis_copy(t) for t in texts]


def test_analysis_copies_keep_the_same_object_for_an_unchanged_text():
    text = "我们学习中文。"
    (copy,) = script.analysis_copies([text])
    assert copy is text


def test_analysis_copies_convert_a_batch_whose_length_changes_text_by_text(monkeypatch):
    class Stretching:  # a phrase rule that maps one character to two
        def convert(self, text):
            return text.replace("學習", "学学习") if len(text) > 1 else text.replace("學", "学")

    monkeypatch.setattr(script, "_converter", lambda target: Stretching())
    script._convert_word.cache_clear()
    try:
        texts = ["我學習", "你好", "學生"]
        assert list(script.analysis_copies(texts)) == [script.analysis_copy(t) for t in texts]
        assert all(len(c) == len(t) for c, t in zip(script.analysis_copies(texts), texts))
    finally:
        script._convert_word.cache_clear()


def test_a_sentence_of_known_tokens_cuts_as_the_first_time():
    """The second sight of a sentence takes the fast path (every token known); the first
    took the per-token one: both give the same tokens."""
    from flashcards.pipeline import read_inputs
    from flashcards.sentences import document_sentences
    from flashcards.segment import Segmenter

    sentences = [s.text for s in document_sentences(read_inputs([str(SAMPLE)]))]
    segmenter = Segmenter()
    first = [segmenter.words(s) for s in sentences]
    assert segmenter._plain  # the fast path has tokens to take
    assert [segmenter.words(s) for s in sentences] == first


def _reference(wc, unknown, penalties, keep, hanzi):
    """best_examples as it was: a tuple key per sentence."""
    def score(p):
        fragment = hanzi is not None and hanzi[p] - len(wc.word) < FRAGMENT
        return (fragment, unknown[p], penalties[p], p)

    return tuple(heapq.nsmallest(keep, wc.sentences, key=score))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 200), st.integers(0, 60)), min_size=1, max_size=60),
    st.data(),
    st.integers(1, 5),
    st.integers(1, 4),
    st.booleans(),
)
def test_example_ranks_order_like_the_tuple_key(rows, data, keep, length, with_hanzi):
    unknown, penalties, hanzi = (list(column) for column in zip(*rows))
    positions = sorted(data.draw(st.sets(st.integers(0, len(rows) - 1), min_size=1)))
    wc = WordCount("学" * length, len(positions), positions[0], positions)
    hanzi_or_none = hanzi if with_hanzi else None
    got = best_examples(wc, unknown, penalties, keep, hanzi_or_none)
    assert got == _reference(wc, unknown, penalties, keep, hanzi_or_none)


def test_example_ranks_stay_exact_past_64_bits():
    # Values too wide to pack into 64 bits fall back to Python ints: still exact.
    unknown, penalties = [2**40, 1, 2**40], [2**30, 2**31, 0]
    wc = WordCount("学", 3, 0, [0, 1, 2])
    assert best_examples(wc, unknown, penalties, 3) == _reference(wc, unknown, penalties, 3, None)


def test_a_plan_counts_every_sentence_though_it_keeps_only_the_shown():
    from flashcards.pipeline import read_inputs, tokenize_documents

    tokenized = tokenize_documents(read_inputs([str(SAMPLE)]))
    plan = plan_deck(BuildOptions(inputs=(str(SAMPLE),), output=Path("unused.apkg"), tatoeba_examples=False))
    assert plan.sentences == len(tokenized)
    assert plan.words > 0


def test_shown_sentences_are_the_examples_by_position():
    class Word:
        def __init__(self, examples):
            self.examples = examples

    tokenized = ["s0", "s1", "s2", "s3"]
    shown = shown_sentences(tokenized, [Word((2, 0)), Word((2,)), Word(())])  # type: ignore[arg-type]
    assert shown == {0: "s0", 2: "s2"}
