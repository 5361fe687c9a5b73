"""Collocations whose English is not the word's first sense (round colloc17: resources/senses/
collocations.md): the partner classes TIME and EVENT, the verb and adjective rows of
sense_cues.tsv chosen by the object or the subject, the construction that tells fire come
under from a hardship suffered (essuyer), and verbal expressions. Sentences written for these
tests, none of them the inventory's or the annotated sets'; the senses are the real card's."""

from __future__ import annotations

import pytest

from reader.core.lookup.card import Glosser
from reader.core.lookup.classes import class_words
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


def test_the_time_and_event_classes_hold_their_seeds_and_neighbours() -> None:
    found = class_words()
    assert {"soirée", "printemps", "dimanche"} <= found["TIME"]  # seeds and a neighbour
    assert {"finale", "festival", "séminaire"} <= found["EVENT"]


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # a class's vector neighbour (dimanche) in either role of passer
        ("Nous avons passé le dimanche chez mes parents.", "passé", "spent"),
        ("Les dimanches passaient lentement à la campagne.", "passaient", "go by"),
        ("La ville accueillera le sommet du G20 en juin.", "accueillera", "host"),
        ("Elle a accueilli ses invités à la porte.", "accueilli", "welcome"),
        ("Les deux entreprises ont noué des relations commerciales.", "noué", "form"),
        ("Le garçon nouait ses lacets.", "nouait", "tie"),
        ("Le pays a rompu ses relations avec son voisin.", "rompu", "break off"),
        ("Un cri a rompu le silence de la nuit.", "rompu", "break"),
        ("Le menu comprend une entrée et un dessert.", "comprend", "include"),
        ("Je comprends ta colère.", "comprends", "understand"),
        ("Le village compte cinq cents habitants.", "compte", "have"),
        ("Le berger compte ses moutons chaque soir.", "compte", "count"),
        ("Quelqu'un a posé une bombe dans le train.", "posé", "plant"),
        ("L'inflation a reculé en mai.", "reculé", "fall"),
        ("Le chômage monte dans la région.", "monte", "rise"),
        ("Il a monté une société de transport.", "monté", "set up"),
        ("Le juge a subi une opération du cœur.", "subi", "undergo"),
        ("Ils ont franchi le cap des dix mille abonnés.", "franchi", "pass"),
        ("Deux hommes ont braqué une banque à Lyon.", "braqué", "rob"),
        ("Il braqua son fusil sur le loup.", "braqua", "aim"),
        ("Le candidat a creusé l'écart dans les sondages.", "creusé", "widen the gap"),
        ("Les enfants creusaient un trou dans le sable.", "creusaient", "dig"),
        ("Le ministre a présenté sa démission au président.", "présenté", "offer"),
        ("Le client a passé une commande de dix caisses.", "passé", "place"),
        ("Il a mis la télévision pour voir le match.", "mis", "switch on"),
        ("Le chef de l'équipe a lancé un cri d'alarme.", "lancé", "let out"),
        ("Des pluies fortes sont tombées sur le sud.", "fortes", "heavy"),
    ],
)
def test_the_partner_decides_the_collocations_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("Le gouvernement a essuyé un échec cuisant.", "suffered"),
        ("L'hélicoptère a essuyé des tirs.", "came under"),
    ],
)
def test_fire_is_come_under_and_a_hardship_suffered(
    glosser: Glosser, text: str, sense: str
) -> None:
    assert first_sense(glosser, text, "essuyé") == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il a pris sa retraite à soixante ans.", "pris", "retire"),
        ("Les négociations touchent à leur fin.", "touchent", "draw to a close"),
        ("Une épidémie s'est déclarée dans la région.", "déclarée", "break out (of a thing)"),
    ],
)
def test_a_verbal_collocation_is_read_as_one(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense
