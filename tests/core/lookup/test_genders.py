"""Nouns whose gender, written by their determiner, decides their sense (nouns/genders.py)."""

from __future__ import annotations

import pytest

from reader.core.lookup.card import Glosser
from reader.core.lookup.nouns.genders import HEADER, gendered_senses
from reader.core.paths import resources_dir
from tests.core.lookup.clicks import first_sense


@pytest.fixture(scope="module")
def glosser() -> Glosser:
    from reader.core.lookup.gloss import learner_glosser

    return learner_glosser(None)


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        ("Le prix est de dix euros la livre.", "livre", "pound"),
        ("Il lit un livre.", "livre", "book"),
        ("Elle est allée à la poste.", "poste", "post office"),
        ("Un petit somme lui fera du bien.", "somme", "nap"),
        ("La somme est importante.", "somme", "sum"),
        ("Le critique a aimé le film.", "critique", "critic"),
        ("La critique a été sévère.", "critique", "criticism"),
        ("Il a subi une greffe du cœur.", "greffe", "transplant"),
        # Bel-Ami: the dead man, not death
        ("Ils regardèrent soudain le visage du mort.", "mort", "dead man"),
        ("La grosse tour de Saint-Germain tinta.", "tour", "tower"),  # an adjective between
    ],
)
def test_the_determiners_gender_decides_the_sense(
    glosser: Glosser, text: str, word: str, sense: str
) -> None:
    assert first_sense(glosser, text, word) == sense


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Les livres sont sur la table.", "livres"),  # a plural tells no gender
        # Bel-Ami: an adjective the tagger calls a noun
        ("Il fumait, souriant toujours d'un vague sourire qui semblait un masque.", "vague"),
    ],
)
def test_no_written_gender_keeps_the_usual_card(glosser: Glosser, text: str, word: str) -> None:
    assert first_sense(glosser, text, word) not in ("pound", "vagueness")


def test_every_row_has_both_genders_and_senses() -> None:
    lines = (resources_dir() / "senses" / "gendered_senses.tsv").read_text(encoding="utf-8")
    header = next(line for line in lines.splitlines() if not line.startswith("#"))
    assert tuple(header.split("\t")) == HEADER
    rows = gendered_senses()
    for lemma, _ in rows:
        assert (lemma, "Masc") in rows and (lemma, "Fem") in rows, lemma
