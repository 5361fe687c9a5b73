"""Helpers for the learning tests: a clock the test moves by hand, and a store that uses it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reader.core.models import Context, EntryDraft
from reader.core.store import Database

START = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


class FixedClock:
    """Stands still until told to move: every stored time in a test is known in advance."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def open_store(path: Path, clock: FixedClock) -> Database:
    return Database(path, clock=clock)


def draft(lemma: str, sentence: str = "", *, word: str = "", **fields: Any) -> EntryDraft:
    """A draft met in "Le Monde"; without a sentence it has no context."""
    word = word or lemma
    context = Context(sentence, word, "Le Monde", "/a/monde.txt") if sentence else None
    return EntryDraft(word=word, lemma=lemma, context=context, **fields)
