"""French grammar in plain English: the notes a word card shows, the meanings of grammar
words and of a verb group's helper words (auxiliaries: a mangé, has; allons voir: are going
to; ne … plus: no longer), and conjugation (the Lefff's simple tenses, the compound tenses
built from them).

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.grammar.conjugator import Conjugation as Conjugation
    from reader.core.grammar.conjugator import ConjugationError as ConjugationError
    from reader.core.grammar.conjugator import conjugate as conjugate
    from reader.core.grammar.conjugator import infinitives_of as infinitives_of
    from reader.core.grammar.conjugator import layout as layout
    from reader.core.grammar.conjugator import split_reflexive as split_reflexive
    from reader.core.grammar.conjugator import table_for_card as table_for_card
    from reader.core.grammar.lefff_verbs import conjugation_table as conjugation_table
    from reader.core.grammar.notes import describe_word as describe_word
    from reader.core.grammar.notes import pos_label as pos_label
    from reader.core.grammar.notes import with_article as with_article
    from reader.core.grammar.words import GRAMMAR_WORDS_ORIGIN as GRAMMAR_WORDS_ORIGIN
    from reader.core.grammar.words import grammar_word_translation as grammar_word_translation

_EXPORTS = {
    "describe_word": "notes",
    "pos_label": "notes",
    "with_article": "notes",
    "GRAMMAR_WORDS_ORIGIN": "words",
    "grammar_word_translation": "words",
    "Conjugation": "conjugator",
    "ConjugationError": "conjugator",
    "conjugate": "conjugator",
    "infinitives_of": "conjugator",
    "layout": "conjugator",
    "split_reflexive": "conjugator",
    "table_for_card": "conjugator",
    "conjugation_table": "lefff_verbs",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
