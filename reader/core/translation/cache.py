"""The disk cache of machine translations, keyed by model and sentence.

A small SQLite file under the cache folder: one row per (model key, source sentence). It is a
cache, so a failure to read or write it is logged and translation carries on without it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.core.paths import cache_dir

CACHE_FILE = "translations.sqlite3"
BUSY_TIMEOUT_S = 5.0
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS translation ("
    " model TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,"
    " PRIMARY KEY (model, source)) WITHOUT ROWID"
)

log = logging.getLogger(__name__)


class TranslationCache:
    """Sentence translations already made; one connection per thread, as SQLite wants."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    @classmethod
    def in_data_dir(cls, root: Path) -> TranslationCache:
        return cls(cache_dir(root) / CACHE_FILE)

    def get_many(self, model: str, sources: Sequence[str]) -> dict[str, str]:
        """The cached translations among sources (missing ones are simply absent)."""
        found: dict[str, str] = {}
        try:
            connection = self._connection()
            for source in dict.fromkeys(sources):
                row = connection.execute(
                    "SELECT target FROM translation WHERE model = ? AND source = ?", (model, source)
                ).fetchone()
                if row is not None:
                    found[source] = row[0]
        except sqlite3.Error as error:
            log.warning("translation cache %s unreadable: %s", self.path, error)
        return found

    def put_many(self, model: str, pairs: Iterable[tuple[str, str]]) -> None:
        rows = [(model, source, target) for source, target in pairs]
        if not rows:
            return
        try:
            connection = self._connection()
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                "INSERT OR REPLACE INTO translation (model, source, target) VALUES (?, ?, ?)", rows
            )
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            log.warning("translation cache %s not written: %s", self.path, error)
            self._rollback()

    def clear(self, model: str | None = None) -> None:
        """Forget every cached translation, or those of one model."""
        connection = self._connection()
        if model is None:
            connection.execute("DELETE FROM translation")
        else:
            connection.execute("DELETE FROM translation WHERE model = ?", (model,))

    def __len__(self) -> int:
        row = self._connection().execute("SELECT count(*) FROM translation").fetchone()
        return int(row[0])

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            # A cache: losing the last rows in a power cut is fine, an fsync per sentence is not.
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(SCHEMA)
            self._local.connection = connection
        return connection

    def _rollback(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None and connection.in_transaction:
            connection.execute("ROLLBACK")
