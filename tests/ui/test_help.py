"""Help ▸ Keyboard Shortcuts lists every shortcut the window's actions have; Help ▸ About names
the version, the licence and every source of the data the app ships (issue 13)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableWidget, QTextBrowser
from pytestqt.qtbot import QtBot

from reader.ui.help import AboutDialog, ShortcutsDialog, app_version
from reader.ui.main_window import MainWindow
from tests.ui.helpers import click_menu

NATIVE = QKeySequence.SequenceFormat.NativeText


def test_keyboard_shortcuts_lists_every_shortcut_of_the_menus(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_menu(qtbot, window, "Help", "Keyboard Shortcuts")
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None, timeout=5_000)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table is not None
    rows = {
        (table.item(row, 1).text(), table.item(row, 2).text()) for row in range(table.rowCount())
    }
    in_menus = [
        action
        for action in window.menuBar().findChildren(QAction)
        if action.shortcut().toString() and action.menu() is None
    ]
    in_menus += [a for a in window.findChildren(QAction) if a.shortcut().toString()]
    assert len(in_menus) > 20
    for action in in_menus:
        name = action.text().split("\t")[0].replace("&", "")
        assert (name, action.shortcut().toString(NATIVE)) in rows or any(
            row[0] == name and action.shortcut().toString(NATIVE) in row[1] for row in rows
        ), name
    keys = {keys for _, keys in rows}
    assert {"Ctrl+O", "Ctrl+E", "Ctrl+Z"} <= keys
    assert "Right" in keys  # a reading key, shown in its menu item's text
    dialog.close()


def test_about_names_the_version_the_licence_and_every_data_source(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_menu(qtbot, window, "Help", "About French Reader")
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None, timeout=5_000)
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    browser = dialog.findChild(QTextBrowser, "aboutText")
    assert browser is not None
    text = browser.toPlainText()
    assert app_version() in text and "GPL-3.0-or-later" in text
    for source in (
        "FreeDict",
        "Apertium",
        "Wiktionary",
        "WikDict",
        "Lexique 3",
        "New",
        "Pallier",
        "Lefff",
        "Sagot",
        "WikiPron",
        "Lefff conjugations",
        "eSpeak NG",
        "Daudet",
        "Wikinews",
    ):
        assert source in text, source
    assert text.count("eSpeak NG —") == 1  # each credit once
    dialog.close()
