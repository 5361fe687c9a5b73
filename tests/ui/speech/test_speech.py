"""Hearing words and sentences from the window, with the real espeak-ng: P, Shift+P, the card's
buttons, a selection; a new utterance stops the last; with no engine on the PATH, a message
on the card, never an error box; Settings ▸ Speech; sound on the exported cards."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.speech.espeak import DEFAULT_RATE
from reader.ui.main_window import MainWindow
from reader.ui.speech.dialog import SpeechDialog
from reader.ui.speech.player import WAV_HEADER
from tests.ui.helpers import (
    SPEECH_TEXT,
    click_word,
    export_and_close,
    offset_of,
    open_export_dialog,
    open_text,
)

SPEECH_MS = 10_000


def samples(audio: bytes | bytearray) -> np.ndarray:
    """espeak-ng's 16-bit mono samples after the WAV header."""
    body = bytes(audio[WAV_HEADER:])
    return np.frombuffer(body[: len(body) // 2 * 2], dtype="<i2")


@pytest.fixture
def capturing(window: MainWindow) -> MainWindow:
    """The window's real player, writing its audio to the test instead of a sound card."""
    window.speech.player.capture = True
    return window


def say(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    player = window.speech.player
    with qtbot.waitSignals([player.audio_started, player.finished], timeout=SPEECH_MS):
        qtbot.keyClick(window.reading_view, key, modifier)
    return samples(player.audio)


def test_p_speaks_the_word_and_shift_p_its_sentence(
    qtbot: QtBot, capturing: MainWindow, tmp_path: Path
) -> None:
    window = capturing
    open_text(qtbot, window, tmp_path)
    click_word(qtbot, window, "rencontrés")
    word = say(qtbot, window, Qt.Key.Key_P)
    assert window.speech.player.last_text == "se sont rencontrés"  # the whole verb group
    assert len(word) > 0.4 * 22050 and np.abs(word).max() > 3000  # speech, not silence
    sentence = say(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert window.speech.player.last_text == "Hier, ils se sont rencontrés à Paris."
    assert len(sentence) > 1.5 * len(word)
    assert not window.word_panel.tools.speech_message.isVisible()


def test_the_card_buttons_and_a_selection(
    qtbot: QtBot, capturing: MainWindow, tmp_path: Path
) -> None:
    window = capturing
    open_text(qtbot, window, tmp_path)
    click_word(qtbot, window, "aujourd’hui")
    tools, player = window.word_panel.tools, window.speech.player
    with qtbot.waitSignal(player.finished, timeout=SPEECH_MS):
        qtbot.mouseClick(tools.listen_button, Qt.MouseButton.LeftButton)
    assert player.last_text == "aujourd’hui"
    with qtbot.waitSignal(player.finished, timeout=SPEECH_MS):
        qtbot.mouseClick(tools.sentence_button, Qt.MouseButton.LeftButton)
    assert player.last_text == "Elle s’est levée tôt ; aujourd’hui, l’homme ne parle pas."
    # Text selected in the article (across the two sentences) is what P says.
    view = window.reading_view
    cursor = view.textCursor()
    cursor.setPosition(offset_of(view, "Paris"))
    cursor.setPosition(offset_of(view, "tôt") + 3, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    say(qtbot, window, Qt.Key.Key_P)
    assert player.last_text == "Paris. Elle s’est levée tôt"


def test_a_new_utterance_stops_the_one_before(
    qtbot: QtBot, capturing: MainWindow, tmp_path: Path
) -> None:
    window = capturing
    open_text(qtbot, window, tmp_path)
    click_word(qtbot, window, "Paris")
    player = window.speech.player
    done: list[str] = []
    player.finished.connect(lambda: done.append(player.last_text))
    player.speak(SPEECH_TEXT * 20)  # a long text, still speaking when the next comes
    assert player.is_speaking
    with qtbot.waitSignal(player.finished, timeout=SPEECH_MS):
        qtbot.keyClick(window.reading_view, Qt.Key.Key_P)
    qtbot.wait(300)  # let a stray "finished" of the stopped utterance arrive, if one would
    assert done == ["Paris"]
    assert len(samples(player.audio)) < 2 * 22050  # the word's audio alone


def test_no_french_voice_is_a_message_on_the_card(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    window.speech.player.search_path = str(empty)  # as on a computer without espeak-ng
    open_text(qtbot, window, tmp_path)
    click_word(qtbot, window, "Paris")
    tools = window.word_panel.tools
    qtbot.mouseClick(tools.listen_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.reading_view, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    message = "No French voice is installed: install espeak-ng with your package manager"
    assert tools.speech_message.isVisible() and message in tools.speech_message.text()
    assert message in window.status_label.text()
    assert not window.findChildren(QMessageBox)  # never an error box
    # The Speech settings say the same, and the reading goes on.
    dialog = SpeechDialog(window.runner, window.settings, window.speech.player, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: message in dialog.message.text(), timeout=SPEECH_MS)
    assert not dialog.voice_combo.isEnabled() and not dialog.try_button.isEnabled()


def test_playing_through_the_sound_output(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Without capture, espeak-ng plays itself: it ends, or says clearly there is no sound
    output (this machine may have no sound card)."""
    open_text(qtbot, window, tmp_path)
    click_word(qtbot, window, "Paris")
    player = window.speech.player
    outcome: list[str] = []
    player.finished.connect(lambda: outcome.append("played"))
    player.failed.connect(outcome.append)
    qtbot.keyClick(window.reading_view, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: bool(outcome), timeout=SPEECH_MS)
    assert outcome[0] in (
        "played",
        "No sound output is available: check that a speaker or headphones are connected.",
    )


def test_speech_settings_choose_the_voice_and_speed(
    qtbot: QtBot, capturing: MainWindow, tmp_path: Path
) -> None:
    window = capturing
    window.speech.show_settings()
    dialog = window.findChild(SpeechDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.voice_combo.count() > 0, timeout=SPEECH_MS)
    assert dialog.voice_combo.currentData() == "roa/fr"
    assert dialog.rate_slider.value() == DEFAULT_RATE
    dialog.voice_combo.setCurrentIndex(dialog.voice_combo.findData("roa/fr-BE"))
    dialog.rate_slider.setValue(110)
    assert dialog.rate_label.text() == "110 words a minute"
    qtbot.mouseClick(dialog.try_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    with qtbot.waitActive(window):  # back from the dialog: the reading keys work again
        window.activateWindow()
    assert (window.settings.speech_voice, window.settings.speech_rate) == ("roa/fr-BE", 110)
    open_text(qtbot, window, tmp_path)
    click_word(qtbot, window, "Paris")
    say(qtbot, window, Qt.Key.Key_P)
    assert window.speech.player.last_arguments[:4] == ["-v", "roa/fr-BE", "-s", "110"]


def test_export_with_sound_through_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_text(qtbot, window, tmp_path)
    click_word(qtbot, window, "rencontrés")
    panel = window.word_panel
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=SPEECH_MS)
    dialog = open_export_dialog(qtbot, window)
    assert dialog.audio_check.isEnabled() and not dialog.audio_check.isChecked()
    qtbot.mouseClick(dialog.audio_check, Qt.MouseButton.LeftButton)
    deck = tmp_path / "mots.apkg"
    export_and_close(qtbot, dialog, deck)
    with zipfile.ZipFile(deck) as package:
        assert len(json.loads(package.read("media"))) == 2  # the word and its sentence
    assert window.settings.export_audio
    dialog = open_export_dialog(qtbot, window)
    assert dialog.audio_check.isChecked()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert not dialog.audio_check.isVisible() and dialog.request().audio is None  # Anki only
    dialog.reject()
