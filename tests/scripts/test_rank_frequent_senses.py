"""scripts/rank_frequent_senses.py: the polysemous words of news and novels, weighted so that
each group counts as much as the other, with the senses their card leads with."""

from __future__ import annotations

import collections
from pathlib import Path
from types import ModuleType

import pytest

from reader.core.lookup.card import Glosser
from tests.scripts.loading import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("rank_frequent_senses")


def counts(
    news: dict[tuple[str, str], int], novels: dict[tuple[str, str], int]
) -> dict[str, collections.Counter[tuple[str, str]]]:
    return {"news": collections.Counter(news), "novels": collections.Counter(novels)}


def test_each_group_weighs_as_much_as_the_other(script: ModuleType) -> None:
    # coin is 1 in 2 of the news's words and 1 in 100 of the novels'.
    found = script.weights(
        counts({("coin", "NOUN"): 1, ("an", "NOUN"): 1}, {("coin", "NOUN"): 1, ("x", "NOUN"): 99})
    )
    assert found[("coin", "NOUN")] == pytest.approx(10_000 * (1 / 2 + 1 / 100))
    assert found[("x", "NOUN")] == pytest.approx(10_000 * 99 / 100)


def test_reviewed_and_one_meaning_words_are_left_out(script: ModuleType) -> None:
    found = counts(
        {("coin", "NOUN"): 1, ("piste", "NOUN"): 5},
        {("coin", "NOUN"): 3, ("relire", "VERB"): 9, ("quitter", "VERB"): 9},
    )
    # piste has cue rows, quitter a main-senses row; relire's senses all share "read".
    lines = script.listing(found, Glosser(None), 10, reviewed=False)
    assert [line.split("\t")[4] for line in lines] == ["coin"]
    assert lines[0].split("\t")[2:4] == ["1", "3"]
    every = script.listing(found, Glosser(None), 10, reviewed=True)
    assert {line.split("\t")[4] for line in every} == {"coin", "piste", "quitter"}
    assert next(line for line in every if "\tpiste\t" in line).split("\t")[7].startswith("~")


def test_the_counts_are_kept_in_a_file_and_read_back(script: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "counts.tsv"
    path.write_text("news\tcoin\tNOUN\t2\nnovels\tcoin\tNOUN\t5\n", encoding="utf-8")
    found = script.cached(path)
    assert found["news"][("coin", "NOUN")] == 2
    assert found["novels"][("coin", "NOUN")] == 5
