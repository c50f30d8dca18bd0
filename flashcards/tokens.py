"""Token stage output: each sentence with its words, and per-word statistics over the text.

Words come from an *analysis copy* of each sentence (simplified characters, ASCII letters and
digits; see ``flashcards.script``), so 學習 and 学习 are one word with one dictionary entry.
The copy has the sentence's length, so each token's span in it is the same word's span in
the original: ``surface`` keeps those original-script pieces for the cards.
"""

from __future__ import annotations

import sys
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat, tee
from pathlib import Path

from flashcards import hanzi, script
from flashcards.hanzi import is_hanzi_word
from flashcards.segment import segmenter
from flashcards.sentences import Sentence


class TokenizedSentence:
    """A sentence with its words: ``tokens``, the words of the analysis copy (what lookups,
    counts and pinyin use), and ``surface``, the same words as the source writes them (same
    lengths, original script; empty when the analysis copy is the original text).

    Immutable, compared by value. A 20 MB text has 650,000 sentences, so they are kept small:
    both word lists as *codes* (see ``_Vocabulary``), rebuilt on each read (a tuple of 18
    words costs 200 bytes where their code costs 94), and the ``Sentence`` as its fields,
    rebuilt on each read, its text left out when the words as written spell it.
    """

    __slots__ = ("_text", "_origin", "_index", "_script", "_paragraph", "_tokens", "_surface")

    def __init__(self, sentence: Sentence, tokens: Sequence[str], surface: Sequence[str] = ()) -> None:
        encode = _VOCABULARY.encode
        set_ = object.__setattr__
        set_(self, "_tokens", encode(tokens))
        set_(self, "_surface", encode(surface) if surface else "")
        text = sentence.text
        # None: the text is the words joined (always, unless a segmenter lost a character).
        set_(self, "_text", None if "".join(surface or tokens) == text else text)
        set_(self, "_origin", sentence.origin)
        set_(self, "_index", sentence.index)
        set_(self, "_script", sentence.script)
        set_(self, "_paragraph", sentence.paragraph)

    @property
    def sentence(self) -> Sentence:
        return Sentence(self.text, self._origin, self._index, self._script, self._paragraph)

    @property
    def text(self) -> str:
        """``sentence.text``, without building the Sentence (selection asks for every one)."""
        text = self._text
        return _VOCABULARY.spell(self._surface or self._tokens) if text is None else text

    def with_tokens(self, tokens: Sequence[str], surface: Sequence[str] = ()) -> TokenizedSentence:
        """The same sentence with other words: ``TokenizedSentence(self.sentence, ...)``
        without building the Sentence."""
        new = object.__new__(TokenizedSentence)
        set_ = object.__setattr__
        for name in ("_origin", "_index", "_script", "_paragraph"):
            set_(new, name, getattr(self, name))
        text = self._text
        if text is None:  # spelled by the old words: kept when the new ones spell it otherwise
            text = self.text
            text = None if "".join(surface or tokens) == text else text
        set_(new, "_text", text)
        set_(new, "_tokens", _VOCABULARY.encode(tokens))
        set_(new, "_surface", _VOCABULARY.encode(surface) if surface else "")
        return new

    @property
    def tokens(self) -> tuple[str, ...]:
        return _VOCABULARY.decode(self._tokens)

    @property
    def surface(self) -> tuple[str, ...]:
        return _VOCABULARY.decode(self._surface) if self._surface else ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"TokenizedSentence is immutable: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TokenizedSentence):
            return NotImplemented
        return (self.sentence, self.tokens, self.surface) == (other.sentence, other.tokens, other.surface)

    def __hash__(self) -> int:
        return hash((self.sentence, self.tokens, self.surface))

    def __repr__(self) -> str:
        return f"TokenizedSentence(sentence={self.sentence!r}, tokens={self.tokens!r}, surface={self.surface!r})"

    def __reduce__(self) -> tuple:
        # The codes mean something only in this process's vocabulary: pickle the words.
        return (TokenizedSentence, (self.sentence, self.tokens, self.surface))

    @property  # computed on each call: only coverage ordering asks, once per sentence
    def words(self) -> frozenset[str]:
        """The distinct Chinese words of the sentence (punctuation, Latin, numbers dropped)."""
        return frozenset(t for t in self.tokens if is_hanzi_word(t))

    @property
    def original(self) -> tuple[str, ...]:
        """The tokens as written in the source."""
        return self.surface or self.tokens

    def in_script(self, target: str | None) -> tuple[str, ...]:
        """The tokens as a card shows them: in ``target`` script, or as written (None).

        >>> ts = tokenize([Sentence("我們學習", "x", 0, "traditional")])[0]
        >>> ts.tokens, ts.in_script(None), ts.in_script("simplified")
        (('我们', '学习'), ('我們', '學習'), ('我们', '学习'))
        """
        original = self.original
        if target is None:
            return original
        converted = script.convert("".join(original), target)
        return script.split_like(converted, original) or original


class _Vocabulary:
    """Each distinct token once, numbered in order of first use; a word list's *code* is a
    str with one character per word, the character whose code point is the word's number.

    A str, not an array: up to 65,536 distinct words it takes 2 bytes a word (a text of
    millions of tokens has tens of thousands), and beyond it grows to 4 on its own. Past
    chr's limit (1,114,112 distinct tokens in one process) a code is the tuple itself.
    The table only grows, like ``sys.intern``'s: the tokens are interned already.
    """

    _LIMIT = sys.maxunicode + 1  # numbers chr can give

    def __init__(self) -> None:
        self._code: dict[str, str] = {}  # token → its character
        self._word: dict[str, str] = {}  # character → token (faster to read than ord + a list)
        self._lock = threading.Lock()  # two threads adding words must not share a number

    def encode(self, tokens: Sequence[str]) -> str | tuple[str, ...]:
        code = self._code
        try:
            return "".join(map(code.__getitem__, tokens))
        except KeyError:
            pass
        with self._lock:
            for token in tokens:
                if token not in code:
                    if len(self._word) >= self._LIMIT:
                        return tuple(tokens)
                    char = chr(len(self._word))
                    self._word[char] = token  # first: a code is read only once the char has its word
                    code[token] = char
        return "".join(map(code.__getitem__, tokens))

    def spell(self, code: str | tuple[str, ...]) -> str:
        """The words of ``code`` joined: ``"".join(decode(code))`` without the tuple."""
        if isinstance(code, tuple):
            return "".join(code)
        return "".join(map(self._word.__getitem__, code))

    def decode(self, code: str | tuple[str, ...]) -> tuple[str, ...]:
        if isinstance(code, tuple):
            return code
        return tuple(map(self._word.__getitem__, code))


_VOCABULARY = _Vocabulary()


@dataclass(frozen=True, eq=False)
class WordCount:
    word: str
    count: int             # occurrences in the whole text
    first: int             # index of the first sentence it appears in
    # Indexes of the sentences it appears in, in order: an array of 4-byte ints, because a
    # long text has millions of (word, sentence) pairs and a tuple costs 8 bytes + an int each.
    sentences: Sequence[int]


def tokenize(sentences: Sequence[Sentence], user_dict: Path | None = None) -> list[TokenizedSentence]:
    return list(tokenize_each(sentences, user_dict))


#: A sentence's tokens and surface (empty when its text is the analysis copy) → the pair to
#: store instead, or None to keep them (``compounds.study_splitter``).
Split = Callable[[tuple[str, ...], tuple[str, ...]], "tuple[Sequence[str], Sequence[str]] | None"]


def tokenize_each(
    sentences: Iterable[Sentence], user_dict: Path | None = None, split: Split | None = None
) -> Iterator[TokenizedSentence]:
    """``tokenize`` one sentence at a time: a long text never holds two versions of its token
    lists. ``split`` changes each sentence's tokens before it is stored (compounds into their
    parts): once, rather than encoding them, decoding them and encoding the new ones."""
    words = segmenter(user_dict).words
    sentences, texts = tee(sentences)
    for sentence, copy in zip(sentences, script.analysis_copies(s.text for s in texts)):
        tokens = tuple(words(copy))
        surface: tuple[str, ...] = ()
        if copy != sentence.text:
            # Lengths add up unless the segmenter lost a character; then show the copy.
            # Interned like the tokens (see Segmenter.words): one object per distinct word.
            surface = tuple(map(sys.intern, script.split_like(sentence.text, tokens) or tokens))
        found = split(tokens, surface) if split is not None else None
        if found is None:
            yield TokenizedSentence(sentence, tokens, surface)
        else:
            yield TokenizedSentence(sentence, *found)


def count_words(tokenized: Sequence[TokenizedSentence]) -> dict[str, WordCount]:
    """Per distinct Chinese word: frequency, first appearance and the sentences holding it.

    Counted on the sentences' codes, one character per token (see ``_Vocabulary``), without
    rebuilding their token tuples; words are looked up once each at the end."""
    counts: Counter[str] = Counter()
    word_of = _VOCABULARY._word.__getitem__
    where = _Positions(word_of)
    append = array.append
    spilled: list[tuple[int, tuple[str, ...]]] = []  # sentences coded as words (past chr's limit)
    for position, ts in enumerate(tokenized):
        code = ts._tokens
        if isinstance(code, tuple):
            spilled.append((position, code))
            continue
        counts.update(code)
        # Each distinct Chinese word's array gets the position, the loop run in C (``any`` of
        # the appends' Nones): a long text has millions of (word, sentence) pairs. Punctuation
        # and numbers are left out (``where.other``): ，and 。 alone are in nearly every sentence.
        words = set(code).difference(where.other)
        any(map(append, map(where.__getitem__, words), repeat(position)))
    found = {
        w: WordCount(w, n, where[c][0], where[c])
        for c, n in counts.items()
        if is_hanzi_word(w := word_of(c))
    }
    return _add_spilled(found, spilled) if spilled else found


def _add_spilled(found: dict[str, WordCount], spilled: list[tuple[int, tuple[str, ...]]]) -> dict[str, WordCount]:
    """``found`` with the sentences whose code is their words (a vocabulary past chr's
    limit, in no real text) counted in."""
    counts: Counter[str] = Counter()
    where: dict[str, array] = {}
    for position, tokens in spilled:
        counts.update(tokens)
        for w in set(tokens):
            where.setdefault(w, array("I")).append(position)
    for w, n in counts.items():
        if not is_hanzi_word(w):
            continue
        old = found.get(w)
        positions = where[w] if old is None else array("I", sorted([*old.sentences, *where[w]]))
        found[w] = WordCount(w, n + (old.count if old else 0), positions[0], positions)
    return found


def distinct_in(tokenized: Iterable[TokenizedSentence], words: set[str] | frozenset[str]) -> array:
    """Per sentence, how many distinct tokens of it are in ``words``: ``len(words &
    set(ts.tokens))``, read from each sentence's code (one character per token) without
    rebuilding its tokens."""
    codes = frozenset(c for c in map(_VOCABULARY._code.get, words) if c is not None)
    out = array("I")
    for ts in tokenized:
        code = ts._tokens
        out.append(len(codes.intersection(code) if isinstance(code, str) else words.intersection(code)))
    return out


def hanzi_counts(tokenized: Iterable[TokenizedSentence]) -> array:
    """Per sentence, the hanzi in its text (``hanzi.count(ts.text)``), summed over the
    codes of the words that spell it, each word counted once: no text is rebuilt."""
    per_code = _PerCode(lambda c: hanzi.count(_VOCABULARY._word[c]))
    out = array("I")
    for ts in tokenized:
        code = ts._surface or ts._tokens
        if ts._text is not None or isinstance(code, tuple):  # not spelled by its codes
            out.append(hanzi.count(ts.text))
        else:
            out.append(sum(map(per_code.__getitem__, code)))
    return out


#: What ends a sentence, and what may close after it (。” 」).
_SENTENCE_END = frozenset("。！？!?…；;")
_CLOSERS = frozenset("”’\"'」』）)】》")


def finished_flags(tokenized: Iterable[TokenizedSentence]) -> bytes:
    """Per sentence, 1 if it ends as a sentence does (。！？…, maybe inside closing quotes):
    a heading, a caption or a list item does not, nor a list that ends on a stop (劳力、资本、
    市场、运输。: three or more 、 and no comma, no clause to read). Read from the last two
    token codes and the text's punctuation."""
    def ends(word: str) -> int:
        core = word.rstrip("".join(_CLOSERS))
        return 2 if core and core[-1] in _SENTENCE_END else 1 if not core else 0  # 1: closers only

    per_code = _PerCode(lambda c: ends(_VOCABULARY._word[c]))
    # a list's marks as token codes, looked up once (a mark no text held has no code)
    codes = _VOCABULARY._code
    pause = codes.get("、", "")
    commas = tuple(c for c in (codes.get("，"), codes.get(",")) if c)
    out = bytearray()
    for ts in tokenized:
        code = ts._tokens
        last = [ends(t) for t in code[-2:]] if isinstance(code, tuple) else [per_code[c] for c in code[-2:]]
        done = bool(last) and (last[-1] == 2 or last[-1] == 1 and len(last) == 2 and last[0] == 2)
        out.append(done and not _listed(code, pause, commas))
    return bytes(out)


def _listed(code: str | tuple[str, ...], pause: str, commas: tuple[str, ...]) -> bool:
    """A list, not a sentence: three or more 、 between its tokens and no comma (``pause`` and
    ``commas`` are those marks' codes, for a coded sentence)."""
    if isinstance(code, tuple):
        return code.count("、") >= 3 and "，" not in code and "," not in code
    return bool(pause) and code.count(pause) >= 3 and not any(c in code for c in commas)


class _PerCode(dict):
    """Token code → ``value(code)``, computed on first use."""

    def __init__(self, value: Callable[[str], int]) -> None:
        super().__init__()
        self._value = value

    def __missing__(self, code: str) -> int:
        found = self[code] = self._value(code)
        return found


class _Positions(dict):
    """Token code → array of the positions of the sentences holding it, made on first use;
    a code whose word is not Chinese goes to ``other`` instead, and its array is thrown away."""

    def __init__(self, word_of: Callable[[str], str]) -> None:
        super().__init__()
        self.other: set[str] = set()
        self._word_of = word_of

    def __missing__(self, code: str) -> array:
        if not is_hanzi_word(self._word_of(code)):
            self.other.add(code)
            return array("I")
        found = self[code] = array("I")
        return found
