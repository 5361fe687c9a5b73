"""The word card's "In English" section: the clicked word's sentence, machine-translated in the
background (the window's translation feature answers its requests), and how a translation
says where it came from (dictionary name, IPA, model)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.core.models import Translation, TranslationSource
from reader.core.translation import MACHINE_ORIGIN
from reader.ui.common.labels import source_label
from reader.ui.common.naming import named
from reader.ui.common.theme import themed

if TYPE_CHECKING:
    from reader.core.translation import MachineTranslation

MACHINE_PREFIX = f"{MACHINE_ORIGIN} ("  # then the model's label and ")"
INSTALL_LINK = "models"


def translation_note(translation: Translation) -> str:
    """The line under a translation: its source, the dictionary or model, its IPA."""
    parts = [source_label(translation.source)]
    origin = translation.origin
    if translation.source is TranslationSource.TEACHER:
        parts = [f"{parts[0]}: {origin}"]  # your teacher's list: Semaine 3
        origin = ""
    if origin.startswith(MACHINE_PREFIX) and origin.endswith(")"):
        origin = origin[len(MACHINE_PREFIX) : -1]
    if origin and origin.casefold() != parts[0].casefold():
        parts.append(origin)
    if translation.ipa:
        parts.append(f"/{translation.ipa.strip('/[] ')}/")
    return " · ".join(parts)


def machine_note(model: str) -> str:
    """The mark on every machine translation of a sentence: what made it."""
    return f"{source_label(TranslationSource.MACHINE)} · {model}"


def install_hint(widget: QWidget, what: str) -> str:
    hint = widget.tr("%s: no translation model is installed (Argos, French → English).") % what
    link = widget.tr("How to install it…")
    return (
        f'{html.escape(hint)} <a href="{INSTALL_LINK}" style="color:{themed("#2f5d8c")}">'
        f"{html.escape(link)}</a>"
    )


def set_hint(label: QLabel, is_hint: bool) -> None:
    """A hint is grey; a machine translation's mark is violet (style.qss)."""
    label.setProperty("hint", is_hint)
    label.style().unpolish(label)
    label.style().polish(label)


def _normalised(text: str) -> str:
    return " ".join(text.split())


class SentenceTranslationView(QWidget):
    """The card's "In English" section: the clicked word's sentence, machine-translated in the
    background. It asks (`requested`) and shows whatever answer is for the sentence shown."""

    requested = Signal(str)  # the sentence to translate
    install_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentenceTranslation")
        self._sentence = ""
        self._available = False
        self._answered = False
        title = named(QLabel(self.tr("In English").upper()), "cardSection")
        self.text_label = named(QLabel(), "cardSentenceTranslation")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = named(QLabel(), "machineNote")
        self.note_label.setWordWrap(True)
        self.note_label.linkActivated.connect(self._on_note_label_link_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.text_label)
        layout.addWidget(self.note_label)

    @property
    def text(self) -> str:
        """The translation shown ("" while translating, or without a model)."""
        return self.text_label.text() if self._answered else ""

    @property
    def note(self) -> str:
        return self.note_label.text()

    @property
    def sentence(self) -> str:
        return self._sentence

    def set_available(self, available: bool) -> None:
        """Whether a model is installed; a change asks again for the sentence shown."""
        if available != self._available:
            self._available = available
            sentence, self._sentence = self._sentence, ""
            if sentence:
                self.show_sentence(sentence)

    def show_sentence(self, sentence: str) -> None:
        """The card shows a word of this sentence: translate it, unless it already is."""
        if _normalised(sentence) == _normalised(self._sentence):
            return
        self._sentence = sentence
        self._answered = False
        if not self._available:
            self._show_hint()
            return
        self._show(self.tr("Translating…"), "", pending=True)
        self.requested.emit(sentence)

    def show_translation(self, result: MachineTranslation) -> None:
        """A MachineTranslation; dropped unless it is of the sentence shown."""
        if _normalised(result.text) != _normalised(self._sentence):
            return
        self._answered = True
        self._show(result.translation, html.escape(machine_note(result.model)))

    def show_missing(self) -> None:
        """The worker found no model after all (removed meanwhile)."""
        self._available = False
        self._show_hint()

    def show_failure(self, sentence: str, message: str) -> None:
        if _normalised(sentence) == _normalised(self._sentence):
            failed = self.tr("The sentence could not be translated.")
            self._show(failed, html.escape(message), hint=True)

    def _show_hint(self) -> None:
        self._show("", install_hint(self, self.tr("No sentence translation")), hint=True)

    def _show(self, text: str, note: str, *, pending: bool = False, hint: bool = False) -> None:
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.text_label.setProperty("pending", pending)
        self.text_label.style().unpolish(self.text_label)
        self.text_label.style().polish(self.text_label)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        set_hint(self.note_label, hint)

    def _on_note_label_link_activated(self, _link: str) -> None:
        self.install_requested.emit()
