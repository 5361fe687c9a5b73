"""The library, long books read page by page, reading lists and handouts, through the window's
real widgets (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.common.settings import Settings
from reader.ui.common.tasks import AnalysisProcess, TaskRunner, default_store_factory
from reader.ui.library.handout_dialog import TRANSLATION, HandoutDialog
from reader.ui.library.lists_view import ListsView
from reader.ui.main_window import MainWindow
from tests.core.sample_files import boilerplate_page, chapter_body, make_epub
from tests.corpus import corpus_file
from tests.ui.helpers import (
    ANALYSIS_TIMEOUT_MS,
    click_text,
    import_and_wait,
    library_titles,
    name_new_list,
    offset_of,
)

NOVEL = corpus_file("novel_daudet_petit_chose.txt")


def book_text(words: int) -> str:
    """The novel's first paragraphs, about `words` long, with blank lines between them."""
    paragraphs, count = [], 0
    for line in NOVEL.read_text(encoding="utf-8").splitlines():
        if line.strip():
            paragraphs.append(line.strip())
            count += len(line.split())
        if count >= words:
            break
    return "\n\n".join(paragraphs) + "\n"


def open_book(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> int:
    path = tmp_path / "petit-chose.txt"
    path.write_text(book_text(2_600), encoding="utf-8")
    window.library.open_file(path)  # what File ▸ Open does with a long text
    qtbot.waitUntil(lambda: window.library.is_reading_book, timeout=60_000)
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)
    book = window.library.book
    assert book is not None
    return book.record.id


def test_the_library_and_lists_tabs_are_built_when_first_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Issue 14: the first screen is the article; the Library tab is built on its first show
    and lists what was read, the Lists tab beside it, the same labels in the same places."""
    path = tmp_path / "court.txt"
    path.write_text(book_text(120), encoding="utf-8")
    window.library.open_file(path)
    qtbot.waitUntil(lambda: window.article is not None, timeout=60_000)
    assert not window.library.is_built
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    bar = window.tabs.tabBar()
    tab = window.library.library_tab
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    qtbot.waitUntil(lambda: window.library.is_built, timeout=5_000)
    assert window.tabs.currentIndex() == tab
    assert window.tabs.currentWidget() is window.library.view
    assert window.tabs.widget(window.library.lists_tab) is window.library.lists_view
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == labels
    qtbot.waitUntil(lambda: library_titles(window) != [], timeout=10_000)
    assert len(library_titles(window)) == 1


def test_an_english_file_is_shown_first_then_said_not_to_be_french(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Issue 14: the language check (wordfreq, ~0.6 s) waits until the text is on screen; its
    warning still reaches the status bar and the library's row."""
    path = tmp_path / "english.txt"
    path.write_text("The storks come back to Alsace every spring. " * 10, encoding="utf-8")
    window.library.open_file(path)
    qtbot.waitUntil(lambda: window.article is not None, timeout=60_000)
    qtbot.waitUntil(lambda: "English" in window.status_label.text(), timeout=30_000)
    assert window.status_label.text().startswith("«The storks come back")
    window.library.show_library()
    qtbot.waitUntil(lambda: library_titles(window) != [], timeout=10_000)
    assert "English" in window.library.view.model.rows[0].record.language_warning


def test_import_epub_and_web_page_shows_them_in_the_library(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    epub = make_epub(
        tmp_path / "contes.epub",
        [("Les cigognes", chapter_body("Les cigognes")), ("Le retour", chapter_body("Le retour"))],
    )
    page = tmp_path / "article.html"
    page.write_text(boilerplate_page(), encoding="utf-8")
    import_and_wait(qtbot, window, [epub, page])
    assert window.tabs.currentWidget() is window.library.view
    assert "Contes d'Alsace" in library_titles(window)
    model = window.library.view.model
    assert model.data(model.index(0, 2)) not in ("", "0")  # word count
    # The same file again is found, not added twice.
    import_and_wait(qtbot, window, [epub])
    assert library_titles(window).count("Contes d'Alsace") == 1
    assert "already in the library" in window.status_label.text()


def test_a_long_text_is_read_page_by_page_and_reopens_where_the_learner_was(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    runner: TaskRunner,
    settings: Settings,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    open_book(qtbot, window, tmp_path)
    library = window.library
    book = library.book
    assert book is not None and len(book.pages) >= 2
    assert library.page_bar.isVisible()
    assert library.position_label.text().startswith(f"Page 1 of {len(book.pages)}")
    shown = window.reading_view.toPlainText()
    assert len(shown.split()) < 2 * 1_100  # one page, never the whole book
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: library.position_label.text().startswith("Page 2 of"), timeout=10_000)
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)
    analysis = window.reading_view.analysis
    assert analysis is not None
    word = next(t for t in analysis.tokens if t.is_word and len(t.text) > 4)
    click_text(qtbot, window.reading_view, offset_of(window.reading_view, word.text))
    qtbot.waitUntil(lambda: window.word_panel.info is not None, timeout=10_000)
    assert window.word_panel.info is not None
    # A new window on the same data opens the text on the page the learner left.
    second = MainWindow(runner, settings, data_dir)
    qtbot.addWidget(second)
    second.library.open_text(book.record.id)
    qtbot.waitUntil(lambda: second.library.is_reading_book, timeout=10_000)
    assert second.library.position_label.text().startswith("Page 2 of")
    qtbot.waitUntil(lambda: second.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)
    second.close()


@pytest.fixture
def student(
    qapp: QApplication, tmp_path: Path, analysis_process: AnalysisProcess
) -> Iterator[TaskRunner]:
    """A student's app: a fresh data folder."""
    folder = tmp_path / "student"
    folder.mkdir()
    runner = TaskRunner(default_store_factory(folder), process=analysis_process)
    yield runner
    runner.shutdown()


def test_a_reading_list_is_exported_and_a_student_imports_it(
    qtbot: QtBot,
    window: MainWindow,
    student: TaskRunner,
    tmp_path: Path,
) -> None:
    page = tmp_path / "article.html"
    page.write_text(boilerplate_page(), encoding="utf-8")
    import_and_wait(qtbot, window, [page])
    text_id = window.library.view.model.rows[0].record.id
    lists = window.library.lists_view
    lists.new_list_with(text_id)  # what the library's "New list with this text" does
    name_new_list(qtbot, lists, "Semaine 1")
    qtbot.waitUntil(lambda: lists.summary is not None and len(lists.summary.items) == 1)
    lists.notes.setPlainText("Lire avant lundi.")
    out = tmp_path / "semaine-1.zip"
    lists.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10_000)
    view = ListsView(student, Settings.in_folder(tmp_path / "student"))
    qtbot.addWidget(view)
    view.import_from(out)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10_000)
    assert view.summary is not None
    assert view.summary.reading_list.title == "Semaine 1"
    assert view.summary.reading_list.notes == "Lire avant lundi."
    assert [item.text.title for item in view.summary.items] == [
        item.text.title for item in lists.summary.items
    ]


def test_a_handout_is_edited_and_exported_as_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = tmp_path / "article.html"
    page.write_text(boilerplate_page(), encoding="utf-8")
    import_and_wait(qtbot, window, [page])
    text_id = window.library.view.model.rows[0].record.id
    dialog = HandoutDialog(
        window.runner, window.data_dir, window.settings, text_ids=(text_id,), parent=window
    )
    qtbot.addWidget(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData("A1"))
    dialog.find_words()
    qtbot.waitUntil(lambda: dialog.handout is not None, timeout=ANALYSIS_TIMEOUT_MS)
    assert dialog.table.rowCount() >= 2
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    kept = dialog.table.item(1, 1).text()
    dialog.table.item(1, TRANSLATION).setText("my own gloss")
    out = tmp_path / "handout.pdf"
    dialog.export("pdf", out)
    qtbot.waitUntil(out.exists, timeout=30_000)
    pages = pypdf.PdfReader(out).pages
    words = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert kept.split()[-1] in words
    assert "my own gloss" in words
    assert f"· {dialog.table.rowCount() - 1} words" in words  # the unticked one left out
