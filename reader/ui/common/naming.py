"""`named(widget, "objectName")`: the stylesheet styles widgets by object name; and the small
widgets the dialogs share: a plain list table and a message line (red when it is an error)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget

Named = TypeVar("Named", bound=QObject)


def named(widget: Named, name: str) -> Named:
    widget.setObjectName(name)
    return widget


def list_table(headers: list[str], name: str, min_height: int) -> QTableWidget:
    """A read-only table of rows chosen one at a time, its first column stretched."""
    # Imported here: the window's first page, which imports this module, has no table.
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

    table = named(QTableWidget(0, len(headers)), name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setMinimumHeight(min_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def message_label(name: str = "dialogMessage") -> QLabel:
    """A dialog's line for what happened, selectable so an error can be copied."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    """Say something on a message line; an error is styled as one (style.qss: [error="true"])."""
    label.setProperty("error", error)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
