"""Readings in context: each token takes the reading its sentence gives it.

The table goes through the product path: our segmenter, then ``readings.sentence_readings``
(dictionary, neighbour and character rules, the g2pM model), and reads the syllables of the
word's characters wherever the segmenter put them (有空 may be one token or two).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from crafted import sentences
from flashcards import lexicon, pinyin, polyphone, readings, sentence_pinyin
from flashcards.analysis import analyze_text, to_json
from flashcards.notes import NoteOptions, word_info
from flashcards.pinyin import split_marks, to_marks
from flashcards.segment import segmenter

# (sentence, word in it, its reading there in tone marks)
IN_SENTENCE = [
    ("他把书放在桌子上。", "把", "bǎ"),
    ("当我回家的时候，妈妈在做饭。", "当", "dāng"),
    ("他想当医生。", "当", "dāng"),
    ("这件衣服很脏。", "脏", "zāng"),
    ("你的手太脏了，快去洗一洗。", "脏", "zāng"),
    ("他的心脏不太好。", "心脏", "xīnzàng"),
    ("他背着一个大书包。", "背", "bēi"),
    ("我的背很疼。", "背", "bèi"),
    ("请把这篇课文背下来。", "背", "bèi"),
    ("农民在地里种玉米。", "种", "zhòng"),
    ("这种水果很好吃。", "种", "zhǒng"),
    ("春天是种树的好时候。", "种", "zhòng"),
    ("他为人民服务。", "为", "wèi"),
    ("大家选他为班长。", "为", "wéi"),
    ("我认为你说得对。", "认为", "rènwéi"),
    ("你为什么不来？", "为什么", "wèishénme"),
    ("他得了第一名。", "得", "dé"),
    ("他跑得很快。", "得", "de"),
    ("我得走了。", "得", "děi"),
    ("明天你得早点起床。", "得", "děi"),
    ("我明天还书。", "还", "huán"),
    ("请把钱还给我。", "还", "huán"),
    ("他还没来。", "还", "hái"),
    ("这个问题很难。", "难", "nán"),
    ("他们一起逃过了这场灾难。", "灾难", "zāinàn"),
    ("他在大难中活了下来。", "难", "nàn"),
    ("我觉得很累。", "觉得", "juéde"),
    ("昨天晚上我睡了一个好觉。", "觉", "jiào"),
    ("孩子在睡觉。", "睡觉", "shuìjiào"),
    ("他在数钱。", "数", "shǔ"),
    ("我喜欢数学。", "数学", "shùxué"),
    ("你数一数有几个人。", "数", "shǔ"),
    ("房间里是空的。", "空", "kōng"),
    ("你明天有空吗？", "空", "kòng"),
    ("他在大学教汉语。", "教", "jiāo"),
    ("老师教我们唱歌。", "教", "jiāo"),
    ("他是一位有名的教授。", "教授", "jiàoshòu"),
    ("你应该多休息。", "应该", "yīnggāi"),
    ("他答应了我的要求。", "答应", "dāying"),
    ("这个问题似乎很简单。", "似乎", "sìhū"),
    ("他长得似的。", "似的", "shìde"),
    ("他像个孩子似的哭了。", "似的", "shìde"),
    ("说罢，他就走了。", "罢", "bà"),
    ("这是地道的北京菜。", "地道", "dìdao"),
    ("他的汉语说得很地道。", "地道", "dìdao"),
    ("战士们挖了一条地道。", "地道", "dìdào"),
    ("他慢慢地走过来。", "地", "de"),
    ("地上有很多水。", "地", "dì"),
    ("我去银行取钱。", "银行", "yínháng"),
    ("这条路很长。", "长", "cháng"),
    ("他长大了。", "长大", "zhǎngdà"),
    ("这件事很重要。", "重要", "zhòngyào"),
    ("请你重新写一遍。", "重新", "chóngxīn"),
    ("我们一起唱歌吧。", "吧", "ba"),
    ("你好吗？", "你好", "nǐhǎo"),
    ("他喜欢看书。", "看", "kàn"),
    ("我的朋友很多。", "朋友", "péngyou"),
    ("他累得不想说话。", "得", "de"),
    ("你干什么呢？", "干", "gàn"),
    ("我们都是学生。", "都", "dōu"),
    ("北京是中国的首都。", "首都", "shǒudū"),
    ("他发了一封信。", "发", "fā"),
    ("她的头发很长。", "头发", "tóufa"),
    ("这个字怎么读？", "读", "dú"),
    ("他的行为很奇怪。", "行为", "xíngwéi"),
    ("这件事由我负责。", "负责", "fùzé"),
    ("他着急了。", "着急", "zháojí"),
    ("他看着我。", "着", "zhe"),
    ("我睡着了。", "着", "zháo"),
    ("他们差不多高。", "差不多", "chàbuduō"),
    ("他出差了。", "出差", "chūchāi"),
    ("音乐会很好听。", "音乐会", "yīnyuèhuì"),
    ("他很快乐。", "快乐", "kuàilè"),
    ("我们参加了比赛。", "参加", "cānjiā"),
    ("他了解这个问题。", "了解", "liǎojiě"),
    ("你的便宜衣服在哪儿？", "便宜", "piányi"),
    ("这里交通很方便。", "方便", "fāngbiàn"),
    ("这个月的薪水降了。", "降", "jiàng"),
    ("他好奇地看着我。", "好奇", "hàoqí"),
    ("你给我一张纸。", "给", "gěi"),
    ("我们要供给他们粮食。", "供给", "gōngjǐ"),
    # a second set, written to check the model's confidence gate before the rules for
    # 只 当 挑 盛 转 为 existed (33 of 40 right then; 他好喝酒 hào is left out: 好喝 "tasty")
    ("他的话很重。", "重", "zhòng"),
    ("我们重来一次。", "重", "chóng"),
    ("他只有一个苹果。", "只", "zhǐ"),
    ("我家有一只猫。", "只", "zhī"),
    ("把门关上。", "把", "bǎ"),
    ("请给我一把椅子。", "把", "bǎ"),
    ("这样做行吗？", "行", "xíng"),
    ("质量很差。", "差", "chà"),
    ("他差我十块钱。", "差", "chà"),
    ("我当他是朋友。", "当", "dàng"),
    ("这本书我看过。", "过", "guo"),  # the aspect marker: neutral tone (CC-CEDICT guo5; was guò before round 4)
    ("他朝南走。", "朝", "cháo"),
    ("他要了一杯茶。", "要", "yào"),
    ("他藏起来了。", "藏", "cáng"),
    ("他挑了一个苹果。", "挑", "tiāo"),
    ("这本书很薄。", "薄", "báo"),
    ("大家都很累。", "累", "lèi"),
    ("他盛了一碗饭。", "盛", "chéng"),
    ("我们在公园里转一转。", "转", "zhuàn"),
    ("他大声地唱。", "地", "de"),
    ("这里种了很多花。", "种", "zhòng"),
    ("你看，他来了。", "了", "le"),
    ("我们都很好。", "都", "dōu"),
    ("天快亮了。", "了", "le"),
    ("这儿的水很少。", "少", "shǎo"),
    ("他少年时很穷。", "少", "shào"),
    ("他的车很新。", "车", "chē"),
    ("我给他打电话。", "给", "gěi"),
    ("今天没有课。", "没", "méi"),
    ("他们为这件事吵了一架。", "为", "wèi"),
    ("水开了。", "开", "kāi"),
    ("你相信他吗？", "相", "xiāng"),
    ("他在屋里。", "在", "zài"),
    ("请你参加。", "参", "cān"),
    ("他传了球。", "传", "chuán"),
    ("我的大衣在哪儿？", "大", "dà"),
    ("他的头发卷卷的。", "卷", "juǎn"),
    ("把门关好。", "好", "hǎo"),
    ("你别着急。", "着", "zháo"),
    # a third set, on the characters in other constructions (65 of 74 right before
    # the rules for 他种, clause-final 还, 有难, 一觉, 数了数, 没空, 教了 were added)
    ("我把作业做完了。", "把", "bǎ"),
    ("把这个问题解决好。", "把", "bǎ"),
    ("他手里拿着一把伞。", "把", "bǎ"),
    ("门把手坏了。", "把", "bǎ"),
    ("当老师很辛苦。", "当", "dāng"),
    ("当时我还小。", "当时", "dāngshí"),
    ("这件事你不要当真。", "当真", "dàngzhēn"),
    ("他上当了。", "上当", "shàngdàng"),
    ("你应当努力。", "应当", "yīngdāng"),
    ("我把他当作哥哥。", "当作", "dàngzuò"),
    ("房间太脏了。", "脏", "zāng"),
    ("别把衣服弄脏。", "脏", "zāng"),
    ("脏衣服放在这里。", "脏", "zāng"),
    ("她背起孩子就走。", "背", "bēi"),
    ("他每天背二十个单词。", "背", "bèi"),
    ("他背对着我。", "背", "bèi"),
    ("背后有人。", "背后", "bèihòu"),
    ("我们在院子里种了一棵树。", "种", "zhòng"),
    ("这是一种新药。", "种", "zhǒng"),
    ("各种各样的花。", "各种各样", "gèzhǒnggèyàng"),
    ("他种的菜很好吃。", "种", "zhòng"),
    ("哪种颜色好看？", "种", "zhǒng"),
    ("我为你高兴。", "为", "wèi"),
    ("他被选为代表。", "为", "wéi"),
    ("因为下雨，我没去。", "因为", "yīnwèi"),
    ("他成为了医生。", "成为", "chéngwéi"),
    ("我们为了明天努力。", "为了", "wèile"),
    ("以他为榜样。", "为", "wéi"),
    ("他得到了很多帮助。", "得到", "dédào"),
    ("你说得很好。", "得", "de"),
    ("我们得快点走。", "得", "děi"),
    ("这次考试他得了一百分。", "得", "dé"),
    ("他写得不好。", "得", "de"),
    ("我借的书明天还。", "还", "huán"),
    ("他还在睡觉。", "还", "hái"),
    ("他把车还回去了。", "还", "huán"),
    ("你还要什么？", "还", "hái"),
    ("还钱的时候到了。", "还", "huán"),
    ("这道题太难了。", "难", "nán"),
    ("他遇到了困难。", "困难", "kùnnan"),
    ("国家有难，人人有责。", "难", "nàn"),
    ("难民越来越多。", "难民", "nànmín"),
    ("我觉得这个主意不错。", "觉得", "juéde"),
    ("他睡了一觉就好了。", "觉", "jiào"),
    ("我一觉睡到天亮。", "觉", "jiào"),
    ("我感觉很好。", "感觉", "gǎnjué"),
    ("他数了数钱。", "数", "shǔ"),
    ("数不清的星星。", "数", "shǔ"),
    ("这个数很大。", "数", "shù"),
    ("人数不多。", "人数", "rénshù"),
    ("数十年来他一直在这儿。", "数", "shù"),
    ("这个瓶子是空的。", "空", "kōng"),
    ("我没空。", "空", "kòng"),
    ("天空很蓝。", "天空", "tiānkōng"),
    ("请把空格填上。", "空", "kòng"),
    ("他抽空去看了妈妈。", "空", "kòng"),
    ("妈妈教我做饭。", "教", "jiāo"),
    ("教室里没有人。", "教室", "jiàoshì"),
    ("他教了三年书。", "教", "jiāo"),
    ("我向老师请教。", "请教", "qǐngjiào"),
    ("你应该早点睡。", "应该", "yīnggāi"),
    ("他答应明天来。", "答应", "dāying"),
    ("我叫了他，他没应。", "应", "yìng"),
    ("这是应用题。", "应用", "yìngyòng"),
    ("他应邀参加了会议。", "应邀", "yìngyāo"),
    ("他们长得很相似。", "相似", "xiāngsì"),
    ("他好像生气似的。", "似的", "shìde"),
    ("似乎要下雨了。", "似乎", "sìhū"),
    ("说罢，他转身走了。", "罢", "bà"),
    ("这不过是个玩笑罢了。", "罢了", "bàle"),
    ("工人们罢工了。", "罢工", "bàgōng"),
    ("这家饭馆的菜很地道。", "地道", "dìdao"),
    ("他们在地道里躲了三天。", "地道", "dìdào"),
    ("他说一口地道的上海话。", "地道", "dìdao"),
]


def _syllables_at(sentence: str, word: str) -> tuple[str, ...]:
    tokens = segmenter().words(sentence)
    chars: list[str] = []
    for token, syls in zip(tokens, readings.sentence_readings(tokens)):
        if len(syls) == len(token):
            chars += [s.lower() for s in syls]
        else:  # erhua folded into the syllable before: 儿 shares it
            chars += [s.lower() for s in syls] + [syls[-1].lower()] * (len(token) - len(syls))
    start = sentence.index(word)
    return tuple(chars[start : start + len(word)])


@pytest.mark.parametrize(("sentence", "word", "expected"), IN_SENTENCE)
def test_reading_in_sentence(sentence: str, word: str, expected: str) -> None:
    wanted = tuple(s.lower() for s in split_marks(expected, len(word)))
    assert _syllables_at(sentence, word) == wanted


def test_table_is_big_and_varied() -> None:
    assert len(IN_SENTENCE) >= 40
    assert len({w for _, w, _ in IN_SENTENCE}) >= 40


@pytest.mark.parametrize(
    ("tokens", "word"),
    [
        (("他", "在", "数", "钱", "。"), "数"),
        (("我", "明天", "还书", "。"), "还书"),
        (("这种", "水果", "很", "好吃", "。"), "这种"),
        (("春天", "是", "种树", "的", "好", "时候", "。"), "种树"),
        (("战士", "们", "挖", "了", "一条", "地道", "。"), "地道"),
        (("他", "的", "汉语", "很", "地道", "。"), "地道"),
        (("我", "得", "走", "了", "。"), "得"),
        (("你", "的", "便宜", "衣服", "在", "哪儿", "？"), "便宜"),
        (("星星", "闪", "闪", "地", "眨", "着", "眼", "。"), "地"),  # a note's tokens split 闪闪
    ],
)
def test_note_sentence_and_word_agree(tokens: tuple[str, ...], word: str) -> None:
    """The note teaches the reading its example sentence's pinyin shows."""
    note = word_info(word, NoteOptions(deck="d"), tokens)
    shown = readings.sentence_readings(tokens)[tokens.index(word)]
    assert note.syllables == shown == sentence_pinyin.sentence_syllables(tokens)[tokens.index(word)]
    assert to_marks(note.syllables) in sentence_pinyin.format_sentence(tokens)


def test_the_model_agrees_with_g2pm_itself() -> None:
    """Our batched float32 forward pass reads as g2pM's own one-sentence float64 one."""
    from g2pM import G2pM

    reference = G2pM()
    texts = ["他还没有还我钱。", "银行的行长在行走。", "这种花很好种。", "我觉得他睡了一觉。"]
    requests = [
        (t, {i: [p.replace("u:", "ü") for p in reference.cedict[c]]
             for i, c in enumerate(t) if len(reference.cedict.get(c, ())) > 1})
        for t in texts
    ]
    ours = polyphone.choose(requests)
    for text, picks in zip(texts, ours):
        theirs = reference(text, char_split=True)
        assert picks and {i: r for i, (r, _) in picks.items()} == {i: theirs[i] for i in picks}


def test_the_model_only_picks_allowed_readings() -> None:
    [picks] = polyphone.choose([("我们了解", {2: ("le5",), 3: ("jie3", "xie4")})])
    assert 2 not in picks  # one reading allowed: nothing to choose
    assert picks[3][0] in ("jie3", "xie4") and 0.5 <= picks[3][1] <= 1


def test_no_model_for_settled_sentences() -> None:
    code = (
        "import sys; from flashcards import readings;"
        "print(readings.sentence_readings(('我们', '喜欢', '银行', '。')));"
        "print([m for m in ('numpy', 'g2pM') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["(('wo3', 'men5'), ('xi3', 'huan5'), ('yin2', 'hang2'), ('。',))", "[]"]


def test_analyze_json_has_pinyin_per_token() -> None:
    tokenized = sentences("我 得 走 了 。", "他 把 书 还给 我 ， 3 个 iPhone 。", "这 条 路 很 长 。")
    doc = json.loads(to_json(analyze_text(tokenized)))
    got = [s["pinyin"] for s in doc["sentences"]]
    assert got[0] == ["wǒ", "děi", "zǒu", "le", None]
    assert got[1][3] == to_marks(lexicon.lookup("还给", readings.hint_in("还给", tokenized[1].tokens)).syllables)
    assert got[1][3].startswith("huán") and got[1][5:9] == [None, None, "gè", None]
    assert got[2][4] == "cháng"
    for s in doc["sentences"]:
        assert len(s["pinyin"]) == len(s["tokens"])


@pytest.mark.parametrize("module", [readings, polyphone])
def test_doctests(module) -> None:
    import doctest

    assert doctest.testmod(module).failed == 0
