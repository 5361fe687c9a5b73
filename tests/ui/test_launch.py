"""The app's start (app.launch): the article is painted on the window's first page, then the
rest of the window is built around it, and the file opens in the same place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.articles import sample_article_path
from reader.ui.app import FIRST_TEXT_WORDS, create_application, first_text, launch
from reader.ui.common.settings import keep_qt_settings_in

MENUS = ["&File", "&Edit", "&View", "&Word", "&Page", "&Settings", "&Help"]


def test_the_article_shows_first_then_the_window_is_built_around_it(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, qt_settings_folder: Path
) -> None:
    create_application()
    window = launch(sample_article_path(), tmp_path / "data")
    qtbot.addWidget(window)
    try:
        # Before the event loop runs: the first page, with the file's text and the frames.
        assert not window.is_built
        shown = window.reading_view.toPlainText()
        assert shown.startswith("La Russie et la Chine conviennent d’une coopération")
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
            "Read",
            "Glossary",
            "Review",
        ]
        assert [action.text() for action in window.menuBar().actions()] == MENUS
        assert window.windowTitle().startswith("La Russie et la Chine")

        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.is_built)
        assert window.tabs.widget(1) is window.glossary_view
        assert window.tabs.widget(2) is window.review_view
        assert window.splitter.widget(1) is window.word_panel
        menus = window.menuBar().actions()
        assert [action.text() for action in menus] == MENUS  # the real ones, once each
        assert all(not action.menu().isEmpty() for action in menus)

        qtbot.waitUntil(lambda: window.article is not None, timeout=20_000)
        assert window.reading_view.toPlainText() == shown  # the same text, in the same place
        qtbot.waitUntil(lambda: window.quick_cards.is_shown, timeout=20_000)
    finally:
        if window.is_built:
            window.runner.shutdown()
        keep_qt_settings_in(qt_settings_folder)  # launch put Qt's state in its data folder


def test_only_a_short_plain_text_shows_before_the_library_opens_it(tmp_path: Path) -> None:
    short = tmp_path / "court.txt"
    short.write_text("Le titre\n\nUn texte court.\n", encoding="utf-8")
    text = first_text(short)
    assert text is not None and text.title == "Le titre"
    long = tmp_path / "long.txt"
    long.write_text("mot " * (FIRST_TEXT_WORDS + 1), encoding="utf-8")
    assert first_text(long) is None  # a longer text opens at one of its pages
    page = tmp_path / "page.html"
    page.write_text("<p>Bonjour</p>", encoding="utf-8")
    assert first_text(page) is None  # its parser decides what it shows
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Élève".encode("latin-1"))
    assert first_text(latin) is None  # decoded as the library decodes it, once opened
    assert first_text(tmp_path / "missing.txt") is None  # the library says why
