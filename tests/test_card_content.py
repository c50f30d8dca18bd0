"""What the cards say: compact glosses, standard traditional forms, short cloze hints, cloze
identity, clause examples, sentence glossaries, pinyin styles (issue 10)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from flashcards import cardtext, gloss, lexicon, pinyin, script
from flashcards.build import BuildOptions, plan_deck
from flashcards.notes import NoteOptions, cloze_note, sentence_note, vocab_note
from flashcards.notetypes import CLOZE_FIELDS, SENTENCE_FIELDS, VOCAB_FIELDS
from flashcards.selection import SelectedWord
from flashcards.sentences import Sentence
from flashcards.tokens import tokenize

TEXT = Path(__file__).resolve().parents[1] / "decks" / "texts" / "industrial_internet.txt"
NOTATION = re.compile(r"[\u3400-\u9fff]\[|\[[^\]]*\]")


def compacted(line: str) -> tuple[str, ...]:
    # lexicon's own line parser (private): the table's input is a raw CC-CEDICT line
    entry = lexicon._parse_line(line)
    return gloss.compact(entry.simplified, gloss.clean_senses(entry.simplified, entry.senses, (entry.traditional,))).front


def test_an_embedded_example_whose_pinyin_holds_a_comma_goes_whole():
    # round 10: 除了's example was cut at the comma inside its pinyin, leaving "…shéiyěméilái]"
    sense = ('apart from; besides; in addition to (used to exclude, as in 除了他，誰也沒來|除了他，谁也没来'
             '[chu2 le5 ta1 , shei2 ye3 mei2 lai2] "apart from him, nobody came", or to include)')
    assert gloss.clean_sense(sense, "除了") == "apart from; besides; in addition to (used to exclude, or to include)"


@pytest.mark.parametrize(
    "line, front",
    [
        # bracket notation and an embedded example go; the light-verb essay moves to "more"
        ('打 打 [da3] /a semantically light, transitive verb that is combined with various grammatical objects '
         'to form compound verbs (e.g. 打傘|打伞[da3 san3] "to hold an umbrella")/to hit; to strike/to fight/'
         '(coll.) from; since (as in 打那以後|打那以后[da3 na4 yi3 hou4] "since then")/',
         ("to hit; to strike", "to fight", "(coll.) from; since")),
        # "(variant of 才[cai2])" is notation about the entry, not part of the meaning
        ("纔 才 [cai2] /(variant of 才[cai2]) just now/(variant of 才[cai2]) (before an expression of quantity) only/",
         ("just now", "(before an expression of quantity) only")),
        # "variant of X, gloss": the gloss after the comma
        ("袴子 裤子 [ku4 zi5] /variant of 褲子|裤子, trousers/pants/", ("trousers", "pants")),
        # a variant pointing at another traditional headword of the same simplified word
        # (回復 → 回覆 "to reply") shows that headword's meaning (round 10; dropped before)
        ("回復 回复 [hui2 fu4] /to recover; to revert/variant of 回覆[hui2 fu4]/",
         ("to recover; to revert", "to reply (by letter, email etc)", "reply; answer")),
        # "(used mostly in …)" cites words, no meaning (round 10: 水 "to swim (used mostly in 会～ and ～性)")
        ("水 水 [shui3] /to swim (used mostly in 會水|会水[hui4 shui3] and 水性[shui3 xing4])/", ("to swim",)),
        # a pointer names its target's reading: 呆 "variant of 待[dai1]" is 待 dāi "to stay",
        # not 待 dài "to wait" (round 10)
        ("呆 呆 [dai1] /foolish; stupid/expressionless; blank/variant of 待[dai1]/",
         ("foolish; stupid", "expressionless; blank", "to stay; to remain")),
        # a surname alone is all there is: kept
        ("年 年 [Nian2] /surname Nian/", ("surname Nian",)),
        ("電商 电商 [dian4 shang1] /e-commerce (abbr. for 電子商務|电子商务[dian4 zi3 shang1 wu4])/(old) to negotiate by telegram or telephone/",
         ("e-commerce", "to negotiate by telegram or telephone")),
        ("和 和 [he2] /(joining two nouns) and; together with; with (Taiwan pr. [han4])/(math.) sum/to make peace/(sports) to draw; to tie/",
         ("and; together with; with", "(math.) sum", "to make peace")),
        # "also pr. […]" is no sense at all; a sense over 40 characters waits on the back
        ("的 的 [de5] /of; ~'s (possessive particle)/(used after an attribute when it modifies a noun)/"
         "also pr. [di4] or [di5] in poetry and songs/",
         ("of; ~'s (possessive particle)",)),
        ("知道 知道 [zhi1 dao5] /to know; to become aware of/also pr. [zhi1 dao4]/", ("to know; to become aware of",)),
        # an erhua variant shows what the plain word means
        ("一下兒 一下儿 [yi1 xia4 r5] /erhua variant of 一下[yi1 xia4]/", ("a bit; a little", "all at once; suddenly")),
        # a sense that is one parenthesis is the sense itself; the headword inside it becomes ～
        ("把 把 [ba3] /(used to put the object before the verb: 把[ba3] + {noun} + {verb})/to hold; to grasp/",
         ("used to put the object before the verb", "to hold; to grasp")),
        ("得 得 [de4] /used in 得瑟[de4 se5]/", ("used in ～瑟",)),
        # "see also X" points elsewhere: it is not what the word means
        ("見面 见面 [jian4 mian4] /to meet; to see each other/see also 見面會|见面会[jian4 mian4 hui4]/",
         ("to meet; to see each other",)),
        ("鬧鐘 闹钟 [nao4 zhong1] /alarm clock/CL:個|个[ge4]/", ("alarm clock",)),
        ('嗎 吗 [ma5] /(question particle for "yes-no" questions)/', ('question particle for "yes-no" questions',)),
        ("行 行 [xing2] /(bound form) to walk; to go; to travel/(literary) trip; journey; visit/", ("to walk; to go; to travel", "(literary) trip; journey; visit")),
        # at most three senses on the front, each short; the rest kept for the back
        ("發 发 [fa1] /to send out/to show (one's feeling)/to issue/to develop/to make a bundle of money/",
         ("to send out", "to show (one's feeling)", "to issue")),
        # a regional, old or bookish sense comes after the everyday ones
        ("仍 仍 [reng2] /still; yet/(literary) frequently; often/to remain/",
         ("still; yet", "to remain", "(literary) frequently; often")),
        # a note on how else it is said is no sense ("colloquial pr. [xiě]")
        ("血 血 [xue4] /blood/colloquial pr. [xie3]/", ("blood",)),
        # a brand that took the word as its name is no sense of the word
        ("老闆 老板 [lao3 ban3] /boss/business proprietor/Robam (brand)/", ("boss", "business proprietor")),
        # parentheses that are a verb's object stay (no "a modal particle indicating")
        ("罷了 罢了 [ba4 le5] /a modal particle indicating (that's all, only, nothing much)/",
         ("a modal particle indicating (that's all, only, nothing much)",)),
        # "(Example: …)" is an embedded example too
        ('一塊 一块 [yi1 kuai4] /a piece; a chunk/(fig.) aspect; area; dimension (Example: 情感這一塊|情感这一块[qing2 gan3 zhe4 yi1 kuai4] "the emotional aspect")/',
         ("a piece; a chunk", "(fig.) aspect; area; dimension")),
        # a sense that only adds words to one already on the front waits on the back
        ("還 还 [hai2] /still/still in progress/still more/yet/even more/",
         ("still", "yet", "even more")),
        # an idiom's meaning before its literal picture
        ("走馬觀花 走马观花 [zou3 ma3 guan1 hua1] /lit. flower viewing from horseback (idiom); a fleeting glance in passing/",
         ("a fleeting glance in passing",)),
        # ... and across senses: "fig." is the meaning, "lit." the picture after it (round 11)
        ("新穎 新颖 [xin1 ying3] /lit. new bud/fig. new and original/", ("new and original", "lit. new bud")),
        # a note that the word is a misspelling of another is no part of the meaning
        ("登陸 登陆 [deng1 lu4] /to land/to log in (frequently used erroneous variant of 登錄|登录[deng1 lu4])/",
         ("to land", "to log in")),
        # an example given as a sense of its own is no sense
        ('之所以 之所以 [zhi1 suo3 yi3] /(after a noun N and before a predicate P) the reason why N P/Example: 我之所以討厭他|我之所以讨厌他[wo3 zhi1 suo3 yi3 tao3 yan4 ta1] "the reason why I dislike him (is ...)"/',
         ("the reason why",)),  # the letters the parenthesis defines are notation (round 10)
        # a closing preposition keeps its object: no "to get off or out of" ending in the air
        ("上車 上车 [shang4 che1] /to get on or into (a bus, train, car etc)/", ("to get on or into a bus, train, car etc",)),
        # a sense all notation keeps its head, not nothing
        ("大廈 大厦 [da4 sha4] /(used in the names of grand buildings such as 百老匯大廈|百老汇大厦 Broadway Mansions (in Shanghai))/",
         ("used in the names of grand buildings",)),
        # the dictionary's first sense leads though a little long, where no cut shortens it
        ("眼神 眼神 [yan3 shen2] /expression or emotion showing in one's eyes/meaningful glance/wink/",
         ("expression or emotion showing in one's eyes", "meaningful glance", "wink")),
        # a sense whose every item the front already shows, once its label is off, adds nothing
        ("這 这 [zhe4] /(pronoun) this; these/(bound form) this; the (followed by a noun)/(bound form) this; these (followed by a classifier) (in this sense, commonly pr. [zhei4], esp. in Beijing)/",
         ("(pronoun) this; these", "this; the (followed by a noun)")),
    ],
)
def test_compaction(line, front):
    assert compacted(line) == front


@pytest.mark.parametrize("word", ["打", "把", "就", "和", "的", "才", "发展", "电商", "风口", "当", "行", "干", "背", "数"])
def test_real_entries_are_compact_and_lose_nothing(word):
    info = lexicon.lookup(word)
    shown = gloss.shown(word, info.syllables, info.senses, info.composed, traditional=info.traditional)
    assert 1 <= len(shown.front) <= gloss.FRONT_SENSES
    for sense in shown.front + shown.more:
        assert not NOTATION.search(sense), sense
        assert word not in sense and (not info.traditional or info.traditional not in sense), sense
    assert all(len(s) <= gloss.SHORT for s in shown.front[1:])
    # every clean sense of the reading is on the card somewhere
    every = gloss.clean_senses(word, gloss.reading_senses(word, info.syllables), (info.traditional,))
    card = " ".join(shown.front + shown.more)
    assert all(s in card or gloss.shorten(s) in card for s in every)


@pytest.mark.parametrize(
    "word, traditional",
    [
        ("年", "年"),       # not 秊, a variant entry listed with more senses
        ("深", "深"),       # not 㴱
        ("裤子", "褲子"),   # not 袴子
        ("和", "和"),       # not 咊
        ("干", script.convert("干", "traditional")),
        ("发展", "發展"),
        ("头发", "頭髮"),
        ("银行", "銀行"),
        ("区块链", "區塊鏈"),
        ("为", script.convert("为", "traditional")),
    ],
)
def test_traditional_is_the_standard_conversion(word, traditional):
    assert lexicon.lookup(word).traditional == traditional
    assert cardtext.traditional_form(lexicon.lookup(word)) == traditional


def test_traditional_input_keeps_its_own_form():
    ts = tokenize([Sentence("我們在臺灣學習中文。", "t.txt", 0, script="traditional")])[0]
    word = next(t for t in ts.tokens if t in ("学习", "學習"))
    note = vocab_note(SelectedWord(word, 1, 1, 0, (0,)), ts, NoteOptions(deck="d"))
    fields = dict(zip(VOCAB_FIELDS, note.fields))
    assert fields["Traditional"] == "學習"


def _notes(**kw):
    options = BuildOptions(inputs=(str(TEXT),), output=Path("unused.apkg"), **kw)
    return plan_deck(options).notes


def _fields(note):
    return dict(zip({"vocab": VOCAB_FIELDS, "cloze": CLOZE_FIELDS, "sentence": SENTENCE_FIELDS}[note.kind], note.fields))


def test_cloze_hints_are_short_and_never_cut():
    clozes = [_fields(n) for n in _notes(cards=("cloze",), examples=2) if n.kind == "cloze"]
    assert len(clozes) > 100
    for f in clozes:
        hints = re.findall(r"\{\{c1::.*?::(.*?)\}\}", f["Text"])
        assert hints
        hint = html.unescape(hints[0])
        assert 0 < len(hint) <= 40 and not hint.endswith("…"), hint
        assert not NOTATION.search(hint), hint


@pytest.mark.parametrize("sense, wanted", [
    ("a modal particle indicating (that's all, only, nothing much)", "a modal particle indicating that's all"),
    ("to finish (used after a verb)", "to finish"),
    # a lead too long for a gap is cut to its head, never swapped for the next sense
    ("indicating the beginning and continuation of an action or a state", "indicating the beginning"),
    ("classifier used before a noun that has no specific classifier", "classifier used before a noun"),
])
def test_hint_keeps_a_verbs_object(sense, wanted):
    assert gloss.hint(gloss.Gloss((sense, "a later sense"))) == wanted


@pytest.mark.parametrize("sense, lead", [
    # the head says what the word is: the clause goes
    ("a semantically light, transitive verb that is combined with various grammatical objects",
     "a semantically light, transitive verb"),
    # a head that is only "things" / "person" / "sb": the clause is the sense
    ("classifier for things that are strung together, or in a bunch, or in a row: string of, bunch of",
     "classifier for things that are strung together"),
    ("person who is ignorant about science and technology", "person who is ignorant about science and technology"),
    ("(fig.) to attack sb who is already under fire", "to attack sb who is already under fire"),
])
def test_a_long_lead_keeps_what_it_means(sense, lead):
    assert gloss.compact("X", (sense, "a later sense"), lead=0).front[0] == lead


@pytest.mark.parametrize("sense", [
    "classifier for things that are strung together",  # "classifier for things" says nothing
    "(of two people who are not married to each other)",
])
def test_hint_is_no_vague_or_open_head(sense):
    assert gloss.hint(gloss.Gloss((sense, "a later sense"))) == ""


def test_hint_is_pinyin_rather_than_another_sense():
    assert gloss.hint(gloss.Gloss(("unbreakablelongwordwithoutanyplacetocutatallsoitisnohint", "short"))) == ""


def test_cloze_identity_is_word_and_slot_not_sentence():
    tokenized = tokenize([Sentence("我们一起学习中文。", "a.txt", 0), Sentence("他每天都在学习新的东西。", "a.txt", 1)])
    word = SelectedWord("学习", 1, 2, 0, (0, 1))
    first = cloze_note(word, tokenized[0], NoteOptions(deck="d"), 0)
    better = cloze_note(word, tokenized[1], NoteOptions(deck="d"), 0)  # a rebuild found a better sentence
    second = cloze_note(word, tokenized[1], NoteOptions(deck="d"), 1)
    assert first.guid == better.guid and first.fields != better.fields
    assert second.guid != first.guid


def test_long_example_shows_its_clause_on_the_front():
    text = "随着数字经济的快速发展，越来越多的传统企业开始拥抱产业互联网，并且正在寻找新的增长方式和商业模式。"
    ts = tokenize([Sentence(text, "t.txt", 0)])[0]
    assert "企业" in ts.tokens
    fields = _fields(vocab_note(SelectedWord("企业", 5, 1, 0, (0,)), ts, NoteOptions(deck="d")))
    example = fields["Example"]
    assert example.count('class="fc-clause-rest"') == 2
    front = re.sub(r'<span class="fc-clause-rest">.*?</span>', "", example)
    clause = html.unescape(re.sub(r"<[^>]+>", "", front)).strip("…")
    assert "企业" in clause and "，" not in clause
    assert len(re.findall(r"[\u4e00-\u9fff]", clause)) - 2 >= cardtext.MIN_CONTEXT
    assert html.unescape(re.sub(r'<span class="fc-clause-cut">…</span>|<[^>]+>', "", example)) == text  # the back: all of it


@pytest.mark.parametrize(
    "tokens, word, clause",
    [
        # a clause too short to be an example takes the next one with it
        ("天 冷 ， 他 穿 了 一件 很 厚 的 大衣 ， 还 戴 着 帽子 和 手套 ， 然后 慢慢 地 走 出 了 家门 去 上班 。", "冷", ("天", "冷", "，", "他", "穿", "了", "一件", "很", "厚", "的", "大衣")),
        ("今天 天气 很 好 。", "天气", None),  # short sentences are shown whole
        # a comma inside a number (11,000) is no clause break
        ("我 曾经 遇到 过 一个 超过 11 , 000 行 的 源码 文件 ， 每次 修改 都 很 痛苦 ， 因为 谁 也 不 知道 改 了 以后 会 不会 出错 。", "源码",
         ("我", "曾经", "遇到", "过", "一个", "超过", "11", ",", "000", "行", "的", "源码", "文件")),
    ],
)
def test_clause_span(tokens, word, clause):
    toks = tokens.split()
    span = cardtext.clause_span(toks, word)
    assert (tuple(toks[span[0]:span[1]]) if span else None) == clause


def test_sentence_glossary_lists_new_content_words_only():
    ts = tokenize([Sentence("我的朋友在银行工作了三年。", "t.txt", 0)])[0]
    known = {"朋友", "工作"}
    note = sentence_note(ts, NoteOptions(deck="d", cards=("sentence",), is_new=lambda w: w not in known))
    glossary = html.unescape(re.sub(r"<[^>]+>", "", _fields(note)["Glossary"]))
    lines = glossary.split("—")
    assert "银行" in glossary
    for word in ("的", "了", "在", "我", "朋友", "工作", "三"):
        assert not any(line.strip().startswith(word) for line in glossary.split("\n")), word
    assert all(len(part.split("银行")[0]) < 60 for part in lines)


def test_sentence_glossary_calls_a_name_a_name():
    ts = tokenize([Sentence("对了，小王怎么没来？", "t.txt", 0)])[0]
    assert "小王" in ts.tokens
    glossary = html.unescape(re.sub(r"<[^>]+>", "", _fields(sentence_note(ts, NoteOptions(deck="d", cards=("sentence",))))["Glossary"]))
    line = next(part for part in glossary.split("\n") if "小王" in part) if "\n" in glossary else glossary
    assert "小王" in line and "(a name)" in line and "king" not in glossary


def test_a_phrase_jieba_tags_a_name_keeps_its_meaning():
    ts = tokenize([Sentence("冷风吹进船舱中。", "t.txt", 0)])[0]
    glossary = html.unescape(re.sub(r"<[^>]+>", "", _fields(sentence_note(ts, NoteOptions(deck="d", cards=("sentence",))))["Glossary"]))
    assert "(a name)" not in glossary and "cold" in glossary


@pytest.mark.parametrize(
    "syllables, zhuyin",
    [
        (("xi3", "huan5"), "ㄒㄧˇ˙ㄏㄨㄢ"),
        (("nü3", "er2"), "ㄋㄩˇㄦˊ"),
        (("nar3",), "ㄋㄚˇㄦ"),
        (("zhi1", "dao5"), "ㄓ˙ㄉㄠ"),
        (("lüe4",), "ㄌㄩㄝˋ"),
        (("yin2", "hang2"), "ㄧㄣˊㄏㄤˊ"),
        (("iPhone",), "iPhone"),
    ],
)
def test_zhuyin(syllables, zhuyin):
    assert pinyin.to_zhuyin(syllables) == zhuyin


@pytest.mark.parametrize("style, looks", [("numbers", r"[a-z]+[1-5]"), ("zhuyin", r"[\u3105-\u3129]")])
def test_pinyin_style_reaches_every_field(style, looks):
    notes = [_fields(n) for n in _notes(cards=("recognition", "cloze", "sentence"), limit=5, pinyin_style=style)]
    vocab = [f for f in notes if "PinyinPlain" in f]
    cloze = [f for f in notes if "WordPinyin" in f]
    sentence = [f for f in notes if "Glossary" in f]
    assert vocab and cloze and sentence
    for f in vocab:
        assert re.search(looks, f["Pinyin"]) and re.search(looks, f["PinyinPlain"]) and re.search(looks, f["ExamplePinyin"])
        assert not re.search("[āáǎàēéěèīíǐìōóǒòūúǔù]", f["Pinyin"] + f["PinyinPlain"] + f["ExamplePinyin"])
    for f in cloze:
        assert re.search(looks, f["WordPinyin"]) and re.search(looks, f["SentencePinyin"])
    for f in sentence:
        assert re.search(looks, f["SentencePinyin"]) and re.search(looks, f["Glossary"])


@pytest.mark.parametrize(
    "sense, word, clean",
    [
        # examples run into a sense (", as in X ...") go with their hanzi, to the next comma,
        # semicolon or closing parenthesis
        ('(used after a noun, verb or adjective to form a nominal expression, as in 皮革的 "one made of leather" '
         'or 跑堂儿的 "a waiter (literally, one who runs back and forth in a restaurant)" or 新的 "new one")', "的",
         "used after a noun, verb or adjective to form a nominal expression"),
        ("used after 得 to indicate possibility, as in 谈得来, or after 不 to indicate impossibility, as in 吃不来", "来",
         "used after 得 to indicate possibility, or after 不 to indicate impossibility"),
        # English "as in" with no hanzi example stays
        ("as in the phrase", "", "as in the phrase"),
    ],
)
def test_examples_run_into_a_sense_are_dropped(sense, word, clean):
    assert gloss.clean_sense(sense, word) == clean
