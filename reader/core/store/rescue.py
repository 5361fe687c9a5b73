"""Rescuing a damaged glossary: every row that can still be read, copied into a new database.

The damaged file is only read (never written, never checkpointed) and is kept, renamed
`glossary.damaged-YYYYMMDD-HHMMSS.sqlite3` beside its place (with its -wal file, if any); the
new glossary takes its place. Each table is read in key order from the front until a damaged
page stops it, then from the back; a table keyed by rowid is also probed across the damaged
stretch, so the rows between two damaged pages are found too. A row the new schema refuses,
or one pointing to a row that was lost (a sentence whose word is gone), is left out. The new
file is built under a temporary name at the damaged file's schema version, brought to the
newest one, checked, and only then renamed into place.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from reader.core.errors import StoreError
from reader.core.files import move_into_place, remove_leftovers, temporary_path
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.store.creation import SQLITE_MAGIC, quietly_close
from reader.core.store.migrations import MIGRATIONS_DIR, migrate, migration_files, schema_version

NO_ROWID_ABOVE: Final = 1 << 62  # where probing stops when no row was read from the back
# Rowids looked up one by one across a damaged stretch (a seek each, a few µs): a row alone
# between garbled ones is found by no scan.
MAX_SWEEP: Final = 1_000_000
SIDE_FILES: Final = ("-wal", "-shm", "-journal")
# What reading a damaged page raises: SQLite's errors, and garbled text (in a value, or in
# SQLite's own message naming it) that is not UTF-8.
UNREADABLE: Final = (sqlite3.Error, UnicodeDecodeError)


@dataclass(frozen=True, slots=True)
class RescueReport:
    rescued: Path  # the new glossary, in the old one's place
    kept: Path | None  # the damaged file, renamed beside it (None: there was no file)
    rows: dict[str, int]  # table -> rows rescued
    left_out: int  # rows read but refused by the new schema or pointing to lost rows

    @property
    def words(self) -> int:
        return self.rows.get("entries", 0)


def rescue_glossary(
    path: Path,
    *,
    migrations_dir: Path = MIGRATIONS_DIR,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    now: datetime | None = None,
) -> RescueReport:
    """Build a new glossary from every readable row of the one at path, keep the old file
    beside it, and put the new one in its place. StoreError if that cannot be done; then
    nothing has changed."""
    path = Path(path)
    remove_leftovers(path)
    temporary = temporary_path(path)
    try:
        rows, left_out = _rebuild(path, temporary, migrations_dir, report, cancel)
        kept = _swap(path, temporary, now or datetime.now())
    except OSError as exc:
        raise StoreError(f"Cannot rescue the glossary {path}: {exc.strerror or exc}.") from None
    finally:
        for leftover in (temporary, *(Path(f"{temporary}{side}") for side in SIDE_FILES)):
            leftover.unlink(missing_ok=True)
    return RescueReport(path, kept, rows, left_out)


def _rebuild(
    path: Path,
    temporary: Path,
    migrations_dir: Path,
    report: Report | None,
    cancel: threading.Event | None,
) -> tuple[dict[str, int], int]:
    source = _open_damaged(path)
    try:
        version = _version(source, migrations_dir)
        target = sqlite3.connect(temporary, isolation_level=None)
        try:
            migrate(target, migrations_dir, name="the rescued glossary", upto=version)
            target.execute("PRAGMA foreign_keys = OFF")
            rows, refused = _copy_tables(source, target, report, cancel)
            orphans = _drop_orphans(target)
            migrate(target, migrations_dir, name="the rescued glossary")
            _check(target)
        finally:
            target.close()
    finally:
        if source is not None:
            quietly_close(source)
    return rows, refused + orphans


def _open_damaged(path: Path) -> sqlite3.Connection | None:
    """The damaged file, read-only; None when there is nothing SQLite can read (no file, an
    empty one, another kind of file): the rescue then starts a new glossary."""
    try:
        with open(path, "rb") as file:
            if file.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return None
    except FileNotFoundError:
        return None
    uri = path.resolve().as_uri()
    for options in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{options}", uri=True, isolation_level=None)
            conn.execute("PRAGMA user_version").fetchone()
        except UNREADABLE:
            continue
        conn.execute("PRAGMA query_only = ON")
        # A garbled value is rescued with � where its bytes are not UTF-8, not lost.
        conn.text_factory = lambda data: data.decode("utf-8", "replace")
        return conn
    return None


def _version(source: sqlite3.Connection | None, migrations_dir: Path) -> int:
    """The damaged file's schema version (the newest when it cannot be read)."""
    latest = max((number for number, _ in migration_files(migrations_dir)), default=0)
    if source is None:
        return latest
    try:
        version = schema_version(source)
    except UNREADABLE:
        return latest
    if version > latest:
        raise StoreError(
            "The glossary was written by a newer version of the app: rescue it with that version."
        )
    return version if version > 0 else latest


def _copy_tables(
    source: sqlite3.Connection | None,
    target: sqlite3.Connection,
    report: Report | None,
    cancel: threading.Event | None,
) -> tuple[dict[str, int], int]:
    tables = _tables(target)
    rows: dict[str, int] = {}
    refused = 0
    for done, table in enumerate(tables, start=1):
        check_cancelled(cancel)
        columns = _shared_columns(source, target, table) if source is not None else []
        if columns:
            copied, left = _copy(source, target, table, columns, cancel)
            rows[table], refused = copied, refused + left
        else:
            rows[table] = 0
        report_progress(report, done, len(tables))
    return rows, refused


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY rowid"
        )
    ]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({_quoted(table)})")]


def _shared_columns(
    source: sqlite3.Connection | None, target: sqlite3.Connection, table: str
) -> list[str]:
    """The columns both files have, in the new file's order ([] if the table is lost)."""
    assert source is not None
    try:
        have = set(_columns(source, table))
    except UNREADABLE:
        return []
    return [column for column in _columns(target, table) if column in have]


def _copy(
    source: sqlite3.Connection | None,
    target: sqlite3.Connection,
    table: str,
    columns: list[str],
    cancel: threading.Event | None,
) -> tuple[int, int]:
    """Copy the readable rows of one table; (rows copied, rows the new file refused)."""
    assert source is not None
    names = ", ".join(_quoted(column) for column in columns)
    insert = f"INSERT INTO {_quoted(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"
    copied = refused = 0
    target.execute("BEGIN")
    try:
        reader = TableReader(source, table, columns, has_rowid(target, table))
        for row in reader.rows():
            check_cancelled(cancel)
            try:
                target.execute(insert, row)
                copied += 1
            except sqlite3.IntegrityError:  # a value garbled into one the schema refuses
                refused += 1
        target.execute("COMMIT")
    except BaseException:
        if target.in_transaction:
            target.execute("ROLLBACK")
        raise
    return copied, refused


def has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    try:
        conn.execute(f"SELECT rowid FROM {_quoted(table)} LIMIT 0")
    except sqlite3.OperationalError:
        return False  # a WITHOUT ROWID table
    return True


class TableReader:
    """The readable rows of one table of a damaged file, each once (see the module
    docstring). A row is the table's `columns` in that order."""

    def __init__(
        self, conn: sqlite3.Connection, table: str, columns: list[str], rowid: bool
    ) -> None:
        self.conn = conn
        self.table = _quoted(table)
        self.columns = ", ".join(_quoted(column) for column in columns)
        self.rowid = rowid
        self.keys = ["rowid"] if rowid else self._primary_key(table) or ["rowid"]
        self.seen: set[int] = set()  # the rowids read (rowid tables)

    def _primary_key(self, table: str) -> list[str]:
        found = sorted(
            (int(row[5]), str(row[1]))
            for row in self.conn.execute(f"PRAGMA table_info({_quoted(table)})")
            if int(row[5]) > 0
        )
        return [_quoted(name) for _, name in found]

    def rows(self) -> Iterator[tuple[Any, ...]]:
        forward = yield from self._read("", (), "ASC")
        if forward.complete:
            return
        # From the back, down to the last row read from the front: no row twice.
        after, bound = ("", ()) if forward.last is None else self._after(forward.last)
        backward = yield from self._read(after, bound, "DESC")
        if self.rowid:
            low = 0 if forward.last is None else int(forward.last[0])
            high = NO_ROWID_ABOVE if backward.last is None else int(backward.last[0])
            yield from self._probe(low, high)
            yield from self._sweep(low, min(high, max(self.seen, default=low) + 1))

    def _after(self, key: tuple[Any, ...]) -> tuple[str, tuple[Any, ...]]:
        names = ", ".join(self.keys)
        marks = ", ".join("?" * len(key))
        return f"WHERE ({names}) > ({marks})", key

    def _read(
        self, where: str, parameters: tuple[Any, ...], direction: str
    ) -> Generator[tuple[Any, ...], None, _Progress]:
        """Rows until the end or the first damaged page; returns how far it got."""
        order = ", ".join(f"{key} {direction}" for key in self.keys)
        sql = f"SELECT {', '.join(self.keys)}, {self.columns} FROM {self.table} {where} "
        progress = _Progress()
        cursor = self.conn.cursor()
        try:
            # Row by row: a batch would lose the rows fetched before a damaged one.
            for row in cursor.execute(f"{sql} ORDER BY {order}", parameters):
                progress.last = tuple(row[: len(self.keys)])
                if self.rowid:
                    if int(row[0]) in self.seen:
                        continue
                    self.seen.add(int(row[0]))
                yield tuple(row[len(self.keys) :])
            progress.complete = True
        except UNREADABLE:
            pass  # a damaged page: the caller reads on from elsewhere
        finally:
            cursor.close()
        return progress

    def _probe(self, low: int, high: int) -> Iterator[tuple[Any, ...]]:
        """The rows between damaged stretches, by rowid: find one past the damage from which
        reading works again, read on from it, and repeat until the rows read from the back."""
        while low < high:
            start = self._next_readable(low, high)
            if start is None:
                return
            reached = yield from self._read("WHERE rowid >= ? AND rowid < ?", (start, high), "ASC")
            if reached.complete:
                return
            # A row whose key reads but whose content does not: step over it. (A damaged
            # page may give keys out of order: low only ever moves up.)
            last = start if reached.last is None else int(reached.last[0])
            low = max(last, start)

    def _sweep(self, low: int, high: int) -> Iterator[tuple[Any, ...]]:
        """Every rowid between low and high not read yet, looked up on its own."""
        sql = f"SELECT {self.columns} FROM {self.table} WHERE rowid = ?"
        for rowid in range(low + 1, min(high, low + 1 + MAX_SWEEP)):
            if rowid in self.seen:
                continue
            try:
                row = self.conn.execute(sql, (rowid,)).fetchone()
            except UNREADABLE:
                continue
            if row is not None:
                self.seen.add(rowid)
                yield tuple(row)

    def _next_readable(self, low: int, high: int) -> int | None:
        """The first rowid beyond low (and below high) that a seek can reach, found by
        steps that double and then halve: a few dozen seeks per damaged stretch. (The row
        right after the last one read is tried first: a scan may stop where a seek works.)"""
        step, failed = 1, low
        while low + step < high:
            found = self._first_from(low + step)
            if found is not None:
                found = self._narrow(failed, low + step, found)
                return found if found < high else None
            failed = low + step
            step *= 2
        return None

    def _narrow(self, failed: int, worked: int, found: int) -> int:
        """The smallest seek between a failed one and one that worked that still works:
        rows just past the damage are not skipped by the doubling steps."""
        while worked - failed > 1:
            middle = (failed + worked) // 2
            earlier = self._first_from(middle)
            if earlier is None:
                failed = middle
            else:
                worked, found = middle, earlier
        return found

    def _first_from(self, rowid: int) -> int | None:
        """The first rowid from rowid on that a seek finds, if the seek works (a damaged
        page may answer a smaller one: that is a failed seek too)."""
        try:
            row = self.conn.execute(
                f"SELECT rowid FROM {self.table} WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                (rowid,),
            ).fetchone()
        except UNREADABLE:
            return None
        return None if row is None or int(row[0]) < rowid else int(row[0])


class _Progress:
    """How far one reading of a table got: the key of its last row, whether it ended."""

    def __init__(self) -> None:
        self.last: tuple[Any, ...] | None = None
        self.complete = False


def _drop_orphans(conn: sqlite3.Connection) -> int:
    """Delete the rows that point to a row that was lost, until none does; how many went."""
    removed = 0
    conn.execute("BEGIN")
    try:
        while broken := {str(row[0]) for row in conn.execute("PRAGMA foreign_key_check")}:
            for table in sorted(broken):
                removed += _delete_orphans(conn, table)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return removed


def _delete_orphans(conn: sqlite3.Connection, table: str) -> int:
    """Rows of table whose foreign key points nowhere: deleted, or the key made NULL where
    the schema says so (a list word whose text was lost stays, without its text)."""
    keys: dict[int, list[tuple[str, str, str, str]]] = {}
    for row in conn.execute(f"PRAGMA foreign_key_list({_quoted(table)})"):
        keys.setdefault(int(row[0]), []).append((str(row[2]), str(row[3]), str(row[4]), row[6]))
    removed = 0
    for pairs in keys.values():
        children = [_quoted(child) for _, child, _, _ in pairs]
        parents = ", ".join(_quoted(key) for _, _, key, _ in pairs)
        present = " AND ".join(f"{child} IS NOT NULL" for child in children)
        orphan = (
            f"WHERE {present} AND ({', '.join(children)}) NOT IN "
            f"(SELECT {parents} FROM {_quoted(pairs[0][0])})"
        )
        if pairs[0][3] == "SET NULL":
            blank = ", ".join(f"{child} = NULL" for child in children)
            conn.execute(f"UPDATE {_quoted(table)} SET {blank} {orphan}")
        else:
            cursor = conn.execute(f"DELETE FROM {_quoted(table)} {orphan}")
            removed += max(cursor.rowcount, 0)
    return removed


def _check(conn: sqlite3.Connection) -> None:
    found = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    broken = list(conn.execute("PRAGMA foreign_key_check"))
    if found != ["ok"] or broken:
        raise StoreError(f"The rescued glossary did not pass its check ({found[0]}).")


def _swap(path: Path, temporary: Path, now: datetime) -> Path | None:
    """Keep the damaged file (and its side files) under a dated name, then move the new
    one into its place."""
    kept = None
    if path.exists() or path.is_symlink():
        kept = _free_name(path, now)
        for side in SIDE_FILES:
            if Path(f"{path}{side}").exists():
                os.replace(f"{path}{side}", f"{kept}{side}")
        os.replace(path, kept)
    move_into_place(temporary, path)
    return kept


def _free_name(path: Path, now: datetime) -> Path:
    stem = f"{path.stem}.damaged-{now:%Y%m%d-%H%M%S}"
    candidate = path.with_name(f"{stem}{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}-{number}{path.suffix}")
        number += 1
    return candidate


def _quoted(name: str) -> str:
    """An identifier read from the file itself, quoted for SQL (names are never data)."""
    return '"' + name.replace('"', '""') + '"'
