"""Not Chinese at all: Japanese (kana) and Korean (hangul) text is refused unless --force."""

from __future__ import annotations

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
    from flashcards.cli import flag

    message = error.value.render(flag)  # as the CLI prints it: the option as its flag
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


def test_cli_refuses_then_forces(tmp_path: Path):
    source = tmp_path / "news.txt"
    source.write_text(JAPANESE + "\n\n" + JAPANESE, encoding="utf-8")
    from incli import run_cli

    def run(*args):
        return run_cli("build", str(source), "-o", str(tmp_path / "d.apkg"), "--audio", "none", "-q", *args)

    refused = run()
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Japanese" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "d.apkg").exists()
    forced = run("--force")
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "d.apkg").exists()


@pytest.mark.parametrize("command", ["build", "analyze", "preview"])
def test_force_on_every_reading_command(command: str):
    from typer.testing import CliRunner

    from flashcards.cli import app

    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "--force" in result.output


def test_analyze_and_preview_pass_force_on(tmp_path: Path):
    from flashcards.analysis import AnalyzeOptions, analyze
    from flashcards.build import BuildOptions
    from flashcards.preview import write_preview

    source = tmp_path / "law.txt"
    source.write_text(KOREAN, encoding="utf-8")
    with pytest.raises(InputError, match="Korean"):
        analyze(AnalyzeOptions(inputs=(str(source),)))
    assert analyze(AnalyzeOptions(inputs=(str(source),), force=True))
    page = tmp_path / "p.html"
    with pytest.raises(InputError, match="Korean"):
        write_preview(BuildOptions(inputs=(str(source),), output=tmp_path / "d.apkg"), page)
    write_preview(BuildOptions(inputs=(str(source),), output=tmp_path / "d.apkg", force=True), page)
    assert page.exists()


def test_a_refused_page_shows_the_error_alone(capsys):
    # No article found (a list of links), so the reader falls back and would warn; the page is
    # Japanese, so it is refused: the one line is the refusal.
    page = "<html><body><ul>" + "".join(f"<li><a href='/{i}'>{JAPANESE[:12]}</a></li>" for i in range(20)) + "</ul></body></html>"
    with pytest.raises(InputError, match="Japanese"):
        parse_document(page.encode("utf-8"), "links.html")
    assert capsys.readouterr().err == ""
    parse_document(page.encode("utf-8"), "links.html", force=True)
    assert "links.html" in capsys.readouterr().err  # read anyway: now the fallback is told
