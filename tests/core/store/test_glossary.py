"""The glossary database, on real SQLite files."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from reader.core import paths
from reader.core.errors import InputError, StoreError
from reader.core.models import Context, EntryDraft, Status
from reader.core.store import BUSY_TIMEOUT_S, Database, fold, lemma_key


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "glossary.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Database]:
    with Database(db_path) as opened:
        yield opened


def draft(lemma: str, sentence: str = "", *, word: str = "", **fields: Any) -> EntryDraft:
    """A draft met in "Le Monde"; without a sentence it has no context."""
    word = word or lemma
    context = Context(sentence, word, "Le Monde", "/a/monde.txt") if sentence else None
    return EntryDraft(word=word, lemma=lemma, context=context, **fields)


# ------------------------------------------------------------------ save


def test_save_returns_the_stored_entry(store: Database) -> None:
    saved = store.glossary.save(
        draft(
            "coopération",
            "La coopération entre les deux pays s'est renforcée.",
            pos="NOUN",
            gender="feminine",
            translation="cooperation",
            grammar="feminine noun",
            tags=("politique", "B2"),
            notes="faux ami ? non",
        )
    )
    assert saved.id > 0
    assert (saved.word, saved.lemma, saved.pos, saved.gender) == (
        "coopération",
        "coopération",
        "NOUN",
        "feminine",
    )
    assert saved.translation == "cooperation"
    assert saved.tags == ("politique", "B2")
    assert saved.status is Status.LEARNING_1
    assert saved.created == saved.updated
    assert datetime.fromisoformat(saved.created).utcoffset() == timedelta(0)
    (context,) = saved.contexts
    assert context.sentence == "La coopération entre les deux pays s'est renforcée."
    assert (context.source_title, context.source_path) == ("Le Monde", "/a/monde.txt")
    assert context.created
    assert store.glossary.get(saved.id) == saved


def test_same_lemma_twice_is_one_entry_with_two_contexts(store: Database) -> None:
    first = store.glossary.save(draft("mener", "Les enquêtes ont été menées.", word="menées"))
    second = store.glossary.save(draft("mener", "Il mène la danse.", word="mène"))
    assert second.id == first.id
    assert [c.sentence for c in second.contexts] == [
        "Les enquêtes ont été menées.",
        "Il mène la danse.",
    ]
    assert second.word == "mène"
    assert second.created == first.created
    assert second.updated > first.updated
    assert len(store.glossary.entries()) == 1


def test_same_sentence_again_is_not_duplicated(store: Database) -> None:
    store.glossary.save(draft("homme", "L\u2019homme est là."))
    entry = store.glossary.save(draft("homme", "L\u2019homme est là."))
    assert len(entry.contexts) == 1


def test_resave_keeps_what_the_draft_leaves_blank(store: Database) -> None:
    store.glossary.save(draft("pêche", translation="peach", notes="pas péché", tags=("fruits",)))
    again = store.glossary.save(draft("pêche", pos="NOUN", tags=("Fruits", "été")))
    assert again.translation == "peach"
    assert again.notes == "pas péché"
    assert again.pos == "NOUN"
    assert again.tags == ("fruits", "été")


def test_resave_with_a_translation_replaces_it(store: Database) -> None:
    store.glossary.save(draft("pêche", translation="peach"))
    assert store.glossary.save(draft("pêche", translation="fishing")).translation == "fishing"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (Status.LEARNING_3, Status.LEARNING_1, Status.LEARNING_3),
        (Status.KNOWN, Status.LEARNING_1, Status.KNOWN),
        (Status.IGNORED, Status.LEARNING_1, Status.LEARNING_1),
        (Status.LEARNING_2, Status.KNOWN, Status.KNOWN),
        (Status.KNOWN, Status.NEW, Status.NEW),
    ],
)
def test_resave_does_not_lose_progress(
    store: Database, old: Status, new: Status, expected: Status
) -> None:
    store.glossary.save(draft("rencontrer", status=old))
    assert store.glossary.save(draft("rencontrer", status=new)).status is expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("élan", "Élan"),
        ("Paris", "paris"),
        ("aujourd'hui", "Aujourd'hui"),
        ("grand-mère", "Grand-mère"),
        ("c'est-à-dire", "C'EST-À-DIRE"),
        ("se rencontrer", " se rencontrer "),
        ("\u00e9t\u00e9", "e\u0301te\u0301"),  # composed and decomposed accents
    ],
)
def test_lemma_identity_ignores_case(store: Database, first: str, second: str) -> None:
    assert store.glossary.save(draft(first)).id == store.glossary.save(draft(second)).id


def test_different_accents_are_different_words(store: Database) -> None:
    assert store.glossary.save(draft("pêche")).id != store.glossary.save(draft("péché")).id


def test_text_is_kept_exactly(store: Database) -> None:
    sentence = "« L\u2019homme\u00a0? » dit-il ; jusqu'à demain\u202f!"
    entry = store.glossary.save(draft("homme", sentence, word="L\u2019homme"))
    assert entry.contexts[0].sentence == sentence
    assert entry.word == "L\u2019homme"


def test_blank_lemma_is_refused(store: Database) -> None:
    with pytest.raises(InputError, match="no dictionary form"):
        store.glossary.save(EntryDraft(word="  ", lemma=" "))


def test_a_failed_write_leaves_nothing_half_done(store: Database, db_path: Path) -> None:
    with sqlite3.connect(db_path) as other:
        other.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON contexts BEGIN SELECT RAISE(ABORT, 'no'); END"
        )
    with pytest.raises(StoreError, match="Could not save 'maison'"):
        store.glossary.save(draft("maison", "La maison est grande."))
    assert store.glossary.find_by_lemma("maison") is None
    assert store.glossary.save(draft("toit")).lemma == "toit"  # the store is still usable


def test_data_survives_reopening(db_path: Path) -> None:
    with Database(db_path) as first:
        saved = first.glossary.save(draft("ville", "En ville.", translation="town"))
    with Database(db_path) as second:
        assert second.glossary.get(saved.id) == saved


def test_open_in_uses_the_data_folder(tmp_path: Path) -> None:
    with Database.open_in(tmp_path) as store:
        store.glossary.save(draft("chat"))
    assert paths.glossary_path(tmp_path).is_file()


# ------------------------------------------------------------------ update


def test_update_changes_only_given_fields(store: Database) -> None:
    saved = store.glossary.save(
        draft("chien", "Le chien aboie.", translation="dog", tags=("animaux",))
    )
    updated = store.glossary.update(saved.id, notes="aboyer: to bark", status=Status.LEARNING_2)
    assert updated.notes == "aboyer: to bark"
    assert updated.status is Status.LEARNING_2
    assert updated.translation == "dog"
    assert updated.tags == ("animaux",)
    assert updated.contexts == saved.contexts
    assert updated.updated > saved.updated
    assert updated.created == saved.created


def test_update_replaces_tags_and_can_clear_text(store: Database) -> None:
    saved = store.glossary.save(draft("chien", translation="dog", tags=("animaux", "A1")))
    updated = store.glossary.update(saved.id, translation="", tags=["maison", "maison", " "])
    assert updated.translation == ""
    assert updated.tags == ("maison",)
    assert store.glossary.tags() == ["maison"]


def test_update_word_and_grammar(store: Database) -> None:
    saved = store.glossary.save(draft("aller", word="va"))
    updated = store.glossary.update(saved.id, word="allons", grammar="irregular verb")
    assert (updated.word, updated.grammar) == ("allons", "irregular verb")
    assert store.glossary.update(saved.id, word="  ").word == "allons"


def test_update_missing_entry(store: Database) -> None:
    with pytest.raises(StoreError, match=r"^No glossary entry with id 7\.$"):
        store.glossary.update(7, notes="x")


# ------------------------------------------------------------------ delete and undo


def test_delete_returns_everything_and_restore_puts_it_back(store: Database) -> None:
    store.glossary.save(draft("maison", "Une maison.", tags=("lieux",)))
    saved = store.glossary.save(draft("maison", "La maison bleue.", translation="house"))
    deleted = store.glossary.delete(saved.id)
    assert deleted == saved
    with pytest.raises(StoreError, match="No glossary entry"):
        store.glossary.get(saved.id)
    assert store.glossary.search("maison") == []
    restored = store.glossary.restore(deleted)
    assert restored == saved
    assert store.glossary.search("house") == [saved]


def test_restore_keeps_the_old_id_after_newer_saves(store: Database) -> None:
    store.glossary.save(draft("un"))
    newest = store.glossary.save(draft("deux"))
    deleted = store.glossary.delete(newest.id)
    other = store.glossary.save(draft("trois"))
    assert other.id != newest.id  # ids are never reused
    assert store.glossary.restore(deleted).id == newest.id


def test_restore_refuses_a_lemma_saved_again(store: Database) -> None:
    deleted = store.glossary.delete(store.glossary.save(draft("chat")).id)
    store.glossary.save(draft("Chat"))
    with pytest.raises(StoreError, match="already in the glossary"):
        store.glossary.restore(deleted)


def test_delete_removes_contexts_and_tags(store: Database, db_path: Path) -> None:
    store.glossary.delete(store.glossary.save(draft("chat", "Le chat dort.", tags=("animaux",))).id)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM contexts").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM tags").fetchone() == (0,)


def test_delete_missing_entry(store: Database) -> None:
    with pytest.raises(StoreError, match="No glossary entry with id 3"):
        store.glossary.delete(3)


# ------------------------------------------------------------------ reading


def test_get_missing_entry(store: Database) -> None:
    with pytest.raises(StoreError, match=r"^No glossary entry with id 7\.$"):
        store.glossary.get(7)


def test_find_by_lemma_and_translation_for(store: Database) -> None:
    store.glossary.save(draft("Élève", translation="pupil"))
    store.glossary.save(draft("maison"))
    found = store.glossary.find_by_lemma("élève")
    assert found is not None
    assert found.translation == "pupil"
    assert store.glossary.find_by_lemma("absent") is None
    assert store.glossary.translation_for("ÉLÈVE") == "pupil"
    assert store.glossary.translation_for("maison") is None
    assert store.glossary.translation_for("absent") is None


@pytest.fixture
def filled(store: Database) -> Database:
    store.glossary.save(
        draft("coopération", "La coopération militaire.", translation="cooperation")
    )
    store.glossary.save(draft("cœur", "Il a du cœur.", translation="heart", tags=("corps",)))
    store.glossary.save(
        draft("élève", "L'élève écrit.", translation="pupil", notes="un ou une élève")
    )
    store.glossary.save(draft("aujourd'hui", "C'est aujourd'hui.", translation="today"))
    store.glossary.save(draft("mener", "Les enquêtes menées.", word="menées", tags=("verbes",)))
    return store


@pytest.mark.parametrize(
    ("query", "lemma"),
    [
        ("coopération", "coopération"),
        ("cooperation", "coopération"),
        ("COOPERATION", "coopération"),
        ("eleve", "élève"),
        ("Élève", "élève"),
        ("coeur", "cœur"),
        ("CŒUR", "cœur"),
        ("heart", "cœur"),
        ("corps", "cœur"),
        ("une élève", "élève"),
        ("aujourd\u2019hui", "aujourd'hui"),
        ("menées", "mener"),
        ("verbes", "mener"),
        ("  today ", "aujourd'hui"),
    ],
)
def test_search_ignores_accents_and_case(filled: Database, query: str, lemma: str) -> None:
    assert [entry.lemma for entry in filled.glossary.search(query)] == [lemma]


def test_search_treats_wildcards_literally(filled: Database) -> None:
    assert filled.glossary.search("%") == []
    assert filled.glossary.search("_") == []
    filled.glossary.save(draft("pour cent", translation="100% sure"))
    assert [e.lemma for e in filled.glossary.search("0%")] == ["pour cent"]


def test_search_puts_lemma_prefix_matches_first(store: Database) -> None:
    store.glossary.save(draft("maison", translation="house"))
    store.glossary.save(draft("domicile", translation="home, house"))
    assert [e.lemma for e in store.glossary.search("mai")] == ["maison"]
    store.glossary.save(draft("hou", translation="?"))
    assert [e.lemma for e in store.glossary.search("hou")] == ["hou", "domicile", "maison"]


def test_empty_search_lists_everything(filled: Database) -> None:
    assert len(filled.glossary.search("  ")) == 5


def test_entries_newest_updated_first(filled: Database) -> None:
    assert [e.lemma for e in filled.glossary.entries()] == [
        "mener",
        "aujourd'hui",
        "élève",
        "cœur",
        "coopération",
    ]
    heart = filled.glossary.find_by_lemma("cœur")
    assert heart is not None
    filled.glossary.update(heart.id, notes="le cœur")
    assert filled.glossary.entries()[0].lemma == "cœur"


def test_entries_filters(filled: Database) -> None:
    student = filled.glossary.find_by_lemma("élève")
    assert student is not None
    filled.glossary.update(student.id, status=Status.KNOWN, tags=["école", "Corps"])
    filled.glossary.save(
        EntryDraft("bleu", "bleu", context=Context("Le ciel bleu.", "bleu", "", "/b.txt"))
    )
    assert [e.lemma for e in filled.glossary.entries(tag="corps")] == ["élève", "cœur"]
    assert [e.lemma for e in filled.glossary.entries(status=Status.KNOWN)] == ["élève"]
    assert [e.lemma for e in filled.glossary.entries(tag="CORPS", status=Status.LEARNING_1)] == [
        "cœur"
    ]
    assert len(filled.glossary.entries(source="Le Monde")) == 5
    assert [e.lemma for e in filled.glossary.entries(source="/b.txt")] == ["bleu"]
    assert filled.glossary.entries(source="Libération") == []


def test_lemmas_by_status(filled: Database) -> None:
    filled.glossary.save(draft("Paris", status=Status.IGNORED))
    statuses = filled.learning.lemmas_by_status()
    assert statuses["paris"] is Status.IGNORED
    assert statuses["cœur"] is Status.LEARNING_1
    assert statuses[lemma_key("Élève")] is Status.LEARNING_1


def test_tags_and_sources(filled: Database) -> None:
    filled.glossary.save(EntryDraft("zut", "zut", tags=("Argot",), context=Context("Zut !", "zut")))
    filled.glossary.save(
        EntryDraft("bof", "bof", context=Context("Bof.", "bof", "", "/notes/bof.txt"))
    )
    filled.glossary.save(EntryDraft("ah", "ah", context=Context("Ah !", "ah", "avril", "")))
    assert filled.glossary.tags() == ["Argot", "corps", "verbes"]
    assert filled.glossary.sources() == ["/notes/bof.txt", "avril", "Le Monde"]


def test_fold() -> None:
    assert fold("Cœur ÉLÈVE Ça l\u2019été") == "coeur eleve ca l'ete"


# ------------------------------------------------------------------ broken files


def test_corrupt_file_is_refused_and_left_alone(db_path: Path) -> None:
    garbage = bytes((index * 31 + 7) % 256 for index in range(8192))
    db_path.write_bytes(garbage)
    with pytest.raises(StoreError, match="is not a glossary database \\(file is damaged\\?\\)"):
        Database(db_path)
    assert db_path.read_bytes() == garbage
    assert not Path(f"{db_path}-wal").exists()


def test_another_programs_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as other:
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="not a glossary database"):
        Database(db_path)
    with sqlite3.connect(db_path) as other:
        tables = other.execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("invoices",)]
    assert db_path.read_bytes()[:100] == before[:100]


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        Database(blocker / "glossary.sqlite3")


def test_path_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot be opened"):
        Database(tmp_path)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs Linux /proc")
def test_unwritable_folder() -> None:
    # /proc takes no new files, even from root (tests and CI run as root here).
    with pytest.raises(StoreError):
        Database(Path("/proc/glossary.sqlite3"))


def test_locked_glossary_fails_writes_in_bounded_time(store: Database, db_path: Path) -> None:
    store.glossary.save(draft("avant"))
    locker = sqlite3.connect(db_path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        with pytest.raises(StoreError, match="in use by another program"):
            store.glossary.save(draft("pendant"))
        assert time.monotonic() - started < BUSY_TIMEOUT_S + 3
        assert store.glossary.find_by_lemma("avant") is not None  # WAL: reading still works
    finally:
        locker.close()
    assert store.glossary.save(draft("après")).lemma == "après"
    assert store.glossary.find_by_lemma("pendant") is None


def test_locked_file_cannot_be_opened_in_bounded_time(db_path: Path) -> None:
    locker = sqlite3.connect(db_path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        locker.execute("PRAGMA user_version = 0")
        started = time.monotonic()
        with pytest.raises(StoreError, match="database is locked"):
            Database(db_path)
        assert time.monotonic() - started < BUSY_TIMEOUT_S + 3
    finally:
        locker.close()
