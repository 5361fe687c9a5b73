"""UI test fixtures: offscreen Qt, a temp data folder with its settings file, one spaCy
process; Qt's own settings (file dialogs) never go to the user's config folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.importers.articles import sample_article_path
from reader.ui.app import apply_stylesheet
from reader.ui.lists_view import ListsView
from reader.ui.main_window import MainWindow
from reader.ui.reading_view import ReadingView
from reader.ui.settings import Settings, keep_qt_settings_in
from reader.ui.tasks import AnalysisProcess, TaskRunner, default_store_factory

ANALYSIS_TIMEOUT_MS = 120_000  # the first analysis loads the model in the worker process


@pytest.fixture(scope="session")
def analysis_process() -> Iterator[AnalysisProcess]:
    """One worker process for the whole session: the French model loads once."""
    process = AnalysisProcess()
    yield process
    process.stop(5.0)


@pytest.fixture(scope="session", autouse=True)
def qt_settings_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file dialog that really opens writes Qt's state when it closes: not in ~/.config."""
    folder = tmp_path_factory.mktemp("qt-settings")
    keep_qt_settings_in(folder)
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    """The data folder's settings file, as the app has it: the user's are never touched."""
    return Settings.in_folder(data_dir)


@pytest.fixture
def runner(
    qapp: QApplication, data_dir: Path, analysis_process: AnalysisProcess
) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(default_store_factory(data_dir), process=analysis_process)
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QApplication, runner: TaskRunner, settings: Settings, data_dir: Path
) -> Iterator[MainWindow]:
    apply_stylesheet(qapp)
    main_window = MainWindow(runner, settings, data_dir)
    qtbot.addWidget(main_window)
    main_window.resize(1200, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.close()


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
