"""The learner's progress over all texts: known lemmas, words saved per day, reading streak."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from reader.core.learning.statuses import LEARNING
from reader.core.models import Status
from reader.core.store import Database


@dataclass(frozen=True, slots=True)
class OverallStats:
    known_lemmas: int
    learning_lemmas: int
    ignored_lemmas: int
    saved_words: int  # glossary entries
    saved_per_day: tuple[tuple[date, int], ...]  # the last days, oldest first, zeros included
    streak: int  # days in a row with reading, up to today (or yesterday: today is not over)
    longest_streak: int
    reading_days: int

    @property
    def saved_per_day_average(self) -> float:
        days = len(self.saved_per_day)
        return sum(count for _, count in self.saved_per_day) / days if days else 0.0


def overall_stats(
    store: Database, today: date | None = None, *, days: int = 30, tz: tzinfo | None = None
) -> OverallStats:
    """Counts over the whole glossary; days are local calendar days (tz: the local zone)."""
    today = today or date.today()
    counts = store.learning.status_counts()
    read = store.learning.reading_days()
    return OverallStats(
        known_lemmas=counts.get(Status.KNOWN, 0),
        learning_lemmas=sum(counts.get(status, 0) for status in LEARNING),
        ignored_lemmas=counts.get(Status.IGNORED, 0),
        saved_words=store.glossary.count(),
        saved_per_day=saved_per_day(
            store.learning.saved_times(_start_of(today, days, tz)), today, days, tz
        ),
        streak=current_streak(read, today),
        longest_streak=longest_streak(read),
        reading_days=len(read),
    )


def saved_per_day(
    times: list[datetime], today: date, days: int, tz: tzinfo | None = None
) -> tuple[tuple[date, int], ...]:
    counted = Counter(moment.astimezone(tz).date() for moment in times)
    first = today - timedelta(days=days - 1)
    return tuple((day, counted[day]) for day in _days(first, today))


def current_streak(read: list[date], today: date) -> int:
    """Days in a row with reading that end today, or yesterday if not read yet today."""
    days = set(read)
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def longest_streak(read: list[date]) -> int:
    longest = run = 0
    previous: date | None = None
    for day in sorted(set(read)):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    return longest


def _start_of(today: date, days: int, tz: tzinfo | None) -> datetime:
    first = today - timedelta(days=days - 1)
    # A day early: the store compares UTC times, the local day may start before UTC's.
    return datetime.combine(first - timedelta(days=1), datetime.min.time()).astimezone(tz)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
