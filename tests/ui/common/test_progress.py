"""The one delayed progress: a bar (and its Stop button) appears only when work lasts, follows
the task's progress, and goes however the task ends; quick work never shows it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.core.progress import Report
from reader.ui.common.progress import PROGRESS_DELAY_MS, DelayedProgress, ProgressDialog
from reader.ui.common.tasks import TaskRunner


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[tuple[DelayedProgress, QPushButton]]:
    """A window with a bar and a Stop button under a DelayedProgress."""
    window = QWidget()
    qtbot.addWidget(window)
    bar, stop = QProgressBar(), QPushButton("Stop")
    layout = QVBoxLayout(window)
    layout.addWidget(bar)
    layout.addWidget(stop)
    progress = DelayedProgress(bar, stop, parent=window)
    window.show()
    qtbot.waitExposed(window)
    yield progress, stop


def waiting(gate: threading.Event, steps: int = 0) -> Callable[[Report, threading.Event], int]:
    """Work that reports its steps, then waits until the test lets it end."""

    def work(report: Report, cancel: threading.Event) -> int:
        for done in range(1, steps + 1):
            report(done, steps)
        gate.wait(30)
        return steps

    return work


def test_work_that_lasts_shows_the_bar_and_stop_then_hides_them(
    qtbot: QtBot, runner: TaskRunner, shown: tuple[DelayedProgress, QPushButton]
) -> None:
    progress, stop = shown
    gate = threading.Event()
    results: list[int] = []
    runner.download(waiting(gate, 4), on_done=results.append, progress=progress)
    assert progress.is_busy and not progress.is_shown  # not at once
    qtbot.waitUntil(lambda: progress.is_shown and stop.isVisible(), timeout=PROGRESS_DELAY_MS * 5)
    qtbot.waitUntil(lambda: progress.bar.maximum() == 4 and progress.bar.value() == 4)
    gate.set()
    qtbot.waitUntil(lambda: results == [4], timeout=5_000)
    assert not progress.is_shown and not stop.isVisible() and not progress.is_busy


def test_quick_work_never_shows_the_bar(
    qtbot: QtBot, runner: TaskRunner, shown: tuple[DelayedProgress, QPushButton]
) -> None:
    progress, _ = shown
    results: list[str] = []
    runner.run(lambda: "done", on_done=results.append)
    runner.download(lambda report, cancel: "quick", on_done=results.append, progress=progress)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5_000)
    # Nothing it follows still runs: when the delay ends, there is nothing to show.
    assert not progress.is_busy and not progress.is_shown


def test_a_cancelled_task_hides_the_bar_while_another_keeps_it(
    qtbot: QtBot, runner: TaskRunner, shown: tuple[DelayedProgress, QPushButton]
) -> None:
    progress, _ = shown
    first, second = threading.Event(), threading.Event()
    one = runner.download(waiting(first), progress=progress)
    runner.run_db_with_progress(lambda store, report, cancel: second.wait(30), progress=progress)
    qtbot.waitUntil(lambda: progress.is_shown, timeout=PROGRESS_DELAY_MS * 5)
    one.cancel()
    assert progress.is_shown  # the database task still runs
    second.set()
    qtbot.waitUntil(lambda: not progress.is_shown, timeout=5_000)
    first.set()


def test_a_progress_dialog_shows_only_if_the_work_lasts_and_cancel_asks_to_stop(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    dialog = ProgressDialog("Import texts", "Importing…", "importTextsProgress")
    qtbot.addWidget(dialog)
    gate = threading.Event()
    task = runner.download(waiting(gate), progress=dialog.progress)
    dialog.canceled.connect(task.cancel)
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=PROGRESS_DELAY_MS * 5)
    with qtbot.waitSignal(dialog.canceled, timeout=1_000):
        dialog.reject()  # Cancel, or Escape
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=1_000)
    gate.set()
