"""Resident memory of the app's two processes against bare processes doing the same work.

- The worker (reader.worker.process.serve, spawned as the window spawns it) after analysing
  the sample article and a Bel-Ami excerpt, against a bare spawned process that loads the same
  spaCy pipeline (same excluded components) and runs nlp.pipe over the same paragraphs.
- The window with a long library book open and analysed to its end (its worker doing the
  analysis), against a bare PySide6 window.

Target (issue 14): the worker within 10 % of the bare pipeline process; the window under
200 MB with a 500,000-word book open and fully analysed.

    .venv/bin/python -m benchmarks.memory [--book-words 500000] [--excerpt-words 20000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import novel_excerpt, report


def rss_mb(pid: int | str = "self") -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of a process, in MB (Linux)."""
    values: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) / 1024
    return {"rss": values["VmRSS"], "peak": values["VmHWM"]}


def pss_mb(pid: int | str = "self") -> float:
    """Proportional resident memory (Linux smaps_rollup): a page shared by n processes counts
    1/n in each, so the sum over a forked pair counts shared pages once."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name == "Pss":
            return int(rest.split()[0]) / 1024
    return 0.0


def family_mb(pid: int) -> dict[str, float]:
    """RSS and PSS summed over a process and its children (the worker and its parse_ahead
    child, if one runs), and how many processes that was."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(child) for child in children.read_text().split()]
    total = {"rss": 0.0, "pss": 0.0, "processes": 0.0}
    for one in pids:
        try:
            rss, pss = rss_mb(one)["rss"], pss_mb(one)
        except (FileNotFoundError, ProcessLookupError, KeyError):
            continue  # the child ended meanwhile
        total["rss"] += rss
        total["pss"] += pss
        total["processes"] += 1
    return total


def _texts(excerpt_words: int) -> list[str]:
    from reader.core.articles import sample_article_path

    return [sample_article_path().read_text(encoding="utf-8"), novel_excerpt(excerpt_words)]


def _bare_pipeline(texts: list[str], answers: Any, stop: Any) -> None:
    """A spawned process holding the same pipeline as the worker, doing nothing else."""
    import spacy

    from reader.core.analysis.analyser import paragraph_spans
    from reader.core.analysis.normalise import normalise_for_analysis
    from reader.core.analysis.pipeline import EXCLUDED, MODEL_NAME

    nlp = spacy.load(MODEL_NAME, exclude=EXCLUDED)
    for text in texts:
        normalised = normalise_for_analysis(text)
        for _ in nlp.pipe(normalised[start:end] for start, end in paragraph_spans(normalised)):
            pass
    answers.put("done")
    stop.get()  # measured from outside meanwhile


def bare_worker_mb(texts: list[str]) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    answers, stop = context.Queue(), context.Queue()
    child = context.Process(target=_bare_pipeline, args=(texts, answers, stop), daemon=True)
    child.start()
    answers.get(timeout=600)
    try:
        return rss_mb(child.pid or 0) | {"pss": pss_mb(child.pid or 0)}
    finally:
        stop.put("stop")
        child.join(30)


def app_worker_mb(texts: list[str]) -> dict[str, float]:
    """The worker as the window runs it, after analysing the same texts through its jobs; and
    while it analysed them, the peak of its processes' summed RSS and PSS, sampled every
    20 ms (the worker parses a long text in a forked child: parse_ahead)."""
    from reader.worker import jobs, process, protocol

    context = multiprocessing.get_context("spawn")
    requests = context.Queue()
    results = context.Queue()
    cancel = context.Value("q", 0)
    child = context.Process(target=process.serve, args=(requests, results, cancel), daemon=True)
    child.start()
    peak = {"rss": 0.0, "pss": 0.0, "processes": 0.0}
    try:
        for job, text in enumerate(texts, start=1):
            requests.put(protocol.Request(job, jobs.analyse, (text, None)))
            while True:
                try:
                    answer = results.get(timeout=0.02)
                except queue.Empty:
                    now = family_mb(child.pid or 0)
                    peak = {name: max(peak[name], now[name]) for name in peak}
                    continue
                if isinstance(answer, protocol.Failed):
                    raise RuntimeError(answer.message)
                if isinstance(answer, protocol.Done) and answer.job == job:
                    break
        pid = child.pid or 0
        return rss_mb(pid) | {
            "pss": pss_mb(pid),
            "peak_sum_rss": peak["rss"],
            "peak_sum_pss": peak["pss"],
            "processes": peak["processes"],
        }
    finally:
        requests.put(protocol.Stop())
        child.join(30)
        if child.is_alive():
            child.terminate()


def _child_window(root: Path, text_id: int) -> None:
    """Open the book in a real window, wait for its whole analysis, print both processes' RSS."""
    from benchmarks.ui_common import make_window, wait_until
    from reader.ui.app import create_application

    app = create_application()
    window, runner = make_window(root)
    finished: list[bool] = []
    window.books.book_analysed.connect(lambda: finished.append(True))
    window.show()
    window.books.open_text(text_id)
    wait_until(lambda: bool(finished), timeout_s=3600)
    app.processEvents()  # the benchmark's own loop: let the last page paint
    worker = runner._process._process.pid if runner._process else None
    print(json.dumps({"window": rss_mb(), "worker": rss_mb(worker) if worker else {}}))
    runner.shutdown()


def _child_bare_window() -> None:
    """A bare PySide6 window, shown and painted, nothing of the app imported."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Bonjour"))
    window.resize(1240, 820)
    window.show()
    QTimer.singleShot(300, app.quit)  # shown and painted by then
    app.exec()
    print(json.dumps({"window": rss_mb()}))


def window_mb(book_words: int) -> dict[str, Any]:
    """The window (and its worker) with the long book analysed, and a bare window."""
    from benchmarks.long_book import imported_book

    folder, store, text_id = imported_book(book_words)
    store.close()
    command = [sys.executable, "-m", "benchmarks.memory"]
    app = _run_child([*command, "--child-window", str(folder), str(text_id)])
    bare = _run_child([*command, "--child-bare"])
    return {"app": app, "bare": bare["window"]}


def _run_child(command: list[str]) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def measure(book_words: int, excerpt_words: int) -> dict[str, Any]:
    texts = _texts(excerpt_words)
    return {
        "bare_worker": bare_worker_mb(texts),
        "worker": app_worker_mb(texts),
        **window_mb(book_words),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--book-words", type=int, default=500_000)
    parser.add_argument("--excerpt-words", type=int, default=20_000)
    parser.add_argument("--child-window", nargs=2)
    parser.add_argument("--child-bare", action="store_true")
    args = parser.parse_args()
    if args.child_window:
        _child_window(Path(args.child_window[0]), int(args.child_window[1]))
        return
    if args.child_bare:
        _child_bare_window()
        return
    numbers = measure(args.book_words, args.excerpt_words)
    print_report(numbers, args.book_words)


def print_report(numbers: dict[str, Any], book_words: int) -> None:
    bare_worker, worker = numbers["bare_worker"], numbers["worker"]
    app, bare = numbers["app"], numbers["bare"]
    report(
        "Resident memory (current RSS; peak in brackets)",
        [
            ("bare process, same spaCy pipeline", _mb(bare_worker)),
            (
                "app worker, same texts, after them",
                f"{_mb(worker)}, ratio {worker['rss'] / bare_worker['rss']:.2f}",
            ),
            (
                "  while analysing: its processes summed",
                f"peak RSS {worker['peak_sum_rss']:,.0f} MB (ratio "
                f"{worker['peak_sum_rss'] / bare_worker['rss']:.2f}), peak PSS "
                f"{worker['peak_sum_pss']:,.0f} MB (ratio "
                f"{worker['peak_sum_pss'] / bare_worker['pss']:.2f} of the bare process's PSS "
                f"{bare_worker['pss']:,.0f} MB); up to {worker['processes']:.0f} processes",
            ),
            ("bare PySide6 window", _mb(bare)),
            (
                f"window, {book_words:,}-word book analysed",
                f"{_mb(app['window'])}, ratio {app['window']['rss'] / bare['rss']:.2f}",
            ),
            ("its worker, after the whole book", _mb(app["worker"])),
        ],
    )


def _mb(values: dict[str, float]) -> str:
    return f"{values['rss']:,.0f} MB ({values['peak']:,.0f} MB)"


if __name__ == "__main__":
    main()
