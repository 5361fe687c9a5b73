"""The worker process's loop and jobs, run in a thread of the test with plain queues: requests
answered in order, a job cancelled before it starts never runs, errors come back as Failed
with their kind, progress comes before the result, and a big Analysis comes back in slices."""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.errors import Cancelled
from reader.core.models import Analysis, Sentence, Token
from reader.worker import jobs
from reader.worker.context import JobContext
from reader.worker.process import assemble, serve
from reader.worker.protocol import (
    SLICE,
    AnalysisHeader,
    Answer,
    Cancel,
    Done,
    Failed,
    Order,
    Part,
    Progress,
    Request,
    Stop,
)


@dataclass
class Shared:
    """Stands where the window's process shares an integer: the job to cancel."""

    value: int = 0


def run(*orders: Order, shared: Shared | None = None) -> list[Answer]:
    """Put the orders, then Stop, on the worker's queue; serve them; every answer, in order."""
    requests: queue.Queue[Order] = queue.Queue()
    results: queue.Queue[Answer] = queue.Queue()
    for order in (*orders, Stop()):
        requests.put(order)
    worker = threading.Thread(target=serve, args=(requests, results, shared or Shared()))
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    answers = []
    while not results.empty():
        answers.append(results.get())
    return answers


def counting(context: JobContext, steps: int) -> int:
    """A job that reports each step and stops when cancelled."""
    for done in range(1, steps + 1):
        if context.cancel.is_set():
            raise Cancelled("Cancelled.")
        context.report(done, steps)
    return steps


def crashing(context: JobContext) -> None:
    raise ValueError("a bug")


def analysis_of(words: int) -> Analysis:
    """A long text's analysis: one sentence of the same noun again and again."""
    tokens = tuple(
        Token(i, "mot", 4 * i, 4 * i + 3, "mot", "NOUN", {}, 0, True) for i in range(words)
    )
    return Analysis(" ".join("mot" for _ in range(words)), (Sentence(0, 4 * words - 1),), tokens)


def long_analysis(context: JobContext, words: int) -> Analysis:
    return analysis_of(words)


def test_requests_are_answered_in_order_with_progress_before_the_result() -> None:
    answers = run(Request(1, counting, (3,)), Request(2, counting, (1,)))
    assert answers == [
        Progress(1, 1, 3),
        Progress(1, 2, 3),
        Progress(1, 3, 3),
        Done(1, 3),
        Progress(2, 1, 1),
        Done(2, 1),
    ]


def test_a_job_cancelled_before_it_starts_never_runs() -> None:
    answers = run(Request(1, counting, (2,)), Cancel(1), Request(2, counting, (1,)))
    assert [a.job for a in answers] == [2, 2]


def test_a_running_job_sees_the_shared_cancel() -> None:
    answers = run(Request(7, counting, (5,)), shared=Shared(value=7))
    failed = answers[-1]
    assert isinstance(failed, Failed) and failed.is_user_error and failed.message == "Cancelled."


def test_a_bug_comes_back_with_its_traceback_and_a_user_error_without(
    tmp_path: Path,
) -> None:
    bug, user = run(Request(1, crashing), Request(2, jobs.remove_model, (tmp_path, "x")))
    assert isinstance(bug, Failed) and not bug.is_user_error
    assert "ValueError: a bug" in bug.details
    assert isinstance(user, Failed) and user.is_user_error and user.message


def test_translation_without_a_model_is_none(tmp_path: Path) -> None:
    answers = run(Request(1, jobs.translate_sentence, (tmp_path, "Le chat dort.")))
    assert answers == [Done(1, None)]


def test_a_big_analysis_comes_back_in_slices_and_is_assembled_whole() -> None:
    words = 2 * SLICE + 10
    answers = run(Request(1, long_analysis, (words,)))
    parts: dict[str, list[Any]] = {}
    for answer in answers[:-1]:
        assert isinstance(answer, Part) and len(answer.items) <= SLICE
        parts.setdefault(answer.field, []).extend(answer.items)
    done = answers[-1]
    assert isinstance(done, Done) and isinstance(done.result, AnalysisHeader)
    assert assemble(done.result, parts) == analysis_of(words)
