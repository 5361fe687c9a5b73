"""Senses the dialogue of a novel calls for (round novel18): a reporting verb in an incise
after the clitic of the one spoken to, or whose inverted subject goes on with a gerund or
sans; set phrases of speech and narration; an infinitive's own en; a noun after its own
article that the parse hung on the noun before; with the real model, each rule where it
applies and the look-alikes where it must not."""

from __future__ import annotations

import pytest

from reader.core.lookup.card import Glosser
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import first_sense, lemma_and_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # reporting verbs in an incise
        ("« Tu as entendu ? » lui souffla sa voisine.", "souffla", "whispered"),
        ("« Et alors ? lança le cocher en se retournant sur son siège.", "lança", "said"),
        ("— Je n'ai pas peur, fit la petite sans lever la tête.", "fit", "said"),
        ("« Eh bien, Jules ! reprit l'autre. Tu ne dis rien ? »", "reprit", "went on"),
        ("— Ce n'est pas possible, fit le vieux cocher.", "fit", "said"),
        ("« Assez ! coupa-t-il. Je ne veux plus rien entendre. »", "coupa", "cut in"),
        ("— Et vous, repartit-elle, que ferez-vous ?", "repartit", "retorted"),
        # set phrases of speech and narration
        ("Le public applaudit à tout rompre.", "rompre", "thunderously"),
        ("Les enfants répondirent en chœur.", "chœur", "in chorus"),
        ("Tu vas en baver, crois-moi.", "baver", "have a rough time"),
        ("Tu vas en avoir assez bien avant lui.", "avoir", "be fed up"),
        ("Il la fit venir pour tenir ses livres.", "tenir", "keep the books"),
        ("Il soutint son regard sans ciller.", "soutint", "meet someone's gaze"),
        ("Le bateau prit la mer à l'aube.", "prit", "put to sea"),
        ("Chaque soir il faisait ses comptes.", "comptes", "do one's accounts"),
        ("Ils marchaient au son du tambour.", "son", "to the sound of"),
        ("Il était pâle comme un linge.", "linge", "white as a sheet"),
        ("Il est paresseux, voilà tout.", "tout", "that's all"),
        ("Paraît qu'il a vendu sa maison.", "Paraît", "apparently"),
        ("Elle fut dure, mais sans se démonter il continua.", "démonter", "get flustered"),
        # a denial said alone, watching something happen
        ("— Malade, lui ? Penses-tu ! Il dort.", "Penses", "not likely"),
        ("Elle restait à la fenêtre à regarder passer les voitures.", "regarder", "watch"),
        # news one tells someone, not a thing one teaches them
        ("J'ai une triste nouvelle à vous apprendre, madame.", "apprendre", "tell"),
        ("Le notaire lui apprit la mort de son oncle.", "apprit", "told"),
        # interjections and set phrases of speech
        ("— Ma foi, je n'y avais pas pensé.", "foi", "well"),
        ("— Hein ? Qu'est-ce que tu dis ?", "Hein", "eh"),
        ("— Ne vous en faites pas, mon ami.", "faites", "worry"),
        ("— Fichez-moi la paix, à la fin !", "paix", "leave alone"),
        ("— Vraiment, je n'en reviens pas !", "reviens", "can't get over it"),
        ("— Dame ! il faut bien manger.", "Dame", "well"),
        ("— À quoi bon ? Il ne viendra pas.", "bon", "what's the use"),
        ("— Mais enfin, qu'est-ce qui te prend ?", "enfin", "but still"),
        ("Le commis demeura interdit.", "interdit", "be dumbfounded"),
        ("Le paquebot leva l'ancre à midi.", "ancre", "weigh anchor"),
        ("Il posa son chapeau et sa canne dans l'antichambre.", "canne", "walking stick"),
        # words no source translated, or whose first sense was a rare one
        ("Range ta chambre, sinon tu seras puni.", "sinon", "otherwise"),
        ("Il lisait en dépliant son journal.", "dépliant", "unfold"),
        # a noun after its own article, the parse's modifier of the noun before
        ("Il revint le soir dans la cuisine de la ferme.", "ferme", "farm"),
    ],
)
def test_the_sense_the_dialogue_calls_for(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # a subject after a comma, not a clitic in an incise
        ("« Ce soir, nous allons faire une fête, une vraie. »", "faire", "say"),
        ("Pensez-vous qu'il viendra demain ?", "Pensez", "not likely"),
        ("Il regarda sa montre et soupira.", "regarda", "watched"),
        ("Il coupa le pain en tranches épaisses.", "coupa", "cut in"),
        ("Le lendemain, il repartit pour Lyon.", "repartit", "retorted"),
        ("La dame entra dans le salon.", "dame", "well"),
        ("Il arriva enfin à Paris.", "enfin", "but still"),
        ("Son père voulait lui apprendre le métier.", "apprendre", "tell"),
        # a gerund form that is only a verb's lead: no noun after en + an infinitive
        ("Il va en Italie cet été.", "va", "be fed up"),
    ],
)
def test_the_look_alikes_keep_their_sense(
    glosser: Glosser, text: str, word: str, wrong: str
) -> None:
    assert first_sense(glosser, text, word) != wrong


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # the noun ton is no possessive; de before an understood noun is no article
        ("Il répondit d'un ton bourru.", "bourru", "bourru"),
        (
            "Si j'avais quelques bonnes heures, j'en avais de mauvaises aussi.",
            "mauvaises",
            "mauvais",
        ),
    ],
)
def test_adjectives_stay_adjectives(glosser: Glosser, text: str, word: str, lemma: str) -> None:
    assert lemma_and_sense(glosser, text, word)[0] == lemma


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # faites read as a participle after its subject clitic or before an inverted one
        ("« Vous faites ce travail depuis longtemps ?", "Fin"),
        ("« Que faites-vous ici ? demanda le gardien.", "Fin"),
        # after an auxiliary it stays the participle
        ("Les courses que vous avez faites hier.", "Part"),
        ("Elles sont faites pour durer.", "Part"),
    ],
)
def test_faites_after_its_subject_is_the_present(text: str, form: str) -> None:
    assert token(analysed(text), "faites").morph.get("VerbForm") == form
