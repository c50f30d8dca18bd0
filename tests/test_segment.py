import pytest

from flashcards.hanzi import is_hanzi_word
from flashcards.segment import segmenter


def _cut_as(sentence: str, expected: list[str], cut=lambda s: segmenter().words(s)) -> None:
    """The sentence's tokens (``cut``'s: the segmenter's by default) hold ``expected`` as a
    run, from its first token on."""
    words = list(cut(sentence))
    i = words.index(expected[0])
    assert words[i : i + len(expected)] == expected, words


@pytest.mark.parametrize(
    "sentence, expected_words",
    [
        # CC-CEDICT compounds jieba splits are merged back
        ("区块链与数字货币的分水岭", ["区块链", "数字货币"]),
        # HMM-invented words absent from every dictionary are re-cut: 很长 -> 很 + 长
        ("这条路很长。", ["很", "长"]),
        ("我们一起打篮球吧", ["打篮球"]),
    ],
)
def test_words_contain(sentence, expected_words):
    words = segmenter().words(sentence)
    for word in expected_words:
        assert word in words, (word, words)


@pytest.mark.parametrize(
    "sentence, forbidden",
    [
        # particles never glue into accidental dictionary entries
        ("他是一个人才。", "一个人"),
        ("这是我的书。", "的书"),
    ],
)
def test_no_accidental_merges(sentence, forbidden):
    assert forbidden not in segmenter().words(sentence)


def test_segmentation_keeps_every_character():
    text = "2024年，ChatGPT和区块链😀改变了世界！"
    assert "".join(segmenter().words(text)) == text


@pytest.mark.parametrize(
    "token, expected",
    [("学习", True), ("區塊鏈", True), ("ICO", False), ("2024", False), ("，", False), ("😀", False), ("学a", False), ("", False)],
)
def test_is_hanzi_word(token, expected):
    assert is_hanzi_word(token) is expected


def test_user_dictionary(tmp_path):
    user_dict = tmp_path / "dict.txt"
    user_dict.write_text("链圈人士 10 n\n", encoding="utf-8")
    assert "链圈人士" in segmenter(user_dict).words("他是链圈人士。")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a one-character verb + 得 no HSK list teaches, before a degree complement: V + 得
        ("他们的日子过得很好。", ["过", "得", "很", "好"]),
        ("孩子长得很快。", ["长", "得", "很快"]),
        ("他来得太晚了", ["来", "得", "太晚"]),
        ("你们最近过得怎么样", ["过", "得", "怎么样"]),
        # not firing: taught words (觉得), a verb after (懒得去), other tokens (来得及, 过得去)
        ("你觉得很好吗", ["觉得", "很"]),
        ("我懒得去", ["懒得", "去"]),
        ("他来得及", ["来得及"]),
        ("他过得去", ["过得去"]),
        # nor a linking verb + 得 (CC-CEDICT "to become"): the adjective describes the subject
        ("天气变得很冷。", ["变得", "很", "冷"]),
        ("他变得越来越忙", ["变得", "越来越"]),
    ],
)
def test_verb_de_before_degree(sentence, expected):
    _cut_as(sentence, expected)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # verb + direction + object + 来/去: the direction and the object are two words
        ("一只猫探出头来。", ["探", "出", "头", "来"]),
        ("他出门了。", ["出门", "了"]),  # no verb before, no 来/去 after: the word
        # adverb + modal before a verb (才能 "talent", 总能 "total energy" in the dictionary)
        ("他才能说好中文。", ["才", "能", "说好"]),
        ("他总能找到办法。", ["总", "能", "找到"]),
        ("他的才能很高。", ["才能", "很"]),
        ("我只能说好。", ["只能", "说好"]),  # 只能 "can only": a modal sense of its own
        ("只要说不。", ["只要", "说"]),  # 只要 "so long as": a conjunction, not 只 + 要
        # 请 + a verb with its measure of action
        ("请调一下音量。", ["请", "调", "一下"]),
        ("他请调到北京。", ["请调", "到"]),
        ("请再说一遍。", ["请", "再", "说", "一遍"]),
        ("再说，他也不想去。", ["再说", "，"]),
        # a noun ending in a verb, with an aspect particle after it
        ("他家养了一只狗。", ["家", "养", "了"]),
        ("家养的狗很乖。", ["家养", "的"]),
        # 不 + 大X: 不大 "not very" and the adjective
        ("这事尚不大难。", ["不", "大", "难"]),
        ("他经历了一场大难。", ["大难", "。"]),
        # 在X + a place word that X joins (在意 + 中 → 在 + 意中); not where X + it is no word
        ("这也在意中。", ["在", "意中"]),
        ("他在场中跑。", ["在场", "中"]),
        # a verb + 着 CC-CEDICT has only as a noun (穿着 "attire"), before an object
        ("他穿着一件红衣服。", ["穿", "着", "一件"]),
        ("她的穿着很时髦。", ["穿着", "很"]),
        # a body part + a verb after 用: the instrument and the verb
        ("那人用怪眼看我。", ["怪", "眼", "看", "我"]),
        ("他用眼看了看。", ["用", "眼", "看"]),
        ("眼看就要下雨了。", ["眼看", "就要"]),
        # 一 + measure + noun before 也/都: "not a single …", not the set phrase 一句话 "in short"
        ("他一句话也不说。", ["一", "句", "话", "也"]),
        ("一句话，他不来了。", ["一句话", "，"]),
        # a verb + object word held apart by 了, its object counted (叹气 → 叹了口气)
        ("她叹了口气。", ["叹", "了", "口", "气"]),
        ("她说话的口气很冷。", ["的", "口气", "很"]),
        ("这是我们个人的事。", ["我们", "个人", "的"]),
        # a verb + 了 before its measure of action; 算了 "forget it" closing a clause stays
        ("我算了一下，一共五十块。", ["算", "了", "一下"]),
        ("算了，别去了。", ["算了", "，"]),
        # a verb + 点 ("a bit of") before a thing; 加点 "to punctuate" before 了 stays
        ("咖啡里再加点糖。", ["加", "点", "糖"]),
        ("老师在这里加点了。", ["加点", "了"]),
        # a measure word + an adjective after what counts it; 家小 "wife and children" elsewhere
        ("公司收购了那家小厂。", ["那", "家", "小", "厂"]),
        ("他带着家小回来了。", ["着", "家小", "回来"]),
    ],
)
def test_pairs_split_in_phrases(sentence, expected):
    _cut_as(sentence, expected)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("奥楚蔑洛夫穿着新大衣。", "奥楚蔑洛夫"),  # 奥 + 楚 + 蔑 + 洛夫 before
        ("”奥楚蔑洛夫忽然听见叫喊声", "奥楚蔑洛夫"),
        # two characters are enough (round 10): 杰 + 森 before, "hero" and "densely wooded"
        ("杰森，你好。", "杰森"),
        ("莎伦发现自己要生小孩。", "莎伦"),
        ("国王死后，艾莎成为了女王。", "艾莎"),
    ],
)
def test_transliterated_names_stay_whole(sentence, name):
    from flashcards.compounds import is_name

    assert name in segmenter().words(sentence)
    assert is_name(name)


@pytest.mark.parametrize("sentence", ["他普及了科学。", "我们利用他。", "他尼姑庵里住。", "他做什么事也顺顺利利的。",
                                      "我乘几路车去怀基基？"])
def test_ordinary_words_are_no_transliteration(sentence):
    from flashcards.compounds import looks_transliterated

    assert not any(looks_transliterated(w) for w in segmenter().words(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an adverb + 给 before a pronoun and a verb: 给 "for" (还 + 给 + 我们 + 倒)
        ("老板还给我们倒了热茶。", ["还", "给", "我们", "倒"]),
        # not firing: what is given back follows (还给 "to return to")
        ("他还给我们一本书。", ["还给", "我们"]),
        ("请把书还给我。", ["还给", "我"]),
    ],
)
def test_benefactive_gei_after_adverb(sentence, expected):
    _cut_as(sentence, expected)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the erhua suffix jieba cut off rounds off the word before it (one note, read huàr)
        ("他业余时间学画画儿。", ["学", "画画儿", "。"]),
        # not after a particle, and 儿子/儿女 are words of their own
        ("老王的儿来了。", ["的", "儿", "来"]),
        ("他的儿子很好。", ["的", "儿子", "很"]),
    ],
)
def test_erhua_joins_its_word(sentence, expected):
    _cut_as(sentence, expected)


#: Round 8's re-cuts of jieba's tokens, each firing and a neighbour where it must not.
RECUTS8 = [
    # V了V + 了 is V了 said twice when V了 is a word ("forget it, forget it"); V了V alone is
    # "reckoned it up": kept
    ("算了算了，快进来吧。", ["算了", "算了", "，"]),
    ("他算了算，一共三百块。", ["他", "算了算", "，"]),
    # after a numeral 十分 is a score (九十 + 分), after a clock hour minutes (十 + 分); "very" elsewhere
    ("他考了九十分。", ["九十", "分", "。"]),
    ("现在是八点十分。", ["八点", "十", "分", "。"]),
    ("这个问题十分重要。", ["问题", "十分", "重要"]),
    # 别管 + a person + the clause's end: "don't bother about" (别 + 管); before a clause "no matter"
    ("那我们先吃吧，别管他了。", ["别", "管", "他", "了"]),
    ("别管我！", ["别", "管", "我", "！"]),
    ("别管他是谁，都要排队。", ["别管", "他", "是"]),
    # after 把, a noun + verb pair before a result is the object and its verb; no result
    # after it: the compound noun (the lock is changed)
    ("出门前把门锁好。", ["把", "门", "锁", "好"]),
    ("你把锅盖上。", ["把", "锅", "盖", "上"]),
    ("把门锁换了。", ["把", "门锁", "换"]),
    # 钱 is a surname, but 够 "enough" names nobody: 钱 + 够, read as words
    ("钱够吗？", ["钱", "够", "吗"]),
    # after 这 or a numeral a surname that is a measure word counts its noun (jieba's HMM
    # read 张表 as a Mr 张): 这 + 张 + 表; the name itself stays whole
    ("你把这张表填好交给我。", ["这", "张", "表"]),
    ("我认识张伟。", ["认识", "张伟"]),
    # after a count, 年前 is the years counted and "ago", not 年前 "before New Year" (round 10)
    ("一万一千年前，人们开始种地。", ["一万一千", "年", "前"]),
    ("年前我要回家过年。", ["年前", "我"]),
    # a doubled word that stole the end of the word before from the verb after (round 10)
    ("小偷偷走了我的钱包。", ["小偷", "偷走"]),
    ("他偷偷地走了。", ["偷偷", "地"]),
    ("你妈妈的脸很红。", ["你", "妈妈", "的"]),  # not 你妈 + 妈的
    # after a one-character verb 着 is its aspect and 想 the next verb (round 10)
    ("他坐着想了很久。", ["坐", "着", "想"]),
    ("我们要为别人着想。", ["别人", "着想"]),
    # 得 before 真/挺 + an adjective opens a degree complement as before 很/太 (长 zhǎng + 得)
    ("孩子长得真快。", ["长", "得", "真快"]),
    ("我觉得真好。", ["觉得", "真"]),
    # single characters that spell a CC-CEDICT word with a transliteration character among
    # them are that word (奥司他韦 "oseltamivir", cut by jieba through 他)
    ("奥司他韦无效。", ["奥司他韦", "无效"]),
    # a name the HMM found, every character a noun or a name's and no word inside, stays
    # whole (a brand, a street); one of transliteration characters joins a word of jieba's
    ("那是一辆红色速霸路。", ["红色", "速霸路"]),
    ("银行就在布福德大道旁。", ["布福德", "大道"]),
    ("天啊，格利夫，放过他吧。", ["格利夫"]),
    ("这辆车能载五个人。", ["车", "能", "载"]),  # verbs inside: words, cut
]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 一 + a measure word HSK lists as a word (一道 "together") counts the noun after it
        ("天空出现了一道彩虹。", ["一", "道", "彩虹"]),
        ("墙上挂着一面镜子。", ["一", "面", "镜子"]),
        ("我们一道去吧。", ["一道", "去"]),  # before a verb: "together"
        ("他一面走一面唱。", ["一面", "走"]),
    ],
)
def test_one_and_its_measure_word_before_a_noun(sentence, expected):
    from flashcards.compounds import split_compounds
    from flashcards.sentences import Sentence
    from flashcards.tokens import tokenize

    _cut_as(sentence, expected, cut=lambda s: split_compounds(tokenize([Sentence(s, "t", 0)]))[0].tokens)


@pytest.mark.parametrize("sentence, expected", RECUTS8)
def test_round8_recuts(sentence, expected):
    _cut_as(sentence, expected)


def test_v_le_v_before_le_without_the_word_splits_into_characters():
    from flashcards.segment import recut_doubled_le

    assert recut_doubled_le(["看了看", "了"]) == ["看", "了", "看", "了"]
    tokens = ["他", "算了算", "。"]
    assert recut_doubled_le(tokens) is tokens


def test_counted_noun_recut_needs_a_count_before():
    from flashcards.segment import recut_counted_noun

    assert recut_counted_noun(["那", "张表", "呢"]) == ["那", "张", "表", "呢"]
    tokens = ["是", "张表", "的"]  # nothing counts it: left as the segmenter cut it
    assert recut_counted_noun(tokens) is tokens
