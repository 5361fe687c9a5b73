"""The library's jobs in the worker process (spaCy lives there): a book page's analysis, a
book analysed a few pages at a time, and teachers' handouts. Plain functions, no Qt.

Each job opens a Database of its own in the data folder: a connection belongs to the thread
(here, the process) that opened it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import Cancelled
from reader.worker.context import JobContext
from reader.worker.jobs import load_pipeline

if TYPE_CHECKING:
    from reader.core.models import Analysis
    from reader.core.teaching import Handout

PAGES_PER_CHUNK = 3  # a few seconds of work: card translations and page turns slip in between


class _ChunkCancel(threading.Event):
    """Set when the window cancelled the job, or once a chunk's pages are done."""

    def __init__(self, window_cancel: threading.Event) -> None:
        super().__init__()
        self.window_cancel = window_cancel
        self.done = 0
        self.total = 0

    def is_set(self) -> bool:
        return self.window_cancel.is_set() or self.done >= PAGES_PER_CHUNK


def open_book_page(context: JobContext, data_dir: Path, text_id: int, number: int) -> Analysis:
    """The analysis of the page on screen (offsets from the page's start), cached."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.analysis import AnalysisCache
    from reader.core.library import open_page
    from reader.core.paths import cache_dir
    from reader.core.store import Database

    load_pipeline()
    with Database.open_in(data_dir) as store:
        cache = AnalysisCache(cache_dir(data_dir))
        return open_page(store, text_id, number, cache, cancel=context.cancel).analysis


def analyse_book_chunk(
    context: JobContext, data_dir: Path, text_id: int, start_at: int
) -> tuple[int, int]:
    """Analyse up to PAGES_PER_CHUNK pending pages; returns (pages done, pages still pending).
    The window sends the next chunk when this one is done."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.library import analyse_book_in

    cancel = _ChunkCancel(context.cancel)

    def report(done: int, total: int) -> None:
        cancel.done, cancel.total = done, total

    load_pipeline()
    try:
        done = analyse_book_in(data_dir, text_id, start_at=start_at, report=report, cancel=cancel)
    except Cancelled:
        if cancel.window_cancel.is_set():
            raise
        return cancel.done, cancel.total - cancel.done
    return done, 0


def text_handout(
    context: JobContext,
    data_dir: Path,
    text_ids: tuple[int, ...],
    title: str,
    level: str,
    limit: int | None,
    exclude: tuple[str, ...] = (),
    part: str = "",
) -> Handout:
    """A handout of library texts (pages analysed now if need be; part: only these chapters
    or pages, as stored: "chapters:1-2"), merged with the teacher's edits kept for each text,
    and kept again with them (prepared.prepare_text_handout)."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.analysis import AnalysisCache
    from reader.core.lookup import learner_glosser
    from reader.core.paths import cache_dir
    from reader.core.store import Database, TextRange
    from reader.core.teaching import prepare_text_handout

    load_pipeline()
    with Database.open_in(data_dir) as store:
        return prepare_text_handout(
            store,
            list(text_ids),
            AnalysisCache(cache_dir(data_dir)),
            learner_glosser(store),
            title=title,
            level=level,
            limit=limit,
            exclude=exclude,
            cancel=context.cancel,
            part=TextRange.from_stored(part),
        )


def list_handout(
    context: JobContext,
    data_dir: Path,
    list_id: int,
    level: str,
    limit: int | None,
    exclude: tuple[str, ...] = (),
) -> Handout:
    """Prepare a reading list's glossary, with the teacher's earlier edits (kept with the
    list, so its file carries it), and return it as a handout, unticked words too."""
    # In the worker process only: the window imports this module just to name its jobs.
    from reader.core.analysis import AnalysisCache
    from reader.core.lookup import learner_glosser
    from reader.core.paths import cache_dir
    from reader.core.store import Database
    from reader.core.teaching import prepare_glossary

    load_pipeline()
    with Database.open_in(data_dir) as store:
        return prepare_glossary(
            store,
            list_id,
            AnalysisCache(cache_dir(data_dir)),
            learner_glosser(store),
            level=level,
            limit=limit,
            exclude=exclude,
            cancel=context.cancel,
        )
