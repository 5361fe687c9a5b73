"""The library tab: every text with its title, author, length, level, known share, progress
and date added; search, sort and tags; open, rename, delete, import, handout, add to a list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.core.library import LibraryRow, SortKey
from reader.ui.common.naming import named

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Title", "Author", "Words", "Level", "Known", "Progress", "Added")
SORTS = (
    ("Recently added", SortKey.ADDED),
    ("Recently opened", SortKey.OPENED),
    ("Title", SortKey.TITLE),
    ("Author", SortKey.AUTHOR),
    ("Length", SortKey.WORDS),
    ("Level", SortKey.LEVEL),
    ("Known words", SortKey.KNOWN),
    ("Progress", SortKey.PROGRESS),
)
ALL_TAGS = ""


def _percent(share: float | None) -> str:
    return "" if share is None else f"{round(100 * share)} %"


class LibraryModel(QAbstractTableModel):
    """The rows the core's library_rows returned, as they are (sorted and filtered there)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRow] = []

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: LibraryRow, column: int) -> str:
        record = row.record
        level = row.difficulty.level if row.difficulty else "–"  # not analysed yet
        if row.difficulty and not row.is_fully_analysed:
            level += " ?"  # estimated from the pages analysed so far
        values = (
            record.title,
            record.author,
            f"{record.word_count:,}",
            level,
            _percent(row.known_share),
            _percent(record.progress),
            record.added[:10],
        )
        return values[column]

    def _tooltip(self, row: LibraryRow) -> str:
        record = row.record
        lines = [record.title, f"{record.source_format} · {record.page_count} pages"]
        if row.difficulty:
            lines.append(row.difficulty.explanation)
        else:
            lines.append("Level: known once the text is analysed (open it).")
        if len(record.chapters) > 1:
            lines.append(f"{len(record.chapters)} chapters (right-click: Chapters)")
        if record.tags:
            lines.append("Tags: " + ", ".join(record.tags))
        lines.extend(w for w in (record.language_warning, *record.warnings) if w)
        return "\n".join(lines)


class LibraryView(QWidget):
    """Asks for its rows through `query_changed`; the window's LibraryActions answers."""

    query_changed = Signal()
    open_requested = Signal(int)  # text id
    rename_requested = Signal(int)
    tags_requested = Signal(int)
    delete_requested = Signal(int)
    handout_requested = Signal(int)
    add_to_list_requested = Signal(int, int)  # text id, list id
    chapter_requested = Signal(int, int)  # text id, the chapter's start offset
    new_list_requested = Signal(int)  # text id: a new list holding it
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.model = LibraryModel(self)
        self.lists: list[tuple[int, str]] = []
        self.search = named(QLineEdit(), "librarySearch")
        self.search.setPlaceholderText(self.tr("Search titles, authors, tags…"))
        self.search.setClearButtonEnabled(True)
        self.sort = named(QComboBox(), "librarySort")
        for label, key in SORTS:
            self.sort.addItem(self.tr(label), key)
        self.tag = named(QComboBox(), "libraryTag")
        self.tag.addItem(self.tr("All tags"), ALL_TAGS)
        # A long tag must not widen the window (800 px must fit).
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(12)
        self.table = named(QTableView(), "libraryTable")
        self.summary = named(QLabel(), "librarySummary")
        self._build()
        self._connect()

    def _build(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(2, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Sort:")))
        top.addWidget(self.sort)
        top.addWidget(self.tag)
        self.import_button = named(QPushButton(self.tr("Import Texts…")), "importTextsButton")
        top.addWidget(self.import_button)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.chapters_button = named(QPushButton(self.tr("Chapters")), "libraryChaptersButton")
        self.chapters_button.setToolTip(self.tr("Open the text at one of its chapters"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.tags_button = QPushButton(self.tr("Tags…"))
        self.list_button = QPushButton(self.tr("Add to List"))
        self.handout_button = QPushButton(self.tr("Handout…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons.addStretch(1)
        for button in (
            self.open_button,
            self.chapters_button,
            self.rename_button,
            self.tags_button,
            self.list_button,
            self.handout_button,
            self.delete_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        # Its own line, wrapped: beside the buttons, a long summary kept the window wide.
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._update_buttons()

    def _connect(self) -> None:
        self.search.textChanged.connect(self.query_changed)
        self.sort.currentIndexChanged.connect(self.query_changed)
        self.tag.currentIndexChanged.connect(self.query_changed)
        self.table.doubleClicked.connect(lambda _: self._emit(self.open_requested))
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.import_button.clicked.connect(self.import_requested)
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.rename_button.clicked.connect(lambda: self._emit(self.rename_requested))
        self.tags_button.clicked.connect(lambda: self._emit(self.tags_requested))
        self.handout_button.clicked.connect(lambda: self._emit(self.handout_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.list_button.clicked.connect(self._show_list_menu)
        self.chapters_button.clicked.connect(self._show_chapters_menu)
        for key, signal in (
            (Qt.Key.Key_Return, self.open_requested),
            (Qt.Key.Key_Enter, self.open_requested),
            (Qt.Key.Key_Delete, self.delete_requested),
            (Qt.Key.Key_F2, self.rename_requested),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=signal: self._emit(s))

    # -- what the window reads and sets ----------------------------------------------------------

    def query(self) -> tuple[str, str | None, SortKey]:
        tag = self.tag.currentData() or None
        return self.search.text(), tag, SortKey(self.sort.currentData())

    def set_rows(self, rows: list[LibraryRow], tags: list[str]) -> None:
        selected = self.selected_id()
        self.model.set_rows(rows)
        self._set_tags(tags)
        words = sum(row.record.word_count for row in rows)
        texts = self.tr("1 text") if len(rows) == 1 else self.tr("%d texts") % len(rows)
        self.summary.setText(self.tr("%s · %s words") % (texts, f"{words:,}"))
        if selected is not None:
            self.select_text(selected)

    def _set_tags(self, tags: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), ALL_TAGS)
        # A long tag must not widen the window (800 px must fit).
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(12)
        for tag in tags:
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(self.tag.findData(current), 0))
        self.tag.blockSignals(False)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].record.id if rows else None

    def select_text(self, text_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if row.record.id == text_id:
                self.table.selectRow(number)
                return

    def row_of(self, text_id: int) -> LibraryRow | None:
        return next((row for row in self.model.rows if row.record.id == text_id), None)

    # -- slots -----------------------------------------------------------------------------------

    def _emit(self, signal: SignalInstance) -> None:
        text_id = self.selected_id()
        if text_id is not None:
            signal.emit(text_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        row = self.row_of(self.selected_id() or -1)
        self.chapters_button.setEnabled(row is not None and len(row.record.chapters) > 1)
        for button in (
            self.open_button,
            self.rename_button,
            self.tags_button,
            self.list_button,
            self.handout_button,
            self.delete_button,
        ):
            button.setEnabled(chosen)

    def _list_menu(self, text_id: int) -> QMenu:
        menu = QMenu(self)
        for list_id, title in self.lists:
            action = menu.addAction(title)
            action.triggered.connect(
                lambda _=False, lid=list_id: self.add_to_list_requested.emit(text_id, lid)
            )
        if self.lists:
            menu.addSeparator()
        menu.addAction(self.tr("New List…")).triggered.connect(
            lambda: self.new_list_requested.emit(text_id)
        )
        return menu

    def _chapters_menu(self, text_id: int) -> QMenu | None:
        """The text's table of contents: a chapter opens the text there."""
        row = self.row_of(text_id)
        if row is None or len(row.record.chapters) < 2:
            return None
        menu = QMenu(self.tr("Chapters"), self)
        menu.setObjectName("libraryChapters")
        for number, chapter in enumerate(row.record.chapters, start=1):
            action = menu.addAction(f"{number}. {chapter.title}")
            action.triggered.connect(
                lambda _=False, start=chapter.start: self.chapter_requested.emit(text_id, start)
            )
        return menu

    def _show_chapters_menu(self) -> None:
        text_id = self.selected_id()
        menu = self._chapters_menu(text_id) if text_id is not None else None
        if menu is not None:
            self.chapters_menu = menu
            menu.popup(self.chapters_button.mapToGlobal(self.chapters_button.rect().bottomLeft()))

    def _show_list_menu(self) -> None:
        text_id = self.selected_id()
        if text_id is not None:
            menu = self._list_menu(text_id)
            menu.exec(self.list_button.mapToGlobal(self.list_button.rect().bottomLeft()))

    def _on_table_context_menu(self, point: QPoint) -> None:
        text_id = self.selected_id()
        if text_id is None:
            return
        menu = QMenu(self)
        for label, signal in (
            (self.tr("Open"), self.open_requested),
            (self.tr("Rename…"), self.rename_requested),
            (self.tr("Tags…"), self.tags_requested),
            (self.tr("Handout…"), self.handout_requested),
            (self.tr("Delete"), self.delete_requested),
        ):
            menu.addAction(label).triggered.connect(lambda _=False, s=signal: s.emit(text_id))
        chapters = self._chapters_menu(text_id)
        if chapters is not None:
            menu.addMenu(chapters)
        lists = self._list_menu(text_id)
        lists.setTitle(self.tr("Add to List"))
        menu.addMenu(lists)
        menu.exec(self.table.viewport().mapToGlobal(point))
