"""The teacher's work is kept and reaches the student: handout edits saved word by word in the
prepared glossary (a list's, or one text's), kept over a new search, carried by the list file;
on the student's side the words of an imported list are a translation source and can be saved
into the learner's glossary one by one or all at once."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.analysis.cache import AnalysisCache
from reader.core.errors import StoreError
from reader.core.lookup.card import Glosser
from reader.core.lookup.teacher import by_lemma, teacher_translations
from reader.core.models import EntryDraft, TranslationSource
from reader.core.store import Database, GlossaryOwner, ListWord, TeacherWord
from reader.core.teaching.list_files import export_list, import_list
from reader.core.teaching.prepared import kept_text_handout, prepare_text_handout, without_left_out
from reader.core.teaching.reading_lists import adopt_list_words, list_handout, prepare_glossary
from tests.core.library_helpers import HARBOUR, STORKS, add_text, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    with open_store(tmp_path / "teacher" / "glossary.sqlite3") as opened:
        yield opened


@pytest.fixture
def cache(tmp_path: Path) -> AnalysisCache:
    return AnalysisCache(tmp_path / "cache")


def two_texts(store: Database) -> tuple[int, int]:
    storks = add_text(store, STORKS, title="Les cigognes", author="Marie").record.id
    harbour = add_text(store, HARBOUR, title="Le port", name="port.txt").record.id
    return storks, harbour


def words_of(store: Database, list_id: int, *, left_out: bool = True) -> dict[str, ListWord]:
    return {word.lemma: word for word in store.lists.list_words(list_id, left_out=left_out)}


@pytest.fixture
def semaine(store: Database, cache: AnalysisCache) -> int:
    """A list of two texts with its glossary prepared at B1."""
    created = store.lists.create_list("Semaine 1", "Lisez dans l'ordre.", two_texts(store))
    prepare_glossary(store, created.id, cache, Glosser(None), level="B1", limit=None)
    return created.id


# ---------------------------------------------------------------- a list's prepared glossary


def test_an_edit_is_saved_at_once_and_kept_over_a_new_search(
    store: Database, cache: AnalysisCache, semaine: int
) -> None:
    owner = GlossaryOwner("list", semaine)
    blank = words_of(store, semaine)["mairie"]
    assert not blank.edited  # as the dictionary gives it, until the teacher types
    assert store.handouts.edit_prepared_word(owner, "mairie", translation=" town hall ") == 1
    assert store.handouts.edit_prepared_word(owner, "cigogne", left_out=True) == 1
    assert store.handouts.edit_prepared_word(owner, "absent", translation="x") == 0
    words = words_of(store, semaine)
    assert words["mairie"].translation == "town hall" and words["mairie"].edited
    assert words["cigogne"].left_out and not words["cigogne"].edited
    assert "cigogne" not in words_of(store, semaine, left_out=False)

    # The same search again: the typed translation and the unticked word stay as they were.
    again = prepare_glossary(store, semaine, cache, Glosser(None), level="B1", limit=None)
    shown = {item.word.lemma: item.word for item in again.words}
    assert shown["mairie"].translation == "town hall" and shown["mairie"].edited
    assert shown["cigogne"].left_out
    assert shown["nid"].translation.startswith("nest") and not shown["nid"].edited
    # A search that no longer finds the word keeps it: the teacher typed its translation.
    fewer = prepare_glossary(store, semaine, cache, Glosser(None), level="B1", limit=1)
    lemmas = [item.word.lemma for item in fewer.words]
    assert "mairie" in lemmas and "cigogne" not in lemmas and len(lemmas) == 3
    printed = list_handout(store, semaine)
    assert [s.title for s in printed.sections] == ["Les cigognes", "Le port"]
    assert "mairie" in [item.word.lemma for item in printed.sections[0].words]


def test_removing_words_keeps_the_others_in_order(store: Database, semaine: int) -> None:
    owner = GlossaryOwner("list", semaine)
    before = [word.lemma for word in store.lists.list_words(semaine)]
    store.handouts.remove_prepared_words(owner, [before[1], before[3]])
    after = [word.lemma for word in store.lists.list_words(semaine)]
    assert after == [lemma for i, lemma in enumerate(before) if i not in (1, 3)]
    store.handouts.edit_prepared_word(owner, after[-1], translation="last")
    assert store.lists.list_words(semaine)[-1].translation == "last"


def test_a_new_list_with_a_missing_text_is_not_created(store: Database) -> None:
    storks, _ = two_texts(store)
    with pytest.raises(StoreError, match="No text with id 999"):
        store.lists.create_list("Semaine 2", text_ids=[storks, 999])
    assert store.lists.reading_lists() == []
    made = store.lists.create_list("Semaine 2", text_ids=[storks])
    assert [item.text.id for item in store.lists.list_items(made.id)] == [storks]


# ---------------------------------------------------------------- one text's handout


def test_a_text_handout_keeps_its_edits_with_the_text(
    store: Database, cache: AnalysisCache
) -> None:
    storks, harbour = two_texts(store)
    assert kept_text_handout(store, [harbour]) is None
    found = prepare_text_handout(store, [harbour], cache, Glosser(None), level="B1", limit=None)
    assert found.words[0].start >= 0  # where it stands, for the glossed text
    owner = GlossaryOwner("text", harbour)
    store.handouts.edit_prepared_word(owner, "chalutier", translation="trawler")
    store.handouts.edit_prepared_word(owner, "pêcheur", left_out=True)
    store.handouts.remove_prepared_words(owner, ["mouette"])

    kept = kept_text_handout(store, [harbour])
    assert kept is not None and kept.title == "Le port" and kept.level == "B1"
    words = {item.word.lemma: item for item in kept.words}
    assert words["chalutier"].word.translation == "trawler" and words["chalutier"].start >= 0
    assert words["pêcheur"].word.left_out and "mouette" not in words
    assert "pêcheur" not in {item.word.lemma for item in without_left_out(kept).words}

    # Another level: the typed word stays (with its place in the text); the removed one may
    # be found again, the unticked one stays unticked.
    again = prepare_text_handout(store, [harbour], cache, Glosser(None), level="A2", limit=None)
    words = {item.word.lemma: item for item in again.words}
    assert words["chalutier"].word.translation == "trawler" and words["chalutier"].start >= 0
    assert words["pêcheur"].word.left_out and "mouette" in words
    assert (
        store.handouts.text_handout(harbour) is not None
        and store.handouts.text_handout(harbour)[0] == "A2"
    )

    # A list holding the text starts from the translations typed in the text's handout.
    created = store.lists.create_list("Semaine 2", text_ids=[storks, harbour])
    prepare_glossary(store, created.id, cache, Glosser(None), level="B1", limit=None)
    listed = words_of(store, created.id)
    assert listed["chalutier"].translation == "trawler" and listed["chalutier"].edited
    assert not listed["pêcheur"].left_out  # unticking is per handout


# ---------------------------------------------------------------- the list file, the student


def test_the_teachers_edits_travel_in_the_list_file(
    store: Database, semaine: int, tmp_path: Path
) -> None:
    owner = GlossaryOwner("list", semaine)
    store.handouts.edit_prepared_word(owner, "mairie", translation="town hall")
    store.handouts.edit_prepared_word(owner, "cigogne", left_out=True)
    path = export_list(store, semaine, tmp_path / "semaine-1.zip")
    with zipfile.ZipFile(path) as archive:
        glossary = json.loads(archive.read("glossary.json"))
    assert {"lemma": "mairie", "translation": "town hall", "edited": True}.items() <= next(
        word for word in glossary if word["lemma"] == "mairie"
    ).items()
    assert "cigogne" not in [word["lemma"] for word in glossary]

    with open_store(tmp_path / "elsewhere" / "glossary.sqlite3") as other:
        imported = import_list(other, path).reading_list
        assert imported.imported is not None
        words = words_of(other, imported.id)
        assert words["mairie"].translation == "town hall" and words["mairie"].edited
        assert "cigogne" not in words
    assert store.lists.reading_list(semaine).imported is None  # the teacher's own list


def test_the_students_card_and_glossary_get_the_teachers_words(
    store: Database, semaine: int, tmp_path: Path
) -> None:
    store.handouts.edit_prepared_word(
        GlossaryOwner("list", semaine), "mairie", translation="town hall"
    )
    store.handouts.edit_prepared_word(GlossaryOwner("list", semaine), "symbole", left_out=True)
    path = export_list(store, semaine, tmp_path / "semaine-1.zip")
    assert store.handouts.teacher_words() == []  # a teacher's own lists are not "the teacher's"
    with open_store(tmp_path / "student" / "glossary.sqlite3") as student:
        list_id = import_list(student, path).reading_list.id
        teacher = by_lemma(student.handouts.teacher_words())
        assert "symbole" not in teacher and teacher["mairie"][0].list_title == "Semaine 1"
        assert [t.word.lemma for t in student.handouts.teacher_words("Mairie")] == ["mairie"]
        first = Glosser(student).translations("mairie", "mairies", "NOUN")[0]
        assert (first.senses, first.source, first.origin) == (
            ("town hall",),
            TranslationSource.TEACHER,
            "Semaine 1",
        )
        # One word: saved with the teacher's translation, sentence and the list as a tag.
        [entry] = adopt_list_words(student, list_id, ["mairie"])
        assert (entry.lemma, entry.translation, entry.tags) == (
            "mairie",
            "town hall",
            ("Semaine 1",),
        )
        assert "mairies" in entry.contexts[0].sentence
        assert entry.contexts[0].source_title == "Les cigognes"
        # All at once: a word the learner translated keeps the learner's translation.
        student.glossary.save(EntryDraft("nid", "nid", translation="my nest"))
        saved = {e.lemma: e for e in adopt_list_words(student, list_id)}
        assert saved.keys() == set(teacher)
        assert saved["nid"].translation == "my nest" and saved["nid"].tags == ("Semaine 1",)
        mine = Glosser(student).translations("nid", "nids", "NOUN")
        assert [t.source for t in mine[:2]] == [
            TranslationSource.GLOSSARY,
            TranslationSource.TEACHER,
        ]


def test_teacher_translations_one_per_list_and_never_blank(store: Database) -> None:
    words = [
        TeacherWord(1, "Semaine 1", ListWord("nids", "nid", translation="nest")),
        TeacherWord(1, "Semaine 1", ListWord("nid", "nid", translation="nest again")),
        TeacherWord(2, "Semaine 2", ListWord("nid", "nid")),
        TeacherWord(3, "Semaine 3", ListWord("nid", "nid", translation="den")),
    ]
    found = teacher_translations(words)
    assert [(t.senses, t.origin) for t in found] == [
        (("nest",), "Semaine 1"),
        (("den",), "Semaine 3"),
    ]
