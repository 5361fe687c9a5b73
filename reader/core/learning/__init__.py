"""The learner's progress: word statuses by lemma in a text (statuses), FSRS review of saved
words (schedule), progress over all texts (stats), and importing word lists and Kindle
vocabularies (word_lists).

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.learning.schedule import ReviewOutcome as ReviewOutcome
    from reader.core.learning.schedule import due_entries as due_entries
    from reader.core.learning.schedule import grade as grade
    from reader.core.learning.schedule import next_intervals as next_intervals
    from reader.core.learning.schedule import review as review
    from reader.core.learning.stats import OverallStats as OverallStats
    from reader.core.learning.stats import overall_stats as overall_stats
    from reader.core.learning.statuses import ArticleStats as ArticleStats
    from reader.core.learning.statuses import StatusIndex as StatusIndex
    from reader.core.learning.statuses import article_stats as article_stats
    from reader.core.learning.statuses import lemma_of as lemma_of
    from reader.core.learning.statuses import mark_rest_known as mark_rest_known
    from reader.core.learning.statuses import status_lemma as status_lemma
    from reader.core.learning.statuses import unit_lemma as unit_lemma
    from reader.core.learning.word_lists import ImportResult as ImportResult
    from reader.core.learning.word_lists import import_words as import_words

_EXPORTS = {
    "ArticleStats": "statuses",
    "StatusIndex": "statuses",
    "article_stats": "statuses",
    "lemma_of": "statuses",
    "mark_rest_known": "statuses",
    "status_lemma": "statuses",
    "unit_lemma": "statuses",
    "ReviewOutcome": "schedule",
    "due_entries": "schedule",
    "grade": "schedule",
    "next_intervals": "schedule",
    "review": "schedule",
    "overall_stats": "stats",
    "OverallStats": "stats",
    "ImportResult": "word_lists",
    "import_words": "word_lists",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
