"""`named(widget, "objectName")`: the stylesheet styles widgets by object name."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Named = TypeVar("Named", bound=QObject)


def named(widget: Named, name: str) -> Named:
    widget.setObjectName(name)
    return widget
