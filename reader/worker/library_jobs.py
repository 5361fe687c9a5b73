"""The library's jobs in the worker process (spaCy lives there): a book page's analysis, a
book analysed a few pages at a time, and teachers' handouts. Plain functions, no Qt.

Each job opens a store of its own in the data folder: a store belongs to the thread (here,
the process) that opened it.
"""

from __future__ import annotations

from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

from reader.worker.process import JobCancel, Message

PAGES_PER_CHUNK = 3  # a few seconds of work: card translations and page turns slip in between


class _ChunkCancel(JobCancel):
    """Set when the window cancelled the job, or once a chunk's pages are done."""

    def __init__(self, shared: Synchronized[int], job: int) -> None:
        super().__init__(shared, job)
        self.done = 0
        self.total = 0

    def is_set(self) -> bool:
        return super().is_set() or self.done >= PAGES_PER_CHUNK


def _pipeline() -> None:
    from reader.worker.process import _pipeline as load

    load()


def open_book_page(
    job: int,
    data_dir: str,
    text_id: int,
    number: int,
    *,
    results: Queue[Message],
    shared: Synchronized[int],
) -> Any:
    """The analysis of the page on screen (offsets from the page's start), cached."""
    from reader.core.analysis.cache import AnalysisCache
    from reader.core.library.pages import open_page
    from reader.core.paths import cache_dir
    from reader.core.store import Database

    _pipeline()
    with Database.open_in(Path(data_dir)) as store:
        cache = AnalysisCache(cache_dir(Path(data_dir)))
        cancel = JobCancel(shared, job)
        return open_page(store, text_id, number, cache, cancel=cancel).analysis  # type: ignore[arg-type]


def analyse_book_chunk(
    job: int,
    data_dir: str,
    text_id: int,
    start_at: int,
    *,
    results: Queue[Message],
    shared: Synchronized[int],
) -> tuple[int, int]:
    """Analyse up to PAGES_PER_CHUNK pending pages; returns (pages done, pages still pending).
    The window sends the next chunk when this one is done."""
    from reader.core.errors import Cancelled
    from reader.core.library.pages import analyse_book_in

    cancel = _ChunkCancel(shared, job)

    def report(done: int, total: int) -> None:
        cancel.done, cancel.total = done, total

    _pipeline()
    try:
        done = analyse_book_in(
            Path(data_dir),
            text_id,
            start_at=start_at,
            report=report,
            cancel=cancel,  # type: ignore[arg-type]
        )
    except Cancelled:
        if JobCancel.is_set(cancel):
            raise
        return cancel.done, cancel.total - cancel.done
    return done, 0


def text_handout(
    job: int,
    data_dir: str,
    text_ids: tuple[int, ...],
    title: str,
    level: str,
    limit: int | None,
    *,
    results: Queue[Message],
    shared: Synchronized[int],
) -> Any:
    """A handout of library texts (pages analysed now if need be), merged with the teacher's
    edits kept for each text, and kept again with them (prepared.prepare_text_handout)."""
    from reader.core.analysis.cache import AnalysisCache
    from reader.core.lookup.gloss import learner_glosser
    from reader.core.paths import cache_dir
    from reader.core.store import Database
    from reader.core.teaching.prepared import prepare_text_handout as make

    _pipeline()
    with Database.open_in(Path(data_dir)) as store:
        cache = AnalysisCache(cache_dir(Path(data_dir)))
        return make(
            store,
            list(text_ids),
            cache,
            learner_glosser(store),
            title=title,
            level=level,
            limit=limit,
            cancel=JobCancel(shared, job),  # type: ignore[arg-type]
        )


def list_handout(
    job: int,
    data_dir: str,
    list_id: int,
    level: str,
    limit: int | None,
    *,
    results: Queue[Message],
    shared: Synchronized[int],
) -> Any:
    """Prepare a reading list's glossary, with the teacher's earlier edits (kept with the
    list, so its file carries it), and return it as a handout, unticked words too."""
    from reader.core.analysis.cache import AnalysisCache
    from reader.core.lookup.gloss import learner_glosser
    from reader.core.paths import cache_dir
    from reader.core.store import Database
    from reader.core.teaching.reading_lists import prepare_glossary

    _pipeline()
    with Database.open_in(Path(data_dir)) as store:
        cache = AnalysisCache(cache_dir(Path(data_dir)))
        return prepare_glossary(
            store,
            list_id,
            cache,
            learner_glosser(store),
            level=level,
            limit=limit,
            cancel=JobCancel(shared, job),  # type: ignore[arg-type]
        )


LIBRARY_JOBS: dict[str, Any] = {
    "open_book_page": open_book_page,
    "analyse_book_chunk": analyse_book_chunk,
    "text_handout": text_handout,
    "list_handout": list_handout,
}
