"""Grammar points of the HSK 3.0 syllabus, detected by pattern in a segmented sentence.

    >>> [p.name for p in grammar_points(["我", "把", "书", "放", "在", "桌子", "上", "。"])]
    ['把 disposal']
    >>> max_grammar_level(["连", "孩子", "都", "知道", "。"])
    4

The syllabus (GF0025-2021, appendix A, 语法等级大纲) grades 572 grammar points into
levels 1-6 and the 7-9 band.  Many are words (adverbs, conjunctions) that the word
lists grade already; what a word list cannot see is a *frame*: 连……都, 越……越,
是……的, 把/被 sentences, complements, the formal particles of written Chinese.
Those are what this module looks for (``_TABLE``); and where the syllabus states a point
as a list of words (its graded adverbs, prepositions, conjunctions, particles: 居然 at 5,
渐渐 at 4, 怪不得 at 7-9), the words themselves, matched as whole tokens (``_WORDS``):
the word lists often grade those words lower than the grammar syllabus does.  Levels are
the syllabus's (7 = the 7-9 band),
taken from its list of points (read in the transcription of appendix A at
github.com/jorjao81/zh-learn2, ``linguistics/hsk/grammar``, names and levels only: the
syllabus's example sentences are where difficulty is checked, so no pattern was written
from them or tried on them); the patterns are ours and approximate: a pattern
matches the frame's markers in order, not a parse, so 把 as a measure word or a
stray 越 can fire one.  That is why grammar is a feature of a fitted model
(``flashcards.difficulty``) rather than a verdict.

Patterns run over the tokens joined as `` t1 t2 … `` (one space around each
token), so a marker can be asked to be a whole token (`` 把 ``) or the end of one.
A match in a sentence stays a match when tokens are appended, so adding words
never removes a point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from flashcards.hanzi import HANZI as _HANZI


@dataclass(frozen=True)
class GrammarPoint:
    name: str
    level: int  # syllabus level; 7 for the 7-9 band
    pattern: re.Pattern[str]


_T = r"(?:\S+ )"  # one whole token
_ANY = r"(?:\S+ )*?"  # any tokens, as few as possible
_END = r"[。！？!?；;，,]"  # ends a clause

# (name, syllabus level, pattern over " t1 t2 … ").  Kept as a table: one line per
# point, the level beside it, so a reader can check each against the syllabus.
_TABLE: tuple[tuple[str, int, str], ...] = (
    # level 1
    ("比 comparison", 1, rf" 比 {_T}{{1,6}}"),
    ("A-not-A question", 1, r" (\S)\S? 不 \1"),
    # level 2
    ("是……的 emphasis", 2, rf" 是 {_T}{{1,8}}的 {_END}"),
    ("跟……一样", 2, rf" (?:跟|和|像) {_ANY}一样 "),
    ("越来越", 2, r"越来越"),
    ("又……又……", 2, rf" 又 {_T}{{1,4}}又 "),
    ("一……就……", 2, rf" 一\S* {_ANY}就 "),
    ("state complement 得", 2, r"(?<=\S) 得 (?:很|非常|太|真|不|特别|好|快|慢|多|更|挺|十分|比较)"),
    ("虽然……但是", 2, rf"虽然 {_ANY}(?:但是|但|可是|却|还是) "),
    ("因为……所以", 2, rf"因为 {_ANY}所以 "),
    ("如果……就", 2, rf"如果 {_ANY}(?:就|那么|那) "),
    ("只要……就", 2, rf"只要 {_ANY}就 "),
    ("快要/就要……了", 2, rf"(?:快要|就要|快) {_T}{{1,5}}了 "),
    ("aspect 着", 2, r" (?!接着|随着|沿着|跟着|向着|朝着|顺着)\S+着 "),
    ("的话 / 什么的", 2, r"的话 |什么的 "),
    ("还是……吧", 2, rf" 还是 {_T}{{1,5}}吧 "),
    ("该……了", 2, rf" 该 {_T}{{1,3}}了 "),
    ("好吗/可以吗/行吗/是不是", 2, r" (?:好 吗|可以 吗|行 吗|是不是) "),
    # level 3
    ("把 disposal", 3, rf"(?<!一) 把 {_T}{{1,8}}\S"),
    ("被/叫/让 passive", 3, r" 被 "),
    ("除了……以外", 3, rf"除了 {_ANY}(?:以外|之外|外|还|也|都) "),
    ("越……越……", 3, rf" 越 {_ANY}越 "),
    ("对……来说", 3, rf" 对 {_ANY}来说 "),
    ("从……起", 3, rf" 从 {_T}{{1,4}}起 "),
    ("不仅……还/而且", 3, rf"(?:不仅|不光|不但) {_ANY}(?:而且|还|也|并且) "),
    ("只有……才", 3, rf"只有 {_ANY}才 "),
    ("要是……就", 3, rf"要是 {_ANY}就 "),
    ("一……也/都+不/没", 3, rf" 一\S* {_T}?(?:也|都) (?:不|没|没有)\S* "),
    ("一点儿也不", 3, r"一点儿? (?:也|都) (?:不|没)"),
    ("难道……吗 / 不是……吗", 3, rf" (?:难道|不是) {_ANY}吗 "),
    ("directional complement", 3, r"(?<=\S)(?<!接)(?:起来|下来|出来|下去|过来|回来|进来|进去|出去|上来|上去) "),
    # 对不起 "sorry", 了不起 "amazing", 好久不见 "long time no see" are words, not complements
    ("potential complement", 3, r"(?<=\S)(?<!对)(?<!了)(?<!久)(?:得|不)(?:了|到|完|懂|见|动|起|下|开|住|清楚|明白|出来|起来|下去|过来|惯) "),
    ("degree complement 极了/死了/得很", 3, r"极了|死了|得很|得多 "),
    ("看起来/看上去", 3, r"看起来|看上去"),
    ("是……还是 / 不是……就是", 3, rf"不是 {_ANY}就是 "),
    ("为了……", 3, r" 为了 "),
    ("不A不B", 3, r" 不(\S) ?不(\S) "),
    ("别……了", 3, rf" 别 {_T}{{1,3}}了 "),
    ("X就X吧", 3, r" (\S{1,4}) 就 \1 吧 "),
    ("V O V得 (repeated verb)", 3, r" (\S) \S+ \1 ?得 "),
    ("有的是", 3, r"有的是 "),
    ("potential complement (split)", 3, r" (?!已经 |还 |也 |都 |就 |才 |再 |又 |会 |要 )\S+ (?!得到)(?:不|得)(?:下|了|起|动|完|到|懂|见|开|住|清楚)(?:来|去)? "),
     # 得到 "get"; the complement a token of its own after a verb, not 不下雨 after an adverb
    ("一会儿……一会儿", 3, rf"一会儿 {_ANY}一会儿 "),
    ("一方面……另一方面", 3, rf"一方面 {_ANY}另 ?一方面 "),
    ("首先……然后", 3, rf"首先 {_ANY}然后 "),
    # level 4
    ("连……也/都", 4, rf" 连 {_ANY}(?:也|都) "),
    ("既……又/也", 4, rf" 既 {_ANY}(?:又|也) "),
    ("不是……而是", 4, rf"不是 {_ANY}而是 "),
    ("不管/无论……都/也", 4, rf"(?:不管|无论) {_ANY}(?:都|也|还) "),
    ("既然……就", 4, rf"既然 {_ANY}(?:就|那么|那|也) "),
    ("哪怕……也", 4, rf"哪怕 {_ANY}(?:也|还|都) "),
    ("万一/假如", 4, r" (?:万一|假如) "),
    ("clause 而/却/甚至/于是/然而/否则", 4, r" (?:而|却|甚至|于是|然而|否则|可见) "),
    # not a place at the end of a clause: 书在桌子下。
    ("在……方面/中/下", 4, rf" 在 {_T}{{1,4}}(?:方面|中|下) (?![。！？!?])\S"),
    ("以来", 4, r"以来 "),
    ("似的", 4, r"似的 "),
    ("被 without agent", 4, r" 被 \S+(?:了|走|掉|坏|破|完|光|住|倒) "),
    ("double negation 不得不/不能不", 4, r"不得不|不能不|不会不|非得"),
    ("来得及/来不及/说不定/一般来说", 4, r"来得及|来不及|说不定|一般来说"),
    ("一A比一A", 4, r"一(\S{1,2}) 比 一\1"),
    ("由……组成", 4, rf" 由 {_ANY}组成 "),
    ("还X呢 / X就是了", 4, rf" 还 (?!没 |没有 ){_T}{{1,2}}呢 |就是了 "),
    ("有什么(好)X的", 4, r" 有 什么 (?:好 )?\S+ 的 "),
    ("首先……其次", 4, rf"首先 {_ANY}其次 "),
    ("或者……或者", 4, rf"或者 {_ANY}或者 "),
    ("不X白不X", 4, r"不(\S+) ?白 ?不\1"),
    # level 5
    ("尽管……但", 5, rf"尽管 {_ANY}(?:但是|但|可是|可|却|还是|也) "),
    ("一旦……就", 5, rf"一旦 {_ANY}(?:就|便) "),
    ("即使……也", 5, rf"即使 {_ANY}(?:也|都|还) "),
    ("除非", 5, r" 除非 "),
    ("随着", 5, r" 随着 "),
    ("在……看来 / 从……来看 / 拿……来说", 5, rf"(?: 在 {_ANY}看来| 从 {_ANY}来看| 拿 {_ANY}来说) "),
    ("到……为止", 5, rf" 到 {_ANY}为止 "),
    ("再……也", 5, rf" 再 {_T}{{1,3}}也 "),
    ("再也不/没", 5, r"再也 (?:不|没)"),
    ("从而/因而/以便/加上", 5, r" (?:从而|因而|以便|加上) "),
    ("使/令 causative", 5, r" (?:使|令|使得) "),
    ("将 (future / disposal)", 5, r" 将 "),
    ("A来A去", 5, r"(\S{1,2})来 ?\1去"),
    ("A着A着", 5, r"(\S{1,2}) ?着 \1 ?着 "),
    ("说A就A / 有A有B / 没A没B", 5, r"说(\S{1,3}) 就 \1 |有(\S) ?有(\S) |没(\S) ?没(\S) "),
    ("A的A，B的B", 5, r" (\S{1,4}) 的 \1 [，,] (\S{1,4}) 的 \2 "),
    ("够……的", 5, rf" 够 {_T}{{1,2}}的 "),
    ("就……来说", 5, rf" 就 {_ANY}来说 "),
    ("V得/V不得 (permission)", 5, r"(?<=\S)不得 "),
    ("或是……或是", 5, rf"或是 {_ANY}或是 "),
    ("为的是", 5, r"为的是|为 的 是 "),
    ("没有……就没有", 5, rf"没有 {_ANY}就 ?没有 "),
    ("怎么都/也+不/没", 5, r"怎么 (?:都|也) (?:不|没)"),
    ("X归X", 5, r" (\S{1,2}) 归 \1 "),
    # level 6
    ("凡是……都", 6, rf"凡是 {_ANY}(?:都|也) "),
    ("就算/就是……也", 6, rf"就算 {_ANY}(?:也|都|还) "),
    ("要么……要么", 6, rf"要么 {_ANY}要么 "),
    ("时而……时而", 6, r"时而 .*时而 "),
    ("非……不可", 6, rf" 非 {_ANY}不可 "),
    ("为了……而", 6, rf"为了 {_ANY}而 "),
    ("不但不……反而", 6, rf"不但 {_ANY}反而 "),
    ("好不容易 / 不怎么", 6, r"好不容易|不怎么"),
    ("particles 罢了/啦/嘛", 6, r" (?:罢了|啦|嘛) "),
    ("X是X，…", 6, r" (\S{1,4}) 是 \1 [，,]"),
    ("X了就X了", 6, r" (\S{1,4}) 了 就 \1 了 "),
    ("虽……但 / 算了 / 就是说", 6, r" 虽 | 算了 |就是说"),
    ("这也不X，那也不Y", 6, r" 这 也 不 \S+ [，,]? ?那 也 不 "),
    ("formal 于/与/所/便/此/本/若", 6, r" (?:于|与|所|便|此|若|同) "),
    ("超-/-化/-性/-式/-型", 6, r"(?<=\S\S)(?:化|性|式|型) "),
    ("一时……一时", 6, rf"一时 {_ANY}一时 "),
    ("连……也/都……更", 6, rf" 连 {_ANY}(?:也|都) {_ANY}更 "),
    ("要不然/不然", 6, r" (?:要不然|不然) "),
    # levels 7-9
    ("classical 之/其/乃/亦/且/则/皆/未/何/故/需", 7, r" (?:之|其|乃|亦|且|则|皆|未|何|故|需|矣|兹) "),
    ("为……所 / 被……所", 7, rf" (?:为|被) {_ANY}所 "),
    ("以……为", 7, rf" 以 {_T}{{1,4}}为 "),
    ("因……而", 7, rf" 因 {_ANY}而 "),
    ("与其……不如 / 宁可……也", 7, rf"(?:与其 {_ANY}(?:不如|宁可|宁愿)|宁可 {_ANY}也|宁愿 {_ANY}也) "),
    ("之所以……是因为", 7, r"之所以"),
    ("别说……连 / 何况 / 况且", 7, rf"(?:别说 {_ANY}连|何况|况且|更不用说)"),
    ("倘若/假使/若/固然/纵然/即便/虽说", 7, r" (?:倘若|假使|假设|固然|纵然|即便|虽说|任凭|鉴于) "),
    ("以免/免得/以至于/以致/乃至/进而", 7, r" (?:以免|免得|以至于|以致|乃至|进而|继而) "),
    ("一面……一面", 7, rf"一面 {_ANY}一面 "),
    ("也好……也好 / 也罢", 7, rf"也好 {_ANY}也好|也罢 "),
    ("而已 / 无非", 7, r"而已 |无非 "),
    ("discourse 总之/总而言之/综上所述/由此可见/与此同时/除此之外", 7,
     r"总而言之|综上所述|由此可见|与此同时|除此之外|这样一来|归根到底|无论如何|话又说回来|总的来说"),
    ("A个不停/A个没完", 7, r"个 (?:不停|没完)"),
    ("爱A不A / 半A半B / 时A时B / 忽A忽B", 7, r"爱(\S) ?不\1|半(\S)半\S|时(\S)时\S|忽(\S)忽\S"),
    ("X也不是，不X也不是 / X也X不…", 7, r"(\S{1,3}) ?也 不是|(\S) 也 \2不"),
    ("X了又Y", 7, r"(\S)了又\1"),
    ("别提(有)多X了 / 不知怎么的 / 巴不得 / 可不是", 7, r"别提 (?:有 )?多|不知 怎么 的|巴不得|可不是"),
    ("此后 / 甚至于 / 抑或 / 也就是说", 7, r" (?:此后|甚至于|抑或) |也就是说"),
    ("起初……才", 7, rf"起初 {_ANY}才 "),
    ("或……或", 7, rf" 或 {_ANY}或 "),
    ("而……则", 7, rf" 而 {_ANY}则 "),
    ("别管/任凭……都/也", 7, rf" (?:别管|任凭|任) {_ANY}(?:都|也) "),
    ("要V就V个…", 7, r" 要 (\S+) 就 \1 个 "),
    ("话说回来 / 言归正传", 7, r"话说回来|言归正传"),
)

# Points the syllabus states as a list of words (adverbs, prepositions, conjunctions,
# particles, pronouns, modal verbs): (its English name and code in appendix A, level,
# the words).  A word counts at the first level that lists it; a listed word is matched
# only as a whole token.  Left out, because as a token they are mostly something else:
# measure words (一把, 一张), affixes (-化, 小-), separable verbs (those are split forms,
# not the words), and words whose everyday sense is a beginner word (好 "good", 对
# "correct", 给 "give", 等 "wait", 只 the measure word, 叫 "be called", 让 "let", 白 "white",
# 本 the measure word, 因为 the conjunction, 完了 "finished", 得了 "caught (an illness)");
# 把 and 被 are frames above.  Level 1 points (的, 了, 吗, 很, 都 …) would fire on nearly
# every sentence and are not listed.
_WORDS: tuple[tuple[str, int, str], ...] = (
    ("Modal Verbs (二01)", 2, "可能 可以"),
    ("Modal Verbs (二02)", 2, "该 应该"),
    ("Modal Verbs (二03)", 2, "愿意"),
    ("Interrogative Pronouns (二05)", 2, "多久 为什么 怎么样 怎样"),
    ("Personal Pronouns (二06)", 2, "别人 大家 它 它们 咱 咱们 自己"),
    ("Demonstrative Pronouns (二07)", 2, "那么 那样 这么 这样"),
    ("Degree Adverbs (二13)", 2, "多么 更 十分 特别 挺 有点儿 有一点儿"),
    ("Scope/Coordination Adverbs (二14)", 2, "全 一共"),
    ("Time Adverbs (二15)", 2, "刚 刚刚 忽然 一直 已经"),
    ("Frequency/Repetition Adverbs (二16)", 2, "重新 经常 老是 又"),
    ("Correlative Adverbs (二17)", 2, "就"),
    ("Manner Adverbs (二18)", 2, "故意"),
    ("Modal Adverbs (二19)", 2, "必须 差不多 好像 一定 也许"),
    ("Mood Adverbs (二20)", 2, "才 正好"),
    ("Toward (二22)", 2, "往"),
    ("Toward (二23)", 2, "向"),
    ("From (distance) (二27)", 2, "离"),
    ("Connecting Words/Phrases (二29)", 2, "或 或者"),
    ("Connecting Clauses/Sentences (二30)", 2, "不过 但 但是 而且 如果 虽然 只要"),
    ("Structural Particle (二31)", 2, "得"),
    ("Aspect Particle (二32)", 2, "过"),
    ("Aspect Particle (二33)", 2, "着"),
    ("Modal Particles (二34)", 2, "啊"),
    ("Other Particles (二35)", 2, "的话"),
    ("Interjection (二36)", 2, "喂"),
    ("Modal Verb (三03)", 3, "敢"),
    ("Modal Verb (三04)", 3, "需要"),
    ("Demonstrative Pronouns (三08)", 3, "各 各位 各种 每 任何"),
    ("Degree Adverbs (三12)", 3, "比较 更加 相当"),
    ("Scope/Coordination Adverbs (三13)", 3, "光 仅 仅仅 至少"),
    ("Time Adverbs (三14)", 3, "本来 曾经 从来 赶紧 赶快 立刻 连忙 始终 已 早已"),
    ("Frequency/Repetition Adverbs (三15)", 3, "通常 往往 总 总是"),
    ("Manner Adverbs (三17)", 3, "互相 尽量 亲自 相互"),
    ("Modal Adverbs (三18)", 3, "大概 恐怕"),
    ("Mood Adverbs (三19)", 3, "并 当然 到底 反正 根本 果然 简直 绝对 难道 其实 千万 确实 只好 终于"),
    ("From (indicating origin) (三20)", 3, "由"),
    ("Since (a point in time) (三21)", 3, "自从"),
    ("Facing/Toward (三22)", 3, "朝"),
    ("Due to/Because of (三25)", 3, "由于"),
    ("In order to (三26)", 3, "为了"),
    ("Except for (三28)", 3, "除了"),
    ("According to (三29)", 3, "按 按照"),
    ("Connecting Clauses/Sentences (三30)", 3, "并且 不光 不仅 另外 要是 因此 只有"),
    ("Laughter sound (三31)", 3, "哈哈"),
    ("It looks like/appears (三35)", 3, "看起来"),
    ("It looks like (visual appearan (三36)", 3, "看上去"),
    ("Plenty of, lots of (三37)", 3, "有的是"),
    ("Personal Pronoun (四02)", 4, "人家"),
    ("Degree Adverbs (四05)", 4, "格外 极 极其"),
    ("Scope/Coordination Adverb (四06)", 4, "共"),
    ("Time Adverbs (四07)", 4, "按时 即将 急忙 渐渐 尽快"),
    ("Frequency/Repetition Adverbs (四08)", 4, "一再 再三"),
    ("Correlative Adverb (四09)", 4, "却"),
    ("Negative Adverb (四10)", 4, "未必"),
    ("Modal Adverbs (四11)", 4, "几乎 似乎"),
    ("Mood Adverbs (四12)", 4, "的确 反而 竟然 究竟"),
    ("From/Since (四13)", 4, "自"),
    ("Regarding/As for (四14)", 4, "对于"),
    ("About/Concerning (四15)", 4, "关于"),
    ("On behalf of/For (四16)", 4, "替"),
    ("Based on/According to (四17)", 4, "根据"),
    ("As/In the capacity of (四18)", 4, "作为"),
    ("Connecting Words/Phrases (四19)", 4, "以及"),
    ("Connecting Clauses/Sentences (四20)", 4, "此外 而 而是 既然 可见 甚至 假如 总之"),
    ("Comparative Particle (四21)", 4, "似的"),
    ("Interjections (四22)", 4, "咦 哎"),
    ("It seems/appears (四25)", 4, "看来"),
    ("Have/not have enough time (四26)", 4, "来得及 来不及"),
    ("Perhaps/Maybe (四27)", 4, "说不定"),
    ("Generally speaking (四28)", 4, "一般来说"),
    ("Demonstrative Pronouns (五01)", 5, "彼此 如此"),
    ("Degree Adverbs (五03)", 5, "过于 可 稍 稍微 尤其"),
    ("Scope Adverb (五04)", 5, "大都"),
    ("Time Adverbs (五05)", 5, "不时 将 将要 仍旧 时常 依旧 一向"),
    ("Frequency/Repetition Adverbs (五06)", 5, "偶尔 再次"),
    ("Manner Adverb (五07)", 5, "偷偷"),
    ("Mood Adverbs (五08)", 5, "毕竟 不免 差点儿 差一点儿 倒是 干脆 居然 明明 总算"),
    ("As/With (progressive change) (五09)", 5, "随着"),
    ("Based on (ability/resources) (五12)", 5, "凭"),
    ("Based on (evidence) (五13)", 5, "依据"),
    ("According to (五14)", 5, "依照"),
    ("Connecting Clauses/Sentences (五15)", 5, "从而 加上 一旦"),
    ("Other Particles (五16)", 5, "也好"),
    ("Incredible/terrible (五22)", 5, "不得了"),
    ("I don't deserve it (五23)", 5, "不敢当"),
    ("No need to (五25)", 5, "用不着"),
    ("Demonstrative Pronouns (六03)", 6, "此"),
    ("Degree Adverbs (六06)", 6, "特 异常"),
    ("Scope/Coordination Adverbs (六07)", 6, "尽 净 一齐 一同"),
    ("Time Adverbs (六08)", 6, "时时 一时 早晚"),
    ("Correlative Adverbs (六09)", 6, "便"),
    ("Manner Adverbs (六10)", 6, "不禁 赶忙 亲眼 特地 特意"),
    ("Modal Adverbs (六11)", 6, "仿佛"),
    ("Mood Adverbs (六12)", 6, "刚好 偏 恰好"),
    ("At (time/place) (六13)", 6, "于"),
    ("Along (六14)", 6, "沿 沿着"),
    ("With/And (六15)", 6, "同 与"),
    ("As for (六16)", 6, "至于"),
    ("Because of (六17)", 6, "因"),
    ("Except (六18)", 6, "除"),
    ("According to (六19)", 6, "据"),
    ("Connecting Clauses/Sentences (六21)", 6, "不料 若"),
    ("Structural Particle (六22)", 6, "所"),
    ("Modal Particles (六23)", 6, "罢了 啦 嘛"),
    ("Modal Verbs (七01)", 7, "需"),
    ("Interrogative Pronouns (七02)", 7, "何"),
    ("Demonstrative Pronouns (七03)", 7, "另 兹"),
    ("Degree Adverbs (七06)", 7, "极为 蛮 颇 稍稍 尤为 越发"),
    ("Scope Adverbs (七07)", 7, "凡 皆 统统 唯独"),
    ("Time Adverbs (七08)", 7, "即 历来 尚 向来"),
    ("Frequency Adverbs (七09)", 7, "频频 再度"),
    ("Correlative Adverbs (七10)", 7, "亦"),
    ("Negation Adverbs (七11)", 7, "未 勿"),
    ("Manner Adverbs (七12)", 7, "不由得 顺便 一连"),
    ("Modal Adverbs (七13)", 7, "按说"),
    ("Certainty Adverbs (七14)", 7, "必定 乃 难怪"),
    ("Doubt Adverbs (七15)", 7, "何必 莫非"),
    ("Resignation Adverbs (七16)", 7, "白白 反倒 分明 怪不得 好在 偏偏 索性 万万 未免 无非 幸好 幸亏 终究 多亏"),
    ("Direction Prepositions (七17)", 7, "顺着"),
    ("Object Prepositions (七18)", 7, "当着"),
    ("Basis Prepositions (七19)", 7, "趁 基于 依"),
    ("Coordinate Conjunctions (七20)", 7, "及"),
    ("Sequential Conjunctions (七21)", 7, "继而 要不是"),
    ("Structural Particle (七22)", 7, "之"),
    ("Modal Particles (七23)", 7, "而已 矣"),
)


@cache
def points() -> tuple[GrammarPoint, ...]:
    """The detectable points (frames, then word points), compiled on first use."""
    frames = [GrammarPoint(name, level, re.compile(pattern)) for name, level, pattern in _TABLE]
    words = [
        GrammarPoint(name, level, re.compile(" (?:" + "|".join(map(re.escape, listed.split())) + ") "))
        for name, level, listed in _WORDS
    ]
    return tuple(frames + words)


@cache
def _index() -> tuple[frozenset[int], re.Pattern[str], dict[str, frozenset[int]]]:
    """Which points a sentence can match, from the markers it contains: for each point,
    literals one of which every match holds (``_keys``); points without any always run.

    One scan finds the markers present: a lookahead tried at every position, longest
    marker first.  A marker shadows the shorter ones starting where it starts (越来越
    hides 越), so each marker also stands for the points of its prefixes."""
    always: set[int] = set()
    by_key: dict[str, set[int]] = {}
    for i, point in enumerate(points()[: len(_TABLE)]):  # word points: ``_by_word``
        keys = _keys(point.pattern.pattern)
        if keys is None:
            always.add(i)
        else:
            for key in keys:
                by_key.setdefault(key, set()).add(i)
    ordered = sorted(by_key, key=lambda k: (-len(k), k))
    scan = re.compile("(?=(" + "|".join(map(re.escape, ordered)) + "))")
    closed = {k: frozenset().union(*(v for p, v in by_key.items() if k.startswith(p))) for k in by_key}
    return frozenset(always), scan, closed


def _keys(pattern: str) -> set[str] | None:
    """Literals such that every match of ``pattern`` contains one of them, or None."""
    keys: set[str] = set()
    for branch in _split(pattern, "|"):
        runs = [run for run, _ in _pieces(branch) if run]
        if runs:
            keys.add(max(runs, key=len))
            continue
        groups = [inner for run, inner in _pieces(branch) if inner is not None]
        inner = _keys(groups[0]) if groups else None
        if inner is None:
            return None
        keys |= inner
    return keys


def _split(pattern: str, sep: str) -> list[str]:
    depth, start, out = 0, 0, []
    for i, ch in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if ch in "([" and not escaped:
            depth += 1
        elif ch in ")]" and not escaped:
            depth -= 1
        elif ch == sep and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def _pieces(branch: str) -> list[tuple[str, str | None]]:
    """A branch as (literal hanzi run, "") and ("", inner pattern of a group it must match)
    pieces; assertions, classes and anything quantified are left out."""
    out: list[tuple[str, str | None]] = []
    i, run = 0, ""
    while i < len(branch):
        ch = branch[i]
        if ch in "([":
            if run:
                out.append((run, None))
                run = ""
            end = _closing(branch, i)
            quantified = end + 1 < len(branch) and branch[end + 1] in "?*+{"
            body = branch[i + 1:end]
            if ch == "(" and not quantified and not body.startswith(("?=", "?!", "?<=", "?<!")):
                out.append(("", body[2:] if body.startswith("?:") else body))
            i = end + 1
            continue
        quantified = i + 1 < len(branch) and branch[i + 1] in "?*+{"
        if _HANZI.match(ch) and not quantified and branch[i - 1:i] != "\\":
            run += ch
        elif run:
            out.append((run, None))
            run = ""
        i += 1
    if run:
        out.append((run, None))
    return out


def _closing(pattern: str, start: int) -> int:
    depth = 0
    for i in range(start, len(pattern)):
        if pattern[i] in "([" and pattern[i - 1:i] != "\\":
            depth += 1
        elif pattern[i] in ")]" and pattern[i - 1:i] != "\\":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced pattern: {pattern}")




@cache
def _by_word() -> dict[str, int]:
    """Word point of each listed word (its index in ``points()``): a dictionary lookup per
    token instead of a pattern per point, since a word point is one whole token."""
    first = len(_TABLE)
    return {word: first + k for k, (_, _, listed) in enumerate(_WORDS) for word in listed.split()}


def grammar_points(tokens: Sequence[str]) -> list[GrammarPoint]:
    """The points whose pattern matches the segmented sentence, in table order."""
    joined = " " + " ".join(tokens) + " "
    always, scan, by_key = _index()
    table = points()
    found = [i for i in sorted(set(always).union(*(by_key[key] for key in set(scan.findall(joined)))))
             if table[i].pattern.search(joined)]
    words = _by_word()
    found += sorted({words[t] for t in tokens if t in words})
    return [table[i] for i in found]


def max_grammar_level(tokens: Sequence[str]) -> int:
    """The highest syllabus level among the matched points; 0 when none matches."""
    return max((p.level for p in grammar_points(tokens)), default=0)
