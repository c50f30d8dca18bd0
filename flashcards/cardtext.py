"""What a card shows around the gloss: the example's clause, the traditional form, the
sentence card's glossary words.

* **Clause**: an example over :data:`CLAUSE_AT` hanzi is long to read on a front. The front
  shows the clause (between ，；：) around the word, widened by neighbouring clauses until it
  holds at least :data:`MIN_CONTEXT` hanzi besides the word; the rest of the sentence is in
  ``fc-clause-rest`` spans that fronts hide and backs show, so the back has the whole
  sentence. Markup only: the field lists stay as they are.
* **Traditional**: the standard OpenCC s2t conversion of the word (:mod:`flashcards.script`,
  the one home of conversion, so the headword agrees with the sentence shown in traditional
  characters), or the text's own form when the text is traditional; never the headword of a
  variant entry (年 → 秊) that the dictionary happens to list first.
* **Glossary words**: a sentence card glosses content words only (not 的/了/是/在: particles,
  prepositions, conjunctions, pronouns, numerals, measure words), and of those only the
  ones new to the learner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate

from flashcards import script
from flashcards.hanzi import HANZI as _HANZI

__all__ = ["CLAUSE_AT", "MIN_CONTEXT", "glossary_word", "in_clause", "one_sense", "traditional_form"]

CLAUSE_AT = 30
MIN_CONTEXT = 4
_BREAKS = frozenset("，,；;：:")
# Parts of speech (jieba's tag set) whose words a sentence card does not gloss.
_FUNCTION_TAGS = ("u", "p", "c", "r", "y", "e", "o", "m", "q", "x", "w")
_FUNCTION_WORDS = frozenset("的 了 是 在 和 也 都 就 很 不 着 过 把 被 给 让 对 从 向 跟 与 及 或 而 之 其 这 那 有".split())


def _in_number(tokens: Sequence[str], k: int) -> bool:
    """A comma or colon between digits (11,000; 10:30) is part of a number, no clause break."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1][-1:].isdigit() and tokens[k + 1][:1].isdigit()


def clause_span(tokens: Sequence[str], word: str) -> tuple[int, int] | None:
    """Token range [start, end) of the clause a front shows, or None for the whole sentence."""
    return _clause_span(tuple(tokens), word)


@lru_cache(maxsize=4096)  # a word's vocabulary and cloze notes ask for the same example
def _clause_span(tokens: tuple[str, ...], word: str) -> tuple[int, int] | None:
    if sum(map(len, tokens)) <= CLAUSE_AT or word not in tokens:
        return None
    upto = (0, *accumulate(len(_HANZI.findall(t)) for t in tokens))  # hanzi before each token
    if upto[-1] <= CLAUSE_AT:
        return None

    def hanzi(a: int, b: int) -> int:
        return upto[b] - upto[a]

    at = tokens.index(word)
    breaks = [k for k, t in enumerate(tokens) if t.strip() in _BREAKS and not _in_number(tokens, k)]
    if not breaks:
        return None
    start = max([b + 1 for b in breaks if b < at], default=0)
    end = min([b for b in breaks if b > at], default=len(tokens))
    while hanzi(start, end) - len(word) < MIN_CONTEXT:
        later = [b for b in breaks if b > end]
        earlier = [b + 1 for b in breaks if b + 1 < start]
        if end < len(tokens):  # the next clause first: what follows the word explains it more often
            end = later[0] if later else len(tokens)
        elif start > 0:
            start = earlier[-1] if earlier else 0
        else:
            break
    if start == 0 and end >= len(tokens) - 1:
        return None
    return start, end


def in_clause(tokens: Sequence[str], word: str, pieces: Sequence[str]) -> str:
    """``pieces`` (one HTML piece per token) joined, the part outside the word's clause
    wrapped so that fronts hide it (see the module notes)."""
    span = clause_span(tokens, word)
    if span is None:
        return "".join(pieces)
    start, end = span
    before, clause, after = "".join(pieces[:start]), "".join(pieces[start:end]), "".join(pieces[end:])
    cut = '<span class="fc-clause-cut">…</span>'
    return (
        (f'{cut}<span class="fc-clause-rest">{before}</span>' if before else "")
        + clause
        + (f'<span class="fc-clause-rest">{after}</span>{cut}' if after else "")
    )


def traditional_form(info, example=None) -> str:
    """The traditional form a card shows for ``info.word`` (a :class:`lexicon.WordInfo`)."""
    if example is not None and example.sentence.script == script.TRADITIONAL and info.word in example.tokens:
        return example.original[list(example.tokens).index(info.word)]
    return script.convert(info.word, script.TRADITIONAL) if info.word else info.traditional


def glossary_word(token: str, tokens: Sequence[str], is_new: Callable[[str], bool] | None) -> bool:
    """Whether a sentence card's glossary lists ``token`` (a word of ``tokens``)."""
    if token in _FUNCTION_WORDS or (is_new is not None and not is_new(token)):
        return False
    from flashcards.senses import _tags

    tag = _tags(tuple(tokens))[list(tokens).index(token)]
    return not (tag and tag.startswith(_FUNCTION_TAGS))


def one_sense(g) -> str:
    """A sentence glossary's one short sense of a :class:`gloss.Gloss`."""
    from flashcards import gloss

    return gloss.hint(g) or (g.front[0] if g.front else "")
