"""The Lists tab, for teachers: reading lists (texts in order, a title and notes, total length
and level range), exported as one file a student imports, and their handouts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.core.teaching import ListSummary
from reader.ui.common.file_dialogs import FileKind, choose_file, choose_save_file
from reader.ui.common.naming import named
from reader.ui.common.settings import Settings
from reader.ui.common.tasks import TaskError, TaskRunner
from reader.ui.library.add_text_dialog import AddTextDialog

if TYPE_CHECKING:
    from reader.core.store import Database, ReadingList, TextRange, TextRecord
    from reader.core.teaching import ListImport

LIST_FILTER = "Reading lists (*.zip);;All files (*)"
ID = Qt.ItemDataRole.UserRole
NOTES_DELAY_MS = 800  # notes are saved when the typing pauses


class ListsView(QWidget):
    """Lists on the left; the chosen list's title, notes and texts on the right."""

    open_requested = Signal(int)  # text id
    handout_requested = Signal(int)  # list id
    library_changed = Signal()  # an imported list brought texts
    lists_changed = Signal()
    adopt_requested = Signal(int, object)  # list id, lemmas (None: all): into the glossary
    failed = Signal(object)  # TaskError or str
    message = Signal(str)

    def __init__(
        self, runner: TaskRunner, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listsView")
        self.runner = runner
        self.settings = settings
        self.summary: ListSummary | None = None
        self.lists = named(QListWidget(), "readingLists")
        self.title = named(QLineEdit(), "listTitle")
        self.notes = named(QPlainTextEdit(), "listNotes")
        self.notes.setPlaceholderText(self.tr("Notes for the class…"))
        self.notes.setMaximumHeight(110)
        self.items = named(QListWidget(), "listTexts")
        self.info = named(QLabel(), "listSummary")
        self._notes_timer = QTimer(self, singleShot=True, interval=NOTES_DELAY_MS)
        self._build()
        self._connect()
        self._show_summary(None)

    def _button(self, text: str, slot: Callable[[], object], name: str = "") -> QPushButton:
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(12, 10, 6, 8)
        column.addWidget(QLabel(self.tr("Reading lists")))
        column.addWidget(self.lists, 1)
        row = QHBoxLayout()
        # Through a lambda: clicked(bool) would hand its "checked" to new_list as a text id.
        row.addWidget(self._button(self.tr("New…"), lambda: self.new_list(), "newListButton"))
        row.addWidget(self._button(self.tr("Import…"), self.choose_import, "importListButton"))
        self.delete_button = self._button(self.tr("Delete"), self.delete_list)
        row.addWidget(self.delete_button)
        column.addLayout(row)
        self.detail = QWidget()
        right = QVBoxLayout(self.detail)
        right.setContentsMargins(6, 10, 12, 8)
        right.addWidget(self.title)
        right.addWidget(self.info)
        right.addWidget(self.notes)
        right.addWidget(self.items, 1)
        moves = QHBoxLayout()
        self.add_button = self._button(self.tr("Add Text…"), self.choose_text, "addListTextButton")
        self.up_button = self._button(self.tr("Move Up"), lambda: self.move_text(-1))
        self.down_button = self._button(self.tr("Move Down"), lambda: self.move_text(1))
        self.remove_button = self._button(self.tr("Remove"), self.remove_text)
        self.part_button = self._button(self.tr("Part…"), self.choose_part, "listPartButton")
        self.part_button.setToolTip(self.tr("Read only some chapters or pages of this text"))
        self.open_button = self._button(self.tr("Open"), self._open_current)
        # The chosen text's actions in two short rows and the list's own in a third: one row
        # of nine buttons kept the window from narrowing below 1,250 px.
        picked = QHBoxLayout()
        for button in (self.add_button, self.part_button, self.open_button):
            picked.addWidget(button)
        picked.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        moves.addStretch(1)
        whole = QHBoxLayout()
        self.handout_button = self._button(
            self.tr("Handout…"), self._request_handout, "listHandoutButton"
        )
        self.export_button = self._button(
            self.tr("Export List…"), self.choose_export, "exportListButton"
        )
        self.adopt_button = self._button(
            self.tr("Add Words to My Glossary"), self.adopt_words, "adoptListButton"
        )
        self.adopt_button.setToolTip(
            self.tr("Save the list's glossary words, with its translations, to your glossary")
        )
        whole.addWidget(self.handout_button)
        whole.addWidget(self.adopt_button)
        whole.addWidget(self.export_button)
        whole.addStretch(1)
        right.addLayout(picked)
        right.addLayout(moves)
        right.addLayout(whole)
        splitter = named(QSplitter(Qt.Orientation.Horizontal), "listsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([280, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.lists.currentItemChanged.connect(self._on_lists_current_changed)
        self.title.editingFinished.connect(self._on_title_edited)
        self.notes.textChanged.connect(self._notes_timer.start)
        self._notes_timer.timeout.connect(self._save_notes)
        self.items.itemDoubleClicked.connect(lambda _: self._open_current())

    @property
    def list_id(self) -> int | None:
        item = self.lists.currentItem()
        return None if item is None else int(item.data(ID))

    # -- loading -------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        wanted = select if select is not None else self.list_id
        self.runner.run_db(
            lambda store: store.lists.reading_lists(),
            key="lists",
            on_done=lambda lists: self._on_lists(lists, wanted),
            on_failed=self.failed.emit,
        )

    def _on_lists(self, lists: list[ReadingList], wanted: int | None) -> None:
        self.lists.blockSignals(True)
        self.lists.clear()
        for reading_list in lists:
            item = QListWidgetItem(reading_list.title)
            item.setData(ID, reading_list.id)
            self.lists.addItem(item)
            if reading_list.id == wanted:
                self.lists.setCurrentItem(item)
        if self.lists.currentItem() is None and self.lists.count():
            self.lists.setCurrentRow(0)
        self.lists.blockSignals(False)
        self._load_summary()

    def _on_lists_current_changed(self, *_: Any) -> None:
        self._save_notes()
        self._load_summary()

    def _load_summary(self) -> None:
        # Not at start-up: the window may never need it.
        from reader.core.teaching import list_summary

        list_id = self.list_id
        if list_id is None:
            self._show_summary(None)
            return
        self.runner.run_db(
            lambda store: list_summary(store, list_id),
            key="list-summary",
            on_done=self._show_summary,
            on_failed=self.failed.emit,
        )

    def _show_summary(self, summary: ListSummary | None) -> None:
        self.summary = summary
        self.detail.setEnabled(summary is not None)
        self.delete_button.setEnabled(summary is not None)
        self.items.clear()
        self.notes.blockSignals(True)
        if summary is None:
            self.title.clear()
            self.notes.clear()
            self.info.setText(self.tr("Make a list with New…, or import one a teacher sent."))
            self.notes.blockSignals(False)
            return
        reading_list = summary.reading_list
        self.title.setText(reading_list.title)
        if self.notes.toPlainText() != reading_list.notes:
            self.notes.setPlainText(reading_list.notes)
        self.notes.blockSignals(False)
        for number, (entry, row) in enumerate(zip(summary.items, summary.rows, strict=True), 1):
            level = row.difficulty.level if row.difficulty else self.tr("level not known yet")
            text = entry.text
            author = f" — {text.author}" if text.author else ""
            part = f" · {entry.part.label}" if entry.part else ""
            line = f"{number}. {text.title}{author}{part} · {text.word_count:,} words · {level}"
            item = QListWidgetItem(line)
            item.setData(ID, text.id)
            item.setToolTip(entry.note or text.title)
            self.items.addItem(item)
        level_range = summary.level_range or self.tr("level not known yet")
        info = self.tr("%d texts · %s words · %s") % (
            len(summary.items),
            f"{summary.words:,}",
            level_range,
        )
        if reading_list.imported:  # its words show on the word card as the teacher's
            info += self.tr(" · imported from a list file")
        self.info.setText(info)

    # -- editing -------------------------------------------------------------------------------

    def new_list(self, text_id: int | None = None) -> None:
        """Ask for a title (the dialog stays open without blocking the window), then create
        the list, with the text if one is given, and show it at once."""
        dialog = named(QInputDialog(self), "newListDialog")
        dialog.setWindowTitle(self.tr("New reading list"))
        dialog.setLabelText(self.tr("Title:"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda title: self._create_list(title, text_id))
        self.new_list_dialog = dialog
        dialog.open()

    def _create_list(self, title: str, text_id: int | None) -> None:
        if not title.strip():
            return
        text_ids = () if text_id is None else (text_id,)
        self.runner.run_db(
            lambda store: store.lists.create_list(title, text_ids=text_ids).id,
            on_done=self._on_list_created,
            on_failed=self.failed.emit,
        )

    def new_list_with(self, text_id: int) -> None:
        self.new_list(text_id)

    def _on_list_created(self, list_id: int) -> None:
        self.refresh(select=list_id)
        self.lists_changed.emit()

    def add_text(self, text_id: int, list_id: int, part: TextRange | None = None) -> None:
        self._change(lambda store: store.lists.add_to_list(list_id, text_id, "", part), list_id)
        self.message.emit(self.tr("Added to the reading list."))

    def choose_text(self) -> None:
        """Add Text…: a library text (by its title and author) and the part the list reads."""
        list_id = self.list_id
        if list_id is None:
            return
        self.runner.run_db(
            lambda store: store.library.texts(),
            on_done=lambda texts: self._pick_text(list_id, texts),
            on_failed=self.failed.emit,
        )

    def _pick_text(self, list_id: int, texts: list[TextRecord]) -> None:
        if not texts:
            self.failed.emit(self.tr("The library is empty: import texts first (Ctrl+Shift+O)."))
            return
        dialog = AddTextDialog(texts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda text_id, part: self.add_text(text_id, list_id, part))
        self.text_dialog = dialog
        dialog.open()

    def choose_part(self) -> None:
        """Part…: the chapters or pages the list reads of the selected text."""
        row, summary, list_id = self.items.currentRow(), self.summary, self.list_id
        if summary is None or list_id is None or not 0 <= row < len(summary.items):
            return
        item = summary.items[row]
        dialog = AddTextDialog([item.text], self, part=item.part)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(
            lambda text_id, part: self._change(
                lambda store: store.lists.set_item_part(list_id, text_id, part), list_id, row
            )
        )
        self.text_dialog = dialog
        dialog.open()

    def move_text(self, step: int) -> None:
        """Move the selected text up (-1) or down (1) in the list."""
        row = self.items.currentRow()
        summary, list_id = self.summary, self.list_id
        if summary is None or list_id is None or not 0 <= row + step < self.items.count():
            return
        order = [entry.text.id for entry in summary.items]
        order[row], order[row + step] = order[row + step], order[row]
        self._change(lambda store: store.lists.reorder_list(list_id, order), list_id, row + step)

    def remove_text(self) -> None:
        item, list_id = self.items.currentItem(), self.list_id
        if item is not None and list_id is not None:
            text_id = int(item.data(ID))
            self._change(lambda store: store.lists.remove_from_list(list_id, text_id), list_id)

    def _change(
        self, fn: Callable[[Database], object], list_id: int, row: int | None = None
    ) -> None:
        def done(_: object) -> None:
            self.refresh(select=list_id)
            if row is not None:
                QTimer.singleShot(0, lambda: self._select_row_later(row))

        self.runner.run_db(fn, on_done=done, on_failed=self.failed.emit)

    def _select_row_later(self, row: int) -> None:
        # the summary arrives after the list: wait for the rows to be there
        if self.items.count() > row:
            self.items.setCurrentRow(row)
        elif self.summary is not None:
            QTimer.singleShot(20, lambda: self._select_row_later(row))

    def _on_title_edited(self) -> None:
        list_id, title = self.list_id, self.title.text().strip()
        if list_id is None or not title or self.summary is None:
            return
        if title != self.summary.reading_list.title:
            self._change(lambda store: store.lists.update_list(list_id, title=title), list_id)
            self.lists_changed.emit()

    def _save_notes(self) -> None:
        self._notes_timer.stop()
        summary, notes = self.summary, self.notes.toPlainText()
        if summary is None or notes.strip() == summary.reading_list.notes:
            return
        list_id = summary.reading_list.id
        self.runner.run_db(
            lambda store: store.lists.update_list(list_id, notes=notes),
            on_failed=self.failed.emit,
        )

    def delete_list(self) -> None:
        summary = self.summary
        if summary is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete reading list"),
            self.tr("Delete the list «%s»? Its texts stay in the library.")
            % summary.reading_list.title,
        )
        if answer == QMessageBox.StandardButton.Yes:
            list_id = summary.reading_list.id
            self._change(lambda store: store.lists.delete_list(list_id), -1)
            self.lists_changed.emit()

    def _open_current(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.open_requested.emit(int(item.data(ID)))

    def adopt_words(self) -> None:
        """Save the list's glossary words to the learner's glossary (glossary/teacher.py)."""
        if self.list_id is not None:
            self.adopt_requested.emit(self.list_id, None)

    def _request_handout(self) -> None:
        if self.list_id is not None:
            self._save_notes()
            self.handout_requested.emit(self.list_id)

    # -- files ---------------------------------------------------------------------------------

    def choose_export(self) -> None:
        summary = self.summary
        if summary is None:
            return
        out = choose_save_file(
            self,
            self.settings,
            FileKind.LIST_FILES,
            self.tr("Export the reading list"),
            f"{summary.reading_list.title}.zip",
            LIST_FILTER,
        )
        if out is not None:
            self.export_to(out)

    def export_to(self, path: Path) -> None:
        # Not at start-up: the window may never need it.
        from reader.core.teaching import export_list

        summary = self.summary
        assert summary is not None
        list_id = summary.reading_list.id
        self._save_notes()
        self.runner.run_db(
            lambda store: export_list(store, list_id, path),
            on_done=lambda out: self.message.emit(self.tr("Exported the list to %s.") % out),
            on_failed=self.failed.emit,
        )

    def choose_import(self) -> None:
        title = self.tr("Import a reading list")
        path = choose_file(self, self.settings, FileKind.LIST_FILES, title, LIST_FILTER)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> None:
        """A list file from a teacher: its texts come into the library, with the notes and
        the prepared glossary (validated; nothing is written outside the data folder)."""
        # Not at start-up: the window may never need it.
        from reader.core.teaching import import_list

        self.runner.run_db(
            lambda store: import_list(store, path),
            on_done=self._on_list_imported,
            on_failed=self._on_import_failed,
        )

    def _on_list_imported(self, result: ListImport) -> None:
        reading_list = result.reading_list
        self.refresh(select=reading_list.id)
        self.library_changed.emit()
        self.lists_changed.emit()
        self.message.emit(
            self.tr("Imported the reading list «%s»: %d texts, %d glossary words.")
            % (reading_list.title, len(result.outcomes), result.words)
        )

    def _on_import_failed(self, error: TaskError) -> None:
        self.failed.emit(error)
