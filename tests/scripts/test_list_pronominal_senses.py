"""scripts/list_pronominal_senses.py: the verbs after a reflexive clitic in texts, counted,
with the sense the card leads with."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.loading import load_script

TEXT = (
    "Il s'avança vers la porte. Elle s'avança à son tour.\n"
    "Ces produits se vendent bien. Il vend sa maison.\n"
)


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("list_pronominal_senses")


def test_pronominal_verbs_are_counted_with_the_cards_first_sense(
    script: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "sample.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert script.main(["--no-corpus", str(text)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [line.split("\t") for line in lines[:-1]]
    assert rows[0][:4] == ["2", "avancer", "s'avancer", "move forward"]
    assert ["1", "vendre", "se vendre", "sell (of a thing)"] in [row[:4] for row in rows]
    assert not any(row[1] == "vendre" and row[2] == "vendre" for row in rows)  # il vend
    assert lines[-1] == "3 clicks on 2 verb and sense pairs"
