"""Cards of frequent news words and expressions (round eleven's rows in resources/phrases/ and
resources/senses/), on sentences written for the test, with the real model."""

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
        # expressions read as units
        ("L'argent a servi à des fins de propagande.", "fins", "for the purpose of"),
        ("Une dette qui ne cesse de grimper.", "cesse", "keep on"),  # ne alone: keeps
        ("Il cesse de fumer.", "cesse", "stop"),
        ("Il a parlé devant une salle comble.", "comble", "packed"),  # not combler's "fill"
        ("Plusieurs fermes ont mis la clé sous la porte.", "mis", "close down"),
        ("Il a relevé le défi.", "relevé", "take up the challenge"),
        ("Après le repas, il fit un somme.", "somme", "take a nap"),
        ("Il s'agit d'une première en France.", "première", "first"),
        ("Le temps est beau.", "temps", "weather"),
        ("Il entra dans la pièce.", "pièce", "room"),
        ("Il doit de l'argent à sa sœur.", "doit", "owe"),  # a partitive object: owe
        ("Il doit d'abord partir.", "doit", "have to"),
        ("Voici la liste des gagnants.", "Voici", "here is"),  # not the dictionary's "there"
        ("Voilà pourquoi il est parti.", "Voilà", "that is why"),
        ("Il a passé un coup de téléphone à sa mère.", "coup", "phone call"),
        ("Il but d'un seul coup.", "coup", "in one go"),
        ("Un coup de vent emporta son chapeau.", "coup", "gust of wind"),
        ("Il ne tient pas en place.", "tient", "keep still"),
        ("Il fait frais ce soir.", "frais", "it's cool"),  # not the noun's costs
        ("Il fait des frais inutiles.", "frais", "costs"),
        ("L'homme a été remis en liberté.", "remis", "released"),
        ("Les prix ont flambé.", "flambé", "soar"),
        ("La grange flambait dans la nuit.", "flambait", "blaze"),
        ("Le parquet a requis deux ans de prison.", "requis", "call for"),
        ("Cette tâche requiert de la patience.", "requiert", "require"),
        ("L'avocat a plaidé la légitime défense.", "plaidé", "plead"),  # not the noun's plea
        ("Il a brigué un second mandat.", "brigué", "seek"),
        ("Il a fait appel de la décision.", "appel", "appeal against"),
        ("Le conseil des ministres s'est réuni.", "conseil", "cabinet meeting"),
        ("Les actions de la société ont chuté.", "actions", "share"),
        ("Les blessés sont au nombre de trois.", "nombre", "numbering"),
        ("Il passa au nombre des chroniqueurs.", "nombre", "among"),
        ("Aucun suspect n'a été arrêté à ce jour.", "jour", "to date"),
        ("Les pompiers ont tenté sans succès de le ranimer.", "succès", "unsuccessfully"),
        ("Il a gagné sans peine.", "peine", "without difficulty"),
        ("Des soins sont donnés à domicile.", "domicile", "at home"),
        ("Son recours en grâce a été rejeté.", "recours", "appeal for clemency"),
        ("Elle sera tête de liste aux municipales.", "tête", "head of the list"),
        (
            "Il travaillait pour le service de renseignement.",
            "renseignement",
            "intelligence service",
        ),
        ("Le syndicat d'initiative ouvre lundi.", "syndicat", "tourist office"),
        ("Je me pose des questions sur ce projet.", "pose", "wonder"),
        ("Il adresse ses meilleurs vœux aux lecteurs.", "vœux", "best wishes"),
        ("Le syndicat intercommunal gère les eaux.", "syndicat", "inter-municipal association"),
        ("Il dîna avec le secrétaire particulier du ministre.", "particulier", "private secretary"),
        ("Il habite un hôtel particulier.", "particulier", "town house"),
        ("Le maire a reçu ses hôtes de marque.", "marque", "distinguished guest"),
        ("Ce cas particulier est rare.", "particulier", "particular"),
        ("Le paiement s'effectue en ligne.", "effectue", "be carried out"),
        ("Elle fait ses courses au marché.", "courses", "do the shopping"),
        ("Les images ont fait le tour du monde.", "tour", "go round the world"),
        ("Le plan met par exemple l'accent sur la formation.", "accent", "emphasis on"),
        ("Le texte est conforme en tous points.", "points", "in every respect"),
        # près de before a number is nearly, and de près before it is no "closely"
        ("Une hausse de près de 10 % a été notée.", "près", "nearly"),
        ("Il a reçu un versement de près de deux millions.", "près", "nearly"),
        ("Il a gagné de près d’un million.", "près", "nearly"),  # a curly apostrophe
        ("Il habite près de la gare.", "près", "near"),
        ("Il a suivi l'affaire de près.", "près", "closely"),
        # the order of senses in news
        ("Les adhérents du club ont voté.", "adhérents", "member"),
        ("La police a fouillé les locaux de l'entreprise.", "locaux", "premises"),
        ("Il a vraisemblablement menti.", "vraisemblablement", "probably"),
        ("Le rapporteur a présenté son texte.", "rapporteur", "rapporteur"),
        ("Il a versé des commissions occultes.", "occultes", "hidden"),
        ("Les champs avoisinants ont été inondés.", "avoisinants", "neighbouring"),
        ("L'implantation de l'usine a créé des emplois.", "implantation", "setting up"),
        ("L'eau est épurée avant le rejet.", "épurée", "purified"),
        # a topic decides
        ("Le tribunal l'a condamné à une peine de prison.", "peine", "sentence"),
        ("Victime d'un malaise, il a été transporté à l'hôpital.", "malaise", "dizzy spell"),
        ("Ils ont versé une commission à l'intermédiaire.", "versé", "pay"),
        ("La fermeture de l'usine touche tout le bassin industriel.", "bassin", "basin"),
        ("Le blessé présente des signes de fatigue.", "présente", "show"),
        ("Ce film a réveillé des souvenirs d'enfance.", "réveillé", "awaken"),
        ("La distance parcourue est de dix kilomètres.", "parcourue", "covered"),
    ],
)
def test_news_words_lead_with_their_news_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense
