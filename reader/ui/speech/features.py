"""Hearing French from the reading tab: the word shown, its sentence, or the text selected,
spoken offline by espeak-ng (SpeechPlayer); Settings ▸ Speech for the voice and speed."""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.ui.common.context import WindowContext
from reader.ui.reading.reading_view import ReadingView
from reader.ui.reading.word_panel import WordPanel
from reader.ui.speech.player import SpeechPlayer


class Speech(QObject):
    """Owns the window's player; the card's buttons and the P keys come here."""

    def __init__(
        self,
        context: WindowContext,
        view: ReadingView,
        panel: WordPanel,
        *,
        capture: bool = False,
    ) -> None:
        super().__init__(context.window())
        self.context = context
        self.view = view
        self.panel = panel
        self.tools = panel.tools
        self.player = SpeechPlayer(
            context.settings.speech_settings, capture=capture, parent=context.window()
        )
        self.player.failed.connect(self._on_player_failed)
        self.player.started.connect(self._on_player_started)
        self.tools.speak_requested.connect(self.speak)

    def speak(self, text: str) -> None:
        self.player.speak(text)

    def speak_word_or_selection(self) -> None:
        """P: the text selected in the article if any, else the word on the card."""
        selected = self.view.textCursor().selectedText()
        if selected.strip():
            self.speak(selected)
        elif self.panel.info is not None:
            self.tools.speak_word()
        else:
            self.context.set_status(self.tr("Click a word or select some text to hear it."))

    def speak_sentence(self) -> None:
        self.tools.speak_sentence()

    def stop(self) -> None:
        self.player.stop()

    def show_settings(self) -> None:
        # Not at start-up: the window may never need it.
        from reader.ui.speech.dialog import SpeechDialog

        context = self.context
        dialog = SpeechDialog(context.runner, context.settings, self.player, context.window())
        dialog.open()

    def _on_player_started(self) -> None:
        self.tools.show_speech_message("")

    def _on_player_failed(self, message: str) -> None:
        # A message on the card and in the status bar, not an error box: the learner may have
        # no French voice yet, and reading goes on without one.
        self.tools.show_speech_message(message)
        self.context.set_status(message)
