"""The database's glossary part (db.glossary): saved words, one entry per lemma, with their
contexts and tags.

A part of the Database (database.py); only the store's modules run SQL. An entry's status is
its lemma's (the learning part's lemma_statuses), written in the same transaction.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from reader.core.errors import InputError, StoreError
from reader.core.models import Context, EntryDraft, GlossaryEntry, Status
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.store.connection import Connection, fold, iso, lemma_key, parse_status
from reader.core.store.learning import put_status, stored_statuses
from reader.core.store.library import clean_tags

# The entry fields a learner types; the same order as their columns in _write().
_TEXT_FIELDS = ("word", "lemma", "pos", "gender", "translation", "grammar", "notes")
# A re-save with the default status must not throw away the learner's progress.
_PROGRESS = frozenset(
    {Status.LEARNING_2, Status.LEARNING_3, Status.LEARNING_4, Status.LEARNING_5, Status.KNOWN}
)
# A lemma marked at one of these levels without being saved keeps it when first saved; a
# lemma marked known (or ignored) and then saved is one the learner wants to learn after all.
_KEPT_ON_FIRST_SAVE = _PROGRESS - {Status.KNOWN}
_EntryRow = tuple[int, str, str, str, str, str, str, str, str, str, str, str]


# ---------------------------------------------------------------- helpers


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefer(new: str | None, old: str) -> str:
    """A non-blank new value wins; a blank or missing one keeps what was there."""
    return new.strip() if new is not None and new.strip() else old


def _given(new: str | None, old: str) -> str:
    """None keeps the old value; anything else, even blank, replaces it."""
    return old if new is None else new.strip()


def _merged_status(old: Status, new: Status) -> Status:
    return old if new is Status.LEARNING_1 and old in _PROGRESS else new


def _blank(now: str, status: Status) -> GlossaryEntry:
    # id 0: not stored yet. Status NEW unless the lemma was marked: the draft's then wins.
    return GlossaryEntry(0, "", "", "", "", "", "", (), (), "", status, now, now)


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
        pattern=draft.pattern or old.pattern,
    )


def _status_and_times(entry: GlossaryEntry) -> tuple[str, str, str]:
    return Status(entry.status).value, entry.created, entry.updated


# ---------------------------------------------------------------- the glossary


class Glossary:
    """Saved words, one entry per lemma.

    Every write is one transaction. Statuses live by lemma (lemma_statuses); an entry's status
    column is kept equal to its lemma's.
    """

    def __init__(self, db: Connection) -> None:
        self._db = db
        self._conn = db.sqlite

    # ------------------------------------------------------------ writes

    def save(self, draft: EntryDraft) -> GlossaryEntry:
        """Add a word, or merge it into the entry with the same lemma, keeping every context.

        The lemma gets the entry's status: saving a word puts it into learning. A lemma marked
        at a learning level before it was saved keeps that level; one marked known or ignored
        takes the draft's status (saving it says the learner wants to learn it after all).
        """
        with self._db.transaction(f"save {draft.lemma.strip()!r}"):
            return self._save(draft, self._db.now())

    def save_all(
        self,
        drafts: Sequence[EntryDraft],
        *,
        report: Report | None = None,
        cancel: threading.Event | None = None,
    ) -> list[GlossaryEntry]:
        """Save many drafts in one transaction: all of them, or none if one fails or the
        learner cancels. Drafts with the same lemma merge into one entry."""
        saved: dict[int, GlossaryEntry] = {}
        with self._db.transaction(f"save {len(drafts)} words"):
            now = self._db.now()
            for done, draft in enumerate(drafts, start=1):
                check_cancelled(cancel)
                entry = self._save(draft, now)
                saved[entry.id] = entry
                report_progress(report, done, len(drafts))
        return list(saved.values())

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
        with self._db.transaction(f"update glossary entry {entry_id}"):
            old = self._get(entry_id)
            new = replace(
                old,
                word=_prefer(word, old.word),
                translation=_given(translation, old.translation),
                grammar=_given(grammar, old.grammar),
                notes=_given(notes, old.notes),
                status=old.status if status is None else Status(status),
                updated=self._db.now(),
            )
            self._write(new)
            put_status(self._conn, lemma_key(new.lemma), new.status, new.updated)
            if tags is not None:
                self._conn.execute("DELETE FROM tags WHERE entry_id = ?", (entry_id,))
                self._add_tags(entry_id, tags)
            return self._reindex(entry_id)

    def delete(self, entry_id: int) -> GlossaryEntry:
        """Remove an entry; the returned copy is everything restore() needs to undo it.

        A known or ignored lemma stays so; a lemma being learned becomes new again. The review
        schedule is kept (by lemma), so restore() brings it back too.
        """
        with self._db.transaction(f"delete glossary entry {entry_id}"):
            entry = self._get(entry_id)
            self._conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            if entry.status not in (Status.KNOWN, Status.IGNORED):
                # A learning status came with saving the word; known and ignored still hold.
                put_status(self._conn, lemma_key(entry.lemma), Status.NEW, self._db.now())
            return entry

    def restore(self, entry: GlossaryEntry) -> GlossaryEntry:
        """Undo a delete: the same id, contexts, tags and times."""
        with self._db.transaction(f"restore {entry.lemma!r}"):
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
            put_status(self._conn, lemma_key(entry.lemma), entry.status, entry.updated)
            self._add_tags(entry.id, entry.tags)
            for context in entry.contexts:
                self._add_context(entry.id, context, entry.updated)
            return self._reindex(entry.id)

    # ------------------------------------------------------------ reads

    def get(self, entry_id: int) -> GlossaryEntry:
        with self._db.transaction("read the glossary", write=False):
            return self._get(entry_id)

    def get_many(self, ids: Sequence[int]) -> list[GlossaryEntry]:
        """Entries in the order of ids; ids no longer stored are left out."""
        with self._db.transaction("read the glossary", write=False):
            return self._load(list(ids))

    def find_by_lemma(self, lemma: str) -> GlossaryEntry | None:
        with self._db.transaction("read the glossary", write=False):
            return self._find(lemma_key(lemma))

    def translation_for(self, lemma: str) -> str | None:
        """The learner's own translation of a lemma, or None if there is none."""
        with self._db.guard("read the glossary"):
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
        with self._db.transaction("search the glossary", write=False):
            rows = self._conn.execute(
                "SELECT id FROM entries WHERE search_text LIKE ?1 ESCAPE '\\'"
                " ORDER BY search_text LIKE ?2 ESCAPE '\\' DESC, updated DESC, id DESC",
                (f"%{folded}%", f"{folded}%"),
            )
            return self._load([row[0] for row in rows])

    def entries(
        self,
        *,
        tag: str | None = None,
        status: Status | None = None,
        source: str | None = None,
        since: datetime | None = None,
    ) -> list[GlossaryEntry]:
        """Entries matching every given filter (since: first saved then or later, a
        timezone-aware time), most recently changed first."""
        status_value = None if status is None else Status(status).value
        since_value = None if since is None else iso(since)
        with self._db.transaction("read the glossary", write=False):
            rows = self._conn.execute(
                "SELECT e.id FROM entries AS e"
                " WHERE (?1 IS NULL OR e.status = ?1)"
                " AND (?2 IS NULL OR EXISTS (SELECT 1 FROM tags AS t"
                "  WHERE t.entry_id = e.id AND t.tag = ?2))"
                " AND (?3 IS NULL OR EXISTS (SELECT 1 FROM contexts AS c"
                "  WHERE c.entry_id = e.id AND (c.source_title = ?3 OR c.source_path = ?3)))"
                " AND (?4 IS NULL OR e.created >= ?4)"
                " ORDER BY e.updated DESC, e.id DESC",
                (status_value, tag, source, since_value),
            )
            return self._load([row[0] for row in rows])

    def stored_lemmas(self, lemmas: Iterable[str]) -> set[str]:
        """The lemma keys among lemmas that have a glossary entry."""
        keys = json.dumps(sorted({lemma_key(lemma) for lemma in lemmas}))
        with self._db.guard("read the glossary"):
            rows = self._conn.execute(
                "SELECT lemma_key FROM entries WHERE lemma_key IN (SELECT value FROM json_each(?))",
                (keys,),
            ).fetchall()
        return {row[0] for row in rows}

    def terms(self) -> list[tuple[str, tuple[str, ...]]]:
        """(lemma, pattern) of the learner's own expressions, to find them in a text."""
        with self._db.guard("read the glossary"):
            rows = self._conn.execute(
                "SELECT lemma, pattern FROM entries WHERE pattern <> '' ORDER BY id"
            ).fetchall()
        found = [(row[0], _pattern_of(row[1])) for row in rows]
        return [(lemma, pattern) for lemma, pattern in found if pattern]

    def count(self) -> int:
        """How many entries the glossary holds."""
        with self._db.guard("read the glossary"):
            return int(self._conn.execute("SELECT count(*) FROM entries").fetchone()[0])

    def tags(self) -> list[str]:
        with self._db.guard("read the glossary"):
            rows = self._conn.execute("SELECT DISTINCT tag FROM tags ORDER BY tag").fetchall()
        return [row[0] for row in rows]

    def sources(self) -> list[str]:
        """The titles of the texts words were saved from (the path when there is no title)."""
        with self._db.guard("read the glossary"):
            rows = self._conn.execute(
                "SELECT DISTINCT CASE WHEN source_title <> '' THEN source_title"
                " ELSE source_path END AS source FROM contexts"
                " WHERE source <> '' ORDER BY source COLLATE NOCASE"
            ).fetchall()
        return [row[0] for row in rows]

    # ------------------------------------------------------------ internals

    def _save(self, draft: EntryDraft, now: str) -> GlossaryEntry:
        key = lemma_key(draft.lemma)
        if not key:
            raise InputError(f"Cannot save {draft.word!r}: it has no dictionary form (lemma).")
        old = self._find(key) or _blank(now, self._first_save_status(key))
        entry = _merged(old, draft, now)
        entry_id = self._write(entry)
        put_status(self._conn, key, entry.status, now)
        self._add_tags(entry_id, draft.tags)
        if draft.context is not None:
            self._add_context(entry_id, draft.context, now)
        return self._reindex(entry_id)

    def _first_save_status(self, key: str) -> Status:
        marked = stored_statuses(self._conn, [key]).get(key, Status.NEW)
        return marked if marked in _KEPT_ON_FIRST_SAVE else Status.NEW

    def _write(self, entry: GlossaryEntry) -> int:
        """Insert an entry (id 0 gets a new id) or overwrite the stored one with its id."""
        texts = (getattr(entry, name).strip() for name in _TEXT_FIELDS)
        cursor = self._conn.execute(
            "INSERT INTO entries (id, lemma_key, word, lemma, pos, gender, translation, grammar,"
            " notes, status, created, updated, pattern)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET lemma_key = excluded.lemma_key,"
            " word = excluded.word, lemma = excluded.lemma, pos = excluded.pos,"
            " gender = excluded.gender, translation = excluded.translation,"
            " grammar = excluded.grammar, notes = excluded.notes, status = excluded.status,"
            " updated = excluded.updated, pattern = excluded.pattern",
            (
                entry.id or None,
                lemma_key(entry.lemma),
                *texts,
                *_status_and_times(entry),
                _pattern_text(entry.pattern),
            ),
        )
        return entry.id or int(cursor.lastrowid or 0)

    def _find(self, key: str) -> GlossaryEntry | None:
        found = self._conn.execute("SELECT id FROM entries WHERE lemma_key = ?", (key,))
        row = found.fetchone()
        return None if row is None else self._get(row[0])

    def _add_tags(self, entry_id: int, tags: Sequence[str]) -> None:
        for tag in clean_tags(tags):
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
            " created, updated, pattern FROM entries"
            " WHERE id IN (SELECT value FROM json_each(?))",
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
    fields, notes, status, times = row[:7], row[7], parse_status(row[8]), row[9:11]
    pattern = _pattern_of(row[11])
    return GlossaryEntry(*fields, tuple(contexts), tuple(tags), notes, status, *times, pattern)


def _pattern_text(pattern: tuple[str, ...]) -> str:
    return json.dumps(list(pattern), ensure_ascii=False) if pattern else ""


def _pattern_of(text: str) -> tuple[str, ...]:
    """A stored pattern; a damaged one (edited by hand) is no pattern, never a crash."""
    try:
        found = json.loads(text) if text else []
    except ValueError:
        return ()
    if not isinstance(found, list) or not all(isinstance(word, str) for word in found):
        return ()
    return tuple(found)
