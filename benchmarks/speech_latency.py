"""From the P key to the first sound: the real window, the real key, espeak-ng as the app runs
it (target: under 200 ms). The player runs in capture mode, so "first sound" is the moment
the first synthesised samples reach the app, the same moment the engine hands them to the sound
card when it plays them itself; the sound card's own buffer (some 10-40 ms) comes on top.
Baseline in the same run: starting a process that does nothing (/bin/true) from the same event
loop, the floor of any engine run as a process.

.venv/bin/python -m benchmarks speech_latency [--presses 40]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QProcess, Qt
from PySide6.QtTest import QTest

from benchmarks.ui_common import describe, make_window, percentile, wait_until
from reader.ui.app import create_application

TARGET_MS = 200.0
TEXT = (
    "Hier, ils se sont rencontrés à Paris pour discuter de la coopération entre leurs deux "
    "pays. Elle s’est levée tôt\u00a0; aujourd’hui, l’homme ne parle pas de la situation.\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--presses", type=int, default=40)
    args = parser.parse_args()
    create_application()
    window, runner = make_window()
    window.show()
    article = Path(tempfile.mkdtemp()) / "rencontre.txt"
    article.write_text(TEXT, encoding="utf-8")
    window.open_path(article)
    wait_until(lambda: window.reading_view.is_clickable, 120)
    window.activateWindow()  # the reading keys are shortcuts of the active window
    wait_until(window.isActiveWindow, 10)
    window.reading_view.setFocus()  # P works in the reading tab, as a learner uses it
    try:
        baseline = spawn_baseline(args.presses)
        word, busy = presses(window, Qt.KeyboardModifier.NoModifier, args.presses)
        sentence, _ = presses(window, Qt.KeyboardModifier.ShiftModifier, args.presses)
    finally:
        window.close()
        runner.shutdown()
    print(f"process start baseline (/bin/true):  {describe(baseline)}")
    print(f"P -> first samples of the word:      {describe(word)}")
    print(f"Shift+P -> first samples of sentence: {describe(sentence)}")
    print(f"GUI thread busy handling P:           {describe(busy)}")
    for name, values in (("word", word), ("sentence", sentence)):
        p95 = percentile(values, 0.95)
        print(
            f"p95 {name}: {p95 / TARGET_MS:.2f} of the {TARGET_MS:.0f} ms target, "
            f"{p95 / percentile(baseline, 0.95):.1f} x the process start baseline"
        )


def presses(window, modifier: Qt.KeyboardModifier, count: int):  # type: ignore[no-untyped-def]
    """(key -> first samples, key -> the GUI thread free again), in ms."""
    view, player = window.reading_view, window.speech.player
    player.capture = True
    words = [t for t in view.analysis.words if len(t.text) > 2]
    arrived: list[float] = []
    player.audio_started.connect(lambda: arrived.append(time.perf_counter()))
    times, busy = [], []
    for number in range(count + 3):
        token = words[number % len(words)]
        window.show_word(token.index)
        before = len(arrived)
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_P, modifier)
        handled = time.perf_counter()
        wait_until(lambda: len(arrived) > before, 10)  # noqa: B023  (read at once, in the loop)
        wait_until(lambda: not player.is_speaking, 30)
        if number >= 3:  # the first presses warm caches (the engine's voice files)
            times.append((arrived[-1] - start) * 1000)
            busy.append((handled - start) * 1000)
    return times, busy


def spawn_baseline(count: int) -> list[float]:
    true = shutil.which("true") or "/bin/true"
    times = []
    for _ in range(count):
        process = QProcess()
        start = time.perf_counter()
        process.start(true, [])
        wait_until(lambda: process.state() == QProcess.ProcessState.NotRunning, 10)  # noqa: B023
        times.append((time.perf_counter() - start) * 1000)
    return times


if __name__ == "__main__":
    main()
