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
    texts = [("a.txt", "Il fit entrer le visiteur.")]
    before, after = tmp_path / "before.tsv", tmp_path / "after.tsv"
    script().dump(before, texts)
    lines = before.read_text(encoding="utf-8").splitlines()
    changed_line = lines[2].split("\t")
    changed_line[5], changed_line[6] = "enter", ""
    lines[2] = "\t".join(changed_line)
    after.write_text("\n".join(lines) + "\n", encoding="utf-8")
    module = script()
    changed = module.changes(module.read(after), module.read(before))
    assert len(changed) == 1
    name, word, expressions, senses, _ = changed[0].split("\t")
    assert (name, word) == ("a.txt", "entrer")
    assert expressions == "- -> faire entrer"
    assert senses == "entrer: enter -> entrer: show in"
