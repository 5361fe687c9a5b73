"""The learning commands as a person types them: status, export, import-words, review, stats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.articles import sample_article_path
from reader.core.store import Database
from tests.cli.helpers import run

SENTENCE = "Les consultations ont été menées dans la ville de Nanping."


@pytest.fixture
def saved(capsys: pytest.CaptureFixture[str], data: Path) -> Path:
    for word, sentence, tag in (
        ("menées", SENTENCE, "verbes"),
        ("ville", SENTENCE, "lieux"),
    ):
        code, _, _ = run(
            capsys, data, "glossary", "add", word, "--sentence", sentence, "--tag", tag,
            "--source", "Nanping",
        )  # fmt: skip
        assert code == 0
    return data


def test_status_of_a_form_sets_its_lemma(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    assert run(capsys, data, "status", "vais", "known")[:2] == (0, "aller: new -> known\n")
    assert run(capsys, data, "status", "irons")[1] == "aller: known\n"
    assert run(capsys, data, "status", "l’homme", "3")[1] == "homme: new -> learning-3\n"
    assert run(capsys, data, "status", "Paris", "ignored", "--lemma")[1] == (
        "Paris: new -> ignored\n"
    )
    with Database.open_in(data) as store:
        assert store.learning.lemma_statuses() == {
            "aller": "known",
            "homme": "learning-3",
            "paris": "ignored",
        }


def test_unknown_status_is_a_usage_error(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(data), "export", "csv", "x.csv", "--status", "mastered"])
    assert exit_info.value.code == 2
    assert "unknown status 'mastered'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data), "status", "vais", "mastered"])
    assert "unknown status" in capsys.readouterr().err


def test_export_every_format(
    capsys: pytest.CaptureFixture[str], saved: Path, tmp_path: Path
) -> None:
    for fmt, name in (("anki", "deck.apkg"), ("tsv", "anki.txt"), ("csv", "sheet.csv")):
        code, out, _ = run(capsys, saved, "export", fmt, str(tmp_path / name), "--deck", "Chine")
        assert code == 0
        assert out.startswith("Exported 2 words to ")
    with (tmp_path / "sheet.csv").open(encoding="utf-8-sig", newline="") as file:
        assert [row["lemma"] for row in csv.DictReader(file)] == ["mener", "ville"]
    assert "#deck:Chine\n" in (tmp_path / "anki.txt").read_text(encoding="utf-8")
    code, out, _ = run(
        capsys, saved, "export", "quizlet", str(tmp_path / "q.txt"), "--tag", "verbes"
    )
    assert (code, out) == (0, f"Exported 1 word to {tmp_path / 'q.txt'}.\n")
    assert (tmp_path / "q.txt").read_text(encoding="utf-8").startswith("mener\t")


def test_export_filters_and_refusals(
    capsys: pytest.CaptureFixture[str], saved: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    assert run(capsys, saved, "export", "csv", str(out), "--since", "2999-01-01")[0] == 3
    assert not out.exists()
    assert run(capsys, saved, "export", "csv", str(out), "--since", "2000-01-01")[0] == 0
    code, _, err = run(capsys, saved, "export", "anki", str(tmp_path / "collection.apkg"))
    assert code == 3 and "collection.apkg" in err
    code, _, err = run(capsys, saved, "export", "csv", str(out), "--source", "Ailleurs")
    assert code == 3 and "No saved words match" in err


def test_import_words(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> None:
    words = tmp_path / "mots.tsv"
    words.write_text("menées\tled\tLes enquêtes ont été menées.\nmène\n\tnothing\n", "utf-8")
    code, out, err = run(capsys, data, "import-words", str(words), "--tag", "liste")
    assert code == 0
    assert out == f"Imported 1 word from {words}: 1 new, 0 added to entries you had.\n"
    assert err == "Skipped 1 line that is not a word: row 3: no word\n"
    code, out, _ = run(capsys, data, "glossary", "list", "--json")
    (entry,) = json.loads(out)
    assert (entry["lemma"], entry["translation"], entry["tags"]) == ("mener", "led", ["liste"])
    assert run(capsys, data, "import-words", str(tmp_path / "missing.csv"))[0] == 3


def test_review_due_and_grade(capsys: pytest.CaptureFixture[str], saved: Path) -> None:
    now = "2030-01-01T10:00:00+00:00"
    code, out, _ = run(capsys, saved, "review", "due", "--json", "--now", now)
    due = json.loads(out)
    assert [(d["lemma"], d["due"]) for d in due] == [("mener", None), ("ville", None)]
    first = str(due[0]["id"])
    code, out, _ = run(capsys, saved, "review", "grade", first, "easy", "--now", now)
    assert code == 0 and "status learning-1 -> learning-3" in out
    code, out, _ = run(capsys, saved, "review", "due", "--now", now)
    assert "ville" in out and "mener" not in out
    code, out, _ = run(capsys, saved, "review", "due", "--now", "2031-01-01")
    assert "mener" in out
    code, _, err = run(capsys, saved, "review", "grade", "999", "good")
    assert code == 4 and "999" in err


def test_review_session_in_the_terminal(
    capsys: pytest.CaptureFixture[str], saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n4\n\nbad\n1\n"))
    code, out, _ = run(capsys, saved, "review", "start")
    assert code == 0
    assert "dans la _____ de Nanping" in out  # the sentence with the word blanked
    assert "-> learning-3" in out and "-> learning-1" in out
    assert out.rstrip().endswith("Reviewed 2 words.")


def test_stats(capsys: pytest.CaptureFixture[str], saved: Path) -> None:
    run(capsys, saved, "status", "le", "known")
    code, out, _ = run(capsys, saved, "stats", str(sample_article_path()), "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["known_lemmas"] == 1 and stats["learning_lemmas"] == 2
    assert stats["saved_words"] == 2
    article = stats["article"]
    assert article["words"] > article["lemmas"] > article["new_lemmas"] > 0
    assert 0 < article["known_share"] < 1
    code, out, _ = run(capsys, saved, "stats")
    assert out.startswith("Known lemmas: 1; learning: 2; saved words: 2")
