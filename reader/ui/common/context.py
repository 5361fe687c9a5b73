"""What a screen's features may use of the window they live in, as a Protocol: the task runner
with the settings and data folder, the undo history, the status bar (a message, and the delayed
progress that its Stop button stops), error boxes, the text being read, and the window itself
as the parent of dialogs. MainWindow is one; a feature never reaches into the window for more.
Features talk to each other through signals that main_window.py wires."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reader.core.models import Article
    from reader.ui.common.progress import DelayedProgress
    from reader.ui.common.settings import Settings
    from reader.ui.common.tasks import TaskError, TaskRunner
    from reader.ui.common.undo import UndoHistory


class WindowContext(Protocol):
    """The window as its features see it."""

    @property
    def runner(self) -> TaskRunner: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def data_dir(self) -> Path: ...

    @property
    def history(self) -> UndoHistory: ...

    @property
    def status_progress(self) -> DelayedProgress:
        """The status bar's progress bar and Stop button (background work of the window)."""
        ...

    @property
    def article(self) -> Article | None:
        """The text in the reading view (a page of a library text, an article), if any."""
        ...

    def window(self) -> QWidget:
        """The window: the parent of every dialog a feature opens."""
        ...

    def set_status(self, text: str) -> None: ...

    def show_error(self, error: TaskError | str) -> None: ...
