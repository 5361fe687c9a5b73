"""File ▸ Export Glossary: the format, the file, which words, the Anki deck; the export runs on
the database thread with a progress bar (after 600 ms) and can be stopped."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.exports import DEFAULT_DECK, ExportFilter, ExportFormat, ExportResult
from reader.core.models import Status
from reader.core.speech import AudioOptions
from reader.ui.common.file_dialogs import FileKind, choose_save_file, remember, start_folder
from reader.ui.common.labels import status_label
from reader.ui.common.naming import message_label, named, show_message
from reader.ui.common.progress import DelayedProgress
from reader.ui.common.settings import Settings
from reader.ui.common.tasks import Task, TaskError, TaskRunner

if TYPE_CHECKING:
    from reader.core.progress import Report
    from reader.core.store import Database

DEFAULT_NAME = "french-reader"
ANKI_FORMATS = (ExportFormat.ANKI, ExportFormat.TSV)


@dataclass(frozen=True)
class ExportRequest:
    """Everything the export needs, read from the dialog on the GUI thread."""

    fmt: ExportFormat
    out: Path
    selection: ExportFilter
    deck: str
    reverse: bool
    audio: AudioOptions | None = None  # sound on the cards (Anki packages)


def count_entries(store: Database, selection: ExportFilter) -> int:
    # Not at start-up: the window may never need it.
    from reader.core.exports import select_entries

    return len(select_entries(store, selection))


def run_export(
    store: Database, request: ExportRequest, report: Report, cancel: threading.Event
) -> ExportResult:
    # Not at start-up: the window may never need it.
    from reader.core.exports import export_glossary

    return export_glossary(
        store,
        request.fmt,
        request.out,
        selection=request.selection,
        deck=request.deck,
        reverse=request.reverse,
        audio=request.audio,
        report=report,
        cancel=cancel,
    )


class ExportDialog(QDialog):
    """Asks what to export and where; closes when the file is written."""

    exported = Signal(object)  # ExportResult

    def __init__(
        self, runner: TaskRunner, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export glossary"))
        self.runner = runner
        self.settings = settings
        self._task: Task | None = None
        self.setMinimumWidth(560)
        form = self._form()
        self._build_destination(form)
        form.addRow(self._section(self.tr("Which words")))
        self._build_filters(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self._build_feedback())
        layout.addWidget(self._build_buttons())
        self._restore()
        self._load_choices()

    # -- building ------------------------------------------------------------------------------

    def _build_destination(self, form: QFormLayout) -> None:
        self.format_combo = named(QComboBox(), "exportFormat")
        labels = {
            ExportFormat.ANKI: self.tr("Anki deck package (.apkg)"),
            ExportFormat.TSV: self.tr("Anki text import (.txt)"),
            ExportFormat.CSV: self.tr("CSV for spreadsheets (.csv)"),
            ExportFormat.QUIZLET: self.tr("Quizlet import (.txt)"),
        }
        for fmt, label in labels.items():
            self.format_combo.addItem(label, fmt.value)
        self.path_edit = named(QLineEdit(), "exportPath")
        self.choose_button = named(QPushButton(self.tr("Choose…")), "exportChoose")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.deck_edit = named(QLineEdit(), "exportDeck")
        self.deck_edit.setPlaceholderText(DEFAULT_DECK)
        self.reverse_check = named(
            QCheckBox(self.tr("Also a card from English to French")), "exportReverse"
        )
        self.destination_form = form
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Save to"), path_row)
        self.deck_label = QLabel(self.tr("Anki deck"))
        form.addRow(self.deck_label, self.deck_edit)
        form.addRow("", self.reverse_check)
        self.audio_check = named(
            QCheckBox(self.tr("Sound: the word and its sentence, spoken offline")), "exportAudio"
        )
        self.audio_check.setToolTip(self.tr("Voice and speed: Settings ▸ Speech"))
        form.addRow("", self.audio_check)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)

    def _build_filters(self, form: QFormLayout) -> None:
        self.tag_combo = self._filter_combo(self.tr("Any tag"))
        self.status_combo = self._filter_combo(self.tr("Any status"))
        for status in Status:
            self.status_combo.addItem(status_label(status), status.value)
        self.source_combo = self._filter_combo(self.tr("Any article"))
        self.since_check = named(QCheckBox(self.tr("Saved on or after")), "exportSinceCheck")
        self.since_edit = named(QDateEdit(), "exportSince")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setDate(QDate.currentDate().addDays(-7))
        self.since_edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        self.since_check.toggled.connect(self._count)
        self.since_edit.dateChanged.connect(self._count)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since_edit, 1)
        form.addRow(self.tr("Tag"), self.tag_combo)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Article"), self.source_combo)
        form.addRow(self.tr("Date"), since_row)

    def _build_feedback(self) -> QWidget:
        box = QWidget()
        self.count_label = named(QLabel(), "exportCount")
        self.message_label = message_label("exportMessage")
        self.progress = named(QProgressBar(), "exportProgress")
        self.progress.setTextVisible(False)
        self.delayed_progress = DelayedProgress(self.progress, parent=self)
        self.delayed_progress.shown.connect(self._on_delayed_progress_shown)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.export_button = named(QPushButton(self.tr("Export")), "exportButton")
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        return self.buttons

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(9)
        return form

    def _section(self, title: str) -> QLabel:
        label = named(QLabel(title.upper()), "cardSection")
        label.setContentsMargins(0, 10, 0, 0)
        return label

    def _filter_combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self._count)
        return combo

    def _restore(self) -> None:
        path = self.settings.export_path
        known = {fmt.value for fmt in ExportFormat}
        saved = self.settings.export_format
        fmt = ExportFormat(saved) if saved in known else ExportFormat.ANKI
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt.value))
        default = start_folder(self.settings, FileKind.EXPORTS) / f"{DEFAULT_NAME}{fmt.suffix}"
        self.path_edit.setText(str(path or default))
        self.deck_edit.setText(self.settings.export_deck or DEFAULT_DECK)
        self.reverse_check.setChecked(self.settings.export_reverse)
        self.audio_check.setChecked(self.settings.export_audio)
        self._on_format_combo_changed()

    def _load_choices(self) -> None:
        self.runner.run_db(
            lambda store: (store.glossary.tags(), store.glossary.sources()),
            key="export-choices",
            on_done=self._on_choices_loaded,
            on_failed=self._show_error,
        )

    def _on_choices_loaded(self, choices: tuple[list[str], list[str]]) -> None:
        tags, sources = choices
        for combo, values in ((self.tag_combo, tags), (self.source_combo, sources)):
            combo.blockSignals(True)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)
        self._count()

    # -- reading the form ----------------------------------------------------------------------

    @property
    def format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData())

    def selection(self) -> ExportFilter:
        status = self.status_combo.currentData()
        since = None
        if self.since_check.isChecked():
            day: date = self.since_edit.date().toPython()  # type: ignore[assignment]
            since = datetime.combine(day, time()).astimezone()  # local midnight
        return ExportFilter(
            tag=self.tag_combo.currentData(),
            status=Status(status) if status else None,
            source=self.source_combo.currentData(),
            since=since,
        )

    def request(self) -> ExportRequest:
        return ExportRequest(
            fmt=self.format,
            out=self._destination(),
            selection=self.selection(),
            deck=self.deck_edit.text().strip() or DEFAULT_DECK,
            reverse=self.reverse_check.isChecked(),
            audio=self._audio(),
        )

    def _audio(self) -> AudioOptions | None:
        if self.format is not ExportFormat.ANKI or not self.audio_check.isChecked():
            return None
        return AudioOptions(speech=self.settings.speech_settings())

    def _destination(self) -> Path:
        """The typed file; a bare name goes to the exports folder, not the app's folder."""
        out = Path(self.path_edit.text().strip()).expanduser()
        return out if out.is_absolute() else start_folder(self.settings, FileKind.EXPORTS) / out

    def _count(self) -> None:
        selection = self.selection()
        self.runner.run_db(
            lambda store: count_entries(store, selection),
            key="export-count",
            on_done=self._on_counted,
            on_failed=self._show_error,
        )

    def _on_counted(self, count: int) -> None:
        if count == 0:
            self.count_label.setText(self.tr("No saved words match these filters."))
        elif count == 1:
            self.count_label.setText(self.tr("1 word to export."))
        else:
            self.count_label.setText(self.tr("%s words to export.") % f"{count:,}")

    # -- exporting -----------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._task is not None

    def start_export(self) -> None:
        if self._task is not None:
            return
        if not self.path_edit.text().strip():
            self._show_error(self.tr("Choose a file to export to."))
            return
        request = self.request()
        self._remember(request)
        show_message(self.message_label, "")
        self._set_running(True)
        self._task = self.runner.run_db_with_progress(
            lambda store, report, cancel: run_export(store, request, report, cancel),
            key="export",
            on_done=self._on_export_done,
            on_failed=self._on_export_failed,
            progress=self.delayed_progress,
        )

    def _remember(self, request: ExportRequest) -> None:
        self.settings.export_path = request.out
        remember(self.settings, FileKind.EXPORTS, request.out)
        self.settings.export_format = request.fmt.value
        self.settings.export_deck = request.deck
        self.settings.export_reverse = request.reverse
        if request.fmt is ExportFormat.ANKI:
            self.settings.export_audio = request.audio is not None

    def _on_export_done(self, result: ExportResult) -> None:
        self._task = None
        self._set_running(False)
        self.exported.emit(result)
        self.accept()

    def _on_export_failed(self, error: TaskError) -> None:
        self._task = None
        self._set_running(False)
        self._show_error(error.message)

    def _on_delayed_progress_shown(self) -> None:
        self.message_label.setText(self.tr("Exporting…"))

    def _on_cancel_button_clicked(self) -> None:
        if self._task is None:
            self.reject()
            return
        self._task.cancel()
        self._task = None
        self._set_running(False)
        self.message_label.setText(self.tr("Export stopped: no file was written."))

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Stop") if running else self.tr("Cancel"))

    def _show_error(self, error: TaskError | str) -> None:
        message = error if isinstance(error, str) else error.message
        show_message(self.message_label, message, error=True)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()

    # -- choices -------------------------------------------------------------------------------

    def _on_format_combo_changed(self, _index: int = 0) -> None:
        fmt = self.format
        is_anki = fmt in ANKI_FORMATS
        # Only the options of the chosen format show: no Anki deck for a CSV file.
        for widget in (self.deck_edit, self.reverse_check):
            self.destination_form.setRowVisible(widget, is_anki)
        self.destination_form.setRowVisible(self.audio_check, fmt is ExportFormat.ANKI)
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() in {f.suffix for f in ExportFormat} or not path.suffix:
                self.path_edit.setText(str(path.with_suffix(fmt.suffix)))

    def _on_choose_button_clicked(self) -> None:
        fmt = self.format
        out = choose_save_file(
            self,
            self.settings,
            FileKind.EXPORTS,
            self.tr("Export to"),
            self._destination(),
            f"{self.format_combo.currentText()} (*{fmt.suffix});;All files (*)",
        )
        if out is not None:
            self.path_edit.setText(str(out))
