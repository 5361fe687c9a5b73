"""The card of a word in a verbal idiom split or inflected as French does (round 14): it
leads with the idiom's meaning, in English participles in the passive (mises en œuvre:
implemented)."""

from __future__ import annotations

import pytest

from reader.core.lookup.card import Glosser
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser()


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Ces mesures seront mises en œuvre rapidement.", "mises", "implemented"),
        ("La capsule a été mise au point par SpaceX.", "mise", "developed"),
        ("Le petit Daniel fait signe que non.", "fait", "wave"),
        ("Il faut les prendre en compte.", "prendre", "take into account"),
        ("Forestier me mettra mon article sur pied en dix minutes.", "pied", "set up"),
        ("C'est un camarade sur qui on peut compter.", "compter", "rely on"),
        ("Je m'y ferai bien vite.", "ferai", "get used to"),
        ("Il se mit au lit et s'endormit.", "mit", "go to bed"),
        ("Il n'y a que lui qui soit plus fort que moi.", "que", "only"),
    ],
)
def test_a_word_of_an_idiom_leads_with_its_meaning(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense
