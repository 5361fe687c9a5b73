"""Partner classes (lookup/classes/, resources/senses/partner_classes.tsv): a sense cue that
names a class (obj:@MONEY, @DRINK) counts every word of the class, seeds and vector
neighbours alike, except a word another row of the same word names by hand. Sentences
written for these tests; the senses are the real card's."""

from __future__ import annotations

import pytest

from reader.core.errors import DictionaryError
from reader.core.lookup.card import Glosser
from reader.core.lookup.classes import class_words, expand
from reader.core.lookup.topics import sense_cues
from reader.core.paths import resources_dir
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


def test_the_classes_file_is_well_formed() -> None:
    path = resources_dir() / "senses" / "partner_classes.tsv"
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert rows[0] == ["class", "seeds", "neighbours", "left out"]
    for name, seeds, neighbours, left_out in rows[1:]:
        assert name.isupper() and len(seeds.split()) >= 8, name
        # the script never adds a word the review left out, nor a seed
        assert not set(neighbours.split()) & (set(left_out.split()) | set(seeds.split())), name
    found = class_words()
    assert {"PERSON", "MONEY", "DRINK", "BODY"} <= set(found)
    assert {"argent", "salaire", "pourboire"} <= found["MONEY"]  # a seed and a neighbour
    assert "oreiller" not in found["BODY"]  # left out by the review


def test_a_class_cue_stands_for_its_words_in_its_role() -> None:
    written, added = expand(["obj:@MONEY", "main", "subj:temps"])
    assert written == ["main", "subj:temps"]
    assert "obj:argent" in added and "obj:pourboire" in added
    assert all(word.startswith("obj:") for word in added)
    with pytest.raises(DictionaryError):
        expand(["@NO_SUCH_CLASS"])


def test_a_word_another_row_names_by_hand_is_left_to_that_row() -> None:
    rows = {cues.sense: cues for cues in sense_cues()[("frais", "ADJ")]}
    assert "cidre" in rows["cool"].cues  # DRINK's neighbour
    assert "lait" in rows["fresh"].cues and "lait" not in rows["cool"].cues


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # the class's seeds and the words only its vector neighbours hold
        ("Le garçon gagnait de gros pourboires le samedi.", "gagnait", "earn"),
        ("Le propriétaire touchait les loyers de trois immeubles.", "touchait", "receive"),
        ("On nous servit un cidre frais dans le jardin.", "frais", "cool"),
        ("Elle préférait le lait frais de la ferme.", "frais", "fresh"),
        ("Il a engagé un jeune comptable pour la saison.", "engagé", "hire"),
        ("Le ministre a engagé des négociations avec les syndicats.", "engagé", "start"),
        ("Au club, on joue au football féminin depuis dix ans.", "féminin", "women's"),
        ("Le mot « table » est féminin.", "féminin", "feminine"),
        ("Il sonna la servante pour le thé.", "sonna", "ring for"),
    ],
)
def test_a_class_of_partner_decides_the_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense
