"""Gloss compaction: CC-CEDICT sense strings → the short, clean meaning a card shows.

CC-CEDICT writes for lookup, not for a card: cross-references with pinyin (才[cái]), embedded
examples "(as in 打那以后[…] "since then")", pointer senses ("variant of 褲子|裤子",
"see 得瑟"), surnames and old variants. A card needs the sense its sentence uses first, a few
short senses, and the rest behind a "more" line. Rules, in order (each a function below):

* **clean** a sense: embedded examples "(as in …)", "(e.g. …)", "(Example: …)", "(same as
  …)", "(Taiwan pr. …)", "also pr. […]" go; ``X[pinyin]`` → ``X``; ``繁|简`` → ``简``; "(bound form)" goes; the
  headword itself (either script) becomes ～, so no meaning ever spells its own answer.
* **resolve** pointers: "variant of X", "same as X", "see X", "abbr. for X" show X's own first
  senses (cleaned, with X's spelling in it turned into ～ where it is the headword); a
  pointer to the word itself goes.
* **drop** "surname X", "old/archaic/Japanese variant of X", "used in X" and "name of X"
  senses unless nothing else is left.
* **compact**: the front-facing meaning is at most :data:`FRONT_SENSES` senses, each at most
  :data:`SHORT` characters (a longer sense loses its parentheses, then its trailing "; "
  items; one that is still long moves to "more"); everything else keeps its place in
  :attr:`Gloss.more`, so no sense is lost.

    >>> compact("把", ("to hold; to grasp", "handlebar"), lead=1).front
    ('handlebar', 'to hold; to grasp')
    >>> clean_sense("(coll.) from; since (as in 打那以后[dǎnàyǐhòu] \\"since then\\")", "打")
    '(coll.) from; since'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from flashcards import hanzi

__all__ = ["FRONT_SENSES", "SHORT", "Gloss", "clean_sense", "compact", "hint", "reading_senses", "shown"]

FRONT_SENSES = 3
SHORT = 40
HEADWORD = "～"
#: Between senses on a card; "; " stays what it is in CC-CEDICT, between synonyms of one sense.
SEPARATOR = " · "

_HAN = f"[{hanzi.CLASS}〇]"
_WORD = rf"{_HAN}+(?:[·，,]{_HAN}+)*"
_HAN_RE = re.compile(_HAN)
# "(as in X[…] 'translation')", "(e.g. …)", "(same as X[…])", "(Taiwan pr. […])": one level of
# nested parentheses allowed inside.
_EMBEDDED = re.compile(
    r"\s*\((?:as in|e\.g\.|[Ee]xample:|i\.e\.|same as|see also|see|also written|also pr\.|Taiwan pr\.|pr\.|"
    r"often followed by|(?:frequently used |common )?erroneous variant of|variant of|abbr\. for|abbr\. to|used in|used mostly in|mostly used in|written as|cf\.?|orthographic borrowing)(?![A-Za-z])(?:[^()]|\([^()]*\))*\)"
)
# ", as in 皮革～ "one made of leather" or 新～ "new one"": examples run into a sense, to the
# next comma, semicolon or closing parenthesis (one nested level allowed).
# Bracketed pinyin and a quoted translation are read whole: either may hold a comma (除了:
# "as in 除了他，谁也没来[chu2 le5 ta1 , shei2 …] "apart from him, nobody came"").
_AS_IN = re.compile(r',?\s*\bas in\s+(?:\[[^\]]*\]|"[^"]*"|[^(),;\["]|\([^()]*\))*')
_ALSO_PR = re.compile(r"[,;]?\s*(?:also |Taiwan |Beijing )?pr\.\s*\[[^\]]*\]")
_PINYIN = re.compile(r"\[[^\]]*\]")
_TRAD_SIMP = re.compile(rf"{_HAN}+\|({_HAN}+)")
_BOUND = re.compile(r"\((?:bound form|bound form, usually [^)]*)\)\s*")
_POINTER = re.compile(
    rf"^(?:(?:erhua |old |archaic |Japanese |erroneous )?(?:variant|form) of|same as|see|abbr\. for|"
    rf"also written|equivalent to) ({_HAN}+(?:\|{_HAN}+)?)(?:\[([^\]]*)\])?(?:[,;]\s*(.*))?$"
)
_DROP = re.compile(
    r"^(?:surname |see also |[Ee]xample: |also pr\. |(?:Taiwan|Beijing|colloquial|literary) pr\. |(?:old|archaic|Japanese|erroneous) (?:variant|form) of |used in |(?:old )?name of |"
    r"\(?(?:Cantonese|Taiwanese|Hokkien)\)? )"
)
#: A brand or company that took the word as its name ("Robam (brand)" of 老板): no sense of the word.
_BRAND = re.compile(r"\((?:brand|company|trademark)\)$")
_PARENS = re.compile(r"\s*\([^()]*\)")
# CC-CEDICT's slots in a pattern ("more {adj.} than {noun}", "把 + {noun} + {verb}"): the
# slot's name without the braces, which read as notation on a card.
_SLOT = re.compile(r"\{([a-z][a-z0-9.]*(?: [a-z][a-z0-9.]*)*)\}")


@dataclass(frozen=True)
class Gloss:
    """What a card shows of a word's meaning."""

    front: tuple[str, ...]  # at most FRONT_SENSES short senses, the one the sentence uses first
    more: tuple[str, ...] = ()  # every other sense, for a "more" line on the back
    composed: tuple[tuple[str, str], ...] = ()  # (piece, its gloss) for a word CC-CEDICT lacks


def clean_sense(sense: str, word: str = "", forms: Sequence[str] = ()) -> str:
    """One sense without dictionary notation; the headword (``word`` or ``forms``) as ～."""
    text = _EMBEDDED.sub("", sense)
    text = _AS_IN.sub("", text) if _HAN_RE.search(sense) else text
    text = _ALSO_PR.sub("", text)
    text = _TRAD_SIMP.sub(r"\1", text)
    text = _PINYIN.sub("", text)
    text = _BOUND.sub("", text)
    text = _SLOT.sub(r"\1", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;/")
    if text.startswith("(") and text.endswith(")") and _PARENS.sub("", text) == "":
        text = text[1:-1].strip()  # "(used to put the object before the verb: …)" is the sense itself
    text = _figurative_first(_placeholders_filled(text))
    for form in sorted({word, *forms} - {""}, key=len, reverse=True):
        text = text.replace(form, HEADWORD)
    return text


_PLACEHOLDER = re.compile(r"\b(?:noun|verb|predicate|clause|adjective|number|subject|object|phrase)s? ([A-Z])\b")


def _placeholders_filled(text: str) -> str:
    """"(after a noun N and before a predicate P) the reason why N P" (之所以) → "the reason
    why": letters the parenthesis defines are notation, not English a learner reads (and a
    "…" in their place would read as a cut)."""
    m = re.match(r"\(([^()]*)\)\s*", text)
    letters = _PLACEHOLDER.findall(m.group(1)) if m else []
    if not letters:
        return text
    rest = text[m.end():]
    for letter in letters:
        rest = re.sub(rf"\s*\b{letter}\b", "", rest)
    return rest.strip(" ,;") or text


def _figurative_first(text: str) -> str:
    """"lit. flower viewing from horseback (idiom); a fleeting glance in passing" → the
    meaning first, the literal picture after it: an idiom is learnt for what it means."""
    if not text.startswith("lit. ") or "; " not in text:
        return text
    literal, rest = text.split("; ", 1)
    literal = re.sub(r"\s*\(idiom\)$", "", literal)
    meaning = re.sub(r"^fig\. ", "", rest)
    return f"{meaning}; {literal}"


def shorten(sense: str, limit: int = SHORT) -> str:
    """``sense`` cut at a boundary CC-CEDICT writes (parentheses, "; " items) to fit ``limit``;
    never in the middle of a word. What cannot be cut that way comes back as it was."""
    if len(sense) <= limit:
        return sense
    bare = _bare(sense)
    if len(bare) > limit and ": " in bare:  # "used to put the object before the verb: ～ + …"
        bare = bare.split(": ", 1)[0]
    return _joined_within(bare.split("; "), "; ", limit)


#: A verb whose object CC-CEDICT puts in parentheses, or a closing preposition's ("to get
#: off or out of (a bus, train, car etc)"): without them the sense would end in the air
#: ("a modal particle indicating", "to get off or out of").
_DANGLING = re.compile(
    r"\b(indicating|expressing|showing|meaning|denoting|(?:of|into|onto|from|to|with|at|for|on|in)(?= \([^()]*\)$)) \(([^()]*)\)"
)


def _joined_within(pieces: list[str], sep: str, limit: int) -> str:
    """The first piece, then as many of the next as fit in ``limit`` joined by ``sep``."""
    kept = pieces[0]
    for piece in pieces[1:]:
        if len(kept) + len(sep) + len(piece) > limit:
            break
        kept += sep + piece
    return kept


#: Where a long description's head ends: its relative clause (CC-CEDICT's sense of 打).
_RELATIVE = re.compile(r" (?:that|which|who) ")


#: A head that ends in one of these says nothing without its relative clause ("classifier
#: for things", "person", "to attack sb"): the clause is the sense.
_VAGUE_END = re.compile(r"\b(?:things?|objects?|sth|something|sb|someone|one|person|people|a person)$")

#: How far past SHORT a head may run to keep its relative clause's first phrase.
_CLAUSE_SLACK = 12


def _head(sense: str) -> str:
    """A long description without "; " items cut before its relative clause, when that head
    fits: "a semantically light, transitive verb that is combined with …" → "a semantically
    light, transitive verb". A vague head keeps the clause's first phrase when that nearly fits
    ("classifier for things that are strung together, or …" → "classifier for things that are
    strung together"), else the sense stays whole. Only for a lead sense: one nothing chose
    stays off the front."""
    if "; " in sense:
        return sense
    head = _RELATIVE.split(sense, 1)[0]
    if len(head) > SHORT or head == sense:
        return sense
    if _is_whole_phrase(head):
        return head
    phrase = re.split(r", |: ", sense, 1)[0]
    return phrase if len(phrase) <= SHORT + _CLAUSE_SLACK and _is_whole_phrase(phrase, vague_ok=True) else sense


def _is_whole_phrase(head: str, vague_ok: bool = False) -> bool:
    """``head`` can stand for its sense: its brackets and quotes close, and (unless
    ``vague_ok``) it does not end in a word that only a following clause gives content."""
    balanced = head.count("(") == head.count(")") and head.count('"') % 2 == 0
    return balanced and (vague_ok or not _VAGUE_END.search(head))


def _dropped(sense: str, short: str) -> str:
    """The part of ``sense`` that :func:`shorten` left out ('' when only labels went)."""
    if len(_bare(short)) >= len(_bare(sense)):
        return ""
    kept = set(short.split("; "))
    items = sense.split("; ")
    rest = [item for item in items if _bare(item) not in kept and item not in kept]
    if len(rest) == len(items) or any(": " in item for item in rest):
        return sense  # the cut went inside an item (at ": "): the whole sense, as written
    return "; ".join(rest)


def _bare(sense: str) -> str:
    """``sense`` without its parentheses, except those that are a verb's object ("a modal
    particle indicating (that's all, only)" keeps "that's all, only")."""
    return _PARENS.sub("", _DANGLING.sub(r"\1 \2", sense)).strip(" ,;") or sense


def _lookup(word: str):
    from flashcards import lexicon

    return lexicon.lookup(word)


@lru_cache(maxsize=8192)
def _resolved(target: str, word: str, forms: tuple[str, ...], depth: int = 0, reading: str = "") -> tuple[str, ...]:
    """What a pointer's target means: its own first senses, cleaned, pointers followed once;
    those of the reading the pointer names, where it names one (呆 "variant of 待[dai1]" is
    待 dāi "to stay", not 待 dài "to wait")."""
    if depth > 1 or target == word:
        return ()
    out: list[str] = []
    for sense in _target_senses(target, reading, (word, *forms)):
        out.extend(_one(sense, word, forms, depth + 1))
        if len(out) >= 2:
            break
    return tuple(out[:2])


def _target_senses(target: str, reading: str, origin: tuple[str, ...]) -> tuple[str, ...]:
    from flashcards import lexicon, pinyin

    key = reading.lower().replace(" ", "")
    if key:
        # the target's entries in that reading, not a name's, not the pointing word's own entry
        # (証 "variant of 證|证[zheng4]" means 證's "certificate", not 証's "to admonish")
        entries = [e for e in lexicon.entries(target) if e.traditional not in origin and e.simplified not in origin]
        entries = [e for e in entries if not e.pinyin[:1].isupper()] or entries  # a name only if nothing else
        named = [s for e in entries
                 if key in (e.pinyin.lower().replace(" ", ""), pinyin.to_marks(e.pinyin.split()).lower().replace(" ", ""))
                 for s in e.senses]
        if named:
            return tuple(named)
    return _lookup(target).senses


def _one(sense: str, word: str, forms: tuple[str, ...], depth: int = 0) -> list[str]:
    """A raw sense as zero or more clean ones (a pointer becomes its target's meaning)."""
    m = _POINTER.match(sense.strip())
    if m:
        target = m.group(1).split("|")[-1]
        rest = clean_sense(m.group(3) or "", word, forms)
        if rest:  # "variant of 褲子|裤子, trousers": the sense after the comma says it
            return [rest]
        return list(_resolved(target, word, forms, depth, m.group(2) or ""))
    cleaned = clean_sense(sense, word, forms)
    return [cleaned] if cleaned and cleaned != HEADWORD else []


def clean_senses(word: str, senses: Sequence[str], forms: Sequence[str] = ()) -> tuple[str, ...]:
    """Every sense cleaned and resolved, weak ones (surnames, old variants, brands) dropped unless they
    are all there is; duplicates once, in order."""
    forms_t = tuple(f for f in forms if f and f != word)
    strong = [s for s in senses if not _DROP.match(s) and not _BRAND.search(s)]
    chosen = strong or list(senses)
    out: dict[str, None] = {}
    for sense in chosen:
        for c in _one(sense, word, forms_t):
            out.setdefault(c)
    if not out and chosen is strong:  # every strong sense pointed nowhere: fall back on the weak
        for sense in senses:
            for c in _one(_DROP.sub("", sense) if sense.startswith("used in") else sense, word, forms_t):
                out.setdefault(c)
    if not out:  # 大厦: "(used in the names of grand buildings such as …)", all of it notation
        for sense in senses:
            inner = sense[1:-1] if sense.startswith("(") and sense.endswith(")") else sense
            head = clean_sense(re.sub(r",?\s+(?:such as|e\.g\.|as in|for example)\b.*$", "", inner), word, forms_t)
            if head and head != HEADWORD:
                out.setdefault(head)
    return _meaning_before_picture(tuple(out))


def _meaning_before_picture(items: tuple[str, ...]) -> tuple[str, ...]:
    """("lit. new bud", "fig. new and original") (新颖) → the meaning first, "fig." dropped,
    the literal picture after it: what :func:`_figurative_first` does inside one sense, across
    senses."""
    if len(items) < 2 or not items[0].startswith("lit. "):
        return items
    meanings = tuple(re.sub(r"^fig\. ", "", i) for i in items if not i.startswith("lit. "))
    return (meanings + tuple(i for i in items if i.startswith("lit. "))) if meanings else items


def compact(word: str, senses: Sequence[str], lead: int | None = None) -> Gloss:
    """Clean senses → at most three short ones on the front, the lead (index into ``senses``)
    first; the others, whole, in ``more``."""
    from flashcards.senses import is_marked

    # regional, old and bookish senses after the everyday ones ("two", "2" before "(Beijing
    # dialect) stupid"), so they reach the front only when there is room
    order = sorted(range(len(senses)), key=lambda k: is_marked(senses[k]))
    if lead is not None and 0 <= lead < len(senses):
        order.remove(lead)
        order.insert(0, lead)
    front: list[str] = []
    more: list[str] = []
    for k in order:
        short = shorten(senses[k])
        if k == lead and len(short) > SHORT:
            short = _head(short)  # the sentence's sense, as its description's head
        # The sentence's own sense leads even when no cut makes it short.
        # a sense that only adds words to one already shown (还: "still", then "still in
        # progress", "still more") goes to the back: the front's room is for other senses
        echo = any(short.startswith(shown + " ") for shown in front)
        if front and _items(short) <= set().union(*map(_items, front)):
            continue  # 这: "this; these" again after "(pronoun) this; these": nothing new
        # the dictionary's first sense, nothing in the sentence against it, leads a little
        # longer too (眼神 "expression or emotion showing in one's eyes", not "wink")
        # (only one no cut shortens: a cut one waits, as before)
        first = lead is None and not front and k == order[0] and short == senses[k] and len(short) <= SHORT * 3 // 2
        if len(front) < FRONT_SENSES and not echo and (len(short) <= SHORT or (k == lead and not front) or first):
            front.append(short)
            rest = _dropped(senses[k], short)
            if rest:
                more.append(rest)  # what the cut left out stays on the back
        else:
            more.append(senses[k])
    if not front and more:  # only long senses: the first still leads, as it is
        front.append(more.pop(0))
    return Gloss(tuple(front), tuple(more))


def _items(sense: str) -> frozenset[str]:
    """A sense's "; " items without their leading labels ("(pronoun) this" is "this")."""
    return frozenset(re.sub(r"^(?:\([^()]*\)\s*)+", "", item).strip() for item in sense.split("; "))


def hint(gloss: Gloss, limit: int = SHORT) -> str:
    """One short sense for a cloze gap: the first front sense's first item, parentheses gone,
    or that item's head; '' when neither is that short (the caller then gives pinyin): a
    later sense would be one the sentence does not use."""
    for sense in gloss.front[:1]:  # the sentence's sense or none: another one would mislead
        first = _listed_head(_bare(sense).split("; ")[0], limit)
        if len(first) > limit:  # "indicating the beginning and continuation of …" → its head
            first = _phrase_head(first, limit)
        if 0 < len(first) <= limit:
            return first
    return ""


#: Where a long description's head may end: before a coordinated or qualifying phrase.
_PHRASE_CUT = re.compile(r" (?=(?:and|or|of|for|with|in|to|that|which|via|by|from|at|on) )")


def _phrase_head(item: str, limit: int) -> str:
    """``item`` cut before the last " and "/" or "/" of "/" via "… that leaves a head within
    ``limit`` of more than one word ("to showcase and promote products via live stream, …" →
    "to showcase and promote products"); '' when none does."""
    heads = [item[:m.start()] for m in _PHRASE_CUT.finditer(item)
             if m.start() <= limit and " " in item[:m.start()] and _is_whole_phrase(item[:m.start()])]
    return heads[-1] if heads else ""


def _listed_head(item: str, limit: int) -> str:
    """A long item cut after its last ", " that fits (the lead sense "classifier for books,
    periodicals, files etc" → "classifier for books, periodicals"), so the hint keeps the
    sense the sentence uses instead of falling to the next one ("root")."""
    return item if len(item) <= limit else _joined_within(item.split(", "), ", ", limit)


def composed_parts(sense: str) -> tuple[tuple[str, str], ...]:
    """``"银行 bank + 卡 card"`` (lexicon's gloss of a word it composed) → its pieces."""
    parts = []
    for chunk in sense.split(" + "):
        piece, _, text = chunk.partition(" ")
        parts.append((piece, clean_sense(text)))
    return tuple(parts)


def reading_senses(word: str, syllables: Sequence[str], fallback: Sequence[str] = ()) -> tuple[str, ...]:
    return _reading_senses(word, tuple(syllables), fallback[0] if fallback else "") or tuple(fallback)


@lru_cache(maxsize=16384)
def _reading_senses(word: str, syllables: tuple[str, ...], lead: str = "") -> tuple[str, ...]:
    """Every CC-CEDICT sense of ``word`` in the reading ``syllables`` (the lexicon keeps only a
    few): common-word entries first, then the entry whose traditional form is the standard
    conversion (年, not its variant 秊), then the richest."""
    from flashcards import lexicon, script
    from flashcards.pinyin import normalize

    def key(pinyin: str, toneless: bool) -> tuple[str, ...]:
        syls = [normalize(s).lower() for s in pinyin.split()]
        folded: list[str] = []
        for s in syls:  # erhua folded as the lexicon does: na3 r5 -> nar3
            if s in ("r5", "r") and folded and folded[-1][-1:].isdigit():
                folded[-1] = folded[-1][:-1] + "r" + folded[-1][-1]
            else:
                folded.append(s)
        return tuple(s.rstrip("12345") for s in folded) if toneless else tuple(folded)

    wanted = " ".join(syllables)
    entries = lexicon.entries(word)
    matching = [e for e in entries if key(e.pinyin, False) == key(wanted, False)]
    if not matching:
        matching = [e for e in entries if key(e.pinyin, True) == key(wanted, True)]
    if not matching:
        return ()
    standard = script.convert(word, script.TRADITIONAL)
    # An entry for a variant character that points back at the word (秊: "grain; harvest;
    # variant of 年") says what the variant meant, not the word: left out while others remain.
    # A variant form that words are written with (週 "week": 週末, 一週) keeps its own senses;
    # the word's own headword pointing at itself (于 "variant of 于", standard 於) does not.
    own = [e for e in matching if e.traditional == standard or e.traditional != word and _in_words(e.traditional)
           or not any(_points_to(s, word) for s in e.senses)]
    matching = own or matching
    # The entry the lexicon's own first sense comes from leads (its choice of entry stands).
    matching.sort(key=lambda e: (e.pinyin[:1].isupper(), lead not in e.senses, e.traditional != standard, -len(e.senses)))
    return tuple(dict.fromkeys(s for e in matching for s in e.senses))


#: How many longer headwords a character must be written in to count as a living form.
_IN_WORDS = 5


def _in_words(form: str) -> bool:
    """Whether the single character ``form`` is written in at least _IN_WORDS longer
    CC-CEDICT headwords (週 in 45, 秊 in none): a form in use, not an obsolete variant."""
    from flashcards import cedict

    return len(form) == 1 and cedict.word_characters().get(form, 0) >= _IN_WORDS


def _points_to(sense: str, word: str) -> bool:
    """Whether ``sense`` calls its entry a variant of ``word`` ("also written" does not)."""
    m = re.match(rf"^(?:old |archaic |Japanese |erhua )?variant of ({_HAN}+(?:\|{_HAN}+)?)", sense.strip())
    return bool(m) and m.group(1).split("|")[-1] == word


def shown(word: str, syllables: Sequence[str], senses: Sequence[str], composed: bool,
          context: Sequence[str] = (), position: int | None = None, traditional: str = "") -> Gloss:
    """The gloss a card shows for ``word`` read ``syllables``, its sentence being ``context``
    (tokens; the word at ``position``): the sense the sentence uses first."""
    if composed and len(senses) == 1 and " + " in senses[0]:
        parts = composed_parts(senses[0])
        return Gloss((" + ".join(g for _, g in parts),), (), parts)
    from flashcards import lexicon

    base = lexicon.erhua_base(word) if not composed else None
    if base is not None:
        # 点儿 is only "erhua variant of 点": 点's every sense, chosen by 点's rules in this
        # sentence (多吃点儿 "a bit", not 点's first sense "to touch briefly")
        info = _lookup(base)
        every = reading_senses(base, info.syllables, info.senses)
        return _shown_cached(base, tuple(info.syllables), every, info.traditional, *_signal(context, position, word))
    full = tuple(senses)
    if not composed and senses:
        every = reading_senses(word, syllables, senses)
        # The lexicon keeps a few senses; the reading's others join them when they come from
        # the same entries (a lexicon that says something else, e.g. a patched one, wins).
        full = every if senses[0] in every else full
    return _shown_cached(word, tuple(syllables), full, traditional, *_signal(context, position, word))


def _signal(context: Sequence[str], position: int | None, word: str) -> tuple:
    from flashcards import senses

    return senses.signal(tuple(context), word, position)


@lru_cache(maxsize=16384)
def _shown_cached(word: str, syllables: tuple[str, ...], full: tuple[str, ...], traditional: str, *signal) -> Gloss:
    # Cached per distinct (word, reading, context signal): a sentence's signal is a few tokens
    # and a tag, so one word in many sentences costs one choice per kind of neighbourhood.
    from flashcards import senses

    cleaned = _cleaned(word, full, traditional)
    surname = next((s for s in full if s.startswith("surname ")), None)
    if surname is not None and (senses.names_a_person(word, signal) or all(map(_bygone, cleaned))):
        # a name here (赵七爷, 孔乙己), or the character's other senses are history and old use
        # (赵: "to surpass (old)", a Warring State): the surname leads, though cards drop it elsewhere
        return compact(word, (clean_sense(surname, word), *cleaned), 0)
    bound = _bound(word, full, traditional)
    lead = _free_lead(word, syllables, cleaned, signal, senses.choose(word, syllables, cleaned, signal), bound)
    if lead is None and len(cleaned) == 1:
        lead = 0  # one sense: a rule may still name the item the sentence uses (全程在场)
    item = senses.lead_item(word, cleaned, signal) if lead is not None else None
    if item is not None:  # the item the sentence uses first within its sense (all kept)
        rest = [i for i in cleaned[lead].split("; ") if i != item]
        cleaned = cleaned[:lead] + ("; ".join([item, *rest]),) + cleaned[lead + 1:]
    return compact(word, cleaned, lead)


def _free_lead(word: str, syllables: tuple[str, ...], cleaned: tuple[str, ...], signal: tuple,
               lead: int | None, bound: frozenset[str]) -> int | None:
    """``lead``, unless part of speech alone chose a "(bound form)" sense for a token that
    stands on its own: 说 after 的 (拉骆驼的说) looks like a noun, but "theory; doctrine" is
    说 only inside words (学说, 小说). Then the choice among the free senses; a rule that
    names the bound sense stands."""
    from flashcards import senses

    if lead is None or cleaned[lead] not in bound or senses.ruled(word, cleaned, signal) is not None:
        return lead
    free = [k for k, sense in enumerate(cleaned) if sense not in bound]
    if not free:
        return lead
    again = senses.choose(word, syllables, tuple(cleaned[k] for k in free), signal)
    return free[again] if again is not None else free[0]


@lru_cache(maxsize=8192)
def _bound(word: str, full: tuple[str, ...], traditional: str) -> frozenset[str]:
    """The clean senses CC-CEDICT marks "(bound form)": meanings the word has only inside
    others. Not one the translations of the word's own sentences use (店 "(bound form) shop;
    store", in 25 of them: 这家店 is a shop): the mark is CC-CEDICT's, use says otherwise."""
    from flashcards import sense_prior

    forms = (traditional,) if traditional and traditional != word else ()
    marked = tuple(dict.fromkeys(c for s in full if _BOUND.search(s) for c in _one(s, word, forms)))
    if not marked:
        return frozenset()
    used = sense_prior.counts(word, marked)
    return frozenset(c for c, n in zip(marked, used) if n < sense_prior.MIN_COUNT)


#: A sense naming a state, dynasty or era of history ("one of the seven states during the
#: Warring States period (476–220 BC)"): what a surname character meant, not what it means.
_HISTORY = re.compile(r"\b(?:states?|dynasty|Kingdoms|BC|reign)\b")


def _bygone(sense: str) -> bool:
    from flashcards.senses import is_marked

    return is_marked(sense) or bool(_HISTORY.search(sense))


@lru_cache(maxsize=8192)
def _cleaned(word: str, full: tuple[str, ...], traditional: str) -> tuple[str, ...]:
    # Once per word and reading: _shown_cached asks again for each kind of neighbourhood.
    return clean_senses(word, full, (traditional,) if traditional else ())

