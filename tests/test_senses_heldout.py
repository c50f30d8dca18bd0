"""Sense in context on the held-out table (tests/senses_heldout.py), and the general
mechanisms behind it: marked senses and classifiers without a numeral never lead on
part-of-speech evidence alone; readings that pick the sense group (数 shǔ, 重 zhòng).

``benchmarks/eval_senses.py --table heldout`` scores the same rows end to end.
"""

from __future__ import annotations

import pytest

from flashcards import gloss, lexicon, readings, senses
from senses_heldout import FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30, FRESH31, FRESH32, FRESH33, FRESH34, FRESH35, HELD_OUT

# Rows the choice still gets wrong, each with why: strict, so a fix has to move them out.
KNOWN_WRONG: dict[tuple[str, str], str] = {}


def matches(expected: str, got: str) -> bool:
    return any(got == p[1:] if p.startswith("=") else p in got for p in expected.split("|"))


def lead_sense(sentence: str, word: str, reading: str) -> str:
    tokens = tuple(sentence.split())
    info = lexicon.lookup(word)
    syllables = tuple(reading.split())
    every = gloss.reading_senses(word, syllables, info.senses)
    return gloss.shown(word, syllables, every, False, tokens, None, info.traditional).front[0]


def test_table_is_big_and_well_formed():
    assert len(HELD_OUT) >= 60
    assert len({w for _, w, _, _ in HELD_OUT}) >= 40
    for sentence, word, reading, expected in HELD_OUT:
        assert word in sentence.split(), sentence
        every = gloss.clean_senses(word, gloss.reading_senses(word, tuple(reading.split())))
        assert any(matches(expected, s) for s in every), (word, reading, expected, every)


@pytest.mark.parametrize("table", [FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30, FRESH31, FRESH32, FRESH33, FRESH34, FRESH35], ids=["fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35"])
def test_fresh_tables_are_well_formed(table):
    # measured by benchmarks/eval_senses.py, not asserted row by row: each row's phrase must
    # name a sense its reading has, or the table measures a typo
    assert len(table) >= 40 or table in (FRESH6, FRESH8, FRESH10, FRESH12) and len(table) >= 30
    for sentence, word, reading, expected in table:
        assert word in sentence.split(), sentence
        every = gloss.clean_senses(word, gloss.reading_senses(word, tuple(reading.split())))
        assert any(matches(expected, s) for s in every), (word, reading, expected, every)


@pytest.mark.parametrize(
    "sentence, word, reading, expected",
    [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[row[:2]]))
        if row[:2] in KNOWN_WRONG else row
        for row in HELD_OUT
    ],
)
def test_sense_in_context_held_out(sentence, word, reading, expected):
    assert matches(expected, lead_sense(sentence, word, reading))


_PLAIN = (None, "", "", None, frozenset(), None)  # a signal with no evidence at all


@pytest.mark.parametrize(
    "word, candidates, sig, lead",
    [
        # a dialect, archaic or literary sense does not lead over a plain one
        ("X", ("(dialect) to cold-shoulder", "dry"), _PLAIN, 1),
        ("X", ("(archaic) shield", "dry"), (None, "没", "。", "x", frozenset(), None), 1),
        ("X", ("(literary) to go", "to walk"), _PLAIN, 1),
        ("X", ("one of the ten heavenly stems 天～", "dry"), _PLAIN, 1),
        # a classifier sense leads only after a numeral or demonstrative
        ("X", ("classifier for rows or lines", "row; line"), _PLAIN, 1),
        ("X", ("classifier for rows or lines", "row; line"), (None, "一", "", None, frozenset(), None), 0),
        ("X", ("classifier for flat objects", "to open up"), (None, "了", "机票", "n", frozenset(), None), None),
        # nothing to demote: the first sense stands (0: the evidence left it alone on top)
        ("X", ("dry", "(dialect) rude"), _PLAIN, 0),
        # right before a verb, a short word's adverb sense leads (刚到, 白跑一趟) …
        ("X", ("hard; firm", "just; barely"), (None, "我", "到", "v", frozenset(), "n"), 1),
        ("X", ("white", "in vain; for nothing"), (None, "我", "跑", "v", frozenset(), "u"), 1),
        # … unless its first sense is a function word already (都 "all") or no verb follows
        ("X", ("all; both", "already"), (None, "我们", "是", "v", frozenset(), "n"), None),
        # (after a degree word the evidence picks the first outright: no adverb after 很)
        ("X", ("hard; firm", "just; barely"), (None, "很", "。", "x", frozenset(), None), 0),
        ("XYZ", ("hard; firm", "just; barely"), (None, "我", "到", "v", frozenset(), "n"), None),
        # … two characters too, before a verb jieba tags so (本来想去), not before a noun
        ("XY", ("original", "originally"), (None, "我", "想", "v", frozenset(), "v"), 1),
        ("XY", ("original", "originally"), (None, "的", "样子", "n", frozenset(), "x"), None),
        # a token an aspect particle follows is a verb, whatever its tag (白等了: 等 "u")
        ("X", ("white", "in vain; for nothing"), (None, "我", "等", "u", frozenset(), "ul"), 1),
        ("X", ("white", "in vain; for nothing"), (None, "我", "等", "u", frozenset(), "n"), None),
        # CC-CEDICT's own position note: "(after a numeral)" after a number, not after 这/每
        ("X", ("many; much", "(after a numeral) ... odd"), (None, "两千", "个", "q", frozenset(), "n"), 1),
        ("X", ("many; much", "(after a numeral) ... odd"), (None, "这么", "人", "n", frozenset(), "v"), None),
        ("X", ("ability", "(before an expression of quantity) only"), (None, "他", "五", "m", frozenset(), "q"), 1),
        # a demonstrative + X + noun: X counts the noun, whatever jieba's tag (这只狗: 只 "d")
        ("X", ("grain", "classifier for animals"), ("d", "这", "狗", "n", frozenset(), "x"), 1),
        ("X", ("grain", "classifier for animals"), ("d", "这", "是", "v", frozenset(), "n"), None),
        # the progressive before a "preposition" whose noun ends the clause: the verb (正在用电脑)
        ("X", ("(coverb) with; using", "to use"), ("p", "正在", "电脑", "n", frozenset(), "x"), 1),
        ("X", ("(coverb) with; using", "to use"), ("p", "正在", "花园", "n", frozenset(), "v"), 0),
        # a particle by jieba's tag after a modal is a verb (在等火车)
        ("X", ("used to end a list", "to wait for"), ("u", "在", "火车", "n", frozenset(), "x"), 1),
        # a negated adjective stays an adjective (不方便 "convenient", not "to facilitate")
        ("XY", ("to facilitate", "convenient"), ("a", "不", "。", "x", frozenset(), None), 1),
        # a two-character word doubled is a verb (活动活动)
        ("XY", ("activity", "to exercise"), ("vn", "出去", "XY", "vn", frozenset(), "x"), 1),
        # a one-character adverb before a negated verb (老不接电话)
        ("X", ("old", "always"), (None, "你", "不", "d", frozenset(), "v"), 1),
        # 什么/任何 before a word make it a noun (有什么安排 "plans")
        ("XY", ("to arrange", "arrangements"), ("v", "什么", "？", "x", frozenset(), None), 1),
        ("XY", ("to arrange", "arrangements"), ("v", "我", "你", "r", frozenset(), "v"), None),
    ],
)
def test_marked_senses_are_demoted(word, candidates, sig, lead):
    assert senses.choose(word, (), candidates, sig) == lead


@pytest.mark.parametrize(
    "tokens, word, reading",
    [
        ("你 数 一下 有 多少 人 。", "数", "shu3"),
        ("他 的 成绩 在 班 里 数 第一 。", "数", "shu3"),
        ("我 数 到 十 。", "数", "shu3"),
        ("这个 数 太 大 了 。", "数", "shu4"),
        ("这个 箱子 太 重 了 。", "重", "zhong4"),
        ("这 件 事 很 重 。", "重", "zhong4"),
        ("他 长 高 了 。", "长", "zhang3"),
        ("这 条 裤子 有点 长 。", "长", "chang2"),
        ("这 件 衣服 质量 太 差 了 。", "差", "cha4"),
    ],
)
def test_readings_that_pick_the_sense_group(tokens, word, reading):
    toks = tuple(tokens.split())
    assert readings.sentence_readings(toks)[toks.index(word)] == (reading,)


# Through the pipeline as a build goes (segmentation, compounds split into parts, reading in
# context, gloss): written while fixing round 3's readings and rules, so a guard against
# regressions, not a measure. Sentences whose word jieba keeps inside a longer word (背着,
# 种花, 成为) are left out: their note is that word's.
IN_PIPELINE = [
    ("我希望下次你会小心点。", "点", "dian3", "a bit"),
    ("你说话慢点。", "点", "dian3", "a bit"),
    ("我在火车开后才到达车站。", "开", "kai1", "to start"),
    ("他的头发全白了。", "白", "bai2", "white"),
    ("我刚吃完饭。", "刚", "gang1", "just"),  # (刚到家: rjieba tags 到家 a measure word)
    ("饭都吃光了。", "光", "guang1", "used up"),
    ("这块表很贵。", "表", "biao3", "watch (timepiece)"),
    ("汤姆累了。", "累", "lei4", "tired"),
    ('他把钱包忘在出租车上了。', '把', 'ba3', 'used to put the object'),
    ('我已经把房间打扫干净了。', '把', 'ba3', 'used to put the object'),
    ('别把这件事告诉妈妈。', '把', 'ba3', 'used to put the object'),
    ('她把头发剪短了。', '把', 'ba3', 'used to put the object'),
    ('桌子上有一把钥匙。', '把', 'ba3', 'classifier for things with handles'),
    ('当我第一次见到她的时候，她才十岁。', '当', 'dang1', 'when'),
    ('当他听到这个消息时，非常高兴。', '当', 'dang1', 'when'),
    ('她在一家公司当翻译。', '当', 'dang1', 'to act as|to work as|to serve as'),
    ('谁愿意当班长？', '当', 'dang1', 'to act as|to work as|to serve as'),
    ('短视频是这几年最大的风口。', '风口', 'feng1 kou3', 'hot trend'),
    ('很多公司都想站在风口上。', '风口', 'feng1 kou3', 'hot trend'),
    ('你的鞋太脏了。', '脏', 'zang1', 'dirty'),
    ('房间里很脏。', '脏', 'zang1', 'dirty'),
    ('我每天背二十个生词。', '背', 'bei4', 'to learn by heart|to recite'),
    ('这些课文你都背下来了吗？', '背', 'bei4', 'to learn by heart|to recite'),
    ('你喜欢哪种音乐？', '种', 'zhong3', 'classifier for types|kind; type'),
    ('这是一种新的方法。', '种', 'zhong3', 'classifier for types|kind; type'),
    ('我们都为你感到高兴。', '为', 'wei4', '=for'),
    ('他被选为代表。', '为', 'wei2', 'as (in the capacity of)|to take sth as|to act as|to become'),
    ('她每天都为家人做饭。', '为', 'wei4', '=for'),
    ('你得多喝水。', '得', 'dei3', 'to have to|must'),
    ('他考试得了一百分。', '得', 'de2', 'to obtain|to get'),
    ('他说得很清楚。', '得', 'de5', 'structural particle'),
    ('我下个月得去上海出差。', '得', 'dei3', 'to have to|must'),
    ('你什么时候还我书？', '还', 'huan2', 'to return|to pay back|to give back'),
    ('我把书还给图书馆了。', '还', 'huan2', 'to return|to pay back|to give back'),
    ('他还很年轻。', '还', 'hai2', 'still|yet'),
    ('这个问题太难回答了。', '难', 'nan2', 'difficult'),
    ('国家有难，匹夫有责。', '难', 'nan4', 'disaster|distress|calamity'),
    ('中午我想睡个觉。', '觉', 'jiao4', 'a nap|a sleep'),
    ('他睡了一觉就好了。', '觉', 'jiao4', 'a nap|a sleep'),
    ('孩子在数星星。', '数', 'shu3', 'to count'),
    ('这个数很大。', '数', 'shu4', 'number|figure'),
    ('他教我开车。', '教', 'jiao1', 'to teach'),
    ('瓶子是空的。', '空', 'kong1', 'empty'),
    ('我现在没空。', '空', 'kong4', 'free time|leisure|spare time'),
    ('他说得对。', '对', 'dui4', 'right; correct'),
    ('我会做饭。', '会', 'hui4', 'can'),
    ('今天我们要开一个会。', '会', 'hui4', 'meeting'),
    ('这条河很长。', '长', 'chang2', 'long'),
    ('他把车停在门口。', '把', 'ba3', 'used to put the object'),
    ('妈妈把饭做好了。', '把', 'ba3', 'used to put the object'),
    ('你把窗户打开吧。', '把', 'ba3', 'used to put the object'),
    ('她买了一把新雨伞。', '把', 'ba3', 'classifier for things with handles'),
    ('当我回到家，妈妈已经做好了饭。', '当', 'dang1', 'when'),
    ('当时我还是个学生。', '当时', 'dang1 shi2', 'then|at that time'),
    ('他从小就想当一名老师。', '当', 'dang1', 'to act as|to work as|to serve as'),
    ('人工智能成了新的风口。', '风口', 'feng1 kou3', 'hot trend'),
    ('别坐在风口，会着凉的。', '风口', 'feng1 kou3', 'drafty place'),
    ('他的衣服很脏。', '脏', 'zang1', 'dirty'),
    ('脏东西不要吃。', '脏', 'zang1', 'dirty'),
    ('我背不出这首诗。', '背', 'bei4', 'to learn by heart|to recite'),
    ('他背起包就走了。', '背', 'bei1', "to carry on one's back"),
    ('我们在阳台上种了一些菜。', '种', 'zhong4', 'to plant'),
    ('这种苹果很甜。', '种', 'zhong3', 'classifier for types|kind; type'),
    ('他为公司工作了二十年。', '为', 'wei4', '=for'),
    ('我们应该为环境保护做点事。', '为', 'wei4', '=for'),
    ('这个词可以翻译为英语。', '为', 'wei2', 'as (in the capacity of)|to become|to act as'),
    ('你得早点休息。', '得', 'dei3', 'to have to|must'),
    ('她得了一场大病。', '得', 'de2', 'to obtain|to get|to catch'),
    ('他写得很好。', '得', 'de5', 'structural particle'),
    ('他把借的书还了。', '还', 'huan2', 'to return|to pay back|to give back'),
    ('我还想再去一次。', '还', 'hai2', 'still|yet|also|in addition'),
    ('这件事很难办。', '难', 'nan2', 'difficult'),
    ('他一觉睡到中午。', '觉', 'jiao4', 'a nap|a sleep'),
    ('我觉得很好。', '觉得', 'jue2 de5', 'to think|to feel'),
    ('老师数了数学生。', '数', 'shu3', 'to count'),
    ('这个数字很重要。', '数字', 'shu4 zi4', 'numeral|digit|number'),
    ('妈妈教我写字。', '教', 'jiao1', 'to teach'),
    ('盒子是空的。', '空', 'kong1', 'empty'),
    ('他答应了我的要求。', '答应', 'da1 ying5', 'to answer|to respond|to agree|to promise'),
    ('你应该多运动。', '应该', 'ying1 gai1', 'ought to|should|must'),
    ('他好像不高兴似的。', '似的', 'shi4 de5', 'seems as if|rather like'),
    ('说罢，他就走了。', '罢', 'ba4', 'to stop|to cease|to finish'),
    ('这条路很长。', '长', 'chang2', 'long'),
    ('他是我们的校长。', '校长', 'xiao4 zhang3', 'principal|president|headmaster'),
    ('我每天都很忙。', '都', 'dou1', 'all|both'),
    ('他的书都卖完了。', '都', 'dou1', 'all|both|entirely'),
    ('你会不会说英语？', '会', 'hui4', 'can'),
    ('我不会游泳。', '会', 'hui4', 'can'),
    ('他对这件事很满意。', '对', 'dui4', 'towards|=to|for'),
    ('我们明天下午开会。', '开会', 'kai1 hui4', 'to hold a meeting|to attend a meeting'),
]


@pytest.mark.parametrize("sentence, word, reading, expected", IN_PIPELINE)
def test_reading_and_sense_through_the_pipeline(sentence, word, reading, expected):
    from flashcards.compounds import split_compounds
    from flashcards.notes import NoteOptions, word_gloss, word_info
    from flashcards.sentences import Sentence
    from flashcards.tokens import tokenize

    tokens = split_compounds(tokenize([Sentence(sentence, "table", 0)]))[0].tokens
    assert word in tokens
    options = NoteOptions(deck="t")
    info = word_info(word, options, tokens)
    assert tuple(s.lower() for s in info.syllables) == tuple(reading.split())
    assert matches(expected, word_gloss(info, options, tokens).front[0])


@pytest.mark.parametrize(
    "front, expected",
    [
        # the lead sense too long for a hint is cut at its own commas, not skipped for "root"
        (("classifier for books, periodicals, files etc", "root; stem"), "classifier for books, periodicals"),
        (("to hold; to grasp", "handlebar"), "to hold"),
        # nowhere to cut: no hint (the card gives pinyin), never the next sense, which the
        # sentence does not use (round 8; it was "root")
        (("x" * 45, "root; stem"), ""),
    ],
)
def test_hint_keeps_the_lead_sense(front, expected):
    assert gloss.hint(gloss.Gloss(front, ())) == expected


@pytest.mark.parametrize(
    "tokens, word, reading, expected",
    [
        # collocations and positions added in round 5 (fresh5's misses), as a table
        ("他 去年 得 了 一 场 大 病 。", "得", "de2", "to catch (a disease)"),
        ("我 会 说 英语 ， 还 会 说 法语 。", "还", "hai2", "also"),
        ("我 给 妈妈 打 了 一 个 电话 。", "打", "da3", "semantically light"),
        ("他 上 了 公共汽车 。", "上", "shang4", "to climb; to get onto"),  # past the 了
        ("这个 包 不 重 。", "重", "zhong4", "heavy"),  # negated, closing the clause
        ("这个 问题 很 好 回答 。", "好", "hao3", "easy to"),
        ("还 差 十 块 钱 。", "差", "cha4", "to fall short"),
        ("我 跟 同事 处 得 很 好 。", "处", "chu3", "to get along with"),
        ("这 块 地 是 我 爷爷 的 。", "地", "di4", "land"),
        ("我 给 你 买 了 一 本 书 。", "给", "gei3", "=for"),
        ("妈妈 给 了 我 一百 块 钱 。", "给", "gei3", "to give"),
        ("都 八 点 了 ， 快 起床 ！", "都", "dou1", "already"),
        ("再 吃 点 吧 。", "点", "dian3", "a small amount"),
        ("他 还 没 回 我 的 短信 。", "回", "hui2", "to reply"),
        ("我 去 过 两 回 上海 。", "回", "hui2", "classifier for occurrences"),
        ("请 把 声音 调 小 一点 。", "调", "tiao2", "to adjust"),
        ("老师 让 我们 背 单 词 。", "背", "bei4", "to learn by heart"),  # a cue across the cut
        ("当 老师 很 辛苦 。", "当", "dang1", "to act as"),  # opening, a role, no time word
        ("当 他 回来 的 时候 ， 我 已经 睡 了 。", "当", "dang1", "when"),
        ("他 喜欢 打 网球 。", "打", "da3", "=a semantically light, transitive verb"),  # cut at "that"
        ("我 过 了 一 个 愉快 的 周末 。", "过", "guo4", "to pass (time)"),
        ("盐 放 得 过 多 。", "过", "guo4", "excessively"),
        ("我 的 钱 都 花 完 了 。", "花", "hua1", "to spend"),
        ("请 把 书 给 我 。", "给", "gei3", "to give"),
        ("他 跟 我 一样 高 。", "跟", "gen1", "=with"),  # exactly: not "to go with"
        ("我 才 不 去 呢 。", "才", "cai2", "really; actually"),
        ("他 又 高 又 帅 。", "又", "you4", "both... and"),
        ("他 又 来 了 。", "又", "you4", "again"),
        ("你 要 喝 点 什么 ？", "要", "yao4", "to want"),  # a question: what sb wants
        ("你 要 多 喝 水 。", "要", "yao4", "need to; should"),
        ("桌子 下 有 一 双 鞋 。", "下", "xia4", "below"),  # a noun before: under it
        ("他 的 车 开 得 很 慢 。", "开", "kai1", "to operate"),  # the named item leads its sense
    ],
)
def test_round5_rules(tokens, word, reading, expected):
    assert matches(expected, lead_sense(tokens, word, reading))


@pytest.mark.parametrize(
    "word, candidates, sig, lead",
    [
        # CC-CEDICT's own position notes: before an adjective (较高), after a noun (墙上) …
        ("X", ("to compare", "(literary) to dispute", "(before an adjective) relatively"),
         ("d", "温度", "高", "a", frozenset(), "x"), 2),
        ("X", ("up; upper", "first (of multiple parts)", "(noun suffix) on; above"),
         ("f", "墙", "挂", "v", frozenset(), "uz"), 2),
        # … not after a verb
        ("X", ("up; upper", "first (of multiple parts)", "(noun suffix) on; above"),
         ("v", "爬", "山", "n", frozenset(), "x"), None),
        # a classifier counts a noun an adjective modifies (是个好人)
        ("X", ("classifier for people", "individual"), ("q", "是", "好", "a", frozenset(), "n"), 0),
        ("X", ("classifier for people", "individual"), ("q", "是", "好", "a", frozenset(), "x"), 1),
    ],
)
def test_position_notes_and_counting(word, candidates, sig, lead):
    got = senses.choose(word, (), candidates, sig)
    assert got == lead or lead is None and got != 2


@pytest.mark.parametrize(
    "tokens, word, reading, expected",
    [
        # round 5, second wave: roles, position notes, bound forms and rules (fresh7's misses)
        ("吃 人 的 是 我 哥哥 。", "是", "shi4", "to be"),  # the cleft's verb, not "correct"
        ("我们 要 去 农村 体验 生活 。", "生活", "sheng1 huo2", "=life"),  # a verb's object
        ("他 是 一 位 作家 和 先驱 。", "先驱", "xian1 qu1", "pioneer; trailblazer"),
        ("他 是 个 好 人 。", "个", "ge4", "classifier used before"),
        ("今天 的 温度 较 高 。", "较", "jiao4", "relatively"),
        ("墙 上 挂 着 一 张 画 。", "上", "shang4", "on; above"),
        ("外面 在 下 雪 。", "下", "xia4", "=down"),  # not the prior's "next" (下个月)
        ("他 本 想 去 ， 后来 没 去 。", "本", "ben3", "originally"),
        ("本 店 今天 休息 。", "本", "ben3", "this"),
        ("我 买 了 本 书 。", "本", "ben3", "classifier for books"),
        ("你 家 有 几 口 人 ？", "几", "ji3", "how many"),
        ("我 买 了 几 本 书 。", "几", "ji3", "several"),
        ("他 将 身 一 扭 ， 走 了 出去 。", "将", "jiang1", "introduces object"),
        ("明天 将 有 大雨 。", "将", "jiang1", "=will"),
        ("你 长大 了 才 会 明白 。", "才", "cai2", "then and only then"),
        ("我 在 想 明天 的 考试 。", "想", "xiang3", "to think (about)"),
        ("三 年 前 我 来 过 这里 。", "前", "qian2", "ago"),
        ("学校 后 有 一 座 山 。", "后", "hou4", "=behind"),
        ("吃 完 饭 再 走 吧 。", "再", "zai4", "then (after sth"),
        ("他 已经 走 了 。", "走", "zou3", "to leave"),
    ],
)
def test_round5_second_wave(tokens, word, reading, expected):
    assert matches(expected, lead_sense(tokens, word, reading))


@pytest.mark.parametrize(
    "tokens, word, reading, expected",
    [
        # graded text, after fresh8: a lone 里 is the localizer; 在/上 after a thing is its place
        ("屋子 里 没有 一点儿 光 。", "里", "li3", "inside"),
        ("他 把 种子 埋 在 土 里 。", "里", "li3", "inside"),
        ("书 在 桌子 上 。", "书", "shu1", "book"),
        ("鸟 在 树 上 唱歌 。", "树", "shu4", "tree"),
        ("他 站 在 我 背后 。", "站", "zhan4", "to stand"),  # a verb translations use as often
        ("打雷 闪电 的 时候 别 出门 。", "别", "bie2", "don't"),  # no noun suffix before a verb
        ("这 对 耳环 是 祖母 送 给 我 的 。", "对", "dui4", "pair"),  # counts a noun …
        ("这 对 我 很 重要 。", "对", "dui4", "towards"),  # … not a pronoun
        ("我 想 是 这样 的 。", "想", "xiang3", "to think (that)"),
        ("我 想 要 吃 甜 的 东西 。", "要", "yao4", "to want"),
        ("刀 很 快 ， 用 的 时候 要 小心 。", "用", "yong4", "to use"),
        # a verb sense no translation uses does not lead on position alone (你错了 "wrong")
        ("你们 俩 都 错 了 。", "错", "cuo4", "=wrong"),
        ("连 孩子 都 懂 这个 道理 。", "连", "lian2", "even"),
        ("可是 他 不 听 。", "听", "ting1", "to listen to"),  # 不 + a verb closing: no adjective
        ("他们 直到 明天 前 不 会 来 。", "前", "qian2", "=before"),  # a time to come
        ("该 法案 在 众议院 争议 后 获得 通过 。", "后", "hou4", "=after"),  # no place: nothing is there
        # literary text (a user's Lu Xun collection)
        ("和 真实 不 真实 没有 关系 。", "关系", "guan1 xi5", "relation"),  # what one has not
        ("一头 连 着 过去 ， 另 一头 连 着 未来 。", "一头", "yi1 tou2", "one end"),
        ("大哥 点 点头 。", "点", "dian3", "to nod"),
        ("凡事 总 须 研究 ， 才 会 明白 。", "须", "xu1", "=must"),  # before a verb: not "beard"
    ],
)
def test_localizers_and_places(tokens, word, reading, expected):
    assert matches(expected, lead_sense(tokens, word, reading))


@pytest.mark.parametrize(
    "tokens, word, reading, expected",
    [
        # round 6 (fresh11's misses): positions that decide the part of speech
        ("这 道 数学 题 我 不 会 做 。", "会", "hui4", "can"),  # a task verb, its object put first
        ("他 明天 不 会 来 。", "会", "hui4", "to be likely to"),  # … not a coming about
        ("我 写 错 了 ， 要 重 写 。", "重", "chong2", "again"),  # between a modal and a verb
        ("他 长 得 很 像 他 爸爸 。", "像", "xiang4", "to resemble|to be like"),  # degree word + verb + object
        ("麻烦 你 帮 我 拿 一下 。", "麻烦", "ma2 fan5", "to bother sb"),  # opening, acting on 你
        ("我 上 个 月 去 了 北京 。", "上", "shang4", "previous"),
        ("我 下 个 月 去 北京 。", "下", "xia4", "next"),
    ],
)
def test_round6_rules(tokens, word, reading, expected):
    assert matches(expected, lead_sense(tokens, word, reading))


@pytest.mark.parametrize(
    "tokens, word, reading, expected",
    [
        ("今天 的 汤 有点 咸 。", "咸", "xian2", "salty"),  # a degree word: no function-word sense
        ("这 件 事 很 麻烦 。", "麻烦", "ma2 fan5", "troublesome"),  # … and the adjective's wording
        ("今天 很 热 。", "热", "re4", "hot"),  # (one character: the plain word, not "fervent")
        ("我们 一起 照 张 相 吧 。", "照", "zhao4", "to take (a photo)"),
        ("你 还 有 别 的 问题 吗 ？", "别", "bie2", "other"),
        ("鱼 不 吃 饵 。", "饵", "er3", "=bait"),
        ("你 还是 早点 睡 吧 。", "还是", "hai2 shi5", "had better"),
        ("他 往 学校 走 了 。", "往", "wang3", "towards"),
        ("她 交 了 一 个 男朋友 。", "交", "jiao1", "to make friends"),
        ("我 把 信 交 给 朋友 了 。", "交", "jiao1", "to hand over"),  # handing over, a friend receiving
        ("我 去 银行 存 钱 。", "存", "cun2", "to deposit"),
        ("把 牛奶 存 在 冰箱 里 。", "存", "cun2", "to store"),
        ("你 别 管 我 。", "管", "guan3", "to care about"),
        ("我 的 手机 坏 了 。", "坏", "huai4", "broken"),
        ("他 不 是 坏 人 。", "坏", "huai4", "bad"),
    ],
)
def test_round6_collocations(tokens, word, reading, expected):
    assert matches(expected, lead_sense(tokens, word, reading))
