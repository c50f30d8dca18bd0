"""Audio through the whole build: the real edge-tts client against a fake service on
127.0.0.1, the package imported into a real Anki collection."""

from __future__ import annotations

import re
from pathlib import Path

from anki_helpers import import_package, new_collection, notes_by_field
from flashcards.audio import AudioSettings
from flashcards.build import BuildOptions, build_deck

SOURCE = "我们一起学习中文。老师说中文很有意思！我的朋友也喜欢学习。"


def _build(tmp_path: Path, out: Path, **audio: object):
    source = tmp_path / "lesson.txt"
    source.write_text(SOURCE, encoding="utf-8")
    settings = AudioSettings(engine="edge", cache_dir=tmp_path / "audio", timeout=5.0, backoff=0.01, **audio)
    return build_deck(BuildOptions(inputs=(str(source),), output=out, audio=settings, timestamp=1_750_000_000))


def test_audio_lands_in_anki_media_and_fields(tmp_path, fake_edge_tts):
    server = fake_edge_tts()
    out = tmp_path / "lesson.apkg"
    report = _build(tmp_path, out)
    assert report.audio is not None and "failed" in report.audio
    col = new_collection(tmp_path)
    import_package(col, out)
    media_dir = Path(col.media.dir())
    vocab = notes_by_field(col, "flashcards vocabulary", "Simplified")
    assert vocab, "no vocabulary notes"
    for word, note in vocab.items():
        sounds = re.findall(r"\[sound:([^\]]+)\]", note["WordAudio"])
        assert len(sounds) == 1, (word, note["WordAudio"])
        assert (media_dir / sounds[0]).stat().st_size > 0
        assert re.fullmatch(r"\[sound:[^\]]+\]", note["ExampleAudio"])
        # a listening card exists because the word has audio
        assert {c.template()["name"] for c in note.cards()} == {"Recognition", "Production", "Listening"}
    for nid in col.find_notes('"note:flashcards cloze"'):
        note = col.get_note(nid)
        name = re.fullmatch(r"\[sound:([^\]]+)\]", note["SentenceAudio"]).group(1)
        assert (media_dir / name).is_file()
        assert "[anki:play" in note.cards()[0].answer()  # Anki turned the tag into a play button
    # one request per distinct word and example sentence, nothing more
    sentence_clips = {col.get_note(i)["SentenceAudio"] for i in col.find_notes('"note:flashcards cloze"')}
    assert len(sentence_clips) == 3  # the text's three sentences, each voiced once
    assert server.connections == len(vocab) + len(sentence_clips)
    col.close()


def test_warm_cache_rebuild_makes_no_request(tmp_path, fake_edge_tts):
    server = fake_edge_tts()
    first = _build(tmp_path, tmp_path / "one.apkg")
    made = server.connections
    assert made > 0
    second = _build(tmp_path, tmp_path / "two.apkg")
    assert server.connections == made
    assert "0 made" in second.audio and f"{made} cached" in second.audio
    assert first.notes == second.notes


def test_offline_auto_builds_without_audio(tmp_path, monkeypatch):
    from fake_edge_tts import free_port

    monkeypatch.setenv("FLASHCARDS_EDGE_TTS_URL", f"ws://127.0.0.1:{free_port()}/tts")
    source = tmp_path / "lesson.txt"
    source.write_text(SOURCE, encoding="utf-8")
    out = tmp_path / "offline.apkg"
    settings = AudioSettings(engine="auto", cache_dir=tmp_path / "audio", timeout=5.0, connect_timeout=2.0)
    report = build_deck(BuildOptions(inputs=(str(source),), output=out, audio=settings))
    assert "offline" in report.audio
    col = new_collection(tmp_path)
    import_package(col, out)
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        assert all("[sound:" not in value for value in note.fields)
    assert not any(c.template()["name"] == "Listening" for c in (col.get_card(i) for i in col.find_cards("")))
    assert list((tmp_path / "audio").glob("*")) == [] or all(p.stat().st_size > 0 for p in (tmp_path / "audio").iterdir())
    col.close()
