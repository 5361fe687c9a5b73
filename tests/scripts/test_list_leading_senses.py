"""scripts/list_leading_senses.py: the frequent nouns in Lexique's order, with the senses the
card leads with, the main senses file's rows marked, and the same first sense as a clicked card."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.scripts.loading import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("list_leading_senses")


def listed(script: ModuleType, capsys: pytest.CaptureFixture[str], *args: str) -> list[list[str]]:
    assert script.main(["--pos", "NOUN", *args]) == 0
    return [line.split("\t") for line in capsys.readouterr().out.splitlines()]


def test_nouns_come_in_frequency_order_with_the_cards_first_sense(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = listed(script, capsys, "--count", "700")
    ranks = [int(row[1]) for row in rows]
    assert ranks == sorted(ranks) and [int(row[0]) for row in rows] == list(range(1, 701))
    by_lemma = {row[2].rstrip("*!"): row for row in rows}
    assert {"homme", "femme", "maison", "société"} <= by_lemma.keys()
    assert "dans" not in by_lemma  # a preposition only
    assert by_lemma["homme"][3] == "man"
    assert by_lemma["société"][2] == "société*"  # led by main_senses.tsv
    assert by_lemma["société"][3] == "company"


def test_start_and_count_page_through_the_list(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    first = listed(script, capsys, "--count", "20")
    page = listed(script, capsys, "--start", "11", "--count", "5")
    assert page == first[10:15]


def test_the_listed_sense_is_the_clicked_cards(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = listed(script, capsys, "--count", "30", "--check")
    summary = rows[-1][0]
    assert summary.startswith("# checked on a clicked card:")
    checked, differing = (int(part.split(": ")[1]) for part in summary.split(", "))
    assert checked >= 10 and differing <= 1  # fois: "une fois" reads "once" by its neighbour
