"""The store: the only SQL in the app, one SQLite database per data folder.

`Database` is the doorway: `db.glossary`, `db.learning`, `db.library`, `db.lists` and
`db.handouts` are its parts, each a small class over the one connection (connection.py), with
numbered migrations in migrations/. The plain records it returns (texts, pages, lists, their
words) are in records.py.
"""

from __future__ import annotations

from reader.core.store.connection import BUSY_TIMEOUT_S, fold, lemma_key
from reader.core.store.database import Database
from reader.core.store.glossary import Glossary
from reader.core.store.handouts import Handouts
from reader.core.store.learning import CardState, Learning, ReviewRecord, StatusChange
from reader.core.store.library import Library, clean_tags
from reader.core.store.lists import ListText, ReadingLists
from reader.core.store.migrations import LATEST_VERSION
from reader.core.store.records import (
    GlossaryOwner,
    HandoutWord,
    LemmaCoverage,
    ListItem,
    ListWord,
    Page,
    PageState,
    ReadingList,
    TeacherWord,
    TextRecord,
)

__all__ = [
    "BUSY_TIMEOUT_S",
    "LATEST_VERSION",
    "CardState",
    "Database",
    "Glossary",
    "GlossaryOwner",
    "HandoutWord",
    "Handouts",
    "Learning",
    "LemmaCoverage",
    "Library",
    "ListItem",
    "ListText",
    "ListWord",
    "Page",
    "PageState",
    "ReadingList",
    "ReadingLists",
    "ReviewRecord",
    "StatusChange",
    "TeacherWord",
    "TextRecord",
    "clean_tags",
    "fold",
    "lemma_key",
]
