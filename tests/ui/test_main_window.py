"""Opening files, pasting, errors, remembered settings, glossary search and contexts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.models import Status
from reader.ui.common.settings import Settings
from reader.ui.common.tasks import AnalysisProcess, TaskRunner, default_store_factory
from reader.ui.glossary.contexts_dialog import ContextsDialog
from reader.ui.glossary.model import STATUS
from reader.ui.main_window import MainWindow
from tests.ui.helpers import click_text, offset_of, open_and_wait


def message_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def save_word(qtbot: QtBot, window: MainWindow, needle: str, tags: str = "") -> None:
    count = window.glossary.rowCount()
    click_text(qtbot, window.reading_view, offset_of(window.reading_view, needle))
    window.word_panel.tags_edit.setText(tags)
    qtbot.mouseClick(window.word_panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == count + 1, timeout=10_000)


def test_an_unreadable_file_shows_a_clear_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    window.open_path(binary)
    qtbot.waitUntil(lambda: bool(message_boxes(window)), timeout=10_000)
    box = message_boxes(window)[0]
    assert "not a text file" in box.text()
    assert "Traceback" not in box.text() and not box.detailedText()
    window.open_path(tmp_path / "missing.txt")
    qtbot.waitUntil(lambda: len(message_boxes(window)) == 2, timeout=10_000)


def test_open_a_markdown_file_by_dropping_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    note = tmp_path / "note.md"
    note.write_text("# Une petite note\n\nIl fait beau aujourd'hui à Paris.\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(note))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt delivers a Drop only during a real drag: check the enter, then drop.
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=120_000)
    assert window.article is not None and window.article.title == "Une petite note"
    click_text(qtbot, window.reading_view, offset_of(window.reading_view, "aujourd'hui") + 9)
    assert window.word_panel.form_label.text() == "aujourd'hui"
    assert window.settings.recent_files[0] == note


def test_paste_as_new_article(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    QGuiApplication.clipboard().setText("Le chat dort.\n\nLa grand-mère lit le journal.")
    window.paste_article()
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=120_000)
    assert window.article is not None and window.article.title == "Le chat dort."
    assert Path(window.article.path).parent == data_dir / "pasted"
    click_text(qtbot, window.reading_view, offset_of(window.reading_view, "grand-mère") + 7)
    assert window.word_panel.form_label.text() == "grand-mère"


def test_settings_are_remembered(
    qtbot: QtBot, window: MainWindow, runner: TaskRunner, settings: Settings, data_dir: Path
) -> None:
    open_and_wait(qtbot, window)
    size = window.reading_view.text_size
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reading_view.text_size == size + 1
    window.splitter.setSizes([700, 500])
    window.close()
    again = MainWindow(runner, settings, data_dir)
    qtbot.addWidget(again)
    assert again.reading_view.text_size == size + 1
    assert settings.last_article is not None and settings.last_article.name.startswith("russie")
    assert again.recent_menu.actions()[0].text() == settings.last_article.name
    again.resize(1200, 800)
    again.show()
    assert abs(again.splitter.sizes()[1] - 500) < 40


def test_glossary_search_filter_sort_and_contexts(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:
    open_and_wait(qtbot, window)
    save_word(qtbot, window, "coopération", tags="politics")
    save_word(qtbot, window, "intérêt", tags="week 1")
    save_word(qtbot, window, "patrouilles", tags="week 1")
    view = window.glossary_view
    window.show_glossary()
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, "patr")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data() == "patrouilles"
    view.search_edit.clear()
    view.tag_combo.setCurrentIndex(view.tag_combo.findData("week 1"))
    assert view.proxy.rowCount() == 2
    assert "2 of 3" in view.count_label.text()
    view.tag_combo.setCurrentIndex(0)
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    lemmas = [view.proxy.index(row, 1).data() for row in range(view.proxy.rowCount())]
    assert lemmas == ["coopération", "intérêt", "patrouille"]

    # Change a status in the table; the filter by status and the marks follow.
    row = lemmas.index("intérêt")
    view.proxy.setData(view.proxy.index(row, STATUS), Status.KNOWN)
    qtbot.waitUntil(
        lambda: window.glossary.by_lemma()["intérêt"].status is Status.KNOWN, timeout=10_000
    )
    view.status_combo.setCurrentIndex(view.status_combo.findData(Status.KNOWN))
    assert view.proxy.rowCount() == 1
    view.status_combo.setCurrentIndex(0)

    # Double-click shows where the word was met; "Open article" selects it there.
    dialogs: list[ContextsDialog] = []
    monkeypatch.setattr(ContextsDialog, "open", lambda self: dialogs.append(self))
    index = view.proxy.index(lemmas.index("coopération"), 0)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert "conviennent d’une coopération entre" in dialog.browser.toPlainText()
    window.word_panel.clear()
    link = dialog.browser.document().find("Open in article")
    dialog.show()
    qtbot.waitExposed(dialog)
    rect = dialog.browser.cursorRect(link)
    link_point = QPoint(rect.left() - 20, rect.center().y())  # inside the link's last letters
    qtbot.mouseClick(dialog.browser.viewport(), Qt.MouseButton.LeftButton, pos=link_point)
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: window.word_panel.info is not None, timeout=10_000)
    assert window.word_panel.form_label.text() == "coopération"


def test_saved_words_are_there_after_a_restart(
    qtbot: QtBot,
    window: MainWindow,
    analysis_process: AnalysisProcess,
    settings: Settings,
    data_dir: Path,
) -> None:
    open_and_wait(qtbot, window)
    save_word(qtbot, window, "patrouilles", tags="week 1")
    window.close()
    window.runner.shutdown()
    # A new session of the app: a new runner and database thread, the same data folder.
    runner = TaskRunner(default_store_factory(data_dir), process=analysis_process)
    again = MainWindow(runner, settings, data_dir)
    qtbot.addWidget(again)
    again.show()
    try:
        again.open_path(settings.last_article)
        qtbot.waitUntil(lambda: again.glossary.rowCount() == 1, timeout=10_000)
        assert again.glossary.entry(0).lemma == "patrouille"
        assert again.glossary.entry(0).tags == ("week 1",)
        qtbot.waitUntil(lambda: again.reading_view.is_clickable, timeout=120_000)
        click_text(qtbot, again.reading_view, offset_of(again.reading_view, "patrouilles"))
        assert again.word_panel.save_button.text() == "Update"
    finally:
        again.close()
        runner.shutdown()
