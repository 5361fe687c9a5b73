"""The longest event-loop stall while the model loads and the article is analysed.

A 5 ms timer ticks on the GUI thread; a stall is the gap between two ticks. Measured for the
app as built (spaCy in the worker process) and, as the baseline, for spaCy loaded and run in a
thread of the GUI process. Target: under 50 ms.

    .venv/bin/python -m benchmarks.ui_stall [--text FILE] [--no-baseline]
"""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from benchmarks.ui_common import make_window, percentile, wait_until
from reader.core.articles import load_article, sample_article_path
from reader.ui.app import create_application

TARGET_MS = 50.0
TICK_MS = 5


class Ticker:
    """Records the gaps between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer(interval=TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def summary(self) -> str:
        over = sum(1 for gap in self.gaps if gap > TARGET_MS)
        return (
            f"longest stall {max(self.gaps):6.1f} ms, p99 {percentile(self.gaps, 0.99):5.1f} ms, "
            f"{over} gaps over {TARGET_MS:.0f} ms, {len(self.gaps)} ticks"
        )


def measure_app(path: Path) -> tuple[Ticker, float]:
    """Ticks from the moment the window is on screen (the worker process is already loading
    the model: the window spawned it) until the words are clickable."""
    window, runner = make_window()
    shown = time.perf_counter()
    window.show()
    settle = time.perf_counter() + 0.05  # the first paint, polish of the stylesheet
    wait_until(lambda: time.perf_counter() > settle)
    print(f"window built and shown in {(time.perf_counter() - shown) * 1000:.0f} ms (not ticked)")
    ticker = Ticker()
    ticker.start()
    started = time.perf_counter()
    window.open_path(path)
    try:
        wait_until(lambda: window.reading_view.is_clickable, timeout_s=600)
    finally:
        ticker.stop()
        window.close()
        runner.shutdown()
    return ticker, time.perf_counter() - started


def measure_thread_baseline(path: Path) -> tuple[Ticker, float]:
    """What the design avoids: loading spaCy and analysing in a thread of this process."""
    text = load_article(path).text
    done = threading.Event()

    def work() -> None:
        from reader.core.analysis.analyser import analyse

        analyse(text)
        done.set()

    ticker = Ticker()
    ticker.start()
    started = time.perf_counter()
    threading.Thread(target=work, daemon=True).start()
    wait_until(done.is_set, timeout_s=600)
    ticker.stop()
    return ticker, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--text", type=Path, default=None, help="an article (default: sample)")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    path = args.text or sample_article_path()
    create_application()
    app_ticks, app_seconds = measure_app(path)
    print(f"worker process (the app): {app_ticks.summary()}  [{app_seconds:.1f} s]")
    longest = max(app_ticks.gaps)
    print(f"longest stall / {TARGET_MS:.0f} ms target = {longest / TARGET_MS:.2f}")
    if not args.no_baseline:
        base_ticks, base_seconds = measure_thread_baseline(path)
        print(f"thread in GUI process:    {base_ticks.summary()}  [{base_seconds:.1f} s]")
        print(f"longest stall, process / thread = {longest / max(base_ticks.gaps):.2f}")


if __name__ == "__main__":
    main()
