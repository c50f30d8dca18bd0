"""Sense choice: is the sense a sentence uses the one its card shows first?

    python benchmarks/eval_senses.py [--table old|heldout|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|fresh28|fresh29|fresh30|fresh31|fresh32|fresh33|fresh34|fresh35|all] [--wrong]

Twenty-five tables of hand-written rows (sentence, word, reading, phrase of the sense used):

* ``old``: tests/test_senses.py, written together with the rules: it says the rules do what
  they claim, not how they generalise;
* ``heldout``: tests/senses_heldout.py, written before the round-3 rule changes, every row
  with the reading the sentence needs;
* ``fresh``: tests/senses_heldout.py's second set, written after those rule changes (its
  first run is the honest figure);
* ``fresh2``: a third set, written after the general mechanisms, mostly words with no rule;
* ``fresh3``: a fourth set (round 4), written before that round's changes: the issue's words
  in new sentences and everyday words whose first CC-CEDICT sense is often not the one used;
* ``fresh4``: a sixth set, written after round 4's changes and not tuned on;
* ``fresh5``: a seventh set (round 5), written before that round's changes;
* ``fresh6``: an eighth set, written after round 5's changes and not tuned on;
* ``fresh7``: a ninth set (round 5, second wave), written before that wave's changes:
  function words and top-frequency characters in everyday senses;
* ``fresh8``: a tenth set, written after the second wave's changes and not tuned on;
* ``fresh9``: an eleventh set (round 5, third wave), written before that wave's changes;
* ``fresh10``: a twelfth set, written after the third wave's changes and not tuned on;
* ``fresh11``: a thirteenth set (round 6), written before that round's changes;
* ``fresh12``: a fourteenth set, written after round 6's changes and not tuned on;
* ``fresh13``: a fifteenth set (round 7), written before that round's changes;
* ``fresh14``: a sixteenth set (round 8), written before that round's changes;
* ``fresh15``: a seventeenth set, written after fresh14's fixes and not tuned on;
* ``fresh16``: an eighteenth set, written blind to estimate the hidden figure;
* ``fresh17``: a nineteenth set (round 9), written blind to estimate the hidden figure:
  two-character words with several senses and news/web words in a non-first sense too;
* ``fresh18``: a twentieth set (round 9), written blind to estimate the hidden figure: half
  the issue's words and other characters with several readings, half everyday HSK 1-4 words;
* ``fresh19``: a twenty-first set (round 9), written blind to estimate the hidden figure: half
  the issue's words and other multi-reading characters (many in two senses), half everyday
  HSK 1-4 words in textbook, chat and short-news sentences;
* ``fresh20``: a twenty-second set (round 9), written blind to estimate the hidden figure: a
  third news, workplace and tech writing, a third everyday and HSK 1-4 sentences on
  characters with several senses or readings, a third modern literary prose;
* ``fresh21``: a twenty-third set (round 9), written blind to estimate the hidden figure: a
  quarter film/TV subtitles and spoken dialogue, a quarter social media and online shopping,
  a quarter children's stories and fables, a quarter sports, weather and health news.
* ``fresh22``: a twenty-fourth set (round 9), written blind to estimate the hidden figure: a
  first year of reading, in HSK 2-5 textbook dialogues and graded readers, workplace email and
  chat, recipes and instructions, travel and short news, many words in two senses.
* ``fresh23``: a twenty-fifth set (round 9), written blind to estimate the hidden figure: the
  words issue 10 names and their neighbours in two or three new contexts each, then common
  HSK 1-5 characters and words with several senses, in everyday, news, story and textbook
  sentences.
* ``fresh24``: a twenty-sixth set (round 9), written blind to estimate the hidden figure: a
  third HSK 3-6 reading passages (essays, biographies, popular science), a third everyday
  conversation at home, in shops, at the doctor's and at work, a third modern fiction
  narration, many words in two senses.
* ``fresh25``: a twenty-seventh set (round 9), written blind to estimate the hidden figure: a
  third single characters with many everyday senses, a third everyday two-character words, a
  third news, business and technology words, many words in two senses.
* ``fresh26``: a twenty-eighth set (round 9), written blind to estimate the hidden figure: a
  half modern literary prose and essays, a quarter formal writing and official notices, a
  quarter business and finance; many single characters with several senses, many words in two
  senses.
* ``fresh27``: a twenty-ninth set (round 9), written blind to estimate the hidden figure:
  everyday sentences at home, at school, at work, in shops, travelling, at the doctor's and
  about feelings; many single characters (verbs, adjectives, measure words) and a few adverbs,
  most words in two or three senses or readings.
* ``fresh28``: a thirtieth set, written blind on 2026-12-04 to estimate the hidden figure: at
  work and in the office, at the hospital and the pharmacy, transport, relationships and
  feelings in conversation, short news (economy, weather, sport, society); half single
  characters with several senses or readings, half two-character words whose senses differ.
* ``fresh29``: a thirty-first set, written blind on 2026-12-04 to estimate the hidden figure:
  society, environment and education, science and technology explained simply, history and
  culture, family life and children, money, shopping and banking; half single characters with
  several senses or readings, half two-character words whose senses differ.
* ``fresh30``: a thirty-second set, written blind on 2026-12-04 to estimate the hidden figure:
  HSK 2-4 textbook dialogues (campus, renting a flat, the post office, the library), food,
  cooking and restaurants, sport, games and hobbies, online life (social media, phones, apps,
  gaming, livestreams), weather, nature and animals; half single characters with several
  senses or readings, half two-character words whose senses differ.
* ``fresh31``: a thirty-third set, written blind on 2026-12-04 to estimate the hidden figure:
  modern literary prose and essays (people, landscapes, memories), formal written Chinese
  (official notices, regulations, announcements), newspaper reporting (society, accidents,
  culture, economy), spoken colloquial Chinese with a northern flavour, everyday uses of
  common verbs (打, 开, 走, 上, 下, 来, 去, 出, 起, 过, 回, 着, 住, 掉); half single characters with
  several senses or readings, half two-character words whose senses differ.
* ``fresh32``: a thirty-fourth set, written blind on 2026-12-04, the last of round 10: words
  drawn at random from the HSK 1-5 vocabulary (at least two CC-CEDICT senses or readings),
  one ordinary sentence each as in graded readers, learner news, blogs and chat, in whatever
  sense is natural there; 46 single characters, 64 two-character words.
* ``fresh33``: a thirty-fifth set, written blind on 2026-12-04: words drawn at random from
  the HSK 3.0 levels 4-6 and 7-9 (at least two CC-CEDICT senses or readings), one sentence
  each as in newspapers, essays, reports, novels and textbooks for intermediate-advanced
  learners; 44 single characters, 66 two-character words.
* ``fresh34``: a thirty-sixth set, written blind on 2026-12-04, the last table of round 10:
  words drawn at random (seed 34120426) from the HSK 3.0 levels 1-6 (at least two CC-CEDICT
  senses or readings), one sentence each, a third conversation and chat, a third news, blogs
  and essays, a third fiction and graded readers; measured once on the final code.
* ``fresh35``: a thirty-seventh set, written blind on 2026-12-04 after round 10's last change:
  words drawn at random (seed 35) from the HSK 2.0 levels 1-6 (at least two CC-CEDICT senses
  or readings), one sentence each as in graded readers, textbooks, chat and simple news;
  15 single characters, 95 longer words; measured once.

Three figures per table:

* **dictionary order**: CC-CEDICT's first sense of the reading (after compaction), what
  cards showed before sense choice;
* **sense choice, given reading**: flashcards.senses with the row's reading and its own
  segmentation: the choice alone;
* **end to end**: as a build does it: the pipeline's segmentation of the sentence with
  transparent compounds split into their parts (一把 → 一 + 把, as notes are made), the
  reading readings.py picks, the gloss the note shows. A row fails when the word is inside a
  longer token, when the reading is not the row's (where the row gives one), or when the
  lead sense is another. ``--wrong`` says which.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from flashcards import gloss, lexicon  # noqa: E402
from flashcards.compounds import split_compounds  # noqa: E402
from flashcards.notes import NoteOptions, word_gloss, word_info  # noqa: E402
from flashcards.sentences import Sentence  # noqa: E402
from flashcards.tokens import tokenize  # noqa: E402


def tables() -> dict[str, list[tuple[str, str, str | None, str]]]:
    from senses_heldout import FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29, FRESH30, FRESH31, FRESH32, FRESH33, FRESH34, FRESH35, HELD_OUT
    from test_senses import ROWS

    return {"old": ROWS, "heldout": HELD_OUT, "fresh": FRESH, "fresh2": FRESH2, "fresh3": FRESH3, "fresh4": FRESH4, "fresh5": FRESH5, "fresh6": FRESH6, "fresh7": FRESH7, "fresh8": FRESH8, "fresh9": FRESH9, "fresh10": FRESH10, "fresh11": FRESH11, "fresh12": FRESH12, "fresh13": FRESH13, "fresh14": FRESH14, "fresh15": FRESH15, "fresh16": FRESH16, "fresh17": FRESH17, "fresh18": FRESH18, "fresh19": FRESH19, "fresh20": FRESH20, "fresh21": FRESH21, "fresh22": FRESH22, "fresh23": FRESH23, "fresh24": FRESH24, "fresh25": FRESH25, "fresh26": FRESH26, "fresh27": FRESH27, "fresh28": FRESH28, "fresh29": FRESH29, "fresh30": FRESH30, "fresh31": FRESH31, "fresh32": FRESH32, "fresh33": FRESH33, "fresh34": FRESH34, "fresh35": FRESH35}


def matches(expected: str, got: str) -> bool:
    """``expected`` is one phrase or several separated by "|": any one in ``got`` ("=x":
    ``got`` is exactly x, for a sense as short as "to")."""
    return any(got == phrase[1:] if phrase.startswith("=") else phrase in got for phrase in expected.split("|"))


def given_reading(sentence: str, word: str, reading: str | None) -> str:
    from test_senses import lead_sense

    return lead_sense(sentence, word, reading)


def dictionary_first(sentence: str, word: str, reading: str | None) -> str:
    info = lexicon.lookup(word)
    syllables = tuple(reading.split()) if reading else info.syllables
    every = gloss.clean_senses(word, gloss.reading_senses(word, syllables, info.senses), (info.traditional,))
    return gloss.compact(word, every).front[0] if every else ""


def end_to_end(sentence: str, word: str, reading: str | None) -> str:
    ts = split_compounds(tokenize([Sentence(sentence.replace(" ", ""), "table", 0)]))[0]
    if word not in ts.tokens:
        return f"(not a token: {' '.join(ts.tokens)})"
    options = NoteOptions(deck="eval")
    info = word_info(word, options, ts.tokens)
    if reading and tuple(s.lower() for s in info.syllables) != tuple(reading.split()):
        return f"(reading {' '.join(info.syllables)})"
    return word_gloss(info, options, ts.tokens).front[0]


METHODS = {
    "dictionary order": dictionary_first,
    "sense choice, given reading": given_reading,
    "end to end": end_to_end,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--table", choices=(*tables(), "all"), default="all")
    parser.add_argument("--wrong", action="store_true", help="list the rows each method gets wrong")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    chosen = tables() if args.table == "all" else {args.table: tables()[args.table]}
    for table, rows in chosen.items():
        print(f"{table} table ({len(rows)} rows)")
        for name, method in METHODS.items():
            wrong = []
            for sentence, word, reading, expected in rows:
                got = method(sentence, word, reading)
                if not matches(expected, got):
                    wrong.append(f"{sentence.replace(' ', '')}  {word} {reading or ''}: {got!r}, want {expected!r}")
            right = len(rows) - len(wrong)
            print(f"  {name:30s} {right:3d} / {len(rows)}  {100 * right / len(rows):5.1f}%")
            if args.wrong:
                for line in wrong:
                    print("      ", line)
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
