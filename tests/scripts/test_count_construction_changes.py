"""scripts/count_construction_changes.py: counts the clicks whose first sense the construction
rules change."""

from __future__ import annotations

from types import ModuleType

from reader.core.lookup import constructions
from reader.core.lookup.card import Glosser
from tests.scripts.loading import load_script


def script() -> ModuleType:
    return load_script("count_construction_changes")


def test_a_changed_click_is_counted_with_its_construction_and_the_rules_are_restored() -> None:
    rules = constructions.RULES
    texts = [
        ("a.txt", "« Nous verrons », reprit-il."),
        ("b.txt", "Après une pause, il reprit le travail."),
    ]
    clicked, changed = script().changes(texts, Glosser(None))
    assert clicked == 2
    assert len(changed) == 1
    name, word, senses, sentence = changed[0].split("\t")
    assert (name, word, senses) == ("a.txt", "reprit", "speech: resume -> went on")
    assert sentence.startswith("« Nous verrons »")
    assert constructions.RULES is rules
