"""What the window's tests do again and again: open a text and wait for its analysis, find and
click a word, name a new reading list, import texts, open the export dialog and export, click
through the menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.articles import sample_article_path
from reader.ui.learning.export_dialog import ExportDialog
from reader.ui.library.lists_view import ListsView
from reader.ui.main_window import MainWindow
from reader.ui.reading.reading_view import ReadingView

CTRL = Qt.KeyboardModifier.ControlModifier
ANALYSIS_TIMEOUT_MS = 120_000  # the first analysis loads the model in the worker process


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path | None = None) -> None:
    """Open an article (the sample by default) and wait until its words are clickable and
    coloured by status."""
    window.open_path(path or sample_article_path())
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.word_statuses.article is not None, timeout=10_000)


def offset_of(view: ReadingView, needle: str, occurrence: int = 0) -> int:
    """The text offset of the n-th occurrence of needle in the shown article."""
    analysis = view.analysis
    assert analysis is not None
    start = -1
    for _ in range(occurrence + 1):
        start = analysis.text.find(needle, start + 1)
        assert start >= 0, f"{needle!r} is not in the article"
    return start


def point_of(view: ReadingView, offset: int) -> QPoint:
    """Where a mouse would point on the character at offset (scrolled into view first)."""
    view.scroll_to_offset(offset)
    rect = view.char_rect(offset)
    assert rect.isValid() and view.viewport().rect().contains(rect.center())
    return rect.center()


def click_text(qtbot: QtBot, view: ReadingView, offset: int) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, offset))


def name_new_list(qtbot: QtBot, lists: ListsView, title: str) -> None:
    """Type a title into the New reading list dialog (opened by New…) and press OK."""
    qtbot.waitUntil(lambda: lists.new_list_dialog.isVisible(), timeout=5_000)
    dialog = lists.new_list_dialog
    edit = dialog.findChild(QLineEdit)
    qtbot.keyClicks(edit, title)
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "OK")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def library_titles(window: MainWindow) -> list[str]:
    return [row.record.title for row in window.library.view.model.rows]


def import_and_wait(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> None:
    window.library.import_files(paths)
    qtbot.waitUntil(lambda: window.library.import_task is None, timeout=60_000)
    qtbot.waitUntil(lambda: len(library_titles(window)) >= len(paths), timeout=10_000)


SPEECH_TEXT = (
    "Hier, ils se sont rencontrés à Paris. Elle s’est levée tôt\u00a0; "
    "aujourd’hui, l’homme ne parle pas.\n"
)


def open_text(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "rencontre.txt"
    path.write_text(SPEECH_TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, path)


def click_word(qtbot: QtBot, window: MainWindow, word: str) -> None:
    view = window.reading_view
    click_text(qtbot, view, offset_of(view, word) + 1)
    qtbot.waitUntil(lambda: window.word_panel.info is not None)


def open_export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    with qtbot.waitActive(window):  # back from the last dialog
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: "to export" in dialog.count_label.text(), timeout=10_000)
    return dialog


def export_to(qtbot: QtBot, dialog: ExportDialog, path: Path) -> None:
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def export_and_close(qtbot: QtBot, dialog: ExportDialog, path: Path) -> None:
    """Export, and wait until the dialog closes (it is deleted then)."""
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        export_to(qtbot, dialog, path)


def click_menu(qtbot: QtBot, window: MainWindow, *path: str) -> None:
    """Click through the menu bar as a mouse would: click_menu(qtbot, window, "Help",
    "About French Reader"); names without their & marks."""
    bar = window.menuBar()
    actions = bar.actions()
    menu: QMenu | None = None
    for depth, name in enumerate(path):
        action = next(a for a in actions if a.text().replace("&", "").split("\t")[0] == name)
        if depth == 0:
            qtbot.mouseClick(
                bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center()
            )
        else:
            assert menu is not None
            opened = menu
            qtbot.mouseClick(
                opened, Qt.MouseButton.LeftButton, pos=opened.actionGeometry(action).center()
            )
        menu = action.menu()
        if menu is not None:
            shown = menu
            qtbot.waitUntil(shown.isVisible, timeout=5_000)
            actions = shown.actions()
