"""scripts/count_participle_changes.py: compares two dumps of participle and adjective clicks."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.loading import load_script

HEADER = "file\tparagraph\ttoken\tform\ttag\tparticiple\tlemma\tpos\tsense\tsentence\n"


def script() -> ModuleType:
    return load_script("count_participle_changes")


def dump(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_untranslated_and_changed_clicks_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sentence = "Elle, tremblante, apeurée et ravie, se taisait."
    old = dump(
        tmp_path / "old.tsv",
        [
            f"a.txt\t0\t4\tapeurée\tVERB\t1\tapeurer\tverb\t\t{sentence}",
            f"a.txt\t0\t6\travie\tADJ\t0\travi\tadjective\tdelighted\t{sentence}",
            "a.txt\t1\t2\tmaison\tNOUN\t0\tmaison\tnoun\thouse\tUne maison, dit-il.",
        ],
    )
    new = dump(
        tmp_path / "new.tsv",
        [
            f"a.txt\t0\t4\tapeurée\tVERB\t1\tapeuré\tadjective\tfrightened\t{sentence}",
            f"a.txt\t0\t6\travie\tADJ\t0\travi\tadjective\tdelighted\t{sentence}",
            "a.txt\t1\t2\tmaison\tNOUN\t0\tmaison\tnoun\thouse\tUne maison, dit-il.",
        ],
    )
    script().compare(old, new, sample=5, seed=1)
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "old: 2 participle/adjective clicks, 1 untranslated"
    assert printed[1] == "new: 2 participle/adjective clicks, 0 untranslated"
    assert printed[2] == "changed clicks (lemma or first sense): 1 of 3"
    assert printed[3].startswith("apeurée\tapeurer «» -> apeuré «frightened»\tElle, tremblante")
