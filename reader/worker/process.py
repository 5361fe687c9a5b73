"""The worker process's loop: the window's spaCy and Argos work, answered one request at a time.

reader.ui.common.tasks.TaskRunner starts this process and owns it; nothing else talks
to it. The messages are protocol.py's: a Request names a job function (jobs.py,
library_jobs.py) and its arguments; Warm loads the French model; Cancel forgets a job that has
not started yet; Stop leaves the loop. A running job is cancelled through `running_cancel`, a
shared integer the window sets to the job's number: the core checks it between paragraphs, so
the work really stops. No Qt here (an import-linter contract keeps it so).
"""

from __future__ import annotations

import queue
import threading
import traceback
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from typing import Any

from reader.core.errors import ReaderError
from reader.core.models import Analysis
from reader.worker.context import JobContext
from reader.worker.jobs import load_pipeline, settle_after_first_analysis
from reader.worker.protocol import (
    ANALYSIS_PARTS,
    SLICE,
    AnalysisHeader,
    Answer,
    Cancel,
    Done,
    Failed,
    Order,
    Part,
    Request,
    Stop,
    Warm,
)


def serve(
    requests: Queue[Order], results: Queue[Answer], running_cancel: Synchronized[int]
) -> None:
    """Answer requests one at a time until told to stop (the process's whole life)."""
    # Long texts (6,000 words or more): spaCy parses in a child while this process builds the
    # tokens (parse_ahead is stdlib only: spaCy loads with the first job that needs it).
    from reader.core.analysis.parse_ahead import enable

    enable()
    pending: list[Order] = []
    while True:
        if not pending:
            pending.append(requests.get())
        pending.extend(_drain(requests))
        cancelled = {m.job for m in pending if isinstance(m, Cancel)}
        pending = [m for m in pending if not isinstance(m, Cancel) and _job(m) not in cancelled]
        if not pending:
            continue
        message = pending.pop(0)
        if isinstance(message, Stop):
            return
        assert not isinstance(message, Cancel)
        _answer(message, results, running_cancel)


def _job(message: Order) -> int | None:
    return None if isinstance(message, Stop) else message.job


def _drain(requests: Queue[Order]) -> list[Order]:
    found: list[Order] = []
    while True:
        try:
            found.append(requests.get_nowait())
        except queue.Empty:
            return found


def _answer(
    message: Request | Warm, results: Queue[Answer], running_cancel: Synchronized[int]
) -> None:
    if isinstance(message, Warm):
        # The model loads in a thread of this process, so that an analysis found in the cache
        # is answered at once instead of waiting for spaCy.
        threading.Thread(target=_warm, args=(message.job, results), daemon=True).start()
        return
    context = JobContext(message.job, results, running_cancel)
    try:
        result: Any = message.function(context, *message.args)
    except Exception as error:
        results.put(_failure(message.job, error))
    else:
        if isinstance(result, Analysis):
            result = _send_in_slices(result, message.job, results)
        results.put(Done(message.job, result))
        settle_after_first_analysis()


def _warm(job: int, results: Queue[Answer]) -> None:
    try:
        load_pipeline()
    except Exception as error:
        results.put(_failure(job, error))
    else:
        results.put(Done(job, None))


def _failure(job: int, error: Exception) -> Failed:
    return Failed(job, isinstance(error, ReaderError), str(error), traceback.format_exc())


def _send_in_slices(analysis: Analysis, job: int, results: Queue[Answer]) -> AnalysisHeader:
    for name in ANALYSIS_PARTS:
        items: tuple[Any, ...] = getattr(analysis, name)
        for start in range(0, len(items), SLICE):
            results.put(Part(job, name, items[start : start + SLICE]))
    return AnalysisHeader(analysis.text)


def assemble(header: AnalysisHeader, parts: dict[str, list[Any]]) -> Analysis:
    """Rebuild the Analysis the worker sent in slices (runs in the window's process)."""
    return Analysis(
        header.text,
        tuple(parts.get("sentences", ())),
        tuple(parts.get("tokens", ())),
        tuple(parts.get("groups", ())),
        tuple(parts.get("expressions", ())),
    )
