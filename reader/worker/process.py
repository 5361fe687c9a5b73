"""The code that runs inside the analysis worker process: no Qt, plain messages in and out.

tasks.TaskRunner starts this process and owns it; nothing else talks to it.
Messages from the window (requests queue):
    ("warm", job)            load the French model now
    ("analyse", job, text, cache_folder)   analyse a text (or read it from the cache folder)
    ("import_words", job, data_dir, path, tags)   import a word list into the glossary there
    ("translate_sentence", job, ...) and the other jobs of worker_jobs.JOBS: Argos, dictionaries
    ("cancel", job)          forget a job that has not started yet
    ("stop",)                leave the loop
Messages back (results queue):
    ("progress", job, done, total)
    ("part", job, field, items)   a slice of a big Analysis (see below)
    ("done", job, result)
    ("failed", job, is_user_error, message, details)
A running analysis or import is cancelled through `running_cancel`, a shared integer the window sets
to the job's number: the core checks it between paragraphs, so the work really stops.

A big Analysis is sent in slices: unpickling 100,000 tokens in one piece holds the GIL of the
window's process for ~150 ms, a visible freeze; slices of a few thousand keep each under 10 ms.
"""

from __future__ import annotations

import queue
import threading
import traceback
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

from reader.core.models import Analysis

Message = tuple[Any, ...]
ANALYSIS_PARTS = ("sentences", "tokens", "groups")
SLICE = 2_000
PARAGRAPHS_PER_BATCH = 8


class JobCancel:
    """Looks like a threading.Event to the core: set when the window cancelled this job."""

    def __init__(self, shared: Synchronized[int], job: int) -> None:
        self._shared = shared
        self._job = job

    def is_set(self) -> bool:
        return bool(self._shared.value == self._job)


def serve(
    requests: Queue[Message], results: Queue[Message], running_cancel: Synchronized[int]
) -> None:
    """Answer requests one at a time until told to stop (the process's whole life)."""
    pending: list[Message] = []
    while True:
        if not pending:
            pending.append(requests.get())
        pending.extend(_drain(requests))
        cancelled = {m[1] for m in pending if m[0] == "cancel"}
        pending = [m for m in pending if m[0] != "cancel" and (len(m) < 2 or m[1] not in cancelled)]
        if not pending:
            continue
        message = pending.pop(0)
        if message[0] == "stop":
            return
        _answer(message, results, running_cancel)


def _drain(requests: Queue[Message]) -> list[Message]:
    found: list[Message] = []
    while True:
        try:
            found.append(requests.get_nowait())
        except queue.Empty:
            return found


def _answer(message: Message, results: Queue[Message], running_cancel: Synchronized[int]) -> None:
    kind, job = message[0], message[1]
    if kind == "warm":
        # The model loads in a thread of this process, so that an analysis found in the cache
        # is answered at once instead of waiting for spaCy.
        threading.Thread(target=_warm, args=(job, results), daemon=True).start()
        return
    from reader.worker.jobs import JOBS  # translation and dictionaries (imports worker)

    work = JOBS.get(kind) or (_import_words if kind == "import_words" else _analyse)
    try:
        result: Any = work(job, *message[2:], results=results, shared=running_cancel)
    except Exception as error:
        results.put(_failure(job, error))
    else:
        if isinstance(result, Analysis):
            result = _send_in_slices(result, job, results)
        results.put(("done", job, result))


def _warm(job: int, results: Queue[Message]) -> None:
    try:
        _pipeline()
    except Exception as error:
        results.put(_failure(job, error))
    else:
        results.put(("done", job, None))


def _pipeline() -> Any:
    from reader.core.analysis.pipeline import load_pipeline

    nlp = load_pipeline()
    # spaCy's default batch of 1,000 paragraphs would delay the first progress report and
    # every cancel check until the whole batch is parsed; 8 costs no speed on articles.
    nlp.batch_size = PARAGRAPHS_PER_BATCH
    return nlp


def _analyse(
    job: int, text: str, cache_folder: str, *, results: Queue[Message], shared: Synchronized[int]
) -> Analysis:
    from reader.core.analysis.analyser import analyse
    from reader.core.analysis.cache import AnalysisCache

    cache = AnalysisCache(Path(cache_folder)) if cache_folder else None
    cached = cache.get(text) if cache is not None else None
    if cached is not None:
        return cached

    def report(done: int, total: int) -> None:
        results.put(("progress", job, done, total))

    _pipeline()
    analysis = analyse(text, report=report, cancel=JobCancel(shared, job))  # type: ignore[arg-type]
    if cache is not None:
        cache.put(analysis)
    return analysis


def _import_words(
    job: int,
    data_dir: str,
    path: str,
    tags: tuple[str, ...],
    *,
    results: Queue[Message],
    shared: Synchronized[int],
) -> Any:
    """The word list is analysed here, where spaCy is loaded; the store gets a connection of
    its own in this process for the one transaction that saves the words."""
    from reader.core.learning.word_lists import import_words
    from reader.core.store import Database

    def report(done: int, total: int) -> None:
        results.put(("progress", job, done, total))

    _pipeline()
    with Database.open_in(Path(data_dir)) as store:
        cancel = JobCancel(shared, job)
        return import_words(store, Path(path), tags=tags, report=report, cancel=cancel)  # type: ignore[arg-type]


def _failure(job: int, error: Exception) -> Message:
    from reader.core.errors import ReaderError

    return ("failed", job, isinstance(error, ReaderError), str(error), traceback.format_exc())


def _send_in_slices(analysis: Analysis, job: int, results: Queue[Message]) -> AnalysisHeader:
    for name in ANALYSIS_PARTS:
        items: tuple[Any, ...] = getattr(analysis, name)
        for start in range(0, len(items), SLICE):
            results.put(("part", job, name, items[start : start + SLICE]))
    return AnalysisHeader(analysis.text)


@dataclass(frozen=True)
class AnalysisHeader:
    """Stands for an Analysis whose tokens, sentences and groups came before it in slices."""

    text: str


def assemble(header: AnalysisHeader, parts: dict[str, list[Any]]) -> Analysis:
    """Rebuild the Analysis the worker sent in slices (runs in the window's process)."""
    return Analysis(
        header.text,
        tuple(parts.get("sentences", ())),
        tuple(parts.get("tokens", ())),
        tuple(parts.get("groups", ())),
    )
