"""First sizes of windows and dialogs that never exceed the screen: on an 800×600 screen a
dialog made for 980×640 would open with its buttons off the edge."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SCREEN_MARGIN = 24  # px left around a window: its frame and the desktop's panel
MIN_CARD_WIDTH = 300  # px: the word card's status buttons and form still fit, labels wrap


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to width×height, or to the screen's available area when that is smaller."""
    parent = widget.parentWidget()
    screen = (parent or widget).screen()  # a dialog opens on its window's screen
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - SCREEN_MARGIN)
        height = min(height, area.height() - 2 * SCREEN_MARGIN)
    widget.resize(width, height)
