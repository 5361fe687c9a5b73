"""Expressions in the window: a click on a word of an expression shows the expression and its
meaning first, hover shows all of it, saving saves it as one entry; the learner's own
expressions gathered by Shift+click or a dragged selection, saved, and found again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.models import Status
from reader.core.store import Database
from reader.ui.main_window import MainWindow
from tests.ui.helpers import click_text, offset_of, open_and_wait, point_of

TEXT = (
    "La réunion a eu lieu au sein de l'entreprise.\n"
    "Le ministre ouvre la fenêtre du salon.\n"
    "Les enfants ont ouvert hier la fenêtre du salon.\n"
)
TIMEOUT_MS = 20_000
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "reunion.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def click_word(
    qtbot: QtBot, window: MainWindow, word: str, occurrence: int = 0, *, shift: bool = False
) -> None:
    view = window.reading_view
    offset = offset_of(view, word, occurrence)
    modifier = SHIFT if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, point_of(view, offset + 1)
    )


def card_shows(window: MainWindow, headword: str) -> bool:
    info = window.word_panel.info
    return info is not None and window.word_panel.headword_label.text() == headword


def test_the_card_leads_with_the_expression_and_hover_shows_it_all(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    open_and_wait(qtbot, window, article)
    view = window.reading_view
    qtbot.mouseMove(view.viewport(), point_of(view, offset_of(view, "sein") + 1))
    qtbot.waitUntil(lambda: view.hovered is not None, timeout=5_000)
    assert view.hovered is not None and view.analysis is not None
    assert [view.analysis.text[s:e] for s, e in view.unit_spans(view.hovered)] == [
        "au",
        "sein",
        "de",
    ]

    click_word(qtbot, window, "sein")
    qtbot.waitUntil(lambda: card_shows(window, "au sein de"), timeout=TIMEOUT_MS)
    panel = window.word_panel
    assert panel.form_label.text() == "au sein de"
    card = panel.translations_label.text()
    assert card.index("within") < card.index("bosom" if "bosom" in card else "breast")
    assert panel.translation_edit.text().startswith("within")


def test_saving_an_expression_saves_one_entry(
    qtbot: QtBot, window: MainWindow, article: Path, data_dir: Path
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "lieu")
    qtbot.waitUntil(lambda: card_shows(window, "avoir lieu"), timeout=TIMEOUT_MS)
    qtbot.mouseClick(window.word_panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    entry = window.glossary.entry(0)
    assert (entry.lemma, entry.word) == ("avoir lieu", "a eu lieu")
    assert entry.translation.startswith("take place")
    # Its three words take the expression's status; the sentence's other words do not.
    view = window.reading_view
    assert view.analysis is not None
    eu, reunion = (offset_of(view, "eu"), offset_of(view, "réunion"))
    token_eu = view.analysis.token_at(eu)
    token_reunion = view.analysis.token_at(reunion)
    assert token_eu is not None and token_reunion is not None
    qtbot.waitUntil(
        lambda: window.word_statuses.status_at(token_eu.index) is Status.LEARNING_1,
        timeout=10_000,
    )
    assert window.word_statuses.status_at(token_reunion.index) is not Status.LEARNING_1
    with Database.open_in(data_dir) as store:
        assert store.glossary.find_by_lemma("avoir lieu") is not None
        assert store.glossary.find_by_lemma("lieu") is None


def test_shift_click_gathers_words_apart_and_saves_them_as_one_expression(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "ouvre")
    qtbot.waitUntil(lambda: card_shows(window, "ouvrir"), timeout=TIMEOUT_MS)
    click_word(qtbot, window, "fenêtre", shift=True)
    qtbot.waitUntil(lambda: card_shows(window, "ouvrir … fenêtre"), timeout=TIMEOUT_MS)
    panel = window.word_panel
    assert panel.form_label.text() == "ouvre … fenêtre"
    assert panel.translation_edit.text() == ""  # its words' senses are hints, not its own
    assert "Type your own" in panel.translation_edit.placeholderText()
    panel.translation_edit.setText("open the window")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    assert window.glossary.entry(0).lemma == "ouvrir … fenêtre"
    assert window.glossary.entry(0).pattern == ("ouvrir", "…", "fenêtre")

    # Found again in the next sentence, split by other words, and coloured as saved.
    qtbot.waitUntil(lambda: len(window.word_statuses.terms) == 2, timeout=10_000)
    click_word(qtbot, window, "fenêtre", 1)
    qtbot.waitUntil(lambda: card_shows(window, "ouvrir … fenêtre"), timeout=TIMEOUT_MS)
    assert panel.form_label.text() == "ont ouvert … fenêtre"
    assert "open the window" in panel.translations_label.text()
    view = window.reading_view
    assert view.analysis is not None
    ouvert = view.analysis.token_at(offset_of(view, "ouvert"))
    assert ouvert is not None
    assert window.word_statuses.status_at(ouvert.index) is Status.LEARNING_1


def test_a_dragged_selection_is_an_expression_to_save(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    open_and_wait(qtbot, window, article)
    view = window.reading_view
    start = point_of(view, offset_of(view, "la fenêtre"))
    end = point_of(view, offset_of(view, "salon") + 4)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: card_shows(window, "la fenêtre du salon"), timeout=TIMEOUT_MS)
    panel = window.word_panel
    assert panel.pos_label.text() == "your expression"
    assert "fenêtre" in panel.translations_label.text()
    panel.translation_edit.setText("the living-room window")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    assert window.glossary.entry(0).lemma == "la fenêtre du salon"
    # Found in the next sentence too; a plain click on one of its words shows it, saved.
    qtbot.waitUntil(lambda: len(window.word_statuses.terms) == 2, timeout=10_000)
    click_text(qtbot, view, offset_of(view, "salon", 1) + 1)
    qtbot.waitUntil(lambda: card_shows(window, "la fenêtre du salon"), timeout=TIMEOUT_MS)
    assert window.word_panel.save_button.text() == "Update"


def test_shift_arrows_extend_the_gathered_words(
    qtbot: QtBot, window: MainWindow, article: Path
) -> None:
    open_and_wait(qtbot, window, article)
    click_word(qtbot, window, "fenêtre")
    qtbot.waitUntil(lambda: card_shows(window, "la fenêtre"), timeout=TIMEOUT_MS)
    view = window.reading_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    qtbot.waitUntil(lambda: card_shows(window, "fenêtre du salon"), timeout=TIMEOUT_MS)
    assert window.word_panel.pos_label.text() == "your expression"
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT)
    qtbot.waitUntil(lambda: card_shows(window, "la fenêtre du salon"), timeout=TIMEOUT_MS)
