"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles in whichever thread allocates when a generation's count
crosses its threshold: the database thread, the file-reading thread or the thread that
listens to the spaCy process. A collection there may free the last reference to a Qt object
that lives in the GUI thread (a closed window's widget, a finished task's bridge), so its C++
destructor runs off the GUI thread, and Qt can crash later while dispatching that object's
events. The UI tests, which make and close a window per test, crashed so about once in three
full runs, always between tests while Qt processed events.

So automatic collection is switched off once the application exists, and a timer on the GUI
thread collects each generation when its count is over the threshold Python would use.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250  # often enough that garbage never piles up between two checks
# Python runs a full collection only when the objects that survived the last one have grown by
# a quarter, a count it keeps to itself; a full pass over a long book's objects takes a
# noticeable moment on the GUI thread, so this collector runs one at most this often.
FULL_INTERVAL_S = 10.0


class GuiThreadCollector(QObject):
    """Collects on the GUI thread's timer what Python would collect on any thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def check(self) -> int:
        """Collect the oldest generation whose count is over its threshold (the younger
        ones with it), as Python's automatic collection would, the oldest one no more than
        every FULL_INTERVAL_S; returns what it found."""
        counts = gc.get_count()
        oldest = -1
        for generation in range(3):
            if counts[generation] <= self.thresholds[generation]:
                break
            oldest = generation
        if oldest == 2:
            now = time.monotonic()
            if now - self.last_full < FULL_INTERVAL_S:
                oldest = 1
            else:
                self.last_full = now
        return gc.collect(oldest) if oldest >= 0 else 0


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Switch collection to the GUI thread (once per process; `parent` is the application)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(parent)
        _collector.start()
    return _collector
