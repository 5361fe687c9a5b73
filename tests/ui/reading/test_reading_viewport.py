"""The reading view's own viewport (made in Python so that start-up skips PySide6's search for
the type of Qt's, issue 14) behaves as the one QTextEdit makes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from reader.ui.app import FirstText
from reader.ui.reading.reading_view import ReadingView


def test_the_view_lays_out_and_paints_its_first_document_on_its_own_viewport(
    qtbot: QtBot,
) -> None:
    view = ReadingView()
    qtbot.addWidget(view)
    # Qt's first document lays out for the viewport Qt made, deleted when the view set its own.
    assert view.document().documentLayout().paintDevice() is view.viewport()
    view.resize(700, 500)  # laid out before any article is shown
    view.show()
    qtbot.waitExposed(view)
    view.show_article(FirstText("Le titre", "Le titre\n\nIl fait beau aujourd'hui à Paris."))
    qtbot.waitUntil(lambda: view.document().size().height() > 0)
    image = view.viewport().grab().toImage()
    inked = [
        image.pixelColor(x, y).lightnessF() < 0.5
        for x in range(0, image.width(), 3)
        for y in range(0, image.height() // 3, 3)
    ]
    assert any(inked)  # the title's letters are painted


def test_the_viewport_is_set_up_as_qtextedits_own(qtbot: QtBot) -> None:
    view, plain = ReadingView(), QTextEdit()
    qtbot.addWidget(view)
    qtbot.addWidget(plain)
    plain.setReadOnly(True)
    ours, theirs = view.viewport(), plain.viewport()
    assert ours.parent() is view
    assert ours.acceptDrops() == theirs.acceptDrops()
    assert ours.autoFillBackground() == theirs.autoFillBackground()
    assert ours.backgroundRole() == theirs.backgroundRole() == QPalette.ColorRole.Base
    assert ours.cursor().shape() == theirs.cursor().shape() == Qt.CursorShape.IBeamCursor
    assert ours.hasMouseTracking()  # hovering a word highlights it
    assert ours.focusProxy() is view
