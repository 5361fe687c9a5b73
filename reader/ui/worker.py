"""The code that runs inside the analysis worker process: no Qt, plain messages in and out.

tasks.TaskRunner starts this process and owns it; nothing else talks to it.
Messages from the window (requests queue):
    ("warm", job)            load the French model now
    ("analyse", job, text, cache_folder)   analyse a text (or read it from the cache folder)
    ("cancel", job)          forget a job that has not started yet
    ("stop",)                leave the loop
Messages back (results queue):
    ("progress", job, done, total)
    ("part", job, field, items)   a slice of a big Analysis (see below)
    ("done", job, result)
    ("failed", job, is_user_error, message, details)
A running analysis is cancelled through `running_cancel`, a shared integer the window sets
to the job's number: the core checks it between paragraphs, so the work really stops.

A big Analysis is sent in slices: unpickling 100,000 tokens in one piece holds the GIL of the
window's process for ~150 ms, a visible freeze; slices of a few thousand keep each under 10 ms.
"""

from __future__ import annotations

import queue
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
    try:
        result = _run(kind, job, message[2:], results, running_cancel)
    except Exception as error:
        results.put(("failed", job, _is_user_error(error), str(error), traceback.format_exc()))
    else:
        if isinstance(result, Analysis):
            result = _send_in_slices(result, job, results)
        results.put(("done", job, result))


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


def _run(
    kind: str, job: int, args: tuple[Any, ...], results: Queue[Message], shared: Synchronized[int]
) -> Any:
    # Imported here so that starting the process costs nothing until the first request.
    from reader.core.analysis_cache import AnalysisCache, analyse_cached
    from reader.core.pipeline import load_pipeline

    # spaCy's default batch of 1,000 paragraphs would delay the first progress report and
    # every cancel check until the whole batch is parsed; 8 costs no speed on articles.
    load_pipeline().batch_size = PARAGRAPHS_PER_BATCH
    if kind == "warm":
        return None
    if kind == "analyse":

        def report(done: int, total: int) -> None:
            results.put(("progress", job, done, total))

        text, cache_folder = args
        cache = AnalysisCache(Path(cache_folder)) if cache_folder else None
        cancel = JobCancel(shared, job)
        return analyse_cached(text, cache, report=report, cancel=cancel)  # type: ignore[arg-type]
    raise ValueError(f"unknown request {kind!r}")


def _is_user_error(error: Exception) -> bool:
    from reader.core.errors import ReaderError

    return isinstance(error, ReaderError)
