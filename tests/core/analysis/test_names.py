"""A word is a name (greyed out, not counted as vocabulary) only when that is sure."""

from __future__ import annotations

import pytest

from reader.core.learning.statuses import StatusIndex
from reader.core.models import Status
from tests.core.analysed import analysed, token


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # common words the tagger takes for names: the dictionaries know them in lower case
        ("Le Papillon de nuit vole vers la lampe.", "Papillon", "papillon"),
        ("Il a vu la Police arriver hier.", "Police", "police"),
        ("Somme toute, le résultat est bon.", "Somme", "somme"),
        ("Le match de la Ligue des champions est fini.", "Ligue", "ligue"),
        ("« Tenez, dit-il, prenez ceci. »", "Tenez", "tenir"),
    ],
)
def test_common_words_are_not_names(sentence: str, word: str, lemma: str) -> None:
    found = token(analysed(sentence), word)
    assert found.pos != "PROPN"
    assert found.lemma == lemma


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Hier, il a vu Marie au marché.", "Marie"),  # the dictionaries know Marie as a name
        ("Il habite à Paris depuis un an.", "Paris"),
        ("Il a vu Pierrotte et Eyssette hier.", "Pierrotte"),  # unknown, inside a sentence
        ("Le New York Times a publié l'article.", "New"),  # part of a longer name
    ],
)
def test_sure_names_stay_names(sentence: str, word: str) -> None:
    found = token(analysed(sentence), word)
    assert found.pos == "PROPN"
    assert found.lemma == word
    assert "name" in found.grammar  # the card says it is a name


def test_only_sure_names_are_greyed_out() -> None:
    """Unmarked, a name shows as ignored and a common word as new; marking wins."""
    analysis = analysed("Il a vu Pierrotte et la Police hier.")
    index = StatusIndex(analysis)
    statuses = index.statuses({})
    assert statuses[token(analysis, "Pierrotte").index] is Status.IGNORED
    assert statuses[token(analysis, "Police").index] is Status.NEW
    marked = index.statuses({"pierrotte": Status.KNOWN})
    assert marked[token(analysis, "Pierrotte").index] is Status.KNOWN
