"""scripts/build_sense_signatures.py (the automatic sense signatures experiment): glosses
compared without "to" and brackets, each sense's synonyms by reverse translation (a synonym of
two senses tells neither), synonyms unrelated to the word dropped, near-synonym senses merged
away, and the first sense's row written first; on small hand-made vectors."""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType

import numpy as np
import pytest

from tests.scripts.loading import load_script

# Two directions of meaning: a room of a house (x) and the theatre (y); z is the eye.
VECTORS: Mapping[str, tuple[float, float, float]] = {
    "pièce": (0.7, 0.7, 0),
    "salle": (1, 0.1, 0),
    "chambre": (0.9, 0, 0.1),
    "comédie": (0.1, 1, 0),
    "drame": (0, 0.9, 0.1),
    "théâtre": (0.2, 1, 0),  # near the play, like comédie: a near-synonym sense's synonym
    "pupille": (0, 0, 1),  # the eye's pupil: unrelated to pièce
}


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("build_sense_signatures")


def vector_of(word: str) -> np.ndarray | None:
    found = VECTORS.get(word)
    return None if found is None else np.asarray(found, dtype=np.float32)


def test_a_gloss_is_compared_without_to_brackets_and_case(script: ModuleType) -> None:
    assert script.gloss_key("to Play (music)") == "play"
    assert script.gloss_key("the room;") == "room"


def test_a_senses_synonyms_leave_out_the_word_and_those_of_another_sense(
    script: ModuleType,
) -> None:
    index = {
        ("NOUN", "room"): frozenset({"salle", "chambre", "pièce", "local"}),
        ("NOUN", "play"): frozenset({"comédie", "drame", "pièce", "local"}),
    }
    rows = script.sense_rows([("pièce", "NOUN", ["room", "play"])], index)
    assert {row.english: row.cues for row in rows} == {
        "room": frozenset({"salle", "chambre"}),
        "play": frozenset({"comédie", "drame"}),
    }


def test_a_synonym_unrelated_to_the_word_is_dropped(script: ModuleType) -> None:
    row = script.cues.Sense("pièce", "NOUN", "room", frozenset({"salle", "pupille"}))
    (kept,) = script.related([row], vector_of, 0.4)
    assert kept.cues == frozenset({"salle"})


def test_only_clearly_different_senses_are_kept(script: ModuleType) -> None:
    sense = script.cues.Sense
    rows = [
        sense("pièce", "NOUN", "room", frozenset({"salle", "chambre"})),
        sense("pièce", "NOUN", "play", frozenset({"comédie", "drame"})),
        sense("pièce", "NOUN", "show", frozenset({"théâtre"})),  # too near the play
    ]
    words = [("pièce", "NOUN", ["room", "play", "show"])]
    kept = script.distinct(rows, words, vector_of, 0.5)
    assert [row.english for row in kept] == ["room", "play"]
    # No synonyms for the first sense: no rival to beat, the word is left out.
    assert (
        script.distinct(rows[1:], [("pièce", "NOUN", ["bit", "play", "show"])], vector_of, 0.5)
        == []
    )


def test_the_first_senses_row_comes_first_even_without_a_signature(script: ModuleType) -> None:
    found = {("pièce", "NOUN", "play"): ("théâtre",), ("temps", "NOUN", "time"): ("heure",)}
    words = [("pièce", "NOUN", ["room", "play"]), ("temps", "NOUN", ["time", "weather"])]
    assert script.with_defaults(found, words) == {
        ("pièce", "NOUN", "room"): ("-",),
        ("pièce", "NOUN", "play"): ("théâtre",),
    }
