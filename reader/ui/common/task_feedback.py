"""A dialog's feedback line for background work: a progress bar that shows only after 600 ms
(quick work never flashes one) and a message, in red when something went wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from reader.ui.common.naming import named

PROGRESS_DELAY_MS = 600


class TaskFeedback(QWidget):
    """Progress bar and message; `progress_name` is the bar's objectName (style.qss)."""

    def __init__(self, progress_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = named(QProgressBar(), progress_name)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message_label = named(QLabel(), "dialogMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self.progress.show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)

    def start(self, text: str) -> None:
        """Work began: say what it is; the bar (busy until progress comes) shows later."""
        self.show_message(text)
        self.progress.setRange(0, 0)
        self._timer.start()

    def finish(self) -> None:
        self._timer.stop()
        self.progress.hide()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setProperty("error", error)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)
