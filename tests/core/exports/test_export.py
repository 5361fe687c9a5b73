"""Exports read back field by field: Anki text, CSV, Quizlet, and the .apkg's own database."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import Cancelled, InputError
from reader.core.exports.anki import FIELDS, MODEL_ID, deck_id
from reader.core.exports.export import ExportFilter, ExportFormat, export_glossary, select_entries
from reader.core.exports.fields import blanked, mark_word, note_guid, plain_fields
from reader.core.exports.text import CSV_COLUMNS
from reader.core.models import Context, EntryDraft, GlossaryEntry, Status
from reader.core.store import Database
from tests.core.learning_helpers import FixedClock, open_store

TRICKY = 'to lead\tto carry <i>out</i> & "conduct"\nalso: to run'
NOTE = "faux ami ?\tnon;\r\nvoir « mener à bien »"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[Database]:
    with open_store(tmp_path / "glossary.sqlite3", clock) as opened:
        yield opened


@pytest.fixture
def filled(store: Database, clock: FixedClock) -> Database:
    store.glossary.save(
        EntryDraft(
            word="ont été menées",
            lemma="mener",
            pos="VERB",
            translation=TRICKY,
            grammar="passé composé, passive",
            context=Context("Les enquêtes ont été menées.", "ont été menées", "Le Monde"),
            tags=("verbes", "à revoir"),
            notes=NOTE,
        )
    )
    store.glossary.save(EntryDraft("mène", "mener", context=Context('Il "mène" la danse.', "mène")))
    clock.advance(days=2)
    store.glossary.save(
        EntryDraft(
            "maison",
            "maison",
            pos="NOUN",
            gender="Fem",
            translation="house",
            context=Context("La maison, « grande ».", "maison", "", "/notes/maisons.txt"),
            tags=("corps",),
            status=Status.LEARNING_3,
        )
    )
    clock.advance(days=1)
    store.glossary.save(EntryDraft("zut", "zut", translation="darn"))
    return store


def entry(store: Database, lemma: str) -> GlossaryEntry:
    found = store.glossary.find_by_lemma(lemma)
    assert found is not None
    return found


# ---------------------------------------------------------------- the word in its sentence


def test_word_marked_in_its_sentence() -> None:
    bold = lambda found: f"<b>{found}</b>"  # noqa: E731
    assert mark_word("Les enquêtes ont été menées.", "menées", bold) == (
        "Les enquêtes ont été <b>menées</b>."
    )
    assert mark_word("Ils ne se sont pas rencontrés.", "ne … pas", bold) == (
        "Ils <b>ne</b> se sont <b>pas</b> rencontrés."
    )
    # whole words only, any case, and the text around is escaped with the mark
    assert mark_word("Un an, <Anne> a dit : A.", "a", bold, escape=lambda t: t.upper()) == (
        "UN AN, <ANNE> <b>A</b> DIT : A."
    )
    assert mark_word("Rien ici.", "absent", bold) == "Rien ici."
    assert blanked(Context("L'homme va bien.", "homme")) == "L'_____ va bien."


def test_plain_fields(filled: Database) -> None:
    fields = plain_fields(entry(filled, "mener"))
    assert fields.cloze == "Les enquêtes {{c1::ont été menées}}."
    assert fields.part_of_speech == "verb"
    assert fields.other_sentences == 'Il "mène" la danse.'
    assert plain_fields(entry(filled, "maison")).part_of_speech == "noun, feminine"
    assert plain_fields(entry(filled, "maison")).source == "maisons.txt"


def test_a_form_gender_never_shows_on_a_verb(store: Database) -> None:
    """An entry saved before the fix, with the form's gender on a verb: the field says verb."""
    saved = store.glossary.save(EntryDraft("menées", "mener", pos="VERB", gender="Fem"))
    assert plain_fields(saved).part_of_speech == "verb"


def test_guid_comes_from_the_lemma(store: Database) -> None:
    first = store.glossary.save(EntryDraft("Mener", "Mener"))
    guid = note_guid(first)
    store.glossary.delete(first.id)
    again = store.glossary.save(EntryDraft("mène", "mener", translation="lead"))
    assert note_guid(again) == guid
    assert note_guid(store.glossary.save(EntryDraft("maison", "maison"))) != guid


# ---------------------------------------------------------------- read back


def test_anki_text_file_read_back(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "mots.txt"
    result = export_glossary(filled, "tsv", out, deck="Français\t::  B2\n", reverse=True)
    assert result.count == 3
    text = out.read_text(encoding="utf-8")
    headers = [line for line in text.splitlines() if line.startswith("#")]
    assert headers == [
        "#separator:tab",
        "#html:true",
        "#notetype:French Reader",
        "#deck:Français :: B2",
        "#guid column:1",
        f"#tags column:{len(FIELDS) + 2}",
        "#columns:" + "\t".join(["GUID", *FIELDS, "Tags"]),
    ]
    body = "".join(line for line in io.StringIO(text) if not line.startswith("#"))
    rows = list(csv.reader(io.StringIO(body), delimiter="\t"))
    assert [row[2] for row in rows] == ["mener", "maison", "zut"]  # oldest first
    mener = dict(zip(["GUID", *FIELDS, "Tags"], rows[0], strict=True))
    assert mener == {
        "GUID": note_guid(entry(filled, "mener")),
        "Word": "mène",
        "Lemma": "mener",
        "Translation": 'to lead\tto carry &lt;i&gt;out&lt;/i&gt; &amp; "conduct"<br>also: to run',
        "Part of speech": "verb",
        "Grammar": "passé composé, passive",
        "Sentence": "Les enquêtes <b>ont été menées</b>.",
        "Cloze": "Les enquêtes {{c1::ont été menées}}.",
        "Source": "Le Monde",
        "Notes": "faux ami ?\tnon;<br>voir « mener à bien »",
        "Other sentences": 'Il "<b>mène</b>" la danse.',
        "Reverse": "y",
        "Word audio": "",
        "Sentence audio": "",
        "Tags": "verbes à_revoir",
    }
    assert rows[2][-4:] == ["y", "", "", ""]  # zut: no audio, no tags


def test_csv_read_back(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "mots.csv"
    export_glossary(filled, ExportFormat.CSV, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(CSV_COLUMNS)
    mener = rows[0]
    assert mener["translation"] == TRICKY
    assert mener["notes"] == NOTE
    assert mener["sentence"] == "Les enquêtes ont été menées."
    assert mener["other sentences"] == 'Il "mène" la danse.'
    assert mener["tags"] == "verbes; à revoir"
    assert mener["status"] == "learning-1"
    assert mener["saved"] == entry(filled, "mener").created
    assert rows[1]["part of speech"] == "noun, feminine"
    assert rows[1]["source"] == "maisons.txt"
    assert [row["lemma"] for row in rows] == ["mener", "maison", "zut"]


def test_quizlet_read_back(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "quizlet.txt"
    export_glossary(filled, "quizlet", out)
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    cards = [line.split("\t") for line in lines[:-1]]
    assert cards == [
        ["mener", 'to lead to carry <i>out</i> & "conduct" also: to run (verb)'],
        ["maison", "house (noun, feminine)"],
        ["zut", "darn"],
    ]


# ---------------------------------------------------------------- filters


def test_filters(filled: Database, clock: FixedClock) -> None:
    def lemmas(**given: object) -> list[str]:
        return [e.lemma for e in select_entries(filled, ExportFilter(**given))]  # type: ignore[arg-type]

    assert lemmas() == ["mener", "maison", "zut"]
    assert lemmas(tag="Verbes") == ["mener"]
    assert lemmas(status=Status.LEARNING_3) == ["maison"]
    assert lemmas(source="Le Monde") == ["mener"]
    assert lemmas(source="/notes/maisons.txt") == ["maison"]
    assert lemmas(since=clock() - timedelta(hours=12)) == ["zut"]
    assert lemmas(since=clock() - timedelta(days=1)) == ["maison", "zut"]
    assert lemmas(tag="corps", since=clock() - timedelta(hours=12)) == []


def test_nothing_to_export(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "none.csv"
    with pytest.raises(InputError, match="No saved words match"):
        export_glossary(filled, "csv", out, selection=ExportFilter(tag="absent"))
    assert not out.exists()


# ---------------------------------------------------------------- files


@pytest.mark.parametrize("name", ["collection.apkg", "Collection.APKG"])
def test_never_writes_collection_apkg(filled: Database, tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match="replace every deck you have"):
        export_glossary(filled, "anki", tmp_path / name)
    assert list(tmp_path.glob("*.apkg")) == []


def test_cancel_leaves_the_old_file(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "mots.txt"
    out.write_text("before", encoding="utf-8")
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()

    for fmt in ExportFormat:
        seen.clear()
        with pytest.raises(Cancelled):
            export_glossary(filled, fmt, out, report=report, cancel=cancel)
        cancel.clear()
        assert out.read_text(encoding="utf-8") == "before"
        assert seen and seen[0][0] == 1
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".part")]


def test_progress_reaches_the_end(filled: Database, tmp_path: Path) -> None:
    for fmt in ExportFormat:
        seen: list[tuple[int, int]] = []
        out = tmp_path / f"out{fmt.suffix}"
        export_glossary(filled, fmt, out, report=lambda *done, seen=seen: seen.append(done))
        assert seen[-1][0] == seen[-1][1] >= 3


def test_unwritable_destination(filled: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        export_glossary(filled, "csv", tmp_path / "missing" / "out.csv")
    with pytest.raises(InputError, match="is a folder"):
        export_glossary(filled, "csv", tmp_path)


# ---------------------------------------------------------------- the .apkg itself


def apkg_notes(path: Path, tmp_path: Path) -> tuple[list[tuple[object, ...]], int, dict[str, Any]]:
    """The notes, the number of cards and the decks inside an .apkg, read with sqlite3."""
    with zipfile.ZipFile(path) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        assert json.loads(archive.read("media")) == {}
        archive.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as conn:
        notes = conn.execute("SELECT guid, mid, mod, tags, flds FROM notes ORDER BY id").fetchall()
        cards = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
    (tmp_path / "collection.anki2").unlink()
    return notes, cards, decks


def test_apkg_contents(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "mots.apkg"
    export_glossary(filled, "anki", out, deck="Mon deck")
    notes, cards, decks = apkg_notes(out, tmp_path)
    assert cards == 3  # no English -> French card unless asked for
    assert {deck["name"] for deck in decks.values()} >= {"Mon deck"}
    assert str(deck_id("Mon deck")) in decks
    guid, mid, _, tags, fields = notes[0]
    assert (guid, mid) == (note_guid(entry(filled, "mener")), MODEL_ID)
    assert tags == " verbes à_revoir "
    values = dict(zip(FIELDS, str(fields).split("\x1f"), strict=True))
    assert values["Sentence"] == "Les enquêtes <b>ont été menées</b>."
    assert values["Reverse"] == ""
    export_glossary(filled, "anki", out, deck="Mon deck", reverse=True)
    assert apkg_notes(out, tmp_path)[1] == 6


def test_note_times_move_only_when_the_note_changes(filled: Database, tmp_path: Path) -> None:
    out = tmp_path / "mots.apkg"
    export_glossary(filled, "anki", out)
    first = {row[0]: row[2] for row in apkg_notes(out, tmp_path)[0]}
    mener = entry(filled, "mener")
    filled.glossary.update(mener.id, translation="to lead")  # within the same second
    export_glossary(filled, "anki", out)
    second = {row[0]: row[2] for row in apkg_notes(out, tmp_path)[0]}
    guid = note_guid(mener)
    assert second[guid] > first[guid]  # type: ignore[operator]
    assert {g: m for g, m in second.items() if g != guid} == {
        g: m for g, m in first.items() if g != guid
    }
