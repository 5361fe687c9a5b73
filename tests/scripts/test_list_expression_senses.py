"""scripts/list_expression_senses.py: the expressions the analysis recognises in texts, most
frequent first, with the first sense the card shows and an example; and the frequent lemma
n-grams left outside every expression."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.loading import load_script

TEXT = (
    "La réunion a eu lieu hier. Il ne reste que deux jours. La fête a eu lieu dimanche.\n"
    "Elle tenait sa lettre à la main. Tout en marchant, il parlait tout seul.\n"
    "Il poussa la porte rouge. Elle ouvrit la porte rouge. La porte rouge grinça.\n"
)


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("list_expression_senses")


@pytest.fixture
def text(tmp_path: Path) -> Path:
    path = tmp_path / "sample.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_expressions_are_counted_with_the_cards_first_sense_and_an_example(
    script: ModuleType, text: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert script.main(["--no-corpus", str(text)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {row[2]: row for row in (line.split("\t") for line in lines[:-1])}
    count, source, _, first, _, example = rows["avoir lieu"]
    assert (count, source, first) == ("2", "expressions", "take place")
    assert example == "La réunion a [eu] [lieu] hier."
    assert rows["à la main"][3] == "in one's hand"
    assert rows["ne ... que"][5] == "Il [ne] reste [que] deux jours."
    assert [int(row[0]) for row in rows.values()] == sorted(
        (int(row[0]) for row in rows.values()), reverse=True
    )
    assert lines[-1].startswith(f"# {len(rows)} expressions")


def test_missing_lists_frequent_lemma_ngrams_outside_expressions(
    script: ModuleType, text: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert script.main(["--no-corpus", "--missing", "5", str(text)]) == 0
    grams = dict(reversed(line.split("\t")) for line in capsys.readouterr().out.splitlines())
    assert grams["porte rouge"] == "3"
    assert "avoir lieu" not in grams and "eu lieu" not in grams
