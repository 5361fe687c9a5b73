"""The database's library part (db.library): texts with their bodies, pages, tags and reading
position, and what each page's analysis found.

A part of the Database (database.py); SQL stays in the store's modules. The lists and handouts
parts read and insert texts through read_text and insert_text, inside their own transactions.
A deleted text goes to the bin (texts.deleted) so undo is one UPDATE; purge_deleted() removes
texts for good.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from reader.core.analysis.difficulty import WordCounts
from reader.core.errors import InputError, StoreError
from reader.core.importers import Chapter, ImportedText
from reader.core.models import Status
from reader.core.store.connection import Connection, fold
from reader.core.store.records import LemmaCoverage, Page, PageState, TextRecord

MAX_TITLE = 300
_TEXT_COLUMNS = (
    "id, title, author, source_path, source_format, language_warning, warnings, chapters,"
    " word_count, length, fingerprint, position, added, opened, deleted,"
    " (SELECT count(*) FROM pages WHERE pages.text_id = texts.id)"
)


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags with spaces collapsed, blanks dropped, one of each (case-insensitive)."""
    if isinstance(tags, str):  # a lone string is one tag, not a sequence of letters
        tags = (tags,)
    cleaned: dict[str, str] = {}
    for tag in tags:
        text = " ".join(tag.split())
        if text:
            cleaned.setdefault(text.casefold(), text)
    return list(cleaned.values())


def clean_title(title: str) -> str:
    text = " ".join(title.split())
    if not text:
        raise InputError("A title cannot be blank.")
    return text[:MAX_TITLE]


def _record(row: Sequence[Any], tags: Sequence[str]) -> TextRecord:
    (id_, title, author, path, fmt, warning, warnings, chapters, words, length) = row[:10]
    fingerprint, position, added, opened, deleted, page_count = row[10:]
    return TextRecord(
        id=id_,
        title=title,
        author=author,
        source_path=path,
        source_format=fmt,
        language_warning=warning,
        warnings=tuple(json.loads(warnings)),
        chapters=tuple(Chapter(str(c[0]), int(c[1]), int(c[2])) for c in json.loads(chapters)),
        word_count=words,
        length=length,
        fingerprint=fingerprint,
        position=position,
        tags=tuple(tags),
        added=added,
        opened=opened,
        deleted=deleted,
        page_count=page_count,
    )


def _counts(row: Sequence[Any]) -> WordCounts | None:
    return None if row[0] is None else WordCounts(*(int(value) for value in row))


class Library:
    """Texts, pages, tags, positions and page analyses."""

    def __init__(self, db: Connection) -> None:
        self._db = db
        self._conn = db.sqlite

    # ------------------------------------------------------------ adding

    def add_text(
        self, imported: ImportedText, pages: Sequence[Page], tags: Sequence[str] = ()
    ) -> tuple[TextRecord, str]:
        """Store an imported text with its pages, in one transaction. Returns the record and
        what happened: "added"; "duplicate" (the same text is in the library: unchanged);
        "restored" (it was in the bin: back, with its position and tags)."""
        with self._db.transaction(f"add {imported.title!r} to the library"):
            found = self._conn.execute(
                "SELECT id, deleted FROM texts WHERE fingerprint = ?", (imported.fingerprint,)
            ).fetchone()
            if found is not None:
                if found[1] is None:
                    return read_text(self._conn, found[0]), "duplicate"
                self._conn.execute("UPDATE texts SET deleted = NULL WHERE id = ?", (found[0],))
                return read_text(self._conn, found[0]), "restored"
            text_id = insert_text(self._conn, imported, pages, self._db.now())
            self._put_tags(text_id, tags)
            return read_text(self._conn, text_id), "added"

    # ------------------------------------------------------------ reading

    def text(self, text_id: int) -> TextRecord:
        """A text, in the library or in the bin; StoreError if there is none."""
        with self._db.transaction("read the library", write=False):
            return read_text(self._conn, text_id)

    def texts(self, *, include_deleted: bool = False) -> list[TextRecord]:
        """Every text, most recently added first."""
        with self._db.transaction("read the library", write=False):
            rows = self._conn.execute(
                f"SELECT {_TEXT_COLUMNS} FROM texts"
                " WHERE ?1 OR deleted IS NULL ORDER BY added DESC, id DESC",
                (include_deleted,),
            ).fetchall()
            tags = _tags_of(self._conn, [row[0] for row in rows])
        return [_record(row, tags[row[0]]) for row in rows]

    def search_texts(self, query: str) -> list[int]:
        """Ids of texts in the library whose title, author, file name or tags contain query
        (accents, ligatures and case ignored)."""
        folded = fold(" ".join(query.split()))
        escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._db.guard("search the library"):
            rows = self._conn.execute(
                "SELECT id FROM texts WHERE deleted IS NULL AND search_text LIKE ? ESCAPE '\\'",
                (f"%{escaped}%",),
            ).fetchall()
        return [row[0] for row in rows]

    def text_by_fingerprint(self, fingerprint: str) -> TextRecord | None:
        with self._db.transaction("read the library", write=False):
            found = self._conn.execute(
                "SELECT id FROM texts WHERE fingerprint = ?", (fingerprint,)
            ).fetchone()
            return None if found is None else read_text(self._conn, found[0])

    def text_body(self, text_id: int) -> str:
        """The whole text: a book's body is a few megabytes, read only to open it."""
        with self._db.guard("read the library"):
            found = self._conn.execute(
                "SELECT body FROM text_bodies WHERE text_id = ?", (text_id,)
            ).fetchone()
        if found is None:
            raise StoreError(f"No text with id {text_id} in the library.")
        return str(found[0])

    def page_body(self, text_id: int, page: Page) -> str:
        """One page of a text without reading the rest into Python (substr counts characters,
        as Python does)."""
        with self._db.guard("read the library"):
            found = self._conn.execute(
                "SELECT substr(body, ?, ?) FROM text_bodies WHERE text_id = ?",
                (page.start + 1, page.end - page.start, text_id),
            ).fetchone()
        if found is None:
            raise StoreError(f"No text with id {text_id} in the library.")
        return str(found[0])

    def pages(self, text_id: int) -> list[PageState]:
        with self._db.guard("read the library"):
            rows = self._conn.execute(
                "SELECT number, start_offset, end_offset, chapter, words, analysis,"
                " judged_words, frequent_words, uncommon_words, rare_words, sentences,"
                " sentence_words FROM pages WHERE text_id = ? ORDER BY number",
                (text_id,),
            ).fetchall()
        return [PageState(Page(*row[:5]), row[5], _counts(row[6:])) for row in rows]

    def text_counts(self, text_ids: Iterable[int]) -> dict[int, tuple[WordCounts, int]]:
        """Text id -> (its analysed pages' counts added up, how many pages were analysed);
        texts with no analysed page are left out."""
        with self._db.guard("read the library"):
            rows = self._conn.execute(
                "SELECT text_id, sum(judged_words), sum(frequent_words), sum(uncommon_words),"
                " sum(rare_words), sum(sentences), sum(sentence_words), count(*) FROM pages"
                " WHERE analysis IS NOT NULL AND text_id IN (SELECT value FROM json_each(?))"
                " GROUP BY text_id",
                (json.dumps(sorted(set(text_ids))),),
            ).fetchall()
        return {row[0]: (WordCounts(*row[1:7]), row[7]) for row in rows}

    def coverage(self, text_ids: Iterable[int]) -> dict[int, LemmaCoverage]:
        """What the learner knows of each text's analysed pages: one query for all texts."""
        with self._db.guard("read the library"):
            rows = self._conn.execute(
                "SELECT p.text_id, sum(p.occurrences),"
                " sum(CASE WHEN s.status = ?1 THEN p.occurrences ELSE 0 END),"
                " sum(CASE WHEN s.status = ?2 THEN p.occurrences ELSE 0 END),"
                " count(DISTINCT p.lemma_key),"
                " count(DISTINCT CASE WHEN s.status IS NULL OR s.status NOT IN (?1, ?2)"
                "  THEN p.lemma_key END)"
                " FROM page_lemmas AS p LEFT JOIN lemma_statuses AS s USING (lemma_key)"
                " WHERE p.text_id IN (SELECT value FROM json_each(?3)) GROUP BY p.text_id",
                (Status.KNOWN.value, Status.IGNORED.value, json.dumps(sorted(set(text_ids)))),
            ).fetchall()
        return {row[0]: LemmaCoverage(*row[1:]) for row in rows}

    def text_tags(self) -> list[str]:
        """Every tag used in the library."""
        with self._db.guard("read the library"):
            rows = self._conn.execute(
                "SELECT DISTINCT tag FROM text_tags JOIN texts ON texts.id = text_id"
                " WHERE deleted IS NULL ORDER BY tag"
            ).fetchall()
        return [row[0] for row in rows]

    # ------------------------------------------------------------ changing

    def rename_text(self, text_id: int, title: str) -> TextRecord:
        with self._db.transaction(f"rename text {text_id}"):
            read_text(self._conn, text_id)
            self._conn.execute(
                "UPDATE texts SET title = ? WHERE id = ?", (clean_title(title), text_id)
            )
            return self._reindex_text(text_id)

    def set_language_warning(self, text_id: int, warning: str) -> None:
        """The text's language check, run after its import ("": it reads as French)."""
        with self._db.transaction(f"check the language of text {text_id}"):
            read_text(self._conn, text_id)
            self._conn.execute(
                "UPDATE texts SET language_warning = ? WHERE id = ?", (warning, text_id)
            )

    def set_text_tags(self, text_id: int, tags: Sequence[str]) -> TextRecord:
        """Replace the text's tags."""
        with self._db.transaction(f"tag text {text_id}"):
            read_text(self._conn, text_id)
            self._conn.execute("DELETE FROM text_tags WHERE text_id = ?", (text_id,))
            self._put_tags(text_id, tags)
            return read_text(self._conn, text_id)

    def delete_text(self, text_id: int) -> TextRecord:
        """Move a text to the bin; restore_text(id) undoes it. Lists keep their place for it."""
        with self._db.transaction(f"delete text {text_id}"):
            read_text(self._conn, text_id)
            self._conn.execute(
                "UPDATE texts SET deleted = ? WHERE id = ? AND deleted IS NULL",
                (self._db.now(), text_id),
            )
            return read_text(self._conn, text_id)

    def restore_text(self, text_id: int) -> TextRecord:
        with self._db.transaction(f"restore text {text_id}"):
            read_text(self._conn, text_id)
            self._conn.execute("UPDATE texts SET deleted = NULL WHERE id = ?", (text_id,))
            return read_text(self._conn, text_id)

    def purge_deleted(self, before: str | None = None) -> int:
        """Remove for good the texts in the bin (deleted before an ISO time, if given)."""
        with self._db.transaction("empty the library's bin"):
            cursor = self._conn.execute(
                "DELETE FROM texts WHERE deleted IS NOT NULL AND (?1 IS NULL OR deleted < ?1)",
                (before,),
            )
            return cursor.rowcount

    def set_position(self, text_id: int, position: int, *, opened: bool = True) -> None:
        """Remember where the learner is (a character offset), and that the text was opened."""
        with self._db.transaction(f"remember the position in text {text_id}"):
            self._conn.execute(
                "UPDATE texts SET position = max(0, min(?1, length)),"
                " opened = CASE WHEN ?2 THEN ?3 ELSE opened END WHERE id = ?4",
                (position, opened, self._db.now(), text_id),
            )

    def record_page_analysis(
        self,
        text_id: int,
        page: int,
        analysis: str,
        counts: WordCounts,
        lemmas: Mapping[str, int],
    ) -> None:
        """Store what a page's analysis found, replacing an older analysis of it."""
        with self._db.transaction(f"record the analysis of page {page + 1}"):
            self._conn.execute(
                "UPDATE pages SET analysis = ?, judged_words = ?, frequent_words = ?,"
                " uncommon_words = ?, rare_words = ?, sentences = ?, sentence_words = ?"
                " WHERE text_id = ? AND number = ?",
                (
                    analysis,
                    counts.words,
                    counts.frequent,
                    counts.uncommon,
                    counts.rare,
                    counts.sentences,
                    counts.sentence_words,
                    text_id,
                    page,
                ),
            )
            self._conn.execute(
                "DELETE FROM page_lemmas WHERE text_id = ? AND page = ?", (text_id, page)
            )
            self._conn.executemany(
                "INSERT INTO page_lemmas (text_id, page, lemma_key, occurrences)"
                " VALUES (?, ?, ?, ?)",
                ((text_id, page, lemma, count) for lemma, count in lemmas.items()),
            )

    # ------------------------------------------------------------ internals

    def _put_tags(self, text_id: int, tags: Sequence[str]) -> None:
        self._conn.executemany(
            "INSERT INTO text_tags (text_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING",
            ((text_id, tag) for tag in clean_tags(tags)),
        )
        self._reindex_text(text_id)

    def _reindex_text(self, text_id: int) -> TextRecord:
        record = read_text(self._conn, text_id)
        name = record.source_path.replace("\\", "/").rsplit("/", 1)[-1]
        parts = (record.title, record.author, name, *record.tags)
        self._conn.execute(
            "UPDATE texts SET search_text = ? WHERE id = ?", (fold("\n".join(parts)), text_id)
        )
        return record


def read_text(conn: sqlite3.Connection, text_id: int) -> TextRecord:
    """Inside a transaction: a text's record, in the library or in the bin."""
    row = conn.execute(f"SELECT {_TEXT_COLUMNS} FROM texts WHERE id = ?", (text_id,)).fetchone()
    if row is None:
        raise StoreError(f"No text with id {text_id} in the library.")
    return _record(row, _tags_of(conn, [text_id])[text_id])


def _tags_of(conn: sqlite3.Connection, text_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for text_id, tag in conn.execute(
        "SELECT text_id, tag FROM text_tags"
        " WHERE text_id IN (SELECT value FROM json_each(?)) ORDER BY tag",
        (json.dumps(text_ids),),
    ):
        found[text_id].append(tag)
    return found


def insert_text(
    conn: sqlite3.Connection, imported: ImportedText, pages: Sequence[Page], now: str
) -> int:
    """Inside a transaction: a new text with its body and pages; returns its id."""
    chapters = [[c.title, c.start, c.end] for c in imported.chapters]
    cursor = conn.execute(
        "INSERT INTO texts (title, author, source_path, source_format, language_warning,"
        " warnings, chapters, word_count, length, fingerprint, added)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            clean_title(imported.title),
            imported.author,
            imported.source_path,
            imported.source_format,
            imported.language_warning or "",
            json.dumps(list(imported.warnings), ensure_ascii=False),
            json.dumps(chapters, ensure_ascii=False),
            imported.word_count,
            len(imported.text),
            imported.fingerprint,
            now,
        ),
    )
    text_id = int(cursor.lastrowid or 0)
    conn.execute("INSERT INTO text_bodies (text_id, body) VALUES (?, ?)", (text_id, imported.text))
    conn.executemany(
        "INSERT INTO pages (text_id, number, start_offset, end_offset, chapter, words)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        ((text_id, p.number, p.start, p.end, p.chapter, p.words) for p in pages),
    )
    return text_id
