"""The English of a verb group's helper words, by tense and person."""

from __future__ import annotations

import pytest

from reader.core.grammar.auxiliaries import (
    auxiliary_senses,
    negation_senses,
    periphrasis_senses,
)

SING3 = {"Person": "3", "Number": "Sing"}
SING1 = {"Person": "1", "Number": "Sing"}
PLUR1 = {"Person": "1", "Number": "Plur"}


@pytest.mark.parametrize(
    ("lemma", "morph", "passive", "sense"),
    [
        ("avoir", {"Mood": "Ind", "Tense": "Pres", **SING3}, False, "has"),  # a mangé
        ("avoir", {"Mood": "Ind", "Tense": "Pres", **SING1}, False, "have"),  # ai mangé
        ("avoir", {"Mood": "Ind", "Tense": "Imp", **PLUR1}, False, "had"),  # avions mangé
        ("avoir", {"Mood": "Ind", "Tense": "Fut", **SING3}, False, "will have"),
        ("avoir", {"Mood": "Cnd", "Tense": "Pres", **SING3}, False, "would have"),
        ("avoir", {"Mood": "Sub", "Tense": "Imp", **SING3}, False, "had"),  # eût éveillé
        ("avoir", {"Mood": "Ind", "Tense": "Pres", **SING3}, True, "has"),  # a été construit
        ("être", {"Mood": "Ind", "Tense": "Pres", **SING3}, False, "has"),  # est partie
        ("être", {"Mood": "Ind", "Tense": "Pres", **SING3}, True, "is"),  # est construite
        ("être", {"Mood": "Ind", "Tense": "Pres", **SING1}, True, "am"),
        ("être", {"Mood": "Ind", "Tense": "Imp", **PLUR1}, True, "were"),
        ("être", {"Mood": "Sub", "Tense": "Imp", "Person": "3", "Number": "Plur"}, True, "were"),
        ("être", {"Mood": "Ind", "Tense": "Fut", **SING3}, True, "will be"),
        ("être", {"VerbForm": "Part", "Tense": "Past"}, True, "been"),  # a été construit
        ("être", {"VerbForm": "Inf"}, True, "be"),  # va être présenté
        ("avoir", {"VerbForm": "Part", "Tense": "Pres"}, False, "having"),  # ayant mangé
    ],
)
def test_an_auxiliary_reads_as_english_have_or_be(
    lemma: str, morph: dict[str, str], passive: bool, sense: str
) -> None:
    assert auxiliary_senses(lemma, {"VerbForm": "Fin", **morph}, passive=passive) == (sense,)


def test_the_pluperfect_subjunctive_in_a_main_clause_is_a_past_conditional() -> None:
    eut = {"VerbForm": "Fin", "Mood": "Sub", "Tense": "Imp", **SING3}
    assert auxiliary_senses("avoir", eut, passive=False, main_clause=True) == ("would have",)
    assert auxiliary_senses("avoir", eut, passive=False) == ("had",)
    fut = {"VerbForm": "Fin", "Mood": "Sub", "Tense": "Imp", **SING3}
    assert auxiliary_senses("être", fut, passive=True, main_clause=True) == ("was",)


def test_a_periphrasis_reads_by_its_tense_and_person() -> None:
    present, past = {"Mood": "Ind", "Tense": "Pres"}, {"Mood": "Ind", "Tense": "Imp"}
    assert periphrasis_senses("aller", {**present, **PLUR1})[0] == "are going to"
    assert periphrasis_senses("aller", {**present, **SING1})[0] == "am going to"
    assert periphrasis_senses("aller", {**past, **SING3}) == ("was going to", "would")
    assert periphrasis_senses("venir", {**present, **SING3}) == ("has just",)
    assert periphrasis_senses("venir", {**present, **PLUR1}) == ("have just",)
    assert periphrasis_senses("venir", {**past, **SING1}) == ("had just",)
    assert periphrasis_senses("partir", present) == ()


def test_a_negation_word_takes_the_groups_negation() -> None:
    assert negation_senses("ne … plus (no longer, not any more)") == ("no longer", "not any more")
    assert negation_senses("ne … point (not at all, literary)") == ("not at all",)
    assert negation_senses("ne … ni … ni (neither … nor)") == ("neither … nor",)
    alone = "ne (alone: literary negation, or no negative meaning)"
    assert negation_senses(alone) == ("not",)
    assert negation_senses(alone, expletive=True)[0].startswith("no negative meaning")
    assert negation_senses(None) == ()
