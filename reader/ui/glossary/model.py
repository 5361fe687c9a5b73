"""The glossary entries as a Qt table model, and the filter that searches and narrows them.

The model also holds the words of teachers' lists (lists imported from list files). Those not
in the glossary yet are rows after the entries, shown only under a teacher's list filter,
with the teacher's translation and "not saved" for status."""

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
from reader.core.lookup import by_lemma
from reader.core.models import GlossaryEntry, Status
from reader.core.store import StatusChange, TeacherWord, lemma_key
from reader.ui.common.labels import status_label
from reader.ui.common.theme import themed

Index = QModelIndex | QPersistentModelIndex
WORD, LEMMA, TRANSLATION, POS, STATUS, SOURCE, DATE = range(7)
EDITABLE = {TRANSLATION, STATUS}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TEACHER_ROLE = Qt.ItemDataRole.UserRole + 3  # the TeacherWord of a row not saved yet
UNSAVED_COLOUR = "#7c8a80"


def entry_source(entry: GlossaryEntry) -> str:
    """The article the word was first met in."""
    return entry.contexts[0].source_title if entry.contexts else ""


class GlossaryModel(QAbstractTableModel):
    """Every saved entry, one row each; edits are requested, not applied, until the DB says so.
    Then the teachers' words not saved yet, one row per list and word."""

    edit_requested = Signal(object, int, object)  # GlossaryEntry, column, new value
    entries_changed = Signal()
    teacher_words_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[GlossaryEntry] = []
        self._teacher: dict[str, list[TeacherWord]] = {}  # by lemma key
        self._unsaved: list[TeacherWord] = []  # rows after the entries
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
        self._unsaved = self._find_unsaved()
        self.endResetModel()
        self.entries_changed.emit()

    def set_teacher_words(self, words: Iterable[TeacherWord]) -> None:
        """The words of teachers' lists, as the store has them now."""
        self.beginResetModel()
        self._teacher = by_lemma(words)
        self._unsaved = self._find_unsaved()
        self.endResetModel()
        self.teacher_words_changed.emit()

    def upsert(self, entry: GlossaryEntry) -> None:
        """Put one changed entry in place (or add it), touching only its row."""
        row = self.row_of(entry.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._entries), len(self._entries))
            self._entries.append(entry)
            self.endInsertRows()
            self._drop_unsaved(lemma_key(entry.lemma))
        else:
            self._entries[row] = entry
            self.dataChanged.emit(self.index(row, 0), self.index(row, DATE))
        self.entries_changed.emit()

    def remove(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row is not None:
            key = lemma_key(self._entries[row].lemma)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
            self._add_unsaved(key)
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

    # -- teachers' words -----------------------------------------------------------------------

    def teacher_words_of(self, lemma: str) -> list[TeacherWord]:
        """A lemma in teachers' lists, one per list (for the word card)."""
        return list(self._teacher.get(lemma_key(lemma), ()))

    def teacher_lists(self) -> list[tuple[int, str]]:
        """(id, title) of the teachers' lists, by title."""
        lists = {w.list_id: w.list_title for words in self._teacher.values() for w in words}
        return sorted(lists.items(), key=lambda item: (item[1].casefold(), item[0]))

    def list_lemmas(self, list_id: int) -> set[str]:
        """The lemma keys of a teacher's list."""
        return {
            key for key, words in self._teacher.items() if any(w.list_id == list_id for w in words)
        }

    def teacher_word(self, row: int) -> TeacherWord | None:
        """The teacher's word of a row not saved yet; None for a glossary entry's row."""
        extra = row - len(self._entries)
        return self._unsaved[extra] if extra >= 0 else None

    @property
    def entry_count(self) -> int:
        return len(self._entries)

    def _find_unsaved(self) -> list[TeacherWord]:
        saved = {lemma_key(entry.lemma) for entry in self._entries}
        return [w for key, words in self._teacher.items() if key not in saved for w in words]

    def _drop_unsaved(self, key: str) -> None:
        """A teacher's word was saved: its glossary entry's row stands for it now."""
        for extra in reversed(range(len(self._unsaved))):
            if lemma_key(self._unsaved[extra].word.lemma) == key:
                row = len(self._entries) + extra
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._unsaved[extra]
                self.endRemoveRows()

    def _add_unsaved(self, key: str) -> None:
        """A deleted entry was a teacher's word: it shows again as not saved."""
        words = self._teacher.get(key, [])
        if words:
            end = self.rowCount()
            self.beginInsertRows(QModelIndex(), end, end + len(words) - 1)
            self._unsaved.extend(words)
            self.endInsertRows()

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
        return 0 if parent.isValid() else len(self._entries) + len(self._unsaved)

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
        teacher = self.teacher_word(index.row())
        if teacher is not None:
            return self._teacher_data(teacher, index.column(), role)
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
            return QColor(themed("#9a9384")) if index.column() == TRANSLATION else None
        return None

    def _teacher_data(self, teacher: TeacherWord, column: int, role: int) -> Any:
        word = teacher.word
        if role == TEACHER_ROLE:
            return teacher
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(themed(UNSAVED_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("From your teacher's list «%s»; not in your glossary yet.") % (
                teacher.list_title
            )
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        values = {
            WORD: word.word,
            LEMMA: word.lemma,
            TRANSLATION: word.translation or "—",
            POS: pos_label(word.pos) if word.pos else "",
            STATUS: self.tr("Not saved"),
            SOURCE: teacher.list_title,
            DATE: "",
        }
        value = values[column]
        return value.casefold() if role == SORT_ROLE else value

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
        if index.column() in EDITABLE and self.teacher_word(index.row()) is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        if self.teacher_word(index.row()) is not None:
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
        self._list: int | None = None  # a teacher's list: its words, saved or not
        self._list_lemmas: set[str] = set()
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

    def set_list(self, list_id: int | None) -> None:
        """Show a teacher's list's words: those saved (their entries) and those not yet."""
        model = self.sourceModel()
        assert isinstance(model, GlossaryModel)
        self.beginFilterChange()
        self._list = list_id
        self._list_lemmas = set() if list_id is None else model.list_lemmas(list_id)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def list_id(self) -> int | None:
        return self._list

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, GlossaryModel)
        teacher = model.teacher_word(source_row)
        if teacher is not None:
            return self._accepts_teacher_word(teacher)
        entry = model.entry(source_row)
        if self._list is not None and lemma_key(entry.lemma) not in self._list_lemmas:
            return False
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

    def _accepts_teacher_word(self, teacher: TeacherWord) -> bool:
        """Only under its list's filter, and only while no other filter asks for saved
        words (a tag, a status, an article)."""
        if teacher.list_id != self._list or self._tag or self._status or self._source:
            return False
        word = teacher.word
        haystack = " ".join((word.word, word.lemma, word.translation))
        return not self._query or self._query in haystack.casefold()
