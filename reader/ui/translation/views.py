"""Machine translation on screen: the word card's sentence section, the paragraph dialog, and
how a translation says where it came from (dictionary name, IPA, model)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
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

from reader.core.models import Translation, TranslationSource
from reader.core.translation.translate import MACHINE_ORIGIN
from reader.ui.common.labels import source_label
from reader.ui.common.naming import named
from reader.ui.common.tasks import Task, TaskError, TaskRunner
from reader.worker import jobs

MACHINE_PREFIX = f"{MACHINE_ORIGIN} ("  # then the model's label and ")"
PROGRESS_DELAY_MS = 600
INSTALL_LINK = "models"


def translation_note(translation: Translation) -> str:
    """The line under a translation: its source, the dictionary or model, its IPA."""
    parts = [source_label(translation.source)]
    origin = translation.origin
    if translation.source is TranslationSource.TEACHER:
        parts = [f"{parts[0]}: {origin}"]  # your teacher's list: Semaine 3
        origin = ""
    if origin.startswith(MACHINE_PREFIX) and origin.endswith(")"):
        origin = origin[len(MACHINE_PREFIX) : -1]
    if origin and origin.casefold() != parts[0].casefold():
        parts.append(origin)
    if translation.ipa:
        parts.append(f"/{translation.ipa.strip('/[] ')}/")
    return " · ".join(parts)


def machine_note(model: str) -> str:
    """The mark on every machine translation of a sentence: what made it."""
    return f"{source_label(TranslationSource.MACHINE)} · {model}"


def _install_hint(widget: QWidget, what: str) -> str:
    hint = widget.tr("%s: no translation model is installed.") % what
    link = widget.tr("Install one…")
    return (
        f'{html.escape(hint)} <a href="{INSTALL_LINK}" style="color:#2f5d8c">'
        f"{html.escape(link)}</a>"
    )


def _set_hint(label: QLabel, is_hint: bool) -> None:
    """A hint is grey; a machine translation's mark is violet (style.qss)."""
    label.setProperty("hint", is_hint)
    label.style().unpolish(label)
    label.style().polish(label)


def _normalised(text: str) -> str:
    return " ".join(text.split())


class SentenceTranslationView(QWidget):
    """The card's "In English" section: the clicked word's sentence, machine-translated in the
    background. It asks (`requested`) and shows whatever answer is for the sentence shown."""

    requested = Signal(str)  # the sentence to translate
    install_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentenceTranslation")
        self._sentence = ""
        self._available = False
        self._answered = False
        title = named(QLabel(self.tr("In English").upper()), "cardSection")
        self.text_label = named(QLabel(), "cardSentenceTranslation")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = named(QLabel(), "machineNote")
        self.note_label.setWordWrap(True)
        self.note_label.linkActivated.connect(self._on_note_label_link_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.text_label)
        layout.addWidget(self.note_label)

    @property
    def text(self) -> str:
        """The translation shown ("" while translating, or without a model)."""
        return self.text_label.text() if self._answered else ""

    @property
    def note(self) -> str:
        return self.note_label.text()

    @property
    def sentence(self) -> str:
        return self._sentence

    def set_available(self, available: bool) -> None:
        """Whether a model is installed; a change asks again for the sentence shown."""
        if available != self._available:
            self._available = available
            sentence, self._sentence = self._sentence, ""
            if sentence:
                self.show_sentence(sentence)

    def show_sentence(self, sentence: str) -> None:
        """The card shows a word of this sentence: translate it, unless it already is."""
        if _normalised(sentence) == _normalised(self._sentence):
            return
        self._sentence = sentence
        self._answered = False
        if not self._available:
            self._show_hint()
            return
        self._show(self.tr("Translating…"), "", pending=True)
        self.requested.emit(sentence)

    def show_translation(self, result: Any) -> None:
        """A MachineTranslation; dropped unless it is of the sentence shown."""
        if _normalised(result.text) != _normalised(self._sentence):
            return
        self._answered = True
        self._show(result.translation, html.escape(machine_note(result.model)))

    def show_missing(self) -> None:
        """The worker found no model after all (removed meanwhile)."""
        self._available = False
        self._show_hint()

    def show_failure(self, sentence: str, message: str) -> None:
        if _normalised(sentence) == _normalised(self._sentence):
            failed = self.tr("The sentence could not be translated.")
            self._show(failed, html.escape(message), hint=True)

    def _show_hint(self) -> None:
        self._show("", _install_hint(self, self.tr("No sentence translation")), hint=True)

    def _show(self, text: str, note: str, *, pending: bool = False, hint: bool = False) -> None:
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.text_label.setProperty("pending", pending)
        self.text_label.style().unpolish(self.text_label)
        self.text_label.style().polish(self.text_label)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        _set_hint(self.note_label, hint)

    def _on_note_label_link_activated(self, _link: str) -> None:
        self.install_requested.emit()


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
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._on_progress_timer_timeout)
        self.french = named(QTextBrowser(), "paragraphFrench")
        self.english = named(QTextBrowser(), "paragraphEnglish")
        self.note_label = named(QLabel(), "machineNote")
        self.note_label.setWordWrap(True)
        self.note_label.linkActivated.connect(self._on_note_label_link_activated)
        self.progress = named(QProgressBar(), "paragraphProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
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
            on_progress=self._on_progress,
        )

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._set_running(False)
            self.english.setPlaceholderText(self.tr("Stopped: nothing was translated."))

    def _on_translated(self, result: Any) -> None:
        self._task = None
        self._set_running(False)
        self.english.setPlaceholderText("")
        if result is None:
            self.note_label.setText(_install_hint(self, self.tr("No machine translation")))
            _set_hint(self.note_label, True)
            return
        self.english.setPlainText(result.translation)
        self.note_label.setText(html.escape(machine_note(result.model)))
        _set_hint(self.note_label, False)
        self.copy_button.setEnabled(True)

    def _on_failed(self, error: TaskError) -> None:
        self._task = None
        self._set_running(False)
        self.english.setPlaceholderText("")
        self.note_label.setText(html.escape(error.message))
        _set_hint(self.note_label, True)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_progress_timer_timeout(self) -> None:
        if self._task is not None:
            self.progress.show()

    def _set_running(self, running: bool) -> None:
        self.stop_button.setVisible(running)
        self.copy_button.setEnabled(False)
        if running:
            self.progress.setRange(0, 0)
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
            self.progress.hide()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.translation)

    def _on_note_label_link_activated(self, _link: str) -> None:
        self.install_requested.emit()

    def reject(self) -> None:
        self.stop()
        super().reject()
