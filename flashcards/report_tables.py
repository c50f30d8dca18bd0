"""``flashcards analyze`` for people at a terminal: a TextAnalysis as rich tables.

Every value that comes from the text or the dictionary goes in as a ``Text`` object, never
as a string: rich reads ``[...]`` in strings as markup, so forum text with ``[/quote]``
would crash the report, ``[link=…]`` would become a live hyperlink and CC-CEDICT's
``[tiao2]`` readings would vanish. Control characters are shown as escapes.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from flashcards.analysis import SentenceStat, TextAnalysis, WordStat
from flashcards.hsk import label as level_label
from flashcards.terminal import printable

#: Sentences longer than this are shortened in tables (the JSON and HTML have them whole).
_SENTENCE_WIDTH = 60


def plain(value: str) -> Text:
    """User text for a table cell: no markup read, no control character passed through."""
    return Text(printable(value))


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def needed(level: int | None) -> str:
    return "beyond HSK" if level is None else f"HSK {level_label(level)}"


def render(analysis: TextAnalysis, console: Console) -> None:
    for table in tables(analysis):
        console.print(table)
        console.print()


def tables(a: TextAnalysis) -> list[Table]:
    out = [summary_table(a), coverage_table(a)]
    if a.new_words:
        out.append(words_table(f"Top {len(a.new_words)} new words by frequency", a.new_words, a))
    if a.outside:
        top = a.outside[: len(a.new_words) or 20]
        out.append(words_table(f"Words outside HSK ({len(a.outside)}; top {len(top)})", top, a))
    out.append(sentences_table("Hardest sentences", [a.sentences[i] for i in a.hardest]))
    out.append(sentences_table("Easiest sentences", [a.sentences[i] for i in a.easiest]))
    return out


def summary_table(a: TextAnalysis) -> Table:
    table = Table(title="Text", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("value", justify="right")
    rows = [
        ("sentences", f"{len(a.sentences):,}"),
        ("characters (hanzi)", f"{a.characters:,} ({a.hanzi:,})"),
        ("distinct hanzi", f"{a.distinct_hanzi:,}"),
        ("tokens (words)", f"{a.tokens:,}"),
        ("distinct words", f"{a.distinct_words:,}"),
        ("HSK standard", a.standard),
        ("known", plain(a.known)),
    ]
    if a.known_tokens is not None:
        rows += [
            ("tokens known", percent(a.known_tokens / a.tokens) if a.tokens else "-"),
            ("unknown distinct words", f"{a.unknown_words:,}"),
            ("sentences readable now", f"{a.readable:,}"),
            ("sentences i+1 (one unknown word)", f"{a.i_plus_one:,}"),
        ]
    for row in rows:
        table.add_row(*row)
    return table


def coverage_table(a: TextAnalysis) -> Table:
    targets = ", ".join(f"{p}% → {needed(lv)}" for p, lv in a.level_for)
    table = Table(title="Token coverage by HSK level", caption=f"level needed: {targets}",
                  title_justify="left", caption_justify="left")
    table.add_column("level", no_wrap=True)
    table.add_column("covers", justify="right")
    table.add_column("tokens at level", justify="right")
    table.add_column("share", justify="right")
    table.add_column("words", justify="right")
    for c in a.coverage:
        share = c.tokens / a.tokens if a.tokens else 0.0
        table.add_row(f"HSK ≤ {c.label}", percent(c.cumulative), f"{c.tokens:,}", percent(share), f"{c.words:,}")
    share = a.outside_tokens / a.tokens if a.tokens else 0.0
    table.add_row("outside HSK", "", f"{a.outside_tokens:,}", percent(share), f"{len(a.outside):,}", style="dim")
    return table


def words_table(title: str, words: tuple[WordStat, ...], a: TextAnalysis) -> Table:
    table = Table(title=title, title_justify="left", caption="HSK — = outside the HSK lists", caption_justify="left")
    table.add_column("word", no_wrap=True, min_width=4)
    table.add_column("pinyin", no_wrap=True, min_width=6)
    table.add_column("HSK", justify="right", no_wrap=True)
    table.add_column("count", justify="right")
    table.add_column("gloss", overflow="ellipsis", no_wrap=True, max_width=36)
    for w in words:
        hsk = "—" if w.level is None else level_label(w.level)
        table.add_row(plain(w.word), plain(w.pinyin), hsk, str(w.count), plain(w.gloss))
    return table


def sentences_table(title: str, sentences: list[SentenceStat]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("HSK", justify="right")
    table.add_column("score", justify="right")
    table.add_column("new", justify="right")
    table.add_column("sentence", overflow="fold")
    for s in sentences:
        text = s.text if len(s.text) <= _SENTENCE_WIDTH else s.text[: _SENTENCE_WIDTH - 1] + "…"
        table.add_row(str(s.index + 1), level_label(s.level), f"{s.score:.2f}", str(len(s.unknown)), plain(text))
    return table
