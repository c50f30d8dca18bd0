"""Character rules for verbs before where they land and nouns ending a clause.

Each row is a hand-written learner sentence read through the product path (segmenter,
then ``readings.sentence_readings``); rows where the rule must *not* fire (撒谎 sā,
一条缝 fèng, 将在 jiāng) sit beside those where it does. 24 of the first 35 were right
before the rules for 将 相 撒 缝 钉 铺 划 藏 炸 were added; 3 of the last 12 were wrong
before those for 乐 粘 哄 刨 (and the longer lists of 盛 and 挑).
"""

from __future__ import annotations

import pytest

from flashcards import readings
from flashcards.pinyin import split_marks
from test_readings_context import _syllables_at

# (sentence, word in it, its reading there in tone marks)
ROWS = [
    ("他在汤里撒上一点盐。", "撒", "sǎ"),
    ("孩子把米撒在地上了。", "撒", "sǎ"),
    ("路上撒满了花瓣。", "撒", "sǎ"),
    ("他又撒谎了。", "撒谎", "sāhuǎng"),
    ("别撒手！", "撒手", "sāshǒu"),
    ("她在缝衣服。", "缝", "féng"),
    ("妈妈把扣子缝好了。", "缝", "féng"),
    ("请把这块布缝在袖子上。", "缝", "féng"),
    ("墙上有一条缝。", "缝", "fèng"),
    ("门缝里有光。", "门缝", "ménfèng"),
    ("他把画钉在墙上。", "钉", "dìng"),
    ("把这块板子钉上。", "钉", "dìng"),
    ("他把门钉死了。", "钉", "dìng"),
    ("墙上有一颗钉子。", "钉子", "dīngzi"),
    ("床上铺满了书。", "铺", "pū"),
    ("把桌布铺好。", "铺", "pū"),
    ("他在街上开了一家小铺。", "铺", "pù"),
    ("我们去湖上划船吧。", "划船", "huáchuán"),
    ("他用力划桨。", "划", "huá"),
    ("我们的计划很好。", "计划", "jìhuà"),
    ("他把钱藏起来了。", "藏", "cáng"),
    ("钥匙藏在花盆下面。", "藏", "cáng"),
    ("博物馆所藏的画很多。", "藏", "cáng"),
    ("我想去西藏旅行。", "西藏", "xīzàng"),
    ("把鸡翅炸至金黄。", "炸", "zhá"),
    ("他喜欢吃炸鸡。", "炸", "zhá"),
    ("大楼被炸毁了。", "炸毁", "zhàhuǐ"),
    ("他是一员猛将。", "猛将", "měngjiàng"),
    ("他是敌军的将。", "将", "jiàng"),
    ("我们将在明天出发。", "将", "jiāng"),
    ("他将书放在桌子上。", "将", "jiāng"),
    ("他们互相帮助。", "互相", "hùxiāng"),
    ("这个人的长相很好。", "长相", "zhǎngxiàng"),
    ("我们相信你。", "相信", "xiāngxìn"),
    ("他当了一国之相。", "相", "xiàng"),
    ("他是一位有名的乐评人。", "乐", "yuè"),
    ("他在乐队里弹吉他。", "乐队", "yuèduì"),
    ("他很乐于助人。", "乐于", "lèyú"),
    ("他把邮票粘在信封上。", "粘", "zhān"),
    ("这种米很粘。", "粘", "nián"),
    ("妈妈在哄孩子睡觉。", "哄", "hǒng"),
    ("大家哄堂大笑。", "哄堂大笑", "hōngtángdàxiào"),
    ("小狗在地上刨了一个坑。", "刨", "páo"),
    ("他给我盛米饭。", "盛", "chéng"),
    ("从箱子里挑出一件衣服。", "挑", "tiāo"),
    ("他向冠军挑战。", "挑战", "tiǎozhàn"),
    ("这里的夏天很热，雨水很盛。", "盛", "shèng"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), ROWS)
def test_reading_in_sentence(sentence: str, word: str, expected: str) -> None:
    wanted = tuple(s.lower() for s in split_marks(expected, len(word)))
    assert _syllables_at(sentence, word) == wanted


# (text, offset of the character, what its rule says: a syllable or None to leave it open)
RULE_CALLS = [
    ("撒上盐", 0, "sa3"),
    ("撒了谎", 0, None),
    ("缝好", 0, "feng2"),
    ("一条缝。", 2, None),
    ("钉在墙上", 0, "ding4"),
    ("一颗钉", 2, None),
    ("铺开", 0, "pu1"),
    ("划船", 0, "hua2"),
    ("所藏", 1, "cang2"),
    ("藏文", 0, None),
    ("炸鱼", 0, "zha2"),
    ("炸开", 0, None),
    ("魏将，", 1, "jiang4"),
    ("将要", 0, None),
    ("国相、", 1, "xiang4"),
    ("相见", 0, None),
    ("乐器", 0, "yue4"),
    ("乐于", 0, None),
    ("粘在", 0, "zhan1"),
    ("很粘", 1, None),
    ("哄孩子", 0, "hong3"),
    ("刨土", 0, "pao2"),
    ("刨子", 0, None),
]


@pytest.mark.parametrize(("text", "offset", "expected"), RULE_CALLS)
def test_character_rule(text: str, offset: int, expected: str | None) -> None:
    assert readings.CHAR_RULES[text[offset]](text, offset) == expected
