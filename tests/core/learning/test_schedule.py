"""FSRS review with a fixed clock: what is due, how grades schedule, how statuses follow."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fsrs import Rating, Scheduler, State

from reader.core.errors import InputError
from reader.core.learning.schedule import (
    due_entries,
    grade,
    next_intervals,
    review,
    status_after,
)
from reader.core.models import Status
from reader.core.store import CardState, Database
from tests.core.learning_helpers import START, FixedClock, draft, open_store

# No fuzz: the same grades give the same days every run.
SCHEDULER = Scheduler(enable_fuzzing=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[Database]:
    with open_store(tmp_path / "glossary.sqlite3", clock) as opened:
        yield opened


def grade_at(store: Database, entry_id: int, rating: str, clock: FixedClock) -> Status:
    outcome = review(store, entry_id, rating, clock(), scheduler=SCHEDULER)
    clock.now = outcome.due
    return outcome.change.after


def test_new_entries_are_due_in_the_order_saved(store: Database, clock: FixedClock) -> None:
    first = store.glossary.save(draft("mener"))
    clock.advance(minutes=1)
    second = store.glossary.save(draft("homme"))
    store.glossary.save(draft("aller", status=Status.KNOWN))
    store.glossary.save(draft("Paris", status=Status.IGNORED))
    assert [e.id for e in due_entries(store, clock())] == [first.id, second.id]
    assert [e.id for e in due_entries(store, clock(), limit=1)] == [first.id]


def test_a_graded_entry_leaves_until_its_due_time(store: Database, clock: FixedClock) -> None:
    entry = store.glossary.save(draft("mener"))
    other = store.glossary.save(draft("homme"))
    outcome = review(store, entry.id, "good", clock(), scheduler=SCHEDULER)
    assert outcome.due == START + timedelta(minutes=10)  # the second learning step
    assert outcome.card.state == State.Learning
    assert [e.id for e in due_entries(store, clock())] == [other.id]
    clock.advance(minutes=10)
    # an overdue card comes before never reviewed ones
    assert [e.id for e in due_entries(store, clock())] == [entry.id, other.id]


def test_good_every_time_walks_through_every_level(store: Database, clock: FixedClock) -> None:
    entry = store.glossary.save(draft("mener"))
    statuses = [grade_at(store, entry.id, "good", clock) for _ in range(6)]
    assert statuses == [
        Status.LEARNING_1,  # still in the learning steps
        Status.LEARNING_2,
        Status.LEARNING_3,
        Status.LEARNING_4,
        Status.LEARNING_5,
        Status.KNOWN,
    ]
    assert store.learning.status_of("mener") is Status.KNOWN
    assert store.glossary.get(entry.id).status is Status.KNOWN
    assert due_entries(store, clock() + timedelta(days=3650)) == []  # known: no more reviews
    assert clock() - START > timedelta(days=200)


def test_easy_is_faster_and_again_starts_over(store: Database, clock: FixedClock) -> None:
    entry = store.glossary.save(draft("mener"))
    assert [grade_at(store, entry.id, "easy", clock) for _ in range(2)] == [
        Status.LEARNING_3,
        Status.LEARNING_5,
    ]
    assert grade_at(store, entry.id, "again", clock) is Status.LEARNING_1
    card = store.learning.card_state("mener")
    assert card is not None
    assert (card.reps, card.lapses, card.state) == (3, 1, State.Relearning)


def test_every_review_is_logged(store: Database, clock: FixedClock) -> None:
    entry = store.glossary.save(draft("mener"))
    review(store, entry.id, Rating.Hard, clock(), scheduler=SCHEDULER, duration_ms=2500)
    clock.advance(hours=1)
    review(store, entry.id, "4", clock(), scheduler=SCHEDULER)
    log = store.learning.reviews_of("Mener")
    assert [(r.rating, r.reviewed, r.duration_ms) for r in log] == [
        (2, START, 2500),
        (4, START + timedelta(hours=1), None),
    ]
    assert [(r.status_before, r.status_after) for r in log] == [
        (Status.LEARNING_1, Status.LEARNING_1),
        (Status.LEARNING_1, Status.LEARNING_2),  # Easy the same day: a short-term gain
    ]
    assert log[-1].card.due == store.learning.card_state("mener").due  # type: ignore[union-attr]


def test_schedule_survives_delete_and_undo(store: Database, clock: FixedClock) -> None:
    entry = store.glossary.save(draft("mener"))
    grade_at(store, entry.id, "easy", clock)
    card = store.learning.card_state("mener")
    store.glossary.restore(store.glossary.delete(entry.id))
    assert store.learning.card_state("mener") == card
    assert store.learning.status_of("mener") is Status.LEARNING_3


def test_setting_a_learning_status_again_brings_a_known_word_back(
    store: Database, clock: FixedClock
) -> None:
    entry = store.glossary.save(draft("mener", status=Status.KNOWN))
    assert due_entries(store, clock()) == []
    store.learning.set_status(["mener"], Status.LEARNING_2)
    assert [e.id for e in due_entries(store, clock())] == [entry.id]


def test_next_intervals_for_the_grade_buttons(store: Database, clock: FixedClock) -> None:
    entry = store.glossary.save(draft("mener"))
    intervals = next_intervals(store, entry.id, clock())
    assert intervals[Rating.Again] == timedelta(minutes=1)
    assert intervals[Rating.Good] == timedelta(minutes=10)
    assert intervals[Rating.Easy] >= timedelta(days=1)
    assert store.learning.card_state("mener") is None  # only a preview


@pytest.mark.parametrize(
    ("state", "stability", "rating", "expected"),
    [
        (State.Review, 200.0, Rating.Again, Status.LEARNING_1),
        (State.Learning, 3.0, Rating.Good, Status.LEARNING_1),
        (State.Relearning, 30.0, Rating.Good, Status.LEARNING_1),
        (State.Review, 6.9, Rating.Good, Status.LEARNING_2),
        (State.Review, 7.0, Rating.Hard, Status.LEARNING_3),
        (State.Review, 59.0, Rating.Easy, Status.LEARNING_4),
        (State.Review, 179.0, Rating.Good, Status.LEARNING_5),
        (State.Review, 180.0, Rating.Good, Status.KNOWN),
    ],
)
def test_status_mapping(state: State, stability: float, rating: Rating, expected: Status) -> None:
    card = CardState(int(state), None, stability, 5.0, START, START)
    assert status_after(card, rating) is expected


def test_grades_by_name_or_number() -> None:
    assert grade("Good") is Rating.Good
    assert grade(" again ") is Rating.Again
    assert grade("4") is Rating.Easy
    assert grade(Rating.Hard) is Rating.Hard
    with pytest.raises(InputError, match="again, hard, good or easy"):
        grade("perfect")


def test_review_of_a_missing_entry(store: Database, clock: FixedClock) -> None:
    with pytest.raises(Exception, match="No glossary entry with id 42"):
        review(store, 42, "good", clock())
