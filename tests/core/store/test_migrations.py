"""Schema upgrades: numbered SQL files, each applied with its version bump or not at all."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reader.core.errors import StoreError
from reader.core.learning.schedule import due_entries
from reader.core.models import EntryDraft, Status
from reader.core.store import LATEST_VERSION, Database
from reader.core.store.migrations import (
    MIGRATIONS_DIR,
    migrate,
    migration_files,
    schema_version,
    split_statements,
)


def version_of(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return schema_version(conn)


def schema_of(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


NEXT = LATEST_VERSION + 1


def migrations_with(tmp_path: Path, **extra: str) -> Path:
    """The shipped migrations plus extra files named after the next version, e.g.
    add_ipa="ALTER TABLE ..." becomes 0003_add_ipa.sql when the newest shipped one is 0002."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for _, path in migration_files():
        shutil.copy(path, folder / path.name)
    for name, sql in extra.items():
        (folder / f"{NEXT:04d}_{name}.sql").write_text(sql, encoding="utf-8")
    return folder


def test_tripwire_newest_version() -> None:
    # A new migration file? Add an upgrade test from the previous version, then move this pin.
    assert LATEST_VERSION == 6


def test_shipped_files_lead_to_latest_version() -> None:
    numbers = [number for number, _ in migration_files(MIGRATIONS_DIR)]
    assert numbers == list(range(1, LATEST_VERSION + 1))


def test_fresh_database_reaches_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "glossary.sqlite3"
    Database(path).close()
    assert version_of(path) == LATEST_VERSION
    names = {name for name, _ in schema_of(path)}
    assert {"entries", "contexts", "tags"} <= names


def test_an_empty_file_is_refused_not_made_a_new_glossary(tmp_path: Path) -> None:
    """SQLite would read a 0-byte file as an empty database; the app never writes one (a new
    glossary is linked into place whole), so it means lost words: said, and left alone."""
    path = tmp_path / "glossary.sqlite3"
    path.touch()
    with pytest.raises(StoreError, match=r"is empty \(0 bytes\).*glossary rescue"):
        Database(path)
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["glossary.sqlite3"]


def test_old_database_upgrades_and_keeps_its_words(tmp_path: Path) -> None:
    path = tmp_path / "glossary.sqlite3"
    with Database(path) as store:
        saved = store.glossary.save(EntryDraft("maison", "maison", translation="house"))
    folder = migrations_with(
        tmp_path,
        add_ipa="-- Pronunciation; a ';' in a comment.\n"
        "ALTER TABLE entries ADD COLUMN ipa TEXT NOT NULL DEFAULT '';\n"
        "UPDATE entries SET ipa = 'mɛ.zɔ̃' WHERE lemma_key = 'maison';\n",
    )
    with Database(path, migrations_dir=folder) as store:
        assert store.glossary.get(saved.id) == saved
    assert version_of(path) == NEXT
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT ipa FROM entries").fetchone() == ("mɛ.zɔ̃",)


def test_failing_step_leaves_version_and_schema_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "glossary.sqlite3"
    Database(path).close()
    before = schema_of(path)
    folder = migrations_with(
        tmp_path,
        broken="CREATE TABLE extra (x TEXT);\nALTER TABLE nowhere ADD COLUMN y TEXT;\n",
    )
    with pytest.raises(StoreError, match=rf"{NEXT:04d}_broken\.sql.*Nothing was changed"):
        Database(path, migrations_dir=folder)
    assert version_of(path) == LATEST_VERSION
    assert schema_of(path) == before
    Database(path).close()  # still opens with the shipped migrations


def test_failing_first_step_leaves_a_fresh_file_empty(tmp_path: Path) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_initial.sql").write_text("CREATE TABLE a (x);\nSELECT * FROM missing;\n")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    with pytest.raises(StoreError, match="version 1"):
        migrate(conn, folder)
    assert schema_version(conn) == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


def test_broken_foreign_key_fails_the_step(tmp_path: Path) -> None:
    folder = migrations_with(
        tmp_path,
        orphan="INSERT INTO contexts (entry_id, sentence, created) VALUES (99, 'x', 'now');",
    )
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, MIGRATIONS_DIR)
    with pytest.raises(StoreError, match="foreign key"):
        migrate(conn, folder)
    assert schema_version(conn) == LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM contexts").fetchone() == (0,)


def test_migrate_returns_the_version_and_is_idempotent() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    assert migrate(conn) == LATEST_VERSION
    assert migrate(conn) == LATEST_VERSION


def test_too_new_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "glossary.sqlite3"
    Database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer version of the app"):
        Database(path)
    assert version_of(path) == 99


def test_gap_in_numbering_is_an_error(tmp_path: Path) -> None:
    folder = migrations_with(tmp_path)
    (folder / f"{NEXT + 1:04d}_skipped.sql").write_text("SELECT 1;", encoding="utf-8")
    with pytest.raises(StoreError, match="incomplete"):
        migration_files(folder)


def test_split_keeps_semicolons_in_strings_and_triggers() -> None:
    sql = (
        "-- header; with a semicolon\n"
        "CREATE TABLE t (x TEXT DEFAULT 'a;b');\n"
        "CREATE TRIGGER t_log AFTER INSERT ON t BEGIN\n"
        "  UPDATE t SET x = 'c;d' WHERE rowid = new.rowid;\n"
        "END;\n"
        "INSERT INTO t (x) VALUES ('l''homme; la femme'); INSERT INTO t DEFAULT VALUES;\n"
        "-- trailing comment\n"
    )
    statements = split_statements(sql)
    assert len(statements) == 4
    conn = sqlite3.connect(":memory:")
    for statement in statements:
        conn.execute(statement)
    assert conn.execute("SELECT x FROM t ORDER BY rowid").fetchall() == [("c;d",), ("c;d",)]


def test_split_refuses_an_unterminated_statement() -> None:
    with pytest.raises(StoreError, match="without ';'"):
        split_statements("CREATE TABLE a (x);\nCREATE TABLE b (y)\n")


def test_version_1_file_with_words_upgrades_to_learning(tmp_path: Path) -> None:
    """A glossary written by the first release: its statuses become lemma statuses."""
    path = tmp_path / "glossary.sqlite3"
    first = tmp_path / "first_release"
    first.mkdir()
    shutil.copy(MIGRATIONS_DIR / "0001_initial.sql", first)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, first)  # the first release's schema, with rows as that release wrote them
    now = "2025-01-01T10:00:00.000000+00:00"
    for lemma, status in (("mener", "learning-1"), ("Paris", "ignored"), ("chat", "known")):
        conn.execute(
            "INSERT INTO entries (word, lemma, lemma_key, translation, status, created, updated)"
            " VALUES (?, ?, ?, 'x', ?, ?, ?)",
            (lemma, lemma, lemma.lower(), status, now, now),
        )
    conn.execute(
        "INSERT INTO entries (word, lemma, lemma_key, status, created, updated)"
        " VALUES ('rien', 'rien', 'rien', 'new', ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO contexts (entry_id, sentence, word, created)"
        " VALUES (1, 'Il mène.', 'mène', ?)",
        (now,),
    )
    conn.execute("INSERT INTO tags (entry_id, tag) VALUES (1, 'verbes')")
    conn.close()
    assert version_of(path) == 1
    with Database(path) as store:
        assert version_of(path) == LATEST_VERSION
        mener = store.glossary.get(1)
        assert (mener.lemma, mener.tags, mener.status) == ("mener", ("verbes",), Status.LEARNING_1)
        assert [c.sentence for c in mener.contexts] == ["Il mène."]
        assert store.learning.lemma_statuses() == {
            "mener": Status.LEARNING_1,
            "paris": Status.IGNORED,
            "chat": Status.KNOWN,
        }
        assert store.learning.card_state("mener") is None
        assert [entry.lemma for entry in due_entries(store, datetime.now(UTC))] == [
            "mener",
            "rien",
        ]
        store.learning.set_status(["aller"], Status.KNOWN)
        store.learning.record_reading(date(2025, 1, 1))
    names = {name for name, _ in schema_of(path)}
    assert {"lemma_statuses", "review_cards", "reviews", "reading_days", "anki_notes"} <= names


def test_version_2_file_upgrades_to_the_library(tmp_path: Path) -> None:
    """A glossary written by the learning release: its words and statuses stay, the library
    tables arrive empty, and the statuses count in a text's known share at once."""
    from reader.core.analysis.difficulty import WordCounts
    from reader.core.library.texts import add_imported, library_rows
    from tests.core.library_helpers import STORKS, imported

    path = tmp_path / "glossary.sqlite3"
    second = tmp_path / "second_release"
    second.mkdir()
    for name in ("0001_initial.sql", "0002_learning.sql"):
        shutil.copy(MIGRATIONS_DIR / name, second)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, second)
    now = "2025-01-01T10:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO entries (word, lemma, lemma_key, translation, status, created, updated)"
        " VALUES ('cigogne', 'cigogne', 'cigogne', 'stork', 'known', ?, ?)",
        (now, now),
    )
    conn.execute("INSERT INTO lemma_statuses VALUES ('cigogne', 'known', ?)", (now,))
    conn.close()
    assert version_of(path) == 2
    with Database(path) as store:
        assert version_of(path) == LATEST_VERSION
        assert store.glossary.find_by_lemma("cigogne") is not None
        assert store.library.texts() == [] and store.lists.reading_lists() == []
        text_id = add_imported(store, imported(STORKS)).record.id
        store.library.record_page_analysis(
            text_id, 0, "v", WordCounts(4, 4, 0, 0, 1, 4), {"cigogne": 1, "nid": 3}
        )
        assert library_rows(store)[0].known_share == 0.25
    names = {name for name, _ in schema_of(path)}
    assert {"texts", "text_bodies", "pages", "page_lemmas", "reading_lists"} <= names


def test_version_3_file_upgrades_to_teacher_words(tmp_path: Path) -> None:
    """A glossary written by the library release: its lists and prepared glossaries stay; a
    list imported from a list file then is recognised as a teacher's, one made here is not."""
    from reader.core.store import GlossaryOwner

    path = tmp_path / "glossary.sqlite3"
    third = tmp_path / "third_release"
    third.mkdir()
    for name in ("0001_initial.sql", "0002_learning.sql", "0003_library.sql"):
        shutil.copy(MIGRATIONS_DIR / name, third)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, third)
    now = "2025-01-01T10:00:00.000000+00:00"
    texts = (
        (1, "Les cigognes", "semaine-1.zip/texts/001.txt", "a"),
        (2, "Le port", "/home/prof/textes/texts/002.txt", "b"),  # imported from a file
    )
    for text_id, title, source, fingerprint in texts:
        conn.execute(
            "INSERT INTO texts (id, title, source_path, word_count, length, fingerprint, added)"
            " VALUES (?, ?, ?, 10, 50, ?, ?)",
            (text_id, title, source, fingerprint, now),
        )
    for list_id, title, text_id in ((1, "Semaine 1", 1), (2, "Mes textes", 2)):
        conn.execute(
            "INSERT INTO reading_lists (id, title, level, created, updated)"
            " VALUES (?, ?, 'B1', ?, ?)",
            (list_id, title, now, now),
        )
        conn.execute(
            "INSERT INTO reading_list_texts (list_id, text_id, position) VALUES (?, ?, 0)",
            (list_id, text_id),
        )
        conn.execute(
            "INSERT INTO reading_list_words (list_id, position, text_id, word, lemma, translation)"
            " VALUES (?, 0, ?, 'Cigognes', 'Cigogne', 'stork')",
            (list_id, text_id),
        )
    conn.close()
    assert version_of(path) == 3
    with Database(path) as store:
        assert version_of(path) == LATEST_VERSION
        lists = {item.title: item for item in store.lists.reading_lists()}
        assert lists["Semaine 1"].imported == now and lists["Mes textes"].imported is None
        [word] = store.lists.list_words(1)
        assert (word.lemma, word.translation, word.edited, word.left_out) == (
            "Cigogne",
            "stork",
            False,
            False,
        )
        [teacher] = store.handouts.teacher_words("cigogne")  # found by its lemma key
        assert teacher.list_title == "Semaine 1"
        store.handouts.edit_prepared_word(GlossaryOwner("list", 1), "Cigogne", left_out=True)
        assert store.handouts.teacher_words() == []
    names = {name for name, _ in schema_of(path)}
    assert {"text_handouts", "text_handout_words"} <= names


def test_file_before_the_terms_migration_upgrades_to_the_learners_own_expressions(
    tmp_path: Path,
) -> None:
    """A glossary written by the release before the learner's own expressions (the terms
    migration, whatever its number): its entries stay what they were (no pattern), and a
    term of several words saves and reads back with its pattern."""
    [terms] = [number for number, path in migration_files() if path.name.endswith("_terms.sql")]
    before = terms - 1
    path = tmp_path / "glossary.sqlite3"
    previous = tmp_path / "previous_release"
    previous.mkdir()
    for _, migration in migration_files()[:before]:
        shutil.copy(migration, previous)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, previous)
    now = "2025-01-01T10:00:00.000000+00:00"
    conn.execute(
        "INSERT INTO entries (word, lemma, lemma_key, translation, status, created, updated)"
        " VALUES ('ont eu lieu', 'avoir lieu', 'avoir lieu', 'take place', 'learning-2', ?, ?)",
        (now, now),
    )
    conn.close()
    assert version_of(path) == before
    with Database(path) as store:
        assert version_of(path) == LATEST_VERSION
        old = store.glossary.find_by_lemma("avoir lieu")
        assert old is not None and old.pattern == () and old.translation == "take place"
        assert store.glossary.terms() == []
        pattern = ("mettre", "…", "le", "accent", "sur")
        draft = EntryDraft("mettant … l'accent sur", "mettre … l'accent sur", pattern=pattern)
        saved = store.glossary.save(draft)
        assert store.glossary.get(saved.id).pattern == pattern
        assert store.glossary.terms() == [("mettre … l'accent sur", pattern)]


def open_at_once(path: Path, openers: int) -> list[BaseException]:
    """Open a store on path from several threads released at the same moment."""
    start = threading.Barrier(openers)
    errors: list[BaseException] = []

    def open_store() -> None:
        start.wait()
        try:
            Database(path).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_store) for _ in range(openers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_a_new_glossary_opened_by_several_connections_at_once_is_created_once(
    tmp_path: Path,
) -> None:
    """The window's threads, or the window and a command started together on a fresh data
    folder: whoever waits for the lock finds the schema made and goes on."""
    for attempt in range(10):
        path = tmp_path / f"glossary-{attempt}.sqlite3"
        assert open_at_once(path, openers=6) == []
        assert version_of(path) == LATEST_VERSION
