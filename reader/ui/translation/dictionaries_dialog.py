"""Settings ▸ Dictionaries: the learner's dictionaries in the order the word card asks them;
import one (kaikki, dictd, StarDict, CSV), reorder, turn off, remove.

An import converts the whole file, so it runs in the worker process with a progress bar (after
600 ms) and can stop; the list's small changes (order, on/off, removal) run on the I/O thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.common.file_dialogs import FileKind, choose_file
from reader.ui.common.naming import list_table, message_label, named, show_message
from reader.ui.common.progress import DelayedProgress
from reader.ui.common.settings import Settings
from reader.ui.common.tasks import Task, TaskError, TaskRunner
from reader.worker import jobs

if TYPE_CHECKING:
    from reader.core.dictionaries import InstalledDictionary

COLUMNS = ("Dictionary", "Format", "Entries")
DICTIONARY_FILTER = (
    "Dictionaries (*.jsonl *.json *.ndjson *.gz *.index *.ifo *.dict *.dz *.csv *.tsv *.tab *.txt)"
    ";;All files (*)"
)


@dataclass(frozen=True)
class DictionaryRow:
    """One line of the list: the registry's entry, its size, whether its file is there."""

    entry: InstalledDictionary
    entries: int
    available: bool

    @property
    def name(self) -> str:
        return str(self.entry.name)


def load_rows(root: Path) -> list[DictionaryRow]:
    # Not at start-up: the window may never need it.
    from reader.core.dictionaries import DictionaryRegistry
    from reader.core.dictionaries.lexicon import bundled_lexicon

    registry = DictionaryRegistry(root)
    rows = []
    for entry in registry.all():
        size = len(bundled_lexicon()) if entry.is_bundled else entry.entries
        rows.append(DictionaryRow(entry, size, registry.is_available(entry)))
    return rows


def reorder(root: Path, names: list[str]) -> list[DictionaryRow]:
    # Not at start-up: the window may never need it.
    from reader.core.dictionaries import DictionaryRegistry

    DictionaryRegistry(root).reorder(names)
    return load_rows(root)


def set_enabled(root: Path, name: str, enabled: bool) -> list[DictionaryRow]:
    # Not at start-up: the window may never need it.
    from reader.core.dictionaries import DictionaryRegistry

    DictionaryRegistry(root).set_enabled(name, enabled)
    return load_rows(root)


def remove(root: Path, name: str) -> list[DictionaryRow]:
    # Not at start-up: the window may never need it.
    from reader.core.dictionaries import DictionaryRegistry

    DictionaryRegistry(root).remove(name)
    return load_rows(root)


class DictionariesDialog(QDialog):
    """The dictionary list; emits `dictionaries_changed` after every change to it."""

    dictionaries_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        data_dir: Path,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dictionariesDialog")
        self.setWindowTitle(self.tr("Dictionaries"))
        self.runner = runner
        self.data_dir = data_dir
        self.settings = settings
        self.rows: list[DictionaryRow] = []
        self._task: Task | None = None
        self._select_after: str | None = None
        self.progress = named(QProgressBar(), "dictionaryProgress")
        self.progress.setTextVisible(False)
        self.delayed_progress = DelayedProgress(self.progress, parent=self)
        self.message_label = message_label()
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        intro = named(
            QLabel(
                self.tr(
                    "The word card asks these dictionaries from the top down and shows each "
                    "one's answer under its name. Untick a dictionary to leave it out."
                )
            ),
            "dialogIntro",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_order_buttons())
        layout.addWidget(named(QLabel(self.tr("Import a dictionary").upper()), "cardSection"))
        layout.addLayout(self._build_import())
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addWidget(self._build_buttons())
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build_table(self) -> QTableWidget:
        headers = [self.tr(title) for title in COLUMNS]
        self.table = list_table(headers, "dictionariesTable", min_height=170)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemChanged.connect(self._on_table_item_changed)
        return self.table

    def _build_order_buttons(self) -> QHBoxLayout:
        self.up_button = named(QPushButton(self.tr("Move up")), "dictionaryUp")
        self.down_button = named(QPushButton(self.tr("Move down")), "dictionaryDown")
        self.remove_button = named(QPushButton(self.tr("Remove…")), "dictionaryRemove")
        keys = (
            (self.up_button, "Ctrl+Up", lambda: self.move_selected(-1)),
            (self.down_button, "Ctrl+Down", lambda: self.move_selected(1)),
            (self.remove_button, "Delete", self._on_remove_button_clicked),
        )
        for button, key, slot in keys:
            button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(slot)
            QShortcut(QKeySequence(key), self.table, slot)
        row = QHBoxLayout()
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        return row

    def _build_import(self) -> QFormLayout:
        self.format_combo = named(QComboBox(), "dictionaryFormat")
        formats = (
            (self.tr("Tell from the file"), None),
            (self.tr("Wiktionary extract, kaikki.org (.jsonl)"), "kaikki"),
            (self.tr("dictd, e.g. FreeDict (.index + .dict.dz)"), "dictd"),
            (self.tr("StarDict (.ifo + .idx + .dict)"), "stardict"),
            (self.tr("CSV or TSV: word, translation[, part of speech]"), "csv"),
        )
        for label, kind in formats:
            self.format_combo.addItem(label, kind)
        self.name_edit = named(QLineEdit(), "dictionaryName")
        self.name_edit.setPlaceholderText(self.tr("the name the file gives, or its file name"))
        self.import_button = named(QPushButton(self.tr("Import…")), "dictionaryImport")
        self.import_button.clicked.connect(self._on_import_button_clicked)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.import_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Name"), name_row)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.stop_button = named(QPushButton(self.tr("Stop")), "dictionaryStop")
        self.stop_button.clicked.connect(self.stop)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.hide()  # after addButton, which shows it
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        return buttons

    # -- the list ------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        return [row.name for row in self.rows]

    def refresh(self) -> None:
        self._change(lambda: load_rows(self.data_dir), changed=False)

    def _change(self, fn: Callable[[], list[DictionaryRow]], *, changed: bool = True) -> None:
        """A change to the list on the I/O thread; the list shows what is saved afterwards."""
        done = self._on_rows_changed if changed else self._show_rows
        self.runner.run(fn, key="dictionaries-list", on_done=done, on_failed=self._show_error)

    def _on_rows_changed(self, rows: list[DictionaryRow]) -> None:
        self._show_rows(rows)
        self.dictionaries_changed.emit()

    def _show_rows(self, rows: list[DictionaryRow]) -> None:
        selected = self._select_after or self.selected_name()
        self._select_after = None
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            self._fill_row(number, row)
        self.table.blockSignals(False)
        names = self.names
        self.table.selectRow(names.index(selected) if selected in names else 0)
        self._update_buttons()

    def _fill_row(self, number: int, row: DictionaryRow) -> None:
        entry = row.entry
        name = QTableWidgetItem(entry.name)
        name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        name.setCheckState(Qt.CheckState.Checked if entry.enabled else Qt.CheckState.Unchecked)
        name.setToolTip(self._tooltip(row))
        if not row.available:
            name.setForeground(Qt.GlobalColor.darkRed)
        kinds = {
            "bundled": self.tr("comes with the app"),
            "kaikki": self.tr("Wiktionary (kaikki)"),
            "dictd": "dictd",
            "stardict": "StarDict",
            "csv": "CSV/TSV",
        }
        kind = QTableWidgetItem(kinds.get(entry.kind, entry.kind))
        count = QTableWidgetItem(f"{row.entries:,}")
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column, item in enumerate((name, kind, count)):
            self.table.setItem(number, column, item)

    def _tooltip(self, row: DictionaryRow) -> str:
        if not row.available:
            return self.tr("Its file is missing: remove it and import it again.")
        source = row.entry.source
        return self.tr("Imported from %s") % source if source else row.name

    def selected_name(self) -> str | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        names = self.names
        return names[min(rows)] if rows and min(rows) < len(names) else None

    def select(self, name: str) -> None:
        if name in self.names:
            self.table.selectRow(self.names.index(name))

    def _update_buttons(self) -> None:
        idle = self._task is None
        name = self.selected_name()
        place = self.names.index(name) if name is not None else -1
        self.up_button.setEnabled(idle and place > 0)
        self.down_button.setEnabled(idle and 0 <= place < len(self.rows) - 1)
        bundled = place >= 0 and self.rows[place].entry.is_bundled
        self.remove_button.setEnabled(idle and place >= 0 and not bundled)
        self.remove_button.setToolTip(
            self.tr("The bundled dictionary cannot be removed: untick it instead.")
            if bundled
            else self.tr("Remove (Delete)")
        )
        self.import_button.setEnabled(idle)
        self.table.setEnabled(idle)

    # -- changes -------------------------------------------------------------------------------

    def move_selected(self, step: int) -> None:
        """Move the selected dictionary up (-1) or down (1) the order."""
        name = self.selected_name()
        if name is None or self._task is not None:
            return
        names = self.names
        place = names.index(name)
        target = place + step
        if not 0 <= target < len(names):
            return
        names[place], names[target] = names[target], names[place]
        self._select_after = name
        self._change(lambda: reorder(self.data_dir, names))

    def set_enabled(self, name: str, enabled: bool) -> None:
        self._select_after = name
        self._change(lambda: set_enabled(self.data_dir, name, enabled))

    def remove_selected(self) -> None:
        name = self.selected_name()
        if name is not None:
            self._change(lambda: remove(self.data_dir, name))
            self._show_message(self.tr("Removed «%s».") % name)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.row() < len(self.rows):
            row = self.rows[item.row()]
            enabled = item.checkState() == Qt.CheckState.Checked
            if enabled != row.entry.enabled:
                self.set_enabled(row.name, enabled)

    def _on_remove_button_clicked(self) -> None:
        name = self.selected_name()
        if name is None or not self.remove_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove dictionary"),
            self.tr("Remove the dictionary «%s»? To use it again you would import it again.")
            % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_selected()

    # -- importing -----------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._task is not None

    def import_file(self, path: Path, kind: str | None = None, name: str | None = None) -> None:
        """Import a dictionary file in the worker process (all or nothing)."""
        self._show_message(self.tr("Importing %s…") % path.name)
        self.stop_button.show()
        self._task = self.runner.run_in_worker(
            jobs.import_dictionary,
            self.data_dir,
            path,
            kind,
            name,
            key="dictionary-import",
            on_done=self._on_imported,
            on_failed=self._on_import_failed,
            progress=self.delayed_progress,
        )
        self._update_buttons()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._finish_import()
            self._show_message(self.tr("Import stopped: nothing was added."))

    def _finish_import(self) -> None:
        self._task = None
        self.stop_button.hide()
        self._update_buttons()

    def _on_imported(self, entry: InstalledDictionary) -> None:
        self._finish_import()
        self.name_edit.clear()
        self._show_message(
            self.tr("Imported «%s»: %s entries.") % (entry.name, f"{entry.entries:,}")
        )
        self._select_after = entry.name
        self._change(lambda: load_rows(self.data_dir))

    def _on_import_failed(self, error: TaskError) -> None:
        self._finish_import()
        self._show_error(error)

    def _on_import_button_clicked(self) -> None:
        title = self.tr("Import a dictionary")
        filters = self.tr(DICTIONARY_FILTER)
        path = choose_file(self, self.settings, FileKind.DICTIONARIES, title, filters)
        if path is not None:
            kind = self.format_combo.currentData()
            self.import_file(path, kind, self.name_edit.text().strip() or None)

    # -- messages ------------------------------------------------------------------------------

    def _show_message(self, text: str) -> None:
        show_message(self.message_label, text)

    def _show_error(self, error: TaskError | str) -> None:
        text = error if isinstance(error, str) else error.message
        show_message(self.message_label, text, error=True)
