"""Web pages: the article without its menus, sidebars, comments and footer; html-all; deep pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from anki_helpers import import_package, new_collection, notes_by_field
from flashcards.build import BuildOptions, build_deck
from flashcards.formats.webpage import parse_page, read_html, visible_markup
from flashcards.source import parse_document

FIXED_TIME = 1_750_000_000.0

ARTICLE = [
    "新华社北京十二月一日电，记者从有关部门获悉，今年全国粮食总产量再创新高，达到一万四千亿斤。",
    "专家表示，良种推广和农田水利建设是粮食连年丰收的重要原因。农民的收入也随之增加。",
    "据介绍，明年将继续加大对种粮农民的补贴力度，稳定粮食播种面积，保障国家粮食安全。",
    "在河南、山东等产粮大省，秋收已经基本结束，冬小麦的播种工作正在有序进行。",
    "当地农业部门负责人说，今年的天气总体有利，病虫害发生较轻，为丰收打下了基础。",
]
# Words that occur only in the page around the article.
BOILERPLATE = ("首页", "登录", "注册", "热门推荐", "相关阅读", "网友评论", "版权所有", "客服热线", "分享到", "猜你喜欢", "藏起来")


def news_page(article: list[str] = ARTICLE) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in article)
    related = "".join(f'<li><a href="/n/{i}.html">相关阅读：第{i}条新闻标题很长的链接</a></li>' for i in range(8))
    comments = "".join(f'<div class="comment"><span>网友{i}</span><p>网友评论：说得好，支持一下！</p></div>' for i in range(5))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>粮食总产量再创新高_新闻网</title>
<script>var ad = "广告脚本";</script></head><body>
<div id="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/login">登录</a></li>
<li><a href="/reg">注册</a></li><li><a href="/hot">热门推荐</a></li></ul></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div id="main"><div class="article"><h1>全国粮食总产量再创新高</h1>
<div class="info">2026-12-01 来源：新华网</div>
<div id="content">{paragraphs}<div style="display:none"><p>这段文字藏起来了，读者看不见，也不能做成卡片。</p></div></div>
</div><div class="sidebar"><h3>猜你喜欢</h3><ul>{related}</ul></div>
<div id="comments"><h3>网友评论</h3>{comments}</div></div>
<div id="footer"><p>版权所有 新闻网 客服热线：400-000-0000</p></div>
</body></html>"""


def test_article_without_the_page_around_it():
    texts = [p.text for p in read_html(news_page().encode("utf-8"), "news.html")]
    joined = "".join(texts)
    for paragraph in ARTICLE:
        assert paragraph in texts
    for word in BOILERPLATE:
        assert word not in joined, word


def test_controls_and_bylines_in_the_articles_box_are_dropped():
    # the byline and the font-size switch sit in boxes with no telling class (澎湃's
    # news_about, font_size), and a decoding error left U+FFFD in a caption
    page = news_page().replace('<div class="info">2026-12-01 来源：新华网</div>',
                               '<div class="x1"><p>2019-08-13 14:07<span>来源：澎湃新闻·澎湃号·政务</span></p>'
                               '<div class="x2"><span>字号</span></div></div><p>\ufffd\ufffd</p>')
    texts = [p.text for p in read_html(page.encode("utf-8"), "news.html")]
    joined = "".join(texts)
    assert "字号" not in joined and "来源" not in joined and "\ufffd" not in joined
    assert all(paragraph in texts for paragraph in ARTICLE)
    # a paragraph that merely begins like a byline is prose, and stays
    prose = "作者：这是一段很长的文字，" + ARTICLE[0] + ARTICLE[1]
    kept = [p.text for p in read_html(news_page([prose, *ARTICLE[2:]]).encode("utf-8"), "news.html")]
    assert prose in kept


def test_html_all_keeps_the_whole_page():
    doc = parse_document(news_page().encode("utf-8"), "news.html", "html-all")
    joined = "".join(p.text for p in doc.passages)
    assert all(p in joined for p in ARTICLE)
    assert all(word in joined for word in ("首页", "网友评论", "版权所有"))
    assert "藏起来" not in joined  # hidden stays hidden in the whole page too


def test_no_article_falls_back_to_the_whole_page_and_says_so(capsys):
    page = "<html><body><ul>" + "".join(f"<li><a href='/{i}'>第{i}个频道</a></li>" for i in range(30)) + "</ul></body></html>"
    texts = [p.text for p in read_html(page.encode("utf-8"), "index.html")]
    assert "第3个频道" in texts
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "index.html" in err[0] and "whole page" in err[0]


def test_visible_markup_drops_hidden_and_scripts():
    markup = visible_markup('<p>看得见</p><div hidden><p>看不见</p></div><script>脚本</script><p style="visibility: hidden">隐</p>')
    assert "看得见" in markup
    assert all(text not in markup for text in ("看不见", "脚本", "隐"))


@pytest.mark.parametrize("depth", [300, 5_000])  # under and over the parser's depth guard
def test_hidden_content_stays_hidden_at_any_depth(depth):
    body = ('<p>我们一起学习中文。</p><div hidden><div><p>隐藏一</p></div><p>隐藏二</p></div>'
            '<p style="display:none">隐藏三<p>今天天气很好。</p><span style="visibility: hidden">隐藏四</span>')
    page = "<div>" * depth + body + "</div>" * depth
    assert parse_page(page).paragraphs == ["我们一起学习中文。", "今天天气很好。"]


def test_deep_page_is_read_whole_with_a_warning(capsys):
    page = "<div>" * 2_000 + "<p>我们一起学习中文。</p><p hidden>隐藏</p>" + "</div>" * 2_000
    assert [p.text for p in read_html(page.encode("utf-8"), "deep.html")] == ["我们一起学习中文。"]
    assert "deep.html" in capsys.readouterr().err


def test_readability_is_loaded_only_for_web_pages():
    code = (
        "import sys; from flashcards.source import parse_document;"
        "parse_document('我们一起学习中文。'.encode(), 'a.txt');"
        "assert 'readability' not in sys.modules and 'lxml' not in sys.modules, 'loaded for text';"
        "parse_document(b'<html><body><p>' + '我们一起学习中文。'.encode() * 9 + b'</p></body></html>', 'a.html');"
        "print('readability' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "True", result.stderr


def test_news_page_in_real_anki(tmp_path: Path):
    source = tmp_path / "news.html"
    source.write_text(news_page(), encoding="utf-8")
    out = tmp_path / "news.apkg"
    build_deck(BuildOptions(inputs=(str(source),), output=out, timestamp=FIXED_TIME, cards=("recognition", "sentence")))
    col = new_collection(tmp_path)
    import_package(col, out)
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert {"粮食", "农民", "补贴"} <= set(vocab)
    assert not set(vocab) & {"首页", "登录", "注册", "评论", "客服", "热线", "猜"}
    fields = " ".join(value for nid in col.find_notes("") for value in col.get_note(nid).fields)
    assert all(word not in fields for word in BOILERPLATE)
    col.close()
