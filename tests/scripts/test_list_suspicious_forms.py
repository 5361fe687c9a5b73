"""scripts/list_suspicious_forms.py: ranks inconsistent readings, dumps and compares tokens."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.loading import load_script


def script() -> ModuleType:
    return load_script("list_suspicious_forms")


def row(form: str, lemma: str, pos: str, initial: bool = False) -> tuple:
    return (form, lemma, pos, "", initial, f"… {form} …")


def test_forms_are_ranked_by_their_suspicious_tokens() -> None:
    module = script()
    rows = [
        *[row("tu", "tu", "PRON") for _ in range(5)],
        *[row("Tu", "taire", "VERB", initial=True) for _ in range(3)],
        *[row("oh", "oh", "ADV") for _ in range(2)],
        row("moi", "moi", "PRON"),
        row("moi", "moi", "ADV"),
        *[row("maison", "maison", "NOUN") for _ in range(9)],
    ]
    forms = module.collect(rows)
    assert module.suspicious("tu", forms["tu"]) == (
        3,
        ["several readings", "capital read otherwise", "function word as content"],
    )
    # an interjection given a content part of speech, in every one of its readings
    assert module.suspicious("oh", forms["oh"]) == (2, ["function word as content"])
    assert module.suspicious("maison", forms["maison"]) == (0, [])
    lines = module.ranked(forms, top=5)
    assert lines[0].startswith("    3 'tu'")
    assert "taire/VERB: …… Tu ……" in lines[1]
    assert not any("maison" in line for line in lines)


def test_tokens_of_an_analysis_mark_the_sentence_start() -> None:
    from reader.core.analysis.analyser import analyse

    rows = list(script().tokens_of(analyse("Oh ! que c'est beau. Tu viens.")))
    assert rows[0][:5] == ("Oh", "oh", "INTJ", "", True)
    tu = next(found for found in rows if found[0] == "Tu")
    assert tu[2] == "PRON" and tu[4] is True
    assert not any(found[4] for found in rows if found[0] in ("que", "beau"))


def test_two_dumps_are_compared_token_by_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = script()
    old, new = tmp_path / "old.tsv", tmp_path / "new.tsv"
    old.write_text(
        "a.txt\t0\tOh\toh\tADV\t\t1\tOh ! que\na.txt\t1\tque\tque\tSCONJ\t\t0\tOh ! que\n",
        encoding="utf-8",
    )
    new.write_text(
        "a.txt\t0\tOh\toh\tINTJ\t\t1\tOh ! que\na.txt\t1\tque\tque\tSCONJ\t\t0\tOh ! que\n",
        encoding="utf-8",
    )
    lines = module.compare(old, new, sample=5, seed=1)
    assert lines[0] == "1 of 2 tokens changed"
    assert lines[1] == "    1 oh oh/ADV -> oh/INTJ"
    assert lines[-1] == "Oh: oh/ADV  -> oh/INTJ  | Oh ! que"
    new.write_text("a.txt\t0\tOh\toh\tINTJ\t\t1\tOh ! que\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="differ in length"):
        module.compare(old, new, sample=5, seed=1)
    capsys.readouterr()
