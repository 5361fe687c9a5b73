"""Senses the kind of a verb's subject or object decides (reader/core/lookup/kinds/, the
subject's kind in subjects.py, rows of resources/senses/constructions.tsv), on the card a
click shows, with the real model: a thing or a person as the subject, the object classes of
frequent verbs, and arriver after a wish (surroundings/verbs.py); each with the look-alikes that
must keep the dictionaries' sense."""

from __future__ import annotations

import pytest

from reader.core.lookup import subjects
from reader.core.lookup.card import Glosser
from reader.core.lookup.partners import verb_of
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Mon étude ne marchait pas.", "marchait", subjects.THING),
        ("Cela sentait la misère.", "sentait", subjects.THING),
        ("Une affaire qui marchait bien.", "marchait", subjects.THING),
        ("La vente a très bien marché.", "marché", subjects.THING),
        ("Je marchais dans la rue.", "marchais", subjects.PERSON),
        ("Duroy marchait vite.", "marchait", subjects.PERSON),
        ("Les troupes marchaient vers la ville.", "marchaient", subjects.PERSON),
        ("Ce gros vilain homme qui sentait le tabac.", "sentait", subjects.PERSON),
        ("Le petit Chose sentit son cœur battre.", "sentit", subjects.PERSON),
        # il, elle: the antecedent is not known; a doer's ending, a body part, an infinitive
        ("Il marchait lentement.", "marchait", ""),
        ("Le facteur marchait sur la route.", "marchait", ""),
        ("Le pied sentait le bois.", "sentait", ""),
        ("C'était un plaisir de marcher dans l'ombre.", "marcher", ""),
        # an infinitive after pouvoir, devoir, sembler: the subject of the verb it hangs on
        ("Une baisse pourrait intervenir au printemps.", "intervenir", subjects.THING),
        ("Mon affaire semble marcher.", "marcher", subjects.THING),
        ("Je pourrais marcher longtemps.", "marcher", subjects.PERSON),
        ("Il a voulu marcher.", "marcher", ""),
        ("Jésus marchant sur les flots.", "marchant", ""),
    ],
)
def test_the_subject_is_a_person_or_a_thing(text: str, word: str, kind: str) -> None:
    analysis = analysed(text)
    verb = verb_of(analysis, token(analysis, word))
    assert verb is not None
    assert subjects.subject_kind(analysis, verb) == kind


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # a thing as the subject: marcher works, sentir smells of, tenir à is due to
        ("Mon étude ne marchait pas.", "marchait", "worked"),
        ("Sans doute, les affaires ne marchaient pas.", "marchaient", "worked"),
        ("La vente a très bien marché.", "marché", "worked"),
        ("Cela sentait la misère honteuse.", "sentait", "smelled of"),
        ("Toute la chambre sentait le tabac.", "sentait", "smelled of"),
        ("Cela tient à peu de chose.", "tient", "be due to"),
        ("Sans doute, les affaires ne vont pas.", "vont", "go well"),
        ("Non, ça ne va pas.", "va", "go well"),
        ("Le pays a connu le même jour une grève générale.", "connu", "experienced"),
        ("La ville connut des jours sombres.", "connut", "experienced"),
        # a person before à and a noun: value
        ("Le principal tenait beaucoup à cet élève.", "tenait", "valued"),
        # a rumour goes round, a shot goes off
        ("Le bruit courait qu'il était mort.", "courait", "went round"),
        ("La rumeur courait dans la ville.", "courait", "went round"),
        ("Le coup partit.", "partit", "went off"),
        # what one runs or keeps, blows out, winds, claps, shuffles
        ("Son père et sa mère tenaient un petit cabaret.", "tenaient", "ran"),
        ("Elle tenait un journal depuis l'enfance.", "tenait", "kept"),
        ("Il se mit au lit, souffla la lumière, et s'endormit.", "souffla", "blew out"),
        ("Elle souffla sa bougie.", "souffla", "blew out"),
        ("J'avais oublié de remonter la pendule.", "remonter", "wind"),
        # the object a que before the verb stands for, after a comma too
        ("Une vieille horloge, qu'on avait oublié de remonter.", "remonter", "wind"),
        ("La lampe qu'il souffla.", "souffla", "blew out"),
        ("Toute l'étude battit des mains.", "battit", "clapped"),
        ("Il battait les cartes.", "battait", "shuffled"),
        # porter a garment, glasses: wear; a toast: propose
        ("Il portait une blouse grise.", "portait", "wore"),
        ("Un petit homme chauve qui portait des lunettes.", "portait", "wore"),
        ("Il se leva et porta un toast à son ami.", "porta", "proposed"),
        # frapper with no object or at a door: knock; du pied: stamp
        ("Je frappai deux fois très doucement.", "frappai", "knocked"),
        ("Il poussa la porte et frappa deux fois contre la boiserie.", "frappa", "knocked"),
        ("Il frappa du pied.", "frappa", "stamped one's foot"),
        # tirer what one takes out, or from a pocket: take out; reconduire home; survenir of
        # a person, even put after it: turn up
        ("Du Roy tira sa montre.", "tira", "took out"),
        ("Duroy tira de sa poche les feuilles de papier.", "tira", "took out"),
        ("Il la reconduisit chez elle.", "reconduisit", "took back"),
        ("Forestier survint, soufflant.", "survint", "turned up"),
        ("Pour m'achever, survint Boucoyran.", "survint", "turned up"),
        # prendre a look or a turn: take on
        ("Il prit un air digne.", "prit", "took on"),
        ("Son journal avait pris une extension énorme.", "pris", "took on"),
        # rendre a greeting or a kiss: return; services: do
        ("Il serrait les mains et rendait les saluts.", "rendait", "returned"),
        ("Il lui rendait mille services.", "rendait", "did"),
        # food given: serve with no one fed, feed with someone, drinks served
        ("Un marchand de vin qui donnait à manger.", "donnait", "served food"),
        ("Elle lui donnait à manger.", "donnait", "fed"),
        ("On oublia de donner à manger au perroquet.", "donner", "feed"),
        ("Ils donnaient à boire aux bourgeois.", "donnaient", "served drinks"),
        # nothing understood; a shock got over; a feeling that stirs someone
        ("Je n'entendais rien à la politique.", "entendais", "understood"),
        ("Il n'y entend rien.", "entend", "understand"),
        ("Un patois auquel je n'entendais rien.", "entendais", "understood"),
        # something happens to someone: happen, not occur
        ("Il leur arrive de parler de moi.", "arrive", "happen"),
        ("Qu'est-ce qui t'arrive ?", "arrive", "happen"),
        ("Il lui est arrivé un malheur.", "arrivé", "happened"),
        ("Le marquis, revenu de sa surprise, sourit.", "revenu", "recover from"),
        ("Une exaspération le souleva contre sa vie.", "souleva", "stirred up"),
        # arriver after a wish, with no place after it: succeed
        ("Le désir d'arriver y régnait en maître.", "arriver", "succeed"),
        ("Il avait l'ambition d'arriver.", "arriver", "succeed"),
        ("Il voulait arriver, et vite.", "arriver", "succeed"),
    ],
)
def test_the_kind_of_subject_or_object_decides_the_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # a person walks, holds a hand, feels the cold; a body part feels
        ("Il marchait dans la rue.", "marchait", "walk"),
        ("Le vieillard marchait lentement.", "marchait", "walk"),
        ("Les troupes marchaient vers la ville.", "marchaient", "walk"),
        ("C'était un plaisir de marcher dans l'ombre.", "marcher", "walk"),
        ("Il tenait la main de sa fille.", "tenait", "hold"),
        ("Je sentais le froid.", "sentais", "feel"),
        ("Il sentit la main de sa mère.", "sentit", "feel"),
        ("Le pied sentait le bois.", "sentait", "feel"),
        ("Le petit Chose sentit son cœur battre.", "sentit", "feel"),
        ("Il portait un gros paquet sous le bras.", "portait", "carry"),
        ("Il la frappa au visage.", "frappa", "hit"),
        ("Aucune couleur vive ne frappait.", "frappait", "strike"),
        ("Je connais cet homme.", "connais", "know"),
        ("La police connaît bien ce quartier.", "connaît", "know"),
        ("Une chanson que les ménagères connaissaient bien.", "connaissaient", "know"),
        ("Il tira le bouton du timbre.", "tira", "pull"),
        ("Quelque chose survenait.", "survenait", "occur"),
        ("Mme Forestier le reconduisait jusqu'à la porte.", "reconduisait", "see out"),
        ("Il prit son chapeau et sortit.", "prit", "take"),
        ("Il rendit la bourse à la jeune femme.", "rendit", "give back"),
        # aller somewhere, aller before an infinitive, a garment that suits, ça va
        ("Il ne va pas à Paris.", "va", "go"),
        ("Cette robe ne lui va pas.", "va", "go"),
        ("Ça va ?", "va", "fine"),
        # tenir à before an infinitive; a participle, not a subject's verb
        ("Je tiens à sortir.", "tiens", "be keen on"),
        ("De longs discours tenus à sa bourrique.", "tenus", "be keen on"),
        # sounds that run, a person who leaves, what one beats, climbs, hears, gives
        ("Des bruits lointains qui courent dans le vent.", "courent", "run"),
        ("Il partit le lendemain.", "partit", "leave"),
        ("Il battait son chien.", "battait", "beat"),
        ("Il remonta l'escalier.", "remonta", "go back up"),
        ("Je n'entendais rien.", "entendais", "hear"),
        ("Il lui donna une lettre.", "donna", "give"),
        ("Il revint de Paris.", "revint", "come back from"),
        ("Il souleva la caisse.", "souleva", "lift"),
        # arriver somewhere after a wish, or with a person as its subject: arrive
        ("Il avait envie d'arriver chez lui.", "arriver", "arrive"),
        ("Nous arrivons demain.", "arrivons", "arrive"),
        # a relative whose noun is not what the verb takes
        ("C'est la rue que je voulais remonter.", "remonter", "go back up"),
    ],
)
def test_look_alikes_keep_their_sense(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense
