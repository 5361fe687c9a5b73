"""The glossary entries as a Qt table model, and the filter that searches and narrows them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from reader.core.grammar import pos_label
from reader.core.models import GlossaryEntry, Status
from reader.core.store import StatusChange, lemma_key
from reader.ui.labels import status_label

Index = QModelIndex | QPersistentModelIndex
WORD, LEMMA, TRANSLATION, POS, STATUS, SOURCE, DATE = range(7)
EDITABLE = {TRANSLATION, STATUS}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def entry_source(entry: GlossaryEntry) -> str:
    """The article the word was first met in."""
    return entry.contexts[0].source_title if entry.contexts else ""


class GlossaryModel(QAbstractTableModel):
    """Every saved entry, one row each; edits are requested, not applied, until the DB says so."""

    edit_requested = Signal(object, int, object)  # GlossaryEntry, column, new value
    entries_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[GlossaryEntry] = []
        self._headers = [
            self.tr("Word"),
            self.tr("Lemma"),
            self.tr("Translation"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Source"),
            self.tr("Date"),
        ]

    # -- contents ------------------------------------------------------------------------------

    def set_entries(self, entries: Iterable[GlossaryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()
        self.entries_changed.emit()

    def upsert(self, entry: GlossaryEntry) -> None:
        """Put one changed entry in place (or add it), touching only its row."""
        row = self.row_of(entry.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._entries), len(self._entries))
            self._entries.append(entry)
            self.endInsertRows()
        else:
            self._entries[row] = entry
            self.dataChanged.emit(self.index(row, 0), self.index(row, DATE))
        self.entries_changed.emit()

    def remove(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
            self.entries_changed.emit()

    def apply_statuses(self, changes: Sequence[StatusChange]) -> None:
        """Lemma statuses changed in the database (it keeps each entry's status equal to its
        lemma's): the same here, touching only the rows of those lemmas."""
        after = {change.lemma: change.after for change in changes}
        rows = [
            row
            for row, entry in enumerate(self._entries)
            if after.get(lemma_key(entry.lemma), entry.status) is not entry.status
        ]
        for row in rows:
            entry = self._entries[row]
            self._entries[row] = replace(entry, status=after[lemma_key(entry.lemma)])
            self.dataChanged.emit(self.index(row, STATUS), self.index(row, STATUS))
        if rows:
            self.entries_changed.emit()

    def row_of(self, entry_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return None

    def entry(self, row: int) -> GlossaryEntry:
        return self._entries[row]

    @property
    def entries(self) -> tuple[GlossaryEntry, ...]:
        return tuple(self._entries)

    def by_lemma(self) -> dict[str, GlossaryEntry]:
        return {entry.lemma.lower(): entry for entry in self._entries}

    def statuses(self) -> dict[str, Status]:
        return {entry.lemma.lower(): entry.status for entry in self._entries}

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            return (
                entry.created
                if index.column() == DATE
                else str(self._text(entry, index.column(), Qt.ItemDataRole.DisplayRole)).casefold()
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(entry, index.column(), role)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TRANSLATION:
            return entry.notes or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == SOURCE:
            return entry_source(entry) or None
        if role == Qt.ItemDataRole.ForegroundRole and not entry.translation:
            return QColor("#9a9384") if index.column() == TRANSLATION else None
        return None

    def _text(self, entry: GlossaryEntry, column: int, role: int) -> Any:
        if column == STATUS:
            return entry.status if role == Qt.ItemDataRole.EditRole else status_label(entry.status)
        values = {
            WORD: entry.word,
            LEMMA: entry.lemma,
            TRANSLATION: entry.translation or ("" if role == Qt.ItemDataRole.EditRole else "—"),
            POS: pos_label(entry.pos) if entry.pos else "",
            SOURCE: entry_source(entry),
            DATE: entry.created[:10],
        }
        return values[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        entry = self._entries[index.row()]
        if index.column() == TRANSLATION:
            value = str(value).strip()
            if value == entry.translation:
                return False
        elif value == entry.status:
            return False
        self.edit_requested.emit(entry, index.column(), value)
        return True


class GlossaryFilter(QSortFilterProxyModel):
    """Search as you type over word, lemma, translation and notes; narrow by tag/status/source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._tag: str | None = None
        self._status: Status | None = None
        self._source: str | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setSortRole(SORT_ROLE)

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = query.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_tag(self, tag: str | None) -> None:
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: Status | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_source(self, source: str | None) -> None:
        self.beginFilterChange()
        self._source = source
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, GlossaryModel)
        entry = model.entry(source_row)
        if self._tag is not None and self._tag not in entry.tags:
            return False
        if self._status is not None and entry.status != self._status:
            return False
        if self._source is not None and self._source not in {
            c.source_title for c in entry.contexts
        }:
            return False
        if not self._query:
            return True
        haystack = " ".join((entry.word, entry.lemma, entry.translation, entry.notes, *entry.tags))
        return self._query in haystack.casefold()
