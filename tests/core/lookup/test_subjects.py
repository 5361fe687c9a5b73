"""A pronominal verb's gloss chosen by its subject, a person or a thing (lookup/subjects.py),
on sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.lookup.card import Glosser
from reader.core.store import Database
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser(tmp_path_factory: pytest.TempPathFactory) -> Glosser:
    folder: Path = tmp_path_factory.mktemp("subjects")
    return Glosser(Database(folder / "glossary.sqlite3"))


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # a name, a personal pronoun, a noun for a person
        ("Le chanteur Paul Durand s'est éteint dans la nuit.", "éteint", "die (of a person)"),
        ("Le vieil homme s'est éteint hier.", "éteint", "die (of a person)"),
        # a noun for a thing
        ("Soudain, la lumière s'éteint.", "éteint", "go out (of a thing)"),
        ("Cette solution s'impose à tous.", "impose", "be essential (of a thing)"),
        # an infinitive: someone's
        ("Il faut s'imposer dans la vie.", "imposer", "assert oneself (of a person)"),
        ("Elle se lève tôt chaque matin.", "lève", "get up (of a person)"),
        ("Le soleil se lève sur la ville.", "lève", "rise (of a thing)"),
        # a person by the partner class of people (journaliste, collègue), not only the list
        ("Le journaliste se leva et sortit.", "leva", "get up (of a person)"),
        # se faire of a thing is done; of people before an infinitive, get ...-ed
        ("Ça se fait tous les jours dans la presse.", "fait", "be done (of a thing)"),
        ("Mes deux collègues allaient se faire régaler.", "faire", "get (done)"),
        # qui stands for the noun or name before it
        (
            "La réunion qui se tenait à Paris a duré trois heures.",
            "tenait",
            "be held (of an event)",
        ),
        ("Le vieil homme qui se tenait là ne dit rien.", "tenait", "stand (of a person)"),
        ("Il vit Madeleine qui se tenait debout.", "tenait", "stand (of a person)"),
        # a qui after a comma: the noun the aside follows
        (
            "Le maire pense à la réunion, qui se tiendra demain.",
            "tiendra",
            "be held (of an event)",
        ),
        ("Il a vu le vieil homme, qui se tenait debout.", "tenait", "stand (of a person)"),
        ("La réunion se tient à Paris.", "tient", "be held (of an event)"),
        # an event a place's name completes, even capitalised (expr16)
        ("Le 43e Forum de Munich s'est tenu en février.", "tenu", "be held (of an event)"),
        ("Le sommet de Paris se tiendra en mai.", "tiendra", "be held (of an event)"),
        ("L'ami de Pierre se tenait debout.", "tenait", "stand (of a person)"),
        # across an incise; a thing that is no event keeps the list's order
        ("La troisième femme, en deuil, se tenait dans un coin.", "tenait", "stand (of a person)"),
        ("La vieille maison se tenait au bout de la rue.", "tenait", "stand (of a person)"),
        ("Elle se dégagea, et, se levant avec vivacité, partit.", "levant", "get up (of a person)"),
        # the subject of the verb the infinitive hangs on
        ("Soudain, la lumière va s'éteindre.", "éteindre", "go out (of a thing)"),
        ("La réunion doit se tenir à Paris.", "tenir", "be held (of an event)"),
        (
            "La collaboration qui a pu s'établir entre eux est utile.",
            "établir",
            "be established (of a thing)",
        ),
        (
            "Une collaboration s'est établie entre les deux pays.",
            "établie",
            "be established (of a thing)",
        ),
    ],
)
def test_a_pronominal_verbs_gloss_fits_its_subject(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


def test_glosses_without_a_hint_keep_their_order(glosser: Glosser) -> None:
    analysis = analysed("Il se trompe souvent, dit-elle.")
    best = glosser.explain(analysis, token(analysis, "trompe").index).best_translation
    assert best is not None and best.senses[0] == "be mistaken"


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # a pronominal passive: a thing as subject is sold, understood, explained, shows
        ("Ces produits se vendent bien en hiver.", "vendent", "sell (of a thing)"),
        ("Il se vend au plus offrant.", "vend", "sell oneself (of a person)"),
        ("Cela se comprend très bien.", "comprend", "be understandable (of a thing)"),
        ("Ils se comprennent sans parler.", "comprennent", "understand each other"),
        ("Cela se voit tout de suite.", "voit", "show (of a thing)"),
        ("Il se voyait déjà ministre.", "voyait", "see oneself"),
        ("Cela s'explique facilement.", "explique", "be explained (of a thing)"),
        ("Il s'expliqua devant le juge.", "expliqua", "explain oneself (of a person)"),
        ("Le contrat se signe demain.", "signe", "be signed (of a thing)"),
        ("Son rêve s'est enfin réalisé.", "réalisé", "come true (of a thing)"),
    ],
)
def test_a_pronominal_passive_reads_its_thing_subject(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # the pronominal verb's own sense, not the bare verb's
        ("Il s'avança vers la porte.", "avança", "move forward"),
        ("L'enfant s'agitait sur sa chaise.", "agitait", "fidget"),
        ("Il s'enfonça dans la forêt.", "enfonça", "sink"),
        ("Il se baissa pour ramasser la pièce.", "baissa", "bend down"),
        ("L'écart se creuse entre les deux pays.", "creuse", "widen"),
        ("Les pertes se chiffrent en millions.", "chiffrent", "amount to"),
        ("Il s'assura que la porte était fermée.", "assura", "make sure"),
        ("Il s'effraya du bruit.", "effraya", "be frightened"),
        ("Il se disposait à partir.", "disposait", "get ready to"),
        # look-alikes with the bare verb keep its sense
        ("Il avance lentement.", "avance", "advance"),
        ("Il vend sa maison.", "vend", "sell"),
        ("Il creuse un trou.", "creuse", "dig"),
        ("Il assure que tout va bien.", "assure", "assure"),
    ],
)
def test_a_pronominal_verb_leads_with_its_own_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # one person cannot do it to each other: the reflexive gloss first
        ("Il se regarda dans la glace.", "regarda", "look at oneself"),
        ("Je me regardai dans la glace.", "regardai", "look at oneself"),
        ("Il se connaît bien.", "connaît", "know oneself"),
        # a plural subject, and on (we), keep the reciprocal gloss first
        ("Ils se regardèrent un moment.", "regardèrent", "look at each other"),
        ("Ils se connaissent depuis longtemps.", "connaissent", "know each other"),
        ("Ils s'aiment.", "aiment", "love each other"),
    ],
)
def test_a_reciprocal_gloss_needs_a_plural_subject(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # a gloss and the same with "to": the "to" one before an infinitive only
        ("Si vous avez envie de manger, venez.", "envie", "want to"),
        ("Il avait envie d'une glace à la vanille.", "envie", "want"),
        ("Je n'ai pas besoin de vous le dire.", "besoin", "need to"),
        ("Je n'ai pas besoin de vous, merci.", "besoin", "need"),
    ],
)
def test_a_to_gloss_leads_before_an_infinitive(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense
