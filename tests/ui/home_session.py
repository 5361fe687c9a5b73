"""A learner's session in the real window, run by test_home.py in a child pytest whose HOME,
XDG folders and TMPDIR point into a temporary home (its name keeps it out of normal runs).

The window starts as `french-reader` starts it (reader.ui.app.launch on the default data
folder), opens the sample article, then an article through File ▸ Open, saves a word,
installs a translation model from a file and gets the sentence translated by Argos, and
quits with File ▸ Quit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from reader.core.paths import data_dir
from reader.ui.app import create_application, launch
from reader.ui.main_window import MainWindow
from tests.ui.file_chooser import answering_chooser
from tests.ui.helpers import ANALYSIS_TIMEOUT_MS, click_text, offset_of

ARTICLE_ENV = "HOME_SESSION_ARTICLE"  # the article to open, in the home's documents
MODEL_ENV = "HOME_SESSION_MODEL"  # the tiny Argos model file (tests/argos_fixture.py)
ANSWER_ENV = "HOME_SESSION_ANSWER"  # what the tiny model answers to any sentence
WORD = "habitants"  # a word of that article, saved to the glossary


@pytest.fixture(scope="session", autouse=True)
def qt_settings_folder() -> None:
    """Overrides the UI tests' own: here nothing but the app may say where Qt's settings go."""


def wait_for_analysis(qtbot: QtBot, window: MainWindow, path: Path | None = None) -> None:
    def shown() -> bool:
        article = window.article
        return article is not None and (path is None or article.path == str(path))

    qtbot.waitUntil(shown, timeout=ANALYSIS_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def install_model_and_translate(qtbot: QtBot, window: MainWindow) -> None:
    """Argos is imported in the worker process: its own folders must follow the app's."""
    dialog = window.translation.show_models()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=ANALYSIS_TIMEOUT_MS)
    with answering_chooser(qtbot, Path(os.environ[MODEL_ENV])):
        qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model_names != [], timeout=ANALYSIS_TIMEOUT_MS)
    dialog.close()
    view = window.word_panel.sentence_translation
    answer = os.environ[ANSWER_ENV]
    qtbot.waitUntil(lambda: view.text == answer, timeout=ANALYSIS_TIMEOUT_MS)


def test_a_session(qtbot: QtBot) -> None:
    create_application()
    window = launch(None, data_dir())  # no --data-dir: the platform's default
    try:
        wait_for_analysis(qtbot, window)  # the sample article, the first time
        article = Path(os.environ[ARTICLE_ENV])
        with answering_chooser(qtbot, article):
            press(qtbot, window, Qt.Key.Key_O)
        wait_for_analysis(qtbot, window, article)
        click_text(qtbot, window.reading_view, offset_of(window.reading_view, WORD))
        qtbot.waitUntil(lambda: window.word_panel.info is not None, timeout=10_000)
        qtbot.mouseClick(window.word_panel.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
        install_model_and_translate(qtbot, window)
        quit_action = next(a for a in window.findChildren(QAction) if a.text() == "&Quit")
        quit_action.trigger()  # File ▸ Quit (its key depends on the platform's theme)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    finally:
        window.runner.shutdown()  # as run_app does when the event loop ends
