"""The window at 800×600 (issue 13): every tab fits, the word card keeps its width with its
status buttons whole and no sideways scrolling, starts at its top for each word, prefills one
short sense shown from its start, and shows a saved gloss once; the review card grows with its
sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.reading.word_panel import MIN_CARD_WIDTH, PREFILL_CHARS
from tests.ui.helpers import click_word, open_and_wait

LEFT = Qt.MouseButton.LeftButton


def test_at_800_by_600_every_tab_fits_and_the_card_keeps_its_buttons_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 600)
    open_and_wait(qtbot, window)
    click_word(qtbot, window, "coopération")
    panel = window.word_panel
    qtbot.waitUntil(lambda: panel.width() >= MIN_CARD_WIDTH)
    assert not panel.card_scroll.horizontalScrollBar().isVisible()
    for button in panel.status_buttons.values():  # no label cut ("Known", "Ignore")
        assert button.width() >= button.sizeHint().width(), button.text()
    assert panel.save_button.width() >= panel.save_button.sizeHint().width()
    count = window.glossary.rowCount()
    qtbot.mouseClick(panel.save_button, LEFT)  # the glossary's filters get the text's title
    qtbot.waitUntil(lambda: window.glossary.rowCount() == count + 1, timeout=10_000)
    qtbot.waitUntil(lambda: "known" in window.article_stats.text())  # the longest line
    for index in range(window.tabs.count()):  # no tab asks for more than the window has
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
        assert window.minimumSizeHint().width() <= 800, window.tabs.tabText(index)
        assert window.width() == 800


def test_each_word_opens_its_card_at_the_top_with_one_short_sense_and_a_gloss_shown_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 600)
    open_and_wait(qtbot, window)
    panel = window.word_panel
    click_word(qtbot, window, "coopération")
    bar = panel.card_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the learner scrolled down to the form
    click_word(qtbot, window, "patrouilles")
    qtbot.waitUntil(lambda: panel.info is not None and panel.info.token.text == "patrouilles")
    qtbot.waitUntil(lambda: bar.value() == 0)

    click_word(qtbot, window, "coopération")
    qtbot.waitUntil(lambda: panel.info is not None and panel.info.token.text == "coopération")
    prefill = panel.translation_edit.text()
    assert prefill and ";" not in prefill and len(prefill) <= PREFILL_CHARS
    assert panel.translation_edit.cursorPosition() == 0  # shown from its start
    count = window.glossary.rowCount()
    qtbot.mouseClick(panel.save_button, LEFT)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == count + 1, timeout=10_000)
    qtbot.waitUntil(lambda: panel.info is not None and panel.info.saved is not None)
    shown = panel.translations_label.text().casefold()
    assert shown.count(prefill.casefold()) == 1  # under "your glossary", not again below


def test_at_800_by_600_the_review_card_grows_with_its_sentence(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 600)
    open_and_wait(qtbot, window)
    click_word(qtbot, window, "coopération")  # its sentence is the article's long title
    qtbot.mouseClick(window.word_panel.save_button, LEFT)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    window.show_review()
    review = window.review_view
    qtbot.waitUntil(lambda: review.entry is not None, timeout=10_000)
    review.sentence_mode.setChecked(True)
    qtbot.keyClick(review, Qt.Key.Key_Space)  # reveal
    card = review.findChild(QFrame, "reviewCard")
    assert card is not None
    labels = [label for label in card.findChildren(QLabel) if label.isVisible() and label.text()]
    assert len(labels) >= 3
    qtbot.waitUntil(lambda: all(label.height() > 0 for label in labels))
    for label in labels:  # every line of every label shows: none clipped
        needed = label.heightForWidth(label.width()) if label.wordWrap() else -1
        assert label.height() >= max(needed, label.minimumSizeHint().height()), label.text()
    assert card.height() >= card.minimumSizeHint().height()
