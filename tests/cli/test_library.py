"""`french-reader import|library|handout|list` as a teacher and a student use them."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # `handout ... .pdf` prints with Qt

from tests.cli.helpers import run
from tests.core.library_helpers import HARBOUR, STORKS
from tests.core.sample_files import boilerplate_page


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "files"
    folder.mkdir()
    paths = {
        "page": folder / "cigognes.html",
        "port": folder / "port.txt",
        "broken": folder / "abîmé.epub",
    }
    paths["page"].write_text(boilerplate_page(), encoding="utf-8")
    paths["port"].write_text("Au port\n\n" + "\n\n".join(HARBOUR + STORKS[:1]), encoding="utf-8")
    paths["broken"].write_bytes(b"PK\x03\x04 not really")
    return paths


def library(capsys: pytest.CaptureFixture[str], data: Path) -> list[dict[str, object]]:
    code, out, _ = run(capsys, data, "library", "list", "--json")
    assert code == 0
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_import_list_rename_tag_delete_restore(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    data = tmp_path / "data"
    code, out, err = run(
        capsys, data, "import", str(files["page"]), str(files["broken"]), str(files["port"])
    )
    assert code == 3  # one file could not be read; the others came in
    assert "Imported 1 «Le retour des cigognes en Alsace»" in out
    assert "Imported 2 «Au port»" in out
    assert "abîmé.epub" in err and "Traceback" not in err
    code, out, _ = run(capsys, data, "import", str(files["port"]))
    assert code == 0 and "Already in the library: 2 «Au port»" in out

    rows = library(capsys, data)
    assert [row["title"] for row in rows] == ["Au port", "Le retour des cigognes en Alsace"]
    page = rows[1]
    assert page["author"] == "Marie Dupont" and page["source_format"] == "html"
    assert page["analysed_pages"] == page["pages"] == 1  # analysed on import
    assert page["level"] in ("A1", "A2", "B1", "B2", "C1", "C2")
    assert page["known_share"] == 0.0 and page["progress"] == 0.0

    assert run(capsys, data, "library", "rename", "2", "Le port de pêche")[0] == 0
    code, out, _ = run(capsys, data, "library", "tag", "Le port de pêche", "mer", "B1")
    assert code == 0 and "B1, mer" in out
    assert library(capsys, data)[0]["title"] == "Le port de pêche"
    code, out, _ = run(capsys, data, "library", "list", "--tag", "mer", "--sort", "title")
    assert "Le port de pêche" in out and "cigognes" not in out

    code, out, _ = run(capsys, data, "library", "delete", "1")
    assert code == 0 and "library restore 1" in out
    assert [r["id"] for r in library(capsys, data)] == [2]
    assert run(capsys, data, "library", "restore", "1")[0] == 0
    assert [r["id"] for r in library(capsys, data)] == [2, 1]


def test_unknown_text_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path / "data", "library", "rename", "baleines", "x")
    assert code == 3 and "No text in the library is called «baleines»" in err


def test_a_teacher_builds_a_list_and_handouts_and_a_student_imports_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    teacher, student = tmp_path / "teacher", tmp_path / "student"
    assert run(capsys, teacher, "import", str(files["page"]), str(files["port"]))[0] == 0
    code, out, _ = run(capsys, teacher, "list", "create", "Semaine 1", "--notes", "Lisez tout.")
    assert code == 0 and "Created reading list 1 «Semaine 1»" in out
    assert run(capsys, teacher, "list", "add", "Semaine 1", "2", "1")[0] == 0

    html = tmp_path / "port.html"
    code, out, _ = run(
        capsys, teacher, "handout", "Au port", str(html), "--level", "B1", "--exclude", "quai"
    )
    assert code == 0 and "level B1" in out
    page = html.read_text(encoding="utf-8")
    assert "la mouette" in page and '<span class="head">le quai</span>' not in page
    glossed = tmp_path / "port-glossed.html"
    assert run(capsys, teacher, "handout", "2", str(glossed), "--glossed")[0] == 0
    assert "<sup>1</sup>" in glossed.read_text(encoding="utf-8")
    deck = tmp_path / "port.apkg"
    code, out, _ = run(capsys, teacher, "handout", "2", str(deck))
    assert code == 0 and zipfile.is_zipfile(deck) and "flashcards" in out

    list_file = tmp_path / "semaine-1.zip"
    code, out, _ = run(capsys, teacher, "list", "export", "1", str(list_file), "--level", "A2")
    assert code == 0 and "2 texts" in out
    code, out, _ = run(capsys, teacher, "list", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["glossary_level"] == "A2" and shown["glossary_words"] > 5
    assert [text["title"] for text in shown["texts"]] == [
        "Au port",
        "Le retour des cigognes en Alsace",
    ]
    code, out, _ = run(capsys, teacher, "handout", "list:Semaine 1", str(tmp_path / "l.html"))
    assert code == 0 and f"{shown['glossary_words']} words" in out  # the prepared glossary

    code, out, _ = run(capsys, student, "list", "import", str(list_file), "--save-words")
    assert code == 0 and "2 texts (2 new to the library)" in out and "Lisez tout." in out
    assert [r["title"] for r in library(capsys, student)] == [
        "Le retour des cigognes en Alsace",
        "Au port",
    ]
    code, out, _ = run(capsys, student, "list", "show")
    assert "«Semaine 1»: 2 texts" in out
    code, out, _ = run(capsys, student, "glossary", "list")
    assert code == 0 and "mouette" in out


def test_a_bad_list_file_and_a_bad_handout_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "liste.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../evil.txt", "x")
    code, _, err = run(capsys, tmp_path / "data", "list", "import", str(bad))
    assert code == 3 and "liste.zip is not safe to open" in err and "outside its folder" in err
    code, _, err = run(capsys, tmp_path / "data", "handout", "1", str(tmp_path / "h.docx"))
    assert code == 3 and ".pdf" in err


def test_a_student_sees_and_adopts_the_teachers_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    teacher, student = tmp_path / "teacher", tmp_path / "student"
    assert run(capsys, teacher, "import", str(files["port"]))[0] == 0
    assert run(capsys, teacher, "list", "create", "Semaine 1")[0] == 0
    assert run(capsys, teacher, "list", "add", "1", "1")[0] == 0
    list_file = tmp_path / "semaine-1.zip"
    assert run(capsys, teacher, "list", "export", "1", str(list_file))[0] == 0
    assert run(capsys, student, "list", "import", str(list_file), "--no-analyse")[0] == 0

    code, out, _ = run(capsys, student, "lookup", "mouette")
    assert code == 0 and "[your teacher's list: Semaine 1] seagull" in out
    code, out, _ = run(capsys, student, "list", "adopt", "Semaine 1", "mouette")
    assert code == 0 and "Saved 1 words of «Semaine 1»" in out
    code, out, _ = run(capsys, student, "glossary", "list", "--json")
    [entry] = json.loads(out)
    assert (entry["lemma"], entry["translation"], entry["tags"]) == (
        "mouette",
        "seagull; gull",
        ["Semaine 1"],
    )
    code, out, _ = run(capsys, student, "list", "adopt", "1")
    assert code == 0 and "Saved" in out
    code, out, _ = run(capsys, student, "glossary", "list", "--json")
    assert len(json.loads(out)) > 5
    code, _, err = run(capsys, student, "list", "adopt", "1", "baleine")
    assert code == 3 and "no glossary words matching baleine" in err
