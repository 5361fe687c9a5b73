"""The library: importing files as texts (the same text twice is found by its fingerprint),
listing them with length, difficulty, known share and progress, search, sort and tags,
opening a text at its last position, and what the library view and `library list` show.

Renaming, tagging, deleting (to the bin) and restoring are the database's own calls:
db.library.rename_text, set_text_tags, delete_text and restore_text (the undo).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from reader.core.analysis.difficulty import Difficulty, estimate_difficulty
from reader.core.errors import InputError
from reader.core.importers import ImportedText, import_file
from reader.core.library.pages import page_at, reading_position, split_pages
from reader.core.progress import Report, check_cancelled, report_progress
from reader.core.store import Database, LemmaCoverage, Page, ReadingList, TextRecord, clean_tags


class Outcome(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"  # the same text was in the library already: nothing changed
    RESTORED = "restored"  # the same text was in the bin: it is back


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    record: TextRecord
    outcome: Outcome
    warnings: tuple[str, ...]  # the language check's and the importer's, for the user


@dataclass(frozen=True, slots=True)
class ImportFailure:
    path: Path
    message: str


@dataclass(frozen=True, slots=True)
class LibraryRow:
    """One line of the library view."""

    record: TextRecord
    difficulty: Difficulty | None  # None until a page is analysed
    analysed_pages: int
    coverage: LemmaCoverage | None  # None until a page is analysed

    @property
    def known_share(self) -> float | None:
        return None if self.coverage is None else self.coverage.known_share

    @property
    def is_fully_analysed(self) -> bool:
        return self.analysed_pages >= self.record.page_count


@dataclass(frozen=True, slots=True)
class OpenedText:
    """A text ready to read: its pages and the page of the last position."""

    record: TextRecord
    pages: tuple[Page, ...]
    page: Page


class SortKey(StrEnum):
    ADDED = "added"
    OPENED = "opened"
    TITLE = "title"
    AUTHOR = "author"
    WORDS = "words"
    LEVEL = "level"
    KNOWN = "known"
    PROGRESS = "progress"


# ---------------------------------------------------------------- importing


def add_imported(
    store: Database, imported: ImportedText, *, tags: Sequence[str] = ()
) -> ImportOutcome:
    """Cut an imported text into pages and store it, unless the library has it already."""
    pages = split_pages(imported.text, imported.chapters)
    record, outcome = store.library.add_text(imported, pages, tags)
    warnings = (imported.language_warning or "", *imported.warnings)
    return ImportOutcome(record, Outcome(outcome), tuple(w for w in warnings if w))


def import_text(
    store: Database,
    path: Path,
    *,
    tags: Sequence[str] = (),
    report: Report | None = None,
    cancel: threading.Event | None = None,
    check_language: bool = True,
) -> ImportOutcome:
    """Import one file into the library; InputError (nothing stored) if it cannot be read.
    check_language=False: the caller runs check_language(store, text_id) afterwards."""
    imported = import_file(Path(path), report=report, cancel=cancel, check_language=check_language)
    check_cancelled(cancel)
    return add_imported(store, imported, tags=tags)


def import_texts(
    store: Database,
    paths: Iterable[Path],
    *,
    tags: Sequence[str] = (),
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> tuple[list[ImportOutcome], list[ImportFailure]]:
    """Import several files: a file that fails is reported and the others still come in."""
    files = list(paths)
    done: list[ImportOutcome] = []
    failed: list[ImportFailure] = []
    for number, path in enumerate(files, start=1):
        check_cancelled(cancel)
        try:
            done.append(import_text(store, path, tags=tags, cancel=cancel))
        except InputError as error:
            failed.append(ImportFailure(path, str(error)))
        report_progress(report, number, len(files))
    return done, failed


# ---------------------------------------------------------------- listing


def library_rows(
    store: Database,
    *,
    search: str = "",
    tag: str | None = None,
    sort: SortKey | str = SortKey.ADDED,
    descending: bool | None = None,
    include_deleted: bool = False,
) -> list[LibraryRow]:
    """The library view's rows: filtered by a search (title, author, file name, tags) and a
    tag, sorted (dates, level, known share and progress: highest first unless told)."""
    records = store.library.texts(include_deleted=include_deleted)
    if search.strip():
        wanted = set(store.library.search_texts(search))
        records = [record for record in records if record.id in wanted]
    if tag:
        records = [r for r in records if tag.casefold() in {t.casefold() for t in r.tags}]
    rows = rows_for(store, records)
    key = SortKey(sort)
    if descending is None:
        descending = key in (SortKey.ADDED, SortKey.OPENED, SortKey.KNOWN, SortKey.PROGRESS)
    return sorted(rows, key=lambda row: _sort_value(row, key), reverse=descending)


def rows_for(store: Database, records: Sequence[TextRecord]) -> list[LibraryRow]:
    """Rows for these texts: two queries, however many texts."""
    ids = [record.id for record in records]
    counts = store.library.text_counts(ids)
    coverage = store.library.coverage(ids)
    rows = []
    for record in records:
        summed, analysed = counts.get(record.id, (None, 0))
        difficulty = None
        if summed is not None and summed.words:
            difficulty = estimate_difficulty(summed)
        rows.append(LibraryRow(record, difficulty, analysed, coverage.get(record.id)))
    return rows


def _sort_value(row: LibraryRow, key: SortKey) -> tuple[Any, ...]:
    record = row.record
    values: dict[SortKey, Any] = {
        SortKey.ADDED: record.added,
        SortKey.OPENED: record.opened or "",
        SortKey.TITLE: record.title.casefold(),
        SortKey.AUTHOR: record.author.casefold(),
        SortKey.WORDS: record.word_count,
        SortKey.LEVEL: row.difficulty.score if row.difficulty else -1.0,
        SortKey.KNOWN: -1.0 if row.known_share is None else row.known_share,
        SortKey.PROGRESS: record.progress,
    }
    return (values[key], record.title.casefold(), record.id)


def row_data(row: LibraryRow) -> dict[str, Any]:
    """A row as plain JSON data: `library list --json`."""
    record = row.record
    difficulty = row.difficulty
    return {
        "id": record.id,
        "title": record.title,
        "author": record.author,
        "words": record.word_count,
        "pages": record.page_count,
        "analysed_pages": row.analysed_pages,
        "level": difficulty.level if difficulty else None,
        "score": difficulty.score if difficulty else None,
        "explanation": difficulty.explanation if difficulty else None,
        "known_share": None if row.known_share is None else round(row.known_share, 4),
        "progress": round(record.progress, 4),
        "position": record.position,
        "tags": list(record.tags),
        "source_format": record.source_format,
        "source_path": record.source_path,
        "added": record.added,
        "opened": record.opened,
        "deleted": record.deleted,
        "warnings": [w for w in (record.language_warning, *record.warnings) if w],
    }


# ---------------------------------------------------------------- tags, opening, position


def tag_text(
    store: Database, text_id: int, *, add: Sequence[str] = (), remove: Sequence[str] = ()
) -> TextRecord:
    """Add and remove tags (case-insensitive), keeping the others."""
    removed = {tag.casefold() for tag in clean_tags(remove)}
    kept = [tag for tag in store.library.text(text_id).tags if tag.casefold() not in removed]
    return store.library.set_text_tags(text_id, [*kept, *clean_tags(add)])


def open_text(store: Database, text_id: int) -> OpenedText:
    """A text from the library at its last position (and now marked as opened)."""
    record = store.library.text(text_id)
    if record.deleted is not None:
        raise InputError(f"«{record.title}» is in the bin: restore it to read it.")
    pages = tuple(state.page for state in store.library.pages(text_id))
    store.library.set_position(text_id, record.position)
    return OpenedText(store.library.text(text_id), pages, page_at(pages, record.position))


def import_or_find(
    store: Database,
    path: Path,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    check_language: bool = True,
) -> ImportOutcome:
    """A file to read now: imported (the same text again is found by its fingerprint), or,
    when the file is gone or unreadable, the library's text imported from it before."""
    try:
        return import_text(store, path, report=report, cancel=cancel, check_language=check_language)
    except InputError:
        found = text_of_file(store, path)
        if found is None:
            raise
        return ImportOutcome(found, Outcome.DUPLICATE, ())


def check_language(store: Database, text_id: int) -> str | None:
    """The language check of a text imported without it (import_or_find's check_language):
    its warning, kept with the text as an import's would be, or None when it reads as French."""
    # Here, not with the module: wordfreq takes ~0.6 s to load (issue 14).
    from reader.core.importers.language import language_warning

    warning = language_warning(store.library.text_body(text_id))
    store.library.set_language_warning(text_id, warning or "")
    return warning


def text_of_file(store: Database, path: Path) -> TextRecord | None:
    """The most recent library text imported from this file (not in the bin), if any."""
    wanted = str(path)
    found = [record for record in store.library.texts() if record.source_path == wanted]
    return max(found, key=lambda record: record.id) if found else None


def place_at_sentence(store: Database, text_id: int, sentence: str) -> int | None:
    """Move a text's reading position to the page holding a sentence (spaces may differ, as
    a saved context keeps them collapsed); returns the sentence's offset, None if absent."""
    words = sentence.split()
    if not words:
        return None
    body = store.library.text_body(text_id)
    found = re.search(r"\s+".join(re.escape(word) for word in words), body)
    if found is None:
        return None
    pages = [state.page for state in store.library.pages(text_id)]
    page = page_at(pages, found.start())
    store.library.set_position(text_id, reading_position(page), opened=False)
    return found.start()


def find_text(store: Database, reference: str) -> TextRecord:
    """A text by id, or by its title: how the command line names texts."""
    if reference.strip().isdigit():
        return store.library.text(int(reference))
    return pick_by_title(store.library.texts(), reference, "text in the library", "texts")


Titled = TypeVar("Titled", TextRecord, ReadingList)


def pick_by_title(candidates: Sequence[Titled], reference: str, one: str, many: str) -> Titled:
    """The one candidate titled reference (case-insensitive), else the only one containing it."""
    folded = reference.casefold().strip()
    exact = [c for c in candidates if c.title.casefold() == folded]
    found = exact or [c for c in candidates if folded in c.title.casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise InputError(f"No {one} is called «{reference}».")
    names = ", ".join(f"{c.id} «{c.title}»" for c in found[:5])
    raise InputError(f"Several {many} match «{reference}»: {names}. Give its number.")
