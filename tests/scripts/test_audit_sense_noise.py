"""scripts/audit_sense_noise.py: the clicks whose first sense the lexicon's noise rules change."""

from __future__ import annotations

from reader.core.dictionaries.lexicon.noise import ignored, in_force
from tests.scripts.loading import load_script


def test_the_rules_are_off_only_inside_the_block() -> None:
    assert in_force()
    with ignored():
        assert not in_force()
        with ignored():
            assert not in_force()
        assert not in_force()
    assert in_force()


def test_a_click_the_rules_change_is_listed_with_both_senses() -> None:
    audit = load_script("audit_main_senses")
    texts = [("a.txt", "Un âne gris broutait."), ("b.txt", "La maison est grande.")]
    clicked, changed = audit.changes(texts, ignored)
    assert clicked == 6  # âne, gris, broutait, maison, est (AUX), grande
    assert [(c.source, c.word, c.lemma, c.old, c.new) for c in changed] == [
        ("a.txt", "âne", "âne", "ass", "donkey")
    ]
    assert in_force()  # the rules are in force again
