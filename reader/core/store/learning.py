"""The database's learning part (db.learning): lemma statuses, review cards and their log,
reading days, and the modification times of exported Anki notes.

A part of the Database (database.py); SQL stays in the store's modules. The glossary part sets
statuses through put_status, inside its own transactions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reader.core.models import Status
from reader.core.store.connection import Connection, iso, lemma_key, parse_status

# The statuses a review can still move: known and ignored words are not reviewed.
_REVIEWED = tuple(s.value for s in Status if s not in (Status.KNOWN, Status.IGNORED))


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One lemma's status before and after a change: all that undoing it needs."""

    lemma: str  # the lemma key: NFC, lower-cased
    before: Status
    after: Status


@dataclass(frozen=True, slots=True)
class CardState:
    """The FSRS state of an entry's card as stored: plain values, no fsrs types."""

    state: int  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime  # UTC
    last_review: datetime | None
    reps: int = 0
    lapses: int = 0


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """One review as logged: the grade, when, and the card and status after it."""

    lemma: str
    rating: int  # 1 again, 2 hard, 3 good, 4 easy
    reviewed: datetime
    duration_ms: int | None
    card: CardState
    status_before: Status
    status_after: Status


def _card(row: Sequence[object]) -> CardState:
    state, step, stability, difficulty, due, last, reps, lapses = row
    return CardState(
        int(str(state)),
        None if step is None else int(str(step)),
        None if stability is None else float(str(stability)),
        None if difficulty is None else float(str(difficulty)),
        datetime.fromisoformat(str(due)),
        None if last is None else datetime.fromisoformat(str(last)),
        int(str(reps)),
        int(str(lapses)),
    )


class Learning:
    """Statuses by lemma, FSRS cards by lemma, the review log and the reading calendar."""

    def __init__(self, db: Connection) -> None:
        self._db = db
        self._conn = db.sqlite

    # ------------------------------------------------------------ statuses

    def status_of(self, lemma: str) -> Status:
        """The learner's status for a lemma (any case or accent composition); new if unmarked."""
        return self.statuses_of([lemma]).get(lemma_key(lemma), Status.NEW)

    def statuses_of(self, lemmas: Iterable[str]) -> dict[str, Status]:
        """Lemma key -> status for the given lemmas that are not new (one query)."""
        keys = json.dumps(sorted({lemma_key(lemma) for lemma in lemmas}))
        with self._db.guard("read word statuses"):
            rows = self._conn.execute(
                "SELECT lemma_key, status FROM lemma_statuses"
                " WHERE lemma_key IN (SELECT value FROM json_each(?))",
                (keys,),
            ).fetchall()
        return {key: parse_status(value) for key, value in rows}

    def lemma_statuses(self) -> dict[str, Status]:
        """Every lemma the learner has marked or saved -> its status (new ones are absent)."""
        with self._db.guard("read word statuses"):
            rows = self._conn.execute("SELECT lemma_key, status FROM lemma_statuses").fetchall()
        return {key: parse_status(value) for key, value in rows}

    def lemmas_by_status(self) -> dict[str, Status]:
        """Lower-cased (NFC) lemma -> status, for marking known and learning words in a text."""
        return self.lemma_statuses()

    def set_status(self, lemmas: Iterable[str], status: Status) -> list[StatusChange]:
        """Give lemmas a status (saved in the glossary or not); returns only real changes."""
        wanted = {lemma_key(lemma): Status(status) for lemma in lemmas if lemma_key(lemma)}
        return self._put_statuses(wanted, "change word statuses")

    def undo_status_changes(self, changes: Sequence[StatusChange]) -> list[StatusChange]:
        """Put every lemma back to its status before the changes; returns the redo."""
        wanted = {change.lemma: change.before for change in reversed(changes)}
        return self._put_statuses(wanted, "undo the status change")

    def status_counts(self) -> dict[Status, int]:
        with self._db.guard("read word statuses"):
            rows = self._conn.execute(
                "SELECT status, count(*) FROM lemma_statuses GROUP BY status"
            ).fetchall()
        return {parse_status(value): count for value, count in rows}

    def _put_statuses(self, wanted: Mapping[str, Status], action: str) -> list[StatusChange]:
        with self._db.transaction(action):
            before = stored_statuses(self._conn, wanted)
            changes = [
                StatusChange(key, before.get(key, Status.NEW), status)
                for key, status in wanted.items()
                if before.get(key, Status.NEW) is not status
            ]
            now = self._db.now()
            for change in changes:
                put_status(self._conn, change.lemma, change.after, now)
            return changes

    # ------------------------------------------------------------ reading days

    def record_reading(self, day: date) -> None:
        """Remember that the learner read on this (local) day, for the streak."""
        with self._db.transaction("record a reading day"):
            self._conn.execute(
                "INSERT INTO reading_days (day) VALUES (?) ON CONFLICT DO NOTHING",
                (day.isoformat(),),
            )

    def reading_days(self) -> list[date]:
        with self._db.guard("read the reading days"):
            rows = self._conn.execute("SELECT day FROM reading_days ORDER BY day").fetchall()
        return [date.fromisoformat(row[0]) for row in rows]

    def saved_times(self, since: datetime | None = None) -> list[datetime]:
        """When each glossary entry was first saved (UTC), oldest first."""
        with self._db.guard("read the glossary"):
            rows = self._conn.execute(
                "SELECT created FROM entries WHERE ?1 IS NULL OR created >= ?1 ORDER BY created",
                (None if since is None else iso(since),),
            ).fetchall()
        return [datetime.fromisoformat(row[0]) for row in rows]

    # ------------------------------------------------------------ reviews

    def card_state(self, lemma: str) -> CardState | None:
        """The entry's FSRS card, or None before its first review."""
        with self._db.guard("read the review schedule"):
            row = self._conn.execute(
                "SELECT state, step, stability, difficulty, due, last_review, reps, lapses"
                " FROM review_cards WHERE lemma_key = ?",
                (lemma_key(lemma),),
            ).fetchone()
        return None if row is None else _card(row)

    def due_entry_ids(self, now: datetime, *, limit: int | None = None) -> list[int]:
        """Entries still being learned whose card is due (never reviewed ones too), most
        overdue first, then unreviewed ones in the order they were saved."""
        with self._db.guard("read the review schedule"):
            rows = self._conn.execute(
                "SELECT e.id FROM entries AS e"
                " LEFT JOIN review_cards AS c ON c.lemma_key = e.lemma_key"
                " WHERE e.status IN (SELECT value FROM json_each(?1))"
                " AND (c.due IS NULL OR c.due <= ?2)"
                " ORDER BY c.due IS NULL, c.due, e.created, e.id LIMIT ?3",
                (json.dumps(_REVIEWED), iso(now), -1 if limit is None else limit),
            ).fetchall()
        return [row[0] for row in rows]

    def record_review(self, record: ReviewRecord) -> StatusChange:
        """Store the card after a review, log the review and move the status, in one go."""
        key, card = lemma_key(record.lemma), record.card
        with self._db.transaction(f"record the review of {record.lemma!r}"):
            values = (card.state, card.step, card.stability, card.difficulty, iso(card.due))
            last = None if card.last_review is None else iso(card.last_review)
            self._conn.execute(
                "INSERT INTO review_cards (lemma_key, state, step, stability, difficulty, due,"
                " last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (lemma_key) DO UPDATE SET state = excluded.state,"
                " step = excluded.step, stability = excluded.stability,"
                " difficulty = excluded.difficulty, due = excluded.due,"
                " last_review = excluded.last_review, reps = excluded.reps,"
                " lapses = excluded.lapses",
                (key, *values, last, card.reps, card.lapses),
            )
            self._conn.execute(
                "INSERT INTO reviews (lemma_key, rating, reviewed, duration_ms, state, stability,"
                " difficulty, due, status_before, status_after)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    record.rating,
                    iso(record.reviewed),
                    record.duration_ms,
                    card.state,
                    card.stability,
                    card.difficulty,
                    iso(card.due),
                    record.status_before.value,
                    record.status_after.value,
                ),
            )
            put_status(self._conn, key, record.status_after, iso(record.reviewed))
        return StatusChange(key, record.status_before, record.status_after)

    def reviews_of(self, lemma: str) -> list[ReviewRecord]:
        """Every review of a lemma's card, oldest first."""
        with self._db.guard("read the review log"):
            rows = self._conn.execute(
                "SELECT rating, reviewed, duration_ms, state, stability, difficulty, due,"
                " status_before, status_after FROM reviews WHERE lemma_key = ?"
                " ORDER BY reviewed, id",
                (lemma_key(lemma),),
            ).fetchall()
        return [
            ReviewRecord(
                lemma_key(lemma),
                rating,
                datetime.fromisoformat(reviewed),
                duration,
                CardState(state, None, stability, difficulty, datetime.fromisoformat(due), None),
                parse_status(before),
                parse_status(after),
            )
            for rating, reviewed, duration, state, stability, difficulty, due, before, after in rows
        ]

    # ------------------------------------------------------------ Anki export

    def anki_note_mods(self, checksums: Mapping[str, str], now: int) -> dict[str, int]:
        """Note GUID -> modification time for an export: a note whose content changed since
        it was last exported gets a time later than before (at least now), an unchanged note
        keeps its time. Anki updates a note on import only when the incoming one is newer."""
        with self._db.transaction("remember the exported Anki notes"):
            stored = {
                guid: (checksum, mod)
                for guid, checksum, mod in self._conn.execute(
                    "SELECT guid, checksum, mod FROM anki_notes"
                    " WHERE guid IN (SELECT value FROM json_each(?))",
                    (json.dumps(list(checksums)),),
                )
            }
            mods: dict[str, int] = {}
            for guid, checksum in checksums.items():
                old_checksum, old_mod = stored.get(guid, ("", 0))
                mods[guid] = old_mod if old_checksum == checksum else max(now, old_mod + 1)
                if old_checksum != checksum:
                    self._conn.execute(
                        "INSERT INTO anki_notes (guid, checksum, mod) VALUES (?, ?, ?)"
                        " ON CONFLICT (guid) DO UPDATE SET checksum = excluded.checksum,"
                        " mod = excluded.mod",
                        (guid, checksum, mods[guid]),
                    )
            return mods


def stored_statuses(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, Status]:
    """Inside a transaction: lemma key -> stored status, for the keys that have one."""
    rows = conn.execute(
        "SELECT lemma_key, status FROM lemma_statuses"
        " WHERE lemma_key IN (SELECT value FROM json_each(?))",
        (json.dumps(list(keys)),),
    )
    return {key: parse_status(value) for key, value in rows}


def put_status(conn: sqlite3.Connection, key: str, status: Status, now: str) -> None:
    """Inside a transaction: the lemma's status, and its glossary entry's if it has one."""
    if status is Status.NEW:
        conn.execute("DELETE FROM lemma_statuses WHERE lemma_key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO lemma_statuses (lemma_key, status, updated) VALUES (?, ?, ?)"
            " ON CONFLICT (lemma_key) DO UPDATE SET status = excluded.status,"
            " updated = excluded.updated",
            (key, status.value, now),
        )
    conn.execute(
        "UPDATE entries SET status = ? WHERE lemma_key = ? AND status <> ?",
        (status.value, key, status.value),
    )
