"""The commonest sense from the English of the Tatoeba pairs (flashcards.sense_prior): the
default lead when the sentence gives no evidence."""

from __future__ import annotations

import pytest

from flashcards import gloss, sense_prior


@pytest.mark.parametrize(
    "word, reading, commonest",
    [
        ("店", "dian4", "shop"),  # CC-CEDICT: "inn; old-style hotel" first
        ("请", "qing3", "please"),  # not "to ask"
        ("月", "yue4", "month"),  # not "moon"
        ("钱", "qian2", "money"),  # not "coin"
        ("叫", "jiao4", "to call"),  # not "to shout"
    ],
)
def test_translations_pick_the_common_sense(word, reading, commonest):
    senses = gloss.clean_senses(word, gloss.reading_senses(word, (reading,)))
    assert commonest not in senses[0]  # the dictionary's order would show another first
    k = sense_prior.lead(word, senses)
    assert k is not None and commonest in senses[k]


def test_you_is_to_have():
    senses = gloss.clean_senses("有", gloss.reading_senses("有", ("you3",)))
    assert sense_prior.lead("有", senses) in (None, 0)


def _fake(monkeypatch, english: list[str]) -> None:
    sense_prior.counts.cache_clear()
    rows = [frozenset(map(sense_prior._stem, sense_prior._WORD.findall(e.lower()))) for e in english]
    masks = sense_prior.row_masks(rows)
    monkeypatch.setattr(sense_prior, "_masks", lambda word: lambda stem: masks.get(stem, 0))


@pytest.mark.parametrize(
    "senses, english, lead",
    [
        # a clear winner over the first sense leads
        (("inn", "shop; store"), ["the shop is open", "shops close early", "a store", "stores", "an inn"], 1),
        # too few pairs: the dictionary's order stands
        (("inn", "shop; store"), ["the shop is open", "a store"], None),
        # under three times the first sense's count: no clear winner
        (("inn", "shop; store"), ["inn", "an inn", "shop", "shops", "store", "stores"], None),
        # a grammatical first sense is never moved, nor a grammatical sense chosen
        (("completed action marker", "to finish"), ["finished"] * 5, None),
        (("to finish", "particle used to mark the end"), ["the end", "ends", "end", "end"], None),
        # a light verb only ("to have to"): nothing to count for it, so nothing against it
        (("to have to", "to need to"), ["you need to go"] * 5, None),
        # stems: calls / called / calling all count for "to call"
        (("to shout", "to call"), ["he called", "calling her", "she calls", "call me"], 1),
        # a parenthesis that narrows the topic is no grammar: "(outdoor etc) activity" counts
        (("to exercise", "(outdoor etc) activity"), ["the activity", "activities", "an activity", "activity"], 1),
        # a proper name never wins on its common-noun homonym: 时代's "Time, US weekly …"
        (("age; era", "Time, US weekly news magazine"), ["times change", "time", "time", "in time"], None),
        # one that says register does not win: "(coll.) quite"
        (("straight", "(coll.) quite"), ["quite", "quite good", "quite", "quite"], None),
        # a light verb in another form ("having") is no content word either: 有's bound-form
        # sense does not win on every "have" of the translations
        (("to have; there is", "having; with; -ful"), ["I have a dog", "we have time", "he has", "have"] * 2, None),
    ],
)
def test_lead_rules(monkeypatch, senses, english, lead):
    _fake(monkeypatch, english)
    try:
        assert sense_prior.lead("X", senses) == lead
    finally:
        sense_prior.counts.cache_clear()


def test_lead_among_the_tied(monkeypatch):
    # after 的 the noun-like senses tie; the translations pick among them, not the first one
    _fake(monkeypatch, ["the activity", "activities", "an activity", "activity"])
    try:
        senses = ("to exercise", "shaky; unsteady", "(outdoor etc) activity")
        assert sense_prior.lead_among("X", senses, [1, 2]) == 2
        assert sense_prior.lead_among("X", senses, [0, 1]) is None  # no count among these
    finally:
        sense_prior.counts.cache_clear()


def test_lead_among_counts_a_candidates_own_words(monkeypatch):
    # among the tied verb senses, "strange" votes for the adjective left out of the tie, not
    # for "to find strange": the translations' "blame" decides (怪 after 不 + 你)
    _fake(monkeypatch, ["strange", "how strange", "a strange man", "strange", "strange"]
          + ["don't blame me", "blame him", "I blame you", "blame", "no blame"])
    try:
        senses = ("odd; strange", "to find strange; to regard as odd", "to blame")
        assert sense_prior.lead_among("X", senses, [1, 2]) == 2
        # all senses candidates: each keeps all its words, and "strange" ties the first
        assert sense_prior.lead_among("X", senses, [0, 1, 2]) is None
    finally:
        sense_prior.counts.cache_clear()


@pytest.mark.parametrize("word", ["叫", "店", "请", "有", "打", "银行", "不存在的词语"])
def test_table_counts_what_the_pairs_say(word):
    # The cached table must give the counts the pairs' own English gives, stemmed here.
    from flashcards import lexicon, tatoeba

    senses = lexicon.lookup(word).senses + ("to call", "shop; store", "bank")
    rows = [frozenset(map(sense_prior._stem, sense_prior._WORD.findall(e.lower())))
            for e in tatoeba.english_with(word, sense_prior.ROWS)]
    direct = tuple(sum(1 for r in rows if not r.isdisjoint(sense_prior._content(s))) for s in senses)
    sense_prior.counts.cache_clear()
    assert sense_prior.counts(word, senses) == direct
    assert word == "不存在的词语" or any(direct)


@pytest.mark.parametrize(
    "sense, words",
    [
        # a light verb's object in parentheses names the sense when nothing outside does
        ("to take (a photo)", {"photo"}),
        ("to give (as a present)", {"presen"}),  # (stemmed)
        # … but not where words outside them do: "(of a person) stern" is "stern"
        ("(of a person) stern", {"stern"}),
    ],
)
def test_parenthesised_object_counts_when_alone(sense, words):
    assert sense_prior.content_words(sense) == frozenset(words)


@pytest.mark.parametrize(
    "word, reading, neighbours, lead",
    [
        ("抽", "chou1", ("烟",), "to inhale"),  # the pairs with 烟 say "smoke"
        ("挣", "zheng4", ("钱",), "to make (money)"),
        ("喂", "wei4", ("狗",), "to feed"),  # two "feed" senses, counted alike: the first
        ("抽", "chou1", ("不存在的词语",), None),  # no pairs together: no lead
        ("还", "huan2", ("书",), None),  # "pay back" and "return" count alike: neither
    ],
)
def test_lead_near_reads_the_pairs_holding_both(word, reading, neighbours, lead):
    senses = gloss.clean_senses(word, gloss.reading_senses(word, (reading,)))
    k = sense_prior.lead_near(word, senses, range(len(senses)), neighbours)
    assert (k is None) if lead is None else (k is not None and lead in senses[k])
