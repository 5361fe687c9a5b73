"""The database's reading lists part (db.lists): ordered texts with notes, and each list's
prepared glossary.

A part of the Database (database.py); SQL stays in the store's modules. A text in the
library's bin stays in its lists but is not shown in them until it is restored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reader.core.errors import InputError, StoreError
from reader.core.importers import ImportedText
from reader.core.store.connection import Connection, lemma_key
from reader.core.store.library import clean_title, insert_text, read_text
from reader.core.store.records import (
    ListItem,
    ListWord,
    Page,
    ReadingList,
    TextRange,
    stored_range,
)

_LIST_COLUMNS = "id, title, notes, level, created, updated, imported"
WORD_COLUMNS = (
    "word, lemma, headword, pos, gender, translation, sentence, text_id, edited, left_out"
)


@dataclass(frozen=True, slots=True)
class ListText:
    """A text arriving with a list file: stored unless the library has it already."""

    imported: ImportedText
    pages: Sequence[Page]
    note: str = ""


class ReadingLists:
    """Reading lists, their texts in order, and their prepared glossary."""

    def __init__(self, db: Connection) -> None:
        self._db = db
        self._conn = db.sqlite

    def create_list(self, title: str, notes: str = "", text_ids: Sequence[int] = ()) -> ReadingList:
        """A new list, with these texts in order: all of it, or nothing if a text is gone."""
        with self._db.transaction("create a reading list"):
            list_id = self._insert_list(title, notes, "")
            for text_id in text_ids:
                read_text(self._conn, text_id)
                self._append(list_id, text_id, "")
            return self._get_list(list_id)

    def reading_lists(self) -> list[ReadingList]:
        with self._db.guard("read the reading lists"):
            rows = self._conn.execute(
                f"SELECT {_LIST_COLUMNS} FROM reading_lists ORDER BY title COLLATE NOCASE, id"
            ).fetchall()
        return [ReadingList(*row) for row in rows]

    def reading_list(self, list_id: int) -> ReadingList:
        with self._db.transaction("read a reading list", write=False):
            return self._get_list(list_id)

    def update_list(
        self, list_id: int, *, title: str | None = None, notes: str | None = None
    ) -> ReadingList:
        """Change the title or notes (None leaves one alone)."""
        with self._db.transaction(f"change reading list {list_id}"):
            old = self._get_list(list_id)
            self._conn.execute(
                "UPDATE reading_lists SET title = ?, notes = ?, updated = ? WHERE id = ?",
                (
                    old.title if title is None else clean_title(title),
                    old.notes if notes is None else notes.strip(),
                    self._db.now(),
                    list_id,
                ),
            )
            return self._get_list(list_id)

    def delete_list(self, list_id: int) -> None:
        """Remove a list; its texts stay in the library."""
        with self._db.transaction(f"delete reading list {list_id}"):
            self._get_list(list_id)
            self._conn.execute("DELETE FROM reading_lists WHERE id = ?", (list_id,))

    def add_to_list(
        self, list_id: int, text_id: int, note: str = "", part: TextRange | None = None
    ) -> None:
        """Put a text (or a part of it: chapters, pages) at the end of a list; a text already
        in it keeps its place (and gets the note, if one is given, and the part)."""
        with self._db.transaction(f"add text {text_id} to reading list {list_id}"):
            self._get_list(list_id)
            read_text(self._conn, text_id)
            self._append(list_id, text_id, note)
            self._set_part(list_id, text_id, part)
            touch_list(self._conn, list_id, self._db.now())

    def set_item_part(self, list_id: int, text_id: int, part: TextRange | None) -> None:
        """Read only these chapters or pages of a text of the list (None: all of it)."""
        with self._db.transaction(f"choose the part of text {text_id} in list {list_id}"):
            self._get_list(list_id)
            self._set_part(list_id, text_id, part)
            touch_list(self._conn, list_id, self._db.now())

    def _set_part(self, list_id: int, text_id: int, part: TextRange | None) -> None:
        self._conn.execute(
            "UPDATE reading_list_texts SET part = ? WHERE list_id = ? AND text_id = ?",
            (stored_range(part), list_id, text_id),
        )

    def remove_from_list(self, list_id: int, text_id: int) -> None:
        with self._db.transaction(f"remove text {text_id} from reading list {list_id}"):
            self._conn.execute(
                "DELETE FROM reading_list_texts WHERE list_id = ? AND text_id = ?",
                (list_id, text_id),
            )
            self._renumber(list_id, self._item_ids(list_id))
            touch_list(self._conn, list_id, self._db.now())

    def reorder_list(self, list_id: int, text_ids: Sequence[int]) -> None:
        """Put the list's texts in this order; it must name each of them once."""
        with self._db.transaction(f"reorder reading list {list_id}"):
            if sorted(text_ids) != sorted(self._item_ids(list_id)):
                raise InputError("The new order must name every text of the list once.")
            self._renumber(list_id, list(text_ids))
            touch_list(self._conn, list_id, self._db.now())

    def list_items(self, list_id: int) -> list[ListItem]:
        """The list's texts in order, without those in the library's bin."""
        with self._db.transaction("read a reading list", write=False):
            self._get_list(list_id)
            rows = self._conn.execute(
                "SELECT l.text_id, l.position, l.note, l.part FROM reading_list_texts AS l"
                " JOIN texts AS t ON t.id = l.text_id"
                " WHERE l.list_id = ? AND t.deleted IS NULL ORDER BY l.position",
                (list_id,),
            ).fetchall()
            return [
                ListItem(read_text(self._conn, text_id), position, note, _part(part))
                for text_id, position, note, part in rows
            ]

    def lists_of_text(self, text_id: int) -> list[ReadingList]:
        with self._db.guard("read the reading lists"):
            rows = self._conn.execute(
                f"SELECT {_LIST_COLUMNS} FROM reading_lists"
                " WHERE id IN (SELECT list_id FROM reading_list_texts WHERE text_id = ?)"
                " ORDER BY title COLLATE NOCASE",
                (text_id,),
            ).fetchall()
        return [ReadingList(*row) for row in rows]

    # ------------------------------------------------------------ prepared glossary

    def set_list_words(self, list_id: int, level: str, words: Sequence[ListWord]) -> None:
        """Replace the list's prepared glossary (the teacher's edited handout words)."""
        with self._db.transaction(f"prepare the glossary of reading list {list_id}"):
            self._get_list(list_id)
            self._put_words(list_id, level, words)

    def list_words(self, list_id: int, *, left_out: bool = True) -> list[ListWord]:
        """The prepared glossary in order; left_out=False: without the words the teacher
        unticked (what handouts and list files hold)."""
        with self._db.guard("read a reading list"):
            rows = self._conn.execute(
                f"SELECT {WORD_COLUMNS} FROM reading_list_words WHERE list_id = ?"
                " AND (? OR left_out = 0) ORDER BY position",
                (list_id, left_out),
            ).fetchall()
        return [list_word(row) for row in rows]

    # ------------------------------------------------------------ a list file, at once

    def add_list_with_texts(
        self,
        title: str,
        notes: str,
        texts: Sequence[ListText],
        level: str,
        words: Sequence[tuple[int | None, ListWord]],
    ) -> tuple[ReadingList, list[str]]:
        """A list arriving from a file, all in one transaction: nothing is half-imported.
        words: (index into texts or None, word). Returns the list and, per text, "added",
        "duplicate" (already in the library: that one is used) or "restored"."""
        with self._db.transaction(f"import the reading list {title!r}"):
            list_id = self._insert_list(title, notes, level, imported=self._db.now())
            ids: list[int] = []
            outcomes: list[str] = []
            for item in texts:
                text_id, outcome = self._find_or_insert(item)
                ids.append(text_id)
                outcomes.append(outcome)
                self._append(list_id, text_id, item.note)
            placed = [replace(word, text_id=None if i is None else ids[i]) for i, word in words]
            self._put_words(list_id, level, placed)
            return self._get_list(list_id), outcomes

    # ------------------------------------------------------------ internals

    def _find_or_insert(self, item: ListText) -> tuple[int, str]:
        found = self._conn.execute(
            "SELECT id, deleted FROM texts WHERE fingerprint = ?", (item.imported.fingerprint,)
        ).fetchone()
        if found is None:
            return insert_text(self._conn, item.imported, item.pages, self._db.now()), "added"
        if found[1] is not None:
            self._conn.execute("UPDATE texts SET deleted = NULL WHERE id = ?", (found[0],))
            return found[0], "restored"
        return found[0], "duplicate"

    def _insert_list(
        self, title: str, notes: str, level: str, *, imported: str | None = None
    ) -> int:
        now = self._db.now()
        cursor = self._conn.execute(
            "INSERT INTO reading_lists (title, notes, level, created, updated, imported)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (clean_title(title), notes.strip(), level, now, now, imported),
        )
        return int(cursor.lastrowid or 0)

    def _get_list(self, list_id: int) -> ReadingList:
        row = self._conn.execute(
            f"SELECT {_LIST_COLUMNS} FROM reading_lists WHERE id = ?",
            (list_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"No reading list with id {list_id}.")
        return ReadingList(*row)

    def _append(self, list_id: int, text_id: int, note: str) -> None:
        self._conn.execute(
            "INSERT INTO reading_list_texts (list_id, text_id, position, note)"
            " VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM reading_list_texts"
            "  WHERE list_id = ?1), ?3)"
            " ON CONFLICT (list_id, text_id) DO UPDATE SET"
            " note = CASE WHEN excluded.note <> '' THEN excluded.note ELSE note END",
            (list_id, text_id, note.strip()),
        )

    def _item_ids(self, list_id: int) -> list[int]:
        rows = self._conn.execute(
            "SELECT text_id FROM reading_list_texts WHERE list_id = ? ORDER BY position",
            (list_id,),
        ).fetchall()
        return [row[0] for row in rows]

    def _renumber(self, list_id: int, text_ids: list[int]) -> None:
        self._conn.executemany(
            "UPDATE reading_list_texts SET position = ? WHERE list_id = ? AND text_id = ?",
            ((position, list_id, text_id) for position, text_id in enumerate(text_ids)),
        )

    def _put_words(self, list_id: int, level: str, words: Sequence[ListWord]) -> None:
        self._conn.execute("DELETE FROM reading_list_words WHERE list_id = ?", (list_id,))
        self._conn.executemany(
            f"INSERT INTO reading_list_words (list_id, position, lemma_key, {WORD_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (list_id, position, lemma_key(word.lemma), *word_row(word))
                for position, word in enumerate(words)
                if word.lemma.strip()
            ),
        )
        self._conn.execute(
            "UPDATE reading_lists SET level = ?, updated = ? WHERE id = ?",
            (level, self._db.now(), list_id),
        )


def word_row(word: ListWord) -> tuple[Any, ...]:
    """A word's values in the order of WORD_COLUMNS."""
    texts = (word.word, word.lemma, word.headword, word.pos, word.gender, word.translation)
    flags = (int(word.edited), int(word.left_out))
    return (*(value.strip() for value in texts), word.sentence.strip(), word.text_id, *flags)


def list_word(row: Sequence[Any]) -> ListWord:
    """A word from a row of WORD_COLUMNS."""
    word, lemma, headword, pos, gender, translation, sentence, text_id, edited, left_out = row
    return ListWord(
        word,
        lemma,
        headword,
        pos,
        gender,
        translation,
        sentence,
        text_id,
        edited=bool(edited),
        left_out=bool(left_out),
    )


def _part(stored: str) -> TextRange | None:
    """A stored part; one the app cannot read any more counts as the whole text."""
    try:
        return TextRange.from_stored(stored)
    except InputError:
        return None


def touch_list(conn: sqlite3.Connection, list_id: int, now: str) -> None:
    """Inside a transaction: the list changed now."""
    conn.execute("UPDATE reading_lists SET updated = ? WHERE id = ?", (now, list_id))
