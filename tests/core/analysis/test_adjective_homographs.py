"""Adjectives that are also verb forms (issue #12): informes is the adjective informe after
the noun it qualifies, not informer; the tagger's verbs with a subject or an object stay
verbs (the rule standing-adjective, in retagging)."""

from __future__ import annotations

import pytest

from reader.core.analysis import analyse
from reader.core.analysis.corrections.rule_switches import rules_disabled
from tests.core.analysed import token


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the tagger's verb, attached to the noun before as its modifier
        ("Une masse informe gisait sur le sol.", "informe"),
        # the tagger's adjective, which the lexicon check made informer: Lexique lists the
        # form only as a verb's
        ("On voyait les rhinocéros informes dans la boue.", "informes"),
    ],
)
def test_an_adjective_that_is_also_a_verb_form_is_the_adjective(sentence: str, word: str) -> None:
    found = token(analyse(sentence), word)
    assert (found.pos, found.lemma) == ("ADJ", "informe")
    assert "Person" not in found.morph
    with rules_disabled({"standing-adjective"}):
        assert token(analyse(sentence), word).lemma == "informer"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # a subject and an object: the verb
        ("Les parents informent les enfants du départ.", "informent", "informer"),
        ("Le maire informe la population.", "informe", "informer"),
        # a subject clitic
        ("Tu informes tes amis de ton départ.", "informes", "informer"),
        # the sentence's only finite verb, which the parse hangs on the noun before
        ("Viens ! Le patron régale.", "régale", "régaler"),
        # after être: a participle, the verb
        ("La population est informée du danger.", "informée", "informer"),
    ],
)
def test_a_verb_with_a_subject_or_an_object_stays_the_verb(
    sentence: str, word: str, lemma: str
) -> None:
    found = token(analyse(sentence), word)
    assert (found.pos, found.lemma) == ("VERB", lemma)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Il entra dans une pièce vide et froide.", "vide", "vide"),
        ("C'était un homme calme et sage.", "calme", "calme"),
        ("Ils avaient les mains libres.", "libres", "libre"),
    ],
)
def test_adjectives_the_tagger_reads_right_stay_adjectives(
    sentence: str, word: str, lemma: str
) -> None:
    found = token(analyse(sentence), word)
    assert (found.pos, found.lemma) == ("ADJ", lemma)
