"""Not Chinese at all: Japanese (kana) and Korean (hangul) text is refused unless --force."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flashcards.errors import InputError
from flashcards.language import foreign_language, what_is_there
from flashcards.source import parse_document

CHINESE = "今天天气很好，我们一起去公园散步。下午我们在咖啡馆里看书，晚上回家做饭。" * 3
JAPANESE = "子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。"
KOREAN = "大韓民國은 民主共和國이다. 大韓民國의 主權은 國民에게 있고, 모든 權力은 國民으로부터 나온다."


@pytest.mark.parametrize(
    "text, language",
    [
        (JAPANESE, "Japanese"),
        ("東京都の新しい知事は、経済政策を発表した。", "Japanese"),  # kanji-heavy news still has kana
        ("アメリカのニュースです。", "Japanese"),
        (KOREAN, "Korean"),
        ("서울은 한국의 수도입니다.", "Korean"),
        (CHINESE, None),
        ("我喜欢看《ONE PIECE》，也喜欢ドラ。" + CHINESE * 2, None),  # a few kana in Chinese: under 5%
        ("他说“ー・ー”是什么意思？" + CHINESE, None),  # ー and ・ are borrowed by Chinese text too
        ("我們一起學習中文，今天天氣很好。", None),  # traditional is Chinese
    ],
)
def test_foreign_language(text, language):
    found = foreign_language(text)
    assert (found[0] if found else None) == language


def test_japanese_page_refused_with_one_line_naming_it():
    page = f"<html><body><article><p>{JAPANESE}</p><p>{JAPANESE}</p></article></body></html>".encode()
    with pytest.raises(InputError) as error:
        parse_document(page, "nhk.html")
    message = str(error.value)
    assert "\n" not in message and "nhk.html" in message and "Japanese" in message and "--force" in message


def test_force_reads_it_anyway():
    doc = parse_document(KOREAN.encode("utf-8"), "law.txt", force=True)
    assert "民主共和國" in doc.passages[0].text
    with pytest.raises(InputError, match="Korean"):
        parse_document(KOREAN.encode("utf-8"), "law.txt")


@pytest.mark.parametrize(
    "text, words",
    [("title: hello world", "Latin"), ("---\n123 456\n", "no letters"), ("Привет мир", "Cyrillic"), ("  ", "nothing")],
)
def test_no_chinese_message_says_what_was_found(text, words):
    assert words in what_is_there(text)


def test_no_chinese_error_names_what_is_there():
    with pytest.raises(InputError, match="no Chinese text found .*Latin"):
        parse_document(b"just some English words here", "notes.txt")


@pytest.mark.parametrize("command", ["build", "analyze", "preview"])
def test_cli_refuses_then_forces(tmp_path: Path, command: str):
    source = tmp_path / "news.txt"
    source.write_text(JAPANESE + "\n\n" + JAPANESE, encoding="utf-8")
    extra = {"build": ["-o", str(tmp_path / "d.apkg"), "--audio", "none", "-q"],
             "analyze": ["--json"], "preview": ["-o", str(tmp_path / "p.html"), "-q"]}[command]
    env = {**os.environ, "PYTHONWARNINGS": "default"}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "flashcards", command, str(source), *extra, *args],
                              capture_output=True, text=True, env=env, timeout=300)

    refused = run()
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Japanese" in refused.stderr and "Traceback" not in refused.stderr
    forced = run("--force")
    assert forced.returncode == 0, forced.stderr
