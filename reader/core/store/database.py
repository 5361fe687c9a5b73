"""The learner's database: one SQLite file, one connection, and the parts that use it.

As Anki's Collection composes `col.decks` and `col.tags`, a Database composes `db.glossary`
(saved words), `db.learning` (statuses, reviews, reading days, Anki notes), `db.library` (texts
and pages), `db.lists` (reading lists) and `db.handouts` (prepared glossaries and teachers'
words). Each part is a small class of its own over the one connection; every write is one
transaction. A Database belongs to the thread that opened it; other threads open their own on
the same file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from reader.core import paths
from reader.core.store.connection import Clock, Connection, utc_now
from reader.core.store.glossary import Glossary
from reader.core.store.handouts import Handouts
from reader.core.store.learning import Learning
from reader.core.store.library import Library
from reader.core.store.lists import ReadingLists
from reader.core.store.migrations import MIGRATIONS_DIR


class Database:
    """The glossary database file, opened and upgraded to the newest schema."""

    def __init__(
        self, path: Path, *, migrations_dir: Path = MIGRATIONS_DIR, clock: Clock = utc_now
    ) -> None:
        self._connection = Connection(path, migrations_dir=migrations_dir, clock=clock)
        self.path = self._connection.path
        self.glossary = Glossary(self._connection)
        self.learning = Learning(self._connection)
        self.library = Library(self._connection)
        self.lists = ReadingLists(self._connection)
        self.handouts = Handouts(self._connection)

    @classmethod
    def open_in(cls, data_dir: Path) -> Self:
        """The database of a data folder (created there on first use)."""
        return cls(paths.glossary_path(data_dir))

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
