"""The glossary screen: search, filters and the table of saved words; under a teacher's list
filter, that list's words, saved or not, and a button to save them all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import GlossaryEntry, Status
from reader.ui.common.labels import status_label
from reader.ui.common.naming import named
from reader.ui.glossary.model import (
    DATE,
    ENTRY_ROLE,
    LEMMA,
    POS,
    SOURCE,
    STATUS,
    TEACHER_ROLE,
    TRANSLATION,
    WORD,
    GlossaryFilter,
    GlossaryModel,
)

FILTER_CHARS = 10  # a filter shows this much of a long choice (a text's title) when closed
SEARCH_MIN_WIDTH = 160  # px: at 800 px wide the search box still shows what is typed


class StatusDelegate(QStyledItemDelegate):
    """Edits the status column with a list of statuses."""

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:  # type: ignore[override]
        combo = QComboBox(parent)
        for status in Status:
            combo.addItem(status_label(status), status)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # type: ignore[override]
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:  # type: ignore[override]
        assert isinstance(editor, QComboBox)
        index.model().setData(index, Status(editor.currentData()), Qt.ItemDataRole.EditRole)


class GlossaryView(QWidget):
    """Table of saved entries; asks the window to delete or to show an entry's contexts."""

    delete_requested = Signal(object)  # GlossaryEntry
    entry_activated = Signal(object)  # GlossaryEntry
    adopt_requested = Signal(int, object)  # a teacher's list id, lemmas (None: all its words)

    def __init__(self, model: GlossaryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryView")
        self.model = model
        self._unreadable: str | None = None  # why the glossary could not be read
        self.proxy = GlossaryFilter(self)
        self.proxy.setSourceModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        self.count_label = named(QLabel(), "glossaryCount")
        layout.addWidget(self.count_label)
        model.entries_changed.connect(self._on_model_entries_changed)
        model.teacher_words_changed.connect(self._on_model_teacher_words_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self._on_model_entries_changed()
        self._on_model_teacher_words_changed()

    def _build_filters(self) -> QHBoxLayout:
        self.search_edit = named(QLineEdit(), "glossarySearch")
        self.search_edit.setPlaceholderText(self.tr("Search words, translations, notes…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(SEARCH_MIN_WIDTH)  # the filters leave it room
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.tag_combo = self._filter_combo(self.tr("All tags"))
        self.status_combo = self._filter_combo(self.tr("Any status"))
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.source_combo = self._filter_combo(self.tr("All articles"))
        self.list_combo = named(self._filter_combo(self.tr("All my words")), "teacherListFilter")
        self.list_combo.setToolTip(self.tr("A teacher's list: its words, saved or not"))
        self.adopt_button = named(QPushButton(self.tr("Save All to Glossary")), "adoptAllButton")
        self.adopt_button.setToolTip(self.tr("Save every word of this teacher's list"))
        self.adopt_button.clicked.connect(self._on_adopt_button_clicked)
        self.delete_button = named(QPushButton(self.tr("Delete")), "deleteButton")
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.search_edit, 3)
        for combo in (self.tag_combo, self.status_combo, self.source_combo, self.list_combo):
            row.addWidget(combo, 1)
        row.addWidget(self.adopt_button)
        row.addWidget(self.delete_button)
        return row

    def _filter_combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
        # A text's whole title as the width kept the window over 1,000 px wide.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(FILTER_CHARS)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self._on_filter_combo_changed)
        return combo

    def _build_table(self) -> QTableView:
        self.table = named(QTableView(), "glossaryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setItemDelegateForColumn(STATUS, StatusDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TRANSLATION, QHeaderView.ResizeMode.Stretch)
        widths = ((WORD, 150), (LEMMA, 150), (POS, 100), (STATUS, 110), (SOURCE, 240), (DATE, 100))
        for column, width in widths:
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self._on_delete_button_clicked)
        return self.table

    # -- filters -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _on_filter_combo_changed(self, _index: int) -> None:
        self.proxy.set_tag(self.tag_combo.currentData())
        status = self.status_combo.currentData()  # Qt hands back the enum's str value
        self.proxy.set_status(Status(status) if status else None)
        self.proxy.set_source(self.source_combo.currentData())
        self.proxy.set_list(self.list_combo.currentData())
        self.adopt_button.setVisible(self.proxy.list_id is not None)
        self._update_count()

    def show_teacher_list(self, list_id: int) -> None:
        """Filter by a teacher's list (its words, saved or not)."""
        self.list_combo.setCurrentIndex(max(0, self.list_combo.findData(list_id)))

    def _on_model_entries_changed(self) -> None:
        entries = self.model.entries
        tags = sorted({tag for entry in entries for tag in entry.tags}, key=str.casefold)
        sources = {c.source_title for entry in entries for c in entry.contexts if c.source_title}
        _refill(self.tag_combo, tags)
        _refill(self.source_combo, sorted(sources, key=str.casefold))
        self._on_filter_combo_changed(0)

    def _on_model_teacher_words_changed(self) -> None:
        lists = self.model.teacher_lists()
        texts = [self.tr("Teacher's list: %s") % title for _, title in lists]
        _refill(self.list_combo, [list_id for list_id, _ in lists], texts)
        self.list_combo.setVisible(bool(lists))
        self._on_filter_combo_changed(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.entry_count
        if self.proxy.list_id is not None:
            unsaved = sum(
                1
                for row in range(shown)
                if self.proxy.index(row, WORD).data(TEACHER_ROLE) is not None
            )
            text = self.tr("%1 words of your teacher's list, %2 not in your glossary yet")
            self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(unsaved)))
            return
        if total == 0 and self._unreadable is not None:
            text = self.tr("Your glossary could not be read: %1").replace("%1", self._unreadable)
        elif total == 0:
            text = self.tr("Your glossary is empty. Click a word while reading and save it.")
        elif shown == total:
            text = (
                self.tr("1 word") if total == 1 else self.tr("%1 words").replace("%1", str(total))
            )
        else:
            text = self.tr("%1 of %2 words").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    # -- rows ----------------------------------------------------------------------------------

    def show_unreadable(self, message: str | None) -> None:
        """Why the glossary could not be read (None: it was read), said instead of "empty"."""
        self._unreadable = message
        self._update_count()

    def current_entry(self) -> GlossaryEntry | None:
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, WORD))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _on_delete_button_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.delete_requested.emit(entry)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        teacher = index.data(TEACHER_ROLE)
        if teacher is not None:  # a teacher's word not saved yet: save it
            self.adopt_requested.emit(teacher.list_id, (teacher.word.lemma,))
        elif index.column() not in (TRANSLATION, STATUS):
            self.entry_activated.emit(index.data(ENTRY_ROLE))

    def _on_adopt_button_clicked(self) -> None:
        if self.proxy.list_id is not None:
            self.adopt_requested.emit(self.proxy.list_id, None)


def _refill(combo: QComboBox, values: list[Any], texts: list[str] | None = None) -> None:
    """Replace a filter's choices (shown as texts, else as themselves), keeping the current
    one if it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for value, text in zip(values, texts or values, strict=True):
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current in values else 0)
    combo.blockSignals(False)
