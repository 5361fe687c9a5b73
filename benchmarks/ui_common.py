"""Shared helpers for the UI benchmarks: a window in a temp folder, waiting without sleeping."""

from __future__ import annotations

import os
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer

from reader.ui.common.settings import Settings
from reader.ui.common.tasks import AnalysisProcess, TaskRunner, default_store_factory
from reader.ui.main_window import MainWindow


def make_window(
    root: Path | None = None, process: AnalysisProcess | None = None
) -> tuple[MainWindow, TaskRunner]:
    """A real window with its own data folder (its settings file inside, as in the app);
    `process`: its spaCy process when started early, as the app does (early_worker)."""
    root = root or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    data = root / "data"
    data.mkdir(exist_ok=True)
    runner = TaskRunner(
        default_store_factory(data), cache_folder=data / "cache", process=process, owns_process=True
    )
    settings = Settings.in_folder(data)
    window = MainWindow(runner, settings, data)
    window.resize(1240, 820)
    return window, runner


def wait_until(predicate: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop until predicate() is true (checked every 5 ms)."""
    loop = QEventLoop()
    poll = QTimer(interval=5)
    poll.timeout.connect(lambda: predicate() and loop.quit())
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    if not predicate():
        raise TimeoutError(f"not done after {timeout_s} s")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def describe(values_ms: list[float]) -> str:
    return (
        f"median {statistics.median(values_ms):.2f} ms, p95 {percentile(values_ms, 0.95):.2f} ms, "
        f"max {max(values_ms):.2f} ms (n={len(values_ms)})"
    )
