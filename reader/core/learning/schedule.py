"""Review of due glossary entries with the FSRS scheduler; statuses follow the reviews.

How a review sets the lemma's status (FSRS stability: the days until the chance of recalling
the word falls to 90 %):

    Again, or a card still in its first learning steps  -> learning-1
    in review with stability under   7 days             -> learning-2
                                    21 days             -> learning-3
                                    60 days             -> learning-4
                                   180 days             -> learning-5
    stability of 180 days or more                       -> known

With the default parameters, answering Good every time walks a new word through every level
and makes it known at the sixth review (about seven months on); Easy every time, at the third.
Known and ignored entries are not due: they come back only if the learner sets a learning
status again. Every review is logged in the database with the card after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from fsrs import Card, Rating, Scheduler, State

from reader.core.errors import InputError
from reader.core.models import GlossaryEntry, Status
from reader.core.store import CardState, Database, ReviewRecord, StatusChange

GRADES: Final = {
    "again": Rating.Again,
    "hard": Rating.Hard,
    "good": Rating.Good,
    "easy": Rating.Easy,
}
# (stability under this many days, status), in order; stabler than the last is known.
LEVELS: Final = (
    (7.0, Status.LEARNING_2),
    (21.0, Status.LEARNING_3),
    (60.0, Status.LEARNING_4),
    (180.0, Status.LEARNING_5),
)


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """What one grade did: the entry as now stored, its next due time, the status change."""

    entry: GlossaryEntry
    card: CardState
    change: StatusChange

    @property
    def due(self) -> datetime:
        return self.card.due


def grade(name: str | int | Rating) -> Rating:
    """again|hard|good|easy (any case) or 1-4 -> an FSRS rating."""
    if isinstance(name, Rating):
        return name
    text = str(name).strip().lower()
    if text in GRADES:
        return GRADES[text]
    if text in {"1", "2", "3", "4"}:
        return Rating(int(text))
    raise InputError(f"Unknown grade {name!r}: use again, hard, good or easy (or 1 to 4).")


def default_scheduler() -> Scheduler:
    return Scheduler()  # FSRS defaults: 90 % retention, steps of 1 and 10 minutes, fuzzing on


def status_after(card: CardState, rating: Rating) -> Status:
    """The lemma's status after a review: the mapping in this module's docstring."""
    if rating is Rating.Again or card.state != State.Review or card.stability is None:
        return Status.LEARNING_1
    for limit, status in LEVELS:
        if card.stability < limit:
            return status
    return Status.KNOWN


def due_entries(store: Database, now: datetime, *, limit: int | None = None) -> list[GlossaryEntry]:
    """Entries to review now: overdue ones first, then never reviewed ones as saved."""
    return store.glossary.get_many(store.learning.due_entry_ids(now, limit=limit))


def review(
    store: Database,
    entry_id: int,
    rating: Rating | str,
    now: datetime,
    *,
    scheduler: Scheduler | None = None,
    duration_ms: int | None = None,
) -> ReviewOutcome:
    """Grade an entry: schedule its next review, log the review, move its status."""
    rating = grade(rating)
    entry = store.glossary.get(entry_id)
    before = store.learning.card_state(entry.lemma)
    card, _ = (scheduler or default_scheduler()).review_card(
        to_fsrs(before, entry_id, now), rating, now.astimezone(UTC), duration_ms
    )
    after = from_fsrs(card, before, rating)
    status = status_after(after, rating)
    record = ReviewRecord(entry.lemma, int(rating), now, duration_ms, after, entry.status, status)
    change = store.learning.record_review(record)
    return ReviewOutcome(store.glossary.get(entry_id), after, change)


def next_intervals(
    store: Database, entry_id: int, now: datetime, scheduler: Scheduler | None = None
) -> dict[Rating, timedelta]:
    """How long until the entry comes back for each grade, to show on the grade buttons."""
    scheduler = scheduler or Scheduler(enable_fuzzing=False)
    entry = store.glossary.get(entry_id)
    card = to_fsrs(store.learning.card_state(entry.lemma), entry_id, now)
    at = now.astimezone(UTC)
    return {rating: scheduler.review_card(card, rating, at)[0].due - at for rating in Rating}


def to_fsrs(state: CardState | None, card_id: int, now: datetime) -> Card:
    if state is None:  # never reviewed: a new card, due now
        return Card(card_id=card_id, due=now.astimezone(UTC))
    return Card(
        card_id=card_id,
        state=State(state.state),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due.astimezone(UTC),
        last_review=None if state.last_review is None else state.last_review.astimezone(UTC),
    )


def from_fsrs(card: Card, before: CardState | None, rating: Rating) -> CardState:
    lapsed = rating is Rating.Again and before is not None and before.state == State.Review
    return CardState(
        state=int(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
        reps=(before.reps if before else 0) + 1,
        lapses=(before.lapses if before else 0) + int(lapsed),
    )
