"""Word ▸ Translate Paragraph: the dialog with a paragraph and its machine translation (the
card's sentence translation is reading/sentence_translation.py)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common.naming import named
from reader.ui.common.progress import DelayedProgress
from reader.ui.common.tasks import Task, TaskError, TaskRunner
from reader.ui.reading.sentence_translation import install_hint, machine_note, set_hint
from reader.worker import jobs

if TYPE_CHECKING:
    from reader.core.translation import MachineTranslation


class ParagraphDialog(QDialog):
    """Word ▸ Translate Paragraph: the French paragraph and its machine translation; the
    translation runs in the worker process, with a progress bar after 600 ms, and can stop."""

    install_requested = Signal()

    def __init__(self, runner: TaskRunner, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paragraphDialog")
        self.setWindowTitle(self.tr("Translate paragraph"))
        self.runner = runner
        self.data_dir = data_dir
        self._task: Task | None = None
        self.resize(640, 460)
        self.french = named(QTextBrowser(), "paragraphFrench")
        self.english = named(QTextBrowser(), "paragraphEnglish")
        self.note_label = named(QLabel(), "machineNote")
        self.note_label.setWordWrap(True)
        self.note_label.linkActivated.connect(self._on_note_label_link_activated)
        self.progress = named(QProgressBar(), "paragraphProgress")
        self.progress.setTextVisible(False)
        self.delayed_progress = DelayedProgress(self.progress, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(8)
        layout.addWidget(named(QLabel(self.tr("French").upper()), "cardSection"))
        layout.addWidget(self.french, 2)
        layout.addWidget(
            named(QLabel(self.tr("English (machine translation)").upper()), "cardSection")
        )
        layout.addWidget(self.english, 3)
        layout.addWidget(self.note_label)
        layout.addWidget(self.progress)
        layout.addWidget(self._build_buttons())

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.stop_button = named(QPushButton(self.tr("Stop")), "paragraphStop")
        self.copy_button = named(QPushButton(self.tr("Copy translation")), "paragraphCopy")
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.clicked.connect(self.stop)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.close_button.clicked.connect(self.reject)
        return buttons

    # -- translating ---------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._task is not None

    @property
    def translation(self) -> str:
        return self.english.toPlainText()

    def translate(self, text: str) -> None:
        """Show a paragraph and translate it (a newer paragraph replaces the older one)."""
        self.stop()
        self.french.setPlainText(text)
        self.english.setPlainText("")
        self.english.setPlaceholderText(self.tr("Translating…"))
        self.note_label.setText("")
        self._set_running(True)
        self._task = self.runner.run_in_worker(
            jobs.translate_text,
            self.data_dir,
            text,
            key="paragraph-translation",
            on_done=self._on_translated,
            on_failed=self._on_failed,
            progress=self.delayed_progress,
        )

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._set_running(False)
            self.english.setPlaceholderText(self.tr("Stopped: nothing was translated."))

    def _on_translated(self, result: MachineTranslation | None) -> None:
        self._task = None
        self._set_running(False)
        self.english.setPlaceholderText("")
        if result is None:
            self.note_label.setText(install_hint(self, self.tr("No machine translation")))
            set_hint(self.note_label, True)
            return
        self.english.setPlainText(result.translation)
        self.note_label.setText(html.escape(machine_note(result.model)))
        set_hint(self.note_label, False)
        self.copy_button.setEnabled(True)

    def _on_failed(self, error: TaskError) -> None:
        self._task = None
        self._set_running(False)
        self.english.setPlaceholderText("")
        self.note_label.setText(html.escape(error.message))
        set_hint(self.note_label, True)

    def _set_running(self, running: bool) -> None:
        self.stop_button.setVisible(running)
        self.copy_button.setEnabled(False)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.translation)

    def _on_note_label_link_activated(self, _link: str) -> None:
        self.install_requested.emit()

    def reject(self) -> None:
        self.stop()
        super().reject()
