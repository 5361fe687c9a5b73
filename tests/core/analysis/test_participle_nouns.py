"""Nouns and adjectives made from participles that the tagger reads as verb forms (round 12):
correspondant, survivant in a noun's place are the nouns; avoir trait à keeps the noun trait;
fils de fer is fil's plural; a bare present participle after its noun is the adjective. Each
rule switched off brings the tagger's verb back; verbs with an auxiliary, subject or
complement stay verbs."""

from __future__ import annotations

import pytest

from reader.core.analysis import analyse
from reader.core.analysis.corrections.rule_switches import rules_disabled
from reader.core.lookup.card import Glosser
from tests.core.analysed import analysed, token


@pytest.mark.parametrize(
    ("sentence", "word", "rule", "lemma", "pos", "without"),
    [
        # a participle after a name and a comma, with an adjective after it: its apposition
        (
            "Selon Pierre Dupont, correspondant local du journal, la ville est calme.",
            "correspondant",
            "nominal-participle",
            "correspondant",
            "NOUN",
            "correspondre",
        ),
        (
            "Le lieutenant, survivant unique du naufrage, a témoigné.",
            "survivant",
            "nominal-participle",
            "survivant",
            "NOUN",
            "survivre",
        ),
        # avoir trait à: the noun
        ("Cette affaire a trait à la sécurité.", "trait", "avoir-trait", "trait", "NOUN", "traire"),
        (
            "Ces questions ont trait aux finances publiques.",
            "trait",
            "avoir-trait",
            "trait",
            "NOUN",
            "traire",
        ),
        # coordinated with a finite verb: still the noun, which takes the auxiliary
        (
            "Cette loi protège les enfants et a trait à leur santé.",
            "trait",
            "avoir-trait",
            "trait",
            "NOUN",
            "traire",
        ),
        # after et, with an adjective after it
        (
            "Il est professeur de jardinage et correspondant local du journal.",
            "correspondant",
            "nominal-participle",
            "correspondant",
            "NOUN",
            "correspondre",
        ),
        # a bare present participle after its noun: the adjective
        (
            "Elle le regarda d'un regard perçant.",
            "perçant",
            "bare-participle",
            "perçant",
            "ADJ",
            "percer",
        ),
        # fils before de + a material, or électriques: wires
        (
            "Elle coupa les fils de fer avec une pince.",
            "fils",
            "fils-de-fer",
            "fil",
            "NOUN",
            "fils",
        ),
        (
            "Les fils électriques pendaient du plafond.",
            "fils",
            "fils-de-fer",
            "fil",
            "NOUN",
            "fils",
        ),
    ],
)
def test_a_participle_in_a_nouns_place_is_the_noun(
    sentence: str, word: str, rule: str, lemma: str, pos: str, without: str
) -> None:
    found = token(analysed(sentence), word)
    assert (found.lemma, found.pos) == (lemma, pos)
    assert "VerbForm" not in found.morph
    with rules_disabled({rule}):
        assert token(analyse(sentence), word).lemma == without


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # traire's participle after avoir, with no à after it
        ("Il a trait la vache ce matin.", "trait", "traire"),
        # a present participle with its complement is the verb
        ("Les élèves sortant de l'école couraient.", "sortant", "sortir"),
        # after a comma, with an adjective that says how: the verb (speaking alone, loudly)
        ("Je l'avais vu dans la rue, parlant seul et faisant des gestes.", "parlant", "parler"),
        ("Il se promenait dans le café, parlant haut.", "parlant", "parler"),
        # a participle with its auxiliary is the verb
        ("Le journaliste, ayant correspondu avec lui, le connaît.", "correspondu", "correspondre"),
        ("Les prisonniers ont été internés, puis libérés.", "internés", "interner"),
    ],
)
def test_verbs_with_an_auxiliary_or_a_complement_stay_verbs(
    sentence: str, word: str, lemma: str
) -> None:
    found = token(analysed(sentence), word)
    assert (found.lemma, found.pos) == (lemma, "VERB")


def test_sons_stay_sons_before_de_and_what_is_no_material() -> None:
    assert token(analysed("Ses fils de dix ans jouent dehors."), "fils").lemma == "fils"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "sense", "note"),
    [
        (
            "Il est professeur de jardinage et correspondant local du journal.",
            "correspondant",
            "correspondant",
            "correspondent",
            "noun, masculine singular",
        ),
        ("Les fils électriques pendaient du plafond.", "fils", "fil", "wire", "noun, masculine"),
    ],
)
def test_the_card_gives_the_nouns_senses_and_says_noun(
    sentence: str, word: str, lemma: str, sense: str, note: str
) -> None:
    analysis = analysed(sentence)
    clicked = token(analysis, word)
    info = Glosser(None).explain(analysis, clicked.index)
    best = info.best_translation
    assert info.lemma == lemma
    assert best is not None and best.senses[0] == sense
    assert clicked.grammar.startswith(note)
