"""Cycles are collected on the GUI thread's timer, never by a worker thread's allocation."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.common.collector import GuiThreadCollector, collect_on_gui_thread


class _Cycle:
    """An object in a reference cycle, which only the cycle collector frees."""

    def __init__(self) -> None:
        self.me = self


def test_the_ui_session_collects_on_the_gui_thread(qapp: QApplication) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # once per process
    assert not gc.isenabled()


def test_a_cycle_made_and_dropped_on_a_worker_thread_is_freed_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    collect_on_gui_thread(qapp)
    freed_on: list[str] = []
    refs: list[weakref.ref[_Cycle]] = []

    def churn() -> None:
        # Far more allocations than the first threshold: automatic collection would run here.
        cycle = _Cycle()
        refs.append(weakref.ref(cycle, lambda _: freed_on.append(threading.current_thread().name)))
        del cycle
        for _ in range(5 * gc.get_threshold()[0]):
            _Cycle()

    worker = threading.Thread(target=churn, name="worker")
    worker.start()
    worker.join()
    assert freed_on == []  # nothing was collected on the worker thread
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.main_thread().name]


def test_check_collects_only_over_the_threshold(qapp: QApplication) -> None:
    collector = GuiThreadCollector()
    collector.thresholds = (10**9, 10**9, 10**9)
    cycle = _Cycle()
    ref = weakref.ref(cycle)
    del cycle
    assert collector.check() == 0 and ref() is not None  # under every threshold: no pass
    collector.thresholds = (-1, 10**9, 10**9)
    collector.check()
    assert ref() is None


def test_a_full_collection_waits_for_its_interval(qapp: QApplication) -> None:
    """Young generations are collected at once; the oldest not twice within FULL_INTERVAL_S."""
    collector = GuiThreadCollector()
    collector.thresholds = (-1, -1, -1)
    before = gc.get_stats()[2]["collections"]
    collector.check()  # made just now: the full pass waits, the middle one runs
    assert gc.get_stats()[2]["collections"] == before
    collector.last_full -= 60  # an interval later
    collector.check()
    assert gc.get_stats()[2]["collections"] == before + 1
