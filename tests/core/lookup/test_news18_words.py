"""Cards of round eighteen's rows and rule (news18): set phrases of economy, farming, school and
transport news, words the card showed nothing or a wrong sense for, plurals with a meaning of
their own, côté with a bare noun opening a clause, and two-word adverbials passed over after a
verb (tient avant tout à); on sentences written for the test, with
the real model."""

from __future__ import annotations

import pytest

from reader.core.lookup.card import Glosser
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # côté and a bare noun before a comma, opening a clause: as for; elsewhere: side
        ("Côté gouvernement, on se félicite de cette évolution.", "Côté", "as for"),
        ("Côté transports urbains, la situation reste tendue.", "Côté", "as for"),
        ("Le côté gauche de la route est fermé.", "côté", "side"),
        # set phrases of news text
        ("Le gouvernement annonce un nouveau tour de vis sur les dépenses.", "vis", "tightening"),
        ("Les usines tournent à plein régime depuis un mois.", "régime", "at full capacity"),
        ("Le trafic devrait revenir à la normale dans la soirée.", "revenir", "return to normal"),
        ("Les hôtels affichent complet pour le week-end.", "complet", "be fully booked"),
        ("Les stations de ski attendent la neige.", "stations", "ski resort"),
        ("Les travaux reprendront à la rentrée.", "rentrée", "in september"),
        ("Le député a été entendu à deux reprises.", "reprises", "twice"),
        ("Il a loué une voiture de location à l'aéroport.", "location", "rental car"),
        # pronominal rows
        ("Les clients pourront se faire rembourser leur billet.", "rembourser", "get a refund"),
        ("La croissance s'essouffle depuis l'été.", "essouffle", "run out of steam (of a thing)"),
        # words the card showed nothing or a wrong sense for
        ("La ministre promet une certaine souplesse.", "souplesse", "flexibility"),
        ("Face à la fronde des élus, le maire recule.", "fronde", "revolt"),
        ("Les négociations ont achoppé sur les salaires.", "achoppé", "break down"),
        # plurals with a meaning of their own
        ("Les ménages modestes sont les plus touchés.", "ménages", "household"),
        ("Elle a fait des économies pour partir en vacances.", "économies", "savings"),
        ("Il monta les marches du perron.", "marches", "step"),
        # a train or a flight cancelled, as the object or the passive's subject; jobs stay cut
        ("Votre train est supprimé en raison de la grève.", "supprimé", "cancelled"),
        ("Air France supprime dix vols vers Nice.", "supprime", "cancel"),
        ("L'entreprise va supprimer 300 postes.", "supprimer", "cut"),
        # gel: a freeze of pay or benefits, frost near the weather's words
        ("Le budget prévoit le gel des prestations sociales.", "gel", "freeze"),
        ("Un épisode de gel a touché les vignes cette nuit.", "gel", "frost"),
        ("La récolte de blé tendre est bonne.", "tendre", "soft wheat"),
        # avant tout, en partie between the verb and its preposition or object are passed over
        ("Cela tient avant tout au recul des prix.", "tient", "be due to"),
        ("Il tient avant tout à sa famille.", "tient", "be keen on"),
        ("Il doit en partie sa victoire à son entraîneur.", "doit", "owe"),
        # manifester in a protest with no object, or showing a feeling; écarter an option
        ("Des agriculteurs viennent manifester à Chartres.", "manifester", "demonstrate"),
        ("Il a manifesté son intérêt pour le poste.", "manifesté", "show"),
        ("Les syndicats n'écartent pas une grève en juin.", "écartent", "rule out"),
        ("Il écarta les rideaux et regarda dehors.", "écarta", "move aside"),
    ],
)
def test_round_eighteen_cards(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense
