"""Notes for card-rendering tests: real ones from the pipeline (with stand-in audio names) and
hand-made ones that push the layout (very long words, glosses, sentences, file names)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from anki_helpers import import_package, new_collection
from flashcards.pipeline import level_lookup, read_inputs, tokenize_documents as analyse
from flashcards.notes import NoteOptions, NoteSpec, escape, stable_guid
from flashcards.notetypes import CLOZE_FIELDS, SENTENCE_FIELDS, VOCAB_FIELDS
from flashcards.package import write_package
from flashcards.render import RenderedCard
from flashcards.selection import SelectionOptions, select_words

TEXT = Path(__file__).resolve().parents[1] / "decks" / "texts" / "livestream_ecommerce.txt"
DECK = "layout"


def fake_audio(text: str) -> str:
    """A media name per text, as the audio stage would give; no file is needed to render."""
    return "fc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12] + ".mp3"


def pipeline_notes(words: int = 4, audio: bool = True, pinyin_style: str = "marks") -> list[NoteSpec]:
    """Vocabulary, cloze and sentence notes for the first ``words`` words of the sample text."""
    from flashcards.build import make_notes

    tokenized = analyse(read_inputs([str(TEXT)]))
    selected = select_words(tokenized, SelectionOptions(min_level=2, limit=words), level_lookup("3.0"))
    options = NoteOptions(
        deck=DECK,
        cards=("recognition", "production", "listening", "cloze", "sentence"),
        pinyin_style=pinyin_style,
        audio=fake_audio if audio else (lambda text: None),
    )
    return make_notes(tokenized, selected, options)


def _spec(kind: str, names: tuple[str, ...], guid: str, **values: str) -> NoteSpec:
    unknown = set(values) - set(names)
    assert not unknown, unknown
    return NoteSpec(kind, stable_guid(kind, guid), tuple(values.get(f, "") for f in names), (), DECK)


LONG_WORD = "中华人民共和国国务院新闻办公室"
LONG_LATIN = "pneumonoultramicroscopicsilicovolcanoconiosis" * 2
LONG_SOURCE = "an_extremely_long_subtitle_file_name_without_any_spaces_whatsoever_episode_01.srt 00:01:02"
LONG_SENTENCE = (
    "根据国务院新闻办公室今天发布的消息，" + LONG_WORD + "将在https://example.com/a/very/long/path/"
    "without/any/spaces/at/all/0123456789abcdef上公布全文，并且欢迎大家在评论区里继续讨论这个问题。"
)


def stress_notes() -> list[NoteSpec]:
    tones = "".join(f'<span class="tone{(i % 5) + 1}">{ch}</span>' for i, ch in enumerate(LONG_WORD))
    pinyin = "".join(f'<span class="tone{(i % 5) + 1}">zhōng</span>' for i in range(len(LONG_WORD)))
    vocab = _spec(
        "vocab", VOCAB_FIELDS, "stress",
        Simplified=LONG_WORD, Traditional="中華人民共和國國務院新聞辦公室", HanziColored=tones,
        Pinyin=pinyin, PinyinPlain="zhōng" * len(LONG_WORD),
        Meaning=escape(f"State Council Information Office; {LONG_LATIN}; " + "a gloss that goes on; " * 12),
        MeasureWords=escape("个, 位, 名, 条, 件, 张, 把, 本, 台, 辆, 架, 艘, 座, 所, 家, 间, 层, 道, 门, 项"),
        HSK="HSK 3.0 · 7-9", Example=escape(LONG_SENTENCE).replace(LONG_WORD, f'<span class="target">{LONG_WORD}</span>'),
        ExamplePinyin=escape("gēnjù guówùyuàn xīnwén bàngōngshì jīntiān fābù de xiāoxi , " * 3),
        Source=escape(LONG_SOURCE), WordAudio="[sound:long-word.mp3]", ExampleAudio="[sound:long-example.mp3]",
        MakeRecognition="y", MakeProduction="y", MakeListening="y",
    )
    cloze = _spec(
        "cloze", CLOZE_FIELDS, "stress",
        Text=escape(LONG_SENTENCE).replace(LONG_WORD, "{{c1::" + LONG_WORD + "::" + escape(LONG_LATIN) + "}}", 1),
        SentencePinyin=escape("gēnjù guówùyuàn xīnwén bàngōngshì " * 4 + "zhōng" * len(LONG_WORD) + " jiāng zài ."),
        Word=LONG_WORD, WordPinyin=pinyin,
        Meaning=escape(LONG_LATIN), HSK="HSK 3.0 · 7-9", Source=escape(LONG_SOURCE),
        SentenceAudio="[sound:long-sentence.mp3]", WordAudio="[sound:long-word.mp3]",
    )
    glossary = "<br>".join(
        f'{w} <span class="tone1">pīn</span><span class="tone4">yìn</span> — {escape(LONG_LATIN)}; meaning {i}'
        for i, w in enumerate(["根据", "国务院", "新闻", LONG_WORD, "评论区"])
    )
    sentence = _spec(
        "sentence", SENTENCE_FIELDS, "stress",
        Sentence=escape(LONG_SENTENCE), SentencePinyin=escape("gēnjù guówùyuàn xīnwén bàngōngshì " * 8),
        Glossary=glossary, Source=escape(LONG_SOURCE), SentenceAudio="[sound:long-sentence.mp3]",
    )
    return [vocab, cloze, sentence]


def plain_note() -> NoteSpec:
    """A word written the same in both scripts, with no audio, measure words or example."""
    return _spec(
        "vocab", VOCAB_FIELDS, "plain",
        Simplified="你好", Traditional="你好",
        HanziColored='<span class="tone3">你</span><span class="tone3">好</span>',
        Pinyin='<span class="tone3">nǐ</span><span class="tone3">hǎo</span>', PinyinPlain="nǐhǎo",
        Meaning="hello; hi", HSK="HSK 3.0 · 1", MakeRecognition="y", MakeProduction="y", MakeListening="y",
    )


@dataclass(frozen=True)
class AnkiCard:
    """A card as the real Anki rendered it."""

    kind: str              # note kind: vocab, cloze, sentence
    guid: str
    fields: dict[str, str]
    card: RenderedCard
    css: str


def anki_cards(notes: list[NoteSpec], tmp: Path, tone_colors: bool = True) -> list[AnkiCard]:
    """Package ``notes``, import them into a fresh collection, render every card with Anki."""
    tmp.mkdir(parents=True, exist_ok=True)
    package = tmp / "cards.apkg"
    write_package(notes, package, timestamp=1_750_000_000.0, tone_colors=tone_colors)
    col = new_collection(tmp)
    try:
        import_package(col, package)
        kinds = {"flashcards vocabulary": "vocab", "flashcards cloze": "cloze", "flashcards sentence": "sentence"}
        out = []
        for cid in sorted(col.find_cards("")):
            card = col.get_card(cid)
            note = card.note()
            r = card.render_output()
            rendered = RenderedCard(
                card.template()["name"], card.ord, r.question_text, r.answer_text,
                tuple(t.filename for t in r.question_av_tags), tuple(t.filename for t in r.answer_av_tags),
            )
            out.append(AnkiCard(kinds[note.note_type()["name"]], note.guid, dict(note.items()), rendered, r.css))
        return out
    finally:
        col.close()
