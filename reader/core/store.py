"""The glossary database: the only module with SQL.

A GlossaryStore owns one SQLite connection and belongs to the thread that opened it
(sqlite3's default check_same_thread); other threads open their own store on the same file.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from reader.core import paths
from reader.core.errors import InputError, StoreError
from reader.core.migrations import LATEST_VERSION as LATEST_VERSION
from reader.core.migrations import MIGRATIONS_DIR, migrate, schema_version
from reader.core.models import Context, EntryDraft, GlossaryEntry, Status

BUSY_TIMEOUT_S: Final = 2.0
# The entry fields a learner types; the same order as their columns in _write().
_TEXT_FIELDS = ("word", "lemma", "pos", "gender", "translation", "grammar", "notes")
# A re-save with the default status must not throw away the learner's progress.
_PROGRESS = frozenset(
    {Status.LEARNING_2, Status.LEARNING_3, Status.LEARNING_4, Status.LEARNING_5, Status.KNOWN}
)
_SEARCH_FOLDS = str.maketrans(
    {"\u0153": "oe", "\u0152": "OE", "\u00e6": "ae", "\u00c6": "AE", "\u2019": "'", "\u02bc": "'"}
)
_EntryRow = tuple[int, str, str, str, str, str, str, str, str, str, str]


# ---------------------------------------------------------------- helpers


def lemma_key(lemma: str) -> str:
    """The identity of an entry: the lemma in NFC, lower-cased (Élan and élan are one)."""
    return unicodedata.normalize("NFC", lemma.strip()).lower()


def fold(text: str) -> str:
    """Text without accents, ligatures or case, for searching: Cœur -> coeur."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SEARCH_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _clean_tags(tags: Sequence[str]) -> list[str]:
    if isinstance(tags, str):  # a lone string is one tag, not a sequence of letters
        tags = (tags,)
    cleaned: dict[str, str] = {}
    for tag in tags:
        text = " ".join(tag.split())
        if text:
            cleaned.setdefault(text.casefold(), text)
    return list(cleaned.values())


def _prefer(new: str | None, old: str) -> str:
    """A non-blank new value wins; a blank or missing one keeps what was there."""
    return new.strip() if new is not None and new.strip() else old


def _given(new: str | None, old: str) -> str:
    """None keeps the old value; anything else, even blank, replaces it."""
    return old if new is None else new.strip()


def _merged_status(old: Status, new: Status) -> Status:
    return old if new is Status.LEARNING_1 and old in _PROGRESS else new


def _blank(now: str) -> GlossaryEntry:
    # id 0: not stored yet. Status NEW, so the draft's status always wins over it.
    return GlossaryEntry(0, "", "", "", "", "", "", (), (), "", Status.NEW, now, now)


def _merged(old: GlossaryEntry, draft: EntryDraft, now: str) -> GlossaryEntry:
    """The entry after saving a draft over it: the draft's non-blank fields win."""
    lemma = _prefer(draft.lemma, old.lemma)
    return replace(
        old,
        word=_prefer(draft.word, old.word) or lemma,
        lemma=lemma,
        pos=_prefer(draft.pos, old.pos),
        gender=_prefer(draft.gender, old.gender),
        translation=_prefer(draft.translation, old.translation),
        grammar=_prefer(draft.grammar, old.grammar),
        notes=_prefer(draft.notes, old.notes),
        status=_merged_status(old.status, Status(draft.status)),
        updated=now,
    )


def _status_and_times(entry: GlossaryEntry) -> tuple[str, str, str]:
    return Status(entry.status).value, entry.created, entry.updated


def _status(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise StoreError(
            f"The glossary holds an unknown word status {value!r}; "
            "it was written by a newer version of the app."
        ) from None


# ---------------------------------------------------------------- the store


class GlossaryStore:
    """Saved words, one entry per lemma. Every write is one transaction."""

    def __init__(self, path: Path, *, migrations_dir: Path = MIGRATIONS_DIR) -> None:
        self.path = Path(path)
        self._conn = self._connect()
        try:
            with self._guard("open the glossary"):
                self._check_is_glossary()  # before WAL, which would change the file
                self._conn.execute("PRAGMA journal_mode = WAL")
                migrate(self._conn, migrations_dir, name=f"the glossary {self.path}")
                self._conn.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            self._conn.close()
            raise

    @classmethod
    def open_in(cls, data_dir: Path) -> GlossaryStore:
        return cls(paths.glossary_path(data_dir))

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> GlossaryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------ writes

    def save(self, draft: EntryDraft) -> GlossaryEntry:
        """Add a word, or merge it into the entry with the same lemma, keeping every context."""
        key = lemma_key(draft.lemma)
        if not key:
            raise InputError(f"Cannot save {draft.word!r}: it has no dictionary form (lemma).")
        with self._transaction(f"save {draft.lemma.strip()!r}"):
            now = _now()
            entry_id = self._write(_merged(self._find(key) or _blank(now), draft, now))
            self._add_tags(entry_id, draft.tags)
            if draft.context is not None:
                self._add_context(entry_id, draft.context, now)
            return self._reindex(entry_id)

    def update(
        self,
        entry_id: int,
        *,
        word: str | None = None,
        translation: str | None = None,
        notes: str | None = None,
        tags: Sequence[str] | None = None,
        status: Status | None = None,
        grammar: str | None = None,
    ) -> GlossaryEntry:
        """Change the given fields (None leaves one alone; tags replaces the whole set)."""
        with self._transaction(f"update glossary entry {entry_id}"):
            old = self._get(entry_id)
            new = replace(
                old,
                word=_prefer(word, old.word),
                translation=_given(translation, old.translation),
                grammar=_given(grammar, old.grammar),
                notes=_given(notes, old.notes),
                status=old.status if status is None else Status(status),
                updated=_now(),
            )
            self._write(new)
            if tags is not None:
                self._conn.execute("DELETE FROM tags WHERE entry_id = ?", (entry_id,))
                self._add_tags(entry_id, tags)
            return self._reindex(entry_id)

    def delete(self, entry_id: int) -> GlossaryEntry:
        """Remove an entry; the returned copy is everything restore() needs to undo it."""
        with self._transaction(f"delete glossary entry {entry_id}"):
            entry = self._get(entry_id)
            self._conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            return entry

    def restore(self, entry: GlossaryEntry) -> GlossaryEntry:
        """Undo a delete: the same id, contexts, tags and times."""
        with self._transaction(f"restore {entry.lemma!r}"):
            clash = self._conn.execute(
                "SELECT id FROM entries WHERE id = ? OR lemma_key = ?",
                (entry.id, lemma_key(entry.lemma)),
            ).fetchone()
            if clash is not None:
                raise StoreError(
                    f"Cannot undo the deletion of {entry.lemma!r}: "
                    "it is already in the glossary again."
                )
            self._write(entry)
            self._add_tags(entry.id, entry.tags)
            for context in entry.contexts:
                self._add_context(entry.id, context, entry.updated)
            return self._reindex(entry.id)

    # ------------------------------------------------------------ reads

    def get(self, entry_id: int) -> GlossaryEntry:
        with self._transaction("read the glossary", write=False):
            return self._get(entry_id)

    def find_by_lemma(self, lemma: str) -> GlossaryEntry | None:
        with self._transaction("read the glossary", write=False):
            return self._find(lemma_key(lemma))

    def translation_for(self, lemma: str) -> str | None:
        """The learner's own translation of a lemma, or None if there is none."""
        with self._guard("read the glossary"):
            found = self._conn.execute(
                "SELECT translation FROM entries WHERE lemma_key = ?", (lemma_key(lemma),)
            ).fetchone()
        return str(found[0]) if found is not None and found[0] else None

    def search(self, query: str) -> list[GlossaryEntry]:
        """Entries whose lemma, word, translation, notes or tags contain the query.

        Accents, ligatures and case are ignored; entries whose lemma starts with the query
        come first, then the most recently changed.
        """
        folded = _like_escape(fold(" ".join(query.split())))
        if not folded:
            return self.entries()
        with self._transaction("search the glossary", write=False):
            rows = self._conn.execute(
                "SELECT id FROM entries WHERE search_text LIKE ?1 ESCAPE '\\'"
                " ORDER BY search_text LIKE ?2 ESCAPE '\\' DESC, updated DESC, id DESC",
                (f"%{folded}%", f"{folded}%"),
            )
            return self._load([row[0] for row in rows])

    def entries(
        self, *, tag: str | None = None, status: Status | None = None, source: str | None = None
    ) -> list[GlossaryEntry]:
        """Entries matching every given filter, most recently changed first."""
        status_value = None if status is None else Status(status).value
        with self._transaction("read the glossary", write=False):
            rows = self._conn.execute(
                "SELECT e.id FROM entries AS e"
                " WHERE (?1 IS NULL OR e.status = ?1)"
                " AND (?2 IS NULL OR EXISTS (SELECT 1 FROM tags AS t"
                "  WHERE t.entry_id = e.id AND t.tag = ?2))"
                " AND (?3 IS NULL OR EXISTS (SELECT 1 FROM contexts AS c"
                "  WHERE c.entry_id = e.id AND (c.source_title = ?3 OR c.source_path = ?3)))"
                " ORDER BY e.updated DESC, e.id DESC",
                (status_value, tag, source),
            )
            return self._load([row[0] for row in rows])

    def lemmas_by_status(self) -> dict[str, Status]:
        """Lower-cased (NFC) lemma -> status, for marking known and learning words in a text."""
        with self._guard("read the glossary"):
            rows = self._conn.execute("SELECT lemma_key, status FROM entries").fetchall()
        return {key: _status(value) for key, value in rows}

    def tags(self) -> list[str]:
        with self._guard("read the glossary"):
            rows = self._conn.execute("SELECT DISTINCT tag FROM tags ORDER BY tag").fetchall()
        return [row[0] for row in rows]

    def sources(self) -> list[str]:
        """The titles of the texts words were saved from (the path when there is no title)."""
        with self._guard("read the glossary"):
            rows = self._conn.execute(
                "SELECT DISTINCT CASE WHEN source_title <> '' THEN source_title"
                " ELSE source_path END AS source FROM contexts"
                " WHERE source <> '' ORDER BY source COLLATE NOCASE"
            ).fetchall()
        return [row[0] for row in rows]

    # ------------------------------------------------------------ internals

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the folder for the glossary {self.path}: {exc.strerror or exc}. "
                "Choose another data folder."
            ) from exc
        with self._guard("open the glossary"):
            # timeout is SQLite's busy timeout: wait that long for another writer, then fail.
            return sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)

    def _check_is_glossary(self) -> None:
        if schema_version(self._conn) != 0:
            return
        if self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            raise StoreError(
                f"{self.path} is not a glossary database: it belongs to another program. "
                "Choose another file or data folder."
            )

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn SQLite's errors into a StoreError that says what to do."""
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(action, exc) from exc

    def _error(self, action: str, exc: sqlite3.Error) -> StoreError:
        code = getattr(exc, "sqlite_errorname", "")
        if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return StoreError(
                f"Could not {action}: {self.path} is in use by another program "
                "(database is locked). Close the other copy of the app and try again."
            )
        if code.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")):
            return StoreError(f"{self.path} is not a glossary database (file is damaged?): {exc}")
        if code.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
            return StoreError(
                f"Could not {action}: {self.path} cannot be opened for writing ({exc}). "
                "Check that the folder exists and is writable."
            )
        return StoreError(f"Could not {action} in {self.path}: {exc}")

    @contextmanager
    def _transaction(self, action: str, *, write: bool = True) -> Iterator[None]:
        """One transaction; a read one too, so an entry and its contexts match."""
        with self._guard(action):
            self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield
                self._conn.execute("COMMIT")
            finally:
                # Also after a failed COMMIT, which leaves the transaction open.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")

    def _write(self, entry: GlossaryEntry) -> int:
        """Insert an entry (id 0 gets a new id) or overwrite the stored one with its id."""
        texts = (getattr(entry, name).strip() for name in _TEXT_FIELDS)
        cursor = self._conn.execute(
            "INSERT INTO entries (id, lemma_key, word, lemma, pos, gender, translation, grammar,"
            " notes, status, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET lemma_key = excluded.lemma_key,"
            " word = excluded.word, lemma = excluded.lemma, pos = excluded.pos,"
            " gender = excluded.gender, translation = excluded.translation,"
            " grammar = excluded.grammar, notes = excluded.notes, status = excluded.status,"
            " updated = excluded.updated",
            (entry.id or None, lemma_key(entry.lemma), *texts, *_status_and_times(entry)),
        )
        return entry.id or int(cursor.lastrowid or 0)

    def _find(self, key: str) -> GlossaryEntry | None:
        found = self._conn.execute("SELECT id FROM entries WHERE lemma_key = ?", (key,))
        row = found.fetchone()
        return None if row is None else self._get(row[0])

    def _add_tags(self, entry_id: int, tags: Sequence[str]) -> None:
        for tag in _clean_tags(tags):
            self._conn.execute(
                "INSERT INTO tags (entry_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (entry_id, tag),
            )

    def _add_context(self, entry_id: int, context: Context, now: str) -> None:
        sentence = context.sentence.strip()
        if not sentence:
            return
        self._conn.execute(
            "INSERT INTO contexts (entry_id, sentence, word, source_title, source_path, created)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id, sentence) DO NOTHING",
            (
                entry_id,
                sentence,
                context.word.strip(),
                context.source_title.strip(),
                context.source_path,
                context.created or now,
            ),
        )

    def _reindex(self, entry_id: int) -> GlossaryEntry:
        """Refresh the entry's folded search text; returns the entry as now stored."""
        entry = self._get(entry_id)
        parts = (entry.lemma, entry.word, entry.translation, entry.notes, *entry.tags)
        self._conn.execute(
            "UPDATE entries SET search_text = ? WHERE id = ?", (fold("\n".join(parts)), entry_id)
        )
        return entry

    def _get(self, entry_id: int) -> GlossaryEntry:
        found = self._load([entry_id])
        if not found:
            raise StoreError(f"No glossary entry with id {entry_id}.")
        return found[0]

    def _load(self, ids: list[int]) -> list[GlossaryEntry]:
        """Whole entries in the order of ids: three queries, however many entries."""
        if not ids:
            return []
        id_list = json.dumps(ids)
        rows: list[_EntryRow] = self._conn.execute(
            "SELECT id, word, lemma, pos, gender, translation, grammar, notes, status,"
            " created, updated FROM entries WHERE id IN (SELECT value FROM json_each(?))",
            (id_list,),
        ).fetchall()
        contexts = self._contexts(id_list)
        tags = self._tags(id_list)
        by_id = {row[0]: _entry(row, contexts[row[0]], tags[row[0]]) for row in rows}
        return [by_id[entry_id] for entry_id in ids if entry_id in by_id]

    def _contexts(self, id_list: str) -> dict[int, list[Context]]:
        found: dict[int, list[Context]] = defaultdict(list)
        for entry_id, *fields in self._conn.execute(
            "SELECT entry_id, sentence, word, source_title, source_path, created FROM contexts"
            " WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY created, id",
            (id_list,),
        ):
            found[entry_id].append(Context(*fields))
        return found

    def _tags(self, id_list: str) -> dict[int, list[str]]:
        found: dict[int, list[str]] = defaultdict(list)
        for entry_id, tag in self._conn.execute(
            "SELECT entry_id, tag FROM tags"
            " WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
            (id_list,),
        ):
            found[entry_id].append(tag)
        return found


def _entry(row: _EntryRow, contexts: list[Context], tags: list[str]) -> GlossaryEntry:
    # The columns come in GlossaryEntry's field order, without contexts and tags.
    fields, notes, status, times = row[:7], row[7], _status(row[8]), row[9:]
    return GlossaryEntry(*fields, tuple(contexts), tuple(tags), notes, status, *times)
