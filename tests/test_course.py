"""Study sets: recipes → course packages that update cleanly in a real Anki collection."""

import csv
import json
import shutil
import time
from pathlib import Path

import pytest

from anki_helpers import import_package, new_collection, notes_by_field
from conftest import ROOT, TEXTS
from flashcards.course import build_course, export_word_lists, plan_course
from flashcards.recipe import load_recipe

T1 = 1_750_000_000.0
DAY = 86_400
VOCAB, CLOZE = "flashcards vocabulary", "flashcards cloze"


def write_recipe(folder: Path, lessons: list[dict], overrides: dict | None = None, **course) -> Path:
    """A recipe file in ``folder`` (texts are paths relative to it)."""
    settings = {"id": "test-course", "title": "Test course", **course}
    lines = ["[course]"] + [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in settings.items()]
    if overrides:
        lines += ["[overrides]"] + [f'"{k}" = {json.dumps(v, ensure_ascii=False)}' for k, v in overrides.items()]
    for lesson in lessons:
        lines.append("[[lesson]]")
        lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in lesson.items()]
    path = folder / "course.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def copy_texts(folder: Path) -> None:
    shutil.copytree(TEXTS, folder / "texts", dirs_exist_ok=True)


LESSON_1 = {"name": "Industrial internet", "sources": ["texts/industrial_internet.txt"], "include": ["区块链"]}
LESSON_2 = {"name": "Livestream", "sources": ["texts/livestream_ecommerce.txt"]}
COURSE = {"min_level": 4, "limit": 25, "cards": ["recognition", "production", "cloze"]}


def guid_of(col, nid) -> str:
    return col.get_note(nid).guid


def answer_first_card(col, deck: str) -> int:
    """Study one card of ``deck`` the way a student would: the scheduler's next card, 'Good'."""
    from anki.scheduler.v3 import CardAnswer

    col.decks.select(col.decks.id_for_name(deck))
    queued = col.sched.get_queued_cards(fetch_limit=1).cards[0]
    card = col.get_card(queued.card.id)
    card.start_timer()
    col.sched.answer_card(col.sched.build_answer(card=card, states=queued.states, rating=CardAnswer.GOOD))
    return card.id


def test_version_2_updates_only_what_changed(tmp_path):
    copy_texts(tmp_path)
    recipe_path = write_recipe(tmp_path, [LESSON_1], **COURSE)
    v1 = tmp_path / "v1.apkg"
    r1 = build_course(load_recipe(recipe_path), v1, clock=lambda: T1)
    assert r1.changed == () and len(r1.added) == r1.lessons[0].notes > 0

    col = new_collection(tmp_path)
    import_package(col, v1)
    count_v1 = col.note_count()
    assert count_v1 == len(r1.added)
    vocab = notes_by_field(col, VOCAB, "Simplified")

    # A student writes their own meaning into one note …
    edited_word = next(w for w in vocab if w != "区块链")
    edited = vocab[edited_word]
    edited["Meaning"] = "my own words for it"
    col.update_note(edited)
    # … has reviewed 区块链 for a while, and studies one more card with the scheduler.
    chain_card = vocab["区块链"].cards()[0]
    chain_card.type, chain_card.queue, chain_card.ivl, chain_card.due = 2, 2, 10, col.sched.today + 10
    col.update_card(chain_card)
    studied = answer_first_card(col, "Test course::01 Industrial internet")
    studied_state = (lambda c: (c.type, c.queue, c.reps, c.due, c.ivl))(col.get_card(studied))
    assert studied != chain_card.id and studied_state[:3] == (1, 1, 1)  # learning, after one answer

    # Version 2, built after the student's edit: the teacher overrides a gloss, adds a lesson.
    t2 = time.time() + DAY
    write_recipe(tmp_path, [LESSON_1, LESSON_2], overrides={"区块链": "blockchain (distributed ledger)"}, **COURSE)
    v2 = tmp_path / "v2.apkg"
    r2 = build_course(load_recipe(recipe_path), v2, clock=lambda: t2)
    lock = json.loads((tmp_path / "course.lock.json").read_text(encoding="utf-8"))["notes"]
    assert sorted(lock[g]["label"].split(" in ")[0] for g in r2.changed) == ["cloze: 区块链", "vocab: 区块链"]
    assert r2.added and all(lock[g]["mod"] == int(t2) for g in r2.added + r2.changed)
    assert all(lock[g]["mod"] == int(T1) for g in r2.unchanged)

    log = import_package(col, v2)
    assert {guid_of(col, n.id.nid) for n in log.updated} == set(r2.changed)
    assert len(log.new) == len(r2.added)
    # no duplicates: every GUID and every headword once
    guids = [guid_of(col, nid) for nid in col.find_notes("")]
    assert len(guids) == len(set(guids)) == count_v1 + len(r2.added)
    headwords = [col.get_note(nid)["Simplified"] for nid in col.find_notes(f'"note:{VOCAB}"')]
    assert len(headwords) == len(set(headwords))

    vocab = notes_by_field(col, VOCAB, "Simplified")
    assert vocab["区块链"]["Meaning"] == "blockchain (distributed ledger)"
    assert vocab[edited_word]["Meaning"] == "my own words for it"  # the student's edit survives
    new_deck = col.decks.id_for_name("Test course::02 Livestream")
    assert new_deck and len(col.find_notes('deck:"Test course::02 Livestream"')) == r2.lessons[1].notes
    # scheduling kept, for an untouched card and for a card whose note was updated
    assert (lambda c: (c.type, c.queue, c.reps, c.due, c.ivl))(col.get_card(studied)) == studied_state
    chain_card = col.get_card(chain_card.id)
    assert (chain_card.type, chain_card.queue, chain_card.ivl) == (2, 2, 10)

    # Handing out v2 again, or an unchanged v3 built later, touches nothing.
    v3 = tmp_path / "v3.apkg"
    lock_bytes = (tmp_path / "course.lock.json").read_bytes()
    r3 = build_course(load_recipe(recipe_path), v3, clock=lambda: t2 + DAY)
    assert r3.added == r3.changed == ()
    assert (tmp_path / "course.lock.json").read_bytes() == lock_bytes
    for package in (v2, v3):
        log = import_package(col, package)
        assert len(log.new) == len(log.updated) == 0
    assert notes_by_field(col, VOCAB, "Simplified")[edited_word]["Meaning"] == "my own words for it"
    col.close()


def test_change_within_the_same_second_still_updates(tmp_path):
    (tmp_path / "a.txt").write_text("我们学习区块链技术。区块链改变了金融行业。", encoding="utf-8")
    recipe_path = write_recipe(tmp_path, [{"name": "One", "sources": ["a.txt"]}], cards=["recognition"])
    build_course(load_recipe(recipe_path), tmp_path / "v1.apkg", clock=lambda: T1)
    write_recipe(tmp_path, [{"name": "One", "sources": ["a.txt"]}], overrides={"区块链": "ledger"}, cards=["recognition"])
    r2 = build_course(load_recipe(recipe_path), tmp_path / "v2.apkg", clock=lambda: T1 + 0.5)
    assert len(r2.changed) == 1
    col = new_collection(tmp_path)
    import_package(col, tmp_path / "v1.apkg")
    log = import_package(col, tmp_path / "v2.apkg")
    assert len(log.updated) == 1
    assert notes_by_field(col, VOCAB, "Simplified")["区块链"]["Meaning"] == "ledger"
    col.close()


def _words_by_lesson(plan):
    return [{w.word for w in lesson.new_words} for lesson in plan.lessons]


@pytest.fixture
def small_course(tmp_path):
    (tmp_path / "one.txt").write_text("我们学习区块链技术。区块链改变了金融行业。", encoding="utf-8")
    (tmp_path / "two.txt").write_text("区块链也改变了电商。直播带货很流行。金融行业在变化。", encoding="utf-8")
    lessons = [{"name": "One", "sources": ["one.txt"]}, {"name": "Two", "sources": ["two.txt"]}]
    return tmp_path, lessons


def test_word_is_introduced_once(small_course):
    folder, lessons = small_course
    plan = plan_course(load_recipe(write_recipe(folder, lessons)))
    one, two = _words_by_lesson(plan)
    assert {"区块链", "金融", "行业", "改变"} <= one
    assert one.isdisjoint(two)
    assert {"电商", "流行", "变化"} <= two
    # the earlier word comes back in lesson 2 as cloze practice in a lesson-2 sentence
    review = {w.word: w for w in plan.lessons[1].review_words}
    assert {"区块链", "金融", "行业", "改变"} <= set(review)
    sentence = plan.lessons[1].tokenized[review["区块链"].examples[0]].sentence.text
    assert sentence == "区块链也改变了电商。"


def test_course_package_has_one_vocabulary_note_per_word(small_course, tmp_path):
    folder, lessons = small_course
    report = build_course(load_recipe(write_recipe(folder, lessons)), folder / "c.apkg", clock=lambda: T1)
    col = new_collection(tmp_path)
    import_package(col, folder / "c.apkg")
    decks = {}
    for nid in col.find_notes(f'"note:{VOCAB}"'):
        note = col.get_note(nid)
        decks.setdefault(note["Simplified"], set()).add(col.decks.name(note.cards()[0].did))
    assert all(len(d) == 1 for d in decks.values())
    assert decks["区块链"] == {"Test course::01 One"}
    cloze = [col.get_note(n) for n in col.find_notes(f'"note:{CLOZE}" Word:区块链')]
    assert sorted(col.decks.name(n.cards()[0].did) for n in cloze) == ["Test course::01 One", "Test course::02 Two"]
    assert col.note_count() == sum(lesson.notes for lesson in report.lessons)
    col.close()


def test_review_cloze_off_and_exclude_and_include(small_course):
    folder, lessons = small_course
    lessons[0]["exclude"] = ["金融"]
    lessons[0]["include"] = ["数字货币"]  # not in the text: a vocabulary note without example
    plan = plan_course(load_recipe(write_recipe(folder, lessons, review_cloze=False)))
    one, two = _words_by_lesson(plan)
    assert "金融" not in one and "金融" in two  # excluded from lesson 1, introduced in lesson 2
    assert "数字货币" in one
    assert [w.examples for w in plan.lessons[0].new_words if w.word == "数字货币"] == [()]
    assert plan.lessons[1].review_words == ()


def test_include_beats_the_level_band(small_course):
    folder, lessons = small_course
    lessons[0]["include"] = ["我们"]  # HSK 1, below the band
    plan = plan_course(load_recipe(write_recipe(folder, lessons, min_level=4)))
    one, _ = _words_by_lesson(plan)
    assert "我们" in one and "学习" not in one


def test_known_words_are_never_introduced(small_course):
    folder, lessons = small_course
    plan = plan_course(load_recipe(write_recipe(folder, lessons)), known=frozenset({"区块链", "电商"}))
    one, two = _words_by_lesson(plan)
    assert "区块链" not in one | two and "电商" not in two
    assert "区块链" not in {w.word for w in plan.lessons[1].review_words}


def test_course_id_namespaces_guids(small_course):
    from flashcards.course import course_notes

    folder, lessons = small_course
    a = {n.guid for n in course_notes(plan_course(load_recipe(write_recipe(folder, lessons, id="course-a"))))}
    b = {n.guid for n in course_notes(plan_course(load_recipe(write_recipe(folder, lessons, id="course-b"))))}
    assert a and b and a.isdisjoint(b)


def test_lock_guards_against_a_changed_course_id(small_course):
    from flashcards.errors import RecipeError

    folder, lessons = small_course
    build_course(load_recipe(write_recipe(folder, lessons, id="course-a")), folder / "a.apkg", clock=lambda: T1)
    with pytest.raises(RecipeError, match="course id changed from 'course-a' to 'course-b'"):
        build_course(load_recipe(write_recipe(folder, lessons, id="course-b")), folder / "b.apkg", clock=lambda: T1)
    assert not (folder / "b.apkg").exists()


def test_lesson_removed_keeps_its_notes_in_the_lock(small_course):
    folder, lessons = small_course
    r1 = build_course(load_recipe(write_recipe(folder, lessons)), folder / "v1.apkg", clock=lambda: T1)
    r2 = build_course(load_recipe(write_recipe(folder, lessons[:1])), folder / "v2.apkg", clock=lambda: T1 + DAY)
    assert r2.removed and not r2.changed and not r2.added
    lock = json.loads((folder / "course.lock.json").read_text(encoding="utf-8"))["notes"]
    assert all(lock[g]["removed"] == int(T1 + DAY) for g in r2.removed)
    # putting the lesson back restores the old mods: students' copies are not touched
    r3 = build_course(load_recipe(write_recipe(folder, lessons)), folder / "v3.apkg", clock=lambda: T1 + 2 * DAY)
    assert not r3.added and not r3.changed and len(r3.unchanged) == len(r1.added)


# -- the example recipe shipped in decks/ ---------------------------------------------------


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """decks/ copied aside, so building never writes a lock into the repository."""
    folder = tmp_path_factory.mktemp("decks")
    shutil.copy(ROOT / "decks" / "digital-economy.toml", folder)
    copy_texts(folder)
    recipe = load_recipe(folder / "digital-economy.toml")
    report = build_course(recipe, folder / "digital-economy.apkg", clock=lambda: T1)
    return recipe, report


def test_example_recipe_builds(example, tmp_path):
    recipe, report = example
    assert [lesson.deck for lesson in report.lessons] == [
        "Digital economy::01 Industrial internet",
        "Digital economy::02 Livestream e-commerce",
    ]
    assert all(lesson.new_words > 0 for lesson in report.lessons)
    assert "区块链" not in report.unused_overrides
    assert recipe.audio is not None and recipe.audio.voice == "zh-CN-XiaoxiaoNeural"
    assert recipe.lock_path.is_file()
    col = new_collection(tmp_path)
    import_package(col, report.output)
    vocab = notes_by_field(col, VOCAB, "Simplified")
    assert vocab["区块链"]["Meaning"] == "blockchain (distributed ledger)"
    assert "数字货币" in vocab  # included although outside HSK
    for lesson in report.lessons:
        assert len(col.find_notes(f'"deck:{lesson.deck}"')) == lesson.notes
    col.close()


def test_example_word_lists(example, tmp_path):
    recipe, report = example
    paths = export_word_lists(recipe, tmp_path)
    assert [p.name for p in paths] == [
        "digital-economy-01-industrial-internet.tsv",
        "digital-economy-02-livestream-e-commerce.tsv",
    ]
    for path, lesson in zip(paths, report.lessons):
        rows = list(csv.reader(path.open(encoding="utf-8"), delimiter="\t"))
        assert rows[0] == ["hanzi", "pinyin", "meaning", "HSK 3.0"]
        assert len(rows) - 1 == lesson.new_words
        assert all(len(row) == 4 and row[0] and row[1] for row in rows[1:])
    first = {row[0]: row for row in csv.reader(paths[0].open(encoding="utf-8"), delimiter="\t")}
    assert first["区块链"][2] == "blockchain (distributed ledger)"
    assert first["区块链"][3] == ""  # outside HSK
    assert {row[3] for row in first.values()} - {"", "HSK 3.0"} <= {"4", "5", "6", "7-9"}  # min_level = 4
    csv_paths = export_word_lists(recipe, tmp_path, fmt="csv")
    assert csv_paths[0].read_bytes().startswith(b"\xef\xbb\xbfhanzi,pinyin,meaning")



def test_export_creates_the_handout_folder(example, tmp_path):
    recipe, _ = example
    folder = tmp_path / "handouts" / "week1"
    paths = export_word_lists(recipe, folder)
    assert paths and all(p.parent == folder and p.stat().st_size > 0 for p in paths)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(Exception, match="not a directory"):
        export_word_lists(recipe, blocker)


def test_the_shipped_lock_matches_what_a_fresh_clone_builds(tmp_path):
    """decks/digital-economy.lock.json is what a teacher commits: rebuilding the example from
    a clean clone must find every note unchanged (else students get spurious updates)."""
    folder = tmp_path / "decks"
    folder.mkdir()
    for name in ("digital-economy.toml", "digital-economy.lock.json"):
        shutil.copy(ROOT / "decks" / name, folder)
    copy_texts(folder)
    report = build_course(load_recipe(folder / "digital-economy.toml"), tmp_path / "out.apkg", clock=lambda: T1)
    assert (len(report.added), len(report.changed)) == (0, 0), (report.added[:3], report.changed[:3])
    assert report.unchanged


def test_recipe_script_and_palette_reach_the_package(small_course, tmp_path):
    folder, lessons = small_course
    recipe = load_recipe(write_recipe(folder, lessons, script="traditional", tone_palette="cvd"))
    assert (recipe.script, recipe.tone_palette) == ("traditional", "cvd")
    report = build_course(recipe, tmp_path / "out.apkg", clock=lambda: T1)
    col = new_collection(tmp_path / "col")
    import_package(col, report.output)
    vocab = notes_by_field(col, VOCAB, "Simplified")
    assert "區塊鏈" in vocab["区块链"]["Example"]  # the cards show the traditional script
    css = {m["css"] for m in col.models.all() if m["name"].startswith("flashcards")}
    from flashcards.notetypes import note_types

    assert any(nt.css in css for nt in note_types(True, "cvd").values())
    col.close()
