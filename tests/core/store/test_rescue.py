"""A glossary with bytes corrupted in the middle: noticed at open, never written to, and
rescued into a new file beside the kept damaged one with every row that can still be read."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import StoreError
from reader.core.models import Context, EntryDraft
from reader.core.store import Database, rescue_glossary

WORDS = 3_000


def real_glossary(path: Path) -> None:
    """A glossary of WORDS words, each met in a sentence (entries and contexts interleave)."""
    drafts = [
        EntryDraft(
            word=f"mot{n:05d}".replace("0", "a").replace("1", "b"),
            lemma=f"lemme-{n:05d}-{'x' * 40}",
            translation=f"word number {n}",
            context=Context(f"Voici la phrase numéro {n} du livre.", "phrase", "Le Monde", ""),
        )
        for n in range(WORDS)
    ]
    with Database(path) as store:
        store.glossary.save_all(drafts)


def entry_pages(path: Path) -> list[int]:
    """The pages holding rows of the entries table (its b-tree's leaves)."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' ORDER BY pageno"
        ).fetchall()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    assert page_size == 4096
    return [int(row[0]) for row in rows]


def corrupt_pages(path: Path, pages: list[int], seed: int = 16) -> None:
    """Random bytes over the middle of each page (its header and cells)."""
    rng = random.Random(seed)
    with open(path, "r+b") as file:
        for page in pages:
            file.seek((page - 1) * 4096 + 8)
            file.write(bytes(rng.randrange(256) for _ in range(2_000)))


def readable_lemmas(path: Path, highest: int) -> set[str]:
    """Every entry that a lookup by its own rowid can still read: the rescue's target."""
    found = set()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    for rowid in range(1, highest + 1):
        try:
            row = conn.execute("SELECT lemma FROM entries WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None and isinstance(row[0], str) and row[0].startswith("lemme-"):
            found.add(row[0])
    conn.close()
    return found


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.sqlite3"
    real_glossary(path)
    pages = entry_pages(path)
    middle = len(pages) // 2
    corrupt_pages(path, pages[middle - 1 : middle + 2])
    return path


def test_a_damaged_glossary_is_noticed_and_never_written(damaged: Path) -> None:
    before = damaged.read_bytes()
    with Database(damaged) as store:
        assert store.damage is not None
        assert store.read_only is not None
        with pytest.raises(StoreError, match=r"damaged.*glossary rescue"):
            store.glossary.save(EntryDraft(word="chat", lemma="chat"))
    assert damaged.read_bytes() == before


def test_rescue_keeps_the_damaged_file_and_saves_every_readable_row(damaged: Path) -> None:
    before = damaged.read_bytes()
    readable = readable_lemmas(damaged, WORDS + 10)
    assert 0 < len(readable) < WORDS  # the damage did lose words: the test means something

    report = rescue_glossary(damaged)

    assert report.kept is not None and report.kept.read_bytes() == before
    assert report.kept.parent == damaged.parent and report.rescued == damaged
    with Database(damaged) as store:
        assert store.damage is None and store.read_only is None
        lemmas = {entry.lemma for entry in store.glossary.entries()}
        assert readable <= lemmas
        assert report.words == len(lemmas)
        store.glossary.save(EntryDraft(word="chat", lemma="chat"))  # writable again
    with sqlite3.connect(damaged) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute(
            "SELECT count(*) FROM contexts WHERE entry_id NOT IN (SELECT id FROM entries)"
        ).fetchone()[0]
    assert orphans == 0


def test_a_non_sqlite_file_is_refused_and_rescue_starts_afresh_keeping_it(tmp_path: Path) -> None:
    path = tmp_path / "glossary.sqlite3"
    path.write_bytes(b"not a database at all\n" * 100)
    with pytest.raises(StoreError, match="not an SQLite file"):
        Database(path)
    report = rescue_glossary(path)
    assert report.words == 0
    assert report.kept is not None and report.kept.read_bytes().startswith(b"not a database")
    with Database(path) as store:
        assert store.glossary.entries() == []
