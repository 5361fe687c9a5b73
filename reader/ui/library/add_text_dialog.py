"""Adding a library text to a reading list, whole or in part (chapters 1–2, pages 10–25), and
changing the part of a text already in the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from reader.core.store import TextRange, TextRecord
from reader.ui.common.naming import named
from reader.ui.library.part_picker import PartPicker


def text_label(record: TextRecord) -> str:
    """Le Petit Chose — Alphonse Daudet · 72,000 words: how a person tells texts apart."""
    author = f" — {record.author}" if record.author else ""
    return f"{record.title}{author} · {record.word_count:,} words"


class AddTextDialog(QDialog):
    """A text of the library and the part of it the list reads."""

    chosen = Signal(int, object)  # text id, TextRange or None (the whole text)

    def __init__(
        self,
        records: Sequence[TextRecord],
        parent: QWidget | None = None,
        *,
        part: TextRange | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addTextDialog")
        self.records = list(records)
        one = len(self.records) == 1
        self.setWindowTitle(self.tr("Part of the text") if one else self.tr("Add a text"))
        self.texts = named(QComboBox(), "addTextChoice")
        for record in self.records:
            self.texts.addItem(text_label(record), record.id)
        self.texts.setEnabled(not one)
        self.texts.setMinimumContentsLength(30)
        self.picker = PartPicker()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Text:"), self.texts)
        form.addRow(self.tr("Read:"), self.picker)
        form.addRow(buttons)
        self.texts.currentIndexChanged.connect(self._on_texts_current_changed)
        self._on_texts_current_changed()
        self.picker.set_part(part)

    def _on_texts_current_changed(self, *_: object) -> None:
        index = self.texts.currentIndex()
        self.picker.set_text(self.records[index] if 0 <= index < len(self.records) else None)

    def accept(self) -> None:
        if self.texts.currentIndex() >= 0:
            self.chosen.emit(int(self.texts.currentData()), self.picker.part())
        super().accept()
