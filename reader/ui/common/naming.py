"""`named(widget, "objectName")`: the stylesheet styles widgets by object name; and the one
plain list table the dialogs share."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

Named = TypeVar("Named", bound=QObject)


def named(widget: Named, name: str) -> Named:
    widget.setObjectName(name)
    return widget


def list_table(headers: list[str], name: str, min_height: int) -> QTableWidget:
    """A read-only table of rows chosen one at a time, its first column stretched."""
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
