"""Answering the app's file choosers the way a person does: Qt's own dialog (offscreen Qt has
no native one) opens modal; a timer finds it, notes the folder it opened in, then types a
path and presses Return, or presses Escape."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

POLL_MS = 20


class ChooserAnswer:
    """What the chooser showed: the folder it started in and the name it suggested."""

    def __init__(self) -> None:
        self.started_in: Path | None = None
        self.suggested = ""
        self.answered = False


@contextmanager
def answering_chooser(qtbot: QtBot, typed: str | Path | None) -> Iterator[ChooserAnswer]:
    """Inside the block, open one chooser (it blocks until answered): typed is the path to
    type (None: press Escape). Fails if no chooser opened."""
    answer = ChooserAnswer()
    timer = QTimer(interval=POLL_MS)
    timer.timeout.connect(_answerer(qtbot, timer, answer, typed))
    timer.start()
    try:
        yield answer
    finally:
        timer.stop()
    assert answer.answered, "no file chooser opened"


def _answerer(
    qtbot: QtBot, timer: QTimer, answer: ChooserAnswer, typed: str | Path | None
) -> Callable[[], None]:
    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            return
        timer.stop()
        answer.started_in = Path(dialog.directory().absolutePath())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        answer.suggested = edit.text()
        answer.answered = True
        # Typed into as a person would: the dialog active, its name field focused (without
        # focus, the dialog keeps every folder the half-typed path passed through selected).
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        if typed is None:
            qtbot.keyClick(edit, Qt.Key.Key_Escape)
            return
        edit.clear()
        qtbot.keyClicks(edit, str(typed))
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    return answer_dialog
