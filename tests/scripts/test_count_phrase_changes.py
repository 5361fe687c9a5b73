"""scripts/count_phrase_changes.py: dumps every click of some paragraphs and lists the clicks
two dumps disagree on."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.scripts.loading import load_script


def script() -> ModuleType:
    return load_script("count_phrase_changes")


def test_a_dump_has_one_line_per_word_with_its_expression(tmp_path: Path) -> None:
    out = tmp_path / "clicks.tsv"
    script().dump(out, [("a.txt", "La réunion a eu lieu hier.")])
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row[3] for row in rows] == ["La", "réunion", "a", "eu", "lieu", "hier"]
    lieu = rows[4]
    assert (lieu[0], lieu[1], lieu[6]) == ("a.txt", "0", "avoir lieu")
    assert lieu[5] == "take place"
    assert lieu[7] == "La réunion a eu lieu hier."


def test_only_the_clicks_whose_lemma_or_sense_differ_are_listed(tmp_path: Path) -> None:
    before, after = tmp_path / "before.tsv", tmp_path / "after.tsv"
    script().dump(after, [("a.txt", "La réunion a eu lieu hier.")])
    lines = after.read_text(encoding="utf-8").splitlines()
    literal = lines[4].split("\t")  # lieu, read word by word in the older version
    literal[5], literal[6] = "place", ""
    lines[4] = "\t".join(literal)
    before.write_text("\n".join(lines) + "\n", encoding="utf-8")
    module = script()
    changed = module.changes(module.read(before), module.read(after))
    assert len(changed) == 1
    name, word, expressions, senses, _ = changed[0].split("\t")
    assert (name, word) == ("a.txt", "lieu")
    assert expressions == "- -> avoir lieu"
    assert senses == "lieu: place -> lieu: take place"
