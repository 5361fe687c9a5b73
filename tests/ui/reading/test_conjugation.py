"""The conjugation table on the word card: opened with its button or C, built off the GUI
thread, the clicked form highlighted in its tab, following the verb clicked next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.helpers import click_word, open_and_wait, open_text

TIMEOUT_MS = 10_000


def test_the_card_shows_the_conjugation_of_the_clicked_verb(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_text(qtbot, window, tmp_path)
    click_word(qtbot, window, "rencontrés")
    tools = window.word_panel.tools
    view = tools.conjugation
    assert tools.conjugation_button.isEnabled() and not view.isVisible()
    qtbot.mouseClick(tools.conjugation_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table is not None, timeout=TIMEOUT_MS)
    assert view.isVisible()
    assert view.title.text() == "se rencontrer — pronominal verb, conjugated with être"
    assert view.marked_texts() == ["ils/elles se sont rencontré(e)s"]
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Indicatif"
    page = view.tabs.currentWidget().text()
    assert "je me suis rencontré(e)" in page and "passé composé" in page
    assert "background-color:#fde68a" in page

    # The next verb clicked gets its own table at once; a noun gets a hint.
    click_word(qtbot, window, "levée")
    qtbot.waitUntil(
        lambda: view.table is not None and view.table.infinitive == "se lever", timeout=TIMEOUT_MS
    )
    assert view.marked_texts() == ["il/elle s'est levé(e)"]
    click_word(qtbot, window, "Paris")
    assert view.title.text() == "Click a verb to see its conjugation."
    assert not view.tabs.isVisible()

    # C closes it and opens it again, from the article.
    click_word(qtbot, window, "parle")
    qtbot.waitUntil(
        lambda: view.table is not None and view.table.infinitive == "parler", timeout=TIMEOUT_MS
    )
    assert view.marked_texts() == ["je parle", "il/elle parle"]  # the model's tense narrows
    qtbot.keyClick(window.reading_view, Qt.Key.Key_C)
    assert not view.isVisible() and not tools.conjugation_button.isChecked()
    qtbot.keyClick(window.reading_view, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: view.isVisible() and view.table is not None, timeout=TIMEOUT_MS)


def test_a_verb_the_tables_lack_is_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "inconnu.txt"
    path.write_text("Ils ont twerké toute la nuit.\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    click_word(qtbot, window, "twerké")  # a verb to the model (twerker), not in the Lefff
    tools = window.word_panel.tools
    qtbot.mouseClick(tools.conjugation_button, Qt.MouseButton.LeftButton)
    view = tools.conjugation
    qtbot.waitUntil(lambda: "not a verb in the conjugation tables" in view.title.text())
    assert view.title.text().startswith("«twerker» is not a verb") and not view.tabs.isVisible()
