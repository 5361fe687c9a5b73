"""Choosing the senses a card leads with in context: an expression's meaning before its words'
(from the phrase lists or the lexicon, the gloss the words after it call for first); a
word's sense its neighbours decide (by_neighbours: a title before a name, monsieur after a
determiner, heure on the clock, aussi opening a sentence, a partner of ne, the partitive du,
then the rules of surroundings/, function_words/, contexts.py and constructions.py); and,
when a translation model is installed, the sense the machine translation of the sentence
uses.

The parts: expressions.py (an expression's meaning) and cues.py (the gloss its context calls
for first), neighbours.py (a word's sense by its neighbours), translated.py (the machine
translation's sense)."""

from __future__ import annotations

from reader.core.lookup.senses.expressions import expression_translations, of_word
from reader.core.lookup.senses.neighbours import by_neighbours
from reader.core.lookup.senses.translated import is_in, prefer_translated, stems

__all__ = [
    "by_neighbours",
    "expression_translations",
    "is_in",
    "of_word",
    "prefer_translated",
    "stems",
]
