"""Quick cards: a click before the worker's analysis is in shows the word's card from the
lexicon, marked as refining; the full analysis replaces it with the card a click then shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.articles import sample_article_path
from reader.ui.common.tasks import AnalysisProcess, TaskRunner, default_store_factory
from reader.ui.main_window import MainWindow
from tests.ui.helpers import ANALYSIS_TIMEOUT_MS, click_text, offset_of

QUICK_TIMEOUT_MS = 20_000


@pytest.fixture
def runner(qapp: QApplication, data_dir: Path) -> Iterator[TaskRunner]:
    """A worker process of its own, started with the window as the app starts it: the
    French model still loads when the quick look is in."""
    task_runner = TaskRunner(
        default_store_factory(data_dir), process=AnalysisProcess(), owns_process=True
    )
    yield task_runner
    task_runner.shutdown()


def click_word(qtbot: QtBot, window: MainWindow, word: str) -> None:
    view = window.reading_view
    click_text(qtbot, view, offset_of(view, word) + 1)
    qtbot.waitUntil(
        lambda: window.word_panel.info is not None and window.word_panel.info.token.text == word
    )


def test_a_click_before_the_analysis_shows_a_quick_card_then_the_full_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.word_panel
    window.open_path(sample_article_path())
    qtbot.waitUntil(lambda: window.quick_cards.is_shown, timeout=QUICK_TIMEOUT_MS)
    assert window.article_analysis.is_running and not window.reading_view.is_clickable

    click_word(qtbot, window, "coopération")
    quick = panel.info
    assert quick is not None and panel.is_refining
    assert panel.refining_label.isVisible()
    assert panel.refining_label.text() == "Quick look — refining…"
    assert quick.headword == "la coopération"  # gender from the lexicon
    assert "cooperation" in panel.translations_label.text()
    assert not panel.save_button.isEnabled()  # the full card's lemma is the one to keep

    qtbot.waitUntil(lambda: not window.article_analysis.is_running, timeout=ANALYSIS_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not panel.is_refining)
    full = panel.info
    assert full is not None and full.token.start == quick.token.start
    assert not panel.refining_label.isVisible() and panel.save_button.isEnabled()
    shown = panel.translations_label.text()

    click_word(qtbot, window, "Russie")  # another word, then the same word again
    click_word(qtbot, window, "coopération")
    assert panel.info == full
    assert panel.translations_label.text() == shown
    assert not panel.is_refining


def test_the_quick_look_makes_the_keyboard_move_between_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_path(sample_article_path())
    qtbot.waitUntil(lambda: window.quick_cards.is_shown, timeout=QUICK_TIMEOUT_MS)
    window.reading_view.setFocus()
    qtbot.keyClick(window.reading_view, Qt.Key.Key_Right)  # → the first word
    qtbot.waitUntil(lambda: window.word_panel.info is not None)
    assert window.word_panel.info.token.text == "La"
    assert window.word_panel.is_refining


def test_stopping_the_analysis_keeps_the_quick_cards(qtbot: QtBot, window: MainWindow) -> None:
    window.open_path(sample_article_path())
    qtbot.waitUntil(lambda: window.quick_cards.is_shown, timeout=QUICK_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.stop_button.isVisible(), timeout=QUICK_TIMEOUT_MS)
    qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    assert window.status_label.text() == "Analysis stopped: the words show quick cards only."
    click_word(qtbot, window, "coopération")
    assert window.word_panel.is_refining
