"""The one owner of delayed progress: quick work never flashes a progress bar (Anki's
ProgressManager does the same).

Every progress display of the window is a DelayedProgress over a bar, and the widgets shown
with it (a Stop button, a whole small dialog): started when work begins, shown only once the
work has lasted PROGRESS_DELAY_MS, busy until the first report, hidden when the last work it
follows ends. The TaskRunner drives it: a task submitted with `progress=` starts it, feeds it
the task's progress and finishes it however the task ends (done, failed or cancelled).
ProgressDialog is a DelayedProgress in a small window of its own, for work that has no place
in the window that started it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common.naming import named

PROGRESS_DELAY_MS = 600  # quick work never flashes a progress bar


class DelayedProgress(QObject):
    """A progress bar (and companions) shown once some work has lasted PROGRESS_DELAY_MS."""

    shown = Signal()  # the work lasted: the bar is on screen now

    def __init__(
        self, bar: QProgressBar, *companions: QWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bar = bar
        self._widgets = (bar, *companions)
        self._running: set[object] = set()
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        for widget in self._widgets:
            widget.hide()

    @property
    def is_busy(self) -> bool:
        return bool(self._running)

    @property
    def is_shown(self) -> bool:
        return self.bar.isVisible()

    def start(self, work: object = None) -> None:
        """Work began (`work` tells it apart from other work this display follows): busy
        until its first report; on screen if it still runs after the delay."""
        self._running.add(work)
        self.bar.setRange(0, 0)
        if not self._timer.isActive() and not self.bar.isVisible():
            self._timer.start()

    def update(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def finish(self, work: object = None) -> None:
        """That work ended; the display goes once no other work it follows runs."""
        self._running.discard(work)
        if self._running:
            return
        self._timer.stop()
        for widget in self._widgets:
            widget.hide()

    def _on_timer_timeout(self) -> None:
        if self._running:
            for widget in self._widgets:
                widget.show()
            self.shown.emit()


class ProgressDialog(QDialog):
    """A small window with what runs, its bar and Cancel, shown only if the work lasts."""

    canceled = Signal()

    def __init__(self, title: str, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.label = named(QLabel(text), "progressText")
        bar = named(QProgressBar(), "progressBar")
        bar.setTextVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        layout.addWidget(buttons)
        self.progress = DelayedProgress(bar, self, parent=self)

    def reject(self) -> None:
        """Cancel or Escape: the work is asked to stop; the dialog goes when it has."""
        if self.progress.is_busy:
            self.canceled.emit()
        else:
            super().reject()
