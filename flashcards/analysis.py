"""Text analysis: how hard a text is, for whom, and which words to learn from which sentences.

``analyze_text`` takes the token stage's output and returns a ``TextAnalysis`` of frozen
dataclasses; ``to_json`` turns it into the machine-readable form of ``flashcards analyze
--json``; ``report_tables`` and ``report_html`` render it for people.

Definitions (also in the README):

* **token**: one occurrence of a word made of hanzi. Punctuation, numbers and Latin words are
  not tokens. Coverage figures are shares of tokens.
* **coverage at HSK ≤ L**: the share of tokens whose word is on the HSK lists at level L or
  below (in the chosen standard; 7 is the 7-9 band). A transparent compound off the lists
  (一个, 很多, 坐在: ``compounds.effective_level``) counts at the level of its hardest part.
  **Names** (诸葛亮, 上海: ``compounds.is_name``) are their own category: reported apart
  and left out of the coverage shares, since a reader reads them rather than learns them.
  Other words off the lists never count, so coverage can stay below 100%: the level needed
  for 98% is then ``None`` ("beyond HSK").
* **unknown word**: a word that is not known (``known.KnownWords``: a list, a level or both;
  with neither, every word is unknown). A sentence with no unknown word is *readable*, with
  exactly one it is *i+1*: the best place to learn that word.
* **sentence difficulty**: ``difficulty.sentence_difficulty`` — a score (higher is harder)
  and the HSK level a reader needs, from the sentence's word and character levels and word
  frequencies. It does not depend on known words; the unknown words of a sentence do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

from flashcards import hsk
from flashcards.errors import OptionError
from flashcards.known import KnownWords, resolve_known
from flashcards.selection import NATURAL_LENGTH, SelectionOptions, select_words
from flashcards.tokens import TokenizedSentence, count_words
from flashcards.frequency import frequency
from flashcards.hanzi import HANZI as _HANZI

JSON_VERSION = 1
COVERAGE_TARGETS = (90, 95, 98)  # percent of tokens
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class LevelCoverage:
    level: int         # 1-6, or 7 for the 7-9 band
    tokens: int        # tokens of words at exactly this level
    words: int         # distinct words at exactly this level
    cumulative: float  # share of the tokens that are not names at HSK ≤ level, 0-1

    @property
    def label(self) -> str:
        return hsk.label(self.level)


@dataclass(frozen=True)
class WordStat:
    word: str
    pinyin: str
    gloss: str
    level: int | None  # None: outside the HSK lists
    count: int         # tokens in the text
    first: int         # index of the first sentence holding it
    example: int | None = None  # index of its i+1 example sentence


@dataclass(frozen=True)
class SentenceStat:
    index: int
    text: str
    origin: str
    tokens: tuple[str, ...]
    unknown: tuple[str, ...]  # distinct unknown words, in order of appearance
    score: float              # difficulty: higher is harder
    level: int                # estimated HSK level needed (7 = 7-9)
    paragraph: int = 0        # its passage's number (Sentence.paragraph)


@dataclass(frozen=True)
class TextAnalysis:
    standard: str
    known: str                 # what was known, for people: "HSK ≤ 3 + 12 listed words"
    characters: int            # non-space characters in the sentences
    hanzi: int
    distinct_hanzi: int
    tokens: int
    distinct_words: int
    coverage: tuple[LevelCoverage, ...]
    outside_tokens: int
    outside: tuple[WordStat, ...]  # every word outside HSK, most frequent first
    level_for: tuple[tuple[int, int | None], ...]  # (percent, level or None = beyond HSK)
    known_tokens: int | None   # tokens of known words; None when nothing is known
    unknown_words: int         # distinct unknown words
    new_words: tuple[WordStat, ...]  # the most frequent unknown words, with i+1 examples
    sentences: tuple[SentenceStat, ...]
    hardest: tuple[int, ...]   # sentence indexes, hardest first
    easiest: tuple[int, ...]   # sentence indexes, easiest first
    levels: dict[str, int | None] = field(default_factory=dict, repr=False)  # every word
    name_tokens: int = 0                 # tokens of names (not in the coverage shares)
    names: tuple[WordStat, ...] = ()     # every name, most frequent first
    known_level: int | None = None  # --known-level, for the chart's mark

    def covered(self, level: int) -> float:
        """Share of tokens at HSK ≤ level (0 below level 1)."""
        shares = [c.cumulative for c in self.coverage if c.level <= level]
        return shares[-1] if shares else 0.0

    @property
    def readable(self) -> int:
        """Sentences with no unknown word."""
        return sum(1 for s in self.sentences if not s.unknown)

    @property
    def i_plus_one(self) -> int:
        """Sentences with exactly one unknown word."""
        return sum(1 for s in self.sentences if len(s.unknown) == 1)


@dataclass(frozen=True)
class AnalyzeOptions:
    inputs: tuple[str, ...]
    standard: str = "3.0"
    known_file: Path | None = None
    known_from: Path | None = None   # a learner's Anki export: its words are known
    known_field: str | None = None   # the export's field holding the word
    known_level: int | None = None
    top: int = 20       # new words (and outside-HSK words) shown in tables
    extremes: int = 5   # hardest and easiest sentences
    user_dict: Path | None = None
    input_format: str | None = None
    force: bool = False  # read text that looks Japanese or Korean anyway


def analyze(options: AnalyzeOptions) -> TextAnalysis:
    """Read, split and segment the inputs, then ``analyze_text``. Raises FlashcardsError."""
    from flashcards.pipeline import read_inputs, tokenize_documents

    if options.standard not in hsk.STANDARDS:
        raise OptionError(f"{options.standard!r} is not one of {', '.join(hsk.NAMES)}", option="standard")
    if options.top < 1 or options.extremes < 0:
        raise OptionError("must be at least 1", option="top")
    if not options.inputs:
        raise OptionError("no input given")
    files = (options.known_file,) if options.known_file else ()
    known = resolve_known(files, options.known_from, options.known_field, options.known_level, options.standard)
    tokenized = tokenize_documents(
        read_inputs(options.inputs, options.input_format, options.force), options.user_dict, study=False
    )
    return analyze_text(tokenized, options.standard, known, options.top, options.extremes)


def analyze_text(
    tokenized: Sequence[TokenizedSentence],
    standard: str = "3.0",
    known: KnownWords | Collection[str] = KnownWords(),
    top: int = 20,
    extremes: int = 5,
) -> TextAnalysis:
    """Coverage, new words and sentence difficulty of an already segmented text."""
    if not isinstance(known, KnownWords):
        known = KnownWords(frozenset(known), standard=standard)
    from flashcards.compounds import effective_level, is_name, split_compounds

    counts = count_words(tokenized)
    levels = {w: effective_level(w, standard) for w in counts}
    names = [counts[w] for w in counts if levels[w] is None and is_name(w)]
    name_tokens = sum(wc.count for wc in names)
    covered_total = sum(wc.count for wc in counts.values()) - name_tokens  # names read, not learned
    coverage = _coverage(counts, levels, standard, covered_total)
    total = sum(wc.count for wc in counts.values())
    name_set = {wc.word for wc in names}
    outside = [counts[w] for w in counts if levels[w] is None and w not in name_set]
    is_known = {w: w in known for w in counts}
    # New words are what a learner studies: 一个's parts 一 and 个, not 一个 (see compounds.py).
    study = split_compounds(tokenized)
    study_words = set(counts).union(*(s.words for s, ts in zip(study, tokenized) if s is not ts))
    study_known = {w: is_known[w] if w in is_known else w in known for w in study_words}
    study_levels = {w: levels[w] if w in levels else effective_level(w, standard) for w in study_known}
    selection = SelectionOptions(standard=standard, known=known, order="frequency", limit=top)
    new = select_words(study, selection, study_levels.get, study_known.get)
    text = "".join(ts.sentence.text for ts in tokenized)
    hanzi = _HANZI.findall(text)
    token_levels: dict[tuple[str, str | None], tuple[int, float]] = {}  # difficulty's memo, shared by all sentences
    sentences = tuple(_sentence_stat(ts, is_known, standard, token_levels) for ts in tokenized)
    # Headings and one-word fragments are trivially "easy": rank real sentences when there are any.
    ranked = [s for s in sentences if len(_HANZI.findall(s.text)) >= NATURAL_LENGTH[0]] or list(sentences)
    return TextAnalysis(
        standard=standard,
        known=known.describe(),
        characters=len(_SPACE.sub("", text)),
        hanzi=len(hanzi),
        distinct_hanzi=len(set(hanzi)),
        tokens=total,
        distinct_words=len(counts),
        coverage=coverage,
        outside_tokens=sum(wc.count for wc in outside),
        outside=tuple(
            _word_stat(wc.word, None, wc.count, wc.first)
            for wc in sorted(outside, key=lambda wc: (-wc.count, wc.first, wc.word))
        ),
        level_for=tuple((p, _level_for(p, coverage, covered_total)) for p in COVERAGE_TARGETS),
        known_tokens=sum(counts[w].count for w in counts if is_known[w]) if known else None,
        unknown_words=sum(1 for w in counts if not is_known[w]),
        new_words=tuple(
            _word_stat(s.word, s.level, s.count, s.first, s.examples[0] if s.examples else None) for s in new
        ),
        sentences=sentences,
        hardest=_extremes(ranked, extremes, hardest=True),
        easiest=_extremes(ranked, extremes, hardest=False),
        levels=levels,
        name_tokens=name_tokens,
        names=tuple(
            _word_stat(wc.word, None, wc.count, wc.first)
            for wc in sorted(names, key=lambda wc: (-wc.count, wc.first, wc.word))
        ),
        known_level=known.level,
    )


def _coverage(counts, levels: dict[str, int | None], standard: str, total: int) -> tuple[LevelCoverage, ...]:
    """Per level; shares are of ``total`` (the tokens that are not names)."""
    out = []
    running = 0
    for lv in hsk.standard(standard).levels:
        at = [wc for w, wc in counts.items() if levels[w] == lv]
        running += sum(wc.count for wc in at)
        out.append(LevelCoverage(lv, sum(wc.count for wc in at), len(at), running / total if total else 0.0))
    return tuple(out)


def _level_for(percent: int, coverage: Sequence[LevelCoverage], total: int) -> int | None:
    """The lowest level whose cumulative coverage reaches ``percent``; integer arithmetic, so
    exactly 90% counts as reaching 90%."""
    running = 0
    for c in coverage:
        running += c.tokens
        if total and running * 100 >= percent * total:
            return c.level
    return None


def _sentence_stat(
    ts: TokenizedSentence, is_known: dict[str, bool], standard: str, levels: dict[tuple[str, str | None], tuple[int, float]]
) -> SentenceStat:
    from flashcards import compounds, difficulty, lexicon

    # is_known holds every word of the text (and only words): no per-token regex needed.
    unknown = dict.fromkeys(t for t in ts.tokens if is_known.get(t) is False)
    rated = difficulty.sentence_difficulty(
        ts.tokens, _level_lookup(standard), _char_level_lookup(standard), _frequency, lexicon.is_word,
        is_name=compounds.is_name, parts=compounds.parts, memo=levels,
    )
    return SentenceStat(
        ts.sentence.index, ts.sentence.text, ts.sentence.origin, ts.tokens, tuple(unknown),
        round(float(rated.score), 3), int(rated.level), ts.sentence.paragraph,
    )


def _extremes(sentences: Sequence[SentenceStat], n: int, hardest: bool) -> tuple[int, ...]:
    sign = -1 if hardest else 1
    ranked = sorted(sentences, key=lambda s: (sign * s.score, sign * s.level, s.index))
    return tuple(s.index for s in ranked[:n])


def _word_stat(word: str, level: int | None, count: int, first: int, example: int | None = None) -> WordStat:
    from flashcards import gloss as glosses, lexicon, pinyin

    info = lexicon.lookup(word)
    # the cards' compact gloss (no dictionary notation), its first two senses
    gloss = glosses.SEPARATOR.join(glosses.shown(word, info.syllables, info.senses, info.composed,
                                                 traditional=info.traditional).front[:2])
    return WordStat(word, pinyin.to_marks(info.syllables), ("≈ " + gloss) if info.composed else gloss,
                    level, count, first, example)


def _level_lookup(standard: str) -> Callable[[str], int | None]:
    from flashcards import lexicon

    return partial(lexicon.hsk_level, standard=standard)


def _char_level_lookup(standard: str) -> Callable[[str], int | None]:
    from flashcards import lexicon

    # HSK 2.0 graded no characters: its readers get the 3.0 character list.
    return partial(lexicon.char_level, standard="3.0" if standard == "2.0" else standard)


def _frequency(word: str) -> float:
    return frequency(word)


# --- JSON ---------------------------------------------------------------------------------


def as_dict(analysis: TextAnalysis) -> dict:
    """The JSON document of ``flashcards analyze --json`` as Python values (README: fields)."""
    from flashcards.readings import marks_many

    a = analysis
    marks = marks_many([s.tokens for s in a.sentences])  # readings in context, one batch
    return {
        "version": JSON_VERSION,
        "standard": a.standard,
        "known": a.known,
        "totals": {
            "sentences": len(a.sentences),
            "characters": a.characters,
            "hanzi": a.hanzi,
            "distinct_hanzi": a.distinct_hanzi,
            "tokens": a.tokens,
            "distinct_words": a.distinct_words,
            "unknown_words": a.unknown_words,
            "known_tokens": a.known_tokens,
            "readable_sentences": a.readable,
            "i_plus_one_sentences": a.i_plus_one,
        },
        "coverage": [
            {"level": c.level, "label": c.label, "tokens": c.tokens, "words": c.words,
             "cumulative": round(c.cumulative, 4)}
            for c in a.coverage
        ],
        "outside_hsk": {
            "tokens": a.outside_tokens,
            "share": round(a.outside_tokens / a.tokens, 4) if a.tokens else 0.0,
            "words": [_word_json(w) for w in a.outside],
        },
        "names": {
            "tokens": a.name_tokens,
            "share": round(a.name_tokens / a.tokens, 4) if a.tokens else 0.0,
            "words": [_word_json(w) for w in a.names],
        },
        "level_for": {str(p): lv for p, lv in a.level_for},
        "new_words": [_word_json(w) for w in a.new_words],
        "hardest": list(a.hardest),
        "easiest": list(a.easiest),
        "sentences": [
            {"index": s.index, "text": s.text, "origin": s.origin,
             "difficulty": {"score": s.score, "level": s.level},
             "unknown": list(s.unknown), "tokens": list(s.tokens), "pinyin": pinyin}
            for s, pinyin in zip(a.sentences, marks)
        ],
    }


def _word_json(w: WordStat) -> dict:
    d = asdict(w)
    d["first_sentence"] = d.pop("first")
    d["example_sentence"] = d.pop("example")
    return d


def to_json(analysis: TextAnalysis, indent: int | None = None) -> str:
    # No indent by default: json's C encoder only runs without one, and on a 2 MB text the
    # pure-Python pretty printer costs as much as segmenting it. Pipe through `jq` to read.
    return json.dumps(as_dict(analysis), ensure_ascii=False, indent=indent)
