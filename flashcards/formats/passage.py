"""What every reader produces: passages of text that know where they came from, and the rule
that rejoins lines a hard wrap broke inside a sentence.

The readers (``flashcards.formats``) own this module and ``flashcards.source`` sits above them:
nothing here imports the source stage, the lexicon or any data.
"""

from __future__ import annotations

import re

from flashcards import hanzi as _hanzi
from dataclasses import dataclass

#: A hanzi, as the readers and the source stage test for "is there Chinese here".
HANZI = _hanzi.HANZI

#: Refuse inputs larger than this: a deck from 200 MB of text is a mistake, not a deck.
MAX_INPUT_BYTES = 200 * 1024 * 1024

_TERMINAL = "。！？；…!?;．"
_TERMINAL_RE = re.compile("[" + re.escape(_TERMINAL) + "]")
_CLOSERS = "」』”’）)】》〉\"'"
# Characters that cannot begin a sentence: a paragraph starting with one continues the last.
# (Traditional forms too: the heuristics read the original text, in either script.)
CANNOT_START = frozenset("于的地得了着过们吗呢吧啊，、。；：！？們嗎於過著")
# Discourse openers: a short first clause made of one of these starts a new sentence.
OPENERS = frozenset(
    "首先 其次 然后 最后 此外 另外 因此 所以 但是 可是 然而 不过 其实 同时 当时 现在 目前 如今 "
    "早期 后来 之后 此前 此刻 随后 总之 例如 比如 比方 当然 显然 毕竟 而且 并且 那么 于是 第一 第二 "
    "第三 一是 二是 三是 今天 明天 昨天 今年 去年 最近 过去 未来 起初 原来 本来 也许 或许 可见 "
    "然後 最後 不過 其實 同時 當時 現在 後來 之後 隨後 總之 當然 顯然 畢竟 並且 那麼 於是 過去 原來 "
    "也許 或許 可見 "
    # times a news item or a post opens on (本周，太阳活动剧烈…)
    "本周 上周 下周 本月 上月 今晚 今早 近日 近期 日前 昨日 今日 当下 此后 从前 以前 以后 早上 晚上 "
    "上午 下午 中午 周末 平时 通常 一般 结果 不久 突然 忽然 据说 听说 据悉 据报道 "
    "本週 上週 下週 此後 從前 以後 週末 結果 據說 聽說 據悉".split()
)
# A first clause that is a date or a year (2024年5月，…; 一九四九年，…) opens a sentence too.
_DATE = re.compile(r"^[0-9０-９一二三四五六七八九十百千零〇两]+(?:年|月|日|号)(?:[0-9０-９一二三四五六七八九十零〇]+(?:月|日|号))*(?:底|初|中|末)?$")
# A short line opening on a date (2020.1.26更新, 2024年5月3日 晴): a dated heading, whole.
_DATED_HEADING = re.compile(r"^[0-9]{4}(?:[.\-/年][0-9]{1,2}){1,2}[日号]?[^，。！？,.!?；;]{0,10}$")
# Words that open sentences though their first character cannot (著名游戏…, 于是, 地球上…,
# 了解到…): a paragraph starting with one is no continuation.
OPEN_ANYWAY = ("著名", "著作", "于是", "地球", "地方", "地区", "地上", "地下", "地铁", "地图", "了解",
               "地狱", "地板", "地面", "地址", "地点", "地位", "地震", "地产", "地理", "得意", "过程", "过来",
               "着迷", "得到", "着急", "着手", "过去", "过年", "於是", "過去", "過年", "過來", "過程")
# Words a sentence cannot stop on: a paragraph ending in one is cut mid-sentence.
_DANGLING = ("的", "和", "与", "及", "或", "或者", "对", "在", "把", "被", "从", "向", "给", "将", "是",
             "可以", "这种", "那种", "一个", "因为", "所以", "但是", "而", "并", "并且", "为", "以",
             "與", "對", "從", "給", "將", "這種", "那種", "一個", "因為", "因爲", "並", "並且", "為", "爲")
# Words that end on one of those characters but are whole (nouns, adverbs, verbs that take
# no object): a heading ending in one (小卡片属于酒店私下行为, 发展方向, 过去与现在) is no cut.
_WHOLE_AT_END = (
    "目的", "有的", "真的", "别的", "似的", "总和", "温和", "缓和", "暖和", "平和", "柔和", "随和", "饱和",
    "祥和", "调和", "参与", "绝对", "相对", "反对", "一对", "针对", "应对", "核对", "派对", "不对", "敌对",
    "现在", "存在", "实在", "所在", "自在", "内在", "外在", "潜在", "不在", "一把", "服从", "无从",
    "方向", "倾向", "走向", "动向", "意向", "导向", "取向", "志向", "流向", "去向", "转向", "风向", "双向",
    "单向", "定向", "外向", "内向", "供给", "补给", "自给", "大将", "主将", "名将", "上将", "武将",
    "合并", "兼并", "行为", "人为", "作为", "所为", "无为", "有为",
    "現在", "實在", "傾向", "行為", "作為", "參與", "絕對", "相對", "反對",
)
# How much of a paragraph's end the joining rules look at.
_TAIL = 32


@dataclass(frozen=True)
class Passage:
    """A run of text from one place in a source (a paragraph, a subtitle event, a chapter)."""

    text: str
    origin: str  # shown to the learner as the note's source: "file.txt", "film.srt 00:01:02"


def rejoin_lines(text: str) -> list[str]:
    """Split text into paragraphs, rejoining lines that a hard wrap broke mid-sentence.

    Within a block of consecutive lines, a line that does not end a sentence continues on the
    next one, unless the block is a list of short unpunctuated lines (verse, a list, lyrics).
    Across a blank line, a paragraph is joined to the next only on positive evidence that it
    was cut: it already holds a finished sentence and ends in a fragment, it ends on a word a
    sentence cannot stop on, or the next paragraph starts with a character that cannot begin
    a sentence or with a clause too short to stand alone. A heading (no final punctuation,
    followed by an ordinary paragraph) stays a unit of its own.
    """
    paragraphs: list[_Paragraph] = []
    for raw in re.split(r"\n\s*\n", text):
        block = _join_block(raw)
        if not block:
            continue
        if paragraphs and _was_cut(paragraphs[-1], block):
            paragraphs[-1].glue(block)
        else:
            paragraphs.append(_Paragraph(block))
    return [p.text() for p in paragraphs]


class _Paragraph:
    """A paragraph being built from pieces, and what the joining rules ask about it so far.

    Pieces are joined once at the end: joining as we go copies the paragraph on every line,
    which is quadratic on a long file with no blank lines.
    """

    __slots__ = ("_pieces", "tail", "has_newline", "finished_inside")

    def __init__(self, first: str) -> None:
        self._pieces = [first]
        self.tail = first[-_TAIL:]
        self.has_newline = "\n" in first
        self.finished_inside = _has_terminal(first[:-1])  # a sentence end before the last char

    def add(self, separator: str, piece: str) -> None:
        self.finished_inside = self.finished_inside or _has_terminal(self.tail[-1:] + separator + piece[:-1])
        self.has_newline = self.has_newline or "\n" in separator or "\n" in piece
        self._pieces += (separator, piece)
        self.tail = (self.tail + separator + piece[-_TAIL:])[-_TAIL:]

    def glue(self, piece: str) -> None:
        self.add(_separator(self.tail, piece), piece)

    def text(self) -> str:
        return "".join(self._pieces)


#: A line at least this share of its block's widest line may have been hard-wrapped.
_WRAP_SHARE = 0.85


def _join_block(block: str) -> str:
    lines = [line.strip() for line in block.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    if len(lines) == 1:
        return lines[0]
    if all(not _has_punctuation(line) for line in lines):
        return "\n".join(lines)  # verse or list: each line its own unit
    # A hard wrap breaks lines near one width; a line well short of it ended where its
    # author ended it (a list of sentences without final punctuation, a heading).
    wrap = max(_columns(line) for line in lines) * _WRAP_SHARE
    out = _Paragraph(lines[0])
    previous = lines[0]
    for line in lines[1:]:
        if _ends_sentence(out.tail) or _columns(previous) < wrap or _LABELLED.match(line) and _LABELLED.match(previous):
            out.add("\n", line)
        else:
            out.glue(line)
        previous = line
    return out.text()


#: A line opening on a short label and a colon (白色农业（white agriculture）：…) after another
#: such line is the list's next item, however long the line before it: a list, not a hard wrap.
_LABELLED = re.compile(r"^[^，。！？；：:,.!?;]{1,30}[：:]")


def _columns(line: str) -> int:
    """Display width, about: ASCII takes one column, a hanzi two (as in a terminal).

    UTF-8 spends one byte on ASCII and three on a hanzi, so (bytes + characters) / 2 gives
    exactly that at C speed; Latin letters with accents count 1.5, close enough.
    """
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2


def _was_cut(prev: _Paragraph, nxt: str) -> bool:
    if _ends_sentence(prev.tail) or prev.has_newline or _DATED_HEADING.match(prev.tail):
        return False
    if prev.finished_inside:
        return True  # "……的过程。通过这种" — a finished sentence, then a fragment
    if prev.tail.endswith(_DANGLING) and not prev.tail.endswith(_WHOLE_AT_END) or nxt[0] in CANNOT_START and not nxt.startswith(OPEN_ANYWAY):
        return True
    first_clause = re.split(r"[，,、。！？；：:]", nxt[:_TAIL], maxsplit=1)[0]
    opens = first_clause in OPENERS or _DATE.match(first_clause)
    if len(first_clause) <= 3 and len(nxt) > len(first_clause) and not opens:
        return True  # "下沉，电商平台……" — too short to open a sentence
    return len(nxt) <= 12 and _ends_sentence(nxt)


def _has_terminal(text: str) -> bool:
    return _TERMINAL_RE.search(text) is not None


def _separator(left: str, right: str) -> str:
    """What joins two pieces of one sentence: nothing between hanzi, a space between Latin words."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return " "
    return ""


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS + " ")
    return bool(stripped) and stripped[-1] in _TERMINAL or line.endswith(("：", ":"))


def _has_punctuation(line: str) -> bool:
    return bool(re.search(r"[，。！？；：、,.!?;:]", line))
