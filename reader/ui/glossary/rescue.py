"""Glossary ▸ rescue in the window: a damaged glossary's readable words copied into a new
file (reader.core.store.rescue), on the database thread with the glossary closed; the damaged
file is kept beside it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from reader.ui.common.context import WindowContext

if TYPE_CHECKING:
    from reader.core.store import RescueReport


class GlossaryRescue(QObject):
    """The Rescue Damaged Glossary… action: asks first, then rescues and reloads."""

    rescued = Signal(object)  # RescueReport: the window reloads the glossary
    failed = Signal(object)  # TaskError

    def __init__(self, context: WindowContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def confirm_and_rescue(self) -> None:
        answer = QMessageBox.question(
            self.context.window(),
            self.tr("Rescue Damaged Glossary"),
            self.tr(
                "Copy every word that can still be read into a new glossary? The current "
                "file is kept beside it, renamed, and is not changed."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.rescue()

    def rescue(self) -> None:
        context = self.context
        context.set_status(self.tr("Rescuing the glossary…"))
        context.runner.run_db_closed(
            _rescue_job(context),
            key="rescue-glossary",
            on_done=self._on_rescued,
            on_failed=self.failed.emit,
            progress=context.status_progress,
        )

    def _on_rescued(self, report: RescueReport) -> None:
        text = self.tr("Rescued %1 words into a new glossary.").replace("%1", f"{report.words:,}")
        if report.kept is not None:
            text += " " + self.tr("The damaged file is kept as %1.").replace("%1", str(report.kept))
        self.context.set_status(text)
        self.rescued.emit(report)


def _rescue_job(context: WindowContext) -> Callable[..., RescueReport]:
    # Loaded when the learner rescues, not at start-up.
    from reader.core.paths import glossary_path
    from reader.core.store import rescue_glossary

    path = glossary_path(context.data_dir)

    def job(report: Callable[[int, int], None], cancel: threading.Event) -> RescueReport:
        return rescue_glossary(path, report=report, cancel=cancel)

    return job
