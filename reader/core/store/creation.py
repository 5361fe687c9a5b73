"""A glossary file made whole, and an existing one checked before it is used.

A new glossary is built under a temporary name beside its place, with every migration
applied, and only then linked into place: a glossary file that exists is always a complete
database, so an empty (0-byte) file or one that is not SQLite at all is a problem to report,
never a fresh glossary to start over in (which would hide the learner's lost words). When
two connections create the same glossary at once, the first link wins and the other opens it.

Once open, a glossary is checked with SQLite's quick_check: a damaged one is opened for
reading only, so nothing more is written into it, and the learner is told to rescue it
(rescue.py). A data folder or file the app may not write to is opened for reading only too:
the glossary can be read and exported, and a change says why it cannot be saved.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path
from typing import Final

from reader.core.errors import StoreError
from reader.core.files import remove_leftovers, temporary_path
from reader.core.store.migrations import MIGRATIONS_DIR, migrate

SQLITE_MAGIC: Final = b"SQLite format 3\x00"
RESCUE_HINT: Final = (
    "Rescue your words with `french-reader glossary rescue` (in the window: File ▸ "
    "Rescue Damaged Glossary…): it keeps this file and puts a repaired copy in its place."
)
QUICK_CHECK_ROWS: Final = 3  # problems quick_check lists before it stops


def damaged_message(path: Path, detail: str) -> str:
    return (
        f"The glossary {path} is damaged ({detail}), so the app will not write to it. {RESCUE_HINT}"
    )


def create_glossary(path: Path, migrations_dir: Path = MIGRATIONS_DIR) -> None:
    """Build a new glossary beside path and link it into place, unless one appeared there
    meanwhile. OSError or StoreError if it cannot be made."""
    remove_leftovers(path)
    temporary = temporary_path(path)
    try:
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn, migrations_dir, name=f"the glossary {path}")
        finally:
            conn.close()  # the last connection folds its WAL into the file and removes it
        _link_into_place(temporary, path)
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            leftover.unlink(missing_ok=True)


def _link_into_place(temporary: Path, path: Path) -> None:
    """A hard link never replaces: if another connection created the glossary first, its
    file stays. Where links are not supported, a rename does, if the place is still free."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        return
    except OSError:
        if not path.exists():
            os.replace(temporary, path)


def check_file(path: Path) -> int:
    """The glossary file's size, once it is known to be a regular file holding SQLite (or
    nothing yet: an empty file is checked for a lock by the caller)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise StoreError(
            f"{path} cannot be opened: it is a link to a file that does not exist."
        ) from None
    except OSError as exc:
        raise StoreError(f"{path} cannot be opened: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreError(f"{path} cannot be opened: it is a folder, not a glossary file.")
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"{path} cannot be opened: it is not a regular file.")
    if info.st_size and _header(path) != SQLITE_MAGIC:
        raise StoreError(
            f"{path} is not a glossary database (file is damaged?): it is not an SQLite file. "
            f"{RESCUE_HINT}"
        )
    return info.st_size


def _header(path: Path) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror or exc}.") from None


def empty_file_error(path: Path) -> StoreError:
    return StoreError(
        f"The glossary {path} is empty (0 bytes): it is not a glossary database, and your "
        f"words are not in it. Put back a backup copy, or {RESCUE_HINT[0].lower()}"
        f"{RESCUE_HINT[1:]}"
    )


def read_only_reason(path: Path) -> str | None:
    """Why the glossary at path cannot be written, or None when it can."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return (
            f"the data folder {folder} is read-only: your glossary can be read and exported, "
            "but changes cannot be saved"
        )
    if not os.access(path, os.W_OK):
        return (
            f"the glossary {path} is read-only: it can be read and exported, "
            "but changes cannot be saved"
        )
    return None


def connect(path: Path, *, read_only: bool, timeout: float) -> sqlite3.Connection:
    """A connection to an existing glossary. Read-only, a write-ahead-logged file may need
    its shared-memory file, which a read-only folder cannot hold: then it is opened as a
    file nobody writes (immutable), which is what a read-only folder guarantees."""
    if not read_only:
        return sqlite3.connect(path, timeout=timeout, isolation_level=None)
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        conn = sqlite3.connect(
            f"{uri}?mode=ro&immutable=1", uri=True, timeout=timeout, isolation_level=None
        )
    return conn


def is_locked(conn: sqlite3.Connection) -> bool:
    """Whether another connection holds a write lock (it may be creating the file)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        return getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
    conn.execute("ROLLBACK")
    return False


def health(conn: sqlite3.Connection) -> str | None:
    """None if quick_check finds the file sound, else what it found (one line)."""
    try:
        rows = conn.execute(f"PRAGMA quick_check({QUICK_CHECK_ROWS:d})").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    found = [str(row[0]) for row in rows]
    if found == ["ok"]:
        return None
    return "; ".join(" ".join(problem.split()) for problem in found)[:300]


def quietly_close(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.close()
