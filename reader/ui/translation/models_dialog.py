"""Settings ▸ Translation Models: the installed Argos models; install one from a file, download
one (only on request: it uses the network), remove one, choose the folder they live in.

Installing and removing run in the worker process (CTranslate2 loads the model to check it);
the download runs on the network thread; listing and the folder setting on the I/O thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common.file_dialogs import FileKind, choose_file, choose_folder
from reader.ui.common.naming import list_table, message_label, named, show_message
from reader.ui.common.progress import DelayedProgress
from reader.ui.common.settings import Settings
from reader.ui.common.tasks import Progress, Task, TaskError, TaskRunner
from reader.worker import jobs

if TYPE_CHECKING:
    from reader.core.translation import InstalledModel

MODEL_FILTER = "Argos Translate models (*.argosmodel);;All files (*)"
COLUMNS = ("Model", "Translates", "Version", "Size", "Made for Argos")


@dataclass(frozen=True)
class ModelsState:
    """What the dialog lists: the installed models, their folder, and whether it is the app's."""

    models: tuple[InstalledModel, ...]
    folder: Path
    is_default: bool


def load_state(root: Path) -> ModelsState:
    # Not at start-up: the window may never need it.
    from reader.core.translation import MODELS_FOLDER, list_models, models_dir

    folder = models_dir(root)
    return ModelsState(tuple(list_models(root)), folder, folder == root / MODELS_FOLDER)


def change_folder(root: Path, folder: Path | None) -> ModelsState:
    # Not at start-up: the window may never need it.
    from reader.core.translation import set_models_dir

    set_models_dir(root, folder)
    return load_state(root)


def fetch(root: Path, report: Progress, cancel: threading.Event) -> Path:
    # Not at start-up: the window may never need it.
    from reader.core.translation import fetch_model

    return fetch_model(root, report=report, cancel=cancel)


def human_size(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, round(size / 1024))} KB" if size else "—"


class ModelsDialog(QDialog):
    """The translation models; emits `models_changed` once one is installed or removed."""

    models_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        data_dir: Path,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("modelsDialog")
        self.setWindowTitle(self.tr("Translation models"))
        self.runner = runner
        self.data_dir = data_dir
        self.settings = settings
        self.state: ModelsState | None = None
        self._task: Task | None = None
        self._stopped_text = ""
        self.progress = named(QProgressBar(), "modelsProgress")
        self.progress.setTextVisible(False)
        self.delayed_progress = DelayedProgress(self.progress, parent=self)
        self.message_label = message_label()
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(self._build_intro())
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_actions())
        layout.addWidget(self._section(self.tr("Download")))
        layout.addLayout(self._build_download())
        layout.addWidget(self._section(self.tr("Models folder")))
        layout.addLayout(self._build_folder())
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addWidget(self._build_buttons())
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build_intro(self) -> QLabel:
        intro = named(
            QLabel(
                self.tr(
                    "An Argos Translate model translates sentences, paragraphs and the words no "
                    "dictionary knows, on this computer: once it is installed, no network is "
                    "needed."
                )
            ),
            "dialogIntro",
        )
        intro.setWordWrap(True)
        return intro

    def _build_table(self) -> QTableWidget:
        headers = [self.tr(title) for title in COLUMNS]
        self.table = list_table(headers, "modelsTable", min_height=130)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = named(QLabel(), "modelsEmpty")
        self.empty_label.setWordWrap(True)
        return self.table

    def _build_actions(self) -> QHBoxLayout:
        self.install_button = named(QPushButton(self.tr("Install from file…")), "installModel")
        self.install_button.setToolTip(self.tr("Install a French → English .argosmodel file"))
        self.remove_button = named(QPushButton(self.tr("Remove…")), "removeModel")
        self.install_button.clicked.connect(self._on_install_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.empty_label, 1)
        return row

    def _build_download(self) -> QHBoxLayout:
        self.download_button = named(
            QPushButton(self.tr("Download from the Argos index")), "downloadModel"
        )
        note = named(
            QLabel(
                self.tr(
                    "Uses the network: the French → English model (about 100 MB) comes from "
                    "the Argos Translate package index."
                )
            ),
            "downloadNote",
        )
        note.setWordWrap(True)
        self.download_button.clicked.connect(self.start_download)
        row = QHBoxLayout()
        row.addWidget(self.download_button)
        row.addWidget(note, 1)
        return row

    def _build_folder(self) -> QHBoxLayout:
        self.folder_label = named(QLabel(), "modelsFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.folder_button = named(QPushButton(self.tr("Change…")), "changeModelsFolder")
        self.default_button = named(QPushButton(self.tr("Use the app's folder")), "defaultFolder")
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.default_button)
        return row

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.stop_button = named(QPushButton(self.tr("Stop")), "modelsStop")
        self.stop_button.clicked.connect(self.stop)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.hide()  # after addButton, which shows it
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        return buttons

    def _section(self, title: str) -> QLabel:
        return named(QLabel(title.upper()), "cardSection")

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.run(
            lambda: load_state(self.data_dir),
            key="models-list",
            on_done=self._show_state,
            on_failed=self._show_error,
        )

    @property
    def model_names(self) -> list[str]:
        return [model.name for model in self.state.models] if self.state else []

    def _show_state(self, state: ModelsState) -> None:
        self.state = state
        self.table.setRowCount(len(state.models))
        for row, model in enumerate(state.models):
            languages = f"{model.from_name or model.from_code} → {model.to_name or model.to_code}"
            values = (model.name, languages, model.package_version)
            cells = (*values, human_size(model.size), model.argos_version)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(str(model.path) if column == 0 else value)
                self.table.setItem(row, column, item)
        if state.models:
            self.table.selectRow(0)
        self.empty_label.setText(
            "" if state.models else self.tr("No model yet: install a .argosmodel file.")
        )
        self.folder_label.setText(str(state.folder))
        self._update_buttons()

    def selected_model(self) -> str | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        names = self.model_names
        return names[min(rows)] if rows and min(rows) < len(names) else None

    def _update_buttons(self) -> None:
        idle = self._task is None
        for button in (self.install_button, self.download_button, self.folder_button):
            button.setEnabled(idle)
        self.remove_button.setEnabled(idle and self.selected_model() is not None)
        is_default = self.state is None or self.state.is_default
        self.default_button.setEnabled(idle and not is_default)

    # -- installing, downloading, removing -----------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._task is not None

    def install_file(self, path: Path, *, downloaded: bool = False) -> None:
        """Install a .argosmodel in the worker process (checked and loaded there first)."""
        self._start(self.tr("Installing %s…") % path.name, self.tr("Install stopped."))
        self._run(
            self.runner.run_in_worker(
                jobs.install_model,
                self.data_dir,
                path,
                downloaded,
                key="model-install",
                on_done=self._on_model_installed,
                on_failed=self._on_failed,
                progress=self.delayed_progress,
            )
        )

    def start_download(self) -> None:
        """Download the model from the Argos index (network thread), then install it."""
        self._start(
            self.tr("Downloading the French → English model…"),
            self.tr("Download stopped: nothing was installed."),
        )
        root = self.data_dir
        self._run(
            self.runner.download(
                lambda report, cancel: fetch(root, report, cancel),
                key="model-download",
                on_done=self._on_model_downloaded,
                on_failed=self._on_failed,
                on_progress=self._on_download_progress,
                progress=self.delayed_progress,
            )
        )

    def remove_selected(self) -> None:
        name = self.selected_model()
        if name is None:
            return
        self._start(self.tr("Removing %s…") % name, "")
        self._run(
            self.runner.run_in_worker(
                jobs.remove_model,
                self.data_dir,
                name,
                key="model-remove",
                on_done=self._on_model_removed,
                on_failed=self._on_failed,
            )
        )

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._finish()
            self._show_message(self._stopped_text)

    def _start(self, text: str, stopped: str) -> None:
        self._stopped_text = stopped
        self._show_message(text)
        self.stop_button.show()
        self.stop_button.setEnabled(bool(stopped))

    def _run(self, task: Task) -> None:
        self._task = task
        self._update_buttons()

    def _finish(self) -> None:
        self.stop_button.hide()
        self._update_buttons()

    def _on_model_downloaded(self, path: Path) -> None:
        self._task = None
        self.install_file(path, downloaded=True)

    def _on_model_installed(self, model: InstalledModel) -> None:
        self._task = None
        self._finish()
        self._show_message(self.tr("Installed %s (%s).") % (model.name, model.label))
        self.refresh()
        self.models_changed.emit()

    def _on_model_removed(self, model: InstalledModel) -> None:
        self._task = None
        self._finish()
        self._show_message(self.tr("Removed %s.") % model.name)
        self.refresh()
        self.models_changed.emit()

    def _on_failed(self, error: TaskError) -> None:
        self._task = None
        self._finish()
        self._show_error(error)

    def _on_download_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._show_message(
                self.tr("Downloading… %s of %s") % (human_size(done), human_size(total))
            )

    # -- the folder ----------------------------------------------------------------------------

    def choose_folder(self, folder: Path | None) -> None:
        """Keep the models in folder (an existing Argos folder, say); None: the app's own."""
        self.runner.run(
            lambda: change_folder(self.data_dir, folder),
            key="models-list",
            on_done=self._on_folder_changed,
            on_failed=self._show_error,
        )

    def _on_folder_changed(self, state: ModelsState) -> None:
        self._show_state(state)
        self._show_message(self.tr("Models are now read from %s.") % state.folder)
        self.models_changed.emit()

    # -- buttons -------------------------------------------------------------------------------

    def _on_install_button_clicked(self) -> None:
        title = self.tr("Install a translation model")
        path = choose_file(self, self.settings, FileKind.MODELS, title, self.tr(MODEL_FILTER))
        if path is not None:
            self.install_file(path)

    def _on_remove_button_clicked(self) -> None:
        name = self.selected_model()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove translation model"),
            self.tr(
                "Remove the model %s? Nothing is machine-translated until a model is installed."
            )
            % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_selected()

    def _on_folder_button_clicked(self) -> None:
        folder = choose_folder(
            self, self.settings, FileKind.MODEL_FOLDERS, self.tr("Models folder")
        )
        if folder is not None:
            self.choose_folder(folder)

    def _on_default_button_clicked(self) -> None:
        self.choose_folder(None)

    # -- messages ------------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        show_message(self.message_label, text)

    def _show_error(self, error: TaskError | str) -> None:
        text = error if isinstance(error, str) else error.message
        show_message(self.message_label, text, error=True)
