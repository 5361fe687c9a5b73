"""Go to…: a chapter of the text by its title (its table of contents), or a page by number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.store import Page, TextRecord
from reader.ui.common.naming import named

PAGE = Qt.ItemDataRole.UserRole


def chapter_starts(record: TextRecord, pages: Sequence[Page]) -> list[tuple[str, int]]:
    """Each chapter's title and the number (from 0) of its first page."""
    firsts: dict[int, int] = {}
    for page in pages:
        firsts.setdefault(page.chapter, page.number)
    return [
        (chapter.title, firsts[number])
        for number, chapter in enumerate(record.chapters)
        if number in firsts
    ]


class GoToDialog(QDialog):
    """The chapters (double-click one) and a page number; OK goes there."""

    page_chosen = Signal(int)  # page number, from 0

    def __init__(
        self, record: TextRecord, pages: Sequence[Page], page: Page, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goToDialog")
        self.setWindowTitle(self.tr("Go to"))
        self.chapters = named(QListWidget(), "goToChapters")
        starts = chapter_starts(record, pages) if len(record.chapters) > 1 else []
        for number, (title, first) in enumerate(starts, start=1):
            item = QListWidgetItem(self.tr("%d. %s · page %d") % (number, title, first + 1))
            item.setData(PAGE, first)
            self.chapters.addItem(item)
            if first <= page.number:
                self.chapters.setCurrentItem(item)
        self.page = named(QSpinBox(), "goToPage")
        self.page.setRange(1, max(len(pages), 1))
        self.page.setValue(page.number + 1)
        self.page.setSuffix(self.tr(" of %d") % len(pages))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if starts:
            layout.addWidget(QLabel(self.tr("Chapters:")))
            layout.addWidget(self.chapters, 1)
            self.chapters.currentItemChanged.connect(self._on_chapters_current_changed)
            self.chapters.itemDoubleClicked.connect(lambda _: self.accept())
        else:
            self.chapters.hide()
        layout.addWidget(QLabel(self.tr("Page:")))
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(460, 420 if starts else 120)

    def _on_chapters_current_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is not None:
            self.page.setValue(int(item.data(PAGE)) + 1)

    def accept(self) -> None:
        self.page_chosen.emit(self.page.value() - 1)
        super().accept()
