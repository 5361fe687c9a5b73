"""The exported deck in a real Anki collection (the `anki` package from PyPI): imported twice
with Anki's default options, the second import updates the same notes, no duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from anki.collection import (
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
    ImportCsvRequest,
)

from reader.core.exports.anki import MODEL_NAME
from reader.core.exports.export import export_glossary
from reader.core.exports.fields import note_guid
from reader.core.models import Context, EntryDraft
from reader.core.store import Database

DECK = "Français::Le Monde"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "glossary.sqlite3") as opened:
        opened.glossary.save(
            EntryDraft(
                word="ont été menées",
                lemma="mener",
                pos="VERB",
                translation="to lead <carry out> & run",
                grammar="passé composé, passive voice",
                context=Context("Les enquêtes ont été menées.", "ont été menées", "Le Monde"),
                tags=("verbes", "à revoir"),
            )
        )
        opened.glossary.save(
            EntryDraft(
                "maison",
                "maison",
                pos="NOUN",
                gender="Fem",
                translation="house",
                context=Context("La maison est grande.", "maison", "Le Monde"),
            )
        )
        yield opened


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield col
    col.close()


def import_apkg(col: Collection, path: Path) -> Any:
    """Anki's defaults: update a note only when the incoming one is newer."""
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def notes_by_guid(col: Collection) -> dict[str, Any]:
    return {note.guid: note for note in (col.get_note(nid) for nid in col.find_notes(""))}


def test_import_then_update_without_duplicates(
    store: Database, collection: Collection, tmp_path: Path
) -> None:
    out = tmp_path / "export" / "mots.apkg"
    out.parent.mkdir()
    export_glossary(store, "anki", out, deck=DECK, reverse=True)
    log = import_apkg(collection, out)
    assert (len(log.new), len(log.updated)) == (2, 0)

    notes = notes_by_guid(collection)
    mener_entry = store.glossary.find_by_lemma("mener")
    assert mener_entry is not None
    mener = notes[note_guid(mener_entry)]
    assert mener.note_type()["name"] == MODEL_NAME
    assert dict(mener.items()) == {
        "Word": "ont été menées",
        "Lemma": "mener",
        "Translation": "to lead &lt;carry out&gt; &amp; run",
        "Part of speech": "verb",
        "Grammar": "passé composé, passive voice",
        "Sentence": "Les enquêtes <b>ont été menées</b>.",
        "Cloze": "Les enquêtes {{c1::ont été menées}}.",
        "Source": "Le Monde",
        "Notes": "",
        "Other sentences": "",
        "Reverse": "y",
        "Word audio": "",
        "Sentence audio": "",
    }
    assert sorted(mener.tags) == ["verbes", "à_revoir"]
    cards = mener.cards()
    assert sorted(card.template()["name"] for card in cards) == [
        "English → French",
        "French → English",
    ]
    assert {collection.decks.name(card.did) for card in cards} == {DECK}
    note_ids = {guid: note.id for guid, note in notes.items()}

    # Edit one word in the app and meet another; export again at once (the same second).
    store.glossary.update(
        mener_entry.id, translation="to lead, to carry out", tags=["verbes", "B2"]
    )
    store.glossary.save(EntryDraft("mène", "mener", context=Context("Il mène la danse.", "mène")))
    store.glossary.save(EntryDraft("chat", "chat", pos="NOUN", translation="cat"))
    export_glossary(store, "anki", out, deck=DECK, reverse=True)
    log = import_apkg(collection, out)
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (1, 1, 1)

    notes = notes_by_guid(collection)
    assert collection.note_count() == 3
    assert {guid: note_ids[guid] for guid in note_ids} == {
        guid: notes[guid].id for guid in note_ids
    }  # the same notes, updated in place
    mener = notes[note_guid(mener_entry)]
    assert mener["Translation"] == "to lead, to carry out"
    assert mener["Other sentences"] == "Il <b>mène</b> la danse."
    assert sorted(mener.tags) == ["B2", "verbes"]
    assert collection.card_count() == 6


def test_edits_made_in_anki_survive_an_unchanged_export(
    store: Database, collection: Collection, tmp_path: Path
) -> None:
    out = tmp_path / "mots.apkg"
    export_glossary(store, "anki", out)
    import_apkg(collection, out)
    maison = next(n for n in notes_by_guid(collection).values() if n["Lemma"] == "maison")
    maison["Notes"] = "my own mnemonic"
    collection.update_note(maison)
    export_glossary(store, "anki", out)  # nothing changed in the app
    log = import_apkg(collection, out)
    assert len(log.updated) == 0
    assert collection.get_note(maison.id)["Notes"] == "my own mnemonic"


def test_text_file_updates_the_same_notes(
    store: Database, collection: Collection, tmp_path: Path
) -> None:
    export_glossary(store, "anki", tmp_path / "mots.apkg", deck=DECK)
    import_apkg(collection, tmp_path / "mots.apkg")
    mener_entry = store.glossary.find_by_lemma("mener")
    assert mener_entry is not None
    store.glossary.update(mener_entry.id, translation="to lead\tor\nto run")
    text_file = tmp_path / "mots.txt"
    export_glossary(store, "tsv", text_file, deck=DECK)
    metadata = collection.get_csv_metadata(str(text_file), None)
    assert list(metadata.column_labels)[:3] == ["GUID", "Word", "Lemma"]
    assert metadata.guid_column == 1
    collection.import_csv(ImportCsvRequest(path=str(text_file), metadata=metadata))
    notes = notes_by_guid(collection)
    assert collection.note_count() == 2
    assert notes[note_guid(mener_entry)]["Translation"] == "to lead\tor<br>to run"
    assert sorted(notes[note_guid(mener_entry)].tags) == ["verbes", "à_revoir"]


def test_a_note_whose_guid_starts_with_a_hash_is_imported_from_the_text_file(
    collection: Collection, tmp_path: Path
) -> None:
    """Anki takes a line starting with # for a comment; GUIDs are base91 and may start so."""
    with Database(tmp_path / "other.sqlite3") as store:
        entry = store.glossary.save(
            EntryDraft("graine2359", "graine2359", context=Context("La graine2359.", "graine2359"))
        )
        assert note_guid(entry).startswith("#")
        text_file = tmp_path / "mots.txt"
        export_glossary(store, "tsv", text_file, deck=DECK)
    metadata = collection.get_csv_metadata(str(text_file), None)
    collection.import_csv(ImportCsvRequest(path=str(text_file), metadata=metadata))
    assert list(notes_by_guid(collection)) == [note_guid(entry)]
