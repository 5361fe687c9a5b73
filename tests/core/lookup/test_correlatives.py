"""tant ... que and il faut read by what follows (lookup/senses/cues.py, expr16): a phrase after
tant makes it "both ... and", a graded adjective, adverb or verb or a clause "so much ...
that"; a noun phrase after il faut makes it "it takes", or "need" with a dative (il me faut),
on sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.lookup.card import Glosser
from reader.core.store import Database
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser(tmp_path_factory: pytest.TempPathFactory) -> Glosser:
    folder: Path = tmp_path_factory.mktemp("correlatives")
    return Glosser(Database(folder / "glossary.sqlite3"))


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("La lutte continue, tant au Maghreb que dans le Sahel.", "both ... and"),
        ("Cela touche tant les hommes que les femmes.", "both ... and"),
        ("Il a tant plu que la rivière a débordé.", "so much ... that"),
        ("Elle est tant aimée que tous la suivent.", "so much ... that"),
        ("Il sourit, tant il se jugea mieux qu'il n'aurait cru.", "so much ... that"),
    ],
)
def test_tant_que_by_what_follows_tant(glosser: Glosser, text: str, sense: str) -> None:
    assert first_sense(glosser, text, "tant") == sense


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Il faut deux heures pour y aller.", "faut", "it takes"),
        ("Il fallait des soins infinis.", "fallait", "it takes"),
        ("Il me faut un cheval.", "faut", "need"),
        ("Il lui fallait un début habile.", "fallait", "need"),
        ("Il faut travailler deux fois plus.", "faut", "have to"),
        ("Il faut que tu viennes.", "faut", "have to"),
        ("Il ne faut pas d'erreur.", "faut", "have to"),
    ],
)
def test_il_faut_by_what_follows(glosser: Glosser, text: str, word: str, sense: str) -> None:
    assert first_sense(glosser, text, word) == sense
