"""Token stage: sentences → words: jieba's tokens (see ``flashcards.cutter``), corrected.

jieba's default dictionary lacks many compounds that CC-CEDICT has (区块链 comes out as
区块 + 链, 数字货币 as 数字 + 货币), and its HMM invents words for unknown runs (很长).
Corrections driven by CC-CEDICT (and jieba's own dictionary) make the tokens better card
headwords:

* **merge**: a run of 2-4 adjacent hanzi tokens whose concatenation is a CC-CEDICT headword
  becomes one token, unless one of the pieces is a grammatical particle (的 了 是 在 …),
  because those join words by accident (一个人 "by oneself" from 一个 + 人), or a personal
  pronoun (走 + 你 is no slang 走你 in 走你的罢), or a place word on its own (车 + 前 is no
  plant 车前 in 向车前横截过来). The longest run wins, scanning left to right.
* **split**: a token that only jieba's HMM knows (in no dictionary we have) is re-cut with
  jieba's dictionary alone, so 很长 becomes 很 + 长 and 长 gets its own reading, cháng —
  unless it looks like a person's name (a surname + one or two characters: 王刚, 李华), which
  stays whole so that ``compounds.is_name`` can file it as a name; and a textbook name
  jieba cut in two is joined (``join_given_names``: 小 + 华 → 小华, 小 + 明说 → 小明 + 说),
  and so is a foreign name cut into characters (``join_transliterations``: 奥 + 楚 + 蔑 +
  洛夫 → 奥楚蔑洛夫, when every character is one transliterations use).
* **potential complements**: a one-character verb + 得了 (吃得了) is three tokens, so that
  得 reads de and 了 liǎo (``_potential``).
* **re-cut** (``recut_bound``): jieba sometimes strands a *bound morpheme* — a character its
  dictionary tags as a morpheme (ng, vg, ag, dg, tg, g) and no HSK list teaches as a word —
  beside a word it stole a character from: 源生动能 comes out 源 + 生动 + 能. When giving that
  character back leaves a word that CC-CEDICT *and* jieba's dictionary both have (生动 + 能 →
  动能), the cut becomes 源生 + 动能. Runs before the merge.
* **re-cut around function words** (``recut_function_words``): jieba's dictionary holds
  some degree + adjective pairs (很大) and 把 + noun words (把门 "to guard a gate", 把手
  "handle") that swallow the start of the real word or the object marker: 很大 + 方 is
  很 + 大方 "generous" when 大方 is an HSK word and 很大 only 很 + 大; 把门 + 关上 is 把 + 门 +
  关上 when a verb follows and nothing before makes 把门 a noun (的, a measure word, 这);
  and after 这/那/每, 一 + a measure word is 一 + the measure word (这一行 háng, not 一行
  yīxíng "the party"); after a personal pronoun, or a speaker whom 听/相信… governs, 的话 is
  的 + 话 "her words" (注意她的话, 听老师的话), not 的话 "if", unless a condition opens the
  clause (如果是我的话); and a one-character verb + 得 that CC-CEDICT or the HMM holds but no
  HSK list teaches (过得, 长得, 来得) is V + 得 before a degree complement (日子过得很好 guò de,
  长得很快 zhǎng de), so that 得 reads de and no note teaches 过得 "to get along"; and a
  pair of jieba's dictionary the sentence around it shows to be two words (``_phrase_split``):
  探 + 出头 + 来 (出 + 头), 才能 + 说好 (才 + 能), 请调 + 一下 (请 + 调), 家养 + 了 (家 + 养);
  在X + a place word that X joins is 在 + the place word (也在意 + 中 → 在 + 意中).
* **the adverbial particle 地** (``_split_adverbial_de``): jieba's dictionary holds 轻轻地,
  静静地 and even 地走了, none a CC-CEDICT word; 地 after a doubled word or an adjective,
  adverb or state word is the particle de, its own token (轻轻 + 地, 慢慢 + 地 + 走 + 了), so it
  reads de and no note teaches 轻轻地. 两地, 满地, 用地 (a place, "land") stay whole: a
  particle follows a word of two or more characters.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from pathlib import Path

from flashcards.compounds import COUNTED_TIMES as _COUNTED_TIMES, ONE_MEASURES as _ONE_MEASURES, counted_nouns
from flashcards.cutter import Cutter
from flashcards.hanzi import PERSONAL_PRONOUNS, is_hanzi_word

_MAX_MERGE_PIECES = 4
_MAX_MERGE_CHARS = 6
# Function words that glue onto neighbours to form accidental CC-CEDICT entries.
_PARTICLES = frozenset("的了着过地得是在不没也都就还又很和与及或被把对从向给让这那个们吗呢吧啊么")
#: Nor does a personal pronoun begin or end a word that jieba's dictionary lacks: 走 + 你
#: is "go, you" (走你的罢), not the slang 走你 "let's do this".
_NEVER_JOIN = _PARTICLES | PERSONAL_PRONOUNS
#: Nor a place word standing alone, which belongs to the noun before it: 向 + 车 + 前 is "in
#: front of the cart", not 车前 "Chinese plantain"; 大厅 + 里 + 人 很多, not 里人. (上 and 下
#: still join: 爬上, 插上 are verbs with their complement.)
_PLACE_WORDS = frozenset("里中外前后内")
_TIME_PLACES = frozenset("前后")
_lock = threading.Lock()
_MERGEABLE, _STARTS = 1, 2  # token flags: may join a run; may begin one
_HEADWORD, _CONTINUES = 1, 2  # run states: is a headword; a longer headword starts with it


class Segmenter:
    """Words of a sentence. One per user dictionary; create through ``segmenter()``."""

    def __init__(self, user_dict: Path | None = None) -> None:
        self._cutter = Cutter(user_dict)
        self._user_words = self._cutter.user_words
        # Decided once per distinct string: texts repeat their words thousands of times.
        self._pieces: dict[str, tuple[str, ...]] = {}  # jieba token -> our tokens (split or not)
        self._flags: dict[str, int] = {}  # our token -> _MERGEABLE | _STARTS
        self._joins: dict[str, int] = {}  # run of tokens -> _HEADWORD | _CONTINUES
        self._corrects: set[str] = set()  # jieba tokens that hold a piece recut/join may fix
        # jieba tokens that stay themselves and need no fixing: a sentence made only of
        # these (most sentences, once a text's words are known) is checked in C, not per token.
        self._plain: set[str] = set()
        self._starters: set[str] = set()  # our tokens flagged _STARTS: a merge can begin there

    def words(self, sentence: str) -> list[str]:
        """The sentence's tokens. (Until rjieba, long texts were cut in a forked second
        process; with segmentation 30x faster the fork cost about what it saved.)"""
        cut = self._cutter.cut(sentence, True)
        if self._plain.issuperset(cut):  # the common case: every token known, kept, unfixed
            return _recut_after_merge(self._merge(list(map(sys.intern, cut))))
        pieces = self._pieces
        tokens: list[str] = []
        fix = False
        corrects = self._corrects
        for token in cut:
            found = pieces.get(token)
            if found is None:
                found = self._pieces_of(token)
            tokens += found
            if token in corrects:
                fix = True
        if fix:  # rare: a stranded bound morpheme or a name prefix (源, 小) stands alone
            # After the merge, which would join 这 + 一 + 行 back into 这 + 一行.
            return _recut_after_merge(self._split_adverbial_de(recut_function_words(self._merge(self._corrected(tokens)))))
        return _recut_after_merge(self._merge(tokens))

    def _pieces_of(self, token: str) -> tuple[str, ...]:
        """A jieba token as our tokens: re-cut if only the HMM knows it, each piece interned.

        One string object per distinct word: jieba makes a new one per occurrence, and a
        long text has millions of occurrences of a few ten thousand words.
        """
        if self._needs_split(token):
            cut = self._cutter.cut(token, False)
        elif _potential(token):
            cut = (token[0], token[1], token[2])  # 吃得了 → 吃 + 得 + 了: chī de liǎo
        else:
            cut = (token,)
        found = self._pieces[token] = tuple(sys.intern(p) for p in cut)
        for piece in found:
            if piece not in self._flags:
                self._flag(piece)
        if any(len(p) == 1 and (_is_bound(p) or p in _name_prefixes() or _foreign(p) or _surname(p) or p == "儿")
               for p in found):
            self._corrects.add(token)
        elif (_swallows(token) or _edge_de(token) or _doubled_le(token) or _counted_name(token)
              or token in _COUNTED_TIMES or token == "着想" or _doubled_adverb(token)):
            self._corrects.add(token)
        elif found == (token,):
            self._plain.add(found[0])
        return found

    def _split_adverbial_de(self, tokens: list[str]) -> list[str]:
        """轻轻地 → 轻轻 + 地, 慢慢 + 地走了 → 慢慢 + 地 + 走 + 了 (see the module docstring)."""
        out: list[str] = []
        for token in tokens:
            if not _edge_de(token):
                out.append(token)
            elif token[-1] == "地" and len(token) > 2 and _adverbial(token[:-1], token):
                out += [sys.intern(token[:-1]), "地"]
            elif token[0] == "地" and out and _adverbial(out[-1], "") and _is_verb(token[1:]):
                out += ["地", *map(sys.intern, self._cutter.cut(token[1:], False))]
            else:
                out.append(token)
        return out

    def _flag(self, piece: str) -> None:
        mergeable = is_hanzi_word(piece) and piece not in _NEVER_JOIN and piece not in _PLACE_WORDS
        # 前 and 后 still begin a word as times do (前几天, 后天): only ending one is barred.
        starts = (mergeable or piece in _TIME_PLACES) and _continues(piece)
        self._flags[piece] = (_MERGEABLE if mergeable else 0) | (_STARTS if starts else 0)
        if starts:
            self._starters.add(piece)

    def _corrected(self, tokens: list[str]) -> list[str]:
        """``recut_bound`` and ``join_given_names``; new tokens get their merge flags."""
        has_word = self._cutter.has_word
        fixed = join_erhua(join_transliterations(join_given_names(recut_bound(tokens, has_word), has_word)))
        fixed = recut_zhe_xiang(recut_counted_time(recut_counted_noun(recut_doubled_le(fixed))))
        fixed = recut_stolen_double(fixed)
        if fixed is tokens:
            return tokens
        out = []
        for t in fixed:
            if t not in self._flags:
                t = sys.intern(t)
                self._flag(t)
            out.append(t)
        return out

    def _needs_split(self, token: str) -> bool:
        """Only jieba's HMM knows this word: no dictionary of ours has it."""
        from flashcards import lexicon

        return (
            len(token) > 1
            and is_hanzi_word(token)
            and token not in self._user_words
            and not self._cutter.has_word(token)
            and (not lexicon.is_word(token) or _place_edged(token))
            and not _person_name(token)  # 王刚 stays whole: a name, not 王 + 刚
            and not _unknown_name(token)  # 速霸路, 布福德: a brand or a name the HMM found
        )

    def _join(self, joined: str) -> int:
        from flashcards import cedict

        state = 0
        if len(joined) <= _MAX_MERGE_CHARS:
            if cedict.has(joined):
                state |= _HEADWORD
            if len(joined) < _MAX_MERGE_CHARS and _continues(joined):
                state |= _CONTINUES
        self._joins[joined] = state
        return state

    def _merge(self, tokens: list[str]) -> list[str]:
        # The hot loop of the whole build. Only positions where some headword starts are
        # visited (found in C by ``compress``); a run is extended only while some headword
        # still starts with it. Returns ``tokens`` itself when nothing merges.
        starters = self._starters
        if starters.isdisjoint(tokens):
            return tokens
        flags, joins = self._flags, self._joins
        out: list[str] = []
        cursor, n = 0, len(tokens)
        # The last token starts no run: nothing follows it.
        for i in compress(range(n - 1), map(starters.__contains__, tokens)):
            if i < cursor:  # inside the run merged before
                continue
            joined, j, end = tokens[i], i + 1, i + 1
            stop = min(i + _MAX_MERGE_PIECES, n)
            while j < stop:
                nxt = tokens[j]
                if not flags[nxt] & _MERGEABLE:
                    break
                joined += nxt
                j += 1
                state = joins.get(joined)
                if state is None:
                    state = self._join(joined)
                if state & _HEADWORD:
                    end = j  # keep looking: the longest run wins
                if not state & _CONTINUES:
                    break
            if end > i + 1:
                out += tokens[cursor:i]
                out.append(sys.intern("".join(tokens[i:end])))
                cursor = end
        if not cursor:
            return tokens
        out += tokens[cursor:]
        return out


#: jieba's tags for morphemes that do not stand alone (源 ng, 质 ng); zg is not one (很 zg).
_BOUND_TAGS = frozenset({"ng", "vg", "ag", "dg", "tg", "g"})


_bound: dict[str, bool] = {}  # per character, decided once (a plain dict: the hot loop)


def _place_edged(token: str) -> bool:
    """An HMM pair with a place word at an edge that no HSK list teaches: 车前 "Chinese
    plantain" is CC-CEDICT's, yet in 向车前横截过来 the HMM only glued 车 to its place word."""
    from flashcards import compounds

    return len(token) == 2 and (token[0] in _PLACE_WORDS or token[1] in _PLACE_WORDS) and not compounds.is_listed(token)


def _potential(token: str) -> bool:
    """A one-character verb + 得了, a potential complement (吃得了 "can eat it all") jieba's
    dictionary holds as one word and CC-CEDICT lacks: as one token the lexicon reads its 得了
    as the word dé le; as three, 得 and 了 each take their reading in context (de, liǎo)."""
    from flashcards import cedict, compounds

    return (
        len(token) == 3 and token.endswith("得了") and is_hanzi_word(token) and not cedict.has(token)
        and compounds.is_listed(token[0]) and compounds.jieba_tag(token[0]).startswith("v")
    )


def _is_bound(char: str) -> bool:
    flag = _bound.get(char)
    if flag is None:
        from flashcards import compounds

        flag = _bound[char] = compounds.jieba_tag(char) in _BOUND_TAGS and not compounds.is_listed(char)
    return flag


#: What counts a measure word before it: 这张表 is 这 + 张 + 表, not 这 + a Mr 张表.
_COUNTING = frozenset("这那哪每几一二两三四五六七八九十百半某各")


@lru_cache(maxsize=1 << 12)
def _counted_name(token: str) -> bool:
    """A two-character "name" only jieba's HMM made whose surname is also a measure word and
    whose given name a word on its own (张表, 张床): after 这 or a numeral, a thing counted."""
    from flashcards import compounds, lexicon

    return (
        len(token) == 2
        and _person_name(token)
        and compounds._counts(token[0])
        and lexicon.is_word(token[1])
        and not lexicon.is_word(token)
    )


def recut_counted_time(tokens: list[str]) -> list[str]:
    """一万 + 年前 → 一万 + 年 + 前: a unit of time after a count, then 前/后 (see
    ``compounds.COUNTED_TIMES``). Returns ``tokens`` itself when nothing changes."""
    def cut(k: int, token: str) -> bool:
        last = tokens[k - 1][-1:] if k else ""
        return token in _COUNTED_TIMES and bool(last) and (last in _COUNTING or last.isdigit() or last in "多几余千万亿")

    return _split_where(tokens, cut)


#: Results a verb takes (偷 + 走): the re-cut of 小 + 偷偷 + 走 needs no dictionary word for them.
_STOLEN_RESULTS = frozenset("走掉光完到住坏破")


def _doubled_adverb(token: str) -> bool:
    """偷偷, 悄悄 (jieba: d, z): what can steal a character from its neighbours. A doubled noun
    (妈妈, 哥哥) cannot, and stays off the sentence fixing path."""
    from flashcards.compounds import jieba_tag

    return len(token) == 2 and token[0] == token[1] and is_hanzi_word(token) and jieba_tag(token)[:1] in ("d", "z")


def recut_stolen_double(tokens: list[str]) -> list[str]:
    """小 + 偷偷 + 走 → 小偷 + 偷走: a doubled word (偷偷 "stealthily") that took the last
    character of the word before (小偷 "thief") from the verb after it (偷 + 走 "to steal
    away"), where CC-CEDICT has the first word the re-cut makes and the second is a word or a
    verb with its result. Returns ``tokens`` itself when nothing changes."""
    from flashcards import cedict

    out: list[str] | None = None
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if (0 < k < len(tokens) - 1 and _doubled_adverb(token) and len(tokens[k - 1]) == 1
                and tokens[k - 1] not in _NEVER_JOIN and tokens[k + 1] not in _NEVER_JOIN and tokens[k + 1] != "们"
                and cedict.has(tokens[k - 1] + token[0])
                and (cedict.has(token[1] + tokens[k + 1]) or tokens[k + 1] in _STOLEN_RESULTS)):
            if out is None:
                out = list(tokens[: k - 1])
            else:
                out.pop()
            out += [tokens[k - 1] + token[0], token[1] + tokens[k + 1]]
            k += 2
            continue
        if out is not None:
            out.append(token)
        k += 1
    return tokens if out is None else out


def recut_zhe_xiang(tokens: list[str]) -> list[str]:
    """坐 + 着想 → 坐 + 着 + 想: after a one-character verb, 着 is its aspect and 想 the next
    verb ("sat thinking"), not 着想 "to consider (others' needs)" (为别人着想 keeps it).
    Returns ``tokens`` itself when nothing changes."""
    from flashcards.compounds import jieba_tag

    def cut(k: int, token: str) -> bool:
        prev = tokens[k - 1] if k else ""
        return token == "着想" and len(prev) == 1 and prev not in "为替" and jieba_tag(prev).startswith("v")

    return _split_where(tokens, cut)


def _split_where(tokens: list[str], cut: Callable[[int, str], bool]) -> list[str]:
    """``tokens`` with each token at ``k`` for which ``cut(k, token)`` holds split into its
    characters: ``tokens`` itself when none is."""
    out: list[str] | None = None
    for k, token in enumerate(tokens):
        if cut(k, token):
            if out is None:
                out = list(tokens[:k])
            out += list(token)
        elif out is not None:
            out.append(token)
    return tokens if out is None else out


def recut_counted_noun(tokens: list[str]) -> list[str]:
    """这 + 张表 → 这 + 张 + 表: a measure word and its noun after what counts them, where
    jieba's HMM read the pair as a name (see :func:`_counted_name`). Returns ``tokens``
    itself when nothing changes."""
    return _split_where(tokens, lambda k, token: bool(k) and _counted_name(token) and (
        tokens[k - 1][-1:] in _COUNTING or tokens[k - 1][-1:].isdigit()))


def _unknown_name(token: str) -> bool:
    """A name the HMM found that no later step would rejoin: not a run of transliteration
    characters (``join_transliterations`` rejoins those: 奥楚蔑 + 洛夫), not a familiar name
    with what follows names glued on (小华去: ``join_given_names``)."""
    from flashcards import compounds

    if all(_foreign(ch) for ch in token) or token[0] in "小老阿" or token[-1] in _AFTER_NAME:
        return False
    return compounds.looks_unknown_name(token)


def _person_name(token: str) -> bool:
    from flashcards import compounds

    return compounds.looks_like_person(token)


@lru_cache(maxsize=1 << 12)
def _foreign(char: str) -> bool:
    from flashcards.compounds import is_transliteration_char

    return is_transliteration_char(char)


def join_transliterations(tokens: list[str]) -> list[str]:
    """奥 + 楚 + 蔑 + 洛夫 → 奥楚蔑洛夫: a foreign name jieba cut into pieces, as no dictionary
    has it (``compounds.looks_transliterated``). Runs of tokens made only of transliteration
    characters, at least one of them a single character, are joined when the whole looks
    transliterated. Returns ``tokens`` itself when nothing changes."""
    if sum(len(t) == 1 and _foreign(t) for t in tokens) < 1:  # the common case: no name here
        return tokens
    from flashcards.compounds import looks_transliterated

    out: list[str] | None = None
    i, n = 0, len(tokens)
    while i < n:
        k = _headword_run(tokens, i)
        if k:  # 奥 + 司 + 他 + 韦 → 奥司他韦 "oseltamivir": a CC-CEDICT word, cut through 他
            if out is None:
                out = list(tokens[:i])
            out.append("".join(tokens[i:k]))
            i = k
            continue
        j, singles = i, 0
        while j < n and is_hanzi_word(tokens[j]) and all(_foreign(ch) for ch in tokens[j]):
            singles += len(tokens[j]) == 1
            j += 1
        # (one single will do beside a word of jieba's: 格利 + 夫 → 格利夫)
        if j - i >= 2 and singles >= 1 and looks_transliterated("".join(tokens[i:j])):
            if out is None:
                out = list(tokens[:i])
            out.append("".join(tokens[i:j]))
        elif out is not None:
            out += tokens[i : max(j, i + 1)]
        i = max(j, i + 1)
    return tokens if out is None else out


def _headword_run(tokens: list[str], i: int) -> int:
    """The end of the longest run of single hanzi from ``i`` (three to six, one of them a
    transliteration character) that spells a CC-CEDICT headword, or 0."""
    from flashcards import cedict

    j = i
    while j < len(tokens) and j - i < 6 and len(tokens[j]) == 1 and is_hanzi_word(tokens[j]):
        j += 1
    if j - i < 3 or not any(_foreign(t) for t in tokens[i:j]):
        return 0
    for k in range(j, i + 2, -1):
        if cedict.has("".join(tokens[i:k])):
            return k
    return 0


#: jieba's tags for what the erhua suffix 儿 rounds off: content words, not particles,
#: conjunctions or prepositions (的 + 儿 is no erhua).
_ERHUA_HOSTS = ("v", "n", "a", "q", "m", "d", "t", "s", "f")


def _recut_after_merge(tokens: list[str]) -> list[str]:
    """``recut_shifen``, ``recut_bieguan`` and ``recut_ba_object``, after the merge (which
    would join 十 + 分 back), on every path: each begins with a membership test in C, so a
    sentence that holds none of their words costs three scans."""
    return recut_across(recut_potential(recut_cunzai(recut_one_measure(recut_ba_object(recut_bieguan(recut_shifen(tokens)))))))


def recut_one_measure(tokens: list[str]) -> list[str]:
    """一道 + 彩虹 → 一 + 道 + 彩虹: a numeral and the measure word counting the noun after
    them, where jieba's dictionary holds the pair as a word with senses of its own (一道
    "together": 我们一道去 keeps it; ``compounds.counted_nouns``, which does the same inside
    a token). Returns ``tokens`` itself when nothing changes."""
    return tokens if _ONE_MEASURES.isdisjoint(tokens) else counted_nouns(tokens)


#: Words jieba finds across a boundary where the token before shows it (边城: 水中还有个人,
#: 人家也觉得你好): after 有 or 了, 个人 is a person counted; after 觉得 or 对, 你好 is 你 + 好.
_ACROSS = {"个人": (frozenset("有 还有 了".split()), ("个", "人")),
           "你好": (frozenset("觉得 认为 对 为 为了 比 都 也".split()), ("你", "好"))}


#: After 一句话 these make it a count of words said (一句话也没说), not "in a word".
_NOT_A_WORD_SAID = frozenset("也 都 不 没 没有 还没".split())


def recut_across(tokens: list[str]) -> list[str]:
    """有 + 个人 → 有 + 个 + 人, 觉得 + 你好 → 觉得 + 你 + 好 (see :data:`_ACROSS`); 他个人,
    你好！ keep their words. And 一句话 + 也/不/没 → 一 + 句 + 话 (他一句话也没说: not a
    word, no "in a word; in short"). Returns ``tokens`` itself when nothing changes."""
    if _ACROSS.keys().isdisjoint(tokens) and "一句话" not in tokens:
        return tokens
    out: list[str] = []
    for k, token in enumerate(tokens):
        across = _ACROSS.get(token)
        if token == "一句话" and tokens[k + 1:k + 2] and tokens[k + 1] in _NOT_A_WORD_SAID:
            out += ["一", "句", "话"]
        elif across is not None and k and tokens[k - 1] in across[0]:
            out += across[1]
        else:
            out.append(token)
    return out if len(out) != len(tokens) else tokens


#: Potential complements jieba keeps as CC-CEDICT words of their own: after a verb 不下 is
#: "cannot (fit, swallow)", not "to be not less than"; 得出 closing a clause "can make out".
_POTENTIAL_TAILS = frozenset("不下 得下 不出 得出".split())


def recut_potential(tokens: list[str]) -> list[str]:
    """吞 + 不下 → 吞 + 不 + 下, 领略 + 得出 + 。 → 领略 + 得 + 出: after a verb, a potential
    complement is 得/不 and the result, not the word 不下 "not less than" or 得出 "to arrive
    at (a conclusion)" (which keeps its object: 调查得出结论). Returns ``tokens`` itself when
    nothing changes."""
    if _POTENTIAL_TAILS.isdisjoint(tokens):
        return tokens
    out: list[str] = []
    for k, token in enumerate(tokens):
        prev, nxt = tokens[k - 1] if k else "", tokens[k + 1] if k + 1 < len(tokens) else ""
        closes = not is_hanzi_word(nxt) or nxt in ("来", "吗", "呢", "啊")
        if token in _POTENTIAL_TAILS and _acts(prev) and (token[1] == "下" or closes):
            out += [token[0], token[1]]
        else:
            out.append(token)
    return out if len(out) != len(tokens) else tokens


def _acts(token: str) -> bool:
    """A verb by jieba's tag or by CC-CEDICT's first sense (记, 领略: jieba tags them nouns)."""
    from flashcards import lexicon
    from flashcards.compounds import jieba_tag

    if not is_hanzi_word(token):
        return False
    if jieba_tag(token).startswith("v"):
        return True
    senses = lexicon.lookup(token).senses
    return bool(senses) and senses[0].startswith("to ")


#: Where money, food and files are kept: 存在 + one of these is 存 "to store" + 在 "at".
_STORES = frozenset("银行 冰箱 柜子 箱子 电脑 手机 硬盘 U盘 云端 卡 卡里 银行卡 账户 家 家里 这里 那里 这儿 那儿 "
                    "仓库 网盘 文件夹 数据库 服务器 抽屉 钱包 支付宝 微信 保险柜".split())


def recut_cunzai(tokens: list[str]) -> list[str]:
    """钱 + 存在 + 银行 + 里 → 钱 + 存 + 在 + 银行 + 里: before a place things are kept in (or a
    noun with 里/上 after it), jieba's 存在 "to exist" is 存 "to store" and 在 "at" (存在问题
    keeps it). Returns ``tokens`` itself when nothing changes."""
    if "存在" not in tokens:
        return tokens
    out: list[str] = []
    for k, token in enumerate(tokens):
        nxt, then = tokens[k + 1:k + 2], tokens[k + 2:k + 3]
        if token == "存在" and nxt and (nxt[0] in _STORES or then and then[0] in ("里", "上")):
            out += ["存", "在"]
        else:
            out.append(token)
    return out if len(out) != len(tokens) else tokens


_RESULTS_AFTER_BA = frozenset("好 上 住 紧 起来 掉 开 完 下 严 死 坏".split())


def recut_ba_object(tokens: list[str]) -> list[str]:
    """把 + 门锁 + 好 → 把 + 门 + 锁 + 好: after the object marker, a noun + verb pair jieba
    took for a compound noun (门锁 "door lock", 锅盖 "pot lid") is the object and its verb when
    a result follows (锁好, 盖上). Returns ``tokens`` itself when nothing changes."""
    if "把" not in tokens:
        return tokens
    from flashcards.compounds import jieba_tag

    out: list[str] = []
    for k, token in enumerate(tokens):
        if (k and tokens[k - 1] == "把" and len(token) == 2 and tokens[k + 1:k + 2]
                and tokens[k + 1] in _RESULTS_AFTER_BA and jieba_tag(token[0]).startswith("n")
                and jieba_tag(token[1]).startswith("v")):
            out += [token[0], token[1]]
        else:
            out.append(token)
    return out if len(out) != len(tokens) else tokens


_DIGITS = frozenset("一二三四五六七八九两")
_HOURS = _DIGITS | {"十"}  # the character before 点 in a clock time (八点, 十点)


def recut_shifen(tokens: list[str]) -> list[str]:
    """九 + 十分 → 九十 + 分, 八点 + 十分 → 八点 + 十 + 分: after a numeral or a clock hour, 十分
    is a count of points or minutes, not "very". Returns ``tokens`` itself when nothing changes."""
    if "十分" not in tokens:
        return tokens
    out: list[str] = []
    for token in tokens:
        before = out[-1] if out else ""
        if token == "十分" and before[-1:] in _DIGITS:
            out[-1] = sys.intern(before + "十")
            out.append("分")
        elif token == "十分" and len(before) > 1 and before[-1] == "点" and before[-2] in _HOURS:
            out += ["十", "分"]
        else:
            out.append(token)
    return out if out != tokens else tokens


_CLOSERS = frozenset("了 。 ！ ， ？ 吧 啦 ! , ? 啊".split())


def recut_bieguan(tokens: list[str]) -> list[str]:
    """别管 + 他 + 了 → 别 + 管 + 他 + 了: before a person and the clause's end 别管 is "don't
    bother about" (别管他了), not jieba's "no matter" (别管他是谁, where a clause follows).
    Returns ``tokens`` itself when nothing changes."""
    if "别管" not in tokens:
        return tokens
    out: list[str] = []
    for k, token in enumerate(tokens):
        whom, after = tokens[k + 1:k + 2], tokens[k + 2:k + 3]
        if token == "别管" and whom and whom[0] in PERSONAL_PRONOUNS and (not after or after[0] in _CLOSERS):
            out += ["别", "管"]
        else:
            out.append(token)
    return out if len(out) != len(tokens) else tokens


def _doubled_le(token: str) -> bool:
    """V了V (算了算, 看了看): what ``recut_doubled_le`` may re-cut."""
    return len(token) == 3 and token[1] == "了" and token[0] == token[2]


def recut_doubled_le(tokens: list[str]) -> list[str]:
    """算了算 + 了 → 算了 + 算了: jieba's V了V (他算了算 "he reckoned it up") is a word said
    twice where 了 follows (算了算了 "forget it, forget it"), when V了 is a CC-CEDICT word;
    else V + 了 + V + 了. Returns ``tokens`` itself when nothing changes."""
    if "了" not in tokens:
        return tokens
    from flashcards import cedict

    out: list[str] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if _doubled_le(token) and tokens[k + 1:k + 2] == ["了"]:
            head = token[:2]
            out += [head, head] if cedict.has(head) else [token[0], "了", token[0], "了"]
            k += 2
            continue
        out.append(token)
        k += 1
    return out if out != tokens else tokens  # (算了算 + 了 → 算了 + 算了 keeps the length)


def join_erhua(tokens: list[str]) -> list[str]:
    """画画 + 儿 → 画画儿: a lone 儿 after a content word jieba cut off is its erhua suffix
    (read huàr, one note), not 儿 "son". Returns ``tokens`` itself when nothing changes."""
    if "儿" not in tokens:
        return tokens
    from flashcards.compounds import jieba_tag

    out: list[str] = []
    for token in tokens:
        host = out[-1] if out else ""
        if token == "儿" and is_hanzi_word(host) and host[-1] != "儿" and jieba_tag(host).startswith(_ERHUA_HOSTS):
            out[-1] = host + token
        else:
            out.append(token)
    return out if len(out) != len(tokens) else tokens


def _name_prefixes() -> frozenset[str]:
    from flashcards.compounds import NAME_PREFIXES

    return NAME_PREFIXES


@lru_cache(maxsize=1 << 12)
def _surname(char: str) -> bool:
    from flashcards.compounds import is_surname

    return is_surname(char)


def recut_bound(tokens: list[str], has_word: Callable[[str], bool]) -> list[str]:
    """Give a stranded bound morpheme back its character (see the module docstring).

    ``源 生动 能`` → ``源生 动能``: a bound single character next to a multi-character token W
    takes W's nearest character when the rest of W, with the single-character token on W's
    other side, is a word of both CC-CEDICT and jieba's dictionary (``has_word``). Mirrored
    from the right: ``X AB 源`` → ``XA B源`` when XA is such a word. Returns ``tokens``
    itself when nothing changes.
    """
    bound = _bound
    for t in tokens:  # the common case: no bound morpheme stands alone, nothing to do
        if len(t) == 1 and (bound[t] if t in bound else _is_bound(t)):
            break
    else:
        return tokens
    from flashcards import cedict

    def word(w: str) -> bool:
        return len(w) >= 2 and has_word(w) and cedict.has(w)

    out = list(tokens)
    changed = False
    i = 0
    while i < len(out) - 1:
        a, w = out[i], out[i + 1]
        if len(a) == 1 and len(w) >= 2 and is_hanzi_word(w) and _is_bound(a):
            after = out[i + 2] if i + 2 < len(out) and len(out[i + 2]) == 1 else ""
            if after and word(w[1:] + after):
                out[i : i + 3] = [a + w[0], w[1:] + after]
                changed = True
                i += 2
                continue
        if len(w) == 1 and len(a) >= 2 and is_hanzi_word(a) and _is_bound(w):
            before = out[i - 1] if i > 0 and len(out[i - 1]) == 1 else ""
            if before and word(before + a[:-1]):
                out[i - 1 : i + 2] = [before + a[:-1], a[-1] + w]
                changed = True
                i += 1
                continue
        i += 1
    return out if changed else tokens


#: What follows a name in a sentence, and so never ends one (小 明说 is 小明 + 说).
_AFTER_NAME = frozenset("说是和的在去也都就把给跟对呢吗了")
_VERB_PARTICLES = frozenset("在给了的到")


def join_given_names(tokens: list[str], has_word: Callable[[str], bool]) -> list[str]:
    """小 + 华 → 小华: a textbook name jieba cut in two, as no dictionary has it.

    小/阿 (``compounds.NAME_PREFIXES``) + one character that is no function word, when
    neither CC-CEDICT nor jieba's dictionary (``has_word``) has the pair; also 小 + 明说 →
    小明 + 说 when the second token ends in a word that follows names (说, 是, 和 …), and
    so a common surname standing alone: 李 + 明说 → 李明 + 说 (the friend 李明, who speaks);
    and 小 + 李矮 → 小李 + 矮, where the second token is in neither dictionary (a name only
    jieba's HMM made). ``compounds.is_name`` then files the token as a name. Returns ``tokens`` itself when
    nothing changes.
    """
    prefixes = _name_prefixes()
    if prefixes.isdisjoint(tokens) and not any(len(t) == 1 and _surname(t) for t in tokens):
        return tokens
    from flashcards import cedict

    def new(pair: str) -> bool:
        return not has_word(pair) and not cedict.has(pair)

    out = list(tokens)
    changed = False
    i = 0
    while i < len(out) - 1:
        head, nxt = out[i], out[i + 1]
        if len(head) == 1 and _surname(head) and len(nxt) == 2 and nxt[1] in _AFTER_NAME:
            # not a verb + its particle jieba found as one word (钱 + 转给, 钱 + 存在, 钱 + 花在): the
            # surname-like character is then a noun the verb acts on, no 钱转 named
            verb_particle = nxt[1] in _VERB_PARTICLES and (has_word(nxt) or cedict.has(nxt))
            if is_hanzi_word(nxt) and nxt[0] not in _PARTICLES and not verb_particle and new(head + nxt[0]):
                out[i : i + 2] = [head + nxt[0], nxt[1]]
                changed = True
        elif head in prefixes and is_hanzi_word(nxt) and nxt[0] not in _PARTICLES:
            if len(nxt) == 1 and nxt not in _AFTER_NAME and new(head + nxt):
                out[i : i + 2] = [head + nxt]
                changed = True
            elif len(nxt) == 2 and nxt[1] in _AFTER_NAME and new(head + nxt[0]):
                out[i : i + 2] = [head + nxt[0], nxt[1]]
                changed = True
            elif len(nxt) == 2 and _surname(nxt[0]) and new(nxt):
                # 小 + 李矮 → 小李 + 矮: jieba's HMM made a name of the surname and what follows
                out[i : i + 2] = [head + nxt[0], nxt[1]]
                changed = True
        i += 1
    return out if changed else tokens


#: Degree adverbs that jieba's dictionary glues to a one-character adjective (很大, 不大).
_DEGREE_HEADS = frozenset("很太更挺真不")
#: Demonstratives before 一 + a measure word, which then count with it (这一行 "this line of
#: work" is 这 + 一 + 行 háng, not 这 + 一行 "the party" yīxíng; 这一点 "this point").
_DEMONSTRATIVES = frozenset("这那哪每")
#: Numerals a measure word follows on its own (一家, 两家, 几家).
_COUNTERS = frozenset("一 两 几 三 四 五 六 七 八 九 十 半 好几".split())
#: Measure words that count a verb's object after 了/过 (叹了口气, 吃了顿饭, 生了场病, 叫了声妈).
_ACTION_MEASURES = frozenset("口顿场声")
#: Aspect particles that hold a verb and its object apart (叹了口气).
_ASPECT = frozenset("了过")
#: After 一 + measure + noun, the "not even one" frame (一句话也不说).
_EVEN = frozenset("也都")
#: Tags of what makes the 把 + noun before it a noun itself (门的把手, 两把手; 这个 and 那个 by name).
_NOUN_CONTEXT_TAGS = ("q", "m", "uj")


#: Whose words 的话 after them are, "what X says" (注意她的话), unless a condition opens the
#: clause (如果是我的话 "if it were me").
_SPEAKERS = frozenset("我 你 他 她 它 您 我们 你们 他们 她们 咱们 人家 别人 大家".split())
#: Verbs whose object is what someone said (听老师的话, 相信他的话): 的话 after their object
#: is 的 + 话 whoever the speaker is.
_HEEDING = frozenset("听 听了 听从 相信 记住 注意 照 信 不听 听到 听见".split())
_CONDITIONS = ("如果", "要是", "假如", "假使", "倘若", "若是", "如若", "假若", "万一", "要不是", "倘")


#: What comes in lines (一行字, 一行诗): after 一行 the line is counted, háng, no party yīxíng.
_IN_LINES = frozenset("字 诗 代码 文字 小字 大字 数字 眼泪 泪 热泪 树 柳树 脚印 字母 命令".split())


@lru_cache(maxsize=1 << 14)  # asked of each token of a sentence being fixed
def _swallows(token: str) -> bool:
    """A jieba token ``recut_function_words`` may give a character back from."""
    if token == "的话":
        return True
    if len(token) == 3 and token[0] == "一":  # 一句话 + 也不说: one word, not 一句话 "in short"
        from flashcards.compounds import _counts, is_listed

        return _counts(token[1]) and is_listed(token[2])
    if len(token) != 2:
        return False
    if token[0] == "把":
        from flashcards.compounds import jieba_tag

        return jieba_tag(token[1]) == "n"
    if token[0] == "一":
        from flashcards.compounds import _counts

        return _counts(token[1])
    if token[0] in _DEGREE_HEADS:
        from flashcards.compounds import parts

        return parts(token) == (token[0], token[1])
    return _verb_de(token) or _phrase_pair(token) is not None or token[0] == "在" or _measured_object(token)


def _measured_object(token: str) -> bool:
    """A measure word + a listed noun held as one word (口气 "tone of voice"), which can be
    the counted object of a verb + object word held apart (叹了口气: 叹气 "to sigh")."""
    from flashcards.compounds import _counts, is_listed

    # (only the measures that count an action's object: 个人, 本来, 条件 are words everywhere,
    # and each one asked here would send its sentence down the slow correction path)
    return len(token) == 2 and token[0] in _ACTION_MEASURES and _counts(token[0]) and is_listed(token[1])


#: Directions a verb takes with its object between them and 来/去 after (探出头来, 走进门去).
_DIRECTION_HEADS = frozenset("出进起上下回过")
#: Adverbs and modal verbs that jieba's dictionary holds as nouns together (才能 "talent",
#: 总能 "total energy") where a verb follows: 他才能说好 is 才 + 能.
_ADVERBS = frozenset("才总只就也都还")
_MODALS = frozenset("能会")  # not 要: 只要 "so long as", 就要 "about to" are words of their own
#: Body parts a verb is done with (用怪眼看我, 用手写): after 用 they are the instrument.
_BODY = frozenset("眼手口嘴脚耳心鼻")
_INSTRUMENTAL = frozenset("用拿以")
#: What shows the verb of 请 + verb is a verb (请调一下 tiáo, not 请调 "to request a transfer").
_VERB_AFTERS = frozenset("一下 一会儿 一点 一遍 一次".split())


@lru_cache(maxsize=1 << 12)
def _phrase_pair(token: str) -> str | None:
    """Which rule of ``_phrase_split`` may cut this pair of characters in two, or None."""
    from flashcards.compounds import _counts, is_listed, jieba_tag

    if len(token) != 2 or not is_hanzi_word(token) or not is_listed(token[1]):
        return None
    if token[0] in _DIRECTION_HEADS and token[1] not in "来去" and jieba_tag(token[1]) == "n":
        return "direction"  # 出头, 出门, 上楼
    if token[0] in _ADVERBS and token[1] in _MODALS and not _verb_senses(token):
        return "modal"  # 才能 "talent", 总能 "total energy"
    if token[0] == "请" and not is_listed(token) and jieba_tag(token[1]).startswith("v"):
        return "measured"  # 请调 "to request a transfer"
    if token[0] == "再" and jieba_tag(token[1]).startswith("v"):
        return "measured"  # 再说 "moreover", 再来 "to come again": 再说一遍 is 再 + 说
    if not is_listed(token) and jieba_tag(token) == "n" and jieba_tag(token[1]) == "v":
        return "aspect"  # 家养 "domestic"
    if token[1] == "着" and is_listed(token[0]) and _verb_senses(token[0]) and _no_zhe(token):
        return "wearing"  # 穿着 chuānzhuó "attire"
    if token[0] in _BODY and jieba_tag(token[1]).startswith("v") and is_listed(token[1]):
        return "instrument"  # 眼看 "soon", 手写 "handwritten"
    if token[0] == "大" and not is_listed(token) and jieba_tag(token[1]) == "a":
        return "degree"  # 大难 "catastrophe", 大好 "excellent"
    if token[0] in _ADVERBS and token[1] == "给":
        return "benefactive"  # 还给 huángěi "to return to": 还给我们倒茶 is 还 hái + 给 "for"
    if token[1] == "了" and is_listed(token[0]) and jieba_tag(token[0]).startswith("v"):
        return "measured"  # 算了 "forget it": 算了一下 is 算 + 了 + 一下
    if token[1] == "点" and not is_listed(token) and jieba_tag(token[0]).startswith("v") and is_listed(token[0]):
        return "a bit"  # 加点 "to punctuate": 再加点糖 is 加 + 点 (一点) + 糖
    if not is_listed(token) and jieba_tag(token[1]) == "a" and _counts(token[0]):
        return "counted"  # 家小 "wife and children": 那家小厂 is 那 + 家 + 小 + 厂
    return None


def _no_zhe(word: str) -> bool:
    """Whether CC-CEDICT reads ``word``'s 着 only as in a noun (穿着 chuānzhuó "attire")."""
    from flashcards import lexicon

    keys = lexicon.reading_keys(word)
    return bool(keys) and all(key[-1] != "zhe5" for key in keys)


#: Tags of what a verb + 着 takes as its object (穿着 + 背心, 一件, 新 + 大衣, 这件).
_OBJECT_TAGS = ("n", "m", "a", "b", "r")


def _verb_senses(word: str) -> bool:
    """Whether CC-CEDICT gives ``word`` a verb's or a modal's sense (只能 "can only")."""
    from flashcards import lexicon

    return any(s.startswith(("to ", "can", "must", "will", "may")) for e in lexicon.entries(word) for s in e.senses)


def _phrase_split(token: str, before: str, nxt: str, earlier: str = "", later: str = "") -> bool:
    """Whether a pair of jieba's dictionary is two words in this sentence:
    a verb + direction + object + 来/去 (探 + 出头 + 来 → 出 + 头; 走 + 出门 + 去);
    an adverb + a modal before a verb (才能 + 说好 → 才 + 能, 总能 + 找到);
    请 or 再 + a verb with its measure of action (请调 + 一下 → 请 + 调, 再说 + 一遍 → 再 + 说);
    a noun whose last character is a verb, taking an aspect particle (他家养了 → 家 + 养 + 了);
    不 + 大X with X an adjective (尚不大难 → 不 + 大 + 难: 不大 "not very");
    a verb + 着 CC-CEDICT reads as a noun only, before an object (穿着 + 新大衣 → 穿 + 着 zhe);
    a body part + a verb after 用 (用怪眼看我 → 眼 + 看: the eye one looks with, not 眼看 "soon");
    an adverb + 给 whose recipient a verb follows (还给 + 我们 + 倒茶 → 还 + 给: 给 "for" the
    person the verb is done for; 还给我们一本书 keeps 还给 "to return to");
    a verb + 了 before its measure of action (算了 + 一下 → 算 + 了, not 算了 "forget it");
    a verb + 点 before a noun (加点 + 糖 → 加 + 点: "a bit of", not 加点 "to punctuate");
    a measure word + an adjective after what counts it (那 + 家小 + 厂 → 家 + 小, not 家小 "wife
    and children")."""
    rule = _phrase_pair(token)
    if rule == "direction":
        return nxt in ("来", "去") and len(before) == 1 and _is_verb(before)
    if rule == "modal":
        return _is_verb(nxt)
    if rule == "measured":
        return nxt in _VERB_AFTERS
    if rule == "aspect":
        return nxt in ("了", "着", "过")
    if rule == "wearing":  # 他穿着 + 新大衣 → 穿 + 着 zhe; 她的穿着 + 很时髦 stays the noun
        from flashcards.compounds import jieba_tag

        return is_hanzi_word(nxt) and jieba_tag(nxt).startswith(_OBJECT_TAGS) and not _makes_noun(before)
    if rule == "instrument":
        return before in _INSTRUMENTAL or (earlier in _INSTRUMENTAL and len(before) == 1)
    if rule == "degree":
        return before == "不"  # 不大 "not very": 尚不大难 is 不 + 大 + 难
    if rule == "benefactive":
        return nxt in _SPEAKERS and _is_verb(later)
    if rule == "a bit":
        from flashcards.compounds import jieba_tag

        # a thing after it (rjieba tags 糖 "zg"): no verb, particle, adverb or pronoun
        return is_hanzi_word(nxt) and not jieba_tag(nxt).startswith(("v", "u", "d", "p", "c", "y", "r", "m", "q"))
    if rule == "counted":  # after what counts it, the first character is the measure word
        return before in _DEMONSTRATIVES or before in _COUNTERS or before.isdigit()
    return False


@lru_cache(maxsize=1 << 12)
def _verb_de(token: str) -> bool:
    """过得, 来得: a one-character verb or adjective + the complement particle 得 that
    CC-CEDICT (or jieba's HMM) holds as a word but no HSK list teaches (觉得, 记得 are taught).
    Not a linking verb (``_links``): 变得 + 很冷 is "to become cold", not 变 said coldly."""
    from flashcards.compounds import is_listed, jieba_tag

    return (
        len(token) == 2 and token[1] == "得" and is_hanzi_word(token) and not is_listed(token)
        and is_listed(token[0]) and jieba_tag(token[0])[:1] in ("v", "a", "u") and not _links(token)
    )


#: CC-CEDICT's first sense of a verb + 得 that links its subject to the adjective after it.
#: Not "to look": 长得 is that (长得很高) and also 长 "to grow" + 得 (长得很快).
_LINKING = ("to become", "to turn into")


def _links(token: str) -> bool:
    """变得 "to become": what follows describes the subject, so the pair is the verb a
    learner learns; 过得 "how are you getting by?" and 来得 "to emerge (from a comparison)"
    are not, and 过得很好 is 过 + 得 + 很好, the manner of 过."""
    from flashcards import lexicon

    entries = lexicon.entries(token)
    first = entries[0].senses[0] if entries and entries[0].senses else ""
    return first.startswith(_LINKING)


#: What a degree complement after 得 opens with (过得很好, 长得太快, 过得怎么样).
_GRADED = frozenset("很 太 真 挺 更 非常 十分 特别 比较 更加 越来越 相当 这么 那么 多么 怎么样 不错 还好 不太 不好".split())


def _degree_follows(token: str) -> bool:
    """Whether ``token`` opens the degree complement of a 得 before it: a degree word, or an
    adjective (jieba's a; 很快, 太晚, 真快 are degree + adjective), not a verb (懒得去, 省得麻烦 …)."""
    from flashcards.compounds import jieba_tag

    return token in _GRADED or token[:1] in ("很", "太", "真", "挺") or (is_hanzi_word(token) and jieba_tag(token) == "a")


def recut_function_words(tokens: list[str]) -> list[str]:
    """很大 + 方 → 很 + 大方, 把门 + 关上 → 把 + 门 + 关上 (see the module docstring).

    Returns ``tokens`` itself when nothing changes.
    """
    out: list[str] | None = None
    for i, token in enumerate(tokens):
        if not _swallows(token) or (i + 1 >= len(tokens) and token != "的话"):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        before = tokens[i - 1] if i else ""
        if token == "的话":
            # 话 with a place word after it is the noun (这半懂不懂的话里): 的话 "if" ends a clause.
            inside = nxt[:1] in ("里", "中")
            fix = (before in _SPEAKERS or inside or _heeded(tokens[:i])) and not _conditional(tokens[:i])
            new = ["的", "话"]
        elif token[0] == "把":
            fix = _is_verb(nxt) and not _makes_noun(before)
            new = [token[0], token[1]]
        elif token[0] == "一" and len(token) == 3:
            # 一句话也不说, 一个人都没有: "not a single …", counted; not a word whose last
            # character is a suffix (一辈子也得不到, 一会儿都不等: "all one's life", "a moment")
            fix = nxt in _EVEN and token[2] not in "子儿"
            new = list(token)
        elif token[0] == "一":
            # 他们这一行人: the party, yīxíng; 写下一行字: one line (háng) of what a line holds
            fix = before in _DEMONSTRATIVES and nxt != "人" or token == "一行" and nxt in _IN_LINES
            new = [token[0], token[1]]
        elif _verb_de(token):  # 日子过得 + 很好 → 过 + 得: the particle de, not 过得 guòdé
            fix = _degree_follows(nxt)
            new = [token[0], token[1]]
        elif token[0] == "在" and nxt in _PLACE_WORDS:
            # 也在意 + 中 → 在 + 意中 "as expected"; 在家 + 里 → 在 + 家里: 在 opens a frame
            from flashcards import cedict

            fix = len(token) == 2 and cedict.has(token[1] + nxt)
            new = [token[0], token[1] + nxt]
        elif _phrase_pair(token) is not None:
            earlier = tokens[i - 2] if i >= 2 else ""
            later = tokens[i + 2] if i + 2 < len(tokens) else ""
            fix = _phrase_split(token, before, nxt, earlier, later)
            new = [token[0], token[1]]
        elif _measured_object(token):
            # 叹 + 了 + 口气 → 口 + 气: the verb's own object, counted (叹气 "to sigh")
            from flashcards import cedict

            earlier = tokens[i - 2] if i >= 2 else ""
            joined = earlier + token[1]
            fix = before in _ASPECT and len(earlier) == 1 and cedict.has(joined) and _is_verb(joined)
            new = [token[0], token[1]]
        else:
            from flashcards.compounds import is_listed

            fix = len(nxt) == 1 and is_listed(token[1] + nxt)
            new = [token[0], token[1] + nxt]
        if fix:
            if out is None:
                out = list(tokens)
            j = len(out) - len(tokens) + i  # index of ``token`` in ``out`` after earlier fixes
            out[j : j + (2 if token[0] in _DEGREE_HEADS or token[0] == "在" else 1)] = new
    return tokens if out is None else out


def _heeded(before: list[str]) -> bool:
    """Whether a verb of heeding governs what stands just before (听了这老女人 + 的话): within
    five tokens, in the same clause — further back, 的话 "if" may close a clause of its own."""
    for token in reversed(before[-5:]):
        if not is_hanzi_word(token):
            return False
        if token in _HEEDING:
            return True
    return False


def _conditional(before: list[str]) -> bool:
    """Whether the clause that ends here opened with a condition (如果, 要是 …)."""
    for token in reversed(before):
        if not is_hanzi_word(token):
            return False  # punctuation: the clause began after it
        if token.startswith(_CONDITIONS):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def _edge_de(token: str) -> bool:
    """A token jieba's dictionary holds with 地 at an edge that CC-CEDICT lacks (轻轻地, 地走了)."""
    from flashcards import lexicon

    return len(token) > 1 and "地" in (token[0], token[-1]) and is_hanzi_word(token) and not lexicon.is_word(token)


def _adverbial(word: str, token: str) -> bool:
    """What the adverbial particle 地 follows: a doubled word (轻轻, 高高兴兴) or a word jieba
    tags as an adjective, adverb or state (认真, 突然), or a ``token`` it tags as a state (z)."""
    from flashcards.compounds import jieba_tag

    half = len(word) // 2
    doubled = len(word) in (2, 4) and (word[:half] == word[half:] or (len(word) == 4 and word[0] == word[1] and word[2] == word[3]))
    return is_hanzi_word(word) and (doubled or jieba_tag(word) in ("a", "ad", "d", "z") or jieba_tag(token) == "z")


def _is_verb(token: str) -> bool:
    from flashcards.compounds import jieba_tag

    return is_hanzi_word(token) and (jieba_tag(token).startswith("v") or jieba_tag(token[0]).startswith("v"))


def _makes_noun(before: str) -> bool:
    from flashcards.compounds import jieba_tag

    return bool(before) and (before in ("的", "这", "那", "这个", "那个") or jieba_tag(before).startswith(_NOUN_CONTEXT_TAGS))


def _continues(prefix: str) -> bool:
    """Some CC-CEDICT headword is longer than ``prefix`` and starts with it."""
    from flashcards import cedict

    return cedict.has_longer(prefix)


@lru_cache(maxsize=8)
def segmenter(user_dict: Path | None = None) -> Segmenter:
    """A cached Segmenter: jieba's dictionary loads once per process and user dictionary."""
    with _lock:
        return Segmenter(user_dict)
