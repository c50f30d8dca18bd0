"""Words, not accidents (issues 10 and 12): which tokens are vocabulary, which are transparent
compounds read through their parts, which are names — in notes, known words and coverage."""

import json

import pytest

from flashcards import compounds
from flashcards.analysis import analyze_text, to_json
from flashcards.known import KnownWords
from flashcards.selection import SelectionOptions, select_words
from flashcards.sentences import Sentence
from flashcards.tokens import tokenize

# (token, its parts when it is a transparent compound, else None: a word that gets a note).
NON_WORD_RULE = [
    # numeral + measure word / unit
    ("一个", ("一", "个")),
    ("两个", ("两", "个")),
    ("一种", ("一", "种")),
    ("两本", ("两", "本")),
    ("一天", ("一", "天")),
    ("一次", ("一", "次")),
    ("二十岁", ("二", "十", "岁")),
    # 这/那/每 + measure word or noun
    ("这种", ("这", "种")),
    ("每天", ("每", "天")),
    # a measure word after a demonstrative counts what follows: "that person", not "that individual"
    ("那个人", ("那", "个", "人")),
    ("每个人", ("每", "个", "人")),
    ("这位老师", ("这", "位", "老师")),
    ("这方面", ("这", "方面")),  # 方 here starts the word 方面 "aspect" (jieba: no measure word)
    # 很/不/更/太 + adjective or verb
    ("很多", ("很", "多")),
    ("很大", ("很", "大")),
    ("不是", ("不", "是")),
    ("不能", ("不", "能")),
    ("更好", ("更", "好")),
    ("太好", ("太", "好")),
    ("非常好", ("非常", "好")),
    ("没有关系", ("没有", "关系")),  # not 没 + 有关系 "to be related"
    # 很快 "soon" is 快's own sense "soon; quickly" under 很: a sum, so no note of its own.
    ("很快", ("很", "快")),
    # verb + 在/到/着/了/过
    ("坐在", ("坐", "在")),
    ("放在", ("放", "在")),
    ("拿着", ("拿", "着")),
    ("吃了", ("吃", "了")),
    ("看过", ("看", "过")),
    # a free split keeps the names CC-CEDICT has whole (not 美 "beautiful" + 国), and other
    # words it holds cut into HSK words
    ("美国司法部", ("美国", "司法部")),
    ("法国菜", ("法国", "菜")),
    ("台湾地区", ("台湾", "地区")),  # 台湾 is no HSK word: the name and the word
    ("非法所得", ("非法", "所", "得")),
    # a CC-CEDICT word no HSK list teaches beats its characters (not 变 + 量 + 名), unless it
    # is a transparent compound itself (做完 is 做 + 完)
    ("变量名", ("变量", "名")),
    ("打下基础", ("打下", "基础")),
    ("做完作业", ("做", "完", "作业")),
    # a negation or demonstrative prefix does not cut into a word it begins (不同, 这样)
    ("不同之处", ("不同", "之", "处")),
    ("这样做", ("这样", "做")),
    ("不必要", ("不", "必要")),  # the prefix strands no character here
    ("没底", None),  # a negated bound piece CC-CEDICT lists is an idiom ("unsure"), not 没 + 底
    ("没法", None),
    ("没钱", ("没", "钱")),  # a free noun negated: the sum
    ("没电", ("没", "电")),
    # 第 + number (+ unit)
    ("第一次", ("第一", "次")),
    ("第三天", ("第", "三", "天")),
    # reduplication: a verb tried out (AA, A一A, A了A, ABAB), a unit doubled for "every"
    ("看看", ("看", "看")),
    ("说说", ("说", "说")),
    ("看一看", ("看", "一", "看")),
    ("看了看", ("看", "了", "看")),
    ("休息休息", ("休息", "休息")),
    # AAB: a listed verb + object word, its verb said twice (帮帮忙 of 帮忙)
    ("帮帮忙", ("帮", "帮忙")),
    ("点点头", ("点", "点头")),
    # a separable verb held apart by an aspect marker or 个: verb, marker, object (not 见过 + 面)
    ("见过面", ("见", "过", "面")),
    ("见个面", ("见", "个", "面")),
    ("洗了澡", None),  # 澡 is on no list alone: the token keeps its note
    ("天天", ("天", "天")),
    ("人人", None),   # "everyone": 人 is no measure word, and the lists leave it out
    ("谢谢", None),   # listed
    ("星星", None),   # listed: a noun, not 星 twice
    ("桌上", ("桌", "上")),  # 桌 is on no list, but a noun: a noun and its place word (冰心)
    ("桌前", ("桌", "前")),
    ("门前", None),  # CC-CEDICT's word
    ("防止出现", ("防止", "出现")),
    ("毫不理会", ("毫不", "理会")),  # 会 ends the word 理会: no 理 "texture" + 会 (Lu Xun)
    ("美丽动人", ("美丽", "动人")),  # 人 ends 动人 "moving" (Maupassant in Chinese)
    ("一个人", ("一", "个", "人")),  # a measure word before 人 counts it: not 一 + 个人
    ("个别人", ("个别", "人")),  # a listed word before 人 keeps it: not 个 + 别人  # jieba tags it an idiom; CC-CEDICT lacks it (news, audit)
    ("日薄西山", None),  # an idiom: not two HSK words
    ("闪闪", None),   # "sparkling" (闪闪地眨着, Lu Xun): no verb sense, so not 闪 "to dodge" twice
    ("切切", None),   # "urgently"
    ("飘飘", ("飘", "飘")),  # "to float about": the verb's own sense, doubled
    ("二十", ("二", "十")),
    ("有道理", ("有", "道理")),
    ("多大", ("多", "大")),
    ("有意思", None),  # listed
    # verb + complement (CC-CEDICT has them all, so no free split read them before)
    ("看懂", ("看", "懂")),
    ("卖掉", ("卖", "掉")),
    ("站起来", ("站", "起来")),
    ("听得懂", ("听", "得", "懂")),
    ("看不见", ("看", "不", "见")),
    ("找不到", ("找", "不", "到")),
    ("想不开", None),  # "to take things hard": 开 is left out of the results
    ("看不起", None),  # "to look down on": listed
    # noun + locative (河里 and 水里 were "names": jieba tags 河里 ns, CC-CEDICT has Shuili)
    ("河里", ("河", "里")),
    ("水里", ("水", "里")),
    ("海上", ("海", "上")),
    ("湖边", ("湖", "边")),
    ("门外", ("门", "外")),
    ("房间里", ("房间", "里")),
    ("老外", None),   # "foreigner": 老 is no noun
    ("部下", None),   # "subordinate": 下 is left out of the locatives
    # word + modal, word + 人/们
    ("一定要", ("一定", "要")),
    ("特别是", ("特别", "是")),
    ("年轻人", ("年轻", "人")),
    ("同学们", ("同学", "们")),
    ("好朋友", ("好", "朋友")),
    ("好汉", None),   # "hero": one character after 好 is no free adjective + noun
    # Words: on an HSK list, so lexicalised whatever their shape.
    ("一定", None),   # "certainly": HSK 2
    ("不过", None),   # "but; only": HSK 2, not 不 + 过
    ("在于", None),   # "to lie in": HSK 4, and 于 is no verb suffix
    ("一些", None),   # HSK 1
    ("看到", None),   # HSK 1: the lists teach resultative verbs as words
    ("罢了", None),   # "that's all": listed, not 罢 + 了
    ("这样", None),
    ("不错", None),
    ("一切", None),
    # a pronoun + a one-character verb or preposition jieba's dictionary joins
    ("他用", ("他", "用")),  # 他用筷子吃饭, not 他用 "other use"
    ("我去", ("我", "去")),
    ("你好", None),  # 好 is no verb: a greeting
    ("我国", None),  # "our country": 国 is no verb
    # Words CC-CEDICT has that fit no rule: their meaning is more than the sum.
    ("动能", None),   # "kinetic energy", not 动 + 能
    ("对了", None),   # "by the way": 对 is no verb here (jieba: p)
    ("第二春", None),  # "a second spring": 春 is no counted unit
    ("日薄西山", None),  # a chengyu, even if CC-CEDICT lacks it
    ("一手", None),   # "single-handed": 手 is no measure word
    # verb + the word it takes, both meanings in CC-CEDICT's sense (round 5)
    ("种树", ("种", "树")),  # "to plant trees"
    ("花钱", None),  # 花's first sense is "flower": only a character that is a verb first
    ("网红", None),  # "internet celebrity": 网 "net" is no verb
    ("下沉", None),  # 下 "down" first
    ("分野", None),  # "dividing line between fields": a noun, though 分 divides and 野 is a field
    ("点菜", ("点", "菜")),  # "to order dishes"
    ("弄脏", ("弄", "脏")),  # "to make dirty": a result
    ("吃醋", None),  # "to be jealous": neither half's meaning
    ("看书", None),  # "to read; to study": no "book" in the sense
    ("想家", None),  # "homesick"
    # a pronoun + a verb the merge glued into CC-CEDICT's slang or literary headword
    ("我去", ("我", "去")),  # "(slang) oh my god!"
    ("他用", ("他", "用")),  # "other use"
    ("我国", None),  # "our country": jieba's dictionary has it
    ("他人", None),  # listed
    # a listed verb + 着 whose every sense is a participle is still the verb in progress
    ("背着", ("背", "着")),
    ("接着", None),  # "to continue; then"
    ("随着", None),  # "along with"
    # ... and so is a verb + 着 CC-CEDICT lacks, listed or not (audit 22, 骆驼祥子)
    ("怀着", ("怀", "着")),  # listed in HSK 3.0; the card glossed it "bosom + aspect particle"
    ("指着", ("指", "着")),
    ("敞着", ("敞", "着")),
    ("朝着", None),  # "towards": CC-CEDICT's word
    # AABB of a word (边城: 明明白白, 稳稳当当) is that word doubled, one note: not 明明 "obviously"
    # + 白白 "in vain", nor 干 + 干净 + 净
    ("明明白白", None),
    # a verb + 了 + its object jieba holds as one token: the verb, 了 and the HSK word it takes
    # (摇 + 了 + 一下), unless it is a CC-CEDICT word with 了 inside no HSK list has (翻了一番 "to double"),
    # or one with 了 and 一 (吃了一惊: 吃惊, never 吃 "to eat")
    ("摇了一下", ("摇", "了", "一下")),
    ("滑了一跤", None),  # 跤 is on no list alone: the token keeps its note, as 洗了澡
    ("翻了一番", None),
    ("吃了一惊", None),
    ("吃了饭", ("吃", "了", "饭")),  # 吃饭 is listed: its parts
    ("看了看", ("看", "了", "看")),  # 看 said twice
    ("干干净净", None),
    # a phrase CC-CEDICT lacks, of words it has of two or more characters: those words (round 10)
    ("大雨倾盆", ("大雨", "倾盆")),
    ("惊魂未定", ("惊魂", "未定")),  # jieba's idiom tag is no meaning
    ("低头不语", ("低头", "不语")),
    ("日薄西山", None),  # CC-CEDICT lacks it, but 日 and 薄 are single characters
    ("人工智能", None),  # CC-CEDICT has it
    ("北京协和医院", None),  # an organisation's name (jieba: nt)
    # a count + 年前/天后: the count, the unit and "ago"/"later" (round 10)
    ("万年前", ("万", "年", "前")),
    ("两千多年前", ("两", "千", "多", "年", "前")),
    ("年前", None),  # "before the New Year": a word
    # a particle's grammar, not a CC-CEDICT word inside it (小的 "I (to a superior)", 不着)
    ("小小的", ("小", "小", "的")),
    ("睡不着", ("睡", "不", "着")),
    # jieba's place tag on a pair that ends on a verb is no name (round 10)
    ("白跑", ("白", "跑")),  # "ran for nothing" (ns)
    # Names are not compounds
    ("诸葛亮", None),
    ("上海", None),
]


@pytest.mark.parametrize("word, expected", NON_WORD_RULE)
def test_non_word_rule(word, expected):
    assert compounds.parts(word) == expected


def test_the_table_goes_both_ways():
    assert len(NON_WORD_RULE) >= 30
    assert sum(e is None for _, e in NON_WORD_RULE) >= 10


@pytest.mark.parametrize(
    "word, name",
    [
        ("诸葛亮", True),   # CC-CEDICT: Zhu1 ge3 Liang4 only
        ("刘备", True),
        ("唐太宗", True),
        ("上海", True),     # a place, off the lists
        ("阿里巴巴", True),
        ("王刚", True),     # no dictionary has it: surname + given name
        ("李华", True),
        ("中国", False),    # HSK 1: vocabulary
        ("北京", False),
        ("星期六", False),  # CC-CEDICT capitalises it; jieba calls it a time word
        ("周六", False),
        ("古代文明", False),  # jieba tags it nr; it is 古代 + 文明
        ("花园里", False),   # jieba: nr; 花园 + 里
        ("河里", False),     # jieba: ns; 河 + 里
        ("金和银", False),   # jieba: nr; "gold and silver"
        ("关了门", False),   # jieba: nr; 关 + 了 + 门
        ("张老师", True),    # "Teacher Zhang": a form of address, 张 is no "to open up" here
        ("林先生", True),
        ("张票", False),    # 两张票: a measure word and its noun, no Mr Zhang
        ("张明", True),
        ("湖水", False),    # jieba: ns, CC-CEDICT lacks it; "lake water", 湖 + 水
        ("深水", False),
        ("大坡", False),
        ("小明", True),     # 小 + one character, in no dictionary: a textbook name
        ("小店", False),    # jieba's dictionary has it: a word
        ("三本", False),    # jieba's place name, and "three volumes" first
        ("新开", False),    # 新 is no common surname
        ("年轻人", False),
        ("王", False),      # one character is never a name here
        ("小王", True),     # 小/老/阿 + a surname: how friends address Wang (HSK 3.0 lists 小王)
        ("老李", True),
        ("小马", False),    # CC-CEDICT: "pony"
        ("老虎", False),
        ("翠翠", True),     # a name character said twice, in no dictionary (边城)
        ("芳芳", True),
        ("宝宝", False),    # CC-CEDICT: "darling; baby"
        ("钱少", False),    # 钱 + 少 the HMM glued: money, few (round 11)
        ("马跑", False),
    ],
)
def test_names(word, name):
    assert compounds.is_name(word) is name


@pytest.mark.parametrize(
    "word, standard, level",
    [
        ("一个", "3.0", 1),
        ("很多", "3.0", 1),
        ("这种", "3.0", 3),     # 种 is HSK 3
        ("一定要", "3.0", 2),   # 一定 is HSK 2
        ("第一次", "3.0", 1),   # 第一 is unlisted in 3.0: 第 + 一
        ("年轻人", "3.0", 2),
        ("生活水平", "3.0", 2),  # two two-character words (HSK 2 both): read through them
        ("一个", "2.0", 1),
        ("一定", "3.0", 2),     # a word keeps its own level
        ("诸葛亮", "3.0", None),  # names have no level
        ("动能", "3.0", None),   # opaque: outside HSK
        # coverage only (the word keeps its note): a verb + object, 大/小/有 + noun, a verb + 得/着,
        # whose CC-CEDICT meaning says one of its characters' meanings
        ("看书", "3.0", 1),      # "to read": 看 "to read"
        ("喝酒", "3.0", 2),
        ("大雨", "3.0", 1),      # "heavy rain": 雨 "rain"
        ("变得", "3.0", 2),
        ("小费", "2.0", None),   # "tip": neither 小 "small" nor 费 "fee" is said (unlisted in 2.0)
        ("小狗", "3.0", None),   # "puppy" says no "dog": left outside rather than guessed
        ("区块链", "3.0", None),
        # coverage only: a listed word + a listed character whose meaning one of them says
        ("电影票", "3.0", 1),    # "cinema ticket": 票 "ticket"
        ("会议室", "3.0", 3),    # "meeting room": 会议 "meeting"
        ("回老家", "3.0", 4),    # 回 + 老家 "hometown"
        ("铁饭碗", "3.0", None),  # "secure employment": says neither 铁 "iron" nor 饭碗 "rice bowl"
    ],
)
def test_effective_level(word, standard, level):
    assert compounds.effective_level(word, standard) == level


@pytest.mark.parametrize("word, known", [("一个", True), ("很多", True), ("这种", True), ("年轻人", True),
                                          ("动能", False), ("诸葛亮", False), ("区块链", False)])
def test_known_level_knows_transparent_compounds(word, known):
    assert (word in KnownWords(level=3, standard="3.0")) is known


def _sentences(*texts):
    return tokenize([Sentence(t, "t", i) for i, t in enumerate(texts)])


def test_parts_get_the_notes_and_the_examples():
    tokenized = compounds.split_compounds(_sentences("他坐在椅子上。", "诸葛亮很聪明。"))
    assert tokenized[0].tokens[:3] == ("他", "坐", "在")
    words = {s.word: s for s in select_words(tokenized, SelectionOptions(), lambda w: compounds.effective_level(w))}
    assert "坐在" not in words and "诸葛亮" not in words
    assert words["坐"].examples == (0,)  # the compound's sentence teaches its part
    named = select_words(tokenized, SelectionOptions(names=True), lambda w: None)
    assert "诸葛亮" in {s.word for s in named}


def test_split_keeps_the_original_script():
    ts = compounds.split_compounds(tokenize([Sentence("他坐在這裡。", "t", 0, "traditional")]))[0]
    assert ts.tokens[1:3] == ("坐", "在") and ts.original[1:3] == ("坐", "在")
    assert "".join(ts.original) == "他坐在這裡。"


def test_names_in_coverage():
    tokenized = _sentences("诸葛亮和刘备是好朋友。", "我有一个朋友。")
    a = analyze_text(tokenized, known=KnownWords(level=1))
    assert {w.word for w in a.names} == {"诸葛亮", "刘备"}
    assert a.name_tokens == 2 and not {w.word for w in a.outside} & {"诸葛亮", "刘备"}
    assert sum(c.tokens for c in a.coverage) + a.outside_tokens + a.name_tokens == a.tokens
    assert a.covered(7) == 1.0  # every token but the names is on the lists or made of them
    assert "一个" not in {w.word for w in a.new_words}  # known at level 1 through 一 and 个
    doc = json.loads(to_json(a))
    assert doc["names"]["tokens"] == 2 and {w["word"] for w in doc["names"]["words"]} == {"诸葛亮", "刘备"}
    assert doc["level_for"]["90"] is not None


def test_names_in_the_report(tmp_path):
    from rich.console import Console

    from flashcards.report_html import render
    from flashcards.report_tables import render as tables

    a = analyze_text(_sentences("诸葛亮和刘备是好朋友。"))
    html = render(a)
    names_table = html.split('id="names"')[1]
    assert "诸葛亮" in names_table and '<td class="n">name</td>' in names_table
    console = Console(record=True, width=120)
    tables(a, console)
    assert "Names (2" in console.export_text()


@pytest.mark.parametrize(
    "sentence, cut",
    [
        # 源 is a bound morpheme (jieba: ng) that 生动 stole 生 from; 动能 is in both dictionaries.
        ("数字经济为产业升级注入源生动能。", ["源生", "动能"]),
        # Not re-cut: 从 and 到 stand alone (从 小学 到, not 从小 学到).
        ("他从小学到大学都很努力。", ["从", "小学", "到"]),
        ("研究生命的起源。", ["研究", "生命"]),
        # Textbook names jieba cuts in two are joined; 小 the adjective is not.
        ("朋友小华去公园玩。", ["朋友", "小华", "去"]),
        ("小明说：“这里真漂亮！”", ["小明", "说"]),
        ("他的个子小，力气大。", ["个子", "小", "，"]),
        ("我的孩子还小呢。", ["还", "小", "呢"]),
        ("老师老说这个。", ["老", "说"]),  # 老 + verb is "always": no name, whatever HMM says
        ("王刚和孙涛去小店。", ["王刚", "和", "孙涛", "去", "小店"]),
        # 小 + a surname jieba's HMM joined to what follows (李矮): the name takes the surname
        ("小张比小李矮。", ["小张", "比", "小李", "矮"]),
        ("小高楼不多。", ["小", "高楼", "不"]),  # 高楼 is a word: no 小高
        # A common surname alone before a word ending in 说/是/和 …: the name takes its first
        # character (李 + 明说 → 李明 + 说); not when the pair is a word (张口, 高兴).
        ("我的朋友李明说，他很好。", ["朋友", "李明", "说", "，"]),
        ("他很高兴说。", ["很", "高兴", "说"]),
        ("张口说话。", ["张口", "说话"]),
        # ... nor when what follows is a verb and its particle, one word for jieba (转给): 钱
        # is the money moved (round 11)
        ("他把钱转给我了。", ["把", "钱", "转给", "我"]),
        # a noun that is also a surname, glued by the HMM to what it does, is that noun (钱少
        # "coin + few", 马跑 "horse + to run" were names); names stay (田力, 龙飞)
        ("钱少了。", ["钱", "少", "了"]),
        ("马跑了。", ["马", "跑", "了"]),
        ("钱花光了。", ["钱", "花光", "了"]),
        ("田力是我同学。", ["田力", "是", "我"]),
        # 存在 before a place things are kept is 存 + 在 (to store at), else "to exist"
        ("我把钱存在银行里。", ["钱", "存", "在", "银行", "里"]),
        ("照片存在手机上。", ["照片", "存", "在", "手机", "上"]),
        ("这里存在很多问题。", ["这里", "存在", "很多"]),
        ("这个问题一直存在。", ["一直", "存在", "。"]),
        # a potential complement after a verb is 不/得 + its result (边城: 吞不下, 领略得出),
        # not 不下 "not less than" nor 得出 "to arrive at", which keeps its object
        ("现在吞不下你了。", ["吞", "不", "下", "你"]),
        ("房间里坐不下这么多人。", ["坐", "不", "下", "这么"]),
        ("她已领略得出。", ["领略", "得", "出", "。"]),
        ("调查得出了结论。", ["得出", "了", "结论"]),
        ("参加的人不下一百个。", ["人", "不下", "一"]),
        # a word jieba found across a boundary the token before shows (边城)
        ("水中还有个人。", ["还有", "个", "人", "。"]),
        ("门口来了个人。", ["了", "个", "人", "。"]),
        ("这是我个人的看法。", ["我", "个人", "的"]),
        ("人家也觉得你好！", ["觉得", "你", "好", "！"]),
        ("你好，我叫李明。", ["你好", "，"]),
        ("他一句话也没说。", ["一", "句", "话", "也"]),
        ("一句话，我不去。", ["一句话", "，"]),
        # a name character said twice is a name (翠翠), no note for 翠
        ("翠翠看着祖父。", ["翠翠", "看着", "祖父"]),
        # A degree adverb gives back the adjective jieba glued to it when the adjective and
        # the next character are an HSK word; 很大 alone stays.
        ("他对朋友很大方。", ["很", "大方", "。"]),
        ("他不大方。", ["不", "大方"]),
        ("这个房间很大。", ["房间", "很大", "。"]),
        ("今天不大好。", ["不大好"]),  # 大好 is on no HSK list: no re-cut
        # 把 the object marker before a verb, not 把门 "to guard a gate" / 把手 "handle".
        ("你把门打开吧。", ["你", "把", "门", "打开"]),
        ("我们把头抬起来。", ["把", "头"]),
        ("守门员在把门。", ["在", "把门", "。"]),
        ("这个把手坏了。", ["这个", "把手", "坏"]),
        ("门的把手坏了。", ["的", "把手", "坏"]),
        # The adverbial particle 地 jieba's dictionary glues on (轻轻地, 地走了) is its own token.
        ("他慢慢地走了过来。", ["慢慢", "地", "走", "了", "过来"]),
        ("他轻轻地走了。", ["轻轻", "地", "走"]),
        ("闪闪地眨着眼。", ["闪闪", "地", "眨"]),
        ("满地都是水。", ["满地", "都"]),  # "all over the ground": one character before 地
        ("两地的人。", ["两地", "的"]),
        # After 这/那/每, 一 + a measure word counts (这一行 "this line of work", 这一点 "this point").
        ("我在这一行干了十年。", ["这", "一", "行", "干"]),
        ("这一点很重要。", ["这", "一", "点", "很"]),
        ("他们一行五人到了北京。", ["他们", "一行", "五"]),  # no demonstrative: the party
        # 的话 after a personal pronoun or a heeded speaker is "X's words"; after a condition,
        # or a verb clause, it is 的话 "if" (found in Shi Tiesheng's 合欢树, audit of round 5).
        ("我装作根本不再注意她的话，对着墙打乒乓球。", ["她", "的", "话", "，"]),
        ("我们要听老师的话。", ["老师", "的", "话", "。"]),
        ("你听他的话。", ["他", "的", "话"]),
        ("车夫听了这老女人的话，却毫不踌躇。", ["女人", "的", "话", "，"]),
        ("有时间的话，来找我。", ["时间", "的话", "，"]),
        ("别人便从这半懂不懂的话里，替他取下一个绰号。", ["的", "话", "里"]),
        ("如果是我的话，我就去。", ["我", "的话", "，"]),
        ("要是你的话，你会怎么办？", ["你", "的话", "，"]),
        ("下雨的话就不去了。", ["下雨", "的话", "就"]),
        # A personal pronoun joins no merge: 走 + 你, not the slang 走你 (Lu Xun, 一件小事).
        ("走你的罢！", ["走", "你", "的"]),
        # A place word on its own joins no merge: not 车前 "Chinese plantain", not 里人.
        ("伊从马路边上突然向车前横截过来。", ["向", "车", "前", "横截"]),
        ("大厅里人很多。", ["里", "人", "很多"]),
        ("我前几天见过他。", ["我", "前几天", "见"]),  # 前 still begins a time word
    ],
)
def test_recut_bound_morphemes(sentence, cut):
    from flashcards.segment import segmenter

    words = segmenter().words(sentence)
    joined = " ".join(words)
    assert " ".join(cut) in joined, words


def test_build_names_option(tmp_path):
    from flashcards.build import BuildOptions, plan_deck

    text = tmp_path / "t.txt"
    text.write_text("诸葛亮是一个聪明的人。刘备很喜欢诸葛亮。", encoding="utf-8")

    def heads(**kw):
        plan = plan_deck(BuildOptions(inputs=(str(text),), output=tmp_path / "o.apkg", audio=None,
                                      cards=("recognition",), **kw))
        return {n.fields[0] for n in plan.notes if n.kind == "vocab"}

    plain, named = heads(), heads(names=True)
    assert not plain & {"诸葛亮", "刘备", "一个"} and {"个", "聪明"} <= plain
    assert {"诸葛亮", "刘备"} <= named


@pytest.mark.parametrize(
    "sentence, whole, parts",
    [
        # Doubled words and complements CC-CEDICT reads with a neutral tone stay whole in the
        # sentence (its pinyin kànkan, not kàn kàn); they still get no note of their own.
        ("你看看这本书。", "看看", ("看", "看")),
        ("他天天跑步。", "天天", ("天", "天")),
        ("他站起来了。", "站起来", ("站", "起来")),
        ("我听不懂。", "听不懂", ("听", "不", "懂")),
    ],
)
def test_sentences_keep_words_their_parts_would_misread(sentence, whole, parts):
    from flashcards.readings import sentence_readings

    ts = compounds.split_compounds(_sentences(sentence))[0]
    assert whole in ts.tokens and compounds.parts(whole) == parts
    syllables = sentence_readings(list(ts.tokens))[list(ts.tokens).index(whole)]
    assert any(s.endswith("5") for s in syllables) or whole == "天天"


def test_complements_read_as_their_parts_are_split():
    ts = compounds.split_compounds(_sentences("我看懂了。"))[0]  # 看懂 kàndǒng: no neutral tone
    assert "看懂" not in ts.tokens and ["看", "懂"] == list(ts.tokens[1:3])


@pytest.mark.parametrize(
    "sentence, pieces",
    [
        # AAB and a separable verb split for study: the learnable verb + object word (点头)
        # is a token with the sentence as its example; 点 doubled is no unit said twice (天天)
        ("他点点头说好。", ["点", "点头"]),
        ("你们见过面吗？", ["见", "过", "面"]),
    ],
)
def test_doubled_and_separated_verbs_split_for_study(sentence, pieces):
    ts = compounds.split_compounds(_sentences(sentence))[0]
    i = list(ts.tokens).index(pieces[0])
    assert list(ts.tokens[i : i + len(pieces)]) == pieces


@pytest.mark.parametrize(
    "word, name",
    [("速霸路", True), ("布福德", True), ("邓伍迪", True), ("车能载", False), ("源生动能", False), ("小华去", False)],
)
def test_an_unknown_run_of_nouns_is_a_name(word, name):
    from flashcards.compounds import looks_unknown_name

    assert looks_unknown_name(word) == name
