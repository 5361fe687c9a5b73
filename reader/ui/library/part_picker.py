"""Choosing a part of a library text: the whole text, chapters (by their titles) or pages (as
the reader numbers them). Used by the handout dialog and by adding a text to a reading list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QWidget

from reader.core.store import TextRange, TextRecord
from reader.ui.common.naming import named

WHOLE, CHAPTERS, PAGES = range(3)

CHAPTER_CHARS = 16  # a closed chapter choice shows this much of the title (all when open)


class PartPicker(QWidget):
    """Whole text / chapters from … to … / pages from … to …"""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partPicker")
        self.kind = named(QComboBox(), "partKind")
        self.kind.addItems([self.tr("Whole text"), self.tr("Chapters"), self.tr("Pages")])
        self.first_chapter = named(QComboBox(), "firstChapter")
        self.last_chapter = named(QComboBox(), "lastChapter")
        self.first_page = named(QSpinBox(), "firstPage")
        self.last_page = named(QSpinBox(), "lastPage")
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())
        self.stack.addWidget(self._pair(self.first_chapter, self.last_chapter))
        self.stack.addWidget(self._pair(self.first_page, self.last_page))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.stack, 1)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        for box in (self.first_chapter, self.last_chapter):
            box.currentIndexChanged.connect(self._on_chapters_changed)
            # A chapter's whole title as the width pushed dialogs past an 800 px screen.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(CHAPTER_CHARS)
        for spin in (self.first_page, self.last_page):
            spin.valueChanged.connect(self._on_pages_changed)
        self.set_text(None)

    def _pair(self, first: QWidget, last: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(first, 1)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(last, 1)
        return box

    def set_text(self, record: TextRecord | None) -> None:
        """The text whose part is chosen (None: nothing to choose); back to the whole text."""
        for box in (self.first_chapter, self.last_chapter):
            box.blockSignals(True)
            box.clear()
            if record is not None:
                for number, chapter in enumerate(record.chapters, start=1):
                    box.addItem(f"{number}. {chapter.title}", number)
            box.setMinimumContentsLength(18)
            box.blockSignals(False)
        self.last_chapter.setCurrentIndex(max(self.last_chapter.count() - 1, 0))
        pages = max(record.page_count, 1) if record is not None else 1
        for spin in (self.first_page, self.last_page):
            spin.blockSignals(True)
            spin.setRange(1, pages)
            spin.blockSignals(False)
        self.first_page.setValue(1)
        self.last_page.setValue(pages)
        has_chapters = record is not None and len(record.chapters) > 1
        self._enable(CHAPTERS, has_chapters)
        self._enable(PAGES, record is not None and record.page_count > 1)
        self.kind.setCurrentIndex(WHOLE)
        self.setEnabled(record is not None)

    def _enable(self, row: int, enabled: bool) -> None:
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
        item = model.item(row)
        if item is not None:
            item.setEnabled(enabled)

    def part(self) -> TextRange | None:
        kind = self.kind.currentIndex()
        if kind == CHAPTERS:
            first = int(self.first_chapter.currentData() or 1)
            last = int(self.last_chapter.currentData() or first)
            return TextRange("chapters", first, max(first, last))
        if kind == PAGES:
            first, last = self.first_page.value(), self.last_page.value()
            return TextRange("pages", first, max(first, last))
        return None

    def set_part(self, part: TextRange | None) -> None:
        if part is None:
            self.kind.setCurrentIndex(WHOLE)
        elif part.kind == "chapters" and part.last <= self.first_chapter.count():
            self.first_chapter.setCurrentIndex(part.first - 1)
            self.last_chapter.setCurrentIndex(part.last - 1)
            self.kind.setCurrentIndex(CHAPTERS)
        elif part.kind == "pages" and part.last <= self.last_page.maximum():
            self.first_page.setValue(part.first)
            self.last_page.setValue(part.last)
            self.kind.setCurrentIndex(PAGES)

    def _on_kind_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.changed.emit()

    def _on_chapters_changed(self) -> None:
        # The last chapter never comes before the first.
        if self.last_chapter.currentIndex() < self.first_chapter.currentIndex():
            self.last_chapter.setCurrentIndex(self.first_chapter.currentIndex())
        self.changed.emit()

    def _on_pages_changed(self) -> None:
        if self.last_page.value() < self.first_page.value():
            self.last_page.setValue(self.first_page.value())
        self.changed.emit()
