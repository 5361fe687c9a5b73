"""Cards of round eighteen's rows and rules (the lead's own sentences): participle
adjectives with their preposition in every form, commands in -is, miser, an infinitive's
subject after pouvoir, nouns after an article, personne after sans; with the real model."""

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
        # a governed adjective in the feminine or plural
        ("Elle est pressée de partir.", "pressée", "eager to"),
        ("Ces questions sont liées à la crise.", "liées", "linked to"),
        ("Il est occupé à lire.", "occupé", "busy"),
        ("Il était fou de joie.", "fou", "overjoyed"),
        # an adverbial entry's adjective before its noun
        ("Il a agi en vrai professionnel.", "vrai", "true"),
        # commands and miser
        ("Réfléchis bien avant de répondre !", "Réfléchis", "think"),
        ("« Te voilà. Entre donc, tu dois mourir de faim. »", "Entre", "go in"),
        ("Entre les deux maisons, il y a un jardin.", "Entre", "between, among"),
        ("Le parti mise sur une victoire au second tour.", "mise", "bet on"),
        # an infinitive after pouvoir has its subject's kind
        ("Une baisse pourrait intervenir dès le printemps.", "intervenir", "occur"),
        ("La police a dû intervenir.", "intervenir", "intervene"),
        # a direct object before à + infinitive
        ("Il chercha quelque chose à dire.", "chercha", "look for"),
        # an article makes a noun whatever the parse hangs it on
        ("Il reprit le chemin de la ferme.", "ferme", "farm"),
        ("Il partit sans prévenir personne.", "personne", "nobody, anybody"),
        # the relative qui is a subject: a verb after it
        ("Son adversaire, qui siège dans l'opposition, proteste.", "siège", "sit"),
        # senses the topic decides
        ("Investie par son parti samedi, elle a dévoilé son programme.", "Investie", "nominated"),
        ("Le gel des impôts locaux est promis.", "gel", "freeze"),
        ("Le gel a détruit les vignes cette nuit.", "gel", "frost"),
        # a lexicon phrase the matcher declined, or whose pronoun is the next verb's
        ("Le coût a augmenté de près de 6 % en un an.", "de", "of, from"),
        ("Dès que nous aurons trouvé à nous loger, je t'écrirai.", "à", "to, at, in"),
        ("Ce livre est à moi.", "à", "mine"),
        ("Je ne peux me recommander à personne.", "à", "to, at, in"),
        ("Il faut ouvrir ce pays à tout le monde.", "à", "to, at, in"),
        ("L'écriture de sa sœur, d'ordinaire si régulière.", "ordinaire", "usually"),
        ("Le réseau écoulait chaque mois plusieurs dizaines de kilos.", "écoulait", "sell"),
        ("Un homme bourru mais juste.", "juste", "right"),
        ("Pour que son fils ne manque de rien.", "de", "of, from"),
        ("Un parcours qui fait la part belle à la montagne.", "fait", "give pride of place to"),
        ("Un parcours taillé pour les grimpeurs.", "taillé", "made for"),
        ("Le déblocage d'une enveloppe de 500 millions d'euros.", "enveloppe", "sum"),
        ("Il ouvrit l'enveloppe et lut la lettre.", "enveloppe", "envelope"),
        ("Les soignants dénoncent le manque de moyens.", "soignants", "care worker"),
        ("C'est une goutte d'eau dans l'océan.", "goutte", "a drop in the ocean"),
        ("Il avait hâte d'arriver avant la nuit.", "arriver", "arrive"),
        ("Il n'en continua pas moins son chemin.", "moins", "nonetheless"),
        ("Faute de quoi elles seront sanctionnées.", "quoi", "failing which"),
        # a noun and an adjective the tagger swapped
        ("C'est un brave garçon un peu bavard.", "brave", "good"),
        ("C'est un brave garçon un peu bavard.", "garçon", "boy"),
        # rows
        ("Il reprit le chemin de la ferme.", "reprit", "head back to"),
        ("Il se surprit à siffloter.", "surprit", "catch oneself (doing)"),
        ("Le parquet a requis trois ans de prison.", "parquet", "prosecutor's office"),
        ("Le parquet du salon craquait.", "parquet", "floor"),
        ("Son troisième long métrage est sorti.", "métrage", "feature film"),
        ("Embrasse bien ta mère de ma part.", "part", "from me, from him, from her"),
        ("La rentrée scolaire coûte cher aux familles.", "rentrée", "start of the school year"),
    ],
)
def test_round_18_cards(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense
