"""Schema upgrades: numbered NNNN_name.sql files applied in order, each in one transaction.

Part of the store (reader.core.store.glossary re-exports this); nothing else runs SQL. A
released file is never edited: a schema change is a new file, and LATEST_VERSION moves with it.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Final

from reader.core.errors import StoreError

LATEST_VERSION: Final = 6
MIGRATIONS_DIR: Final = Path(__file__).resolve().parent

_MIGRATION_NAME = re.compile(r"^(\d{4})_\w+\.sql$")


def migration_files(directory: Path = MIGRATIONS_DIR) -> list[tuple[int, Path]]:
    """The NNNN_name.sql files of a folder, in order; they must be numbered 1, 2, 3 ..."""
    found = sorted(
        (int(match.group(1)), path)
        for path in directory.glob("*.sql")
        if (match := _MIGRATION_NAME.match(path.name))
    )
    if [number for number, _ in found] != list(range(1, len(found) + 1)):
        names = ", ".join(path.name for _, path in found) or "none"
        raise StoreError(
            f"The database upgrade files in {directory} are incomplete ({names}). "
            "Reinstall the app."
        )
    return found


def split_statements(sql: str) -> list[str]:
    """Cut a script into single statements; a ';' inside a string or trigger does not cut."""
    statements: list[str] = []
    pieces = sql.split(";")
    buffer = ""
    for piece in pieces[:-1]:
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    leftover = buffer + pieces[-1]
    if any(line.strip() and not line.strip().startswith("--") for line in leftover.splitlines()):
        raise StoreError(f"A database upgrade file ends without ';': {leftover.strip()[:80]!r}")
    return statements


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: sqlite3.Connection,
    directory: Path = MIGRATIONS_DIR,
    *,
    name: str = "the glossary",
    upto: int | None = None,
) -> int:
    """Bring an autocommit connection's schema up to the newest file (or to version upto);
    returns the version."""
    files = [(n, p) for n, p in migration_files(directory) if upto is None or n <= upto]
    latest = files[-1][0] if files else 0
    current = schema_version(conn)
    if current > latest:
        raise StoreError(
            f"{name[:1].upper()}{name[1:]} was written by a newer version of the app "
            f"(schema version {current}; "
            f"this version knows up to {latest}). Update the app to open it."
        )
    pending = [(number, path) for number, path in files if number > current]
    if pending:
        # Off while migrating so a step may rebuild a table; _apply checks the keys itself.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for number, path in pending:
                _apply(conn, number, path, name)
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
    return schema_version(conn)


def _apply(conn: sqlite3.Connection, version: int, path: Path, name: str) -> None:
    """One file and its version bump in one transaction: all of it happens or none of it."""
    statements = split_statements(path.read_text(encoding="utf-8"))
    conn.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(conn) >= version:
            # Another connection (the window's other thread, a command run at the same time
            # on a fresh data folder) applied it while this one waited for the lock.
            conn.execute("COMMIT")
            return
        for statement in statements:
            conn.execute(statement)
        # PRAGMA takes no parameters; the version is an int parsed from our own file name.
        conn.execute(f"PRAGMA user_version = {version:d}")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise sqlite3.IntegrityError("the upgrade left a broken foreign key")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise StoreError(
            f"Upgrading {name} to version {version} ({path.name}) failed: {exc}. "
            "Nothing was changed."
        ) from exc
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    # SQLite may already have rolled back by itself (a full disk, for one).
    if conn.in_transaction:
        conn.execute("ROLLBACK")
