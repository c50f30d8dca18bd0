"""TokenizedSentence keeps a sentence small (word codes, no text when the words spell it):
what it gives back must be what it was given, whichever way it was stored."""

from __future__ import annotations

import pickle

import pytest

from flashcards import tokens as tokens_module
from flashcards.pipeline import tokenize_documents
from flashcards.sentences import Sentence
from flashcards.tokens import TokenizedSentence, _Vocabulary, count_words

CASES = [
    # (text, tokens, surface, script): the words spell the text (text not kept) ...
    ("我们学习中文。", ("我们", "学习", "中文", "。"), (), "simplified"),
    ("我們學習中文。", ("我们", "学习", "中文", "。"), ("我們", "學習", "中文", "。"), "traditional"),
    ("ＡＢ和12个", ("AB", "和", "12", "个"), ("ＡＢ", "和", "12", "个"), "simplified"),
    # ... and they do not (a segmenter that lost a character): the text is kept as read.
    ("我们 学习", ("我们", "学习"), (), "simplified"),
    ("", (), (), "simplified"),
]


@pytest.mark.parametrize(("text", "words", "surface", "script"), CASES)
def test_gives_back_what_it_was_given(text: str, words: tuple, surface: tuple, script: str) -> None:
    sentence = Sentence(text, "file.txt", 70_000, script, 12)
    ts = TokenizedSentence(sentence, list(words), list(surface))
    assert ts.sentence == sentence
    assert ts.tokens == words
    assert ts.surface == surface
    assert ts.original == (surface or words)


@pytest.mark.parametrize(("text", "words", "surface", "script"), CASES)
def test_pickles_as_its_words(text: str, words: tuple, surface: tuple, script: str) -> None:
    ts = TokenizedSentence(Sentence(text, "x", 3, script), words, surface)
    assert pickle.loads(pickle.dumps(ts)) == ts


def test_compared_and_hashed_by_value() -> None:
    one = TokenizedSentence(Sentence("我们学习", "x", 0), ("我们", "学习"))
    same = TokenizedSentence(Sentence("我们学习", "x", 0), ["我们", "学习"])
    other = TokenizedSentence(Sentence("我们学习", "x", 0), ("我", "们", "学习"))
    assert one == same and hash(one) == hash(same)
    assert one != other
    assert len({one, same, other}) == 2


def test_immutable() -> None:
    ts = TokenizedSentence(Sentence("我们", "x", 0), ("我们",))
    with pytest.raises(AttributeError):
        ts.tokens = ("我",)  # type: ignore[misc]


def test_vocabulary_codes_round_trip_and_run_out_into_tuples() -> None:
    vocabulary = _Vocabulary()
    vocabulary._LIMIT = 3  # type: ignore[misc]  # as if chr had only 3 numbers
    first = vocabulary.encode(("的", "我", "的"))
    assert isinstance(first, str) and len(first) == 3
    assert vocabulary.decode(first) == ("的", "我", "的")
    full = vocabulary.encode(("你", "他", "她"))  # the 4th distinct word has no number left
    assert full == ("你", "他", "她")
    assert vocabulary.decode(full) == ("你", "他", "她")
    assert vocabulary.decode(vocabulary.encode(("我", "的"))) == ("我", "的")


def test_process_vocabulary_gives_each_word_one_number() -> None:
    a = TokenizedSentence(Sentence("学习学习", "x", 0), ("学习", "学习"))
    assert len(a._tokens) == 2 and a._tokens[0] == a._tokens[1]
    assert tokens_module._VOCABULARY.decode(a._tokens[:1]) == ("学习",)


def test_count_words_places_only_chinese_words() -> None:
    crafted = [
        TokenizedSentence(Sentence("我，你。", "x", 0), ("我", "，", "你", "。")),
        TokenizedSentence(Sentence("你12。", "x", 1), ("你", "12", "。")),
    ]
    counts = count_words(crafted)
    assert set(counts) == {"我", "你"}
    assert list(counts["你"].sentences) == [0, 1] and counts["你"].count == 2
    assert list(counts["我"].sentences) == [0] and counts["我"].first == 0


def _counted_on_tokens(tokenized) -> dict:
    """count_words as it was written before it read codes: on each sentence's tokens."""
    from flashcards.hanzi import is_hanzi_word

    out: dict = {}
    for position, ts in enumerate(tokenized):
        for token in ts.tokens:
            if is_hanzi_word(token):
                count, where = out.get(token, (0, []))
                out[token] = (count + 1, where if where[-1:] == [position] else [*where, position])
    return out


@pytest.mark.parametrize("limit", [None, 4])
def test_count_words_on_codes_counts_what_the_tokens_hold(monkeypatch, limit) -> None:
    # limit 4: the vocabulary runs out mid-text, later sentences are coded as their words
    # (a tuple), and a word seen in both kinds of sentence is counted across them.
    if limit is not None:
        monkeypatch.setattr(tokens_module, "_VOCABULARY", _Vocabulary())
        monkeypatch.setattr(tokens_module._VOCABULARY, "_LIMIT", limit)
    texts = [("我", "爱", "你", "。"), ("你", "好", "，", "我", "们"), ("我", "我", "。", "你"), ("他", "2")]
    crafted = [TokenizedSentence(Sentence("".join(t), "x", i), t) for i, t in enumerate(texts)]
    if limit is not None:
        assert isinstance(crafted[1]._tokens, tuple) and isinstance(crafted[2]._tokens, str)
    counts = count_words(crafted)
    assert list(counts) == list(_counted_on_tokens(crafted))  # first-seen order, as Counter keeps it
    assert {w: (c.count, list(c.sentences)) for w, c in counts.items()} == _counted_on_tokens(crafted)
    assert all(c.first == c.sentences[0] for c in counts.values())


def test_tokenize_documents_numbers_streamed_sentences_in_reading_order() -> None:
    from flashcards.formats.passage import Passage
    from flashcards.source import Document

    documents = iter([
        Document("a", (Passage("我们学习。你好！", "a"), Passage("他来了。", "a"))),
        Document("b", (Passage("好。", "b"),)),
    ])
    tokenized = tokenize_documents(documents)
    sentences = [ts.sentence for ts in tokenized]
    assert [s.text for s in sentences] == ["我们学习。", "你好！", "他来了。", "好。"]
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    assert [s.paragraph for s in sentences] == [0, 0, 1, 2]
    assert [s.origin for s in sentences] == ["a", "a", "a", "b"]


@pytest.mark.parametrize(("text", "words", "surface", "script"), CASES)
@pytest.mark.parametrize("new", [("我们学", "习"), ("X",)])
def test_with_tokens_is_a_new_sentence_of_the_same_text(text, words, surface, script, new) -> None:
    sentence = Sentence(text, "file.txt", 9, script, 2)
    ts = TokenizedSentence(sentence, words, surface)
    assert ts.with_tokens(new) == TokenizedSentence(sentence, new)
    assert ts.with_tokens(new, new).sentence == sentence


def test_distinct_in_counts_each_sentences_distinct_words():
    from flashcards.sentences import Sentence
    from flashcards.tokens import TokenizedSentence, distinct_in

    made = [TokenizedSentence(Sentence(t, "x", i), toks) for i, (t, toks) in enumerate([
        ("我我你", ("我", "我", "你")), ("他。", ("他", "。")), ("新词", ("新词",)),
    ])]
    assert list(distinct_in(made, {"我", "他", "新词", "不在这里的词"})) == [1, 1, 1]
    assert list(distinct_in(made, {"你", "我"})) == [2, 0, 0]


@pytest.mark.parametrize("traditional", [False, True])
def test_tokenize_documents_splits_as_split_compounds_does(traditional: bool) -> None:
    # The pipeline splits compounds as it tokenizes (study_splitter); the sentences must be
    # those split_compounds makes of the tokenized text, surfaces (traditional script) too.
    from flashcards.compounds import split_compounds
    from flashcards.formats.passage import Passage
    from flashcards.pipeline import read_inputs
    from flashcards.sentences import document_sentences
    from flashcards.source import Document
    from flashcards.tokens import tokenize

    if traditional:
        docs = [Document("t", (Passage("他坐在這裡看了一個小時。我們學習中文。", "t"),), "traditional")]
    else:
        docs = read_inputs(["decks/texts/industrial_internet.txt"])
    plain = tokenize(document_sentences(docs))
    expected = split_compounds(plain)
    assert expected != plain  # some compound split: the test is about something
    assert bool(expected[0].surface) == traditional
    assert tokenize_documents(docs) == expected


@pytest.mark.parametrize(("text", "words", "surface", "script"), CASES)
def test_hanzi_counts_are_those_of_the_text(text: str, words: tuple, surface: tuple, script: str) -> None:
    from flashcards import hanzi
    from flashcards.tokens import hanzi_counts

    ts = TokenizedSentence(Sentence(text, "x", 0, script), words, surface)
    assert list(hanzi_counts([ts, ts])) == [hanzi.count(text)] * 2
