"""scripts/count_topic_changes.py: counts the clicks whose first sense the topic cues change."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from reader.core.lookup import card, topics
from reader.core.lookup.card import Glosser
from tests.scripts.loading import load_script


def script() -> ModuleType:
    return load_script("count_topic_changes")


def test_a_changed_click_is_counted_and_the_card_is_left_as_it_was() -> None:
    texts = [
        ("a.txt", "L'avion a survolé la piste avant d'atterrir."),
        ("b.txt", "Il regarde la piste."),
    ]
    clicked, changed = script().changes(texts, Glosser(None))
    assert clicked == 2
    assert len(changed) == 1
    name, word, senses, sentence = changed[0].split("\t")
    assert (name, word, senses.endswith("-> runway")) == ("a.txt", "piste", True)
    assert sentence.startswith("L'avion")
    assert card.by_topic is topics.by_topic


def test_pos_keeps_only_the_words_of_those_parts_of_speech() -> None:
    texts = [("a.txt", "L'avion a survolé la piste. Il a gagné beaucoup d'argent cette année.")]
    clicked, changed = script().changes(texts, Glosser(None), frozenset({"VERB"}))
    assert clicked == 1  # gagné; piste is a noun's row
    assert [line.split("\t")[1] for line in changed] == ["gagné"]


def test_out_writes_every_changed_click_under_a_header(tmp_path: Path) -> None:
    texts = [("a.txt", "L'avion a survolé la piste avant d'atterrir.")]
    _, changed = script().changes(texts, Glosser(None))
    out = tmp_path / "changed.tsv"
    script().write(out, changed)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["file", "word", "senses", "sentence"]
    assert lines[1:] == changed


def test_words_keeps_only_the_lemmas_named() -> None:
    texts = [("a.txt", "L'avion a quitté la piste. Le garçon apporta les bières sur un plateau.")]
    clicked, changed = script().changes(texts, Glosser(None), words=frozenset({"garçon"}))
    assert clicked == 1  # garçon; piste is not named
    assert [line.split("\t")[1] for line in changed] == ["garçon"]


def test_derived_compares_with_and_without_the_derived_cues_only() -> None:
    texts = [
        ("a.txt", "Le garçon regardait le champagne."),  # a derived cue: waiter
        ("b.txt", "Le garçon apporta les bières sur un plateau."),  # written cues: waiter
    ]
    _, changed = script().changes(texts, Glosser(None), without=script().without_derived)
    assert [line.split("\t")[:3] for line in changed] == [["a.txt", "garçon", "boy -> waiter"]]
    assert topics.DERIVED_WEIGHT > 0
