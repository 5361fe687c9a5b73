"""Process start -> article visible, -> words clickable, -> full analysis in, against a bare
PySide6 window.

Each run is a fresh `python -m benchmarks.ui_startup --child KIND` process timed from just
before it is spawned; "visible" is the first paint of the window showing the article (or, for
the baseline, of a bare QMainWindow with a label), started the same way. "clickable" is a real
click on a word (as soon as the view takes clicks) that shows the word's card, quick or full;
"analysed" is the worker's full analysis in the view.

    .venv/bin/python -m benchmarks.ui_startup [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.reading.reading_view import ReadingView


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=["app", "bare"])
    parser.add_argument("--root")
    parser.add_argument("--file", help="the article the app opens (as `french-reader FILE`)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child == "bare":
        child_bare()
    elif args.child == "app":
        child_app(Path(args.root), Path(args.file))
    else:
        report(args.runs)


def spawn(kind: str, root: Path | None = None) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.ui_startup", "--child", kind]
    if root is not None:
        # The file comes on the command line, as `french-reader FILE` gets it: finding the
        # sample article (core.articles imports core.files, ~17 ms) is not the app's start.
        from reader.core.articles import sample_article_path

        command += ["--root", str(root), "--file", str(sample_article_path())]
    started = time.time()
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=300).stdout
    times = json.loads(out.strip().splitlines()[-1])
    return {name: (value - started) * 1000 for name, value in times.items()}


def measure(runs: int) -> dict[str, float]:
    """Medians in ms: bare window visible; the app's article visible, a click on a word showing
    its card, the full analysis in (model loading); the same again with the same data folder
    (the analysis from the cache)."""
    bare = [spawn("bare")["visible"] for _ in range(runs)]
    app: list[dict[str, float]] = []
    cached: list[dict[str, float]] = []
    for _ in range(runs):
        root = Path(tempfile.mkdtemp(prefix="reader-startup-"))
        app.append(spawn("app", root))
        cached.append(spawn("app", root))  # same data folder: the analysis comes from the cache
    return {
        "bare": statistics.median(bare),
        "visible": statistics.median(r["visible"] for r in app),
        "clickable": statistics.median(r["clickable"] for r in app),
        "analysed": statistics.median(r["analysed"] for r in app),
        "clickable_cached": statistics.median(r["clickable"] for r in cached),
        "analysed_cached": statistics.median(r["analysed"] for r in cached),
    }


def report(runs: int) -> None:
    times = measure(runs)
    visible, bare_visible = times["visible"], times["bare"]
    print(f"bare PySide6 window visible:          {bare_visible:7.0f} ms (median of {runs})")
    print(f"app: article visible                  {visible:7.0f} ms")
    print(f"app: a click shows a card (model loads){times['clickable']:6.0f} ms")
    print(f"app: full analysis in (model loads)   {times['analysed']:7.0f} ms")
    print(f"app: a click shows a card (cached)    {times['clickable_cached']:7.0f} ms")
    print(f"app: full analysis in (cached)        {times['analysed_cached']:7.0f} ms")
    print(f"ratio article visible / bare window = {visible / bare_visible:.2f}")
    print(f"ratio card shown / bare window = {times['clickable'] / bare_visible:.2f}")
    print(f"card shown after the article visible: {times['clickable'] - visible:.0f} ms")


def _emit(times: dict[str, float]) -> None:
    print(json.dumps(times), flush=True)


def child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Bonjour"))
    window.resize(1240, 820)
    times: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "visible" not in times:
                times["visible"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.centralWidget().installEventFilter(spy)
    window.show()
    app.exec()
    _emit(times)


def child_app(root: Path, article: Path) -> None:
    """As `french-reader FILE` starts (reader/ui/app.py: run_app): the first page with the
    file's text, then the runner, the spaCy process and the rest of the window."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from reader.ui.app import create_application, launch

    app = create_application()
    data = root / "data"
    data.mkdir(parents=True, exist_ok=True)
    window = launch(article, data)
    window.resize(1240, 820)  # as the bare window (before any paint: laid out once)
    times: dict[str, float] = {}

    class ArticlePaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            shown = not window.reading_view.document().isEmpty()
            if event.type() == QEvent.Type.Paint and shown and "visible" not in times:
                times["visible"] = time.time()
            return False

    clicked: list[bool] = []
    hooked: list[bool] = []

    def check_clickable() -> None:
        if not window.is_built:
            return
        if not hooked:
            hooked.append(window.runner.model_failed.connect(lambda error: app.exit(1)))
        view = window.reading_view
        if view.analysis is not None and not clicked:  # the quick look's or the full one
            clicked.append(click_a_word(view))
        if clicked and window.word_panel.info is not None and "clickable" not in times:
            times["clickable"] = time.time()
        if view.is_clickable and not window.article_analysis.is_running:
            times.setdefault("analysed", time.time())
        if "clickable" in times and "analysed" in times:
            app.quit()

    spy = ArticlePaint()
    window.reading_view.viewport().installEventFilter(spy)
    poll = QTimer(interval=2)
    poll.timeout.connect(check_clickable)
    poll.start()
    app.exec()
    window.runner.shutdown()
    _emit(times)


def click_a_word(view: ReadingView) -> bool:
    """A real mouse click on the first word of four letters or more in sight."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    analysis = view.analysis
    assert analysis is not None
    for token in analysis.tokens:
        rect = view.char_rect(token.start)
        if token.is_word and len(token.text) >= 4 and view.viewport().rect().contains(rect):
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return True
    raise RuntimeError("no word in sight to click")


if __name__ == "__main__":
    main()
