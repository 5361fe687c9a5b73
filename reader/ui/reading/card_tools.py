"""The word card's listen and conjugation row: Listen (the word, P), Sentence (Shift+P),
Conjugation (C), a line for speech messages, and the conjugation table under them.

The row only asks: speech/features.py speaks and conjugation.py builds the table, both off
the GUI thread; they answer through show_speech_message() and conjugation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.core.models import WordInfo
from reader.ui.common.naming import named
from reader.ui.reading.conjugation_view import ConjugationView

VERB_TAGS = frozenset({"VERB", "AUX"})


def is_verb(info: WordInfo) -> bool:
    return info.token.pos in VERB_TAGS


class CardTools(QWidget):
    """Buttons to hear the word and its sentence, and to show the verb's conjugation."""

    speak_requested = Signal(str)  # the text to say
    conjugation_requested = Signal(object)  # WordInfo of a verb, when the table should show it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardTools")
        self._info: WordInfo | None = None
        self.listen_button = self._button(self.tr("Listen"), "listenButton", self.tr("P"))
        self.sentence_button = self._button(
            self.tr("Sentence"), "listenSentenceButton", self.tr("Shift+P")
        )
        self.conjugation_button = self._button(
            self.tr("Conjugation"), "conjugationButton", self.tr("C")
        )
        self.conjugation_button.setCheckable(True)
        self.listen_button.clicked.connect(self._on_listen_button_clicked)
        self.sentence_button.clicked.connect(self._on_sentence_button_clicked)
        self.conjugation_button.toggled.connect(self._on_conjugation_button_toggled)
        self.speech_message = named(QLabel(), "speechMessage")
        self.speech_message.setWordWrap(True)
        self.speech_message.hide()
        self.conjugation = ConjugationView()
        self.conjugation.hide()
        row = QHBoxLayout()
        row.setSpacing(4)
        for button in (self.listen_button, self.sentence_button, self.conjugation_button):
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self.speech_message)
        column.addWidget(self.conjugation)

    def _button(self, text: str, name: str, key: str) -> QPushButton:
        button = named(QPushButton(text), name)
        # No focus: the keyboard stays in the text, where P and C work.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(self.tr("%s (key %s)") % (text, key))
        return button

    # -- the word shown ------------------------------------------------------------------------

    def show_word(self, info: WordInfo) -> None:
        previous, self._info = self._info, info
        if previous is not None and _same_word(previous, info):
            return  # the same word shown again (saved, status changed): nothing to redo
        self.speech_message.hide()
        self.sentence_button.setEnabled(bool(info.sentence.strip()))
        verb = is_verb(info)
        self.conjugation_button.setEnabled(verb or self.conjugation_button.isChecked())
        if self.conjugation_button.isChecked():
            self._request_conjugation()

    def show_speech_message(self, text: str) -> None:
        self.speech_message.setText(text)
        self.speech_message.setVisible(bool(text))

    # -- actions (buttons and keys) ------------------------------------------------------------

    def speak_word(self) -> None:
        if self._info is not None:
            self.speak_requested.emit(self._info.form)

    def speak_sentence(self) -> None:
        if self._info is not None and self._info.sentence.strip():
            self.speak_requested.emit(self._info.sentence)

    def toggle_conjugation(self) -> None:
        if self.conjugation_button.isEnabled():
            self.conjugation_button.toggle()

    def _request_conjugation(self) -> None:
        info = self._info
        if info is None:
            return
        self.conjugation.show()
        if not is_verb(info):
            self.conjugation.show_message(self.tr("Click a verb to see its conjugation."))
            return
        self.conjugation.show_message(self.tr("Conjugating %s…") % info.lemma)
        self.conjugation_requested.emit(info)

    def _on_listen_button_clicked(self) -> None:
        self.speak_word()

    def _on_sentence_button_clicked(self) -> None:
        self.speak_sentence()

    def _on_conjugation_button_toggled(self, checked: bool) -> None:
        if checked:
            self._request_conjugation()
        else:
            self.conjugation.hide()
            if self._info is not None:
                self.conjugation_button.setEnabled(is_verb(self._info))


def _same_word(one: WordInfo, other: WordInfo) -> bool:
    return (one.token, one.lemma, one.sentence) == (other.token, other.lemma, other.sentence)
