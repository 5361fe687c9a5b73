"""Cards of round seventeen's rows and rule (news17): set phrases of news text, court and
council words, a match report's senses, and devoir in the imperfect with a thing as its
subject; on sentences written for the test, with the real model."""

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
        # faire appel alone is appeal; with à it stays call on
        ("Le prévenu a dix jours pour faire appel.", "appel", "appeal"),
        ("La mairie a fait appel à un cabinet privé.", "appel", "call on"),
        # poursuivi pour: prosecuted; poursuivre with an object keeps continue
        ("L'ancien maire était poursuivi pour corruption.", "poursuivi", "prosecuted"),
        ("Les négociations se poursuivent.", "poursuivent", "continue"),
        # speech: « … », a-t-il soutenu
        ("« Je n'ai rien volé », a-t-il soutenu devant le tribunal.", "soutenu", "maintained"),
        # set phrases of news text
        ("L'entreprise annonce une perte nette de 37 millions.", "nette", "net loss"),
        ("Les visiteurs ont creusé l'écart en seconde période.", "creusé", "widen the gap"),
        ("Le club reprend espoir après cette victoire.", "espoir", "regain hope"),
        ("La hausse de la taxe foncière a fâché les habitants.", "foncière", "property tax"),
        # devoir in the imperfect: a thing's plan, a person's obligation
        ("La réunion devait se tenir jeudi.", "devait", "was due to"),
        ("Il devait partir le lendemain.", "devait", "had to"),
        # lâcher holding nothing, or rien: give up; with an object or a participle alone: not
        ("On n'a jamais lâché.", "lâché", "gave up"),
        ("Nous ne lâcherons rien.", "lâcherons", "give up"),
        ("Il lâcha la corde.", "lâcha", "let go of"),
        ("Et voilà, le grand mot lâché !", "lâché", "let go of"),
        # an object the topic rows name: ensure
        ("Il faut assurer la pérennité de l'entreprise.", "assurer", "ensure"),
        # désarmer holding nothing: give up; with an object: disarm
        ("Les grévistes ne désarment pas.", "désarment", "give up"),
        ("L'armée a désarmé les rebelles.", "désarmé", "disarm"),
        # soit after a comma, before an amount: that is; soit ... soit: either ... or
        ("Le terrain a été vendu 12 000 euros, soit 40 euros le mètre carré.", "soit", "that is"),
        ("Trois cents postes, soit un tiers des effectifs.", "soit", "that is"),
        ("Soit il part, soit il reste.", "Soit", "either ... or"),
        # d'ici (à) la fin de: by the end of
        ("Trois cents postes seront supprimés d'ici à la fin de l'année.", "ici", "by the end of"),
        # a court's presiding judge and prosecutor's submissions, beside a country's president
        ("La présidente a interrogé le prévenu.", "présidente", "presiding judge"),
        ("Le procureur a livré ses réquisitions.", "réquisitions", "submissions"),
        # an object counted with près de, plus de: still the verb's object
        ("L'entreprise va supprimer plus de 500 postes.", "supprimer", "cut"),
        # words the card missed or led wrong with
        ("Il devra rembourser l'intégralité des sommes.", "intégralité", "entirety"),
        ("La séance a été houleuse.", "houleuse", "stormy"),
    ],
)
def test_round_seventeen_cards(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense
