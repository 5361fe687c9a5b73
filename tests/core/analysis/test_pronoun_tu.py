"""The pronoun tu, which the tagger reads as taire's participle in about one sentence in ten
of the novels' dialogue (« Tu es trop aimable »): the pronoun unless an auxiliary stands
before it (elle a tu son nom keeps taire). Switched off, the tagger's verb comes back."""

from __future__ import annotations

import pytest

from reader.core.analysis import analyse
from reader.core.analysis.corrections.rule_switches import rules_disabled
from tests.core.analysed import analysed, token


@pytest.mark.parametrize(
    "sentence",
    [
        "« Tu es trop aimable, je te remercie bien. »",
        "– Daniel, tu vas venir avec moi », dit l'abbé.",
        "Tu la payais avec mon argent.",
    ],
)
def test_tu_before_its_verb_is_the_pronoun(sentence: str) -> None:
    found = token(analysed(sentence), "Tu" if "Tu" in sentence else "tu")
    assert (found.lemma, found.pos) == ("tu", "PRON")
    assert found.morph.get("Person") == "2"
    with rules_disabled({"pronoun-tu"}):
        again = token(analyse(sentence), found.text)
        assert (again.lemma, again.pos) != ("tu", "PRON")


def test_tu_after_an_auxiliary_stays_taire() -> None:
    assert token(analysed("Elle a tu son nom."), "tu").lemma == "taire"
