import pytest

from flashcards.sentences import MAX_SENTENCE_CHARS, split_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我喜欢你。你喜欢我吗？", ["我喜欢你。", "你喜欢我吗？"]),
        ("太好了！真的吗？！是的……", ["太好了！", "真的吗？！", "是的……"]),
        ("他说：“你好。”我笑了。", ["他说：“你好。”", "我笑了。"]),
        # a short quotation the sentence goes on after ends nothing (round 10): 她说。 alone
        # was a fragment of an example; after a colon the quoted turn stands alone
        ("「走吧。」她说。", ["「走吧。」她说。"]),
        ("面对记者“领导什么时候来？发布会还开不开？”等询问，工作人员均表示不知道。",
         ["面对记者“领导什么时候来？发布会还开不开？”等询问，工作人员均表示不知道。"]),
        ("“你好。”“谢谢。”", ["“你好。”", "“谢谢。”"]),
        # a run of tildes between words ends a post's sentence; one joins (尼~玛); no sentence
        # opens on a comma (round 10)
        ("这次承诺之旅~~很感人的一部小说！", ["这次承诺之旅~~", "很感人的一部小说！"]),
        ("尼~玛太贵了", ["尼~玛太贵了"]),
        ("房间很干净。,服务也好。", ["房间很干净。", "服务也好。"]),
        # a straight quote closes once: of ？"" the second opens the next turn (round 10)
        ('狼问："那是个人吗？""不是，"狐狸回答。', ['狼问："那是个人吗？"', '"不是，"狐狸回答。']),
        ("“你去哪儿？”", ["“你去哪儿？”"]),
        # a full-width stop between digits is a decimal point
        ("阅读量已达16 ．6亿次，讨论数204．7万条。", ["阅读量已达16 ．6亿次，讨论数204．7万条。"]),
        ("这是第一句．这是第二句．", ["这是第一句．", "这是第二句．"]),
        ("第一；第二；第三", ["第一；", "第二；", "第三"]),
        ("Hello! 你好! 再见?", ["Hello!", "你好!", "再见?"]),
        ("价格是3.5元。好的", ["价格是3.5元。", "好的"]),
        ("我到了.你呢", ["我到了.", "你呢"]),
        ("（完）。", ["（完）。"]),
        ("。。。", []),
        ("", []),
        ("第一行\n第二行", ["第一行", "第二行"]),
        # one quoted turn closing where the next opens: two sentences
        ("“真是不容易”“谢谢关心……”", ["“真是不容易”", "“谢谢关心……”"]),
        ("「好的」「走吧」", ["「好的」", "「走吧」"]),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_run_on_text_is_capped_at_clause_marks():
    clause = "这是一个没有句号的很长的分句，"
    sentences = split_sentences(clause * 40)
    assert len(sentences) > 1
    assert all(len(s) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(sentences) == clause * 40


def test_run_on_text_without_any_punctuation_is_sliced():
    sentences = split_sentences("字" * 1000)
    assert "".join(sentences) == "字" * 1000
    assert max(len(s) for s in sentences) == MAX_SENTENCE_CHARS
