"""The database's one connection: opening, upgrading, transactions and readable errors.

The Database (database.py) owns one Connection and hands it to each of its parts (glossary,
learning, library, lists, handouts); only the store's modules run SQL. A connection belongs to
the thread that opened it (sqlite3's default check_same_thread); other threads open their own
Database on the same file.
"""

from __future__ import annotations

import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, Self

from reader.core.errors import StoreError
from reader.core.models import Status
from reader.core.store.creation import (
    RESCUE_HINT,
    check_file,
    connect,
    create_glossary,
    damaged_message,
    empty_file_error,
    health,
    is_locked,
    quietly_close,
    read_only_reason,
)
from reader.core.store.migrations import (
    MIGRATIONS_DIR,
    migrate,
    migration_files,
    schema_version,
)

BUSY_TIMEOUT_S: Final = 2.0
WAL_RETRY_S: Final = 0.01
Clock = Callable[[], datetime]
_SEARCH_FOLDS = str.maketrans(
    {"\u0153": "oe", "\u0152": "OE", "\u00e6": "ae", "\u00c6": "AE", "\u2019": "'", "\u02bc": "'"}
)


def lemma_key(lemma: str) -> str:
    """The identity of an entry: the lemma in NFC, lower-cased (Élan and élan are one)."""
    return unicodedata.normalize("NFC", lemma.strip()).lower()


def fold(text: str) -> str:
    """Text without accents, ligatures or case, for searching: Cœur -> coeur."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SEARCH_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def iso(moment: datetime) -> str:
    """A time as stored: UTC, always with microseconds, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def utc_now() -> datetime:
    return datetime.now(UTC)


def parse_status(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise StoreError(
            f"The glossary holds an unknown word status {value!r}; "
            "it was written by a newer version of the app."
        ) from None


class Connection:
    """One SQLite connection, upgraded to the newest schema; every write is one transaction.

    A damaged glossary, or one in a folder the app may not write to, is open for reading
    only: `read_only` says why, and every write raises StoreError with that reason.
    """

    def __init__(
        self, path: Path, *, migrations_dir: Path = MIGRATIONS_DIR, clock: Clock = utc_now
    ) -> None:
        self.path = Path(path)
        self._clock = clock  # tests pass a fixed clock; times are stored in UTC
        self._migrations_dir = migrations_dir
        self.read_only: str | None = None  # why writes are refused
        self.damage: str | None = None  # what quick_check found wrong
        self.sqlite = self._open()

    def close(self) -> None:
        self.sqlite.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def now(self) -> str:
        return iso(self._clock())

    def _open(self) -> sqlite3.Connection:
        self._make_folder()
        if not self.path.exists() and not self.path.is_symlink():
            with self.guard("create the glossary"):
                try:
                    create_glossary(self.path, self._migrations_dir)
                except OSError as exc:
                    raise StoreError(
                        f"Cannot create the glossary {self.path}: {exc.strerror or exc}. "
                        "Check that the data folder is writable, or choose another one."
                    ) from None
        size = check_file(self.path)
        self.read_only = read_only_reason(self.path)
        self.sqlite = self._connect()
        try:
            with self.guard("open the glossary"):
                self._prepare(size)
        except BaseException:
            quietly_close(self.sqlite)
            raise
        return self.sqlite

    def _prepare(self, size: int) -> None:
        """Check the open file, then make it ready: the write-ahead log, the newest schema."""
        if size == 0 and (self.read_only is not None or not is_locked(self.sqlite)):
            # Not being created by another connection (it would hold the lock): lost words.
            raise empty_file_error(self.path)
        self._check_is_glossary()  # before WAL, which would change the file
        self.damage = health(self.sqlite)
        if self.damage is not None:
            self.read_only = f"the glossary {self.path} is damaged"
            self.sqlite.execute("PRAGMA query_only = ON")  # SQLite itself refuses writes
        elif self.read_only is None:
            self._use_wal()
        self._migrate()
        self.sqlite.execute("PRAGMA foreign_keys = ON")

    def _connect(self) -> sqlite3.Connection:
        with self.guard("open the glossary"):
            # timeout is SQLite's busy timeout: wait that long for another writer, then fail.
            return connect(self.path, read_only=self.read_only is not None, timeout=BUSY_TIMEOUT_S)

    def _migrate(self) -> None:
        name = f"the glossary {self.path}"
        latest = max((number for number, _ in migration_files(self._migrations_dir)), default=0)
        if self.read_only is not None and schema_version(self.sqlite) < latest:
            raise StoreError(
                f"The glossary {self.path} needs an upgrade for this version of the app, "
                f"but {self.read_only}."
            )
        if self.read_only is None:
            migrate(self.sqlite, self._migrations_dir, name=name)

    def _make_folder(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the folder for the glossary {self.path}: {exc.strerror or exc}. "
                "Choose another data folder."
            ) from exc

    def _use_wal(self) -> None:
        """Switch a new file to write-ahead logging. The switch needs the file to itself:
        when another connection opens the same new file at that moment, SQLite may answer
        "locked" at once, without waiting (each holds a read lock the other needs gone), so
        try again until the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self.sqlite.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                busy = getattr(error, "sqlite_errorname", "").startswith("SQLITE_BUSY")
                if not busy or time.monotonic() > deadline:
                    raise
                time.sleep(WAL_RETRY_S)

    def _check_is_glossary(self) -> None:
        # One read transaction: the version and the tables of the same moment, even while
        # another connection creates the glossary.
        self.sqlite.execute("BEGIN")
        try:
            version = schema_version(self.sqlite)
            tables = self.sqlite.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            self.sqlite.execute("COMMIT")
        if version == 0 and tables:
            raise StoreError(
                f"{self.path} is not a glossary database: it belongs to another program. "
                "Choose another file or data folder."
            )

    @contextmanager
    def guard(self, action: str) -> Iterator[None]:
        """Turn SQLite's errors into a StoreError that says what to do."""
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(action, exc) from exc
        except UnicodeDecodeError:
            # Garbled bytes where SQLite keeps text (a name in the schema, a value, its own
            # message about them): the file is damaged.
            raise StoreError(
                f"Could not {action}: "
                + damaged_message(self.path, "text in it is garbled (not UTF-8)")
            ) from None

    def _error(self, action: str, exc: sqlite3.Error) -> StoreError:
        code = getattr(exc, "sqlite_errorname", "")
        if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return StoreError(
                f"Could not {action}: {self.path} is in use by another program "
                "(database is locked). Close the other copy of the app and try again."
            )
        if code.startswith("SQLITE_NOTADB"):
            return StoreError(
                f"{self.path} is not a glossary database (file is damaged?): {exc}. {RESCUE_HINT}"
            )
        if code.startswith("SQLITE_CORRUPT"):
            return StoreError(f"Could not {action}: " + damaged_message(self.path, str(exc)))
        if self.read_only is not None and code.startswith("SQLITE_READONLY"):
            return self._refusal(action)
        if code.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
            return StoreError(
                f"Could not {action}: {self.path} cannot be opened for writing ({exc}). "
                "Check that the folder exists and is writable."
            )
        return StoreError(f"Could not {action} in {self.path}: {exc}")

    def _refusal(self, action: str) -> StoreError:
        if self.damage is not None:
            return StoreError(f"Could not {action}: " + damaged_message(self.path, self.damage))
        return StoreError(f"Could not {action}: {self.read_only}.")

    @contextmanager
    def transaction(self, action: str, *, write: bool = True) -> Iterator[None]:
        """One transaction; a read one too, so an entry and its contexts match."""
        if write and self.read_only is not None:
            raise self._refusal(action)
        with self.guard(action):
            self.sqlite.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield
                self.sqlite.execute("COMMIT")
            finally:
                # Also after a failed COMMIT, which leaves the transaction open.
                if self.sqlite.in_transaction:
                    self.sqlite.execute("ROLLBACK")
