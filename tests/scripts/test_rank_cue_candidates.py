"""scripts/rank_cue_candidates.py: the frequent words of a text without cue rows whose card's
senses name two meanings or more, most frequent first."""

from __future__ import annotations

import collections
from types import ModuleType

import pytest

from reader.core.lookup.card import Glosser
from tests.scripts.loading import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("rank_cue_candidates")


def test_senses_sharing_a_word_are_one_meaning(script: ModuleType) -> None:
    assert script.meanings(("office", "office building")) == 1
    assert script.meanings(("desk", "office", "study")) == 3
    assert script.meanings(("to run", "to run off (informal)", "spin")) == 2
    assert script.meanings(()) == 0


def test_the_texts_nouns_verbs_and_adjectives_are_counted_by_lemma(script: ModuleType) -> None:
    counts = script.counted([("a.txt", "Le garçon apporta deux cafés. Les cafés étaient pleins.")])
    assert counts[("café", "NOUN")] == 2
    assert counts[("garçon", "NOUN")] == 1
    assert not any(tag not in {"NOUN", "VERB", "ADJ"} for _, tag in counts)


def test_words_with_cue_rows_one_meaning_or_few_uses_are_left_out(script: ModuleType) -> None:
    counts = collections.Counter(
        {("piste", "NOUN"): 9, ("coin", "NOUN"): 8, ("relire", "VERB"): 7, ("bouchon", "NOUN"): 1}
    )
    # piste has rows; relire's senses all share "read"; bouchon is below the minimum.
    lines = script.ranked(counts, Glosser(None), minimum=2)
    assert [line.split("\t")[2] for line in lines] == ["coin"]
    assert lines[0].split("\t")[:2] == ["1", "8"]
    every = script.ranked(counts, Glosser(None), minimum=2, every=True)
    assert [line.split("\t")[2] for line in every] == ["coin", "relire"]
