"""The teacher's and the learner's journeys through the real window (issue 13): chapters of a
book for a reading list, its handout and glossed PDF; every text in the Library; continue
reading after a restart; Go to… and the Library by chapter, headings as headings; a dropped file
in the Library once."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QTextBlock,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.common.settings import Settings
from reader.ui.common.tasks import AnalysisProcess, TaskRunner, default_store_factory
from reader.ui.library.add_text_dialog import AddTextDialog
from reader.ui.library.go_to_dialog import GoToDialog
from reader.ui.library.handout_dialog import BAND, SENTENCE, HandoutDialog
from reader.ui.main_window import MainWindow
from tests.corpus import corpus_file
from tests.ui.file_chooser import answering_chooser
from tests.ui.helpers import (
    ANALYSIS_TIMEOUT_MS,
    CTRL,
    import_and_wait,
    library_titles,
    name_new_list,
)

LEFT = Qt.MouseButton.LeftButton
BOOK_LINES = 142  # Le Petit Chose's first three chapters
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def book_lines() -> list[str]:
    lines = corpus_file("novel_daudet_petit_chose.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[:BOOK_LINES] if line.strip()]


def write_book(folder: Path) -> Path:
    book = folder / "le-petit-chose.txt"
    book.write_text("\n\n".join(book_lines()), encoding="utf-8")
    return book


def chapters_text(last: int) -> str:
    """Chapters 1 to last, spaces collapsed."""
    lines = book_lines()
    starts = [i for i, line in enumerate(lines) if re.match(r"^[IVX]+ -- ", line)]
    end = starts[last] if last < len(starts) else len(lines)
    return " ".join(" ".join(lines[:end]).split())


def test_a_teacher_picks_chapters_one_and_two_and_gets_their_handout_and_glossed_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_book(tmp_path)])
    window.library.show_lists()
    lists = window.library.lists_view
    new_list = lists.findChild(QPushButton, "newListButton")
    assert new_list is not None
    qtbot.mouseClick(new_list, LEFT)
    name_new_list(qtbot, lists, "Semaine 1")
    qtbot.waitUntil(lambda: lists.summary is not None, timeout=10_000)

    qtbot.mouseClick(lists.add_button, LEFT)
    qtbot.waitUntil(lambda: lists.findChild(AddTextDialog) is not None, timeout=10_000)
    adding = lists.findChild(AddTextDialog)
    assert adding is not None and "[" not in adding.texts.currentText()  # no internal ids
    assert "le-petit-chose" in adding.texts.currentText()
    picker = adding.picker
    picker.kind.setCurrentIndex(1)  # Chapters
    assert picker.first_chapter.count() == 3
    picker.last_chapter.setCurrentIndex(1)
    ok = next(b for b in adding.findChildren(QPushButton) if b.text().replace("&", "") == "OK")
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(lambda: lists.items.count() == 1, timeout=10_000)
    assert "chapters 1–2" in lists.items.item(0).text()

    qtbot.mouseClick(lists.handout_button, LEFT)
    qtbot.waitUntil(lambda: window.library.handout_dialog is not None, timeout=10_000)
    dialog = window.library.handout_dialog
    assert isinstance(dialog, HandoutDialog)
    widths: list[int] = []  # while it finds the words, with its progress bar and Stop, too
    qtbot.waitUntil(
        lambda: widths.append(dialog.width()) or dialog.handout is not None,
        timeout=ANALYSIS_TIMEOUT_MS,
    )
    assert "chapters 1–2" in dialog.status.text()
    screen = dialog.screen().availableGeometry()  # offscreen Qt's screen: 800 px wide
    assert max(widths) <= screen.width() and dialog.height() <= screen.height()
    for button in dialog.findChildren(QPushButton):  # every label whole in a small screen
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    first_two, three = chapters_text(2), chapters_text(3)
    rows = dialog.table.rowCount()
    assert rows >= 20
    for row in range(rows):
        sentence = dialog.table.item(row, SENTENCE).text()
        assert sentence in first_two, sentence  # never from chapter 3
        level = dialog.table.item(row, BAND)
        assert level.text() in ("B2", "C1", "C2", "C2+") and "rank" in level.toolTip()
    assert len(three) > len(first_two)

    out = tmp_path / "semaine-1-glose.pdf"
    with answering_chooser(qtbot, out):
        qtbot.mouseClick(dialog.export_buttons["glossed"], LEFT)
    qtbot.waitUntil(out.exists, timeout=30_000)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(out).pages).split())
    assert "LES BABAROTRES" in text and "LE CAHIER ROUGE" not in text
    assert "(chapters 1–2)" in text


def test_every_text_is_in_the_library_and_continue_reading_returns_to_the_book(
    qtbot: QtBot,
    window: MainWindow,
    analysis_process: AnalysisProcess,
    settings: Settings,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Une petite note\n\nIl fait beau aujourd'hui à Paris.\n", encoding="utf-8")
    with answering_chooser(qtbot, note):
        qtbot.keyClick(window, Qt.Key.Key_O, CTRL)  # File ▸ Open…
    qtbot.waitUntil(lambda: window.library.is_reading_book, timeout=30_000)
    QGuiApplication.clipboard().setText("Le chat dort.\n\nLa grand-mère lit le journal.")
    with qtbot.waitActive(window):  # back from the file chooser
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_V, SHIFT_CTRL)  # File ▸ Paste as New Article
    qtbot.waitUntil(
        lambda: window.article is not None and window.article.title == "Le chat dort.",
        timeout=30_000,
    )
    book = write_book(tmp_path)
    window.open_path(book)
    qtbot.waitUntil(
        lambda: window.library.book is not None and len(window.library.book.pages) > 3,
        timeout=30_000,
    )
    qtbot.waitUntil(window.books.page_bar.isVisible)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # View ▸ Library
    qtbot.waitUntil(lambda: len(library_titles(window)) == 3, timeout=10_000)
    assert {"Une petite note", "Le chat dort.", "le-petit-chose"} == set(library_titles(window))

    # Go to… by chapter: the third chapter's first page.
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.library.is_reading_book, timeout=30_000)
    qtbot.mouseClick(window.books.goto_button, LEFT)
    qtbot.waitUntil(lambda: window.findChild(GoToDialog) is not None, timeout=5_000)
    going = window.findChild(GoToDialog)
    assert going is not None and going.chapters.count() == 3
    item = going.chapters.item(2)
    assert "IL EST MORT" in item.text()
    rect = going.chapters.visualItemRect(item)
    qtbot.mouseClick(going.chapters.viewport(), LEFT, pos=rect.center())
    assert going.page.value() > 1  # the chapter's first page
    ok = next(b for b in going.findChildren(QPushButton) if b.text().replace("&", "") == "OK")
    qtbot.mouseClick(ok, LEFT)
    reading = window.library.book
    assert reading is not None
    chapter_page = next(p.number for p in reading.pages if p.chapter == 2)
    qtbot.waitUntil(lambda: reading.page.number == chapter_page, timeout=10_000)
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)
    text_id = reading.record.id

    # A restart: "continue reading" reopens the book at that page, not the pasted article.
    window.close()
    window.runner.shutdown()
    runner = TaskRunner(default_store_factory(data_dir), process=analysis_process)
    again = MainWindow(runner, Settings.in_folder(data_dir), data_dir)
    qtbot.addWidget(again)
    again.show()
    try:
        again.continue_reading(note)
        qtbot.waitUntil(lambda: again.library.is_reading_book, timeout=30_000)
        book_again = again.library.book
        assert book_again is not None and book_again.record.id == text_id
        assert book_again.page.number == chapter_page
        assert again.books.position_label.text().startswith(f"Page {chapter_page + 1} of")
    finally:
        again.close()
        runner.shutdown()


def test_a_one_page_article_has_no_page_bar_and_counts_as_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    note = tmp_path / "court.txt"
    note.write_text("Un texte court\n\nLe soleil brille sur la ville.\n", encoding="utf-8")
    window.open_path(note)
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)
    assert not window.books.page_bar.isVisible()
    window.library.show_library()
    qtbot.waitUntil(
        lambda: (
            bool(window.library.view.model.rows)
            and window.library.view.model.rows[0].difficulty is not None
        ),
        timeout=30_000,
    )
    row = window.library.view.model.rows[0]
    assert row.record.progress == 1.0 and row.difficulty is not None
    assert window.library.view.model.index(0, 5).data() == "100 %"


def test_the_library_opens_a_book_at_a_chapter_whose_heading_shows_as_a_heading(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, [write_book(tmp_path)])
    view = window.library.view
    view.table.selectRow(0)
    qtbot.waitUntil(view.chapters_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(view.chapters_button, LEFT)
    qtbot.waitUntil(lambda: view.findChild(QMenu, "libraryChapters") is not None)
    menu = view.findChild(QMenu, "libraryChapters")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    titles = [action.text() for action in menu.actions()]
    assert len(titles) == 3 and "IL EST MORT" in titles[2]
    third = menu.actions()[2]
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(third).center())
    qtbot.waitUntil(lambda: window.library.is_reading_book, timeout=30_000)
    reading = window.library.book
    assert reading is not None
    qtbot.waitUntil(lambda: reading.page.chapter == 2, timeout=10_000)
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)

    # The chapter's heading is set apart from the body: bolder and larger, with room above.
    document = window.reading_view.document()
    heading = next(
        block
        for block in blocks(document)
        if "IL EST MORT" in block.text() and len(block.text()) < 40
    )
    body = next(block for block in blocks(document) if len(block.text()) > 200)
    assert heading.charFormat().fontWeight() > body.charFormat().fontWeight()
    size = QTextFormat.Property.FontSizeAdjustment
    assert heading.charFormat().intProperty(size) > body.charFormat().intProperty(size)
    assert heading.blockFormat().bottomMargin() > body.blockFormat().bottomMargin()


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_a_dropped_file_goes_into_the_library_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    note = tmp_path / "note.md"
    note.write_text("# Une note posée\n\nIl fait beau aujourd'hui à Paris.\n", encoding="utf-8")
    for _ in range(2):  # the same file dropped twice is found again, not copied
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(note))])
        enter = QDragEnterEvent(
            QPoint(50, 50), Qt.DropAction.CopyAction, data, LEFT, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted()
        # Offscreen Qt delivers a Drop only during a real drag: the window gets it directly.
        window.dropEvent(
            QDropEvent(
                QPointF(50, 50),
                Qt.DropAction.CopyAction,
                data,
                LEFT,
                Qt.KeyboardModifier.NoModifier,
            )
        )
        qtbot.waitUntil(
            lambda: window.article is not None and window.article.title == "Une note posée",
            timeout=ANALYSIS_TIMEOUT_MS,
        )
        qtbot.waitUntil(lambda: window.library.is_reading_book, timeout=30_000)
    window.library.show_library()
    qtbot.waitUntil(lambda: library_titles(window) == ["Une note posée"], timeout=10_000)
