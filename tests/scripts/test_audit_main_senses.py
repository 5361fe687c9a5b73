"""scripts/audit_main_senses.py: the clicks whose first sense the main senses change."""

from __future__ import annotations

from types import ModuleType

from reader.core.dictionaries.lexicon.leading import leading, replaced
from tests.scripts.loading import load_script


def script() -> ModuleType:
    return load_script("audit_main_senses")


def test_replaced_main_senses_hold_only_inside_the_block() -> None:
    assert leading("quitter", "VERB")[0] == "leave"
    with replaced():
        assert leading("quitter", "VERB") == ()
        with replaced({("quitter", "VERB"): ("abandon",)}):
            assert leading("quitter", "VERB") == ("abandon",)
        assert leading("quitter", "VERB") == ()
    assert leading("quitter", "VERB")[0] == "leave"


def test_a_click_the_main_senses_change_is_listed_with_both_senses() -> None:
    texts = [("a.txt", "Elle quitte la maison."), ("b.txt", "La maison est grande.")]
    clicked, changed = script().changes(texts)
    assert clicked == 5  # quitte, maison, maison, est (AUX), grande
    assert [(c.source, c.word, c.lemma, c.pos, c.new) for c in changed] == [
        ("a.txt", "quitte", "quitter", "VERB", "leave")
    ]
    assert changed[0].old not in ("", "leave")
    assert changed[0].sentence == "Elle quitte la maison."
    assert leading("quitter", "VERB")[0] == "leave"  # the file is in force again


def test_changes_are_counted_per_row_most_changed_first() -> None:
    module = script()
    change = module.Change
    found = [
        change("a", "quitte", "quitter", "VERB", "abandon", "leave", "s"),
        change("a", "quittait", "quitter", "VERB", "abandon", "leave", "s"),
        change("a", "société", "société", "NOUN", "society", "company", "s"),
    ]
    lines = module.by_row(found)
    assert lines[0] == "2\tquitter\tVERB\tabandon -> leave (2)"
    assert lines[1].startswith("1\tsociété\tNOUN")
