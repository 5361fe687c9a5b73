"""The glossary screen: search, filters and the table of saved words."""

from __future__ import annotations

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
from reader.ui.glossary_model import (
    DATE,
    ENTRY_ROLE,
    LEMMA,
    POS,
    SOURCE,
    STATUS,
    TRANSLATION,
    WORD,
    GlossaryFilter,
    GlossaryModel,
)
from reader.ui.labels import status_label
from reader.ui.naming import named


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

    def __init__(self, model: GlossaryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryView")
        self.model = model
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
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self._on_model_entries_changed()

    def _build_filters(self) -> QHBoxLayout:
        self.search_edit = named(QLineEdit(), "glossarySearch")
        self.search_edit.setPlaceholderText(self.tr("Search words, translations, notes…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.tag_combo = self._filter_combo(self.tr("All tags"))
        self.status_combo = self._filter_combo(self.tr("Any status"))
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.source_combo = self._filter_combo(self.tr("All articles"))
        self.delete_button = named(QPushButton(self.tr("Delete")), "deleteButton")
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.search_edit, 3)
        for combo in (self.tag_combo, self.status_combo, self.source_combo):
            row.addWidget(combo, 1)
        row.addWidget(self.delete_button)
        return row

    def _filter_combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
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
        self._update_count()

    def _on_model_entries_changed(self) -> None:
        entries = self.model.entries
        tags = sorted({tag for entry in entries for tag in entry.tags}, key=str.casefold)
        sources = {c.source_title for entry in entries for c in entry.contexts if c.source_title}
        _refill(self.tag_combo, tags)
        _refill(self.source_combo, sorted(sources, key=str.casefold))
        self._on_filter_combo_changed(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("Your glossary is empty. Click a word while reading and save it.")
        elif shown == total:
            text = (
                self.tr("1 word") if total == 1 else self.tr("%1 words").replace("%1", str(total))
            )
        else:
            text = self.tr("%1 of %2 words").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    # -- rows ----------------------------------------------------------------------------------

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
        if index.column() not in (TRANSLATION, STATUS):
            self.entry_activated.emit(index.data(ENTRY_ROLE))


def _refill(combo: QComboBox, values: list[str]) -> None:
    """Replace a filter's choices, keeping the current one if it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for value in values:
        combo.addItem(value, value)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current in values else 0)
    combo.blockSignals(False)
