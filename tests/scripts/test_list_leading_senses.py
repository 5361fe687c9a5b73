"""scripts/list_leading_senses.py: the most frequent lemmas with the senses their card shows."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from tests.paths import ROOT

SCRIPT = ROOT / "scripts" / "list_leading_senses.py"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("list_leading_senses", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def listed(capsys: pytest.CaptureFixture[str], *argv: str) -> list[list[str]]:
    assert load().main(list(argv)) == 0
    return [line.split("\t") for line in capsys.readouterr().out.splitlines()]


def test_frequent_lemmas_come_first_with_the_card_s_senses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = listed(capsys, "--count", "400", "--pos", "VERB")
    lemmas = [row[1] for row in rows]
    assert lemmas.index("être") < lemmas.index("faire") < lemmas.index("quitter")
    assert all(row[2] == "VERB" for row in rows)
    quitter = next(row for row in rows if row[1] == "quitter")
    # A main_senses.tsv row is marked and leads the senses shown.
    assert quitter[3] == "*"
    assert quitter[4].split(" | ")[0] == "leave"


def test_a_part_of_speech_the_lexicon_lacks_is_marked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Lexique lists "super" as an adjective, but the lexicon's senses are the verb's (sip).
    rows = listed(capsys, "--start", "0", "--count", "20000", "--pos", "ADJ", "--only-main")
    assert all(row[3] == "*" for row in rows)
    everything = listed(capsys, "--count", "1000", "--pos", "ADJ", "--senses", "1")
    super_row = next(row for row in everything if row[1] == "super")
    assert super_row[3] == "-"
