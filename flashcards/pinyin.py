"""Pinyin: numbered syllables in, learner-facing text out.

A *syllable* here is a numbered pinyin string: letters, then a tone digit 1-5
(5 = neutral), ``ü`` written as ``ü`` (``u:`` and ``v`` are accepted on input),
erhua folded into the syllable it colours (``nar3``, not ``na3 r5``). A proper
noun keeps its capital (``Xi1``). Anything that does not parse as a syllable
(``iPhone``, ``3``, ``，``) passes through every function here unchanged.

    >>> to_marks(("xi3", "huan5"))
    'xǐhuan'
    >>> to_marks(("Xi1", "an1"))
    "Xī'ān"
    >>> to_numbers(("nü3", "er2"))
    'nü3er2'
    >>> split_marks("nǚ'ér")
    ('nü3', 'er2')

Words are written solid (``xǐhuan``, ``xi3huan5``), sentences with one space
between words and punctuation attached, in lower case: pinyin is shown next to
hanzi on a card, where sentence capitals add nothing. Proper nouns keep the
capital CC-CEDICT gives them. Tones are those of the dictionary form: 一 and
不 keep their base tones (``yi1qi3``, ``bu4 ke4qi5``), as in CC-CEDICT,
现代汉语词典 and Pleco; :func:`yi_bu_sandhi` and ``sandhi=True`` on the
sentence functions give the spoken tones (yìqǐ, bú kèqi) where they are
wanted, as the official HSK lists print them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from collections.abc import Callable, Iterable, Sequence

__all__ = [
    "STYLES",
    "normalize",
    "register_style",
    "split_marks",
    "styled_html",
    "to_marks",
    "to_numbers",
    "tone",
    "tone_html",
    "yi_bu_sandhi",
]

_SYLLABLE = re.compile(r"([A-Za-zÜü]+)([1-5])")
# Combining marks for tones 1-4; composed with NFC so ü + caron becomes ǚ.
_MARKS = {1: "\u0304", 2: "\u0301", 3: "\u030c", 4: "\u0300"}
_TONE_OF_MARK = {mark: t for t, mark in _MARKS.items()}
_VOWELS = "aeiouü"

# Every syllable CC-CEDICT uses, plus n/ng (嗯); split_marks needs the inventory
# because marked pinyin has no syllable boundaries of its own.
_INVENTORY = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bia bian biang biao bie
    bin bing biu bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che
    chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou
    cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding
    diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo
    fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui
    gun guo ha hai han hang hao he hei hen heng hm hng hong hou hu hua huai huan
    huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
    ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
    la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long
    lou lu luan lun luo lü lüe m ma mai man mang mao me mei men meng mi mian miao mie
    min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nian niang
    niao nie nin ning niu nong nou nu nuan nun nuo nü nüe o ou pa pai pan pang pao
    pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin
    qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan
    rui run ruo sa sai san sang sao se sei sen seng sha shai shan shang shao she shei
    shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su
    suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou
    tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie
    xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu
    yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe
    zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong
    zou zu zuan zui zun zuo""".split()
)


@lru_cache(maxsize=8192)  # a text has a few hundred distinct syllables
def normalize(syllable: str) -> str:
    """Spell a numbered syllable the one way this module writes it.

    ``u:`` and ``v`` become ``ü``; a bare syllable without digit is left alone
    (it is not pinyin we can vouch for).

    >>> normalize("nu:3"), normalize("lve4"), normalize("NV3")
    ('nü3', 'lüe4', 'NÜ3')
    """
    s = syllable.replace("u:", "ü").replace("U:", "Ü")
    if _SYLLABLE.fullmatch(s.replace("v", "ü").replace("V", "Ü")):
        s = s.replace("v", "ü").replace("V", "Ü")
    return s


@lru_cache(maxsize=8192)  # a text has a few hundred distinct syllables
def _parse(syllable: str) -> tuple[str, int] | None:
    m = _SYLLABLE.fullmatch(normalize(syllable))
    return (m.group(1), int(m.group(2))) if m else None


def tone(syllable: str) -> int:
    """Tone 1-5 of a numbered (``hao3``) or marked (``hǎo``) syllable; 5 = neutral.

    >>> tone("hao3"), tone("hǎo"), tone("ma"), tone("ma5")
    (3, 3, 5, 5)
    """
    parsed = _parse(syllable)
    if parsed:
        return parsed[1]
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONE_OF_MARK:
            return _TONE_OF_MARK[ch]
    return 5


@lru_cache(maxsize=8192)  # a text has a few hundred distinct syllables
def _mark_one(syllable: str) -> str:
    parsed = _parse(syllable)
    if parsed is None:
        return syllable
    letters, t = parsed
    if t == 5:
        return letters
    low = letters.lower()
    # Standard placement: a or e take the mark, then the o of "ou", else the
    # last vowel; syllabic m/n (嗯 ń, 呣 ḿ) take it when there is no vowel.
    if "a" in low:
        i = low.index("a")
    elif "e" in low:
        i = low.index("e")
    elif "ou" in low:
        i = low.index("o")
    else:
        vowels = [k for k, ch in enumerate(low) if ch in _VOWELS]
        i = vowels[-1] if vowels else (low.find("m") if "m" in low else low.find("n"))
        if i < 0:
            return letters
    marked = letters[: i + 1] + _MARKS[t] + letters[i + 1 :]
    return unicodedata.normalize("NFC", marked)


def to_marks(syllables: Iterable[str]) -> str:
    """Join syllables into one word with tone marks.

    An apostrophe goes before a syllable starting with a, o or e that is not
    the word's first (``Xī'ān``, ``nǚ'ér``); tokens that are not syllables
    pass through unchanged.

    >>> to_marks(("yin2", "hang2")), to_marks(("lü4",)), to_marks(("nar3",))
    ('yínháng', 'lǜ', 'nǎr')
    """
    if type(syllables) is tuple:  # a word's reading: once per distinct reading, not per token
        return _marks(syllables)
    return _to_marks(syllables)


@lru_cache(maxsize=1 << 16)
def _marks(syllables: tuple[str, ...]) -> str:
    return _to_marks(syllables)


def _to_marks(syllables: Iterable[str]) -> str:
    out: list[str] = []
    for k, syl in enumerate(syllables):
        marked = _mark_one(syl)
        parsed = _parse(syl)
        if k and parsed and parsed[0][:1].lower() in "aoe":
            marked = "'" + marked
        out.append(marked)
    return "".join(out)


def to_numbers(syllables: Iterable[str]) -> str:
    """Join syllables solid with tone digits, neutral tone written 5.

    ``ü`` stays ``ü``: it reads better than ``v`` or ``u:`` on a card.

    >>> to_numbers(("xi3", "huan5")), to_numbers(("lu:e4",))
    ('xi3huan5', 'lüe4')
    """
    return "".join(normalize(s) for s in syllables)


def tone_html(syllables: Iterable[str]) -> str:
    """Marked pinyin with each syllable in ``<span class="toneN">``, HTML-escaped.

    >>> tone_html(("xi3", "huan5"))
    '<span class="tone3">xǐ</span><span class="tone5">huan</span>'
    """
    parts: list[str] = []
    for k, syl in enumerate(syllables):
        if _parse(syl) is None:
            parts.append(html.escape(syl))
            continue
        marked = _mark_one(syl)
        apostrophe = k > 0 and _parse(syl)[0][:1].lower() in "aoe"  # type: ignore[index]
        text = html.escape(marked)
        parts.append(("&#x27;" if apostrophe else "") + f'<span class="tone{tone(syl)}">{text}</span>')
    return "".join(parts)


def split_marks(text: str, count: int | None = None) -> tuple[str, ...]:
    """Split tone-marked pinyin (``xǐhuan``, ``Xī'ān``, ``nǎr``) into numbered syllables.

    Spaces, apostrophes, hyphens and dictionary markers (``∥``, ``·``) are
    boundaries. Where letters alone are ambiguous, the split with the fewest
    syllables wins, or the one with ``count`` syllables when given. Raises
    ``ValueError`` if the text is not pinyin.

    >>> split_marks("yínháng"), split_marks("yíxiàr"), split_marks("Xī'ān")
    (('yin2', 'hang2'), ('yi2', 'xiar4'), ('Xi1', 'an1'))
    """
    chunks = [c for c in re.split(r"[\s'’\-∥·‧.,]+", unicodedata.normalize("NFC", text)) if c]
    # Each chunk's possible splits by syllable count; then pick one per chunk
    # so the total is ``count`` if possible, else as small as possible.
    totals: dict[int, list[list[str]]] = {0: []}
    for chunk in chunks:
        options = _split_chunk(chunk)
        if not options:
            raise ValueError(f"not pinyin: {chunk!r}")
        nxt: dict[int, list[list[str]]] = {}
        for total, picked in totals.items():
            for n, syls in options.items():
                nxt.setdefault(total + n, picked + [syls])
        totals = nxt
    key = count if count in totals else min(totals)
    return tuple(s for syls in totals[key] for s in syls)


def _split_chunk(chunk: str) -> dict[int, list[str]]:
    letters: list[str] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", chunk):
        if ch in _TONE_OF_MARK and letters:
            tones[-1] = _TONE_OF_MARK[ch]
        elif ch == "\u0308" and letters:  # diaeresis: u -> ü
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        else:
            letters.append(ch)
            tones.append(0)
    plain = "".join(letters).replace("v", "ü")
    low = plain.lower()
    n = len(low)
    # ways[i][k] = a split of low[:i] into k syllables (the first found, which
    # tries longer syllables first, so "er" + "zi" beats "e" + "rzi").
    ways: list[dict[int, list[tuple[int, int]]]] = [dict() for _ in range(n + 1)]
    ways[0][0] = []
    for i in range(n):
        for k, spans in list(ways[i].items()):
            for j in range(min(n, i + 7), i, -1):
                piece = low[i:j]
                if piece in _INVENTORY or (piece.endswith("r") and piece[:-1] in _INVENTORY and piece != "er"):
                    ways[j].setdefault(k + 1, spans + [(i, j)])
    return {
        k: [plain[a:b] + str(max(tones[a:b]) or 5) for a, b in spans] for k, spans in ways[n].items()
    }


# --- styles -----------------------------------------------------------------

Style = Callable[[Sequence[str]], str]

def to_zhuyin(syllables: Iterable[str]) -> str:
    """Zhuyin (bopomofo), solid: ``("xi3", "huan5")`` → ``"ㄒㄧˇ˙ㄏㄨㄢ"`` (:mod:`flashcards.zhuyin`)."""
    from flashcards.zhuyin import to_zhuyin as convert  # pypinyin's tables: load on first use

    return convert(syllables)


#: Output styles by name, pypinyin-fashion: ``sentence_pinyin.format_sentence`` looks words up here.
STYLES: dict[str, Style] = {
    "marks": to_marks,
    "numbers": to_numbers,
    "zhuyin": to_zhuyin,
    "html": tone_html,
}
#: The styles a learner can choose (``--pinyin``): every card field and handout follows it.
LEARNER_STYLES = ("marks", "numbers", "zhuyin")


def styled_html(syllables: Sequence[str], style: str = "marks") -> str:
    """A word's reading in ``style`` (marks, numbers, zhuyin), each syllable in its
    ``<span class="toneN">`` as :func:`tone_html` writes marks, HTML-escaped.

    >>> styled_html(("xi3", "huan5"), "numbers")
    '<span class="tone3">xi3</span><span class="tone5">huan5</span>'
    """
    if style not in ("numbers", "zhuyin"):
        return tone_html(syllables)
    render = STYLES[style]
    return "".join(
        f'<span class="tone{tone(syl)}">{html.escape(render((syl,)))}</span>' if _parse(syl) else html.escape(syl)
        for syl in syllables
    )


def register_style(name: str, func: Style) -> None:
    """Add or replace an output style (a function from syllables to text)."""
    STYLES[name] = func


def yi_bu_sandhi(word: str, syllables: Sequence[str]) -> tuple[str, ...]:
    """Spoken tones of 一 and 不 inside a word (``一起`` yi1qi3 -> yi4qi3).

    不 becomes bu2 before a fourth tone; 一 becomes yi2 before a fourth tone
    and yi4 before tones 1-3. 一 keeps yi1 at the end of a word, after 第 or
    another numeral (第一, 十一, 一一) and in 一月 (the month). Syllables are
    matched to characters one to one (a final erhua 儿 is allowed for).
    """
    syls = list(syllables)
    chars = list(word)
    if len(chars) != len(syls):
        # Erhua folding merged 儿 into the syllable before it; drop 儿 to align.
        chars = [c for k, c in enumerate(chars) if not (c == "儿" and k and k == len(chars) - 1)]
        if len(chars) != len(syls):
            return tuple(syls)
    numerals = set("零〇一二三四五六七八九十百千万亿第")
    for k, (c, s) in enumerate(zip(chars, syls)):
        if c not in "一不" or k + 1 >= len(syls):
            continue
        nxt = tone(syls[k + 1])
        if c == "不" and nxt == 4 and s.lower() == "bu4":
            syls[k] = s[:-1] + "2"
        elif c == "一" and s.lower() == "yi1":
            if k and chars[k - 1] in numerals or chars[k + 1] in numerals or chars[k + 1] == "月":
                continue
            if nxt == 4 or nxt == 5 and chars[k + 1] in "个下":
                syls[k] = s[:-1] + "2"
            elif nxt in (1, 2, 3):
                syls[k] = s[:-1] + "4"
    return tuple(syls)
