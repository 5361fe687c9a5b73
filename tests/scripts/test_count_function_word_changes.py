"""scripts/count_function_word_changes.py: counts the clicks on function words whose first
sense the rules of lookup/function_words/ (and the asides) change."""

from __future__ import annotations

from types import ModuleType

from reader.core.lookup.card import Glosser
from reader.core.lookup.senses import neighbours
from reader.core.lookup.surroundings import interjections
from tests.scripts.loading import load_script


def script() -> ModuleType:
    return load_script("count_function_word_changes")


def test_a_changed_click_is_counted_with_its_rule_and_the_rules_are_restored() -> None:
    rule, asides = neighbours.by_function_word, interjections.ASIDES
    texts = [
        ("a.txt", "Il arriva le jour même."),
        ("b.txt", "Même les enfants rient."),
    ]
    clicked, changed = script().changes(texts, Glosser(None))
    assert clicked == 4  # même, le (a rule word since round fourteen), Même, les (fifteen)
    assert len(changed) == 1
    name, word, change, sentence = changed[0].split("\t")
    assert (name, word, change) == ("a.txt", "même", "meme: even -> very")
    assert sentence == "Il arriva le jour même."
    assert neighbours.by_function_word is rule and interjections.ASIDES is asides
