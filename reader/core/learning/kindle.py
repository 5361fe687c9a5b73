"""A Kindle's vocab.db: every lookup of a French word, with its sentence, book and time.

The file is a database anyone can craft, so it is read as hostile: its bytes are read once
(with the size cap every input has) into a private in-memory copy, never opened where it
lies (no journal is rolled back, nothing is written beside it); only real tables named
WORDS, LOOKUPS and BOOK_INFO are read (a view or a virtual table of that name could run for
ever); every query is watched by a progress handler that stops it when the learner cancels,
presses Ctrl+C, or after a time budget; the rows read are capped; and each column's value is
checked before it is used.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from reader.core.errors import Cancelled, InputError
from reader.core.files import one_line, shown_path
from reader.core.learning.word_items import (
    MAX_ITEMS,
    WordItem,
    field,
    normal_word,
    word_problem,
)
from reader.core.models import Status

SQLITE_MAGIC: Final = b"SQLite format 3\x00"
KINDLE_MASTERED: Final = 100  # WORDS.category of a word marked mastered on the Kindle
MAX_KINDLE_BYTES: Final = 200_000_000  # a Kindle's vocab.db of years of reading is a few MB
QUERY_BUDGET_S: Final = 30.0  # the real query takes well under a second
PROGRESS_STEPS: Final = 10_000  # SQLite instructions between two looks at cancel and the clock
# The tables and the columns the import reads (a Kindle's tables have more).
TABLES: Final = {
    "WORDS": ("id", "word", "lang", "category"),
    "LOOKUPS": ("word_key", "book_key", "usage", "timestamp"),
    "BOOK_INFO": ("id", "title"),
}
QUERY: Final = (
    "SELECT w.word, w.lang, w.category, l.usage, b.title, l.timestamp"
    " FROM main.WORDS AS w LEFT JOIN main.LOOKUPS AS l ON l.word_key = w.id"
    " LEFT JOIN main.BOOK_INFO AS b ON b.id = l.book_key"
    " ORDER BY l.timestamp, w.word LIMIT ?"
)
# Kindle times are milliseconds since 1970; beyond year 9999 datetime cannot show them.
MAX_STAMP_MS: Final = 253_402_300_799_000
MAX_TITLE_CHARS: Final = 300


def is_sqlite(data: bytes) -> bool:
    return data.startswith(SQLITE_MAGIC)


def read_kindle(
    path: Path, data: bytes, *, cancel: threading.Event | None = None
) -> tuple[list[WordItem], list[str]]:
    """The French lookups of a vocab.db's bytes, and why some rows were left out."""
    name = shown_path(path)
    with _private_copy(data, name) as conn:
        _check_tables(conn, name)
        with _watched(conn, name, cancel):
            rows = conn.execute(QUERY, (MAX_ITEMS + 1,)).fetchall()
    if len(rows) > MAX_ITEMS:
        raise InputError(
            f"{name} holds more than {MAX_ITEMS:,} looked-up words; the app imports at most "
            f"{MAX_ITEMS:,} at a time."
        )
    items: list[WordItem] = []
    skipped: list[str] = []
    for number, row in enumerate(rows, start=1):
        item, problem = _kindle_item(*row)
        if item is not None:
            items.append(item)
        elif problem:
            skipped.append(f"lookup {number}: {problem}")
    return items, skipped


@contextmanager
def _private_copy(data: bytes, name: str) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        # A value whose bytes are not UTF-8 reads with �, and is then checked like any other.
        conn.text_factory = lambda data: data.decode("utf-8", "replace")
        try:
            conn.deserialize(_without_wal_mark(data))
            conn.execute("PRAGMA query_only = ON")
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise InputError(f"{name} is a damaged database file: {_said(exc)}.") from None
        yield conn
    finally:
        conn.close()


def _without_wal_mark(data: bytes) -> bytes:
    """An in-memory copy cannot use write-ahead logging: a file marked for it (bytes 18 and
    19 of the header) is read as an ordinary one, which is what its main file holds."""
    if len(data) >= 20 and data[18:20] == b"\x02\x02":
        return data[:18] + b"\x01\x01" + data[20:]
    return data


def _check_tables(conn: sqlite3.Connection, name: str) -> None:
    """WORDS, LOOKUPS and BOOK_INFO must be plain tables with the columns read."""
    try:
        found = {
            str(table).upper(): (str(kind), str(sql or ""))
            for table, kind, sql in conn.execute(
                "SELECT name, type, sql FROM main.sqlite_master WHERE upper(name) IN (?, ?, ?)",
                tuple(TABLES),
            )
        }
        for table, columns in TABLES.items():
            kind, sql = found.get(table, ("", ""))
            if kind != "table" or sql.lstrip().upper().startswith("CREATE VIRTUAL"):
                what = f"its {table} is a {kind}" if kind else f"it has no {table} table"
                raise InputError(f"{name} is not a Kindle vocabulary file (vocab.db): {what}.")
            have = {str(row[1]).lower() for row in conn.execute(f"PRAGMA table_info({table})")}
            missing = [column for column in columns if column not in have]
            if missing:
                raise InputError(
                    f"{name} is not a Kindle vocabulary file (vocab.db): its {table} table "
                    f"has no {', '.join(missing)} column."
                )
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise InputError(f"{name} is a damaged database file: {_said(exc)}.") from None


def _said(exc: Exception) -> str:
    """SQLite's message, unless it is the message itself that is garbled."""
    return "its text is garbled" if isinstance(exc, UnicodeDecodeError) else str(exc)


@contextmanager
def _watched(conn: sqlite3.Connection, name: str, cancel: threading.Event | None) -> Iterator[None]:
    """Run queries that stop on cancel, on Ctrl+C, or when the time budget is spent."""
    deadline = time.monotonic() + QUERY_BUDGET_S
    interrupted = threading.Event()

    def check() -> int:
        try:
            stop = (cancel is not None and cancel.is_set()) or time.monotonic() > deadline
        except KeyboardInterrupt:  # sqlite3 would swallow it: remember it, stop the query
            interrupted.set()
            return 1
        return 1 if stop else 0

    conn.set_progress_handler(check, PROGRESS_STEPS)
    try:
        yield
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        if cancel is not None and cancel.is_set():
            raise Cancelled("Cancelled.") from None
        if time.monotonic() > deadline:
            raise InputError(
                f"{name} is not a Kindle vocabulary file: reading it takes too long."
            ) from None
        if interrupted.is_set() or "interrupt" in str(exc):
            raise KeyboardInterrupt from None
        raise InputError(
            f"{name} cannot be read as a Kindle vocabulary file: {_said(exc)}."
        ) from None
    finally:
        conn.set_progress_handler(None, 0)


def _kindle_item(
    word: object, lang: object, category: object, usage: object, title: object, stamp: object
) -> tuple[WordItem | None, str]:
    """The row's item, or None and why (nothing to say for another language's word)."""
    if not isinstance(lang, str) or not _is_french(lang):
        return None, ""
    if not isinstance(word, str):
        return None, f"its word is not text ({type(word).__name__})"
    text = normal_word(word)
    problem = word_problem(text)
    if problem is not None:
        return None, problem
    return WordItem(
        word=text,
        sentence=" ".join(field(usage).split()) if isinstance(usage, str) else "",
        source=one_line(title)[:MAX_TITLE_CHARS] if isinstance(title, str) else "",
        created=_created(stamp),
        status=Status.KNOWN if category == KINDLE_MASTERED else Status.LEARNING_1,
    ), ""


def _is_french(lang: str) -> bool:
    """fr, fr-FR, fr_CA ... (the Kindle writes the book's language code)."""
    return lang.strip().lower().replace("_", "-").split("-")[0] == "fr"


def _created(stamp: object) -> str:
    """A lookup's time as stored, or blank (now) when the value is not a plausible time."""
    if isinstance(stamp, bool) or not isinstance(stamp, int | float) or stamp != stamp:
        return ""
    if not 0 < stamp <= MAX_STAMP_MS:
        return ""
    moment = datetime.fromtimestamp(stamp / 1000, UTC)
    return moment.isoformat(timespec="microseconds")
