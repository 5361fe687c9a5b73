"""tant ... que read by what follows tant (lookup/senses.py): a phrase makes it "both ... and",
a graded adjective, adverb or verb "so much ... that" (expr16), on sentences written for the
test."""

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
