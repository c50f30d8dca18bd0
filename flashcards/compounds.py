"""Words, not accidents: transparent compounds and names, the tokens a learner does not study.

jieba's dictionary (and our CC-CEDICT merge) hands back many tokens that are not vocabulary:
一个, 这种, 很多, 不是, 坐在, 一定要, 第一次, 年轻人. Their parts are words a learner learns
and their meaning is the sum of the parts, so the *parts* are what to study and what a reader
must know. Names (诸葛亮, 刘备, 上海) are read, not learned. This module is the one home of
both facts; selection, known words and the analysis ask it.

**Transparent compound** (``parts``): a token of two or more hanzi that no HSK list (2.0,
3.0 or 2025) has as a word, and that splits into HSK words by one of these rules:

* numerals (二十), numeral + a one-character word (一个, 两本, 三天), or 第 + numeral (+ more: 第一次, 第三天);
* a verb reduplicated (看看, 看一看, 看了看, 休息休息), a measure word or unit doubled (天天);
  not a doubled verb CC-CEDICT lists with no verb sense (闪闪 "sparkling" is a word);
* 这/那/哪/每/各/某/几 + word (这种, 每天, 那个); a pronoun + a one-character verb or
  preposition (他用, 他在), or + a word jieba's dictionary lacks the pair of, which only CC-CEDICT
  has, as slang or literary (我去, 我等): in a sentence they are the pronoun and the verb;
* 很/不/没/更/太/最/挺/真/非常/特别/比较 or an adverb 也/都/还/就/又/再/只/才 + word
  (很多, 不是, 更好, 也是); 好/大/小/老/新/旧 or 有 + a word of two or more characters (好朋友, 有道理);
  多 + an adjective (多大, 多高);
* verb (jieba tags it ``v``) + 在/到/着/了/过/完/给 (坐在, 拿着, 吃了, 看完);
* verb + result or direction (看懂, 卖掉, 站起来), or + 得/不 + it (听得懂, 看不见, 找不到);
* a one-character verb + the word it takes, when CC-CEDICT's sense holds both halves' meanings
  (种树 "to plant trees", 点菜), or + the adjective it results in (弄脏), when the character's
  own first sense in that reading is a verb's; not 吃醋, nor 网红 (网 "net"), 下沉 (下 "down");
* a listed verb + 着 whose every sense is a participle (背着 "carrying on one's back"): even
  though an HSK list has it, a sentence's 背着 is 背 + 着; so is any verb + 着 CC-CEDICT lacks
  (怀着, 指着, 敞着), listed or not;
* noun (or place, time, measure word) + 里/上/边/外/中 (河里, 海上, 湖边, 门外), or a one-character
  noun on no list + those or 前, where CC-CEDICT lacks the pair (桌上, 桌前);
* a word of two or more characters + 要/会/能/是/有 (一定要, 特别是) or + 人/们 (年轻人,
  同学们) — unless the last two characters are a listed word the head lacks (毫不 + 理会, 美丽 + 动人);
* any token CC-CEDICT lacks that splits into HSK words at all: a free combination jieba's
  dictionary happens to hold (看过, 非常好) — CC-CEDICT's lexicographers did not find it a word;
  for study it is not cut through a name it holds (美国司法部 → 美国 + 司法部, not 美
  "beautiful" + 国 + 司法 + 部);
  jieba's idiom tag keeps a token whole unless it is two HSK words of two characters (防止出现).

A token on an HSK list is always a word (一定, 一些, 不过, 在于, 看到, 罢了 are studied): the
lists are where the lexicalised combinations live. A CC-CEDICT word that fits no rule keeps
its note (动能 "kinetic energy" is not 动 + 能; 对了 "by the way" is not 对 + 了).

**Name** (``is_name``): a token of two or more hanzi on no HSK list whose CC-CEDICT entries are
all proper nouns (capitalised readings: 诸葛亮, 上海), or which CC-CEDICT lacks and jieba's
dictionary tags as a person or place (nr, nrfg, nrt, ns) and which holds no particle or
conjunction inside (金和银, 关了门 are phrases jieba mis-tags). A word CC-CEDICT also has as a common
noun is never a name; HSK-listed names (中国, 北京) are vocabulary.

**Effective level** (``effective_level``): a word's HSK level; else, for a transparent
compound, the level of its hardest part (its parts are what the learner must know); else None.

Limits: the rules are lexical, not syntactic — 不会 "cannot" and 不会 "will not" are both
不 + 会, which is right for a learner either way; a CC-CEDICT word made by one of the rules but
meaning more than its parts (a rare 这 + X idiom) loses its note. jieba's name tags are noisy,
so they only decide for tokens CC-CEDICT lacks.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from flashcards.hanzi import PERSONAL_PRONOUNS, is_hanzi_word

__all__ = [
    "COUNTED_TIMES", "NAME_PREFIXES", "NAME_TAGS", "NOT_IN_NAMES", "SURNAMES", "effective_level", "in_jieba", "is_clear_name", "is_listed", "is_name",
    "is_transliteration_char", "jieba_tag", "looks_like_person", "looks_transliterated", "parts", "split_compounds", "study_splitter",
]

#: jieba dictionary tags for person and place names.
NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns"})
_NUMERALS = frozenset("一二三四五六七八九十百千万两几半零〇")
_DEMONSTRATIVES = ("这", "那", "哪", "每", "各", "某", "几")
_DEGREE = ("非常", "特别", "比较", "很", "不", "没有", "没", "更", "太", "最", "挺", "真", "也", "都", "还", "就", "又", "再", "只", "才")
_VERB_SUFFIXES = frozenset("在到着了过完给")
#: One-character adjectives before a word of two or more characters.
_ADJECTIVES = frozenset("好大小老新旧")
_MODAL_SUFFIXES = frozenset("要会能是有")
#: Result complements read as such after a verb (not 好, 开: 要好, 想开 mean more).
_RESULTS = frozenset("懂见掉清住走出")
#: What 得/不 can put after a verb: a result, 到/完/了/起 (找不到, 买得起).
_POTENTIAL = _RESULTS | frozenset("到完了起")
_DIRECTIONS = frozenset("来 去 起来 出来 进来 进去 回来 回去 上来 上去 下来 下去 过来 过去 出去".split())
#: Locative suffixes after a noun (not 下: 部下 "subordinate", 在下 "I" are words).
_LOCATIVES = frozenset("里上边外中")
#: jieba tags of what a locative follows: nouns, places, times, measure words (家里, 夜里).
_PLACE_TAGS = ("n", "s", "t", "q")
_PERSON_SUFFIXES = frozenset("人们")
_UNITS = frozenset("天年月周岁点分秒层")
#: jieba's tag for four-character idioms: never a free combination (日薄西山 is no 日 + 薄 + 西 + 山).
#: (Its "l", set phrase, is not used: it covers 技术改造 and 发展趋势, which are sums.)
_SET_PHRASE_TAGS = frozenset({"i"})
#: The hundred commonest surnames (census order). CC-CEDICT calls almost any character a
#: surname (新, 大), so only these start a name jieba's dictionary does not know.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
)
#: 小明, 阿强. Not 老: 老 + verb is "always …" (老想, 老说) far more often than 老王.
NAME_PREFIXES = frozenset("小阿")
#: What follows a surname in a form of address (张老师, 王小姐, 林先生).
_TITLES = frozenset(
    "老师 先生 小姐 女士 太太 夫人 阿姨 叔叔 同学 师傅 医生 大夫 教授 博士 经理 老板 校长 主任 总".split()
)
SURNAMES = _SURNAMES  # public: senses' address rules (刘大叔) read them too

#: Function words, and words that follow a name, never inside a given name: 王的, 小说 no.
NOT_IN_NAMES = frozenset("的了着过地得是在不没也都就还又很和与及或被把对从向给让这那个们吗呢吧啊么说于够太最更会要")
_MAX_CHARS = 6
_lock = threading.Lock()


@lru_cache(maxsize=1 << 17)  # asked per distinct token, many times over
def is_listed(word: str) -> bool:
    """On some HSK list (2.0, 3.0 or 2025): a word some syllabus teaches."""
    from flashcards import hsk, lexicon

    return any(lexicon.hsk_level(word, s) is not None for s in hsk.NAMES)


def _words_of(text: str) -> tuple[str, ...] | None:
    """``text`` as HSK words: itself when listed, else its split by the rules (recursive)."""
    if is_listed(text):
        return (text,)
    return _split(text)


@lru_cache(maxsize=1 << 16)
def _split(word: str) -> tuple[str, ...] | None:
    """The rule-based split of ``word`` into HSK words, whether or not ``word`` is listed."""
    if not 2 <= len(word) <= _MAX_CHARS or not is_hanzi_word(word):
        return None
    return _by_rule(word) or (None if is_name(word) else _free(word))


def _by_rule(word: str) -> tuple[str, ...] | None:
    return (_ordinal(word) or _reduplicated(word) or _separated(word) or _complement(word) or _by_prefix(word)
            or _by_suffix(word) or _verb_object(word))


#: What opens a separable verb (见面 → 见过面, 见了面, 见个面): an aspect marker or 个.
_SEPARATORS = frozenset("过了着个")


def _separated(word: str) -> tuple[str, ...] | None:
    """A listed verb + object word held apart by an aspect marker or 个 (见过面, 见个面 of
    见面): verb, marker, object, each a listed word, where the free split would cut 见过 + 面
    and give 见过 a note of its own. An object no list teaches alone (洗了澡: 澡) stays."""
    if len(word) != 3 or word[1] not in _SEPARATORS:
        return None
    verb, marker, obj = word
    if is_listed(verb + obj) and is_listed(verb) and is_listed(obj) and _acts(verb + obj):
        return (verb, marker, obj)
    return None


def _acts(word: str) -> bool:
    """A verb by jieba's tag or by CC-CEDICT's first sense ("to meet": jieba tags 见面 n)."""
    from flashcards import lexicon

    if jieba_tag(word).startswith("v"):
        return True
    senses = lexicon.lookup(word).senses
    return bool(senses) and senses[0].startswith("to ")


def _senses_share(word: str, part: str, verbs: bool = False) -> bool:
    """Whether a CC-CEDICT sense of ``word`` says what one of ``part``'s says (a shared
    content word: 种树 "to plant trees", 种 "to plant"); ``verbs``: only ``part``'s "to …"
    senses count (jieba's one tag for 种 or 点 is not the verb's)."""
    from flashcards import lexicon, sense_prior

    def words(w: str, verbs: bool) -> frozenset[str]:
        senses = (s for e in lexicon.entries(w) for s in e.senses if not verbs or s.startswith("to "))
        return frozenset().union(*map(sense_prior.content_words, senses))

    return not words(word, False).isdisjoint(words(part, verbs))


def _verb_object(word: str) -> tuple[str, ...] | None:
    """A listed one-character verb + a listed word it takes (种树, 点菜), whose CC-CEDICT
    sense holds both the verb's and the object's meaning, or + an adjective it results in whose
    meaning the sense holds (弄脏): the sum of its parts. One that means something else keeps
    its note (吃醋 "to be jealous", 开刀 "to perform surgery", 看书 "to read; to study"). Only
    for tokens on no HSK list (上课, 开会 are taught as words)."""
    from flashcards import cedict

    verb, rest = word[:1], word[1:]
    if not (cedict.has(word) and is_listed(verb) and is_listed(rest) and _verb_first(word)):
        return None
    from flashcards import lexicon

    senses = lexicon.lookup(word).senses
    if not (senses and senses[0].startswith("to ")):
        return None  # the whole is no verb phrase: 分野 "dividing line between fields" is a noun
    if _senses_share(word, verb, verbs=True) and _senses_share(word, rest):
        return (verb, rest)  # both halves' meanings in the whole: 种树 "to plant trees"
    if len(rest) == 1 and jieba_tag(rest).startswith("a") and _senses_share(word, rest):
        return (verb, rest)  # a result: 弄脏 "to make dirty"
    return None


def _verb_first(word: str) -> bool:
    """Whether ``word``'s first character, read as in ``word``, is a verb before all else:
    its entry's first sense is "to …" (种 zhòng "to plant", not 网 "net" of 网红 or 下 "down"
    of 下沉, which are words)."""
    from flashcards import lexicon

    syllable = lexicon.lookup(word).syllables[:1]
    entries = [e for e in lexicon.entries(word[0]) if tuple(e.pinyin.lower().split()[:1]) == tuple(s.lower() for s in syllable)]
    return bool(entries) and bool(entries[0].senses) and entries[0].senses[0].startswith("to ")


def _progressive(word: str) -> bool:
    """A listed verb + 着 whose every CC-CEDICT sense is a participle (背着 "carrying on
    one's back; keeping sth secret"): the verb in progress, read as 背 + 着 in a sentence
    whichever sense it has. (接着 "to continue; then", 随着 "along with" are words.)"""
    from flashcards import lexicon

    if len(word) != 2 or word[1] != "着":
        return False
    senses = [s for e in lexicon.entries(word) for s in e.senses]
    if not senses:
        # a pair CC-CEDICT lacks, listed or not (怀着, 指着, 敞着): a verb and its particle,
        # where the character is a verb at all; else the card would gloss "bosom + aspect particle"
        return any(s.startswith("to ") for e in lexicon.entries(word[0]) for s in e.senses)
    return is_listed(word[0]) and all(_PARTICIPLE.match(s) for s in senses)


_PARTICIPLE = re.compile(r"^(?:\([^)]*\) )?[a-z]+ing\b")


def _reads_whole(word: str) -> bool:
    """A doubled unit, or a doubled verb or complement CC-CEDICT reads with a neutral tone inside: a sentence
    keeps it whole, so its pinyin is not its parts' citation tones (看看 kànkan, not kàn
    kàn; 站起来 zhànqilai, 听不懂 tīngbudǒng) and no cloze gaps half of it (天天 "every
    day" is no occurrence of 天 "day"). It still gets no note: ``parts`` splits it."""
    from flashcards import cedict, lexicon

    doubled = _reduplicated(word)
    unit = doubled is not None and len(doubled) == 2 and doubled[0] == doubled[1] and _counts(doubled[0])
    if unit and not jieba_tag(doubled[0]).startswith("v"):
        return True  # 天天, 个个
    if not (doubled or _complement(word)) or not cedict.has(word):
        return False  # 想一想, 算了算: their parts are what is read
    return any(s.endswith("5") for s in lexicon.lookup(word).syllables)


def _complement(word: str) -> tuple[str, ...] | None:
    """A listed verb + its result or direction (看懂, 卖掉, 站起来), or + 得/不 + it
    (听得懂, 看不见, 找不到): the grammar of complements over words the learner knows."""
    for cut in (1, 2):
        verb, rest = word[:cut], word[cut:]
        if not (is_listed(verb) and jieba_tag(verb).startswith("v")):
            continue
        if rest in _RESULTS or rest in _DIRECTIONS:
            return (verb, rest)
        if len(rest) >= 2 and rest[0] in "得不" and (rest[1:] in _POTENTIAL or rest[1:] in _DIRECTIONS):
            return (verb, rest[0], rest[1:])
    return None


def _reduplicated(word: str) -> tuple[str, ...] | None:
    """A listed verb said twice (看看, 看一看, 看了看, 休息休息) or a measure word or unit
    doubled for "every" (天天, 个个): grammar over a known word, not a new word."""
    half, rest = divmod(len(word), 2)
    if rest == 0 and word[:half] == word[half:] and is_listed(word[:half]):
        head = word[:half]
        if half == 1 and jieba_tag(head).startswith("v") and _describes(word):
            return None  # 闪闪 "sparkling", 切切 "urgently": a word of its own, not 闪 said twice
        if jieba_tag(head).startswith("v") or (half == 1 and _counts(head)):
            return (head, head)
    if len(word) == 3 and word[0] == word[2] and word[1] in "一了" and is_listed(word[0]):
        if jieba_tag(word[0]).startswith("v"):
            return (word[0], word[1], word[0])
    if len(word) == 3 and word[0] == word[1] and is_listed(word[1:]) and _acts(word[1:]):
        return (word[0], word[1:])  # 帮帮忙, 点点头: a listed verb + object, its verb said twice
    return None


def _describes(doubled: str) -> bool:
    """A doubled verb CC-CEDICT lists with no verb sense ("to …"): an adjective or adverb of
    its own (闪闪 "flickering; sparkling" in 闪闪地眨着, Lu Xun's 秋夜), where the verb said
    twice (看看 "to take a look at", 说说) is the verb's grammar."""
    from flashcards import lexicon

    senses = [s for e in lexicon.entries(doubled) for s in e.senses]
    return bool(senses) and not any(s.startswith("to ") for s in senses)


def _ordinal(word: str) -> tuple[str, ...] | None:
    """第 + numeral (+ rest): 第一次 → 第一 + 次, 第三天 → 第三 + 天 (or 第 + 三 + 天)."""
    if word[0] != "第":
        return None
    end = 1
    while end < len(word) and word[end] in _NUMERALS:
        end += 1
    if end == 1:
        return None
    head = (word[:end],) if is_listed(word[:end]) else ("第", word[1:end]) if is_listed(word[1:end]) else None
    if head is None:
        return None
    if end == len(word):
        # 第一 is listed in some standards only; elsewhere it reads as 第 + 一.
        return ("第", word[1:]) if is_listed(word[1:]) else None
    rest = word[end:]
    # Only a counted unit follows: 第一次, 第三天; 第二春 "a second spring" is an idiom.
    return head + (rest,) if len(rest) == 1 and is_listed(rest) and _counts(rest) else None


@lru_cache(maxsize=1 << 13)  # asked of the first character of many tokens while segmenting
def _counts(char: str) -> bool:
    """A measure word or a unit of time: what a numeral counts (jieba's q, CC-CEDICT's
    "classifier for …", or 天年月周…)."""
    from flashcards import lexicon

    if jieba_tag(char) == "q" or char in _UNITS:
        return True
    return any(s.startswith("classifier") for e in lexicon.entries(char) for s in e.senses)



def is_counter(word: str) -> bool:
    """``word`` is a measure word or a unit of time (what a numeral or 这/那 counts: 件, 天)."""
    return len(word) == 1 and _counts(word)


def _by_prefix(word: str) -> tuple[str, ...] | None:
    k = 0
    while k < len(word) and word[k] in _NUMERALS:
        k += 1
    if k == len(word) and all(is_listed(ch) for ch in word):
        return tuple(word)  # 二十, 三百: a number spelt in numerals
    about = k + (k < len(word) and word[k] in "多余")  # 两千多年前: "over two thousand"
    if k and word[about:] in COUNTED_TIMES:
        # 万年前, 三天后: the count, its unit and "ago"/"later", not 年前 "before New Year"
        count = (word[:k],) if k == 1 or is_listed(word[:k]) else tuple(word[:k])
        return count + tuple(word[k:about]) + (word[about], word[about + 1])
    if k and len(word) - k == 1 and is_listed(word[-1]) and (k > 1 or word[0] != "一" or _counts(word[-1])):
        # numeral + one character that is a word: 一个, 两本, 三天, 二十岁
        numeral = word[:k]
        head = (numeral,) if k == 1 or is_listed(numeral) else tuple(numeral)
        return head + (word[-1],)
    if word[0] in _DEMONSTRATIVES and len(word) >= 3 and jieba_tag(word[1]) == "q":
        # 那个人 is 那 + 个 + 人 "that person", not 那 + 个人 "that individual": a measure word
        # after a demonstrative counts what follows it.
        rest = _words_of(word[2:])
        if rest:
            return (word[0], word[1]) + rest
    from flashcards import cedict

    if len(word) == 2 and word[0] in "没不" and jieba_tag(word[1])[:1] not in ("v", "a", "d", "z", "n") and cedict.has(word):
        return None  # 没底 "unsure", 没法 "can't help it": a bound piece negated into an idiom (没电 is 没 + 电)
    for prefix in _DEMONSTRATIVES + _DEGREE:
        if (word.startswith(prefix) and len(word) > len(prefix) + 1 and _real_word(word[:len(prefix) + 1])
                and len((_words_of(word[len(prefix):]) or ("",))[0]) == 1):
            continue  # 不同之处 is 不同 + 之 + 处, not 不 + 同 + …: 不同 is a word (不必要 stays 不 + 必要)
        if word.startswith(prefix) and len(word) > len(prefix):
            rest = _words_of(word[len(prefix):])
            if rest:
                return (prefix,) + rest
    if len(word) == 2 and word[0] in PERSONAL_PRONOUNS and is_listed(word[1]) and (
            not jieba_tag(word) or jieba_tag(word[1])[:1] in "vp"):
        # 我去, 我等, 他用: CC-CEDICT's slang or literary headwords (oh my god!, "we", "other
        # use") that the merge glues from a pronoun and a verb, or jieba's dictionary joins
        # a subject to its verb (他在); in a sentence they are the pronoun and the verb
        # (我国, 他人 are words)
        return (word[0], word[1])
    if word[0] == "有" and len(word) >= 3 and is_listed(word[1:]):
        return ("有", word[1:])  # 有道理, 有意义: 有 + a word of two or more characters
    if word[0] == "多" and len(word) == 2 and is_listed(word[1]) and jieba_tag(word[1]) == "a":
        return ("多", word[1])  # 多大, 多高: "how big", "how tall"
    if word[0] in _ADJECTIVES and len(word) >= 3 and is_listed(word[1:]):
        return (word[0], word[1:])  # 好朋友, 老朋友, 大城市: not 好汉, whose rest is one character
    return None


def _real_word(word: str) -> bool:
    """An HSK word that is no transparent compound (不同, 这样; not 很多, 不是)."""
    return is_listed(word) and parts(word) is None


def _bare_noun(char: str) -> bool:
    """One character jieba tags a noun that CC-CEDICT has as a word: 桌 "table", 庄 "village"
    (jieba: nr) is no such noun for jieba, so 庄上 stays."""
    from flashcards import cedict

    return len(char) == 1 and jieba_tag(char) == "n" and cedict.has(char)


def _by_suffix(word: str) -> tuple[str, ...] | None:
    from flashcards import cedict

    head, last = word[:-1], word[-1]
    if last in _VERB_SUFFIXES and is_listed(head) and jieba_tag(head).startswith("v"):
        return (head, last)
    if last in _LOCATIVES and is_listed(head) and jieba_tag(head).startswith(_PLACE_TAGS):
        return (head, last)  # 河里, 海上, 湖边: jieba tags some as place names
    if last in _LOCATIVES | {"前"} and _bare_noun(head) and not cedict.has(word):
        return (head, last)  # 桌上, 桌前: 桌 is on no list (桌子 is), yet a noun with its place word
    ends_word = is_listed(word[-2:]) and not _counts(word[-2]) and not is_listed(head)
    if (last in _MODAL_SUFFIXES or last in _PERSON_SUFFIXES) and len(head) >= 2 and not ends_word:
        # Not where the suffix ends a word with the character before it: 毫不理会 is 毫不 +
        # 理会 "to heed", 美丽动人 美丽 + 动人 "moving", never 理 "texture" + 会, 动 + 人. A
        # measure word before it still counts (一个人 is 一 + 个 + 人, not 一 + 个人), and a
        # listed word before it keeps it (个别人 is 个别 + 人, not 个 + 别人).
        rest = _words_of(head)
        if rest:
            return rest + (last,)
    return None


def _free(word: str) -> tuple[str, ...] | None:
    """A token CC-CEDICT lacks: the fewest HSK words that spell it, if there are any."""
    from flashcards import cedict

    if cedict.has(word):
        return None
    if jieba_tag(word) in _SET_PHRASE_TAGS and len(word) >= 4 and len(_word_parts(word) or ()) != 2:
        # jieba tags 睡一觉 an idiom too: its set phrases worth keeping are four characters or
        # more; and some plain verb + object pairs (防止出现 "prevent + appear"): two HSK words
        # of two characters each that CC-CEDICT does not join are their sum.
        return None
    n = len(word)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, n + 1):
            piece = word[i:j]
            if (i, j) != (0, n) and is_listed(piece):
                candidate = best[i] + (piece,)  # type: ignore[operator]
                if best[j] is None or len(candidate) < len(best[j]):  # type: ignore[arg-type]
                    best[j] = candidate
    return best[n]


def _free_candidate(word: str) -> bool:
    """What :func:`_free` would try to split: a hanzi token CC-CEDICT lacks, no rule's, no name,
    no set phrase of jieba's (日薄西山 stays whole)."""
    from flashcards import cedict

    return 2 <= len(word) <= _MAX_CHARS and is_hanzi_word(word) and not cedict.has(word) and (
        jieba_tag(word) not in _SET_PHRASE_TAGS and _by_rule(word) is None and not is_name(word))


def _dictionary_cut(word: str) -> tuple[str, ...] | None:
    """The fewest pieces that spell ``word``, each an HSK word or a CC-CEDICT word of two or
    more characters (a name included), or None (ties: :func:`_cut_rank`)."""
    from flashcards import cedict

    n = len(word)
    best: list[tuple[str, ...] | None] = [()] + [None] * n
    for j in range(1, n + 1):
        for i in range(j):
            piece = word[i:j]
            if best[i] is None or (i, j) == (0, n):
                continue
            if is_listed(piece) or len(piece) > 1 and cedict.has(piece):
                candidate = best[i] + (piece,)  # type: ignore[operator]
                if best[j] is None or _cut_rank(candidate) < _cut_rank(best[j]):  # type: ignore[arg-type]
                    best[j] = candidate
    return best[n]


def _cut_rank(cut: tuple[str, ...]) -> tuple[int, int]:
    """Fewer pieces first; then more of them HSK words or names (法国 + 菜, not 法 + 国菜)."""
    return len(cut), -sum(1 for w in cut if is_listed(w) or is_name(w))


@lru_cache(maxsize=1 << 16)
def _word_parts(word: str) -> tuple[str, ...] | None:
    """``word`` as two or more HSK words of two or more characters each (生活 + 水平).

    Read for coverage and known words only: a reader who knows 生活 and 水平 reads 生活水平,
    but a term like 数字货币 can still earn a card of its own.
    """
    n = len(word)
    best: list[tuple[str, ...] | None] = [()] + [None] * n
    for j in range(2, n + 1):
        for i in range(0, j - 1):
            if best[i] is not None and (i, j) != (0, n) and is_listed(word[i:j]):
                candidate = best[i] + (word[i:j],)  # type: ignore[operator]
                if best[j] is None or len(candidate) < len(best[j]):  # type: ignore[arg-type]
                    best[j] = candidate
    return best[n] or None


@lru_cache(maxsize=1 << 15)
def _coverage_pair(word: str) -> tuple[str, ...] | None:
    """A verb + its one-character object (看书, 喝酒, 借钱) or 大/小/有 + a noun (大雨, 有钱) that
    CC-CEDICT lists and whose meaning says one of its characters' (看书 "to read": 看 "to read"):
    a reader who knows both characters reads it. 吹牛 "to brag" and 小费 "tip" say neither, so they
    stay words. Likewise a verb + 得/着 (变得, 跟着). Read for coverage and known words only: the
    token keeps its note (变得 "to become" is worth one).
    """
    from flashcards import cedict

    if len(word) != 2 or not cedict.has(word) or is_listed(word) or is_name(word):
        return None
    head, rest = word
    if not (is_listed(head) and is_listed(rest)):
        return None
    verb = jieba_tag(head).startswith("v")
    if rest in "得着" and verb:
        return (head, rest)  # 变得, 跟着, 过得: a verb and its particle
    if not (jieba_tag(rest).startswith("n") and (verb or head in "大小有")):
        return None
    return (head, rest) if _senses_share(word, head) or _senses_share(word, rest) else None


@lru_cache(maxsize=1 << 15)
def _coverage_extension(word: str) -> tuple[str, ...] | None:
    """A listed word + one listed character, or the other way round (电影 + 票, 有钱 + 人,
    回 + 老家), that CC-CEDICT lists and whose meaning says one of its parts' ("cinema ticket":
    票 "ticket"): a reader who knows both reads it. 老大难 "long-standing problem" says
    nothing of 老大's, so it stays a word. For coverage and known words only, as
    :func:`_coverage_pair`."""
    from flashcards import cedict

    if len(word) != 3 or not cedict.has(word) or is_listed(word) or is_name(word):
        return None
    for word_part, char, split in ((word[:2], word[2], (word[:2], word[2])), (word[1:], word[0], (word[0], word[1:]))):
        if is_listed(word_part) and is_listed(char) and (_senses_share(word, word_part) or _senses_share(word, char)):
            return split
    return None


def looks_like_person(word: str) -> bool:
    """Surname + one or two characters, in neither dictionary: a name jieba's HMM found (王刚).

    Only for tokens no dictionary has; ``segment`` keeps such tokens whole instead of cutting
    them into characters, and ``is_name`` then files them as names.
    """
    from flashcards import cedict

    if not 2 <= len(word) <= 3 or not is_hanzi_word(word) or cedict.has(word) or is_listed(word):
        return False
    if in_jieba(word) or any(ch in NOT_IN_NAMES for ch in word[1:]):
        return False  # jieba's dictionary has it (小店): a word, whatever it starts with
    if len(word) == 2 and _counts(word[0]) and is_listed(word[1]) and jieba_tag(word[1]).startswith("n"):
        return False  # 张票, 张床: 张 counts the ticket (两张票), it is no surname here
    if is_listed(word[0]) and jieba_tag(word[0]) == "n" and (
            is_listed(word[1]) and jieba_tag(word[1]).startswith("v") or word[1:] in ("少", "多")):
        return False  # 钱少, 马跑, 钱花光: a noun the HMM glued to what it does, not 钱 or 马 named
    # 王刚, 李华; and the 小明, 阿强 of textbooks: 小/阿 + one character; and a name
    # character said twice (翠翠, 芳芳 of 边城 and of family life: jieba tags 翠 a name's)
    doubled_name = len(word) == 2 and word[0] == word[1] and jieba_tag(word[0]) == "nr"
    return is_surname(word[0]) or (len(word) == 2 and word[0] in NAME_PREFIXES) or doubled_name


def is_clear_name(word: str) -> bool:
    """A name (:func:`is_name`) by more than jieba's tag, whose dictionary files phrases as
    names too (冷风吹, 别提 "nr"): CC-CEDICT's proper noun, a name the HMM found (小明), or one
    that starts or ends with a common surname (李华, 张老师, 小王). What a card may call a name
    in so many words."""
    from flashcards import lexicon

    if not is_name(word):
        return False
    return bool(lexicon.entries(word)) or looks_like_person(word) or is_surname(word[0]) or is_surname(word[-1])


def _verb_le_object(word: str) -> tuple[str, ...] | None:
    """A one-character verb + 了 + what it takes, one token in jieba's dictionary and none in
    CC-CEDICT (摇了一下, 敲了半天, 滑了一跤): the verb, its aspect particle and the object, an
    HSK word, a numeral before a measure word apart (一 + 跤). 一了百当, 未了心愿 start with no verb; 吃了一惊
    is 吃一惊 "to be startled" with its 了, one word (:func:`flashcards.lexicon.le_base`)."""
    from flashcards import cedict, lexicon

    if len(word) < 3 or word[1] != "了" or cedict.has(word) or cedict.has(word[:2]):
        return None  # (得了吧, 为了他: 得了, 为了 are words)
    verb, rest = word[0], word[2:]
    if not any(s.startswith("to ") for e in lexicon.entries(verb) for s in e.senses):
        return None
    # the object an HSK word, as parts are (洗了澡 keeps its note: 澡 is on no list alone)
    if is_listed(rest):
        return (verb, "了", rest)
    if rest[0] in _NUMERALS and len(rest) > 1 and is_listed(rest[1:]):
        return (verb, "了", rest[0], rest[1:])
    return None


def is_surname(char: str) -> bool:
    """One of the hundred commonest surnames (王, 李): a name may start there."""
    return char in _SURNAMES


@lru_cache(maxsize=1 << 17)
def parts(word: str) -> tuple[str, ...] | None:
    """The HSK words a transparent compound is made of, or None for a word (see module doc).

    >>> parts("一个"), parts("坐在"), parts("第一次"), parts("一定")
    (('一', '个'), ('坐', '在'), ('第一', '次'), None)
    """
    if len(word) < 2 or not is_hanzi_word(word):
        return None
    from flashcards.lexicon import aabb_base

    if aabb_base(word) is not None:
        return None  # 明明白白: 明白 said the AABB way, one word (not 明明 "obviously" + 白白 "in vain")
    if _progressive(word):
        return (word[0], word[1])
    if is_listed(word):
        return None
    from flashcards.lexicon import le_base

    base = le_base(word)
    if base is not None and _reduplicated(word) is None and (not is_listed(base) or len(base) < len(word) - 1):
        # 翻了一番: 翻一番 "to double" with its 了, one word (no HSK list has it), and 吃了一惊:
        # 吃惊 with 了 and 一 (never 吃 "to eat"); 吃了饭 stays 吃 + 了 + 饭, 看了看 看 said twice
        return None
    if (le := _verb_le_object(word)) is not None:
        return le
    found = _split(word)
    if found is None and (phrase := _phrase_of_words(word)) is not None:
        return phrase
    if found is None and _free_candidate(word):
        whole = _dictionary_cut(word)  # 台湾地区: 台湾 is no HSK word, so no HSK split found it
        return whole if whole is not None and any(len(w) > 1 and is_name(w) for w in whole) else None
    if found is not None and _by_rule(word) is None:
        # a free split: not through a name CC-CEDICT has (美国司法部 is 美国 + 司法部, not
        # 美 "beautiful" + 国 + 司法 + 部); other words it holds stay cut into HSK words
        # (上个月 is 上 + 个 + 月, 法国菜 法国 + 菜, not 法 + 国菜)
        whole = _dictionary_cut(word)
        if whole is not None and len(whole) < len(found) and any(len(w) > 1 and is_name(w) for w in whole):
            return whole
        if (whole is not None and len(whole) < len(found) and all(_whole_piece(w) for w in whole if w not in found)
                and not _crosses_listed(word, whole)):
            # 变量名 is 变量 + 名, 打下基础 打下 + 基础: a CC-CEDICT word no HSK list teaches
            # beats its characters (变 + 量, 打 + 下), unless it ends on a measure word
            # (上个月 stays 上 + 个 + 月: 上个 "last" is read through 个)
            return whole
    return tuple(counted_nouns(found)) if found is not None else None


#: A unit of time + 前/后 that CC-CEDICT holds as a word of its own (年前 "before the New
#: Year", 年后): after a count it is the unit counted and "ago" or "later" (一万 + 年 + 前).
COUNTED_TIMES = frozenset("年前 年后 天前 天后 月前 月后".split())

#: jieba's tags for organisations and other proper nouns: 北京协和医院 is one hospital, not
#: 北京 + 协和 "to harmonize" + 医院.
_PROPER_TAGS = frozenset({"nt", "nz"})


@lru_cache(maxsize=1 << 14)
def _phrase_of_words(word: str) -> tuple[str, ...] | None:
    """A phrase of three or more characters that CC-CEDICT lacks but jieba's dictionary
    holds (大雨倾盆, 低头不语, 女房客), spelt by CC-CEDICT words (see :func:`_phrase_piece`):
    those words, each with its dictionary meaning, rather than one note whose gloss could
    only be "≈ 大雨 heavy rain + 倾盆 a downpour". Idioms too, when every piece is a word of
    two or more characters (惊魂 + 未定): jieba's idiom tag is no meaning, and one CC-CEDICT
    has (日薄西山) never gets here."""
    from flashcards import cedict

    if len(word) < 3 or cedict.has(word) or jieba_tag(word) in _PROPER_TAGS or is_name(word):
        return None
    if any(a == b for a, b in zip(word, word[1:])):
        return None  # 清清楚楚, 顺顺利利: a word doubled, read through the word
    cut = _dictionary_cut(word)
    if cut is None or len(cut) < 2 or not all(_phrase_piece(w) for w in cut):
        return None
    if jieba_tag(word) in _SET_PHRASE_TAGS and any(len(w) == 1 for w in cut):
        return None  # 道高一尺: an idiom is cut only into words of its own (惊魂 + 未定)
    return cut


def _phrase_piece(piece: str) -> bool:
    """A piece :func:`_phrase_of_words` cuts to: a CC-CEDICT word of two or more characters,
    or one character an HSK list teaches (女 of 女房客, 遭 of 遭劫持), never a name."""
    from flashcards import cedict

    if len(piece) == 1:
        return is_listed(piece)
    return cedict.has(piece) and not is_name(piece)


def _crosses_listed(word: str, pieces: tuple[str, ...]) -> bool:
    """Whether a piece overlaps part of an HSK word of two or more characters in ``word``
    (白花 + 钱 against 花钱: 白 + 花钱 is the reading)."""
    cuts, at = [], 0
    for piece in pieces:
        cuts.append((at, at + len(piece)))
        at += len(piece)
    n = len(word)
    listed = [(i, j) for i in range(n) for j in range(i + 2, n + 1) if (i, j) != (0, n) and is_listed(word[i:j])]
    return any(a < i < b < j or i < a < j < b for a, b in cuts for i, j in listed)


def _whole_piece(piece: str) -> bool:
    """A piece of :func:`_dictionary_cut` that is a word of its own: no measure word at its
    edge, and not itself a transparent compound (做完 of 做完作业 is 做 + 完). 本 "this, our"
    opens words as a determiner (本报 + 记者, 本市 + 居民), not as the measure word it also is."""
    if piece[0] in "不没" or piece[-1] in "的了着过":
        return False  # 小 + 小的, 睡 + 不着: CC-CEDICT words, but here a particle's grammar (小小的, 睡不着)
    first_counts = is_counter(piece[0]) and piece[0] != "本"
    return len(piece) > 1 and not is_counter(piece[-1]) and not first_counts and parts(piece) is None


#: 一 + a measure word that HSK lists as a word of its own sense (一道 "together", 一面 "at
#: the same time", 一头 "one end"): before a noun it counts that noun (一道彩虹, 一面镜子).
ONE_MEASURES = frozenset("一道 一面 一头 一手 一身 一条 一双 一片 一只 一支 一座 一句 一封 一张 一位".split())


def counted_nouns(pieces: Sequence[str]) -> Sequence[str]:
    """一面 + 镜子 → 一 + 面 + 镜子 (see :data:`ONE_MEASURES`): the pieces of a token, or a
    sentence's tokens (``segment.recut_one_measure``); ``pieces`` itself when nothing changes."""
    if ONE_MEASURES.isdisjoint(pieces):
        return pieces
    out: list[str] = []
    for k, piece in enumerate(pieces):
        nxt = pieces[k + 1] if k + 1 < len(pieces) else ""
        counts = piece in ONE_MEASURES and is_hanzi_word(nxt) and jieba_tag(nxt).startswith("n")
        out += ["一", piece[1]] if counts else [piece]
    return out


#: Prefixes of a familiar form of address before a surname (小王, 老李, 阿陈).
_FAMILIAR = frozenset("小老阿")


@lru_cache(maxsize=1 << 16)
def is_name(word: str) -> bool:
    """A person's or place's name, not vocabulary (see module doc).

    >>> is_name("诸葛亮"), is_name("上海"), is_name("北京"), is_name("年轻人")
    (True, True, False, False)
    """
    from flashcards import lexicon

    if len(word) < 2 or not is_hanzi_word(word):
        return False
    if len(word) == 2 and word[0] in _FAMILIAR and word[1] in _SURNAMES and not lexicon.is_word(word):
        # 小王, 老李: what friends call Wang and Li, no "small king" (HSK 3.0 lists 小王 at 2,
        # as its example of the prefix 小)
        return True
    if is_listed(word) or _by_rule(word):
        return False  # 三本 is a jieba place name, and "three volumes" first
    if word[0] in _SURNAMES and word[1:] in _TITLES:
        return True  # 张老师 "Teacher Zhang": 张 here is a name, not "to open up"
    found = lexicon.entries(word)
    tag = jieba_tag(word)
    if found:
        # CC-CEDICT capitalises days too (星期六 Xīngqīliù): jieba's time-word tag t breaks the tie.
        return all(e.pinyin[:1].isupper() for e in found) and tag != "t"
    # jieba's tags alone are noisy (古代文明, 花园里 nr): a token holding an HSK word of two
    # or more characters is that word and more (张 + 老师 is read through 老师), not a name.
    if tag in NAME_TAGS:
        if tag == "ns" and _plain_place_word(word):
            return False  # 湖水, 深水, 大坡 (ns): lake water, deep water, a big slope
        # 金和银, 关了门 (nr): a particle or conjunction inside is a phrase, not a name.
        return not _holds_long_word(word) and not any(ch in NOT_IN_NAMES for ch in word[1:-1])
    return not tag and (looks_like_person(word) or looks_transliterated(word) or looks_unknown_name(word))


#: Characters of transliterated foreign names (奥楚蔑洛夫, 契诃夫, 安娜) that are rare in
#: ordinary words; common ones that transliterations also use (马 西 多 加 米 里; the verbs
#: 提 肯 盖 塞 托 扎) are left out,
#: so that a run of ordinary words never reads as a name.
_TRANSLITERATION = frozenset(
    "奥埃艾拜鲍彼宾伯迪蒂厄恩菲芬弗冈戈格赫亨霍吉杰凯坎库莱兰朗劳勒雷利列隆卢鲁伦洛迈曼梅蒙"
    "莫姆穆纳奈尼涅努诺欧帕佩皮普奇契齐乔琴丘萨桑森莎舍施斯索塔泰坦瓦韦维沃伊尤泽詹兹佐夫"
    "蔑楚娃娜丽基尔克诃谢耶柯"
)
_MIN_TRANSLITERATION = 2


def is_transliteration_char(char: str) -> bool:
    return char in _TRANSLITERATION


@lru_cache(maxsize=1 << 14)
def looks_unknown_name(word: str) -> bool:
    """Three to five characters no dictionary knows, each one jieba tags a noun or a name's,
    with no word of two or more characters inside (速霸路, 布福德, 邓伍迪): a name or brand that
    jieba's HMM found, not words to cut into characters (源生动能 holds 生动; 车能载 verbs)."""
    from flashcards import cedict

    n = len(word)
    if not 3 <= n <= 5 or not is_hanzi_word(word) or any(ch in NOT_IN_NAMES or ch in _NUMERALS for ch in word):
        return False
    if not all(jieba_tag(ch).startswith("n") for ch in word):
        return False  # each character a noun or a name's (速 ng, 霸 n, 路 n): 车能载 holds verbs
    if cedict.has(word) or in_jieba(word):
        return False
    return not any(cedict.has(word[i:j]) or in_jieba(word[i:j]) for i in range(n) for j in range(i + 2, n + 1))


def looks_transliterated(word: str) -> bool:
    """Two or more characters of transliteration (奥楚蔑洛夫, 契诃夫, 杰森) that neither
    dictionary has: a foreign name, kept whole by ``segment`` and filed as a name here."""
    from flashcards import cedict

    return (
        len(word) >= _MIN_TRANSLITERATION and all(ch in _TRANSLITERATION for ch in word)
        and (len(word) > 2 or word[0] != word[1])  # 顺顺利利 holds 利利, no name
        and not cedict.has(word) and not in_jieba(word)
    )


def _plain_place_word(word: str) -> bool:
    """Two HSK characters, no surname first, a noun last: words for a place (湖水, 大坡), not its
    name — jieba's place tag on a token CC-CEDICT lacks is where its name tags are noisiest;
    nor is a pair that ends on a verb (白跑), whatever its first character."""
    first, last = word[0], word[-1]
    if len(word) != 2 or not (is_listed(first) and is_listed(last)):
        return False
    if jieba_tag(last) == "v":
        return True  # 白跑 "ran for nothing" (ns): a place's name does not end on a verb CC-CEDICT lacks
    return not is_surname(first) and jieba_tag(last).startswith("n")


def _holds_long_word(word: str) -> bool:
    split = _free(word)
    return bool(split) and any(len(p) > 1 for p in split)


@lru_cache(maxsize=1 << 17)
def effective_level(word: str, standard: str = "3.0") -> int | None:
    """The word's HSK level, else its hardest part's for a transparent compound, else None.

    A word listed only in another standard (一些 is in 3.0, not 2.0) is still read through its
    parts in this one: its parts are on this standard's lists.

    >>> effective_level("一个"), effective_level("很多"), effective_level("诸葛亮")
    (1, 1, None)
    """
    from flashcards import lexicon

    own = lexicon.hsk_level(word, standard)
    if own is not None or is_name(word):
        return own
    split = (_split(word) or _word_parts(word) or _coverage_pair(word) or _coverage_extension(word)) if is_hanzi_word(word) else None
    if not split:
        return None
    levels = [effective_level(p, standard) for p in split]  # 第一 is unlisted in 3.0: 第 + 一
    if any(lv is None for lv in levels):
        return None
    return max(levels)  # type: ignore[type-var]


def split_compounds(tokenized: Iterable) -> list:
    """The sentences with each transparent compound replaced by its parts (positions kept).

    What a learner studies: 一个 in a sentence is an occurrence of 一 and of 个, so they get the
    counts, the example sentences and the cloze gaps. Other tokens are untouched, and so are
    doubled words and the complements whose parts would read differently
    (``_reads_whole``: 看看 kànkan, 天天).
    """
    split = study_splitter()
    out = []
    for ts in tokenized:
        found = split(ts.tokens, ts.surface)
        out.append(ts if found is None else ts.with_tokens(*found))
    return out


Words = Sequence[str]


def study_splitter() -> Callable[[Words, Words], tuple[list[str], list[str]] | None]:
    """What ``split_compounds`` does to one sentence's tokens and surface (its words as
    written, or empty): the new pair, or None when no token splits. For the tokenizer to
    split each sentence before it stores it (``tokens.tokenize_each``), not after.

    Each distinct token is decided once, for the splitter's life."""
    from flashcards import script

    split_of: dict[str, tuple[str, ...] | None] = {}  # per distinct token, once
    asked: set[str] = set()  # split_of's keys, as a set: the per-sentence checks run in C
    splittable: set[str] = set()  # the tokens that split: most sentences hold none

    def split(words: Words, written: Words) -> tuple[list[str], list[str]] | None:
        if not asked.issuperset(words):
            for token in words:
                if token not in asked:
                    asked.add(token)
                    found = parts(token) if is_hanzi_word(token) else None
                    if found is not None and _reads_whole(token):  # asked second: most tokens have no parts
                        found = None
                    split_of[token] = found
                    if found:
                        splittable.add(token)
        if splittable.isdisjoint(words):
            return None
        tokens: list[str] = []
        surface: list[str] = []
        for token, as_written in zip(words, written or words):
            pieces = split_of[token]
            if pieces is None:
                tokens.append(token)
                surface.append(as_written)
            else:
                tokens.extend(pieces)
                surface.extend(script.split_like(as_written, pieces) or pieces)
        return tokens, surface if written else []

    return split


# --- jieba's dictionary tags ------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def jieba_tag(word: str) -> str:
    """jieba's dictionary tag for ``word`` ('' when its dictionary lacks the word).

    Asked of rjieba, which holds jieba's dictionary already (the segmenter loaded it);
    without rjieba, read from jieba's dict.txt.
    """
    rjieba = _rjieba()
    if rjieba is None:
        return _tags().get(word, "")
    if not rjieba.has_word(word):
        return ""
    found = rjieba.tag(word)
    return found[0][1] if len(found) == 1 else ""


def in_jieba(word: str) -> bool:
    """In jieba's dictionary (the default one: a user dictionary adds no names here)."""
    rjieba = _rjieba()
    return rjieba.has_word(word) if rjieba is not None else word in _tags()


def _rjieba():
    from flashcards import jiebadict

    return jiebadict.default()


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    """word → tag from jieba's dict.txt, read once on first use (about 0.3 s).

    Kept: every one-character word, two- and three-character words that start like a
    person's name, and the name, time-word, verb and idiom tags of longer words — the only
    tags the rules above ask about (all 350,000 would cost ~40 MB).
    """
    with _lock:
        path = _jieba_dictionary()
        if path is None:
            return {}
        text = path.read_text(encoding="utf-8")
        # Regexes over the whole file run in C: five times faster than splitting lines.
        table = dict(re.findall(_ONE_CHARACTER, text, re.M))
        table.update(re.findall(_PERSONISH, text, re.M))  # so looks_like_person knows jieba has 小店
        table.update(re.findall(_WANTED, text, re.M))
        return table


# Patterns, compiled (by re's own cache) on first use: only a build without rjieba reads
# dict.txt, and compiling them cost every other process 5 ms.
_ONE_CHARACTER = r"^(\S) \d+ (\S+)$"
_PERSONISH = rf"^([{''.join(sorted(_SURNAMES | NAME_PREFIXES))}]\S{{1,2}}) \d+ (\S+)$"
_WANTED = r"^(\S{2,}) \d+ (nr|nrfg|nrt|ns|t|i|v|vn|vd|vi)$"


def _jieba_dictionary() -> Path | None:
    from flashcards.jiebadict import jieba_dict

    try:
        path = jieba_dict()
    except RuntimeError:
        return None
    return path if path.is_file() else None
