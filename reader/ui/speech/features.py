"""Hearing French from the reading tab: the word shown, its sentence, or the text selected,
spoken offline by espeak-ng (SpeechPlayer); Settings ▸ Speech for the voice and speed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.ui.speech.player import SpeechPlayer

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class SpeechFeatures:
    """Owns the window's player; the card's buttons and the P keys come here."""

    def __init__(self, window: MainWindow, *, capture: bool = False) -> None:
        self.window = window
        self.tools = window.word_panel.tools
        self.player = SpeechPlayer(window.settings.speech_settings, capture=capture, parent=window)
        self.player.failed.connect(self._on_player_failed)
        self.player.started.connect(self._on_player_started)
        self.tools.speak_requested.connect(self.speak)

    def speak(self, text: str) -> None:
        self.player.speak(text)

    def speak_word_or_selection(self) -> None:
        """P: the text selected in the article if any, else the word on the card."""
        selected = self.window.reading_view.textCursor().selectedText()
        if selected.strip():
            self.speak(selected)
        elif self.window.word_panel.info is not None:
            self.tools.speak_word()
        else:
            self.window.set_status(self.window.tr("Click a word or select some text to hear it."))

    def speak_sentence(self) -> None:
        self.tools.speak_sentence()

    def stop(self) -> None:
        self.player.stop()

    def show_settings(self) -> None:
        from reader.ui.speech.dialog import SpeechDialog

        dialog = SpeechDialog(self.window.runner, self.window.settings, self.player, self.window)
        dialog.open()

    def _on_player_started(self) -> None:
        self.tools.show_speech_message("")

    def _on_player_failed(self, message: str) -> None:
        # A message on the card and in the status bar, not an error box: the learner may have
        # no French voice yet, and reading goes on without one.
        self.tools.show_speech_message(message)
        self.window.set_status(message)


def add_speech_actions(window: MainWindow, menu: QMenu) -> None:
    """Word ▸ Listen (P), Listen to Sentence (Shift+P), Stop Speaking: plain keys that work in
    the reading tab (article and card), like the status keys."""
    speech = window.speech
    actions = (
        (window.tr("&Listen"), speech.speak_word_or_selection, "P"),
        (window.tr("Listen to &Sentence"), speech.speak_sentence, "Shift+P"),
        (window.tr("S&top Speaking"), speech.stop, None),
    )
    for text, slot, key in actions:
        item = QAction(f"{text}\t{key}" if key else text, window)
        item.triggered.connect(slot)
        menu.addAction(item)
        if key is not None:
            shortcut = QAction(text, window)
            shortcut.setShortcut(QKeySequence(key))
            shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.triggered.connect(slot)
            window.splitter.addAction(shortcut)
