"""Readings in context: the syllables each token of a segmented sentence takes there.

A token's reading is decided in four steps, cheapest first; the first that decides wins:

1. **the dictionary**: a word with one CC-CEDICT reading (银行, 我们) is settled. So is
   any token CC-CEDICT lacks (its reading is composed from its parts by the lexicon).
2. **neighbour rules** (:data:`RULES`): a few characters whose reading their neighbours
   decide with near certainty (地 after an adverb is de, 为了 wèile, 还 before 给 huán,
   种 after a verb-like 好/难/去 zhòng …). Each rule sees the tokens and its position.
3. **the polyphone model** (:mod:`flashcards.polyphone`, g2pM): characters whose reading
   the candidates disagree on, limited to the readings the word has in CC-CEDICT.
4. **the lexicon's default** (pypinyin's phrase reading of the word): for readings the
   model cannot tell apart (neutral tones: 地道 dìdào/dìdao, 东西) or does not know.

What is decided here is one CC-CEDICT reading *key* per token; :func:`flashcards.lexicon.
lookup` with that key as ``hint`` turns it into the syllables shown, so the sentence
pinyin, the word's pinyin on its note and the note's reading are one decision.

Work is per sentence a card shows, cached; :func:`readings_many` batches the model over
many sentences (analysis, a deck build) so numpy's per-call cost is paid once per batch.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from flashcards.hanzi import HANZI as _HAN
from flashcards.hanzi import PERSONAL_PRONOUNS as _PRONOUN_CHARS

__all__ = ["CHAR_RULES", "RULES", "hint_in", "marks_many", "readings_many", "sentence_keys", "sentence_readings"]

Key = tuple[str, ...]  # one lower-case numbered syllable per character (lexicon.reading_keys)
Tokens = tuple[str, ...]

_CACHE_MAX = 1 << 16
_cache: dict[Tokens, tuple[tuple[Key | None, ...], tuple[tuple[str, ...], ...]]] = {}
_lock = threading.Lock()


# --- neighbour rules ---------------------------------------------------------------------
#
# A rule gets the sentence's tokens and the index of the token it is for, and returns the
# reading (a key) the neighbours settle, or None to leave the choice to the model. Keep
# each rule to what a grammar book says, not to one sentence.

def _prev(tokens: Tokens, k: int) -> str:
    return tokens[k - 1] if k else ""


def _next(tokens: Tokens, k: int) -> str:
    return tokens[k + 1] if k + 1 < len(tokens) else ""


def _is_han(text: str) -> bool:
    return bool(text) and bool(_HAN.fullmatch(text[-1]))


_NUMERAL = frozenset("一二两三四五六七八九十百千万亿几多")
#: What counts a measure word: a numeral, or the last digit of a number (3只猫, 第3行).
_COUNT = _NUMERAL | frozenset("0123456789０１２３４５６７８９")
_DEMONSTRATIVE = frozenset("这那哪每各某此该本")
_DEGREE = frozenset("很太真挺最更较好极够特非常")
_DEGREE_WORDS = _DEGREE | frozenset("非常 十分 特别 比较 更加 越来越 相当".split())
_PRONOUNS = frozenset("我 你 他 她 它 您 我们 你们 他们 她们 它们 咱们 大家 谁".split())
_DE_OBTAIN = frozenset("了 到 过 奖 分 病".split())  # 他得了第一 dé, not děi
_TIME_ENDS = frozenset("天年月周末期后前晚早点")  # 明天, 下个月, 周末, 以后: time words


def _di_or_de(tokens: Tokens, k: int) -> Key | None:
    """地: after a word and before another, the adverbial particle (紧密地联系 de); a doubled
    word counts as a word also where the note's tokens split it (闪 + 闪 + 地 + 眨)."""
    prev, nxt = _prev(tokens, k), _next(tokens, k)
    doubled = len(prev) == 1 and k >= 2 and tokens[k - 2] == prev
    # A one-character adjective a degree adverb modifies (很 + 快 + 地 + 流): jieba cuts 很快
    # apart in longer sentences, and "the ground" takes no degree adverb.
    graded = len(prev) == 1 and k >= 2 and tokens[k - 2] in _DEGREE_WORDS
    if (len(prev) >= 2 or doubled or graded) and _is_han(prev) and nxt[:1] and _HAN.fullmatch(nxt[:1]):
        return ("de5",)
    return None


def _de_dei(tokens: Tokens, k: int) -> Key | None:
    """得: after a pronoun "must" (我得走 děi) unless it obtains (他得了); after another word
    the complement particle (跑得快 de)."""
    prev, nxt = _prev(tokens, k), _next(tokens, k)
    if not _is_han(prev):
        return None
    if prev == "所" or nxt == "的":
        # 所 + a verb: 非法所得 "what was got", dé, never a complement; nor before 的 (他得的
        #是肺炎): no "must" or complement particle is followed by 的
        return ("de2",)
    if prev in ("分", "获", "赢", "赚", "取", "求", "值") and (nxt in ("多少", "几", "一半") or nxt[:1] in _COUNT):
        return ("de2",)  # 他分得多少？, 赢得一百万: what is got, counted
    if prev in _PRONOUNS:
        return ("de2",) if nxt in _DE_OBTAIN else ("dei3",)
    if nxt == "了" and len(prev) == 1 and _tagged_verb_or_adjective(prev):
        # 吃 + 得 + 了 + 吗: a potential complement de liǎo; 考 + 得 + 了 + 好成绩: obtained, dé
        after = tokens[k + 2] if k + 2 < len(tokens) else ""
        return ("de5",) if not _is_han(after) or after[0] in _AFTER_POTENTIAL else ("de2",)
    if nxt in _DE_OBTAIN and (len(prev) > 1 or not _tagged_verb_or_adjective(prev)):
        # a word, not a one-character verb, before 得了 (考试得了一百分), or a place word
        # (比赛中得了第一名): what obtains, where 吃得了 "can eat" is a potential complement
        return ("de2",)
    if len(prev) > 1 and prev[-1] in _TIME_ENDS and _is_han(nxt):
        return ("dei3",)  # after a time word, "must" (下个月得去上海)
    if _must_after(prev, nxt, tokens[k - 2] if k >= 2 else ""):
        return ("dei3",)
    if nxt in _DEGREE_AFTER_DE:
        return ("de5",)  # 美丽得很, 热得要命: a degree after 得 is its complement (jieba tags 美丽 a place)
    # A one-character country (美 America, 法 France) is first an adjective or verb: 美得无法形容
    place = len(prev) > 1 and _is_place(prev)
    if _is_han(nxt) and (place or _goes_to(tokens[k - 2] if k >= 2 else "", prev)):
        return ("dei3",)  # after a place, "must" (去那里得花钱, 在学校得穿校服): a place takes no complement
    return ("de5",)


#: Degree words that follow 得 only as its complement (好得很, 累得要命, 忙得不得了).
_DEGREE_AFTER_DE = frozenset("很 要命 厉害 不得了 不行 多 极了 慌 出奇 够呛 非常 十分 太".split())


#: Adverbs before a modal (还得等, 就得走, 也得去, 都得交, 可得小心): 得 after them is "must";
#: no verb stands between to take a complement.
_ADVERBS_BEFORE_MUST = frozenset("还 就 也 都 可 又 总 只 才 先 还是 一定 非 就是 总是 也许 恐怕 大概 肯定".split())
#: Directional complements: a verb + one takes no second complement (走起来得走一会儿).
_DIRECTIONAL = frozenset("起来 下去 上去 下来 上来 出来 进去 过去 过来".split())


def _must_after(prev: str, nxt: str, before: str = "") -> bool:
    """得 is "must" after an adverb or a directional complement, or between a verb and a time
    word or a noun that names a thing, of two or more characters or one counted by ``before``
    (中文得有耐心, 这件事得花钱). A complement follows verbs and adjectives (跑得快,
    气得说不出话), and a degree adverb after 得 keeps it one (工作得很好)."""
    from flashcards.compounds import is_counter, jieba_tag

    if not _is_han(nxt) or nxt in _DE_OBTAIN or nxt[:1] in _DEGREE or nxt in _DEGREE_WORDS:
        return False
    if prev in _ADVERBS_BEFORE_MUST or prev[-2:] in _DIRECTIONAL:
        return True
    tag = jieba_tag(prev)
    # (jieba tags some verb + object words nouns: 花钱 n; CC-CEDICT's "to spend money" says)
    verb_next = jieba_tag(nxt)[:1] == "v" or nxt in ("有", "用", "去", "来", "在") or _a_doing(nxt)
    # (a one-character noun too when a demonstrative and measure word count it: 这件事得花钱)
    counted = len(prev) > 1 or jieba_tag(before) in ("mq", "q") or is_counter(before)
    return verb_next and (tag == "t" or counted and tag in ("n", "nz", "nr", "ns", "s") and _a_thing(prev))


def _a_thing(word: str) -> bool:
    """Whether ``word``'s first CC-CEDICT sense names a thing: jieba tags 伤心 a noun, but
    "to grieve" takes a complement (伤心得哭了)."""
    from flashcards import lexicon, senses

    first = (lexicon.lookup(word).senses or ("",))[0]
    return not first.startswith("to ") and not senses.adjectival(first)


def _a_doing(word: str) -> bool:
    """Whether ``word``'s first CC-CEDICT sense is a verb's ("to spend money")."""
    from flashcards import lexicon

    return (lexicon.lookup(word).senses or ("",))[0].startswith("to ")


_TO_PLACE = frozenset("在 去 到 回 从 进".split())


def _goes_to(before: str, word: str) -> bool:
    """``word`` is a noun that ``before`` makes a place (在学校, 去医院)."""
    from flashcards.compounds import jieba_tag

    return before in _TO_PLACE and jieba_tag(word).startswith(("n", "s"))


_PLACE_WORDS = frozenset("这里 那里 哪里 这儿 那儿 哪儿 这边 那边".split())


def _is_place(word: str) -> bool:
    """A place word (那里, 家里, 北京): what jieba's dictionary tags a place (s, ns), and the
    demonstrative places it tags pronouns (r)."""
    from flashcards.compounds import jieba_tag

    return word in _PLACE_WORDS or jieba_tag(word) in ("s", "ns")


def _tagged_verb_or_adjective(token: str) -> bool:
    from flashcards.compounds import jieba_tag

    return jieba_tag(token)[:1] in ("v", "a")


def _didao(tokens: Tokens, k: int) -> Key | None:
    """地道: the adjective "authentic" dìdao after a degree adverb or before 的 (很地道,
    地道的北京菜); otherwise the noun "tunnel" dìdào (挖了一条地道)."""
    prev, nxt = _prev(tokens, k), _next(tokens, k)
    if prev[-1:] in _DEGREE or prev in ("非常", "特别", "比较", "十分") or nxt == "的":
        return ("di4", "dao5")
    return ("di4", "dao4")


#: What stands before the preposition 为 wèi "for": its subject or an adverb or modal
#: (他为公司工作, 应该为环境做点事). wéi "as" follows a verb (翻译为, 选为) or pairs with 以/所.
_BEFORE_WEI4 = frozenset(
    "应该 要 能 会 都 也 就 还 不 没 没有 正在 在 愿意 想 可以 专门 特地 一直 一起 不断 努力 必须 又 再 先 主动 真心".split()
)


#: Verbs of choosing and naming, whose object 为 names its role wéi (选他为班长).
_NAMING = frozenset("以 选 选举 推选 推举 认 称 视 封 任命 立 拜 奉 尊 评 命名 聘请 请 改 定".split())


#: Aims 为 goes before as "in order to" (为保证质量, 为方便大家).
_PURPOSES = frozenset("保证 确保 避免 防止 方便 庆祝 纪念 解决 提高 满足 节省 减少 照顾 欢迎 帮助 实现".split())


def _wei_for(tokens: Tokens, k: int) -> Key | None:
    """为 after its subject or an adverb is wèi "for", and so is 为 … 而 (为小事而哭); not
    after a verb of choosing or naming (选他为班长) or with a passive 所 after it."""
    named = _NAMING & set(tokens[max(0, k - 3):k]) - {"请"}
    if named and _is_han(_next(tokens, k)) and _next(tokens, k) not in _PRONOUNS:
        return ("wei2",)  # 称他为老王, 选他为班长: named or chosen as (请他为我们唱歌 is "for")
    if _NAMING & set(tokens[:k]) or "所" in tokens[k + 1:]:
        return None
    if "而" in tokens[k + 1:]:
        return ("wei4",)
    prev = _prev(tokens, k)
    if prev in _ALL_BEING and _is_han(_next(tokens, k)):
        return ("wei2",)  # 五家全部为加盟店, 均为: "are", of all of them
    if prev in _PRONOUNS or prev in _BEFORE_WEI4:
        return ("wei4",)
    if _next(tokens, k).startswith(tuple(_PURPOSES)):
        return ("wei4",)  # 为保证质量: "in order to", before what is aimed at
    # a subject, 为, whom it is for, then what it does (公司为员工提供培训): the coverb wèi;
    # 中国为世界第二 has no verb after, and 聘请为顾问 a verb before
    after = tokens[k + 2] if k + 2 < len(tokens) else ""
    if _tagged_noun(prev) and _tagged_noun(_next(tokens, k)) and _tagged_verb(after):
        return ("wei4",)
    return None


#: What says "all" or "mostly" before 为 "to be" wéi (全部为, 均为, 大多为).
_ALL_BEING = frozenset("全部 均 皆 全 大多 大都 多 分别 约 主要 大部分 多数 大多数 多为 即".split())


#: What follows 朝阳 the Beijing district (朝阳警方, 朝阳区), not 朝阳 "the morning sun".
_CHAOYANG_AFTER = frozenset("区 警方 分局 公安 派出所 公园 医院 法院 群众 大悦城 门 路 大街 检察院".split())


#: What names the molecule 分子 fēnzǐ, not the member of a group fènzǐ (知识分子).
_CHEMISTRY = frozenset("原子 化学 物质 氧 氢 碳 水 结构 电子 分母 化合物 元素 离子".split())


def _fenzi(tokens: Tokens, k: int) -> Key | None:
    return ("fen1", "zi3") if _CHEMISTRY & set(tokens) else None


#: Trees and plants that 结果 jiēguǒ "bear fruit" (树种了三年才开始结果).
_PLANTS = frozenset("树 果树 苹果树 桃树 梨树 枣树 橘子树 植物 花 瓜 藤 葡萄 苗".split())


def _jieguo(tokens: Tokens, k: int) -> Key | None:
    before = tokens[k - 1] if k else ""
    if _PLANTS & set(tokens[:k]) and before in ("开始", "才", "没", "不", "会", "能", "还没", "已经", "就", "都", "没有"):
        return ("jie1", "guo3")
    return None


def _zuomo(tokens: Tokens, k: int) -> Key | None:
    """琢磨 zuómo "to ponder" in everyday text; zhuómó "carve and polish" around jade, stone
    or a text being polished."""
    polished = {"玉", "玉石", "石头", "宝石", "文字", "文章", "作品", "雕刻", "璞玉"} & set(tokens)
    return None if polished else ("zuo2", "mo5")


def _mendao(tokens: Tokens, k: int) -> Key | None:
    """门道 méndao "the knack" of a trade (摸清门道, 看出门道); méndào a doorway, near a door."""
    return None if {"门口", "大门", "门", "走进", "穿过", "站在"} & set(tokens) else ("men2", "dao5")


def _zhaoying(tokens: Tokens, k: int) -> Key | None:
    """照应 zhàoying "to look after" (请你多照应, 互相照应); zhàoyìng "to correspond to"
    where 前后 or 与/和 pairs what corresponds (前后照应, 与开头照应)."""
    return None if {"前后", "首尾", "开头", "结尾", "与", "和", "呼应"} & set(tokens) else ("zhao4", "ying5")


def _caifeng(tokens: Tokens, k: int) -> Key | None:
    """裁缝 the tailor cáifeng, unless what is cut and sewn follows (裁缝衣服 cáiféng)."""
    return None if _next(tokens, k) in ("衣服", "衣裳", "裙子", "西装", "旗袍", "了") else ("cai2", "feng5")


def _dexing(tokens: Tokens, k: int) -> Key | None:
    """德行 déxing "(coll.) revolting behaviour" after 这/那/什么 or 瞧你 (就是这个德行); déxíng
    "morality and conduct" in writing about virtue."""
    before = tokens[k - 1] if k else ""
    return ("de2", "xing5") if before in ("这个", "那个", "这", "那", "什么", "那副", "这副", "你", "瞧你") else None


def _chaoyang(tokens: Tokens, k: int) -> Key | None:
    return ("chao2", "yang2") if _next(tokens, k) in _CHAOYANG_AFTER else None


def _tagged_noun(token: str) -> bool:
    from flashcards.compounds import jieba_tag

    return _is_han(token) and jieba_tag(token)[:1] in ("n", "r")


#: What 地方 dìfāng "local" stands before, as a modifier without 的 (地方政府, 地方特色); the
#: noun "place" dìfang is what a demonstrative, 的 or a verb governs (这个地方, 什么地方).
_LOCAL_HEADS = frozenset(
    "政府 官员 干部 领导 当局 政权 机关 部门 党委 法规 立法 财政 税收 经济 企业 银行 媒体 "
    "选举 议会 法院 部队 武装 自治 行政 特色 风味 小吃 方言 口音 戏 戏曲 文化 传统 利益 "
    "保护主义 主义 色彩 性 病 志 时间 官 税 债".split()
)


def _difang(tokens: Tokens, k: int) -> Key | None:
    """地方 before what it qualifies (地方政府, 地方特色) or paired with 中央 (中央和地方) is
    the adjective "local" dìfāng; otherwise the noun "place" dìfang (这个地方, 地方不大)."""
    if _next(tokens, k) in _LOCAL_HEADS or "中央" in tokens[max(0, k - 2) : k]:
        return ("di4", "fang1")
    return None


#: What the directions 东西 dōngxī "east and west" stand before (东西两边, 东西方向, 东西走向).
_ALONG = frozenset("两边 两侧 两端 两岸 方向 走向 之间 长 宽 向 南北 横贯 两 两半 两部分 两个 两块".split())


def _dongxi(tokens: Tokens, k: int) -> Key | None:
    """东西 before a side, a direction or an extent, or beside 南北, is "east and west"
    dōngxī; otherwise the noun "thing" dōngxi (买东西, 很多东西)."""
    if _next(tokens, k) in _ALONG or _prev(tokens, k) == "南北":
        return ("dong1", "xi1")
    return None


def _qilai(tokens: Tokens, k: int) -> Key | None:
    """起来 after a verb or adjective is its complement, both syllables neutral qilai
    (笑起来, 热闹起来, 站起来: CC-CEDICT's qi5 lai5 entry); alone it is the verb "to get up"
    qǐlai (他起来了), left to the dictionary."""
    prev = _prev(tokens, k)
    if prev in ("不", "得") and k >= 2 and _tagged_verb_or_adjective(tokens[k - 2]):
        prev = tokens[k - 2]  # 想不起来, 站得起来: the potential complement, split by the notes
    return ("qi5", "lai5") if _tagged_verb_or_adjective(prev) else None


def _dou(tokens: Tokens, k: int) -> Key | None:
    """都 standing alone is the adverb dōu "all" (这些东西都归你): dū "capital" lives in words
    (首都, 都市, 定都), and a name's 都 is no token of its own."""
    return ("dou1",)


#: What a person is given to (他好面子, 他好喝酒): 好 between them is hào "to be fond of".
_FOND_OF = frozenset("面子 喝酒 抽烟 赌博 打牌 热闹 打扮 吹牛 管闲事 说大话 占便宜 出风头 玩 喝 赌 问".split())


def _hao(tokens: Tokens, k: int) -> Key | None:
    """好 after a verb is its result, hǎo (改造好了, 准备好): hào "to be fond of" comes before
    what one likes (好吃懒做), never after a verb; after a person before a habit (他好面子,
    这个人好喝酒) it is that hào."""
    prev = _prev(tokens, k)
    if len(prev) > 1 and _tagged_verb(prev):
        return ("hao3",)
    if _next(tokens, k) in _FOND_OF and (prev in _PRONOUNS or prev.endswith(("人", "孩子"))):
        return ("hao4",)
    if _next(tokens, k) == "哭" and _ends_clause_after(tokens, k + 1) and any(
            t in _PRONOUNS or t.endswith(("孩子", "小孩", "宝宝", "人")) for t in tokens[max(0, k - 3):k]):
        return ("hao4",)  # 这孩子好哭: given to crying (a film that makes one cry is hǎokū: no person)
    return None


def _ends_clause_after(tokens: Tokens, k: int) -> bool:
    return k + 1 >= len(tokens) or not _is_han(tokens[k + 1][:1])


#: What one keeps watch over: things (看门, 看行李, 看店) whatever stands before; people,
#: animals and one's things (看孩子, 看包) only where someone does it for another (帮我看孩子)
#: or in 看着/看好, since 去看孩子 is a visit and 看一下包 a look, kàn.
_GUARDED_THINGS = ("行李", "大门", "门", "店", "摊", "仓库")
_GUARDED_BEINGS = ("孩子", "小孩", "宝宝", "羊", "牛", "犯人", "包", "东西", "小狗", "狗", "小猫", "猫", "宠物", "弟弟", "妹妹")


def _kan_guard(text: str, i: int) -> str | None:
    """看 at ``i`` is kān "to look after" before what it guards (一下, 着, 好, whose between):
    帮我看一下行李, 看着孩子, 看好你的包; else None (kàn, the dictionary's)."""
    rest = _rest_of_clause(text, i, 10)
    held = rest[:1] in ("着", "好")
    rest = re.sub(r"^(?:[着好]|一下)?(?:[我你他她](?:们)?)?的?", "", rest)
    if rest.startswith(_GUARDED_THINGS):
        return "kan1"
    if rest.startswith(_GUARDED_BEINGS) and (held or re.search("[帮替给]", _clause_before(text, i))):
        return "kan1"
    if rest in ("孩子", "小孩", "宝宝") and _clause_before(text, i)[-2:] == "在家":
        return "kan1"  # 她在家看孩子。: minding them at home, the clause ending on them
    return None
    return None


def _tagged_verb(token: str) -> bool:
    from flashcards.compounds import jieba_tag

    return jieba_tag(token)[:1] == "v"


#: Verbs after which 多少 is still "how much" (有多少, 是多少), not "somewhat" before them.
_HOW_MANY_VERBS = frozenset("是 有 要 花 用 给 买 卖".split())


def _duoshao(tokens: Tokens, k: int) -> Key | None:
    """多少 right before a verb qualifies it: "somewhat" duōshǎo (他多少懂一点, 多少知道些);
    before a noun, a measure word or nothing it asks "how many" duōshao (多少钱, 多少次)."""
    from flashcards.compounds import jieba_tag

    nxt = _next(tokens, k)
    if nxt and nxt not in _HOW_MANY_VERBS and jieba_tag(nxt)[:1] == "v":
        return ("duo1", "shao3")
    return None


#: What counts or qualifies a household (几户人家, 有钱人家): 人家 rénjiā there.
_HOUSEHOLD_BEFORE = frozenset("户 家 个 有钱 穷 富 好 大户 普通 农民 一般 几 多少 这 那".split())


def _renjia(tokens: Tokens, k: int) -> Key | None:
    """人家 rénjiā "household" where something counts or qualifies it (几户人家, 有钱人家);
    elsewhere the pronoun rénjia "other people; he, she" (别勉强人家, 人家不要)."""
    prev = _prev(tokens, k)
    if prev in _HOUSEHOLD_BEFORE or prev[-1:] in _NUMERAL or prev[-1:] == "户":
        return ("ren2", "jia1")
    return ("ren2", "jia5")


def _dayi(tokens: Tokens, k: int) -> Key | None:
    """大意 "careless" dàyi after a prohibition or 一时 (千万不能大意, 别大意, 一时大意);
    dàyì "gist" is counted or possessed (文章的大意, 段落大意)."""
    prev = _prev(tokens, k)
    two = (tokens[k - 2] if k >= 2 else "") + prev  # 不 + 能, as the notes' split leaves it
    warned = ("不能", "别", "不要", "不可", "千万", "一时", "粗心", "可不能")
    return ("da4", "yi5") if prev in warned or two in warned or prev in _GRADING else None


RULES: dict[str, Callable[[Tokens, int], Key | None]] = {
    "大意": _dayi, "地": _di_or_de, "得": _de_dei, "地道": _didao, "为": _wei_for, "地方": _difang,
    "东西": _dongxi, "起来": _qilai, "朝阳": _chaoyang, "分子": _fenzi, "结果": _jieguo,
    "琢磨": _zuomo, "门道": _mendao, "照应": _zhaoying, "裁缝": _caifeng, "德行": _dexing, "都": _dou, "好": _hao, "多少": _duoshao, "人家": _renjia,
}

#: Degree adverbs before an adjective (not 好 or 最, which also open words: 好精神?).
_GRADING = (_DEGREE_WORDS - {"好", "最"}) | frozenset("不太 有点 有点儿 这么 那么 太过 格外 分外 显得 多么".split())


def _neutral_after_degree(tokens: Tokens, k: int, keys: Sequence[Key]) -> Key | None:
    """A word of two characters read two ways that differ only in a neutral last syllable,
    after a degree adverb: the neutral reading where one of its senses is worded as an
    adjective (很精神 jīngshen "spirited", 太大意 dàyi "careless", 很大方 dàfang "generous";
    not 对头 duìtou "opponent", a noun)."""
    if len(keys) != 2 or _prev(tokens, k) not in _GRADING:
        return None
    a, b = keys
    if len(a) != 2 or a[0] != b[0] or a[1][:-1] != b[1][:-1] or "5" not in (a[1][-1], b[1][-1]):
        return None
    neutral = a if a[1].endswith("5") else b
    from flashcards import gloss, senses

    word = tokens[k]
    return neutral if any(senses.adjectival(s) for s in gloss.reading_senses(word, neutral)) else None


# Character rules: the sentence text and the character's offset in it, returning one
# syllable or None. They run inside words CC-CEDICT lacks too (还书, 很脏, 种树).



def _at(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


def _clause_before(text: str, i: int, width: int = 8) -> str:
    """The hanzi before offset ``i`` back to the last punctuation (at most ``width``)."""
    out = []
    for ch in reversed(text[max(0, i - width) : i]):
        if not _HAN.fullmatch(ch):
            break
        out.append(ch)
    return "".join(reversed(out))


def _rest_of_clause(text: str, i: int, width: int = 8) -> str:
    """The hanzi after offset ``i`` up to the next punctuation (at most ``width``): where a
    verb's object sits when an aspect marker or a measure word comes first (背了一个包)."""
    out = []
    for ch in text[i + 1 : i + 1 + width]:
        if not _HAN.fullmatch(ch):
            break
        out.append(ch)
    return "".join(out)


def _zhong(text: str, i: int) -> str | None:
    """种: a measure word after a numeral or demonstrative (这种, 一种) zhǒng; as a verb
    before what is planted, an aspect marker or where it is planted (种树, 种了, 种在花盆里,
    种满, 种下) zhòng: a measure word is followed by its noun, never by 在/到/满/下."""
    if _at(text, i - 1) in _COUNT or _at(text, i - 1) in _DEMONSTRATIVE:
        return "zhong3"
    if _at(text, i + 1) in set("了着过下上树花菜草豆瓜麦稻粮田地庄果玉棉在到满茶葱蒜苗竹桑烟") or _at(text, i - 1) in _PRONOUN_CHARS | {"们"}:
        return "zhong4"  # a person before it plants (他种的菜): no measure word follows a pronoun
    return None


def _bei(text: str, i: int) -> str | None:
    """背 "carry on the back" bēi before 着/起/走/回, a bag or 不动/得动 (背着, 背起, 背回家,
    背包, 背不动); bèi
    "recite" before what is learnt by heart (背课文, 背单词, 背下来)."""
    nxt = _at(text, i + 1)
    if nxt in set("着起走包回米柴袋") or nxt in ("不", "得") and _at(text, i + 2) == "动":
        return "bei1"  # 背不动, 背得动: whether one can carry it
    if nxt in set("课单书诗下熟会"):
        return "bei4"
    if any(w in _rest_of_clause(text, i) for w in ("包", "孩子", "行李", "背上", "肩上")):
        return "bei1"  # 背了一个很重的包, 背在背上: what is carried or where, further on
    if any(w in text for w in _BORNE):
        return "bei1"  # 责任不该你一个人背: a burden borne (bēi), wherever it is named
    return None


#: What one bears (背 bēi, "to shoulder"): blame, debt, a responsibility.
_BORNE = ("责任", "黑锅", "骂名", "罪名", "债", "锅")


def _jiang(text: str, i: int) -> str | None:
    """降 "fall, lower" jiàng before 了/低/温/价/到 (降了, 降到); xiáng "surrender" is in
    words (投降)."""
    return "jiang4" if _at(text, i + 1) in set("了低温价到下落") else None


def _huan(text: str, i: int) -> str | None:
    """还 before what is given back or where it goes (还给, 还钱, 还书, 还回去) is huán, and so
    is 还 ending a clause (书还没还。) or before 了 and what was returned (车还了。,
    还了一本书): the adverb hái never does (还了解 is hái + 了解)."""
    nxt = _at(text, i + 1)
    if nxt == "给" and _for_someone(text, i + 2):
        return "hai2"  # 还给我们倒了茶: 还 "also" + 给 "for" whom the verb after is done
    if nxt in set("给钱书债款清回乡") or not _is_han(nxt):
        return "huan2"  # (还乡: returning home)
    if nxt in set("图钥伞") and not _for_someone(text, i + 1):
        return "huan2"  # 还图书馆, 还钥匙, 还伞: to where or what is given back
    if nxt == "完" and _at(text, i + 2) not in set("成全善整美毕"):
        return "huan2"  # 把贷款还完: paid back in full (还完成 is hái + 完成)
    after = _at(text, i + 2)
    if nxt == "了" and (not _is_han(after) or after in set("钱书一他她我你吗呢吧没")):
        return "huan2"
    if nxt in _PRONOUN_CHARS and _at(text, i + 2 + (after == "们")) in set("钱书债本东"):
        return "huan2"  # 还我书, 还你钱: give back to whom, then what
    if nxt in _PRONOUN_CHARS and _ends_clause(text, i + 1 + (after == "们")):
        return "huan2"  # 什么时候还我？: the adverb hái never ends a clause after its pronoun
    return None


def _for_someone(text: str, i: int) -> bool:
    """A pronoun at ``i`` and a verb right after it (我们 + 倒, 他 + 做): 给 before them is
    "for", not the "to" of giving back (还给我们一本书, 还给我。)."""
    from flashcards.compounds import jieba_tag

    if _at(text, i) not in _PRONOUN_CHARS:
        return False
    verb = _at(text, i + 1 + (_at(text, i + 1) == "们"))
    return _is_han(verb) and jieba_tag(verb).startswith("v")


def _graded(text: str, i: int) -> bool:
    """A degree adverb stands right before (很长, 有点长, 有点儿难): what follows is an adjective."""
    return _at(text, i - 1) in _DEGREE or text[max(0, i - 2):i] in ("有点", "有些") or text[max(0, i - 3):i] == "有点儿"


def _chang(text: str, i: int) -> str | None:
    """长 after a degree adverb (很长, 太长, 有点长) is the adjective cháng; before 得 or a
    result of growing (长得很高, 长出, 长高, 长胖) or 着 (长着一双大眼睛) the verb zhǎng "grow"."""
    if _graded(text, i):
        return "chang2"
    if _at(text, i + 1) == "着" and _at(text, i + 2) != "呢":
        return "zhang3"  # 长着一双大眼睛 "has (grown)"; 路还长着呢 is cháng
    if _at(text, i + 1) == "了" and _at(text, i + 2) in _COUNT and _rest_of_clause(text, i + 2)[:1] not in set("点些倍"):
        return "zhang3"  # 长了一个痘痘: what grew, counted; 长了一点 "got a bit longer" is cháng
    if _at(text, i + 1) == "了" and text[i + 2:i + 4] in ("不少", "很多", "好多"):
        return "zhang3"  # 孩子长了不少: grew a lot
    if _clause_before(text, i)[-2:] in ("脸上", "身上", "头上", "树上", "地上", "腿上", "手上"):
        return "zhang3"  # 脸上长痘: what grows on a place; cháng describes, never follows 上
    return "zhang3" if _at(text, i + 1) in set("得出高胖矮壮") else None


def _cha(text: str, i: int) -> str | None:
    """差 after a degree adverb (太差, 很差) is the adjective "poor" chà, and so is the verb
    "short of" before the amount missing, after its subject or an adverb or leading the
    clause (还差十块钱, 就差一步, 差5分钟八点); after a noun, 差 before a number is the
    difference chā (高差247米, 温差10度)."""
    if _graded(text, i):
        return "cha4"
    before = _at(text, i - 1)
    if _at(text, i + 1) in _COUNT and (before in _BEFORE_SHORT or not _is_han(before)):
        return "cha4"
    if _at(text, i + 1) in set("的了得极死劲") and _is_han(before):
        return "cha4"  # 身体差的人, 成绩差了: poor (the difference chā is counted, not described)
    return None


#: What stands before 差 "short of" chà: its subject or an adverb (我差, 还差, 就差).
_BEFORE_SHORT = _PRONOUN_CHARS | frozenset("们还就只才也都快正")


def _jiao_sleep(text: str, i: int) -> str | None:
    """觉 as the object of sleeping (睡了一个好觉, 午觉, 睡了三个小时的觉) is jiào."""
    if _at(text, i - 1) in set("睡个好午一"):
        return "jiao4"
    return "jiao4" if "睡" in _clause_before(text, i) else None


def _jiao_teach(text: str, i: int) -> str | None:
    """教 before whom or what is taught (教我们, 教汉语, 教语文, 教书) is the verb jiāo."""
    nxt = _at(text, i + 1)
    if nxt in set("人我你他她"):
        felt = text[i + 2 + (_at(text, i + 2) in set("们家")):]
        if felt.startswith(("难过", "伤心", "高兴", "生气", "失望", "感动", "害怕", "担心", "着急", "心疼", "吃惊",
                            "佩服", "羡慕", "为难", "难受", "放心", "头疼")):
            return "jiao4"  # 真教人难过: makes one feel (the causative, as 叫)
    taught = set("我你他她大书汉英中日法数音画生孩小了过着语物历体美得")  # 教得很好: how one teaches
    return "jiao1" if nxt in taught else None


def _shu(text: str, i: int) -> str | None:
    """数 before a numeral is "several" shù (数十年); the verb "count" shǔ before what is
    counted, a complement or an aspect marker (数钱, 数一数, 数了数, 数了一遍, 数一下,
    数到三, 数不清)."""
    nxt = _at(text, i + 1)
    if _at(text, i - 1) in set("个这那") and nxt not in set("一了过着"):
        return "shu4"  # 这个数你算错了: a number, counted
    if nxt in set("钱不着过得完清到了第最") or nxt in _PRONOUN_CHARS:
        return "shu3"  # 数钱, 数到十, 数了数, 数第一: counting, or ranking (数他最高, 全班数他最高)
    if nxt == "一" and _at(text, i + 2) in set("数下遍"):  # 数一数, 数一下, 数一遍
        return "shu3"
    if _at(text, i - 1) in _PRONOUN_CHARS or _at(text, i - 1) in set("在正"):
        return "shu3"  # a person counts (你数), or is counting (在数星星): a number follows 个
    if nxt in set("十百千万亿"):
        return "shu4"
    return None


#: What happens through a while, counted by 场 cháng (一场大雨, 一场病); games and shows take chǎng.
_EVENTS = ("雨", "雪", "病", "疾风", "骤雨", "暴风", "狂风", "战争", "战斗", "灾", "梦", "风", "误会", "误解", "官司", "架", "火", "虚惊", "噩梦",
           "革命", "浩劫", "危机", "冰雹", "洪水", "悲剧", "恶战", "大战", "事故", "车祸", "地震", "斗争", "考验")


def _chang_event(text: str, i: int) -> str | None:
    """场 counting an event after a numeral or demonstrative is cháng (一场大雨, 这场病,
    一场误会; XHC: 用于事情的经过); before a game, a show or a place it is the dictionary's chǎng."""
    if _at(text, i - 1) not in set("一两几这那每") and not _at(text, i - 1).isdigit():
        return None
    rest = _rest_of_clause(text, i, 10)
    head = rest.lstrip("大小")
    described = rest.split("的", 1)[1] if "的" in rest[:6] else ""  # 一场悲惨的事故
    return "chang2" if head.startswith(_EVENTS) or described.startswith(_EVENTS) else None


def _dai_stay(text: str, i: int) -> str | None:
    """待 "to stay" dāi after 在 + a place or before 在/着/了 + how long (在家待了一天, 待在家里,
    多待一会儿); "to treat" dài before whom (待人, 待客) is the dictionary's."""
    after = _at(text, i + 1)
    how_long = after in set("一两几") or after == "了" and _at(text, i + 2) in set("一两几三四五六七八九十半")
    placed = "在" in _clause_before(text, i, 6) and after in ("了", "", "。")
    return "dai1" if after in set("在着") or how_long or placed else None


def _qie_cut(text: str, i: int) -> str | None:
    """切 "to cut" qiē before what is cut or a result (切菜, 切肉, 切成片, 切开); qiè "close to"
    lives in words (一切, 亲切, 切实)."""
    return "qie1" if _at(text, i + 1) in set("菜肉片块丝成开好了断碎瓜果面下蛋葱胃除掉") else None  # 切胃手术


def _lei(text: str, i: int) -> str | None:
    """累 "tired" lèi after a degree adverb or a negation, before 死/坏/了/得/极/着 or closing the
    clause (累死了, 太累, 累了); lěi "to accumulate" lives in words (积累, 累计)."""
    before, after = _at(text, i - 1), _at(text, i + 1)
    if before in _DEGREE or before in set("不别也都又太好") or after in set("死坏了得极着垮趴"):
        return "lei4"
    return "lei4" if not _is_han(after) and before not in set("积连劳拖牵") else None


def _zang(text: str, i: int) -> str | None:
    """脏 after a degree adverb, before 了/的 or before what is dirty (脏手, 脏水) is "dirty"
    zāng (内脏 zàng is a word)."""
    if _at(text, i - 1) in _DEGREE or _at(text, i + 1) in set("了的得衣话东兮手水鞋袜脚脸碗"):
        return "zang1"  # 脏得不能用: how dirty (an organ takes no complement)
    if _at(text, i - 1) in set("弄搞变沾"):
        return "zang1"  # 弄脏裤子: made dirty
    if "又" in (_at(text, i - 1), _at(text, i + 1)):  # 又脏又破, 又破又脏: adjectives coordinated
        return "zang1"
    ends = not _is_han(_at(text, i + 1)) and _at(text, i - 1) not in set("心内肝肾五脾肺")
    if text[max(i - 2, 0):i] in ("有点", "有些", "一点") or ends:
        return "zang1"  # 有点脏, 衣服脏。: the organ zàng lives in words (心脏, 内脏)
    return None


def _de_complement(text: str, i: int) -> str | None:
    """得 between a verb or adjective and a degree word (累得, 跑得很快) is de."""
    nxt = _at(text, i + 1)
    if _at(text, i - 1) in set("分获赢赚取求值") and (text[i + 1:i + 3] == "多少" or nxt in _COUNT - {"多"}):
        return "de2"  # 他分得多少？, 赢得一百万: what is got, counted
    if _is_han(_at(text, i - 1)) and nxt in _DEGREE | set("不要多好快慢"):
        return "de5"
    if nxt == "了" and _potential_liao(text, i + 1):
        return "de5"  # 吃得了吗 chī de liǎo
    return None


#: What may follow a potential complement 得了/不了 liǎo (吃得了吗, 做不了这么多).
_AFTER_POTENTIAL = frozenset("吗呢吧啊这那")


def _potential_liao(text: str, i: int) -> bool:
    """Whether 了 at ``i`` is liǎo "able to (finish)": after a one-character verb + 得/不
    (吃得了, 去不了) at the end of a clause or before a question particle. Not after a
    pronoun (他得了 dé le) nor before what is obtained (考试得了一百分)."""
    from flashcards.compounds import jieba_tag

    verb = _at(text, i - 2)
    return (
        _at(text, i - 1) in ("得", "不") and _is_han(verb) and verb not in _PRONOUN_CHARS
        and jieba_tag(verb).startswith("v") and (_ends_clause(text, i) or _at(text, i + 1) in _AFTER_POTENTIAL)
    )


def _liao(text: str, i: int) -> str | None:
    """了 liǎo in a potential complement (吃得了吗), see ``_potential_liao``."""
    return "liao3" if _potential_liao(text, i) else None


def _dao_mei(text: str, i: int) -> str | None:
    """倒 of 倒霉 "to have bad luck" dǎo, also with 了 or what is had between (倒了血霉, 倒大霉);
    dǎo "to fall" too where 倒了 closes the clause, dào "to pour out" if 把 comes before (那棵树倒了;
    把水倒了)."""
    if "霉" in text[i + 1 : i + 4] and "霉" in _rest_of_clause(text, i):
        return "dao3"
    if _at(text, i - 1) in set("吹推撞摔踢砍碰压跌绊累病晕刮放扳打栽醉冻饿击撂滑震") and _at(text, i + 1) in set("了在下的"):
        return "dao3"  # 把树吹倒了: the fall a verb brought about (把水倒了 is dào, no verb before)
    if re.match(r"了?(?:[一两二三四五六七八九几]+[次趟])?(?:公交|地铁|火车|汽车)|了?[一两二三四五六七八九几]+[次趟]车", _rest_of_clause(text, i)):
        return "dao3"  # 倒两次车, 倒地铁: changing trains or buses
    nxt = _at(text, i + 1)
    if _at(text, i - 1) == "得" and _is_han(nxt) or nxt in set("也挺还真蛮") or text[i + 1:i + 3] in ("不如", "不是", "不错", "不难", "不坏"):
        return "dao4"  # 说得倒容易, 倒也, 倒不如: "on the contrary", an adverb before what it turns
    closes = nxt == "了" and not _is_han(_at(text, i + 2))
    if nxt == "了" and "树" in text[:i] and re.match(r"了[好几一两三四五六七八九十]+[棵颗]", text[i + 1:]):
        return "dao3"  # 树倒了好几棵: trees fell, counted
    if not closes:
        return None
    return "dao4" if re.search("[把将]", _clause_before(text, i, 12)) else "dao3"  # 把水倒了: poured out


def _wei_phone(text: str, i: int) -> str | None:
    """喂 opening a phone call (喂，你好，请问是王老师吗？) is wéi; "hey" and "to feed" are wèi."""
    if _at(text, i + 1) in ("，", ",", "？", "?") and any(w in text for w in _ON_THE_PHONE):
        return "wei2"
    return None


_ON_THE_PHONE = ("你好", "您好", "请问", "听得见", "听见", "在吗", "是我", "哪位", "电话", "信号")


def _da_dozen(text: str, i: int) -> str | None:
    """打 counted and before what comes by the dozen (两打鸡蛋, 一打铅笔) is dá "dozen"."""
    if _at(text, i - 1) in set("一两二三四五六七八九十几半") and _at(text, i + 1) in set("鸡铅啤毛袜笔蛋玫"):
        return "da2"
    return None


def _ya_run_over(text: str, i: int) -> str | None:
    """轧 "run over" yà after 被/给/车 or before what it does (被马车轧得快死, 轧死, 轧伤);
    zhá "to roll (steel)" is a mill's word (轧钢)."""
    if _at(text, i - 1) in set("被给车叫让") or _at(text, i + 1) in set("死伤断过坏扁"):
        return "ya4"
    return None


def _ye_question(text: str, i: int) -> str | None:
    """耶 closing a classical question (不幸否耶？, 是耶非耶) is yé; yē is the phonetic of 耶稣."""
    return "ye2" if _at(text, i + 1) in set("？?！!") or _at(text, i - 1) in set("否乎邪") else None


def _lou_show(text: str, i: int) -> str | None:
    """露 "to show, stick out" lòu in speech before where or how (脚露在外面, 露着, 露了一手);
    lù is the dew and the written words (露水, 暴露, 揭露)."""
    return "lou4" if _at(text, i + 1) in set("在着了") else None


def _la_particle(text: str, i: int) -> str | None:
    """啦 closing a clause (成了青蛙啦？, 好啦！) is the particle la (了 + 啊)."""
    # (哆啦A梦, 迷你哆啦: a name's lā; 哗啦, 呼啦: a sound's)
    before = _at(text, i - 1)
    return "la5" if _ends_clause(text, i) and _is_han(before) and before not in "哆卡拉啦呼哗噼" else None


def _zhi(text: str, i: int) -> str | None:
    """只 after a numeral or demonstrative is the measure word zhī (一只猫, 这只), and so
    after 有 before what is counted (从前有只老山羊; 有只能…, 只有, 只要 are zhǐ)."""
    prev = _at(text, i - 1)
    if prev == "有" and _at(text, i + 1) not in set("有能要是好不会怕管得见") and _is_han(_at(text, i + 1)):
        return "zhi1"
    return "zhi1" if prev in _COUNT or prev in _DEMONSTRATIVE else None


def _dang(text: str, i: int) -> str | None:
    """当 "treat as" dàng in 当 + pronoun + 是/作/成 (我当他是朋友), and after 把 and what is
    treated (别把我当孩子, 把他当朋友): 当 "when; serve as" dāng takes no 把 object."""
    if _at(text, i + 1) in _PRONOUN_CHARS and _at(text, i + 2) in set("是作成"):
        return "dang4"
    before = _clause_before(text, i, 6)
    if "把" in before[:-1] and _is_han(_at(text, i + 1)):
        return "dang4"
    return None


def _jie_fruit(text: str, i: int) -> str | None:
    """结 "bear (fruit)" jiē before 了/满/出/着 and the fruit further on (树上结了很多果子,
    结满了葡萄); jié "tie, knot" (结了婚, 打结) otherwise."""
    fruit = any(f in _rest_of_clause(text, i) for f in ("果", "瓜", "籽", "葡萄", "桃", "梨", "苹果", "橘子", "枣"))
    if _at(text, i + 1) in set("了满出着") and fruit:
        return "jie1"
    if fruit and "树" in text[:i]:
        return "jie1"  # 这棵苹果树每年都结很多苹果: a tree before, its fruit after
    return None


def _yan_swallow(text: str, i: int) -> str | None:
    """咽 "swallow" yàn before 了/下/不/着 or a mouthful (咽了一口饭, 咽不下); the pharynx
    yān is in words (咽喉, 咽炎)."""
    return "yan4" if _at(text, i + 1) in set("了下不着一口") else None


def _tiao(text: str, i: int) -> str | None:
    """挑 "choose, carry on a pole" tiāo before 了/选/一/水/担 or a direction (挑了一个, 挑出,
    挑进); tiǎo "stir up" is in words (挑战, 挑起)."""
    return "tiao1" if _at(text, i + 1) in set("了选一水担着入进出回") else None


def _cheng(text: str, i: int) -> str | None:
    """盛 "fill (a bowl)" chéng before what is served or 了/满 (盛了一碗饭, 盛米饭, 盛汤)."""
    # (or before a bowlful: 给我盛一碗米饭, 盛两勺)
    nxt = _at(text, i + 1)
    return "cheng2" if nxt in set("饭汤了满米菜粥") or nxt in set("一两半") and _at(text, i + 2) in set("碗勺盘杯锅") else None


#: What one carries and leaves behind (手机落在出租车上): 落 before 在/下 then is là.
_CARRIED = ("手机", "钥匙", "包", "钱包", "东西", "书", "伞", "雨伞", "作业", "衣服", "帽子", "眼镜", "证件", "护照", "电脑", "本子")


def _la_left(text: str, i: int) -> str | None:
    """落 "to leave behind" là before 在 or 下 when a thing one carries (or 把) comes before in
    its clause (我把手机落在出租车上了, 钥匙落在家里); what falls (树叶落在地上) is luò."""
    if _at(text, i + 1) not in ("在", "下"):
        return None
    before = _clause_before(text, i, 12)
    return "la4" if "把" in before or any(thing in before for thing in _CARRIED) else None


def _zhuan(text: str, i: int) -> str | None:
    """转 "go round" zhuàn reduplicated, before 圈 or spinning fast or slow (转一转, 转转,
    转圈, 轮子转得很快)."""
    nxt = _at(text, i + 1)
    if nxt == "圈" or nxt == "转" or nxt == "一" and _at(text, i + 2) == "转" or _at(text, i - 1) == "转":
        return "zhuan4"
    if re.match(r"了?[一两二三四五六七八九几]转", text[i + 1:i + 4]) or (
            _at(text, i - 1) in set("一两二三四五六七八九几") and "转" in text[max(0, i - 4):i - 1]):
        return "zhuan4"  # 转了两转 (骆驼祥子): turns counted by 转 itself, both of them
    if nxt in set("了过一") and any(w in _rest_of_clause(text, i + 1, 5) for w in ("圈", "来回")):
        return "zhuan4"  # 转了一圈, 转过两圈: rounds counted
    if nxt == "了" and _rest_of_clause(text, i + 1, 5).startswith(("一整天", "一天", "半天", "一上午", "一下午", "一晚上", "好几天", "一会儿", "几天")):
        return "zhuan4"  # 在城里转了一整天: strolling round for a while
    if nxt == "得" and _at(text, i + 2) in _DEGREE | set("快慢飞"):
        return "zhuan4"
    if _ends_clause(text, i) and re.search("绕|围着|围绕|不停地|一直", _clause_before(text, i, 12)):
        return "zhuan4"  # 地球绕着太阳转。: going round, the clause ending on it
    return None


_FOR_SOMEONE = (
    "服务", "工作", "努力", "奋斗", "担心", "高兴", "着想", "操心", "骄傲", "难过", "付出",
)


def _yi_before(clause: str) -> bool:
    """The clause holds the 以 of 以…为 "take … as" (以公司为家), not the 以 of 可以, 所以,
    以后 or 以前."""
    return any(
        ch == "以" and clause[k - 1 : k] not in set("可所难足得予加") and clause[k + 1 : k + 2] not in set("后前来上下外内及便免")
        for k, ch in enumerate(clause)
    )


def _wei(text: str, i: int) -> str | None:
    """为 "for" wèi before a person or 这/那 (他为我高兴, 为这件事), except after the verbs
    that take 为 "as" wéi (以…为, 选…为, 称…为)."""
    if _at(text, i - 1) in set("以选称视作成认被") or _yi_before(_clause_before(text, i)):
        return None
    if _at(text, i + 1) in _PRONOUN_CHARS | set("这那大国家孩父母朋妈爸儿女"):
        return "wei4"
    if text[i + 1 : i + 3] in ("人民", "人们", "别人", "他人"):
        return "wei4"  # 为人民服务; bare 为人 is the word wéirén "conduct oneself" (他为人很好)
    # 他为公司工作了十年: what is done for someone follows them in the clause.
    rest = _rest_of_clause(text, i)
    return "wei4" if any(w in rest for w in _FOR_SOMEONE) else None


def _nan(text: str, i: int) -> str | None:
    """难 "disaster" nàn after 有/遭/受/落/逃/避/遇/救 (and 了) or 一 at the end of a clause
    (国家有难，, 他们遭了难。, 逃过一难)."""
    if _graded(text, i):
        return "nan2"  # 有点儿难: difficult (the model hears 有 … 难 "in distress")
    before = _at(text, i - 2) if _at(text, i - 1) == "了" else _at(text, i - 1)  # 遭了难
    if before in set("有遭受落逃避遇救一") and not _is_han(_at(text, i + 1)):
        return "nan4"  # (逃过了一难: a disaster, counted)
    if before in set("在于") and _at(text, i + 1) in set("中里时"):
        return "nan4"  # 在难中帮了我: in distress
    return None


def _kong(text: str, i: int) -> str | None:
    """空 "free time" kòng after 没/抽/得/腾 or before 儿 (我没空, 空儿), after 有 ending a
    clause (我今天没有空。); "leave empty" kòng before 出 (空出一行). The adjective kōng
    "empty" (天空, 空着手) is in words or before a noun."""
    if _at(text, i - 1) in set("没抽得腾") or _at(text, i + 1) in set("儿出"):
        return "kong4"
    if _at(text, i + 1) == "着" and not _is_han(_at(text, i + 2)) and any(
            seat in _clause_before(text, i, 12) for seat in ("座位", "位子", "座", "床位", "车位", "位置")):
        return "kong4"  # 座位空着。: a seat left unoccupied (空着手 kōng: empty-handed)
    if text[max(0, i - 2):i] in ("一点", "点儿") or text[i + 1:i + 3] in ("都没", "也没"):
        return "kong4"  # 一点空都没有: not the least free time
    return "kong4" if _at(text, i - 1) == "有" and _ends_clause(text, i) else None


#: Verbs 重 "again" chóng goes before on its own (重说一遍, 重录旁白): doing a thing over.
_REDONE = frozenset("说写做读唱画录拍演印装修建考算来选排洗煮播")


def _zhong_heavy(text: str, i: int) -> str | None:
    """重 after a degree adverb (太重, 很重) is the adjective "heavy" zhòng; chóng "again"
    is an adverb before a verb, never after 很/太: before a verb of doing (重说, 重写, 重录)
    it is chóng."""
    if _at(text, i - 1) in _DEGREE:
        return "zhong4"
    return "chong2" if _at(text, i + 1) in _REDONE or _at(text, i + 1) == "又" else None  # 重又闭上: once again


def _ends_clause(text: str, i: int) -> bool:
    """Punctuation or the end of the sentence follows (a number or a Latin word does not end
    it: 将11月28日作为…)."""
    return not _at(text, i + 1).isalnum()


def _general(text: str, i: int) -> str | None:
    """将 ending a clause is the noun "general" jiàng (魏将，): the adverb and preposition
    jiāng (将要, 将书放下) always come before what they govern."""
    return "jiang4" if _ends_clause(text, i) else None


def _xiang_noun(text: str, i: int) -> str | None:
    """相 ending a clause is the noun xiàng (looks; a minister: 国相、): xiāng "each
    other" always comes before its verb (相信, 相见)."""
    return "xiang4" if _ends_clause(text, i) else None


def _sa(text: str, i: int) -> str | None:
    """撒 "sprinkle, scatter" sǎ before where it lands (撒上盐, 撒在地上, 撒满); sā
    "let go" is in words (撒谎, 撒娇, 撒手) and before 了 (撒了谎)."""
    if _at(text, i + 1) in set("上在下满进到入于向"):
        return "sa3"
    return "sa3" if text[i + 1 : i + 4] in ("了一地", "了满地") else None  # 西瓜撒了一地: spilt


def _feng(text: str, i: int) -> str | None:
    """缝 "sew" féng before a complement or aspect marker (缝好, 缝上, 缝在, 缝了, 缝起来);
    the noun "seam, crack" fèng is after 的/条/道 or in words (门缝, 裂缝)."""
    return "feng2" if _at(text, i + 1) in set("好上在于了着起成补制") else None


def _ding(text: str, i: int) -> str | None:
    """钉 "to nail" dìng before where or how (钉在墙上, 钉上, 钉住, 钉牢); the noun "nail"
    dīng otherwise (一颗钉, 钉子)."""
    if _at(text, i + 1) in set("上在进到入于好住牢死"):
        return "ding4"
    # 钉了几块木板: nailing, the boards counted after (not 一颗钉了, no count before)
    return "ding4" if _at(text, i + 1) == "了" and _at(text, i + 2) in _COUNT else None


def _pu(text: str, i: int) -> str | None:
    """铺 "spread, lay" pū before where or how (铺上, 铺在, 铺满, 铺开, 铺好); the noun pù
    (shop, bunk) is in words (店铺, 床铺) or stands alone."""
    return "pu1" if _at(text, i + 1) in set("上在满开好成着些了") else None


def _hua(text: str, i: int) -> str | None:
    """划 "row, paddle" huá before the boat or the water (划船, 划桨, 划水); huà "plan,
    divide" is in words (计划, 划分)."""
    if _at(text, i + 1) in set("船桨水行"):
        return "hua2"
    if re.search("船|桨|筏", _clause_before(text, i, 8)):
        return "hua2"  # 把船划到前面 (边城): the boat rowed
    # 划了几道口子, 划破: a cut or a scratch (划分, 计划 are words)
    return "hua2" if any(w in _rest_of_clause(text, i) for w in ("口子", "伤口", "破", "一刀", "一道")) else None


def _cang(text: str, i: int) -> str | None:
    """藏 "hide, keep" cáng after 所 (所藏: 所 + verb) or before a complement or aspect
    marker (藏起来, 藏在, 藏着, 藏好); zàng (Tibet, scriptures) is a noun in words (西藏)."""
    return "cang2" if _at(text, i - 1) == "所" or _at(text, i + 1) in set("起在着了好进于") else None


def _zha(text: str, i: int) -> str | None:
    """炸 "deep-fry" zhá before what is fried or how long/how far (炸鸡, 炸鱼, 炸至金黄,
    炸熟, 炸透); zhà "explode" is in words (炸弹, 爆炸) and before 毁/死/伤/开."""
    after = _at(text, i + 1)
    if any(w in _rest_of_clause(text, i, 8) for w in ("车", "楼", "桥", "船", "房", "碉堡", "铁路", "坦克", "飞机", "金库", "大坝", "山", "墙")):
        return "zha4"  # 炸一辆面包车, 炸桥: blown up (fried things are food)
    if after in set("鸡鱼虾薯豆丸糕串酱至熟透酥脆黄") or after.isdigit() or after in set("一二三五十几片块"):
        return "zha2"  # (续炸3分钟, 炸几片: how long, how much is fried)
    return "zha2" if _at(text, i - 1) in set("续再复回煎") else None


def _yun(text: str, i: int) -> str | None:
    """晕 the noun "halo" yùn after 的 or a light's source (月晕, 光晕, 冰晕, 黑洞的晕) or
    before 中/里/圈; "dizzy" yūn before what makes one so or after 头/很 is the dictionary's."""
    before, after = _at(text, i - 1), _at(text, i + 1)
    if before in set("的月日光冰湿红") or after in set("中里圈轮"):
        return "yun4"
    return None


def _yue(text: str, i: int) -> str | None:
    """乐 "music" yuè before what belongs to music (乐评, 乐器, 乐曲, 乐队, 乐团, 乐谱, 乐坛,
    乐手); lè "glad" before a verb or ending a phrase (乐于, 很乐)."""
    after = _at(text, i + 1)
    if after in set("评器曲队团谱章坛手迷"):
        return "yue4"
    # The polyphone model hears 他乐了 as music: glad is what takes an aspect or a complement
    return "le4" if after in set("了着得坏呵") else None


def _zhan(text: str, i: int) -> str | None:
    """粘 "stick to" zhān before where it sticks (粘在, 粘上, 粘住, 粘满, 粘贴); nián
    "sticky" is the adjective (很粘, 粘性)."""
    return "zhan1" if _at(text, i + 1) in set("在上住到满于了贴成") else None


def _hong(text: str, i: int) -> str | None:
    """哄 "coax, soothe" hǒng before the person coaxed (哄孩子, 哄他睡觉); hōng "uproar"
    and hòng "horseplay" are in words (哄堂大笑, 起哄)."""
    return "hong3" if _at(text, i + 1) in _PRONOUN_CHARS | set("孩小人") else None


def _pao(text: str, i: int) -> str | None:
    """刨 "dig" páo before what comes up or is dug (刨出, 刨土, 刨坑, 刨根); bào "plane
    (wood)" is the tool and in words (刨子, 刨花)."""
    return "pao2" if _at(text, i + 1) in set("出开土地坑根了") else None


#: Verbs whose result 干 "dry" is (拭干 shìgān: not 干 gàn "trunk" or "do").
_DRYING = frozenset("拭擦晒烘晾烤吹抹沥揩风")
#: Things that get wet and dry (衣服还没干): 干 closing their clause is gān.
_WET_THINGS = ("衣服", "毛巾", "头发", "油漆", "地板", "墙", "裤子", "被子", "鞋", "袜子", "床单", "颜料", "墨", "伤口", "雨伞", "手")
#: Adverbs and modals before the verb 干 gàn "do" (再干点, 想干, 能干活); not 快/都, which
#: come before "dry" as often (快干了, 都干了).
_BEFORE_DOING = frozenset("再去来想肯敢别苦实蛮")
#: What follows the verb 干 gàn: a little, work, what (干点, 干活, 干什么, 干嘛, 干啥).
_AFTER_DOING = frozenset("点活什嘛啥")


def _gan(text: str, i: int) -> str | None:
    """干 after a degree adverb is the adjective gān "dry" (很干, 太干了); not after 好/够,
    where it is the verb gàn (这活儿好干 "easy to do"). Before whom a matter concerns and
    that matter, 干 "concern" is gān too (不干我的事, 干你什么事)."""
    if _at(text, i - 1) in _DEGREE - {"好", "够"} or _at(text, i - 1) in _DRYING:
        return "gan1"  # 很干; 拭干, 擦干, 晒干: dry as the result of wiping, sunning
    if _at(text, i + 1) in ("了", "") or not _is_han(_at(text, i + 1)):
        if any(thing in _clause_before(text, i, 12) for thing in _WET_THINGS):
            return "gan1"  # 衣服还没干, 毛巾已经干了: what gets dry
    if _at(text, i - 1) in _BEFORE_DOING or _at(text, i + 1) in _AFTER_DOING:
        return "gan4"  # 再干点别的, 想干什么, 干活, 干点: the verb "do"
    rest = _rest_of_clause(text, i)
    whom = 2 if rest[1:2] == "们" else 1
    if rest[:1] in _PRONOUN_CHARS and rest[whom:].startswith(("的事", "什么事", "啥事", "何事", "屁事")):
        return "gan1"
    return None


def _chu_along(text: str, i: int) -> str | None:
    """处 before 得/不 + how people get on (处得很好, 处不来) is the verb chǔ "to get along"."""
    nxt, after = _at(text, i + 1), _at(text, i + 2)
    if (nxt == "得" and after in set("很好来不挺还非")) or (nxt == "不" and after in set("来好")):
        return "chu3"
    return None


#: What 调 "adjust" tiáo brings a setting to (调小, 调高, 调好): 调 diào "transfer" goes to a place.
_TUNED = frozenset("小大高低亮暗慢快准匀")


#: What one adjusts (调音量, 请调一下温度): 调 before it is tiáo, not diào "to transfer".
_SETTINGS = ("音量", "声音", "温度", "亮度", "频道", "灯光", "角度", "焦距", "音调", "空调")


def _tiao_tune(text: str, i: int) -> str | None:
    """调 before the setting it brings about (把声音调小, 调高温度) or the setting it adjusts,
    also after 一下 (请调一下音量) is tiáo "to adjust"."""
    if _at(text, i + 1) in _TUNED:
        return "tiao2"
    rest = text[i + 1 : i + 5]
    rest = rest[2:] if rest.startswith("一下") else rest
    if _at(text, i + 1) in set("到成") and re.match(r"[到成][0-9０-９一二三四五六七八九十两几]+[度档格级]", text[i + 1:i + 8]):
        return "tiao2"  # 把空调调到二十六度: set to a setting
    return "tiao2" if rest.startswith(_SETTINGS) else None


def _shan(text: str, i: int) -> str | None:
    """扇 after a numeral or demonstrative is the measure word shàn (一扇门, 这扇窗); before
    an aspect marker, 风 or whom it strikes the verb shān "fan, slap" (扇了他一巴掌, 扇风)."""
    if _at(text, i - 1) in _COUNT or _at(text, i - 1) in _DEMONSTRATIVE:
        return "shan4"
    return "shan1" if _at(text, i + 1) in _PRONOUN_CHARS | set("了着过风耳巴") else None


def _zhong_hit(text: str, i: int) -> str | None:
    """中 "hit, win" zhòng before 了 and what hits (中了大奖, 中了病毒) or before 奖/毒/枪…
    (中奖, 中毒); 中 ending a clause is the locative zhōng (放到实验中了。), and 中了解 is
    zhōng + 了解 (在…中了解到)."""
    nxt, after = _at(text, i + 1), _at(text, i + 2)
    if nxt == "了" and after.isalnum() and after != "解" or nxt in set("奖毒彩弹暑枪标"):
        return "zhong4"
    return None


def _qia(text: str, i: int) -> str | None:
    """卡 "be stuck" qiǎ before 在/住 (鱼刺卡在喉咙里, 卡住了); not after a measure word,
    demonstrative, 的 or a person, where it is the noun kǎ "card" (这张卡在哪儿,
    我的卡在钱包里)."""
    if _at(text, i - 1) in _PRONOUN_CHARS | _DEMONSTRATIVE | set("张的"):
        return None
    return "qia3" if _at(text, i + 1) in set("在住") else None


def _sai(text: str, i: int) -> str | None:
    """塞 "stuff, stop up" sāi before a complement or 给 (塞住, 塞进, 塞满, 塞给); sài (边塞)
    and sè (堵塞) are in words."""
    # before what is stuffed in, counted or small (塞了一张纸条, 有塞小卡片, 塞钱) it is the
    # verb too; elsewhere alone it is as often a name's sài (塞尔, 塞西尔): the model decides
    return "sai1" if _at(text, i + 1) in set("住进满了到给在入小一张块些钱纸") or _at(text, i - 1) in set("里内中进") else None


def _ji_tie(text: str, i: int) -> str | None:
    """系 "tie, fasten" jì before a complement or what is tied (系好, 系上, 系紧, 系鞋带,
    系领带); xì "system, department" is in words (关系, 中文系)."""
    return "ji4" if _at(text, i + 1) in set("好上紧着鞋领扣围") else None


def _ben_toward(text: str, i: int) -> str | None:
    """奔 "head for, towards" bèn before a person or 着 (瓦片奔他脑袋飞来, 奔着目标去); bēn
    "rush" before a place or a direction word is in words (奔向, 奔跑, 奔驰)."""
    if _at(text, i + 1) in _PRONOUN_CHARS or _at(text, i + 1) == "着":
        return "ben4"
    # 直接奔医院去了: a place, then 去/来 closing the clause (奔向, 奔跑 are words)
    rest = _rest_of_clause(text, i)
    return "ben4" if re.match(r"^[\u4e00-\u9fff]{1,5}[去来](?:了)?$", rest[1:]) else None


def _he_shout(text: str, i: int) -> str | None:
    """喝 "shout" hè before an order or a cheer (喝令, 喝道, 喝彩, 喝斥, 喝止); hē "drink"
    otherwise."""
    return "he4" if _at(text, i + 1) in set("令道彩斥止问退") else None


def _zuan(text: str, i: int) -> str | None:
    """钻 the verb zuān "go into, bore, study hard" before where it goes (钻在书堆里, 钻进,
    钻到, 钻研); zuàn "a drill; a diamond" is the noun (电钻, 钻石, 钻戒)."""
    return "zuan1" if _at(text, i + 1) in set("在进到出过入研了来去") else None


def _chong_toward(text: str, i: int) -> str | None:
    """冲 "towards, at" chòng before a person (冲我笑, 冲他喊), and the adjective chòng
    "blunt, strong" after a degree adverb (说话很冲, 味道太冲); chōng "rush" otherwise."""
    return "chong4" if _at(text, i + 1) in _PRONOUN_CHARS or _at(text, i - 1) in _DEGREE else None


def _liang_measure(text: str, i: int) -> str | None:
    """量 as a verb, "to measure" liáng, before an aspect marker, a count of the act or what is
    measured (量了, 量一下, 量体温, 量身高); the noun "amount" liàng is in words (数量, 饭量)."""
    return "liang2" if _at(text, i + 1) in set("了一过着完体身血尺") else None


def _tan_play(text: str, i: int) -> str | None:
    """弹 "to play (strings)" tán before an instrument or what is played (弹钢琴, 弹吉他,
    弹琴, 弹奏), or after a modal or 在 (会弹, 在弹); dàn "bullet" is in words (子弹, 炸弹)."""
    if _at(text, i + 1) in set("钢吉琴奏曲地烟") or _at(text, i - 1) in set("会在爱想能"):
        return "tan2"  # (弹地, 弹烟灰: a flick; 一弹地 the rabbit's spring)
    return None


def _after_degree(reading: str) -> Callable[[str, int], str | None]:
    """The adjective reading after a degree adverb other than 好 (很卷 juǎn, 很横 hèng)."""

    def rule(text: str, i: int) -> str | None:
        return reading if _at(text, i - 1) in _DEGREE - {"好"} else None

    rule.__doc__ = f"{reading} after a degree adverb other than 好: the adjective."
    return rule


def _shao(text: str, i: int) -> str | None:
    """少 shǎo "few, less" after a negation, a degree adverb or 也/都/减/缺 (没少参与 "took no
    small part", 很少, 减少); shào "young" lives in words (少年, 少女), not alone."""
    if _at(text, i - 1) in _DEGREE | set("没不也都减缺稀至偏"):
        return "shao3"
    before = _at(text, i - 1)
    return "shao3" if not _is_han(_at(text, i + 1)) and _is_han(before) and before != "多" else None  # 墙纸少。: few (多少 is its word)


def _ying(text: str, i: int) -> str | None:
    """应 on its own: "answer, respond" yìng before 了/声/着/过 or ending a clause (他应了一声,
    没人应。), and "in response to" before an invitation or request (应朋友的邀请); before
    another verb the modal "should" yīng (你应早点休息, 学生应按时完成).
    The words (应该, 答应, 应用, 反应) are settled by the dictionary."""
    if _ends_clause(text, i) or _at(text, i + 1) in set("了声着过"):
        return "ying4"
    if any(w in _rest_of_clause(text, i, 12) for w in ("邀", "要求", "号召", "请求", "之约")):
        return "ying4"  # 应朋友的邀请, 应大家的要求: "in response to" before what is answered
    return "ying1" if _is_han(_at(text, i + 1)) else None


def _nong(text: str, i: int) -> str | None:
    """弄 "do, make" nòng (弄脏, 弄清楚, 晚饭我来弄); lòng "lane" only in an address: after a
    number or before 堂/号/社区 (593弄, 弄堂, 百福弄社区)."""
    lane = _at(text, i - 1) in set("小条") and _at(text, i + 1) in set("里口")  # 小弄里: in the lane
    if _at(text, i - 1).isdigit() or _at(text, i + 1) in set("堂号") or text[i + 1:i + 3] in ("社区", "小区") or lane:
        return "long4"
    return "nong4"  # 晚饭我来弄: the verb, wherever no address is written


def _jin(text: str, i: int) -> str | None:
    """尽 on its own is jìn "exhaust; all, entirely" (吃尽, 尽是, 尽最大努力, 尽得其传); jǐn
    "as far as possible" only leads 着/管/量/快/早/先/可 (尽着, 尽可能: mostly words)."""
    return "jin3" if _at(text, i + 1) in set("着管量快早先可") else "jin4"


def _o_particle(text: str, i: int) -> str | None:
    """哦 after a word is the sentence-final particle o, neutral tone (要小心哦！, 签名哦。);
    leading a clause it is an interjection (哦，是这样 ò), left to the model."""
    return "o5" if _is_han(_at(text, i - 1)) else None


#: What follows the aspect particle 过 (见过他, 去过两次, 吃过了, 听过的歌), never the
#: object of the verb 过 "to cross" (走过马路, 过桥).
_AFTER_GUO5 = frozenset("我你他她它您们了的吗呢吧一两几")
#: What one spends or celebrates: 过 before them is guò (过春节, 过生日).
_HOLIDAYS = frozenset("春节 生日 新年 周末 暑假 寒假 假期 日子 中秋 端午 圣诞 元旦 国庆".split())


#: Verbs of motion, after which 过 is the direction "across, past" guò (走过马路, 飞过大海).
_CROSSING = frozenset("走跑跳飞穿越游爬绕跨经传递转翻闪掠擦滑度渡挤冲闯涉通漂流划赶追驶开横迈跃蹚")


def _guo(text: str, i: int) -> str | None:
    """过 after a verb (its one or two characters before), before a pronoun, 了/的/a
    question particle, a count (一次, 两次) or the end of the clause is the experienced-action
    marker guo (我见过他, 喜欢过, 看过。): the verb 过 "to cross" there would need a place.
    After a verb that is no verb of motion, so it is before an object too (没有见过这样的,
    去过中国, 竖过旗子, 参加过亚运会): 过 "across" follows verbs of motion (走过马路, 穿越过)."""
    from flashcards.compounds import jieba_tag

    if text[i + 1:i + 3] in _HOLIDAYS or _at(text, i + 1) in ("节", "年") and not _is_han(_at(text, i + 2)):
        return "guo4"  # 过春节, 过生日, 过节: to spend, to celebrate
    if _at(text, i - 1) in set("没不") and re.match(r"多久|多长|几天|一会|不久|两天|几年|几分钟|半天", text[i + 1:]):
        return "guo4"  # 没过多久: before much time had passed
    two = jieba_tag(text[max(i - 2, 0):i]) if i >= 2 else ""
    if two and not two.startswith("v"):
        return None  # 一起过: the character before belongs to an adverb, no verb
    if not any(jieba_tag(text[max(i - n, 0):i]).startswith("v") for n in (1, 2) if i >= n):
        return None
    nxt = _at(text, i + 1)
    if nxt in _AFTER_GUO5 or not _is_han(nxt):
        return "guo5"
    verb = text[max(i - 2, 0):i] if jieba_tag(text[max(i - 2, 0):i]).startswith("v") else _at(text, i - 1)
    after_verb = jieba_tag(verb).startswith("v") and verb[-1] not in _CROSSING
    if _clause_before(text, i - len(verb))[-2:] in ("没", "没有") or _at(text, i - len(verb) - 1) == "没":
        return "guo5" if nxt not in "来去" else None  # 没爬过这么高的山: never climbed, not across
    return "guo5" if after_verb and nxt not in "来去" else None


def _ba(text: str, i: int) -> str | None:
    """罢 ending a sentence, or a clause after 的/了, is the particle ba, as 吧 (赶紧吃罢！,
    凶残的罢，); bà "to finish" ends a clause after its verb (说罢，他就走了), has what it ends
    after it (吃罢饭) or is inside a word (罢工)."""
    before, nxt = _at(text, i - 1), _at(text, i + 1)
    if not _is_han(before) or _is_han(nxt):
        return None
    return "ba5" if before in "的了" or nxt in "！？!?。" else None


#: Verbs 着 zháo completes: the aim reached (找着, 猜着, 买着, 够着), not their progress zhe.
_REACHED = frozenset("找猜买借摸够逮碰抓打见睡点烧")


def _zhao(text: str, i: int) -> str | None:
    """着 after a verb of aiming, alone or after its 不/得 (找着, 找不着, 睡得着), closing the
    clause or before 了 (才找着。, 猜着了) is the result zháo "reached, succeeded"; the aspect
    zhe has what goes on after it (找着东西呢 is rare and ambiguous, left to the model)."""
    before = _at(text, i - 1)
    if before in set("不得") and _at(text, i - 2) in _REACHED:
        return "zhao2"  # 睡不着, 找不着: whether the aim can be reached
    if before in _REACHED and (_ends_clause(text, i) or _at(text, i + 1) == "了"):
        return "zhao2"
    if _at(text, i + 1) == "了" and not _is_han(_at(text, i + 2)) and "火" in _clause_before(text, i, 10):
        return "zhao2"  # 火终于着了: the fire caught
    if before in set("刚才") and _ends_clause(text, i):
        return "zhao2"  # 孩子刚着, 柴火半天才着: just asleep, caught at last (no aspect ends a clause)
    return None


def _hang(text: str, i: int) -> str | None:
    """行 counted is the measure word for lines háng: after a numeral that 这/那/每/第 opens
    (这一行, 第三行) or before what is in the lines (两行字); a party counted (一行五人, 一行人)
    is in the word 一行 yīxíng."""
    if _at(text, i - 1) == "成" and _at(text, i - 2) == "排":
        return "hang2"  # 排成行: lined up in rows (成行 chéngxíng "set out" has no 排)
    if _at(text, i - 1) in _COUNT and text[max(0, i - 3):i - 1] in ("排成", "站成", "分成", "写成", "排了", "站了"):
        return "hang2"  # 排成两行: into rows, counted
    if _at(text, i - 1) not in _COUNT:
        return None
    j = i - 1
    while j > 0 and _at(text, j - 1) in _COUNT:
        j -= 1  # back over the whole number (第200行, 这三十行)
    if _at(text, j - 1) in _DEMONSTRATIVE or _at(text, j - 1) == "第":
        return "hang2"
    nxt = _at(text, i + 1)
    return "hang2" if _is_han(nxt) and nxt != "人" and nxt not in _NUMERAL else None


def _de_adverbial(text: str, i: int) -> str | None:
    """地 after a doubled adverb or adjective is the particle de (慢慢地, 高高兴兴地), also
    where jieba's dictionary glued it to the verb (慢慢 + 地走了: an entry of its own)."""
    return "de5" if _is_han(_at(text, i - 1)) and _at(text, i - 1) == _at(text, i - 2) else None


def _dai_catch(text: str, i: int) -> str | None:
    """逮 "catch" is dǎi before its result or an aspect marker (逮住, 逮着, 逮到, 逮了个): the
    literary dài "reach" is in words (逮捕, 力有未逮)."""
    return "dai3" if _at(text, i + 1) in set("住着到了个") else None


def _long_cover(text: str, i: int) -> str | None:
    """笼 "envelop" is the verb lǒng before an aspect marker or 住 (笼着轻纱, Zhu Ziqing);
    the noun "cage" lóng is counted or owned (一个笼, 鸟笼)."""
    return "long3" if _at(text, i + 1) in set("着住了") else None


def _zhuang(text: str, i: int) -> str | None:
    """幢 after a count or demonstrative is the measure word for buildings zhuàng (5幢楼,
    这幢楼); chuáng "stone pillar" is a noun (经幢, 铁幢)."""
    return "zhuang4" if _at(text, i - 1) in _COUNT | _DEMONSTRATIVE else None


#: What stands before the verb 涌 yǒng as its subject or adverb (他们涌, 都涌了).
_BEFORE_VERB = _PRONOUN_CHARS | frozenset("们都也又还就在正已再才")


def _chong_stream(text: str, i: int) -> str | None:
    """涌 the verb "well up, surge" yǒng takes a direction or an aspect marker after it (涌进,
    涌向, 涌了过来) or is inside a word (汹涌, 泉涌); with nothing after it, or before 河, it is
    the noun chōng "river branch" of Cantonese place names (麻涌、, 乌涌, 鸭涌河)."""
    if _at(text, i - 1) in _BEFORE_VERB or not _is_han(_at(text, i - 1)):
        return None
    return "chong1" if _ends_clause(text, i) or _at(text, i + 1) == "河" else None


def _jing(text: str, i: int) -> str | None:
    """劲 "strong, powerful" jìng of wind (风劲, 劲风) and before a force or a rival (劲歌, 劲旅,
    劲敌, 劲骑, 劲兵); jìn "strength" is the noun (有劲, 使劲, 一股劲, 劲儿)."""
    if _at(text, i - 1) == "风" or _at(text, i + 1) in set("风歌旅敌骑兵"):
        return "jing4"
    return None


def _mei(text: str, i: int) -> str | None:
    """没 on its own is the negation méi (今天没昨天冷, 没去); mò "submerge" stands alone only
    before 入/顶 (没入水中, 没顶) or after water with what it covers (大水没了村子), and is
    otherwise inside words (淹没, 没收)."""
    if _at(text, i + 1) in ("入", "顶"):
        return None
    water = ("大水", "洪水", "河水", "海水", "江水", "湖水", "潮水", "积水", "雨水", "海浪", "浪")
    if _clause_before(text, i).endswith(water) and _at(text, i + 1) in ("了", "过") and _is_han(_at(text, i + 2)):
        return "mo4"  # 大水没了整个村子: water submerging what follows (水没了。 is méi)
    return "mei2"


def _shi_like(text: str, i: int) -> str | None:
    """似 before 的 is shì of 似的 "as if", also where the segmenter cut the two apart
    (飞也似 + 的); sì "seem" otherwise (似乎, 相似)."""
    return "shi4" if _at(text, i + 1) == "的" else None


CHAR_RULES: dict[str, Callable[[str, int], str | None]] = {
    "种": _zhong, "还": _huan, "长": _chang, "觉": _jiao_sleep, "教": _jiao_teach,
    "数": _shu, "脏": _zang, "累": _lei, "看": _kan_guard, "得": _de_complement, "背": _bei, "降": _jiang,
    "只": _zhi, "当": _dang, "挑": _tiao, "盛": _cheng, "落": _la_left, "待": _dai_stay, "切": _qie_cut, "转": _zhuan, "为": _wei,
    "难": _nan, "空": _kong, "罢": _ba,
    "重": _zhong_heavy, "差": _cha,
    "将": _general, "相": _xiang_noun, "撒": _sa, "缝": _feng, "钉": _ding, "铺": _pu,
    "划": _hua, "藏": _cang, "炸": _zha, "晕": _yun, "乐": _yue, "粘": _zhan, "哄": _hong, "刨": _pao,
    "干": _gan, "扇": _shan, "中": _zhong_hit, "卡": _qia, "塞": _sai, "系": _ji_tie,
    "似": _shi_like, "没": _mei, "过": _guo, "行": _hang, "应": _ying, "弄": _nong, "尽": _jin, "哦": _o_particle, "冲": _chong_toward, "卷": _after_degree("juan3"), "少": _shao, "幢": _zhuang, "逮": _dai_catch, "笼": _long_cover, "地": _de_adverbial, "结": _jie_fruit, "咽": _yan_swallow, "涌": _chong_stream, "劲": _jing, "横": _after_degree("heng4"),
    "处": _chu_along, "调": _tiao_tune, "了": _liao, "倒": _dao_mei, "场": _chang_event,
    "喂": _wei_phone, "打": _da_dozen, "啦": _la_particle, "露": _lou_show, "轧": _ya_run_over, "耶": _ye_question, "量": _liang_measure, "弹": _tan_play, "着": _zhao, "奔": _ben_toward, "喝": _he_shout, "钻": _zuan,
}


# --- deciding ------------------------------------------------------------------------------


def _uncertain(token: str, keys: Sequence[Key]) -> dict[int, tuple[str, ...]]:
    """Offsets in ``token`` where its readings differ in letters or tone, with the options."""
    out: dict[int, tuple[str, ...]] = {}
    for i in range(len(token)):
        options = tuple(dict.fromkeys(key[i] for key in keys))
        if len(options) > 1:
            out[i] = options
    return out


def _plan(tokens: Tokens):
    """Per token: a decided key, or the offsets still open (and the candidate keys);
    per open offset the readings allowed there, and those a character rule settles."""
    decided: list[Key | None] = []
    asks: dict[int, tuple[int, tuple[Key, ...] | None]] = {}  # token -> (start offset, keys)
    allowed: dict[int, tuple[str, ...]] = {}
    rule_only: set[int] = set()
    offset = 0
    for k, token in enumerate(tokens):
        start, offset = offset, offset + len(token)
        decided.append(None)
        found = _open(token)
        if found is None:
            continue
        keys, spots = found
        if keys is not None:
            rule = RULES.get(token)
            hint = rule(tokens, k) if rule else _neutral_after_degree(tokens, k, keys)
            if hint in keys:
                decided[k] = hint
                continue
        if spots:
            asks[k] = (start, keys)
            allowed.update({start + i: options for i, options in spots})
            if keys is not None and len(token) > 1:
                # In a word CC-CEDICT reads two ways (便宜 piányi/biànyí) pypinyin's phrase
                # reading is the everyday one; the model added nothing there on CPP dev and
                # overruled it wrongly in learners' sentences: character rules only.
                rule_only.update(start + i for i, _ in spots)
            elif keys is None:
                # A token CC-CEDICT lacks: inside its pieces that are words (应用 of 应用题)
                # the word's reading stands against the model; a character rule still reads
                # a piece otherwise (第 + 一行 with 行 counted: háng).
                rule_only.update(start + i for i in _inside_words(token))
    text = "".join(tokens)
    fixed = {}
    for off, options in allowed.items():
        rule = CHAR_RULES.get(text[off])
        # a doubled verb (教教我, 数数钱) is read as its second character is: what it takes follows that one
        at = off + 1 if text[off + 1:off + 2] == text[off] and off + 1 in allowed else off
        reading = rule(text, at) if rule else None
        if reading in options:
            fixed[off] = reading
    model = {o: r for o, r in allowed.items() if o not in fixed and o not in rule_only}
    return decided, asks, model, fixed


Spots = tuple[tuple[int, tuple[str, ...]], ...]  # (offset in the token, readings allowed there)


@lru_cache(maxsize=65536)  # the same for each of a word's occurrences: decided once per word
def _open(token: str) -> tuple[tuple[Key, ...] | None, Spots] | None:
    """What the dictionary leaves open in ``token`` wherever it stands: None for nothing (no
    hanzi, one reading); else its CC-CEDICT readings of its length (None for a word CC-CEDICT
    lacks, read character by character) and the offsets where readings differ."""
    from flashcards import lexicon

    if not _HAN.search(token):
        return None
    every = lexicon.reading_keys(token)
    if not every:
        spots = _composed_spots(token)
        return (None, spots) if spots else None
    keys = tuple(key for key in every if len(key) == len(token))
    if len(keys) < 2:
        return None
    return keys, tuple(_uncertain(token, keys).items())


@lru_cache(maxsize=65536)
def _inside_words(token: str) -> frozenset[int]:
    """Offsets of ``token`` (a word CC-CEDICT lacks) inside its pieces of two or more
    characters."""
    from flashcards import lexicon

    out, pos = set(), 0
    for piece in lexicon.pieces(token):
        if len(piece) > 1:
            out.update(range(pos, pos + len(piece)))
        pos += len(piece)
    return frozenset(out)


def _composed_spots(token: str) -> Spots:
    """A word CC-CEDICT lacks (阿尔代什, 重录): the model reads its polyphonic characters,
    each among its own readings; pieces that are words keep their reading in the lexicon."""
    from flashcards import lexicon

    default = lexicon.lookup(token).syllables
    if len(default) != len(token):
        return ()
    spots = []
    for i, ch in enumerate(token):
        options = tuple(dict.fromkeys(key[0] for key in lexicon.reading_keys(ch) if len(key) == 1))
        if len(options) > 1:
            spots.append((i, options))
    return tuple(spots)


#: The model overrules the dictionary's default reading only when at least this sure
#: (probability among the allowed readings). CPP balances each character's readings (20
#: sentences per character), everyday text does not, so a doubtful case keeps the
#: default: 0.9 costs 0.1 point on CPP dev against no threshold.
CONFIDENCE = 0.9
#: ...and this sure for a character off the HSK 3.0 character list (柏 in 柏培拉, 覃, 峒):
#: the default is pypinyin's most common reading, a weak guess for a rare character, whose
#: rare readings sit in names and classical text. On CPP dev 0.5 there gained 12 rows and
#: lost 2 against 0.9 (for HSK characters it gained 23 and lost 15, and in learners'
#: sentences it lost 给 gěi, 倒 dào, 都 dōu, 差 chà: those keep 0.9).
RARE_CONFIDENCE = 0.5


def _threshold(char: str) -> float:
    from flashcards import lexicon

    return CONFIDENCE if lexicon.char_level(char) is not None else RARE_CONFIDENCE


def _settle(tokens: Tokens, decided: list[Key | None], asks, fixed: dict[int, str],
            model: dict[int, tuple[str, float]]) -> tuple[Key | None, ...]:
    from flashcards import lexicon

    for k, (start, keys) in asks.items():
        token = tokens[k]
        default = tuple(s.lower() for s in lexicon.syllables(token))
        chosen: dict[int, str] = {}
        for i in range(len(token)):
            if start + i in fixed:
                chosen[i] = fixed[start + i]
            elif start + i in model:
                reading, p = model[start + i]
                same = len(default) == len(token) and default[i] == reading
                if same or p >= _threshold(token[i]):
                    chosen[i] = reading
        if not chosen:
            continue
        if keys is None:  # composed: the default reading with the characters decided here
            hint = tuple(chosen.get(i, s) for i, s in enumerate(default))
            decided[k] = hint if hint != default else None
            continue
        fits = [key for key in keys if all(key[i] == s for i, s in chosen.items())]
        if len(fits) == 1:
            decided[k] = fits[0]
        elif fits:
            # Some offsets only are settled (地道: di4 either way, dao4/dao5 open): the
            # lexicon's default among the readings that fit, else the first that fits.
            key = _key_of(lexicon.syllables(token), token)
            decided[k] = key if key in fits else fits[0]
    return tuple(decided)


def _key_of(syllables: tuple[str, ...], token: str) -> Key | None:
    from flashcards import lexicon

    for key in lexicon.reading_keys(token):
        if lexicon.syllables(token, key) == syllables:
            return key
    return None


def _syllables(tokens: Tokens, keys: tuple[Key | None, ...]) -> tuple[tuple[str, ...], ...]:
    from flashcards import lexicon

    return tuple(
        _proper(t, lexicon.syllables(t, key)) if _HAN.search(t) else (t,) for t, key in zip(tokens, keys)
    )


def _proper(token: str, syllables: tuple[str, ...]) -> tuple[str, ...]:
    """A foreign name CC-CEDICT lacks, composed character by character (奥楚蔑洛夫),
    capitalised as CC-CEDICT writes the names it has (普京 Pǔjīng): Àochǔmièluòfū. Not a
    surname + given name by its look alone (``compounds.looks_like_person``): it also takes
    高配 of 高配版; a person's name jieba's dictionary tags one (余振东, 孔乙己 nr) is one."""
    from flashcards.compounds import NAME_TAGS, is_name, jieba_tag, looks_transliterated

    if not syllables or not syllables[0][:1].islower():
        return syllables
    person = jieba_tag(token) in NAME_TAGS - {"ns"} and is_name(token)
    if person or looks_transliterated(token):
        return (syllables[0].capitalize(), *syllables[1:])
    return syllables


def readings_many(sentences: Sequence[Sequence[str]]) -> list[tuple[tuple[str, ...], ...]]:
    """:func:`sentence_readings` for many sentences, the model run in batches over them all."""
    return [syllables for _, syllables in _decide_many(sentences)]


def _decide_many(sentences: Sequence[Sequence[str]]):
    from flashcards import polyphone

    todo = [tuple(s) for s in dict.fromkeys(tuple(s) for s in sentences) if tuple(s) not in _cache]
    plans = [_plan(tokens) for tokens in todo]
    requests = [("".join(tokens), allowed) for tokens, (_, _, allowed, _) in zip(todo, plans)]
    # numpy and the model load only when some sentence has a character left open.
    picks = polyphone.choose(requests) if any(allowed for _, allowed in requests) else [{} for _ in todo]
    fresh = {}
    for tokens, (decided, asks, _, fixed), chosen in zip(todo, plans, picks):
        keys = _settle(tokens, decided, asks, fixed, chosen)
        fresh[tokens] = (keys, _syllables(tokens, keys))
    out = [fresh.get(t) or _cache[t] for t in map(tuple, sentences)]
    with _lock:  # bounded: a 20 MB text must not keep every sentence's readings
        if len(_cache) + len(fresh) > _CACHE_MAX:
            _cache.clear()
        if len(fresh) <= _CACHE_MAX:
            _cache.update(fresh)
    return out


def marks_many(sentences: Sequence[Sequence[str]]) -> list[list[str | None]]:
    """Per sentence, per token: its reading in context in tone marks, None for a token
    without hanzi (punctuation, numbers, Latin). The ``pinyin`` of ``analyze --json``.

    >>> marks_many([["我", "得", "走", "了", "。"]])
    [['wǒ', 'děi', 'zǒu', 'le', None]]
    """
    from flashcards.pinyin import to_marks

    return [
        [to_marks(syls) if _HAN.search(t) else None for t, syls in zip(tokens, found)]
        for tokens, found in zip(sentences, readings_many(sentences))
    ]


def _compute(tokens: Tokens):
    return _decide_many([tokens])[0]


def sentence_readings(tokens: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Numbered syllables for each token of a segmented sentence, read in context.

    A non-Chinese token comes back as a 1-tuple of itself, so ``len(result) == len(tokens)``.

    >>> sentence_readings(["他", "为了", "我", "得", "走"])[1:4:2]
    (('wei4', 'le5'), ('dei3',))
    """
    key = tuple(tokens)
    found = _cache.get(key)
    return found[1] if found else _compute(key)[1]


def sentence_keys(tokens: Sequence[str]) -> tuple[Key | None, ...]:
    """For each token, the reading decided in context (a :func:`flashcards.lexicon.lookup`
    hint), or None where the dictionary's default stands."""
    key = tuple(tokens)
    return (_cache.get(key) or _compute(key))[0]


def hint_in(word: str, tokens: Sequence[str]) -> Key | None:
    """The reading ``word`` takes at its first occurrence in ``tokens`` (a lookup hint), or
    None where the dictionary alone settles it or the word is not there."""
    key = tuple(tokens)
    if word not in key:
        return None
    found = _cache.get(key) or _compute(key)
    return found[0][key.index(word)]
