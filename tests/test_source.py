import codecs

import pytest

from flashcards.encoding import decode
from flashcards.errors import InputError
from flashcards.formats.text import strip_markdown
from flashcards.formats.passage import rejoin_lines
from flashcards.source import read_document

TEXT = "我们一起学习中文。今天天气很好，我们去公园散步吧！"
TRADITIONAL = "我們一起學習中文。今天天氣很好，我們去公園散步吧！"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        TEXT.encode("gb2312"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030", "gbk", "gb2312"],
)
def test_simplified_encodings_detected(data):
    assert decode(data) == TEXT


@pytest.mark.parametrize("encoding", ["big5", "utf-8", "utf-16"])
def test_traditional_encodings_detected(encoding):
    assert decode(TRADITIONAL.encode(encoding)) == TRADITIONAL


def test_big5_is_not_mistaken_for_gb18030():
    # Big5 bytes also decode as GB18030 (into rare characters): commonness decides.
    data = TRADITIONAL.encode("big5")
    assert data.decode("gb18030", errors="strict") != TRADITIONAL
    assert decode(data) == TRADITIONAL


def test_utf16_without_bom_detected():
    text = "Lesson 1: 你好 hello world, this is mostly ASCII text."
    assert decode(text.encode("utf-16-le")) == text


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 20)


def test_control_characters_and_crlf_cleaned():
    body = "我们一起学习中文。" * 20
    assert decode(("你好\r\n世界\x00\x07。" + body).encode("utf-8")) == "你好\n世界。" + body


def test_rejoin_hard_wrapped_lines_in_a_block():
    text = "当技术研发成熟，找到落地和应用的正确的方式\n和方法，才是真正确保区块链可以持续发展的\n根本所在。\n下一段。"
    assert rejoin_lines(text) == ["当技术研发成熟，找到落地和应用的正确的方式和方法，才是真正确保区块链可以持续发展的根本所在。\n下一段。"]


@pytest.mark.parametrize(
    "first, second, joined",
    [
        ("这其实是一个下沉的过程。通过这种", "下沉，电商平台对于用户的影响力进一步加大。", True),
        ("当数字化逐渐风靡，特别是当数字化对", "于零售行业的改造开始变得深度和全面。", True),
        ("才是真正确保区块链可以", "持续发展的根本所在。", True),
        ("进行纯粹的发币或者ICO", "不同，这个时期的区块链技术已经与实体产业深度融合。", True),
        ("产业互联网时代的发展新模式重点不再产业末端，而在产业前端", "早期的区块链之所以出现如此多的乱象，其中一个原因在于此。", False),
        ("产业互联网：区块链与数字货币的分水岭", "成为技术，逐渐并且正在成为区块链行业发展的主题。", False),
        ("第一段结束了。", "第二段开始了。", False),
        # a heading, then a paragraph opening on a time or on a word whose first character
        # alone could not begin one (著名, 于是): apart
        ("三十年，解决人生三大问题", "本周，太阳活动剧烈，引起几十年来最大的地磁暴。", False),
        ("一个标题", "2024年5月，太阳活动剧烈。", False),
        ("愤怒的小鸟原型", "著名游戏《愤怒的小鸟》的主角，是一群彩色的麻雀。", False),
        ("他们走进来", "了，大家都站了起来。", True),
        ("2020.1.26更新", "谢谢大家的赞和支持关心。", False),  # a dated heading
        # a heading ending on a word whose last character alone would dangle (为, 向, 在): apart
        ("小卡片属于酒店私下行为", "4月6日一早本报记者在和颐酒店等候发布会时询问一位女房客，她表示在微信上看了这事。", False),
        ("企业未来的发展方向", "公司这几年一直在做新的尝试。", False),
        ("这件事我们一定要认真对", "待它，不能马虎。", True),  # 对 itself dangles
    ],
)
def test_rejoin_across_blank_lines_only_on_evidence(first, second, joined):
    paragraphs = rejoin_lines(first + "\n\n" + second)
    assert paragraphs == ([first + second] if joined else [first, second])


def test_labelled_list_items_stay_apart_however_long():
    # round 10: a long item of a list of "label：text" lines was glued to the next as if wrapped
    block = ("生态农业：根据生态经济学，运用系统工程的方法和现代科技，进行集约化经营\n"
             "白色农业（white agriculture）：微生物资源的产业化发展\n艺术农业：艺术与农业结合")
    assert rejoin_lines(block) == [block]  # one paragraph, its lines apart
    assert "经营白色" not in rejoin_lines(block)[0]


def test_verse_lines_stay_apart():
    assert rejoin_lines("床前明月光\n疑是地上霜\n举头望明月\n低头思故乡") == ["床前明月光\n疑是地上霜\n举头望明月\n低头思故乡"]


def test_latin_words_rejoined_with_a_space():
    assert rejoin_lines("我们使用 machine\nlearning 技术。") == ["我们使用 machine learning 技术。"]


@pytest.mark.parametrize(
    "md, text",
    [
        ("这是**重要**的", "这是重要的"),
        ("这是*重要*的，__很__重要，_斜_，~~删~~", "这是重要的，很重要，斜，删"),
        ("**a*b**", "a*b"),
        ("a * b * c", "a * b * c"),
        ("[链接](http://x.y)和![图](a.png)", "链接和"),
        ("<b>粗</b>", "粗"),
    ],
)
def test_markdown_emphasis_and_links(md, text):
    assert strip_markdown(md) == text


def test_markdown_markup_removed():
    md = "# 标题\n\n这是**重要**的[链接](http://x.y)。\n\n```\ncode 代码\n```\n![图](a.png)"
    text = strip_markdown(md)
    assert "标题" in text and "这是重要的链接。" in text
    assert "代码" not in text and "http" not in text and "#" not in text


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty"), (b"   \n\n ", "empty"), (b"Only English here.", "no Chinese"), (b"\x00\x01\x02\x03" * 100, "binary")],
)
def test_bad_inputs_raise_input_error(tmp_path, content, message):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_document_keeps_origin(sample_text):
    doc = read_document(sample_text)
    assert doc.name == "industrial_internet.txt"
    assert all(p.origin == "industrial_internet.txt" for p in doc.passages)
    assert doc.passages[0].text == "产业互联网：区块链与数字货币的分水岭"


def test_heading_before_an_opener_clause_stays_apart():
    heading = "产业互联网时代的发展新模式重点不再单个行业，而在产业生态"
    body = "早期，区块链行业的发展仅仅只是局限在数字货币身上。"
    assert rejoin_lines(heading + "\n\n" + body) == [heading, body]


@pytest.mark.parametrize(
    "data, declared, expected",
    [
        (TEXT.encode("gbk"), "gb2312", TEXT),
        (TRADITIONAL.encode("big5"), "big5", TRADITIONAL),
        (TEXT.encode("utf-8"), "gb2312", TEXT),  # a stale label on a page re-saved as UTF-8
        (TEXT.encode("gb18030"), "no-such-charset", TEXT),  # an unknown label is ignored
        (TRADITIONAL.encode("big5"), "utf-8", TRADITIONAL),  # a wrong label is ignored
    ],
)
def test_declared_charset_is_evidence(data, declared, expected):
    assert decode(data, declared=declared) == expected


def test_utf8_file_with_a_gbk_paragraph():
    utf8 = (TEXT + "\n").encode("utf-8") * 3
    gbk = "动物园里的熊猫正在吃竹子。\n".encode("gbk")
    assert decode(utf8 + gbk + utf8) == (TEXT + "\n") * 3 + "动物园里的熊猫正在吃竹子。\n" + (TEXT + "\n") * 3


def test_utf8_with_a_few_broken_bytes_stays_utf8():
    data = (TEXT * 5).encode("utf-8") + b"\xed\xa0\x80\xff" + (TEXT * 5).encode("utf-8")
    text = decode(data)
    assert text.startswith(TEXT * 5) and text.endswith(TEXT * 5)


def test_rejoin_traditional_text_by_the_same_rules():
    assert rejoin_lines("這其實是一個下沉的過程。通過這種\n\n下沉，電商平台的影響力進一步加大。") == [
        "這其實是一個下沉的過程。通過這種下沉，電商平台的影響力進一步加大。"
    ]
    assert rejoin_lines("當數字化對\n\n於零售行業的改造開始變得深度和全面。") == [
        "當數字化對於零售行業的改造開始變得深度和全面。"
    ]


def test_read_document_from_a_pipe(tmp_path):
    """A named pipe (or bash's <(…)) has no size to check: read with a bound, not refused."""
    import os
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(TEXT.encode("utf-8")))
    writer.start()
    try:
        doc = read_document(fifo)
    finally:
        writer.join(timeout=10)
    assert doc.passages[0].text == TEXT


def test_short_lines_without_final_punctuation_are_not_glued():
    # One sentence per line, some without a full stop: a list, not a hard wrap. Lines well
    # short of the block's widest line ended where their author ended them. (The widest line
    # itself cannot be told from a wrapped one: that is why it ends with 。 here.)
    text = "我今天很忙，没时间吃饭\n他是我的老师。\n这本书很有意思，我想再看一遍。\n明天见"
    assert rejoin_lines(text) == [text]


def test_hard_wrap_at_a_column_width_is_rejoined():
    text = "这是一个很长的句子，作者在编辑器里按照固定\n宽度换行，所以句子被切成了好几行，我们需要\n把它们重新连起来。"
    assert rejoin_lines(text) == [text.replace("\n", "")]
