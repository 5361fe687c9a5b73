"""The library: importing real files, duplicates, search, sort, tags, rename, delete with undo,
the last position, and what the library view shows of difficulty and known words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.analysis.difficulty import WordCounts
from reader.core.errors import InputError, StoreError
from reader.core.library.texts import (
    Outcome,
    SortKey,
    check_language,
    find_text,
    import_or_find,
    import_text,
    import_texts,
    library_rows,
    open_text,
    row_data,
    tag_text,
)
from reader.core.models import Status
from reader.core.store import Database
from tests.core.learning_helpers import FixedClock
from tests.core.library_helpers import HARBOUR, STORKS, add_text, open_store, record_counts
from tests.core.sample_files import PARAGRAPHS, boilerplate_page, chapter_body, make_epub


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[Database]:
    with open_store(tmp_path / "glossary.sqlite3", clock) as opened:
        yield opened


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- importing


def test_import_keeps_metadata_body_and_pages(store: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "cigognes.html", boilerplate_page())
    result = import_text(store, path, tags=["Alsace"])
    record = result.record
    assert result.outcome is Outcome.ADDED
    assert (record.title, record.author) == ("Le retour des cigognes en Alsace", "Marie Dupont")
    assert (record.source_format, record.source_path) == ("html", str(path))
    assert record.tags == ("Alsace",)
    body = store.library.text_body(record.id)
    assert "Publicité" not in body and PARAGRAPHS[0] in body
    assert record.length == len(body) and record.word_count > 50
    assert record.page_count == 1 and record.position == 0 and record.deleted is None
    [state] = store.library.pages(record.id)
    assert (state.page.start, state.page.end) == (0, len(body))
    assert state.analysis is None and state.counts is None


def test_epub_chapters_are_kept(store: Database, tmp_path: Path) -> None:
    long_body = chapter_body("Un", PARAGRAPHS * 120)
    path = make_epub(tmp_path / "contes.epub", [("Un", long_body), ("Deux", chapter_body("Deux"))])
    record = import_text(store, path).record
    assert record.author == "Marie Dupont"
    assert [chapter.title for chapter in record.chapters] == ["Un", "Deux"]
    pages = [state.page for state in store.library.pages(record.id)]
    assert {page.chapter for page in pages} == {0, 1}
    assert pages[-1].chapter == 1 and pages[-1].start >= record.chapters[1].start


def test_the_same_text_twice_is_a_duplicate(store: Database, tmp_path: Path) -> None:
    first = import_text(store, write(tmp_path / "a.txt", "\n\n".join(STORKS)))
    # Saved again with Windows line ends and a no-break space: the same text.
    again = write(tmp_path / "b.txt", "\r\n\r\n".join(STORKS).replace(" les ", "\u00a0les ", 1))
    second = import_text(store, again)
    assert second.outcome is Outcome.DUPLICATE
    assert second.record.id == first.record.id
    assert len(store.library.texts()) == 1


def test_a_broken_file_stores_nothing_and_the_others_still_come_in(
    store: Database, tmp_path: Path
) -> None:
    good = write(tmp_path / "bon.txt", "\n\n".join(STORKS))
    broken = tmp_path / "abîmé.epub"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(InputError):
        import_text(store, broken)
    assert store.library.texts(include_deleted=True) == []
    reports: list[tuple[int, int]] = []
    done, failed = import_texts(store, [broken, good], report=lambda d, t: reports.append((d, t)))
    assert [result.record.title for result in done] == [STORKS[0][:119].rstrip() + "…"]
    assert [failure.path for failure in failed] == [broken]
    assert reports == [(1, 2), (2, 2)]


def test_an_english_text_is_imported_with_a_warning(store: Database, tmp_path: Path) -> None:
    english = "The storks come back to Alsace every spring after a long journey. " * 8
    result = import_text(store, write(tmp_path / "english.txt", english))
    assert result.warnings and "French" in result.warnings[0]
    assert row_data(library_rows(store)[0])["warnings"] == list(result.warnings)


def test_a_text_opened_before_its_language_check_gets_the_same_warning_after(
    store: Database, tmp_path: Path
) -> None:
    """The window opens a file at once and checks its language once it is on screen."""
    english = "The storks come back to Alsace every spring after a long journey. " * 8
    path = write(tmp_path / "english.txt", english)
    opened = import_or_find(store, path, check_language=False)
    assert opened.warnings == ()
    assert store.library.text(opened.record.id).language_warning == ""
    warning = check_language(store, opened.record.id)
    assert warning is not None and "English" in warning
    assert store.library.text(opened.record.id).language_warning == warning
    assert row_data(library_rows(store)[0])["warnings"] == [warning]
    french = import_or_find(
        store, write(tmp_path / "fr.txt", "\n\n".join(PARAGRAPHS)), check_language=False
    )
    assert check_language(store, french.record.id) is None
    assert store.library.text(french.record.id).language_warning == ""


# ---------------------------------------------------------------- listing, search, sort, tags


def test_search_ignores_accents_and_case_and_looks_at_tags(
    store: Database, clock: FixedClock
) -> None:
    storks = add_text(store, STORKS, title="Les Cigognes d'Été", author="Marie Dupont").record
    clock.advance(minutes=1)
    harbour = add_text(store, HARBOUR, title="Le port", name="port-breton.txt").record
    store.library.set_text_tags(harbour.id, ["mer", "Bretagne"])
    titles = [row.record.title for row in library_rows(store, search="cigognes d'ete")]
    assert titles == ["Les Cigognes d'Été"]
    assert [r.record.id for r in library_rows(store, search="bretagne")] == [harbour.id]
    assert [r.record.id for r in library_rows(store, search="DUPONT")] == [storks.id]
    assert [r.record.id for r in library_rows(store, search="port-breton")] == [harbour.id]
    assert [r.record.id for r in library_rows(store, search="100%_")] == []
    assert [r.record.id for r in library_rows(store, tag="MER")] == [harbour.id]
    assert store.library.text_tags() == ["Bretagne", "mer"]


def test_sorting(store: Database, clock: FixedClock) -> None:
    short = add_text(store, STORKS[:1], title="B court").record
    clock.advance(minutes=1)
    long = add_text(store, STORKS + HARBOUR, title="a long").record
    assert [r.record.id for r in library_rows(store)] == [long.id, short.id]  # newest first
    assert [r.record.id for r in library_rows(store, sort=SortKey.TITLE)] == [long.id, short.id]
    assert [r.record.id for r in library_rows(store, sort="words")] == [short.id, long.id]
    by_words = library_rows(store, sort=SortKey.WORDS, descending=True)
    assert [r.record.id for r in by_words] == [long.id, short.id]
    store.library.set_position(short.id, 10_000)
    assert [r.record.id for r in library_rows(store, sort="progress")] == [short.id, long.id]


def test_tags_are_added_and_removed_case_insensitively(store: Database) -> None:
    text_id = add_text(store, STORKS).record.id
    tag_text(store, text_id, add=["Alsace", " oiseaux  du ciel ", "alsace"])
    assert store.library.text(text_id).tags == ("Alsace", "oiseaux du ciel")
    record = tag_text(store, text_id, add=["B1"], remove=["ALSACE"])
    assert record.tags == ("B1", "oiseaux du ciel")


def test_rename(store: Database) -> None:
    text_id = add_text(store, STORKS).record.id
    assert store.library.rename_text(text_id, "  Les   cigognes ").title == "Les cigognes"
    assert [row.record.id for row in library_rows(store, search="cigognes")] == [text_id]
    with pytest.raises(InputError, match="blank"):
        store.library.rename_text(text_id, "   ")
    with pytest.raises(StoreError, match="No text with id 99"):
        store.library.rename_text(99, "x")


def test_find_text_by_number_or_title(store: Database) -> None:
    storks = add_text(store, STORKS, title="Les cigognes").record
    add_text(store, HARBOUR, title="Le port des cigognes")
    assert find_text(store, str(storks.id)).id == storks.id
    assert find_text(store, "les CIGOGNES").id == storks.id
    with pytest.raises(InputError, match="Several texts"):
        find_text(store, "cigognes")
    with pytest.raises(InputError, match="No text"):
        find_text(store, "baleines")


# ---------------------------------------------------------------- delete, undo, position


def test_delete_goes_to_the_bin_and_restore_undoes_it(store: Database) -> None:
    text_id = add_text(store, STORKS).record.id
    store.library.set_text_tags(text_id, ["Alsace"])
    store.library.set_position(text_id, 40)
    deleted = store.library.delete_text(text_id)
    assert deleted.deleted is not None
    assert library_rows(store) == [] and store.library.texts() == []
    assert [r.record.id for r in library_rows(store, include_deleted=True)] == [text_id]
    with pytest.raises(InputError, match="in the bin"):
        open_text(store, text_id)
    restored = store.library.restore_text(text_id)
    assert restored.deleted is None
    assert (restored.tags, restored.position) == (("Alsace",), 40)


def test_importing_a_text_in_the_bin_brings_it_back(store: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "\n\n".join(STORKS))
    text_id = import_text(store, path).record.id
    store.library.set_position(text_id, 25)
    store.library.delete_text(text_id)
    again = import_text(store, path)
    assert again.outcome is Outcome.RESTORED
    assert (again.record.id, again.record.position) == (text_id, 25)


def test_purge_removes_texts_in_the_bin_for_good(store: Database) -> None:
    kept = add_text(store, STORKS).record.id
    gone = add_text(store, HARBOUR).record.id
    record_counts(store, gone, WordCounts(10, 8, 1, 0, 1, 12), {"pêcheur": 1})
    store.library.delete_text(gone)
    assert store.library.purge_deleted() == 1
    assert [record.id for record in store.library.texts(include_deleted=True)] == [kept]
    with pytest.raises(StoreError):
        store.library.text_body(gone)
    assert store.library.coverage([gone]) == {}


def test_reopening_returns_to_the_last_position(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "glossary.sqlite3"
    with open_store(path, clock) as store:
        text_id = add_text(store, STORKS * 3).record.id
        opened = open_text(store, text_id)
        assert opened.page.number == 0 and opened.record.opened is not None
        store.library.set_position(text_id, 300)
    with open_store(path, clock) as store:
        opened = open_text(store, text_id)
        assert opened.record.position == 300
        assert opened.page.start <= 300 < opened.page.end or opened.page == opened.pages[-1]
        store.library.set_position(text_id, 10**9)  # clamped to the end
        record = store.library.text(text_id)
        assert record.position == record.length and record.progress == 1.0


# ---------------------------------------------------------------- difficulty and known words


def test_rows_show_level_and_known_share_from_the_analysed_pages(store: Database) -> None:
    text_id = add_text(store, STORKS).record.id
    [row] = library_rows(store)
    assert (row.difficulty, row.known_share, row.analysed_pages) == (None, None, 0)
    counts = WordCounts(words=20, frequent=18, uncommon=1, rare=0, sentences=2, sentence_words=22)
    record_counts(store, text_id, counts, {"cigogne": 4, "revenir": 2, "alsace": 4, "nid": 10})
    store.learning.set_status(["nid"], Status.KNOWN)
    store.learning.set_status(["alsace"], Status.IGNORED)
    [row] = library_rows(store)
    assert row.difficulty is not None and row.difficulty.level == "A2"
    assert row.is_fully_analysed and row.analysed_pages == 1
    assert row.coverage is not None
    assert (row.coverage.words, row.coverage.known_words, row.coverage.ignored_words) == (20, 10, 4)
    assert row.known_share == pytest.approx(10 / 16)
    assert row.coverage.unknown_lemma_share == pytest.approx(2 / 4)
    data = row_data(row)
    assert data["level"] == "A2" and data["known_share"] == 0.625
    assert "most frequent" in data["explanation"]


def test_a_new_analysis_of_a_page_replaces_the_old_counts(store: Database) -> None:
    text_id = add_text(store, STORKS).record.id
    record_counts(store, text_id, WordCounts(5, 5, 0, 0, 1, 5), {"chat": 5})
    record_counts(store, text_id, WordCounts(3, 3, 0, 0, 1, 3), {"chien": 3})
    coverage = store.library.coverage([text_id])[text_id]
    assert (coverage.words, coverage.lemmas) == (3, 1)
    assert store.library.text_counts([text_id])[text_id] == (WordCounts(3, 3, 0, 0, 1, 3), 1)
