"""scripts/count_round15_changes.py: counts the clicks whose first sense round fifteen's
function-word rules change, and restores the rules."""

from __future__ import annotations

from types import ModuleType

from reader.core.lookup import function_words
from reader.core.lookup.card import Glosser
from tests.scripts.loading import load_script


def script() -> ModuleType:
    return load_script("count_round15_changes")


def test_a_changed_click_is_counted_with_its_rule_and_the_rules_are_restored() -> None:
    module = script()
    rules = {name: getattr(function_words, name) for name in module.RULES}
    texts = [("a.txt", "Je vois la voiture qui arrive.")]
    clicked, changed = module.rule_changes(
        texts, Glosser(None), function_words.may_apply, module.fired, module.without_rules
    )
    assert clicked == 2  # la, qui
    assert [line.split("\t")[:3] for line in changed] == [
        ["a.txt", "qui", "relative_which: who, which, that -> which"]
    ]
    assert {name: getattr(function_words, name) for name in module.RULES} == rules


def test_the_audited_texts_leave_out_the_check_halves() -> None:
    names = {name for name, _ in script().texts()}
    assert "44318.txt" not in names and "44321.txt" not in names
    assert names >= {"43971.txt", "novel_maupassant_bel_ami.txt", "novel_daudet_petit_chose.txt"}
