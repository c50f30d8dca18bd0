"""Pinyin spelling, formatting, and pinyin in the context of a segmented word."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards import lexicon, pinyin
from flashcards.sentence_pinyin import format_sentence, sentence_syllables
from flashcards.pinyin import (
    STYLES,
    _INVENTORY,
    normalize,
    register_style,
    split_marks,
    to_marks,
    to_numbers,
    tone,
    tone_html,
    yi_bu_sandhi,
)

# --- pinyin in context: the reading of the word as segmented -----------------

IN_CONTEXT = [
    ("银行", "yínháng"),
    ("行业", "hángyè"),
    ("行走", "xíngzǒu"),
    ("长大", "zhǎngdà"),
    ("长", "cháng"),  # alone, as in 很长
    ("校长", "xiàozhǎng"),
    ("重要", "zhòngyào"),
    ("重新", "chóngxīn"),
    ("音乐", "yīnyuè"),
    ("快乐", "kuàilè"),
    ("还是", "háishi"),
    ("还钱", "huánqián"),  # not in CC-CEDICT: composed, still read huán
    ("还", "hái"),
    ("喜欢", "xǐhuan"),
    ("朋友", "péngyou"),
    ("时候", "shíhou"),
    ("衣服", "yīfu"),
    ("东西", "dōngxi"),  # thing; dōngxī is "east and west"
    ("地方", "dìfang"),
    ("告诉", "gàosu"),
    ("故事", "gùshi"),
    ("大夫", "dàifu"),
    ("哪儿", "nǎr"),
    ("玩儿", "wánr"),
    ("一点儿", "yīdiǎnr"),
    ("一下儿", "yīxiàr"),
    ("好玩儿", "hǎowánr"),
    ("女儿", "nǚ'ér"),  # 儿 is a syllable here, not erhua
    ("儿子", "érzi"),
    ("一起", "yīqǐ"),  # base tones for 一/不 (see yi_bu_sandhi)
    ("不客气", "bùkèqi"),
    ("受不了", "shòubuliǎo"),
    ("看不起", "kànbuqǐ"),
    ("是不是", "shìbushì"),
    ("要不然", "yàobùrán"),  # 不 negates 然 here: keeps its tone
    ("西安", "Xī'ān"),
    ("北京", "Běijīng"),
    ("了", "le"),
    ("的", "de"),
    ("着", "zhe"),
    ("觉得", "juéde"),
    ("绿色", "lǜsè"),
    ("女人", "nǚrén"),
    ("音乐会", "yīnyuèhuì"),
]


@pytest.mark.parametrize(("word", "expected"), IN_CONTEXT)
def test_reading_in_context(word: str, expected: str) -> None:
    assert to_marks(lexicon.lookup(word).syllables) == expected


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("哪儿", ("nar3",)),
        ("玩儿", ("wanr2",)),
        ("这儿", ("zher4",)),
        ("一会儿", ("yi1", "huir4")),
        ("聊天儿", ("liao2", "tianr1")),
        ("信儿", ("xinr4",)),  # not in CC-CEDICT: 信 + erhua
        ("女儿", ("nü3", "er2")),
        ("喜欢", ("xi3", "huan5")),
        ("绿", ("lü4",)),
    ],
)
def test_syllables_are_numbered_with_erhua_folded(word: str, syllables: tuple[str, ...]) -> None:
    assert lexicon.lookup(word).syllables == syllables


# --- spelling ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("syllables", "marks"),
    [
        (("xi3", "huan5"), "xǐhuan"),
        (("Xi1", "an1"), "Xī'ān"),
        (("xian1",), "xiān"),
        (("tian1", "an1", "men2"), "tiān'ānmén"),
        (("ping2", "an1"), "píng'ān"),
        (("nü3", "er2"), "nǚ'ér"),
        (("nu:3",), "nǚ"),
        (("nv3",), "nǚ"),
        (("lü4",), "lǜ"),
        (("lüe4",), "lüè"),
        (("lve4",), "lüè"),
        (("nar3",), "nǎr"),
        (("wanr2",), "wánr"),
        (("hui4",), "huì"),  # last vowel of iu/ui
        (("liu2",), "liú"),
        (("gou3",), "gǒu"),  # o of ou
        (("er4",), "èr"),
        (("ai4",), "ài"),
        (("ma5",), "ma"),
        (("m2",), "ḿ"),
        (("n2",), "ń"),
        (("ng3",), "ňg"),
        (("3",), "3"),
        (("iPhone",), "iPhone"),
        (("Zhong1", "guo2"), "Zhōngguó"),
    ],
)
def test_to_marks(syllables: tuple[str, ...], marks: str) -> None:
    assert to_marks(syllables) == marks


@pytest.mark.parametrize(
    ("syllables", "numbers"),
    [
        (("xi3", "huan5"), "xi3huan5"),
        (("nu:3", "er2"), "nü3er2"),
        (("lve4",), "lüe4"),
        (("nar3",), "nar3"),
        (("Xi1", "an1"), "Xi1an1"),
    ],
)
def test_to_numbers(syllables: tuple[str, ...], numbers: str) -> None:
    assert to_numbers(syllables) == numbers


@pytest.mark.parametrize(
    ("syllable", "expected"),
    [("hao3", 3), ("hǎo", 3), ("ma5", 5), ("ma", 5), ("lǜ", 4), ("nü3", 3), ("Xī", 1), ("nar3", 3), ("xx", 5)],
)
def test_tone(syllable: str, expected: int) -> None:
    assert tone(syllable) == expected


def test_normalize_spells_u_umlaut_one_way() -> None:
    assert [normalize(s) for s in ("nu:3", "nv3", "nü3", "NV3", "lve4")] == ["nü3", "nü3", "nü3", "NÜ3", "lüe4"]
    assert normalize("iPhone") == "iPhone"  # not a syllable: left alone


def test_tone_html() -> None:
    assert tone_html(("xi3", "huan5")) == '<span class="tone3">xǐ</span><span class="tone5">huan</span>'
    assert tone_html(("Xi1", "an1")) == '<span class="tone1">Xī</span>&#x27;<span class="tone1">ān</span>'
    assert tone_html(("<b>",)) == "&lt;b&gt;"


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("yínháng", None, ("yin2", "hang2")),
        ("xǐhuan", None, ("xi3", "huan5")),
        ("Xī'ān", None, ("Xi1", "an1")),
        ("xiān", None, ("xian1",)),
        ("nǚ'ér", None, ("nü3", "er2")),
        ("érzi", None, ("er2", "zi5")),
        ("yíxiàr", None, ("yi2", "xiar4")),
        ("bāng∥máng", None, ("bang1", "mang2")),
        ("bié·rén", None, ("bie2", "ren2")),
        ("āijiā-āihù", 4, ("ai1", "jia1", "ai1", "hu4")),
        ("fāngàn", None, ("fan1", "gan4")),  # fāng'àn would need the apostrophe
        ("lüè", None, ("lüe4",)),
    ],
)
def test_split_marks(text: str, count: int | None, expected: tuple[str, ...]) -> None:
    assert split_marks(text, count) == expected


def test_split_marks_rejects_non_pinyin() -> None:
    with pytest.raises(ValueError):
        split_marks("hello world")


_PLAIN = sorted(s for s in _INVENTORY if s not in {"m", "n", "ng", "hm", "hng"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PLAIN), st.integers(1, 5)), min_size=1, max_size=5))
def test_marks_round_trip(parts: list[tuple[str, int]]) -> None:
    syllables = tuple(f"{s}{t}" for s, t in parts)
    assert split_marks(to_marks(syllables), len(syllables)) == syllables


# --- sentences --------------------------------------------------------------------


def test_format_sentence_marks() -> None:
    assert format_sentence(["我", "喜欢", "去", "银行", "。"]) == "wǒ xǐhuan qù yínháng."


def test_format_sentence_punctuation_and_passthrough() -> None:
    tokens = ["他", "说", "：", "“", "我", "有", " ", "3", "个", "iPhone", "！", "”"]
    assert format_sentence(tokens) == "tā shuō: “wǒ yǒu 3 gè iPhone!”"


def test_format_sentence_numbers_and_html() -> None:
    tokens = ["我", "喜欢", "你", "，", "<", "。"]
    assert format_sentence(tokens, "numbers") == "wo3 xi3huan5 ni3, <."
    assert format_sentence(tokens, "html").endswith("&lt;.")


def test_format_sentence_unknown_style() -> None:
    with pytest.raises(ValueError, match="unknown pinyin style"):
        format_sentence(["我"], "bopomofo")


def test_style_registry() -> None:
    register_style("upper", lambda syls: to_numbers(syls).upper())
    try:
        assert format_sentence(["银行", "。"], "upper") == "YIN2HANG2."
    finally:
        del STYLES["upper"]


def test_sentence_syllables_one_entry_per_token() -> None:
    tokens = ["我", "有", "3", "个", "iPhone", "。"]
    assert sentence_syllables(tokens) == (("wo3",), ("you3",), ("3",), ("ge4",), ("iPhone",), ("。",))


def test_format_sentence_with_sandhi() -> None:
    tokens = ["我", "不", "是", "一", "个", "不客气", "的", "人", "，", "一起", "去", "第一", "。"]
    assert format_sentence(tokens) == "wǒ bù shì yī gè bùkèqi de rén, yīqǐ qù dìyī."
    assert format_sentence(tokens, sandhi=True) == "wǒ bú shì yí gè búkèqi de rén, yìqǐ qù dìyī."


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("一起", ("yi4", "qi3")),
        ("一下", ("yi2", "xia4")),
        ("一个", ("yi2", "ge5")),  # 个 is neutral but underlyingly ge4
        ("一点儿", ("yi4", "dianr3")),
        ("不客气", ("bu2", "ke4", "qi5")),
        ("不好", ("bu4", "hao3")),
        ("第一", ("di4", "yi1")),
        ("统一", ("tong3", "yi1")),
        ("一月", ("Yi1", "yue4")),  # CC-CEDICT capitalises month names
        ("十一", ("shi2", "yi1")),
        ("受不了", ("shou4", "bu5", "liao3")),
    ],
)
def test_yi_bu_sandhi(word: str, expected: tuple[str, ...]) -> None:
    assert yi_bu_sandhi(word, lexicon.lookup(word).syllables) == expected


def test_docstring_examples() -> None:
    assert doctest.testmod(pinyin).failed == 0


# Function words whose reading depends on their neighbours, not on the word itself.
@pytest.mark.parametrize(
    "tokens, expected",
    [
        (["他们", "紧密", "地", "联系", "。"], "tāmen jǐnmì de liánxì."),
        (["他", "跑", "得", "很快", "。"], "tā pǎo de hěnkuài."),
        (["我", "得", "走", "了", "。"], "wǒ děi zǒu le."),
        (["他", "得", "了", "第一名", "。"], "tā dé le dìyīmíng."),
        (["天", "和", "地"], "tiān hé dì"),
        (["地", "上", "有", "水"], "dì shàng yǒu shuǐ"),
    ],
)
def test_readings_from_neighbours(tokens, expected):
    assert format_sentence(tokens) == expected


def test_note_teaches_the_reading_its_sentence_uses():
    from flashcards.notes import NoteOptions, word_info

    particle = word_info("地", NoteOptions(deck="d"), ["紧密", "地", "联系"])
    noun = word_info("地", NoteOptions(deck="d"), ["天", "和", "地"])
    assert particle.syllables == ("de5",) and "-ly" in particle.senses
    assert noun.syllables == ("di4",) and any("earth" in s for s in noun.senses)
