"""The sentences a glossary word was met in, with a way back to the article."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import Context, GlossaryEntry
from reader.ui.labels import status_label


class ContextsDialog(QDialog):
    """Lists an entry's context sentences; "Open article" emits the chosen one."""

    open_requested = Signal(object)  # Context

    def __init__(self, entry: GlossaryEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextsDialog")
        self.setWindowTitle(self.tr("%s — where you met it") % entry.lemma)
        self.resize(620, 420)
        heading = QLabel(objectName="contextsHeading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setText(
            f"<b>{html.escape(entry.lemma)}</b> — {html.escape(entry.translation or '…')}"
            f"<br><span style='color:#6b7280'>{html.escape(status_label(entry.status))}</span>"
        )
        self.list = QListWidget(objectName="contextsList")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        for context in entry.contexts:
            self.list.addItem(self._item(context))
        self.list.itemDoubleClicked.connect(self._on_list_item_double_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(
            self.tr("Open article"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        if entry.contexts:
            self.list.setCurrentRow(0)
        self._on_list_current_row_changed(self.list.currentRow())

    def _item(self, context: Context) -> QListWidgetItem:
        source = context.source_title or Path(context.source_path).name or self.tr("pasted text")
        item = QListWidgetItem(f"{_quote(context)}\n— {source}, {context.created[:10]}")
        item.setData(Qt.ItemDataRole.UserRole, context)
        return item

    def selected_context(self) -> Context | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _on_list_current_row_changed(self, _row: int) -> None:
        context = self.selected_context()
        self.open_button.setEnabled(context is not None and _exists(context.source_path))

    def _on_list_item_double_clicked(self, _item: QListWidgetItem) -> None:
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        context = self.selected_context()
        if context is not None and _exists(context.source_path):
            self.open_requested.emit(context)
            self.accept()


def _quote(context: Context) -> str:
    return re.sub(r"\s+", " ", context.sentence).strip()


def _exists(path: str) -> bool:
    return bool(path) and Path(path).is_file()
