"""A word clicked before the card's dictionaries are loaded: the GUI thread does not build
them; the card says it is loading, then shows the word once they are in."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.app import apply_stylesheet
from reader.ui.common.settings import Settings
from reader.ui.common.tasks import TaskRunner
from reader.ui.main_window import MainWindow
from tests.ui.helpers import click_text, offset_of, open_and_wait


def test_a_click_before_the_dictionaries_shows_a_loading_card_then_the_card(
    qtbot: QtBot, qapp: QApplication, runner: TaskRunner, settings: Settings, data_dir: Path
) -> None:
    gate = threading.Event()
    # The I/O thread busy (as with a long file read): the card's Glosser waits behind it.
    runner.run(gate.wait)
    apply_stylesheet(qapp)
    window = MainWindow(runner, settings, data_dir)
    qtbot.addWidget(window)
    window.show()
    try:
        open_and_wait(qtbot, window)  # the worker's analysis: the words are clickable
        panel, view = window.word_panel, window.reading_view
        assert not window.card_glosser.is_ready

        click_text(qtbot, view, offset_of(view, "coopération") + 1)
        assert panel.is_loading and panel.info is None  # not built on the GUI thread
        assert panel.loading_label.isVisible()
        assert panel.loading_label.text() == "coopération\n\nLooking it up…"
        assert not window.card_glosser.is_ready
    finally:
        gate.set()
    qtbot.waitUntil(lambda: panel.info is not None)
    assert panel.info.token.text == "coopération" and not panel.is_loading
    assert "cooperation" in panel.translations_label.text()
