"""The database's handouts part (db.handouts): prepared glossaries as the teacher edits them, a
list's words or one text's handout, word by word (a typed translation, a word ticked or
unticked, words removed), and the words of teachers' lists (those imported from list files)
that a student's word card shows.

A part of the Database (database.py); SQL stays in the store's modules. Table and
column names in the SQL below are this module's constants, never data.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from reader.core.errors import InputError
from reader.core.store.connection import Connection, lemma_key
from reader.core.store.library import read_text
from reader.core.store.lists import WORD_COLUMNS, list_word, touch_list, word_row
from reader.core.store.records import (
    GlossaryOwner,
    HandoutWord,
    TeacherWord,
    TextRange,
    stored_range,
)

# A text handout's words: the word columns, its own text id standing for the word's.
_TEXT_WORD_COLUMNS: Final = (
    "word, lemma, headword, pos, gender, translation, sentence, text_id, edited, left_out,"
    " start_offset, end_offset"
)


@dataclass(frozen=True, slots=True)
class _Table:
    name: str
    owner: str  # the column saying whose glossary a row belongs to


_TABLES: Final = {
    "list": _Table("reading_list_words", "list_id"),
    "text": _Table("text_handout_words", "text_id"),
}


class Handouts:
    """Edits to prepared glossaries, text handouts, and the words of teachers' lists."""

    def __init__(self, db: Connection) -> None:
        self._db = db
        self._conn = db.sqlite

    # ------------------------------------------------------------ edits, word by word

    def edit_prepared_word(
        self,
        owner: GlossaryOwner,
        lemma: str,
        *,
        translation: str | None = None,
        left_out: bool | None = None,
    ) -> int:
        """The teacher typed a translation (it is then the teacher's: kept over a new search)
        or ticked or unticked the word; None leaves a field alone. Returns rows changed."""
        table = _TABLES[owner.kind]
        with self._db.transaction(f"change {lemma!r} in a handout"):
            cursor = self._conn.execute(
                f"UPDATE {table.name} SET"
                " translation = coalesce(?1, translation),"
                " edited = CASE WHEN ?1 IS NULL THEN edited ELSE 1 END,"
                " left_out = coalesce(?2, left_out)"
                f" WHERE {table.owner} = ?3 AND lemma = ?4",
                (
                    None if translation is None else translation.strip(),
                    None if left_out is None else int(left_out),
                    owner.id,
                    lemma,
                ),
            )
            self._touch_owner(owner)
            return cursor.rowcount

    def remove_prepared_words(self, owner: GlossaryOwner, lemmas: Sequence[str]) -> None:
        """Take words out of a prepared glossary (a new search may find them again)."""
        table = _TABLES[owner.kind]
        with self._db.transaction("remove words from a handout"):
            self._conn.execute(
                f"DELETE FROM {table.name} WHERE {table.owner} = ?"
                " AND lemma IN (SELECT value FROM json_each(?))",
                (owner.id, json.dumps(list(lemmas))),
            )
            self._renumber_words(table, owner.id)
            self._touch_owner(owner)

    # ------------------------------------------------------------ one text's handout

    def set_text_handout(
        self,
        text_id: int,
        level: str,
        words: Sequence[HandoutWord],
        part: TextRange | None = None,
    ) -> None:
        """Replace the handout kept for a library text (its words, as found and edited, and
        the chapters or pages they were found in)."""
        with self._db.transaction(f"keep the handout of text {text_id}"):
            read_text(self._conn, text_id)
            self._conn.execute(
                "INSERT INTO text_handouts (text_id, level, updated, part) VALUES (?1, ?2, ?3, ?4)"
                " ON CONFLICT (text_id) DO UPDATE SET level = ?2, updated = ?3, part = ?4",
                (text_id, level, self._db.now(), stored_range(part)),
            )
            self._conn.execute("DELETE FROM text_handout_words WHERE text_id = ?", (text_id,))
            self._conn.executemany(
                "INSERT INTO text_handout_words"
                f" (position, lemma_key, {_TEXT_WORD_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (position, lemma_key(item.word.lemma), *_text_word_row(text_id, item))
                    for position, item in enumerate(words)
                    if item.word.lemma.strip()
                ),
            )

    def text_handout(self, text_id: int) -> tuple[str, list[HandoutWord]] | None:
        """(level, words) of the handout kept for a text, left-out words too; None if none."""
        with self._db.transaction("read a handout", write=False):
            found = self._conn.execute(
                "SELECT level FROM text_handouts WHERE text_id = ?", (text_id,)
            ).fetchone()
            if found is None:
                return None
            rows = self._conn.execute(
                f"SELECT {_TEXT_WORD_COLUMNS} FROM text_handout_words WHERE text_id = ?"
                " ORDER BY position",
                (text_id,),
            ).fetchall()
        return str(found[0]), [HandoutWord(list_word(row[:-2]), 0, *row[-2:]) for row in rows]

    def text_handout_part(self, text_id: int) -> TextRange | None:
        """The chapters or pages the text's kept handout was found in; None: all of it."""
        with self._db.guard("read a handout"):
            found = self._conn.execute(
                "SELECT part FROM text_handouts WHERE text_id = ?", (text_id,)
            ).fetchone()
        try:
            return TextRange.from_stored(found[0]) if found else None
        except InputError:
            return None

    # ------------------------------------------------------------ teachers' lists

    def teacher_words(self, lemma: str | None = None) -> list[TeacherWord]:
        """The words of lists imported from list files (not those the teacher left out), of
        one lemma or of all; by list title, then in each list's order."""
        key = None if lemma is None else lemma_key(lemma)
        columns = ", ".join(f"w.{name.strip()}" for name in WORD_COLUMNS.split(","))
        with self._db.guard("read the teachers' lists"):
            rows = self._conn.execute(
                f"SELECT l.id, l.title, {columns} FROM reading_list_words AS w"
                " JOIN reading_lists AS l ON l.id = w.list_id"
                " WHERE l.imported IS NOT NULL AND w.left_out = 0"
                " AND (?1 IS NULL OR w.lemma_key = ?1)"
                " ORDER BY l.title COLLATE NOCASE, l.id, w.position",
                (key,),
            ).fetchall()
        return [TeacherWord(row[0], row[1], list_word(row[2:])) for row in rows]

    # ------------------------------------------------------------ internals

    def _touch_owner(self, owner: GlossaryOwner) -> None:
        if owner.kind == "list":
            touch_list(self._conn, owner.id, self._db.now())
        else:
            self._conn.execute(
                "UPDATE text_handouts SET updated = ? WHERE text_id = ?", (self._db.now(), owner.id)
            )

    def _renumber_words(self, table: _Table, owner_id: int) -> None:
        """Positions 0, 1, 2 ... again after a removal, in the same order."""
        rows = self._conn.execute(
            f"SELECT position FROM {table.name} WHERE {table.owner} = ? ORDER BY position",
            (owner_id,),
        ).fetchall()
        # Through negative numbers: positions are a key, so a new one must not meet an old one.
        self._conn.executemany(
            f"UPDATE {table.name} SET position = ? WHERE {table.owner} = ? AND position = ?",
            [(-1 - new, owner_id, old) for new, (old,) in enumerate(rows)]
            + [(new, owner_id, -1 - new) for new in range(len(rows))],
        )


def _text_word_row(text_id: int, item: HandoutWord) -> tuple[Any, ...]:
    *values, _, edited, left_out = word_row(item.word)
    return (*values, text_id, edited, left_out, item.start, item.end)
