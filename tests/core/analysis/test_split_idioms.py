"""Idioms split by what French puts inside them (round 14): a direct object before a verbal
idiom's prepositional phrase, a governed preposition fronted with its relative pronoun, the y
that stands for a pronominal verb's à, ne with two possible partners, and coup de + noun."""

from __future__ import annotations

import pytest

from reader.core.models import Analysis
from tests.core.analysed import analysed, token


def lemmas(analysis: Analysis) -> set[str]:
    return {expression.lemma for expression in analysis.expressions}


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Forestier me mettra mon article sur pied en dix minutes.", "mettre sur pied"),
        ("Il faut mettre le lecteur au courant.", "mettre au courant"),
        ("Le gouvernement va prendre ces mesures en compte.", "prendre en compte"),
        ("J'avais mis cet argent de côté pour lui.", "mettre de côté"),
    ],
)
def test_a_direct_object_may_stand_before_the_idioms_phrase(text: str, lemma: str) -> None:
    assert lemma in lemmas(analysed(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Il mit le livre sur la table.", "mettre sur pied"),
        # avoir and être take no object inside their idioms: a trunk to pack, tears in the eyes
        ("J'avais ma malle à faire avant le soir.", "avoir à faire"),
        ("Il en avait les larmes aux yeux.", "avoir à l'œil"),
    ],
)
def test_an_object_then_a_literal_phrase_is_no_idiom(text: str, wrong: str) -> None:
    assert wrong not in lemmas(analysed(text))


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("C'est un camarade sur qui on peut compter.", "compter", "compter sur"),
        ("Voilà le projet auquel il pense depuis longtemps.", "pense", "penser à"),
        ("Je ne sais pas à quoi il pense.", "pense", "penser à"),
        ("Le livre dont il parle est perdu.", "parle", "parler de"),
    ],
)
def test_a_fronted_preposition_is_the_verbs(text: str, verb: str, lemma: str) -> None:
    analysis = analysed(text)
    governing = analysis.governing(token(analysis, verb))
    assert governing is not None and governing.lemma == lemma


@pytest.mark.parametrize(
    "text",
    ["La façon dont il parle est étrange.", "Je remarquai le ton singulier dont il parlait."],
)
def test_the_de_of_a_manner_noun_is_no_governed_de(text: str) -> None:
    analysis = analysed(text)
    verb = next(t for t in analysis.tokens if t.lemma == "parler")
    assert analysis.governing(verb) is None


@pytest.mark.parametrize(
    ("text", "lemma"),
    [("Je m'y ferai bien vite.", "se faire à"), ("Elle s'y attendait.", "s'attendre à")],
)
def test_y_stands_for_a_pronominal_verbs_a(text: str, lemma: str) -> None:
    assert lemma in lemmas(analysed(text))


def test_ne_takes_its_nearer_partner() -> None:
    analysis = analysed("Il n'y a que Saint-Potin qui soit plus fort que moi.")
    assert "ne ... que" in lemmas(analysis)
    assert "ne ... plus" not in lemmas(analysis)


@pytest.mark.parametrize(
    ("text", "lemma", "wrong"),
    [
        ("Ces mesures seront mises en œuvre rapidement.", "mettre en œuvre", "mise en œuvre"),
        ("Les personnes mises en cause ont parlé.", "mettre en cause", "mise en cause"),
        ("La mise en œuvre sera longue.", "mise en œuvre", "mettre en œuvre"),
    ],
)
def test_a_participle_is_no_compound_noun(text: str, lemma: str, wrong: str) -> None:
    found = lemmas(analysed(text))
    assert lemma in found and wrong not in found


def test_coup_before_de_is_the_noun() -> None:
    assert "d'un coup" not in lemmas(analysed("D'un coup de sa main, elle effaçait la fumée."))
    assert "d'un coup" in lemmas(analysed("Il but son verre d'un coup."))


def test_ne_vaut_pas_la_peine_is_valoir_la_peine() -> None:
    assert "valoir la peine" in lemmas(analysed("Ça ne vaut pas la peine d'en parler."))
    assert "valoir la peine" in lemmas(analysed("Il ne vaut même pas la peine qu'on le lise."))
    assert "pas la peine" in lemmas(analysed("Ce n'est pas la peine, monsieur."))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Elle lui en voulait de l'avoir trahie.", "en vouloir à"),
        ("Je t'en veux de ton silence.", "en vouloir à"),
        ("Il leur fait confiance depuis des années.", "faire confiance à"),
    ],
)
def test_a_dative_clitic_stands_for_the_idioms_a(text: str, lemma: str) -> None:
    assert lemma in lemmas(analysed(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a reflexive m' (s'en aller), and être, whose idioms need their à written
        ("Je m'en fus de cette horrible maison.", "en être à"),
        ("Nous en fûmes tous épouvantés.", "en être à"),
    ],
)
def test_a_reflexive_clitic_or_etre_takes_no_a_from_a_clitic(text: str, wrong: str) -> None:
    assert wrong not in lemmas(analysed(text))


def test_a_pronominal_verb_acting_on_the_body_is_no_pronominal_idiom() -> None:
    # she ran her hand through her hair: passer, not se passer (happen) nor se passer de
    analysis = analysed("Elle se passa la main dans les cheveux.")
    assert not {"se passer", "se passer de"} & lemmas(analysis)
    # an idiom that names the part keeps it
    assert "se creuser la tête" in lemmas(analysed("Il se creusait la tête depuis une heure."))


@pytest.mark.parametrize(
    ("text", "lemma", "found"),
    [
        # an adverbial idiom that starts with a noun is no idiom after a determiner
        ("Mme Forestier, la tête baissée, semblait songer.", "tête baissée", False),
        ("Il fonça tête baissée vers la porte.", "tête baissée", True),
        ("On n'en a pas toujours une sous la main.", "sous la main", True),
    ],
)
def test_a_determiner_makes_an_adverbial_idioms_noun_a_noun(
    text: str, lemma: str, found: bool
) -> None:
    assert (lemma in lemmas(analysed(text))) is found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a preposition right after the verb's object noun is that noun's, whatever the parse
        ("Elle tient la main de son fils.", "tenir de"),
        ("Chacune donna son avis sur cette entrée en scène.", "donner sur"),
    ],
)
def test_a_preposition_after_the_object_noun_is_not_the_verbs(text: str, wrong: str) -> None:
    assert wrong not in lemmas(analysed(text))


def test_a_governed_preposition_right_after_the_verb_stays() -> None:
    assert "tenir de" in lemmas(analysed("Il tient de son père."))
