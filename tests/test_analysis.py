"""``analyze``: coverage figures on a text small enough to check by hand, new words with
their i+1 sentences, sentence difficulty, JSON, and the command line."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crafted import sentences
from flashcards.analysis import analyze_text, as_dict, to_json
from flashcards.cli import app
from flashcards.known import KnownWords

# Twenty word tokens. HSK 3.0 levels: 我 喜欢 喝 茶 的 朋友 很 是 快 → 1;
# 咖啡 经济 发展 → 3; 传统 行业 → 4; 产业 → 5; 哲学 → 6; 区块链 → outside.
# HSK 2.0 levels: 快 咖啡 → 2; 经济 发展 → 4; 传统 行业 哲学 → 5; 产业 → 6.
SMALL = sentences(
    "我 喜欢 喝 茶 。",                # 4 tokens, all level 1
    "我 的 朋友 喜欢 咖啡 。",         # 5
    "经济 发展 很 快 。",              # 4
    "传统 行业 ， 产业 ， 区块链 。",  # 4
    "区块链 是 哲学 。",               # 3
)


@pytest.mark.parametrize(
    "standard, cumulative, level_for",
    [
        # level 1: 11/20; 11; +咖啡 经济 发展 14; +传统 行业 16; +产业 17; +哲学 18; 18
        ("3.0", [55, 55, 70, 80, 85, 90, 90], {"90": 6, "95": None, "98": None}),
        # level 1: 10; +快 咖啡 12; 12; +经济 发展 14; +传统 行业 哲学 17; +产业 18
        ("2.0", [50, 60, 60, 70, 85, 90], {"90": 6, "95": None, "98": None}),
    ],
)
def test_coverage_by_hand(standard, cumulative, level_for):
    doc = as_dict(analyze_text(SMALL, standard))
    assert doc["totals"]["tokens"] == 20
    assert doc["totals"]["distinct_words"] == 17
    assert [round(c["cumulative"] * 100) for c in doc["coverage"]] == cumulative
    assert doc["level_for"] == level_for
    assert doc["outside_hsk"]["tokens"] == 2 and doc["outside_hsk"]["share"] == 0.1
    assert [w["word"] for w in doc["outside_hsk"]["words"]] == ["区块链"]


def test_level_reached_exactly_counts():
    # Nine level-1 tokens and one outside: 90% is reached at level 1, exactly.
    text = sentences("我 喜欢 喝 茶 我 喜欢 喝 茶 我 区块链 。")
    a = analyze_text(text)
    assert dict(a.level_for) == {90: 1, 95: None, 98: None}
    assert a.covered(1) == 0.9 and a.covered(0) == 0.0


def test_counts_and_characters():
    a = analyze_text(SMALL)
    assert (a.hanzi, a.characters, len(a.sentences)) == (34, 41, 5)
    assert a.distinct_hanzi == len(set("我喜欢喝茶的朋友咖啡经济发展很快传统行业产业区块链是哲学"))
    level1 = a.coverage[0]
    assert (level1.tokens, level1.words) == (11, 9)


def test_known_level_unknown_words_and_readable_sentences():
    a = analyze_text(SMALL, known=KnownWords(level=1))
    assert a.known_tokens == 11 and a.unknown_words == 8
    assert [s.unknown for s in a.sentences] == [
        (), ("咖啡",), ("经济", "发展"), ("传统", "行业", "产业", "区块链"), ("区块链", "哲学"),
    ]
    assert (a.readable, a.i_plus_one) == (1, 1)
    # Most frequent new word first (区块链, twice), then first appearance, then code point.
    assert [w.word for w in a.new_words][:2] == ["区块链", "咖啡"]
    # Each new word comes with its best example: 区块链's i+1 sentence (4, one other new word)
    # has only 3 hanzi besides the word, a fragment, so the real sentence 3 wins (issue 10).
    assert a.new_words[0].example == 3


def test_nothing_known_means_every_word_is_new():
    a = analyze_text(SMALL, top=3)
    assert a.known_tokens is None and a.unknown_words == 17
    # 我 喜欢 区块链 twice each; then first appearance (我 and 喜欢 tie), then code point.
    assert [w.word for w in a.new_words] == ["喜欢", "我", "区块链"]


def test_known_list_and_level_together():
    a = analyze_text(SMALL, known=KnownWords(frozenset({"区块链", "哲学"}), level=1))
    assert a.sentences[4].unknown == ()
    assert a.known_tokens == 14


def test_sentence_difficulty():
    """Every sentence gets a score and a level; plain HSK 1 sentences are easier than
    sentences of rare and off-list words, whatever the known words."""
    text = sentences(
        "我 很 喜欢 喝 茶 。",
        "区块链 衍生 出 更 多 数字货币 之外 的 应用 。",
        "我 的 朋友 很 好 。",
    )
    for known in (KnownWords(), KnownWords(level=6)):
        a = analyze_text(text, known=known)
        easy, hard, easy2 = a.sentences
        assert hard.score > max(easy.score, easy2.score)
        assert hard.level > max(easy.level, easy2.level)
        assert easy.level <= 2 and hard.level >= 5
        assert all(1 <= s.level <= 7 for s in a.sentences)
        assert a.hardest[0] == 1 and a.easiest[-1] == 1


def test_hardest_and_easiest_are_sorted():
    from conftest import TEXTS
    from flashcards.pipeline import read_inputs, tokenize_documents as analyse

    a = analyze_text(analyse(read_inputs([TEXTS / "industrial_internet.txt"])), extremes=5)
    scores = [a.sentences[i].score for i in a.hardest]
    assert scores == sorted(scores, reverse=True) and len(scores) == 5
    easy = [a.sentences[i].score for i in a.easiest]
    assert easy == sorted(easy)
    assert min(scores) >= max(easy)
    assert a.hardest[0] not in a.easiest


def test_json_round_trip_has_every_sentence():
    a = analyze_text(SMALL, known=KnownWords(level=1))
    doc = json.loads(to_json(a))
    assert doc["version"] == 1 and doc["standard"] == "3.0" and doc["known"] == "HSK ≤ 1"
    assert [s["text"] for s in doc["sentences"]] == [ts.sentence.text for ts in SMALL]
    for s, stat in zip(doc["sentences"], a.sentences):
        assert s["difficulty"] == {"score": stat.score, "level": stat.level}
        assert s["index"] == stat.index
    assert doc["totals"]["readable_sentences"] == 1
    assert doc["new_words"][0] | {"pinyin": "", "gloss": ""} == {
        "word": "区块链", "pinyin": "", "gloss": "", "level": None, "count": 2,
        "first_sentence": 3, "example_sentence": 3,  # 4 is a fragment (see above)
    }
    assert doc["coverage"][6] == {"level": 7, "label": "7-9", "tokens": 0, "words": 0, "cumulative": 0.9}


# --- command line -----------------------------------------------------------------------


@pytest.fixture
def small_file(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text("我喜欢喝茶。我的朋友喜欢咖啡。经济发展很快。", encoding="utf-8")
    return path


def test_cli_tables(small_file):
    result = CliRunner().invoke(app, ["analyze", str(small_file), "--known-level", "1"])
    assert result.exit_code == 0, result.output
    out = result.output
    for expected in ("Token coverage by HSK level", "HSK ≤ 1", "Top", "new words", "Hardest sentences",
                     "Easiest sentences", "咖啡", "kāfēi", "level needed: 90% →"):
        assert expected in out, expected


def test_cli_json(small_file, tmp_path):
    result = CliRunner().invoke(app, ["analyze", str(small_file), "--json", "--hsk-standard", "2.0"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["standard"] == "2.0" and len(doc["coverage"]) == 6
    assert len(doc["sentences"]) == 3
    assert doc["sentences"][2]["text"] == "经济发展很快。"


def run(*args):
    from incli import run_cli

    return run_cli(*args)


@pytest.mark.parametrize(
    "args, message",
    [
        (["nope.txt"], "no such file"),
        (["{small}", "--hsk-standard", "4.0"], "--hsk-standard"),
        (["{small}", "--known-level", "12"], "--known-level"),
        (["{small}", "--hsk-standard", "2.0", "--known-level", "7"], "--known-level"),
        (["{small}", "--known", "{tmp}/nope.txt"], "no such file"),
        (["{small}", "--html", "{tmp}/no/such/report.html"], "does not exist"),
        (["{small}", "--top", "0"], "--top"),
    ],
)
def test_cli_errors_are_one_line(small_file, tmp_path, args, message):
    args = [a.format(small=small_file, tmp=tmp_path) for a in args]
    result = run("analyze", *args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("flashcards: error:") and message in lines[0], result.stderr
    assert result.stdout == ""
    assert not list(tmp_path.rglob("*.html"))


def test_every_analyze_option_is_documented():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", "--help"])
    options = set(re.findall(r"(--[a-z][a-z-]+)", result.output)) - {"--help"}
    assert {"--known", "--known-level", "--hsk-standard", "--json", "--html", "--top"} <= options
    section = readme[readme.index("## `flashcards analyze`"):]
    missing = [o for o in options if o not in section and o not in ("--user-dict", "--format")]
    assert not missing, missing
    for field in ("level_for", "new_words", "example_sentence", "difficulty", "i_plus_one_sentences"):
        assert f"`{field}" in section or f".{field}`" in section, field


TEXTISH = st.text(
    st.sampled_from(list("我你他的是不了在有人这中大为上个国喜欢学习经济发展区块链哲学貓貓。，！？“”<>&ab1 \n")),
    min_size=1, max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(TEXTISH, st.integers(min_value=1, max_value=7))
def test_any_text_in_consistent_figures_out(text, level):
    from flashcards.report_html import render
    from flashcards.sentences import Sentence, split_sentences
    from flashcards.tokens import tokenize

    split = [Sentence(t, "h", i) for i, t in enumerate(split_sentences(text))]
    a = analyze_text(tokenize(split), known=KnownWords(level=level))
    # Names are their own category (issue 12): levels + outside + names add up to every token.
    assert sum(c.tokens for c in a.coverage) + a.outside_tokens + a.name_tokens == a.tokens
    shares = [c.cumulative for c in a.coverage]
    assert shares == sorted(shares) and all(0 <= x <= 1 for x in shares)
    assert len(a.sentences) == len(split)
    assert a.readable + a.i_plus_one <= len(a.sentences)
    assert (a.known_tokens or 0) <= a.tokens
    json.loads(to_json(a))
    assert "<script" not in render(a)
