"""Levels a teacher trusts: the frequency bands handouts judge words by, and their calibration
on everyday A1-A2 words (tests/data/levels) and on graded texts."""

from __future__ import annotations

import pytest

from reader.core.analysis.difficulty import frequency_rank
from reader.core.lookup.card import Glosser
from reader.core.teaching.handouts import find_words
from reader.core.teaching.levels import (
    LEVEL_VOCABULARY,
    RARE,
    UNRANKED,
    band,
    band_reason,
    is_beyond,
    lemma_rank,
)
from tests.core.analysed import analysed
from tests.core.analysis.test_difficulty import GRADED
from tests.paths import DATA

EVERYDAY = [
    word
    for line in (DATA / "levels" / "everyday-a1-a2.txt").read_text(encoding="utf-8").splitlines()
    if not line.startswith("#")
    for word in line.split()
]


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    return Glosser(None)


def test_the_bands_grow_with_the_level_and_every_rank_has_one() -> None:
    sizes = list(LEVEL_VOCABULARY.values())
    assert sizes == sorted(sizes) and list(LEVEL_VOCABULARY) == ["A1", "A2", "B1", "B2", "C1", "C2"]
    assert band(1) == "A1" and band(2_000) == "B1" and band(9_000) == RARE
    assert band(lemma_rank("chalutier")) in ("C2", RARE)


@pytest.mark.parametrize("word", ["restaurant", "lait", "lune", "pomme", "chemise", "œuf"])
def test_everyday_words_are_known_at_b1(word: str) -> None:
    """The words the issue found in a "B1" handout (restaurant, lait, lune) are A1-A2."""
    rank = lemma_rank(word)
    assert not is_beyond(rank, "B1") and band(rank) in ("A1", "A2")


def test_the_rule_knows_nine_in_ten_everyday_words_at_b1_where_form_ranks_knew_six() -> None:
    assert len(EVERYDAY) >= 240
    known = sum(not is_beyond(lemma_rank(word), "B1") for word in EVERYDAY) / len(EVERYDAY)
    by_forms = sum(frequency_rank(word) <= 2_000 for word in EVERYDAY) / len(EVERYDAY)
    assert known >= 0.9 and by_forms < 0.7


def test_a_lemma_not_ranked_falls_back_on_its_form_and_its_parts() -> None:
    assert lemma_rank("xqzw") == UNRANKED
    assert lemma_rank("semblerr", "sembler") == lemma_rank("sembler")
    assert lemma_rank("grand-mère") <= LEVEL_VOCABULARY["A2"]
    assert "20,000" in band_reason(UNRANKED)
    assert "B1 vocabulary" in band_reason(2_000) and "2,000" in band_reason(2_000)


@pytest.mark.parametrize("level", ["A1", "A2"])
def test_a_b1_handout_of_an_easy_text_is_nearly_empty(level: str, glosser: Glosser) -> None:
    words = find_words([(0, analysed(GRADED[level]))], glosser, level="B1", limit=None)
    assert len(words) <= 2, [w.word.lemma for w in words]


def test_a_handout_for_b1_lists_what_b1_does_not_know(glosser: Glosser) -> None:
    text = (
        "Au restaurant, Paul boit du lait sous la lune. Le chalutier rentre au port, "
        "escorté par les mouettes et les cormorans."
    )
    found = {w.word.lemma: w for w in find_words([(0, analysed(text))], glosser, level="B1")}
    assert not {"restaurant", "lait", "lune"} & set(found)
    assert {"chalutier", "mouette", "cormoran"} <= set(found)
    assert all(band(word.rank) in ("B2", "C1", "C2", RARE) for word in found.values())
