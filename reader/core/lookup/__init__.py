"""Looking words up: what the word card shows for a clicked word (card: the Glosser), the
senses chosen in context (senses: an expression's, a governed preposition's, the sentence's
machine translation's; topics: the sense the text's topic calls for; constructions,
partners and complements: the sense a verb's construction calls for, reported speech, the
kind of its object, or what follows it; english: English participles and pasts), the
whole-text gloss and one-word lookup of the command line (gloss), and a teacher's list as a
translation source (teacher).

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.lookup.card import Glosser as Glosser
    from reader.core.lookup.gloss import gloss_data as gloss_data
    from reader.core.lookup.gloss import gloss_text as gloss_text
    from reader.core.lookup.gloss import glossed_tokens as glossed_tokens
    from reader.core.lookup.gloss import learner_glosser as learner_glosser
    from reader.core.lookup.gloss import lookup as lookup
    from reader.core.lookup.gloss import save_word as save_word
    from reader.core.lookup.senses import prefer_translated as prefer_translated
    from reader.core.lookup.teacher import by_lemma as by_lemma
    from reader.core.lookup.teacher import teacher_origin as teacher_origin
    from reader.core.lookup.teacher import with_teacher as with_teacher

_EXPORTS = {
    "Glosser": "card",
    "gloss_data": "gloss",
    "gloss_text": "gloss",
    "glossed_tokens": "gloss",
    "learner_glosser": "gloss",
    "lookup": "gloss",
    "save_word": "gloss",
    "prefer_translated": "senses",
    "by_lemma": "teacher",
    "teacher_origin": "teacher",
    "with_teacher": "teacher",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
