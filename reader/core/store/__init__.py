"""The store: the only SQL in the app, one SQLite database per data folder.

`Database` is the doorway: `db.glossary`, `db.learning`, `db.library`, `db.lists` and
`db.handouts` are its parts, each a small class over the one connection (connection.py), with
numbered migrations in migrations/. The plain records it returns (texts, pages, lists, their
words) are in records.py. A new file is made whole and an existing one checked when opened
(creation.py); a damaged one is rescued into a new file (rescue.py).

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.store.connection import BUSY_TIMEOUT_S as BUSY_TIMEOUT_S
    from reader.core.store.connection import fold as fold
    from reader.core.store.connection import lemma_key as lemma_key
    from reader.core.store.database import Database as Database
    from reader.core.store.glossary import Glossary as Glossary
    from reader.core.store.handouts import Handouts as Handouts
    from reader.core.store.learning import CardState as CardState
    from reader.core.store.learning import Learning as Learning
    from reader.core.store.learning import ReviewRecord as ReviewRecord
    from reader.core.store.learning import StatusChange as StatusChange
    from reader.core.store.library import Library as Library
    from reader.core.store.library import clean_tags as clean_tags
    from reader.core.store.lists import ListText as ListText
    from reader.core.store.lists import ReadingLists as ReadingLists
    from reader.core.store.migrations import LATEST_VERSION as LATEST_VERSION
    from reader.core.store.records import GlossaryOwner as GlossaryOwner
    from reader.core.store.records import HandoutWord as HandoutWord
    from reader.core.store.records import LemmaCoverage as LemmaCoverage
    from reader.core.store.records import ListItem as ListItem
    from reader.core.store.records import ListWord as ListWord
    from reader.core.store.records import Page as Page
    from reader.core.store.records import PageState as PageState
    from reader.core.store.records import ReadingList as ReadingList
    from reader.core.store.records import TeacherWord as TeacherWord
    from reader.core.store.records import TextRange as TextRange
    from reader.core.store.records import TextRecord as TextRecord
    from reader.core.store.rescue import RescueReport as RescueReport
    from reader.core.store.rescue import rescue_glossary as rescue_glossary

_EXPORTS = {
    "Database": "database",
    "BUSY_TIMEOUT_S": "connection",
    "fold": "connection",
    "lemma_key": "connection",
    "Glossary": "glossary",
    "CardState": "learning",
    "Learning": "learning",
    "ReviewRecord": "learning",
    "StatusChange": "learning",
    "Library": "library",
    "clean_tags": "library",
    "ListText": "lists",
    "ReadingLists": "lists",
    "Handouts": "handouts",
    "LATEST_VERSION": "migrations",
    "GlossaryOwner": "records",
    "HandoutWord": "records",
    "LemmaCoverage": "records",
    "ListItem": "records",
    "ListWord": "records",
    "Page": "records",
    "PageState": "records",
    "ReadingList": "records",
    "TeacherWord": "records",
    "TextRange": "records",
    "TextRecord": "records",
    "RescueReport": "rescue",
    "rescue_glossary": "rescue",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
