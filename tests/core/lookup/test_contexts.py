"""The senses the neighbouring words decide for fort, pareil, ensemble and couché
(reader/core/lookup/contexts.py), on the card a click shows, with the real model."""

from __future__ import annotations

import pytest

from reader.core.lookup.card import Glosser
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("Elle était fort belle.", "very"),
        ("Il frappa fort à la porte.", "hard"),
        ("Le cœur me battait bien fort.", "hard"),
        ("Il lui serra la main très fort.", "hard"),
        ("Elle parlait très fort.", "loudly"),
        ("Il criait si fort que tout le monde l'entendit.", "loudly"),
        ("Il ressemble fort à son père.", "very much"),
        ("Il est très fort.", "strong"),
        ("Il était grand et fort.", "strong"),
        ("Ah, c'est trop fort !", "that's too much"),
        ("Ah, c’est trop fort !", "that's too much"),  # the curly apostrophe
        ("C'est trop fort pour moi.", "strong"),
    ],
)
def test_fort_is_very_only_before_an_adjective_or_an_adverb(
    glosser: Glosser, text: str, sense: str
) -> None:
    assert first_sense(glosser, text, "fort") == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("En pareil cas, il faut partir.", "pareil", "such"),
        ("Je n'ai jamais vu pareille chose.", "pareille", "such"),
        ("Il n'avait jamais vu une chose pareille.", "pareille", "such"),
        ("Une chaleur pareille à une flamme lui montait au visage.", "pareille", "like"),
        ("Ils ont des crochets pareils.", "pareils", "same"),
    ],
)
def test_pareil_is_such_beside_its_noun_and_like_before_a(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("Ils partirent ensemble.", "together"),
        ("Ils remontèrent ensemble.", "together"),
        ("L'ensemble du pays est touché.", "whole"),
    ],
)
def test_ensemble_without_a_determiner_is_together(glosser: Glosser, text: str, sense: str) -> None:
    assert first_sense(glosser, text, "ensemble") == sense


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("L'homme couché balbutia.", "lying"),
        ("Il était couché sur le lit.", "be lying down"),
        ("Il s'est couché tôt.", "go to bed"),
    ],
)
def test_couche_as_a_state_is_lying(glosser: Glosser, text: str, sense: str) -> None:
    assert first_sense(glosser, text, "couché") == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il s'en alla d'une démarche digne.", "démarche", "gait"),
        ("Il s’en alla d’une démarche digne.", "démarche", "gait"),  # the curly apostrophe
        ("Cette démarche est utile.", "démarche", "step"),
        ("Le livre fut tiré à mille exemplaires.", "tiré", "print"),
        ("Il tira la corde.", "tira", "pull"),
    ],
)
def test_a_manner_is_a_gait_and_copies_are_printed(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Aux policiers, ce dernier a expliqué sa version.", "dernier", "the latter"),
        ("Il a vu la directrice, et cette dernière est partie.", "dernière", "the latter"),
        ("Les avocats de ces derniers ont protesté.", "derniers", "the latter"),
        ("Il a parlé à ce dernier.", "dernier", "the latter"),
        # dernier before its noun: last
        ("Il se sentait faible ces derniers jours.", "derniers", "last"),
        ("Il se sentait faible ces derniers temps.", "derniers", "lately"),  # the expression
        ("Cette dernière réflexion parut le toucher.", "dernière", "last"),
        ("C'est le dernier jour.", "dernier", "last"),
    ],
)
def test_ce_dernier_alone_is_the_latter(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("Une région comprenant la Lorraine et l'Alsace.", "including"),
        ("Un jury comprenant trois juges a siégé.", "including"),
        # someone's understanding
        ("Il parlait tout bas, comprenant qu'il fallait partir.", "understand"),
        ("Alors, comprenant la situation, il partit.", "understand"),
        ("Il lut en comprenant le texte.", "understand"),
    ],
)
def test_comprenant_before_a_noun_phrase_is_including(
    glosser: Glosser, text: str, sense: str
) -> None:
    assert first_sense(glosser, text, "comprenant") == sense
