"""Senses a novel's sentences call for (round novel17): an age after avoir, where one lives,
whom one waits for, what a person smells of, a time put before que and its verb, and Allons
donc ! as a discourse word; with the real model, each rule where it applies and the
look-alikes where it must not."""

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
        # avoir and a count of years: an age
        ("Lucien avait vingt-six ans et quarante francs en poche.", "avait", "be"),
        ("Le plus âgé de l'étude avait onze ans.", "avait", "be"),
        ("Mon frère a 20 ans aujourd'hui.", "a", "be"),
        # demeurer before a residence
        ("On m'a dit qu'il demeurait près de la halle.", "demeurait", "lived"),
        ("Sa tante demeurait rue de Rivoli.", "demeurait", "lived"),
        ("Il demeurait à Rouen depuis dix ans.", "demeurait", "lived"),
        # attendre with an object, a noun or a clitic
        ("Personne ne semblait l'attendre sur le quai.", "attendre", "wait for"),
        ("Une file de fiacres attendait la sortie.", "attendait", "waited for"),
        ("Une voiture nous attendait à la gare.", "attendait", "waited for"),
        # a person who smells of something
        ("Il y avait là un vieux député qui sentait le tabac.", "sentait", "smelled of"),
        # a length of time before que and the verb's subject
        ("Il pensait aux heures qu'il y passait.", "passait", "spent"),
        # an imperative alone before donc and an exclamation mark
        ("Malade ? Allons donc ! Il était au marché jeudi.", "Allons", "come on"),
        # getting off a vehicle, picking up what one carries, estimating an amount
        ("Frédéric descendit de la diligence sur la place.", "descendit", "got off"),
        ("Il descendit de cheval devant l'auberge.", "descendit", "got off"),
        ("Elle reprit ses seaux sans un mot.", "reprit", "picked up"),
        ("Il tourna autour de la maison comme pour en estimer la valeur.", "estimer", "estimate"),
        # ashamed of, drawing water
        ("Il hésitait, honteux de ses bottines fatiguées.", "honteux", "ashamed"),
        ("J'entendais le jardinier tirer de l'eau au puits.", "tirer", "draw water"),
        # the novels' usual senses of pièce and cour, and pièce de + a material
        ("Son bureau était une grande pièce sombre.", "pièce", "room"),
        ("Elle donnait sur une cour étroite.", "cour", "courtyard"),
        ("Le ballon est fait de 32 pièces de cuir.", "pièces", "piece"),
        ("Duroy accepta la pièce d'or.", "pièce", "gold coin"),
        # worn clothes, gloves, half-closed eyes, the country novel's verbs
        ("Il portait une redingote râpée aux coudes.", "râpée", "threadbare"),
        ("Il tendit le bout de ses doigts gantés.", "gantés", "gloved"),
        ("Je restais au lit, les yeux mi-clos.", "mi-clos", "half-closed"),
        ("Le cousin lorgnait les herbages du bas.", "lorgnait", "eye"),
        ("Le cousin lorgnait les herbages du bas.", "herbages", "pasture"),
        # a whip cracked, a carriage moving off, twice the sum
        ("Le cocher fit claquer son fouet.", "claquer", "crack"),
        ("La lourde voiture s'ébranla dans un fracas de ferraille.", "ébranla", "move off"),
        ("La terre en valait le double.", "double", "double"),
        # a pinch of snuff
        ("Le notaire tira sa tabatière et huma une prise avec lenteur.", "prise", "pinch"),
        # phrases of the novels
        ("La maîtresse de maison s'avançait vers lui.", "maîtresse", "hostess"),
        ("Il jeta son sac de nuit sur le trottoir.", "nuit", "overnight bag"),
        ("Elle s'essuya le front du revers de la main.", "revers", "with the back of one's hand"),
        ("Il était au marché pas plus tard que jeudi.", "tard", "as recently as"),
    ],
)
def test_the_sense_the_sentence_calls_for(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        ("Il avait trois enfants.", "avait", "be"),
        ("Il y a vingt ans, il partit pour l'Amérique.", "a", "be"),
        ("Frédéric demeura un moment immobile.", "demeura", "lived"),
        ("Il demeura à genoux devant l'autel.", "demeura", "lived"),
        ("Nous attendions depuis une heure.", "attendions", "waited for"),
        ("Moi qui m'attendais à une semonce.", "attendais", "waited for"),
        ("Il attendit deux heures dans le froid.", "attendit", "waited for"),
        ("Il sentait la fatigue le gagner.", "sentait", "smelled of"),
        ("On sentait le tabac dans toute la maison.", "sentait", "smelled of"),
        ("Il sentait le parfum de sa voisine.", "sentait", "smelled of"),
        ("Nous allons donc partir demain.", "allons", "come on"),
        ("Il a acheté du fromage râpé.", "râpé", "threadbare"),
        ("Il descendit de la colline en courant.", "descendit", "got off"),
        ("Il claqua la porte derrière lui.", "claqua", "crack"),
        ("Il reprit sa lecture après le dîner.", "reprit", "picked up"),
        ("Il est honteux de mentir ainsi.", "honteux", "ashamed"),
        ("C'était une misère honteuse.", "honteuse", "ashamed"),
        ("Il entra dans la pièce de droite.", "pièce", "piece"),
        ("Il n'y avait rien de nouveau dans la ville.", "nouveau", "again"),
    ],
)
def test_the_look_alikes_keep_their_senses(
    glosser: Glosser, text: str, word: str, wrong: str
) -> None:
    assert first_sense(glosser, text, word) != wrong
