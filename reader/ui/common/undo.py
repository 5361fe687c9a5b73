"""The window's undo history: deleted glossary words and status changes, newest first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

MAX_STEPS = 50


class UndoHistory(QObject):
    """Steps the learner can take back with Edit ▸ Undo; each step knows how to undo itself."""

    changed = Signal(str)  # what Undo would take back now, "" when nothing

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[tuple[str, Callable[[], None]]] = []

    @property
    def label(self) -> str:
        return self._steps[-1][0] if self._steps else ""

    def push(self, label: str, undo: Callable[[], None]) -> None:
        self._steps = [*self._steps[-(MAX_STEPS - 1) :], (label, undo)]
        self.changed.emit(label)

    def undo(self) -> None:
        if self._steps:
            _, step = self._steps.pop()
            self.changed.emit(self.label)
            step()
