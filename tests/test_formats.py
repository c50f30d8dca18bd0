"""Input formats: subtitles, web pages, e-books, traditional script — read, built, imported."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from anki_helpers import import_package, new_collection, notes_by_field
from flashcards import formats
from flashcards.build import BuildOptions, build_deck
from flashcards.errors import InputError, OptionError
from flashcards.formats.subtitles import event_text, timestamp
from flashcards.formats.webpage import parse_page
from flashcards.source import parse_document

FIXED_TIME = 1_750_000_000.0

SRT = """1
00:00:01,000 --> 00:00:04,000
<i>我们一起学习中文吧。</i>
Let's study Chinese together.

2
00:01:02,500 --> 00:01:05,000
{\\an8}今天天气很好，

3
00:01:05,500 --> 00:01:08,000
我们去<b>公园</b>散步。
"""

ASS = """[Script Info]
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:10.00,0:00:12.00,Default,,0,0,0,,{\\i1}第二句话{\\i0}在这里
Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,{\\pos(10,10)\\b1}第一句话{\\b0}\\N在这里
Comment: 0,0:00:04.00,0:00:05.00,Default,,0,0,0,,翻译注释不要
Dialogue: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,{\\p1}m 0 0 l 100 0 100 100{\\p0}
Dialogue: 1,0:00:10.00,0:00:12.00,Default,,0,0,0,,{\\i1}第二句话{\\i0}在这里
"""

VTT = """WEBVTT

NOTE 这是注释，不是字幕

1
00:00:01.000 --> 00:00:02.500 align:start
<v 小明>你好<c.yellow>世界</c>

00:01:00.000 --> 00:01:02.000
再见朋友
"""


def build(inputs, out: Path, **kw):
    return build_deck(BuildOptions(inputs=tuple(str(i) for i in inputs), output=out, timestamp=FIXED_TIME, **kw))


def all_fields(col) -> list[str]:
    return [value for nid in col.find_notes("") for value in col.get_note(nid).fields]


# ---------------------------------------------------------------- subtitles


def test_srt_events_become_passages_with_times():
    doc = parse_document(SRT.encode("utf-8"), "film.srt")
    assert [(p.text, p.origin) for p in doc.passages] == [
        ("我们一起学习中文吧。", "film.srt 00:00:01"),
        # event 2 ends on a comma and event 3 follows within 2 s: one sentence, event 2's time
        ("今天天气很好，我们去公园散步。", "film.srt 00:01:02"),
    ]


def test_ass_order_tags_comments_drawings_and_layers():
    doc = parse_document(ASS.encode("utf-8"), "show.ass")
    assert [(p.text, p.origin) for p in doc.passages] == [
        ("第一句话 在这里", "show.ass 00:00:01"),
        ("第二句话在这里", "show.ass 00:00:10"),  # the layer-1 copy is dropped
    ]


def test_vtt_voice_and_class_tags_and_note_blocks_dropped():
    doc = parse_document(VTT.encode("utf-8"), "clip.vtt")
    assert [(p.text, p.origin) for p in doc.passages] == [
        ("你好世界", "clip.vtt 00:00:01"),
        ("再见朋友", "clip.vtt 00:01:00"),
    ]


@pytest.mark.parametrize(
    "plaintext, expected",
    [
        ("我觉得我们应该\n早点出发", "我觉得我们应该 早点出发"),
        ("我们走吧，\n他们不会来了。", "我们走吧，他们不会来了。"),
        ("- 你去哪？\n- 回家。", "你去哪？\n回家。"),
        ("—你好\n—你好", "你好\n你好"),
        ("<font color=\"#ff0\">黄色</font>的字", "黄色的字"),
        ("Only English", ""),
        ("我们走吧\nLet's go", "我们走吧"),
        # a line closing on a sentence-final particle ended its sentence: two captions
        ("城市太忙了\n卡丁车的莫扎特", "城市太忙了\n卡丁车的莫扎特"),
    ],
)
def test_event_text(plaintext, expected):
    assert event_text(plaintext) == expected


def test_events_far_apart_are_not_merged():
    srt = "1\n00:00:01,000 --> 00:00:02,000\n今天天气很好，\n\n2\n00:00:09,000 --> 00:00:10,000\n我们去公园散步。\n"
    doc = parse_document(srt.encode("utf-8"), "a.srt")
    assert [p.origin for p in doc.passages] == ["a.srt 00:00:01", "a.srt 00:00:09"]


def test_an_event_opening_on_a_word_of_its_own_is_not_merged():
    # round 10: 地 cannot open a sentence as the particle, but 地狱 is a word (the events were
    # glued into 滑地狱外缘, and 滑地狱 cut as a word); 了 finishing a sentence still joins
    srt = ("1\n00:00:01,000 --> 00:00:02,000\n滑\n\n2\n00:00:02,500 --> 00:00:04,000\n地狱外缘\n\n"
           "3\n00:00:05,000 --> 00:00:06,000\n突然间却不再年轻\n\n4\n00:00:06,500 --> 00:00:07,000\n了。\n")
    doc = parse_document(srt.encode("utf-8"), "a.srt")
    assert [p.text for p in doc.passages] == ["滑", "地狱外缘", "突然间却不再年轻了。"]


SRT_TRADITIONAL = """1
00:00:01,000 --> 00:00:04,000
我們一起學習中文吧。

2
00:00:05,000 --> 00:00:08,000
今天天氣很好。
"""


@pytest.mark.parametrize(
    "text, encoding",
    [(SRT, "gb18030"), (SRT, "utf-16"), (SRT, "utf-8-sig"), (SRT_TRADITIONAL, "big5")],
)
def test_subtitle_encodings(text, encoding):
    doc = parse_document(text.encode(encoding), "film.srt")
    assert doc.passages[0].text in ("我们一起学习中文吧。", "我們一起學習中文吧。")
    assert doc.passages[0].origin == "film.srt 00:00:01"


def test_srt_that_is_not_srt():
    with pytest.raises(InputError, match="no subtitle events"):
        parse_document("这只是一段普通的文字。".encode("utf-8"), "notes.srt")


def test_timestamp():
    assert timestamp(0) == "00:00:00"
    assert timestamp(3_723_999) == "01:02:03"


def test_srt_in_real_anki(tmp_path):
    source = tmp_path / "film.srt"
    source.write_text(SRT, encoding="utf-8")
    out = tmp_path / "film.apkg"
    build([source], out)
    col = new_collection(tmp_path)
    import_package(col, out)
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert vocab["学习"]["Source"] == "film.srt 00:00:01"
    assert vocab["公园"]["Source"] == "film.srt 00:01:02"
    assert "source::film" in vocab["公园"].tags
    fields = " ".join(all_fields(col))
    assert "Let" not in fields and "an8" not in fields and "&lt;b&gt;" not in fields
    col.close()


# ---------------------------------------------------------------- web pages

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>网页标题</title>
<script>var message = "恶意脚本内容"; document.write("<p>注入</p>");</script>
<style>p {{ color: red; }} .隐藏 {{}}</style></head>
<body>
<noscript>请启用脚本</noscript>
<template><p>模板里的字</p></template>
<div hidden>隐藏的文字</div><span style="display: none">看不见</span>
<h1>学习中文</h1>
<p onclick="alert('点击')">我们一起
学习中文。今天天气很好，<b>我们</b>去公园散步。</p>
<ul><li>第一项</li><li>第二项</li></ul>
<p>小心&lt;script&gt;这种文字。</p>
</body></html>"""


def test_html_visible_text_only():
    # The whole page (html-all): plain "html" keeps only the article (see test_maintext.py).
    doc = parse_document(PAGE.format(charset="utf-8").encode("utf-8"), "page.html", "html-all")
    texts = [p.text for p in doc.passages]
    assert texts == [
        "学习中文",
        "我们一起学习中文。今天天气很好，我们去公园散步。",  # the hard wrap between hanzi is gone
        "第一项",
        "第二项",
        "小心<script>这种文字。",  # an entity is text, not markup (escaped later, in notes)
    ]


@pytest.mark.parametrize(
    "charset, encoding",
    [("gb2312", "gb18030"), ("GBK", "gbk"), ("big5", "big5"), ("utf-8", "utf-8"), ("gb2312", "utf-8")],
    ids=["gb2312", "gbk", "big5", "utf8", "stale-gb2312-label-on-utf8"],
)
def test_html_charset(charset, encoding):
    page = PAGE.format(charset=charset)
    if encoding == "big5":
        page = f'<html><head><meta charset="{charset}"></head><body><h1>學習中文</h1><p>我們一起學習。</p></body></html>'
    doc = parse_document(page.encode(encoding), "page.htm")
    assert doc.passages[0].text in ("学习中文", "學習中文")


def test_deeply_nested_html_is_read_linearly():
    depth = 50_000  # lexbor alone would take minutes on this
    page = "<div>" * depth + "<script>坏</script><p>我们一起学习中文。</p>" + "</div>" * depth
    assert parse_page(page).paragraphs == ["我们一起学习中文。"]


def test_html_in_real_anki(tmp_path):
    source = tmp_path / "page.html"
    source.write_bytes(PAGE.format(charset="gb2312").encode("gb18030"))
    out = tmp_path / "page.apkg"
    build([source], out, cards=("recognition", "cloze", "sentence"))
    col = new_collection(tmp_path)
    import_package(col, out)
    fields = all_fields(col)
    assert fields
    joined = " ".join(fields)
    for absent in ("恶意", "脚本", "注入", "模板", "隐藏", "看不见", "点击", "color", "document"):
        assert absent not in joined, absent
    assert not any("<script" in f or "<b>" in f for f in fields)
    assert "&lt;script&gt;" in joined  # the page's text about a script tag, escaped
    assert notes_by_field(col, "flashcards vocabulary", "Simplified")["公园"]["Source"] == "page.html"
    col.close()


# ---------------------------------------------------------------- e-books


def make_epub(path: Path) -> Path:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("flashcards-test")
    book.set_title("测试之书")
    book.set_language("zh")
    ch1 = epub.EpubHtml(title="第一章 出发", file_name="text/ch1.xhtml", lang="zh")
    ch1.content = "<h1>第一章</h1><p>我们一起学习中文。</p><script>alert('脚本')</script>"
    ch2 = epub.EpubHtml(title="第二章 回家", file_name="text/ch2.xhtml", lang="zh")
    ch2.content = "<h1>第二章</h1><p>今天天气很好，我们去公园散步。</p>"
    for chapter in (ch2, ch1):  # manifest order differs from reading order on purpose
        book.add_item(chapter)
    book.toc = (epub.Link("text/ch1.xhtml", "第一章 出发", "ch1"), epub.Link("text/ch2.xhtml", "第二章 回家", "ch2"))
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", ch1, ch2]
    epub.write_epub(str(path), book)
    return path


def test_epub_chapters_in_spine_order(tmp_path):
    data = make_epub(tmp_path / "book.epub").read_bytes()
    doc = parse_document(data, "book.epub")
    assert [(p.text, p.origin) for p in doc.passages] == [
        ("第一章", "book.epub › 第一章 出发"),
        ("我们一起学习中文。", "book.epub › 第一章 出发"),
        ("第二章", "book.epub › 第二章 回家"),
        ("今天天气很好，我们去公园散步。", "book.epub › 第二章 回家"),
    ]


def test_epub_in_real_anki(tmp_path):
    out = tmp_path / "book.apkg"
    build([make_epub(tmp_path / "book.epub")], out)
    col = new_collection(tmp_path)
    import_package(col, out)
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert vocab["学习"]["Source"] == "book.epub › 第一章 出发"
    assert vocab["公园"]["Source"] == "book.epub › 第二章 回家"
    assert "source::book" in vocab["公园"].tags
    assert "脚本" not in " ".join(all_fields(col))
    col.close()


def _zip(entries: dict[str, bytes], compression=zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, message",
    [
        (b"PK\x03\x04 this is not really a zip", "not an EPUB"),
        (b"just some text", "not an EPUB"),
        (_zip({"mimetype": b"application/epub+zip", "hello.txt": "你好".encode()}), "not a readable EPUB"),
    ],
    ids=["broken-zip", "not-zip", "zip-without-container"],
)
def test_bad_epubs(data, message):
    with pytest.raises(InputError, match=message):
        parse_document(data, "book.epub")


def test_zip_bomb_refused_before_unpacking(monkeypatch, tmp_path):
    from flashcards.formats import epub

    data = make_epub(tmp_path / "book.epub").read_bytes()
    monkeypatch.setattr(epub, "_MAX_UNPACKED", 2000)  # the real limit is 800 MB
    with pytest.raises(InputError, match="zip bomb"):
        parse_document(data, "book.epub")


# ---------------------------------------------------------------- format choice


@pytest.mark.parametrize(
    "name, data, explicit, expected",
    [
        ("a.srt", b"", None, "srt"),
        ("a.SSA", b"", None, "ass"),
        ("a.htm", b"", None, "html"),
        ("a.markdown", b"", None, "md"),
        ("a.txt", b"<html><body>x", None, "txt"),  # the extension wins over the content
        # ... except subtitles saved as .txt: cue numbers and timings are no text
        ("a.txt", b"1\n00:00:01,000 --> 00:00:02,000\nx", None, "srt"),
        ("a.txt", b"WEBVTT\n\n00:01.000 --> 00:02.000\nx", None, "vtt"),
        ("a.txt", "1\n我们\n".encode(), None, "txt"),
        ("a.txt", b"", "txt", "txt"),
        ("stdin", b"WEBVTT\n\n00:01.000 --> 00:02.000\nx", None, "vtt"),
        ("stdin", b"1\n00:00:01,000 --> 00:00:02,000\nx", None, "srt"),
        ("stdin", b"[Script Info]\nTitle: x", None, "ass"),
        ("stdin", b"  <!DOCTYPE html><p>x", None, "html"),
        ("stdin", b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/epub+zip", None, "epub"),
        ("stdin", "我们".encode(), None, "txt"),
        ("notes.log", "我们".encode(), None, "txt"),
        ("a.txt", b"", "SRT", "srt"),
        ("a.txt", b"", "markdown", "md"),
    ],
)
def test_format_for(name, data, explicit, expected):
    assert formats.format_for(name, data, explicit) == expected


def test_unknown_format_is_an_option_error():
    with pytest.raises(OptionError, match="input_format: 'pdf' is not one of") as info:
        formats.format_for("a.txt", b"x", "pdf")
    assert info.value.option == "input_format"


def test_registry_covers_every_format():
    assert set(formats.READERS) == {"txt", "md", "html", "html-all", "srt", "ass", "vtt", "epub"}
    assert all(alias_target in formats.READERS for alias_target in formats.ALIASES.values())


# ---------------------------------------------------------------- traditional script

TRADITIONAL = (
    "我們一起學習中文。今天天氣很好，我們去公園散步吧！\n\n"
    "這個問題很難回答，但是我們應該試試看。學習語言需要時間。"
)


@pytest.fixture(scope="module")
def big5_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("trad") / "課文.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    return path


def _imported(tmp_path, source, **kw):
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "deck.apkg"
    build([source], out, cards=("recognition", "cloze", "sentence"), **kw)
    col = new_collection(tmp_path)
    import_package(col, out)
    return col


def test_big5_traditional_shown_as_written(tmp_path, big5_file):
    doc = parse_document(big5_file.read_bytes(), big5_file.name)
    assert doc.script == "traditional"
    col = _imported(tmp_path, big5_file)
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    note = vocab["学习"]  # looked up (and identified) by its simplified form
    assert note["Traditional"] == "學習"
    assert re.sub(r"<[^>]+>", "", note["HanziColored"]) == "學習"
    assert '<span class="target">學習</span>' in note["Example"]
    assert "学" not in note["Example"]
    question = note.cards()[0].question()  # the recognition front: the word as written, no tones
    assert '<div class="fc-hanzi" lang="zh-CN">學習</div>' in question
    assert "xué" in note["PinyinPlain"]
    cloze = notes_by_field(col, "flashcards cloze", "Word")
    assert "{{c1::學習" in cloze["學習"]["Text"]
    sentences = notes_by_field(col, "flashcards sentence", "Sentence")
    assert "我們一起學習中文。" in sentences
    col.close()


def test_script_simplified_converts_the_cards(tmp_path, big5_file):
    col = _imported(tmp_path, big5_file, script="simplified")
    note = notes_by_field(col, "flashcards vocabulary", "Simplified")["学习"]
    assert re.sub(r"<[^>]+>", "", note["HanziColored"]) == "学习"
    assert '<span class="target">学习</span>' in note["Example"] and "們" not in note["Example"]
    assert "我们一起学习中文。" in notes_by_field(col, "flashcards sentence", "Sentence")
    col.close()


def test_script_both_shows_the_input_script_first(tmp_path, big5_file):
    col = _imported(tmp_path, big5_file, script="both")
    note = notes_by_field(col, "flashcards vocabulary", "Simplified")["学习"]
    text = re.sub(r"<[^>]+>", "", note["HanziColored"])
    assert text == "學習 学习"
    assert '<span class="other-script">' in note["HanziColored"]
    question = note.cards()[0].question().split("</style>")[-1]  # the recognition front
    assert "學習 学习" in question and not re.search(r"tone\d", question)
    col.close()


def test_script_traditional_on_simplified_input(tmp_path):
    source = tmp_path / "simple.txt"
    source.write_text("我们一起学习中文。头发很长。", encoding="utf-8")
    col = _imported(tmp_path, source, script="traditional")
    note = notes_by_field(col, "flashcards vocabulary", "Simplified")["学习"]
    assert note["Example"] == '我們一起<span class="target">學習</span>中文。'
    sentences = notes_by_field(col, "flashcards sentence", "Sentence")
    assert "頭髮很長。" in sentences  # OpenCC's phrase rules: 发 in 头发 is 髮, not 發
    col.close()


def test_script_choice_does_not_change_identity(tmp_path, big5_file):
    guids = {}
    for choice in (None, "simplified", "both"):
        col = _imported(tmp_path / str(choice), big5_file, script=choice)
        guids[choice] = sorted(col.get_note(n).guid for n in col.find_notes(""))
        col.close()
    assert guids[None] == guids["simplified"] == guids["both"]


def test_one_word_for_both_scripts(tmp_path):
    """学习 in one file and 學習 in another are one word, counted twice."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("我们学习中文。", encoding="utf-8")
    b.write_text("我們學習中文。", encoding="utf-8")
    report = build([a, b], tmp_path / "ab.apkg", cards=("recognition",))
    col = new_collection(tmp_path)
    import_package(col, tmp_path / "ab.apkg")
    words = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert set(words) == {"我们", "学习", "中文"} and report.words == 3
    col.close()


@pytest.mark.parametrize(
    "origin, tag",
    [
        ("industrial_internet.txt", "source::industrial_internet"),
        ("my film.srt 00:01:02", "source::my_film"),  # the timestamp is not part of the name
        ("book.epub › 第一章 出发", "source::book"),  # nor is the chapter
        ("a.b.c.html", "source::a_b_c"),
        ("stdin", "source::stdin"),
        (".srt 00:00:01", "source::srt"),
        ("《三体》.epub › 第1章", "source::三体"),
    ],
)
def test_source_tag(origin, tag):
    from flashcards.notes import source_tag

    assert source_tag(origin) == tag
