"""Colouring a 5,000-word article in the window after one status change: only the words of
the changed lemma are repainted (no new analysis, no full recolour). Measured against a full
recolour of every word, and the analysis the change must not redo.

    .venv/bin/python -m benchmarks.ui_status_colouring [--words 5000] [--runs 30]

Rows, for one change: recolouring the changed words alone; the window's whole answer once the
database has the change (StatusIndex.apply, those words, the glossary row, the card, the
article's numbers); the same painted; from the key press to the paint, with the status written
on the database thread and back, as the learner sees it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from benchmarks.common import novel_excerpt
from benchmarks.ui_common import describe, make_window, wait_until
from reader.core.models import Status
from reader.ui.app import create_application
from reader.ui.main_window import MainWindow

TOGGLE = (Status.LEARNING_2, Status.KNOWN)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    create_application()
    root = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    article = root / "bel-ami.txt"
    article.write_text(novel_excerpt(args.words), encoding="utf-8")
    window, runner = make_window(root)
    window.show()
    started = time.perf_counter()
    window.open_path(article)
    wait_until(lambda: window.word_statuses.article is not None, 300)
    opened = time.perf_counter() - started
    try:
        report(window, args.runs, opened)
    finally:
        window.close()
        runner.shutdown()


def report(window: MainWindow, runs: int, opened: float) -> None:
    statuses = window.word_statuses
    article = statuses.article
    assert article is not None
    view = window.reading_view
    lemmas = Counter(article.lemma_at(index) for index in article.statuses)
    # A learner who knows a third of the lemmas and is learning some: a realistic colouring.
    ranked = [lemma for lemma, _ in lemmas.most_common()]
    prepare(window, ranked[::3], Status.KNOWN)
    prepare(window, ranked[1::7], Status.LEARNING_2)
    statuses.reload()
    wait_until(lambda: statuses.article is not None, 30)
    article = statuses.article
    assert article is not None

    full = timed(runs, lambda: view.set_word_statuses(article.statuses))
    full_painted = timed(runs, lambda: (view.set_word_statuses(article.statuses), paint(window)))
    rows = [
        ("article", f"{len(article.statuses):,} words, {len(lemmas):,} lemmas"),
        ("open + analyse + colour (cached: no)", f"{opened:.1f} s"),
        ("full recolour", describe(full)),
        ("full recolour + paint", describe(full_painted)),
    ]
    for name, lemma in (("frequent", ranked[4]), ("rare", ranked[len(ranked) // 2])):
        token = next(i for i in article.statuses if article.lemma_at(i) == lemma)
        words, gui, painted, end_to_end = one_change(window, token, runs)
        count = lemmas[lemma]
        rows += [
            (f"one change, {name} lemma «{lemma}» ({count} words)", ""),
            ("  recolour the changed words only", describe(words)),
            ("  + glossary row, card, article numbers", describe(gui)),
            ("  + paint", describe(painted)),
            ("  key -> database -> painted", describe(end_to_end)),
            (
                "  ratio recolour changed / full recolour",
                f"{statistics.median(words) / statistics.median(full):.3f}",
            ),
            (
                "  ratio key -> painted / open + analyse",
                f"{statistics.median(end_to_end) / 1000 / opened:.4f}",
            ),
        ]
    width = max(len(name) for name, _ in rows)
    print("\nStatus colouring in the window")
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")


def prepare(window: MainWindow, lemmas: list[str], status: Status) -> None:
    done: list[object] = []
    window.runner.run_db(
        lambda store: store.learning.set_status(lemmas, status), on_done=done.append
    )
    wait_until(lambda: bool(done), 30)


def one_change(window: MainWindow, token: int, runs: int) -> tuple[list[float], ...]:
    """Set a status with the window's own path (as the key does) and time its parts."""
    statuses, view = window.word_statuses, window.reading_view
    window._on_reading_view_word_clicked(token)
    words: list[float] = []
    gui: list[float] = []
    painted: list[float] = []
    end_to_end: list[float] = []
    real_follow, real_repaint = statuses.follow, view.repaint_words

    def timed_repaint(indices: list[int]) -> None:
        start = time.perf_counter()
        real_repaint(indices)
        words.append((time.perf_counter() - start) * 1000)

    def timed_follow(changes: list) -> None:  # type: ignore[type-arg]
        start = time.perf_counter()
        real_follow(changes)
        gui.append((time.perf_counter() - start) * 1000)
        paint(window)
        painted.append((time.perf_counter() - start) * 1000)

    statuses.follow = timed_follow  # type: ignore[method-assign]
    view.repaint_words = timed_repaint  # type: ignore[method-assign]
    try:
        for run in range(runs):
            status = TOGGLE[run % 2]
            loop = QEventLoop()
            statuses.changed.connect(loop.quit)
            start = time.perf_counter()
            window.learning.set_word_status(status)
            QTimer.singleShot(10_000, loop.quit)
            loop.exec()
            statuses.changed.disconnect(loop.quit)
            end_to_end.append((time.perf_counter() - start) * 1000)
            assert window.word_panel.status is status
    finally:
        statuses.follow = real_follow  # type: ignore[method-assign]
        view.repaint_words = real_repaint  # type: ignore[method-assign]
    return words, gui, painted, end_to_end


def timed(runs: int, work: object) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return times


def paint(window: MainWindow) -> None:
    window.reading_view.viewport().repaint()


if __name__ == "__main__":
    main()
