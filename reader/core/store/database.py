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
from reader.core.store.creation import damaged_message
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
        self._build_parts()

    def _build_parts(self) -> None:
        connection = self._connection  # each part keeps its sqlite connection
        self.glossary = Glossary(connection)
        self.learning = Learning(connection)
        self.library = Library(connection)
        self.lists = ReadingLists(connection)
        self.handouts = Handouts(connection)

    @property
    def read_only(self) -> str | None:
        """Why nothing can be saved (a damaged file, a read-only folder), or None."""
        return self._connection.read_only

    @property
    def damage(self) -> str | None:
        """What SQLite's quick_check found wrong when the file was opened, or None."""
        return self._connection.damage

    @property
    def warning(self) -> str | None:
        """What the learner must know about the file as it opens (damaged: rescue it; in a
        read-only folder: changes are not saved), as one message, or None."""
        if self.damage is not None:
            return damaged_message(self.path, self.damage)
        reason = self.read_only
        return None if reason is None else f"{reason[0].upper()}{reason[1:]}."

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
