"""Expressions in the shapes news and novels give them (expr16): a relative lequel that
contracts with the entry's last word (au cours desquelles), an adjective between a verbal
idiom's determiner and its noun (fait sa première apparition), and the look-alikes that are no
entry (faire partir is no faire partie; avant tout projet is before any project)."""

from __future__ import annotations

import pytest

from reader.core.models import Analysis
from tests.core.analysed import analysed, token


def lemmas(analysis: Analysis) -> set[str]:
    return {expression.lemma for expression in analysis.expressions}


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Il a lancé 43 manches, au cours desquelles il a fait 67 retraits.", "au cours de"),
        ("Le match à l'issue duquel il a été exclu fut long.", "à l'issue de"),
        ("Ce sont des amis grâce auxquels il a réussi.", "grâce à"),
    ],
)
def test_a_contracted_relative_ends_the_entry(text: str, lemma: str) -> None:
    assert lemma in lemmas(analysed(text))


def test_a_click_on_the_relative_asks_for_the_relative() -> None:
    analysis = analysed("Il a lancé 43 manches, au cours desquelles il a fait 67 retraits.")
    assert analysis.expression_of(token(analysis, "desquelles")) is None
    assert analysis.expression_of(token(analysis, "cours")) is not None


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Pichu fait sa première apparition dans un jeu vidéo.", "faire son apparition"),
        ("Il a joué un grand rôle dans la crise.", "jouer un rôle"),
    ],
)
def test_an_adjective_may_stand_before_the_idioms_noun(text: str, lemma: str) -> None:
    assert lemma in lemmas(analysed(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Le dragon veut aller dormir et faire partir l'humain.", "faire partie de"),
        ("Avant tout projet, renseignez-vous à la mairie.", "avant tout"),
        ("Après tout ce temps, il revint chez lui.", "après tout"),
    ],
)
def test_look_alikes_are_no_entry(text: str, wrong: str) -> None:
    assert wrong not in lemmas(analysed(text))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Il faut avant tout le protéger.", "avant tout"),
        ("Après tout, il a raison.", "après tout"),
        ("Elle fait partie du groupe depuis dix ans.", "faire partie de"),
    ],
)
def test_the_entries_themselves_are_still_found(text: str, lemma: str) -> None:
    assert lemma in lemmas(analysed(text))


@pytest.mark.parametrize(
    "text",
    ["Tu peux me voir ?", "Venez me voir demain.", "Viens me voir demain."],
)
def test_an_infinitives_object_pronoun_is_no_reflexive_of_another_person(text: str) -> None:
    assert "se voir" not in lemmas(analysed(text))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Je veux me voir dans le miroir.", "se voir"),
        ("Tu vas te coucher.", "se coucher"),
        ("Allons nous promener.", "se promener"),
    ],
)
def test_a_reflexive_of_the_subjects_person_stays(text: str, lemma: str) -> None:
    assert lemma in lemmas(analysed(text))


def test_en_forme_de_is_a_shape_not_fitness() -> None:
    found = lemmas(analysed("Il servit la salade dans un grand saladier en forme de cuve."))
    assert "en forme de" in found and "en forme" not in found


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Je courais, me débattant comme un beau diable.", "se débattre"),
        ("Je restai là, me demandant ce qu'il voulait.", "se demander"),
        ("Nous partîmes, nous retournant souvent.", "se retourner"),
    ],
)
def test_a_participles_reflexive_has_the_clauses_subject(text: str, lemma: str) -> None:
    assert lemma in lemmas(analysed(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Il me regardait, me demandant pardon.", "se demander"),
        ("Il courait, me laissant seul.", "se laisser"),
    ],
)
def test_a_participles_object_of_another_person_is_no_reflexive(text: str, wrong: str) -> None:
    assert wrong not in lemmas(analysed(text))


@pytest.mark.parametrize(
    ("text", "lemma", "wrong"),
    [
        ("Il se sentait enfermé dans ce métier.", "se sentir", "s'enfermer"),
        ("Il se sentait perdu.", "se sentir", "se perdre"),
    ],
)
def test_a_participle_after_a_reflexive_verb_is_no_pronominal(
    text: str, lemma: str, wrong: str
) -> None:
    found = lemmas(analysed(text))
    assert lemma in found and wrong not in found


def test_an_infinitive_chain_gives_its_subject() -> None:
    found = lemmas(analysed("Ils ne pourront plus s'habituer à te considérer comme leur égal."))
    assert "se considérer" not in found
    own = analysed("Tu ne pourras jamais te considérer comme leur égal.")
    assert "se considérer" in lemmas(own)
