"""Reading lists: ordered texts with notes, length and level range, a prepared glossary the
teacher edits, and list files that a student imports safely (or not at all)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.core.analysis.cache import AnalysisCache
from reader.core.analysis.difficulty import WordCounts
from reader.core.errors import InputError, StoreError
from reader.core.lookup.card import Glosser
from reader.core.store import Database
from reader.core.teaching import list_files
from reader.core.teaching.list_files import export_list, import_list
from reader.core.teaching.reading_lists import (
    edit_list_words,
    find_list,
    list_handout,
    list_summary,
    prepare_glossary,
    save_list_glossary,
)
from tests.core.library_helpers import HARBOUR, STORKS, add_text, open_store, record_counts


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    with open_store(tmp_path / "teacher" / "glossary.sqlite3") as opened:
        yield opened


def two_texts(store: Database) -> tuple[int, int]:
    storks = add_text(store, STORKS, title="Les cigognes", author="Marie").record.id
    harbour = add_text(store, HARBOUR, title="Le port").record.id
    return storks, harbour


# ---------------------------------------------------------------- lists in the library


def test_a_list_keeps_its_texts_in_order_with_notes(store: Database) -> None:
    storks, harbour = two_texts(store)
    created = store.lists.create_list("  Semaine 1 ", "Lisez dans l'ordre.")
    assert (created.title, created.notes) == ("Semaine 1", "Lisez dans l'ordre.")
    store.lists.add_to_list(created.id, harbour, "Pour lundi")
    store.lists.add_to_list(created.id, storks)
    store.lists.add_to_list(created.id, harbour)  # already there: keeps its place and note
    items = store.lists.list_items(created.id)
    assert [(i.text.id, i.position, i.note) for i in items] == [
        (harbour, 0, "Pour lundi"),
        (storks, 1, ""),
    ]
    store.lists.reorder_list(created.id, [storks, harbour])
    assert [item.text.id for item in store.lists.list_items(created.id)] == [storks, harbour]
    with pytest.raises(InputError, match="every text"):
        store.lists.reorder_list(created.id, [storks])
    store.lists.remove_from_list(created.id, storks)
    assert [(i.text.id, i.position) for i in store.lists.list_items(created.id)] == [(harbour, 0)]


def test_a_text_can_be_in_several_lists(store: Database) -> None:
    storks, _ = two_texts(store)
    first, second = store.lists.create_list("A"), store.lists.create_list("B")
    store.lists.add_to_list(first.id, storks)
    store.lists.add_to_list(second.id, storks)
    assert [found.title for found in store.lists.lists_of_text(storks)] == ["A", "B"]
    store.lists.delete_list(first.id)
    assert [found.title for found in store.lists.lists_of_text(storks)] == ["B"]
    assert store.library.text(storks).title == "Les cigognes"  # the text stays in the library
    with pytest.raises(StoreError, match="No reading list"):
        store.lists.reading_list(first.id)


def test_a_deleted_text_leaves_the_list_until_restored(store: Database) -> None:
    storks, harbour = two_texts(store)
    created = store.lists.create_list("Semaine 1")
    store.lists.add_to_list(created.id, storks)
    store.lists.add_to_list(created.id, harbour)
    store.library.delete_text(storks)
    assert [item.text.id for item in store.lists.list_items(created.id)] == [harbour]
    store.library.restore_text(storks)
    assert [item.text.id for item in store.lists.list_items(created.id)] == [storks, harbour]


def test_summary_shows_total_length_and_level_range(store: Database) -> None:
    storks, harbour = two_texts(store)
    created = store.lists.create_list("Semaine 1")
    store.lists.add_to_list(created.id, storks)
    store.lists.add_to_list(created.id, harbour)
    summary = list_summary(store, created.id)
    assert (
        summary.words
        == store.library.text(storks).word_count + store.library.text(harbour).word_count
    )
    assert summary.level_range == ""
    record_counts(store, storks, WordCounts(20, 19, 0, 0, 2, 20), {"nid": 20})
    assert list_summary(store, created.id).level_range == "A1"
    record_counts(store, harbour, WordCounts(20, 14, 2, 1, 2, 20), {"quai": 20})
    summary = list_summary(store, created.id)
    assert summary.levels == ("A1", "C1") and summary.level_range == "A1–C1"


def test_find_list(store: Database) -> None:
    one = store.lists.create_list("Semaine 1")
    store.lists.create_list("Semaine 2")
    assert find_list(store, str(one.id)) == one
    assert find_list(store, "semaine 1") == one
    with pytest.raises(InputError, match="Several"):
        find_list(store, "Semaine")


# ---------------------------------------------------------------- prepared glossary


@pytest.fixture
def prepared(store: Database, tmp_path: Path) -> tuple[int, int, int]:
    storks, harbour = two_texts(store)
    created = store.lists.create_list("Semaine 1", "Lisez dans l'ordre.")
    store.lists.add_to_list(created.id, storks, "D'abord")
    store.lists.add_to_list(created.id, harbour)
    prepare_glossary(
        store, created.id, AnalysisCache(tmp_path / "cache"), Glosser(None), level="B1", limit=None
    )
    return created.id, storks, harbour


def test_the_prepared_glossary_is_kept_and_edited(
    store: Database, prepared: tuple[int, int, int]
) -> None:
    list_id, storks, harbour = prepared
    assert store.lists.reading_list(list_id).level == "B1"
    words = {word.lemma: word for word in store.lists.list_words(list_id)}
    assert words["cigogne"].text_id == storks and words["mouette"].text_id == harbour
    edit_list_words(store, list_id, remove=["cigognes"], translations={"mouette": "gull"})
    handout = list_handout(store, list_id)
    assert [section.title for section in handout.sections] == ["Les cigognes", "Le port"]
    edited = {w.word.lemma: w.word for w in handout.words}
    assert "cigogne" not in edited and edited["mouette"].translation == "gull"
    assert handout.notes == "Lisez dans l'ordre."


def test_a_list_without_a_prepared_glossary_has_no_handout(store: Database) -> None:
    created = store.lists.create_list("Vide")
    with pytest.raises(InputError, match="no prepared glossary"):
        list_handout(store, created.id)


# ---------------------------------------------------------------- list files


def test_a_student_imports_the_list_with_texts_notes_and_glossary(
    store: Database, prepared: tuple[int, int, int], tmp_path: Path
) -> None:
    list_id, storks, _ = prepared
    store.library.set_position(storks, 50)
    path = export_list(store, list_id, tmp_path / "semaine-1.zip")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert names == ["manifest.json", "texts/001.txt", "texts/002.txt", "glossary.json"]
    assert (manifest["format"], manifest["version"]) == ("french-reader-reading-list", 1)

    with open_store(tmp_path / "student" / "glossary.sqlite3") as student:
        result = import_list(student, path)
        assert result.outcomes == ("added", "added")
        imported = result.reading_list
        assert (imported.title, imported.notes, imported.level) == (
            "Semaine 1",
            "Lisez dans l'ordre.",
            "B1",
        )
        items = student.lists.list_items(imported.id)
        assert [(i.text.title, i.text.author, i.note) for i in items] == [
            ("Les cigognes", "Marie", "D'abord"),
            ("Le port", "", ""),
        ]
        assert student.library.text_body(items[0].text.id) == store.library.text_body(storks)
        assert items[0].text.position == 0  # the teacher's reading position stays home
        assert student.library.pages(items[0].text.id)
        words = student.lists.list_words(imported.id)
        assert [w.lemma for w in words] == [w.lemma for w in store.lists.list_words(list_id)]
        assert {w.text_id for w in words} == {item.text.id for item in items}
        assert save_list_glossary(student, imported.id) == len(words)
        saved = student.glossary.find_by_lemma("cigogne")
        assert saved is not None and saved.tags == ("Semaine 1",)
        assert saved.contexts[0].source_title == "Les cigognes"
        # The same file again: the texts are reused, not doubled.
        again = import_list(student, path)
        assert again.outcomes == ("duplicate", "duplicate")
        assert len(student.library.texts()) == 2 and len(student.lists.reading_lists()) == 2


def test_an_empty_list_is_not_exported(store: Database, tmp_path: Path) -> None:
    created = store.lists.create_list("Vide")
    with pytest.raises(InputError, match="no texts"):
        export_list(store, created.id, tmp_path / "vide.zip")
    assert not (tmp_path / "vide.zip").exists()


def good_members() -> dict[str, bytes]:
    body = "\n\n".join(STORKS)
    manifest = {
        "format": "french-reader-reading-list",
        "version": 1,
        "title": "Semaine 1",
        "notes": "",
        "level": "B1",
        "texts": [{"file": "texts/001.txt", "title": "Les cigognes", "chapters": []}],
        "glossary": "glossary.json",
    }
    glossary = [{"text": 0, "word": "cigognes", "lemma": "cigogne", "translation": "stork"}]
    return {
        "manifest.json": json.dumps(manifest).encode(),
        "texts/001.txt": body.encode(),
        "glossary.json": json.dumps(glossary).encode(),
    }


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def changed_manifest(**changes: Any) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        manifest.update(changes)
        members["manifest.json"] = json.dumps(manifest).encode()

    return change


def changed_text(**changes: Any) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        manifest["texts"][0].update(changes)
        members["manifest.json"] = json.dumps(manifest).encode()

    return change


def add_member(name: str, data: bytes = b"pwned") -> Callable[[dict[str, bytes]], None]:
    return lambda members: members.update({name: data})


BAD_FILES: dict[str, tuple[Callable[[dict[str, bytes]], None], str]] = {
    "zip slip": (add_member("../../evil.txt"), "points outside"),
    "zip slip inside a folder": (add_member("texts/../../evil.txt"), "points outside"),
    "absolute path": (add_member("/tmp/evil.txt"), "points outside"),
    "windows path": (add_member("..\\evil.txt"), "points outside"),
    "drive letter": (add_member("C:/evil.txt"), "points outside"),
    "text through zip slip": (changed_text(file="../001.txt"), "missing"),
    "no manifest": (lambda members: members.pop("manifest.json"), "manifest.json is missing"),
    "manifest not JSON": (add_member("manifest.json", b"{not json"), "not valid JSON"),
    "another format": (changed_manifest(format="anki"), "not a French Reader reading list"),
    "no version": (changed_manifest(version="1"), "no valid version"),
    "newer version": (changed_manifest(version=2), "newer version of the app"),
    "blank title": (changed_manifest(title="  "), "blank title"),
    "texts not a list": (changed_manifest(texts={"a": 1}), "'texts' is missing or wrong"),
    "no texts": (changed_manifest(texts=[]), "holds no texts"),
    "missing text": (lambda members: members.pop("texts/001.txt"), "texts/001.txt is missing"),
    "text not UTF-8": (add_member("texts/001.txt", "été".encode("latin-1")), "not UTF-8"),
    "empty text": (add_member("texts/001.txt", b" 12 "), "no text to read"),
    "wrong fingerprint": (changed_text(fingerprint="0" * 64), "does not match"),
    "chapter out of range": (changed_text(chapters=[["Un", 0, 10**6]]), "chapter"),
    "bad glossary word": (add_member("glossary.json", b'[{"text": 7, "lemma": "x"}]'), "word"),
    "glossary not a list": (add_member("glossary.json", b'{"a": 1}'), "not a list"),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_list_file_imports_nothing_and_writes_nothing(tmp_path: Path, case: str) -> None:
    change, message = BAD_FILES[case]
    members = good_members()
    change(members)
    path = tmp_path / "incoming" / "liste.zip"
    path.parent.mkdir()
    path.write_bytes(zip_of(members))
    data = tmp_path / "data"
    with open_store(data / "glossary.sqlite3") as student:
        before = sorted(tmp_path.rglob("*"))
        with pytest.raises(InputError, match=message):
            import_list(student, path)
        assert sorted(tmp_path.rglob("*")) == before
        assert (
            student.library.texts(include_deleted=True) == []
            and student.lists.reading_lists() == []
        )
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_the_good_file_of_those_tests_imports(tmp_path: Path) -> None:
    path = tmp_path / "liste.zip"
    path.write_bytes(zip_of(good_members()))
    with open_store(tmp_path / "glossary.sqlite3") as student:
        result = import_list(student, path)
        assert (result.outcomes, result.words) == (("added",), 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a zip at all", "not a zip"), (zip_of(good_members())[:-30], "not a zip")],
    ids=["not a zip", "truncated"],
)
def test_a_file_that_is_not_a_zip(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "liste.zip"
    path.write_bytes(content)
    with open_store(tmp_path / "glossary.sqlite3") as student:
        with pytest.raises(InputError, match=message):
            import_list(student, path)
        assert student.library.texts() == []


def test_oversized_members_are_refused_before_they_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_files, "MAX_MEMBER_BYTES", 100)
    path = tmp_path / "liste.zip"
    path.write_bytes(zip_of(good_members()))
    with (
        open_store(tmp_path / "glossary.sqlite3") as student,
        pytest.raises(InputError, match="too large"),
    ):
        import_list(student, path)
    monkeypatch.setattr(list_files, "MAX_MEMBERS", 2)
    with (
        open_store(tmp_path / "glossary.sqlite3") as student,
        pytest.raises(InputError, match="too many files"),
    ):
        import_list(student, path)


def test_a_member_bigger_than_its_header_says_stops_at_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zip bomb may claim a small size: reading never goes past the cap or the claimed
    size (zipfile then finds the checksum wrong), and nothing is imported."""
    path = tmp_path / "liste.zip"
    path.write_bytes(zip_of(good_members()))
    members = list_files._Members
    real_init = members.__init__

    def lying_init(self: Any, archive: zipfile.ZipFile, name: str) -> None:
        real_init(self, archive, name)
        for info in self.infos.values():
            info.file_size = 10  # what a forged header would say
        monkeypatch.setattr(list_files, "MAX_MEMBER_BYTES", 50)

    monkeypatch.setattr(members, "__init__", lying_init)
    with open_store(tmp_path / "glossary.sqlite3") as student:
        with pytest.raises(InputError, match=r"bigger than it says|damaged"):
            import_list(student, path)
        assert student.library.texts() == []
