"""`french-reader conjugate`: the whole table of a verb, or of the verb a form belongs to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run


def test_conjugate_prints_every_tense_side_by_side(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    code, out, _ = run(capsys, data, "conjugate", "venir")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "venir — conjugated with être"
    row = next(line for line in lines if "je viens" in line)
    assert row.split() == ["je", "viens", "je", "suis", "venu(e)"]
    for mood in ("INDICATIF", "CONDITIONNEL", "SUBJONCTIF", "IMPÉRATIF", "INFINITIF", "PARTICIPE"):
        assert mood in lines
    assert "que je sois venu(e)" in out and "étant venu(e)" in out


def test_conjugate_a_form_marks_it(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "conjugate", "s’est levée")
    assert code == 0
    assert out.splitlines()[0] == "se lever — pronominal verb, conjugated with être"
    marked = [line for line in out.splitlines() if "▸" in line]
    assert marked[0].startswith("▸ s’est levée: a form of se lever")
    assert [line.split("▸ ")[-1] for line in marked[1:]] == ["il/elle s'est levé(e)"]


def test_conjugate_json(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "conjugate", "suis", "--json")
    assert code == 0
    table = json.loads(out)
    assert (table["infinitive"], table["auxiliary"], table["also"]) == ("être", "avoir", ["suivre"])
    present = table["tenses"][0]
    assert (present["mood"], present["tense"], present["marked"]) == ("Indicatif", "présent", [0])
    assert present["forms"][0] == "je suis"


@pytest.mark.parametrize("word", ["xyzzy", "maison du"])
def test_conjugate_an_unknown_word_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], data: Path, word: str
) -> None:
    code, out, err = run(capsys, data, "conjugate", word)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "not a French verb" in err
