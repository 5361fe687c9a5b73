"""The task runner: results on the GUI thread, newer requests win, cancelling really stops."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from reader.core.errors import InputError
from reader.core.models import Analysis
from reader.ui.common.tasks import TaskError, TaskRunner, default_store_factory, early_worker


def long_text() -> str:
    """2,000 paragraphs: a full analysis takes over ten seconds."""
    paragraph = (
        "Les consultations ont été menées dans la ville de Nanping par le secrétaire du "
        "Conseil de sécurité, avec des représentants des ministères des deux pays. "
    ) * 3
    return "\n\n".join(f"{paragraph} Paragraphe {i}." for i in range(2000))


def test_callbacks_run_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[bool] = []
    runner.run(
        lambda: threading.current_thread().name,
        on_done=lambda _: seen.append(QThread.currentThread() is qtbot_thread()),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == [True]


def qtbot_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_a_newer_task_with_the_same_key_supersedes_the_older(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    results: list[str] = []
    gate = threading.Event()
    runner.run(lambda: gate.wait(5) and "old", key="k", on_done=results.append)
    runner.run(lambda: "new", key="k", on_done=results.append)
    gate.set()
    qtbot.waitUntil(lambda: results == ["new"], timeout=5_000)
    qtbot.wait(50)
    assert results == ["new"]


def test_user_errors_arrive_as_messages_and_bugs_with_details(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    errors: list[TaskError] = []

    def user_error() -> None:
        raise InputError("notes.txt is empty.")

    def bug() -> None:
        raise ZeroDivisionError("division by zero")

    runner.run(user_error, on_failed=errors.append)
    runner.run(bug, on_failed=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5_000)
    assert errors[0] == TaskError("notes.txt is empty.", is_user_error=True)
    assert not errors[1].is_user_error and "ZeroDivisionError" in errors[1].details


def test_database_work_runs_on_one_thread_with_its_own_store(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    threads: list[str] = []
    for _ in range(3):
        runner.run_db(lambda store: threading.current_thread().name, on_done=threads.append)
    qtbot.waitUntil(lambda: len(threads) == 3, timeout=5_000)
    assert set(threads) == {"reader-db"}


def test_analysis_arrives_from_the_worker_process(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[Analysis] = []
    progress: list[tuple[int, int]] = []
    runner.analyse(
        "Les consultations ont été menées.\n\nElles se sont rencontrées.",
        on_done=results.append,
        on_progress=lambda done, total: progress.append((done, total)),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    analysis = results[0]
    assert [t.text for t in analysis.unit_tokens(analysis.tokens[2])] == ["ont", "été", "menées"]
    assert analysis.token_at(analysis.text.index("menées")).lemma == "mener"  # type: ignore[union-attr]
    assert progress[-1] == (2, 2)  # progress comes before the result


def test_cancelling_an_analysis_stops_the_worker(qtbot: QtBot, runner: TaskRunner) -> None:
    warm: list[Analysis] = []
    runner.analyse("Bonjour.", key="warm", on_done=warm.append)
    qtbot.waitUntil(lambda: bool(warm), timeout=120_000)

    text = long_text()
    finished: list[Analysis] = []
    progress: list[int] = []
    started = time.perf_counter()
    task = runner.analyse(
        text, key="long", on_done=finished.append, on_progress=lambda d, t: progress.append(d)
    )
    qtbot.waitUntil(lambda: bool(progress), timeout=60_000)
    task.cancel()
    cancelled_at = time.perf_counter()
    # The worker is free again at once: a short text is analysed long before the long one
    # could have finished.
    short: list[Analysis] = []
    runner.analyse("Il pleut.", key="short", on_done=short.append)
    qtbot.waitUntil(lambda: bool(short), timeout=60_000)
    assert not finished
    assert max(progress) < 2000
    assert time.perf_counter() - cancelled_at < 3, "the long analysis went on after cancel"
    assert time.perf_counter() - started < 8


def test_a_newer_analysis_supersedes_an_older_one(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[str] = []
    runner.analyse(long_text(), on_done=lambda a: results.append("long"))
    runner.analyse("Il pleut.", on_done=lambda a: results.append(a.text))
    qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    qtbot.wait(100)
    assert results == ["Il pleut."]


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_an_empty_text_is_a_clear_error(qtbot: QtBot, runner: TaskRunner, text: str) -> None:
    errors: list[TaskError] = []
    runner.analyse(text, on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=120_000)
    assert errors[0].is_user_error and "empty" in errors[0].message


def test_a_long_database_job_reports_progress_and_stops_when_cancelled(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    from reader.core.progress import check_cancelled

    progress: list[tuple[int, int]] = []
    results: list[int] = []
    started = threading.Event()

    def job(store: object, report: object, cancel: threading.Event) -> int:
        for done in range(1, 10_001):
            report(done, 10_000)  # type: ignore[operator]
            if done == 5_000:
                started.set()
                cancel.wait(5)
            check_cancelled(cancel)
        return done

    def count(store: object, report: object, cancel: threading.Event) -> int:
        for done in range(1, 1_001):
            report(done, 1_000)  # type: ignore[operator]
        return done

    runner.run_db_with_progress(
        count, on_done=results.append, on_progress=lambda d, t: progress.append((d, t))
    )
    qtbot.waitUntil(lambda: results == [1_000], timeout=5_000)
    assert progress[-1] == (1_000, 1_000) and len(progress) <= 101  # about once per percent

    stopped: list[object] = []
    task = runner.run_db_with_progress(job, on_done=stopped.append, on_failed=stopped.append)
    assert started.wait(5)
    task.cancel()
    # The database thread is free again at once, and the stopped job's result never lands.
    runner.run_db(lambda store: "next", on_done=results.append)
    qtbot.waitUntil(lambda: results[-1] == "next", timeout=5_000)
    assert stopped == []


def test_an_early_worker_loads_the_model_for_the_runner_that_then_owns_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    """As `french-reader` starts: the process spawned before the window's modules import,
    then given to the window's runner, which gets the model and stops the process at exit."""
    process = early_worker()
    runner = TaskRunner(default_store_factory(data_dir), process=process, owns_process=True)
    try:
        with qtbot.waitSignal(runner.model_loaded, timeout=120_000):
            runner.start_worker()
        results: list[Analysis] = []
        text = "Elles se sont rencontrées."
        runner.analyse(text, on_done=results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=120_000)
        met = results[0].token_at(text.index("rencontrées"))
        assert met is not None and met.lemma == "rencontrer"
    finally:
        runner.shutdown()
    assert not process.is_alive()


def test_a_shut_down_runners_bridge_outlives_it(qapp: object, tmp_path: Path) -> None:
    """A thread that still holds the bridge must never drop its last reference: the QObject
    would be destroyed off the GUI thread."""
    import gc
    import weakref

    import shiboken6

    runner = TaskRunner(default_store_factory(tmp_path))
    bridge = weakref.ref(runner._bridge)
    runner.shutdown()
    del runner
    gc.collect()
    alive = bridge()
    assert alive is not None and shiboken6.isValid(alive)
