"""The dark look (issue 13): Settings ▸ Appearance ▸ Dark darkens the whole window and the
article, keeps its choice, and every status tint stays readable on both grounds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.models import Status
from reader.ui.common.settings import Settings
from reader.ui.common.theme import dark_variant, is_dark, look
from reader.ui.main_window import MainWindow
from reader.ui.reading.reading_view import TEXT_COLOUR, status_colours
from tests.ui.helpers import click_menu, click_word, offset_of, open_and_wait

WCAG_AA = 4.5  # the contrast a body text needs


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QColor, two: QColor) -> float:
    lighter, darker = sorted((luminance(one), luminance(two)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture
def light_again() -> Iterator[None]:
    """The look belongs to the application: later tests get the system's again."""
    yield
    look().choose("system")


@pytest.mark.parametrize("dark", [False, True])
def test_every_status_tint_keeps_the_text_readable(dark: bool) -> None:
    def shown(colour: QColor) -> QColor:
        return QColor(dark_variant(colour.name())) if dark else colour

    ink = shown(TEXT_COLOUR)
    for status, tint in status_colours().items():
        assert contrast(ink, shown(tint)) >= WCAG_AA, status
    paper = shown(QColor("#fffdf8"))  # the article's ground (style.qss)
    assert contrast(ink, paper) >= 7


def test_appearance_dark_darkens_the_window_and_the_article_and_is_kept(
    qtbot: QtBot, window: MainWindow, settings: Settings, light_again: None
) -> None:
    open_and_wait(qtbot, window)
    click_word(qtbot, window, "coopération")
    window.learning.set_word_status(Status.LEARNING_1)
    view = window.reading_view
    offset = offset_of(view, "coopération")
    tinted = status_colours()[Status.LEARNING_1].name()
    qtbot.waitUntil(lambda: background(window, offset) == tinted)
    assert not is_dark()

    click_menu(qtbot, window, "Settings", "Appearance", "Dark")
    qtbot.waitUntil(is_dark, timeout=5_000)
    assert settings.appearance == "dark"
    palette = QGuiApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).lightnessF() < 0.25
    assert palette.color(QPalette.ColorRole.WindowText).lightnessF() > 0.75
    tint = dark_variant(status_colours()[Status.LEARNING_1].name())
    qtbot.waitUntil(lambda: background(window, offset) == tint)
    ground = view.grab().toImage().pixelColor(4, view.height() // 2)  # the margin
    assert ground.lightnessF() < 0.25

    click_menu(qtbot, window, "Settings", "Appearance", "Light")
    qtbot.waitUntil(lambda: not is_dark(), timeout=5_000)
    tinted = status_colours()[Status.LEARNING_1].name()
    qtbot.waitUntil(lambda: background(window, offset) == tinted)
    assert view.grab().toImage().pixelColor(4, view.height() // 2).lightnessF() > 0.9
    assert settings.appearance == "light"


def background(window: MainWindow, offset: int) -> str:
    """The tint of the character at a text offset, as the learner sees it."""
    view = window.reading_view
    position = view._map.to_doc(offset)
    assert position is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat().background().color().name()
