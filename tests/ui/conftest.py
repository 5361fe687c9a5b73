"""UI test fixtures: offscreen Qt, a temp data folder with its settings file, one spaCy
process; Qt's own settings (file dialogs) never go to the user's config folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.app import apply_stylesheet
from reader.ui.common.collector import GuiThreadCollector, collect_on_gui_thread
from reader.ui.common.settings import Settings, keep_qt_settings_in
from reader.ui.common.tasks import AnalysisProcess, TaskRunner, default_store_factory
from reader.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def analysis_process() -> Iterator[AnalysisProcess]:
    """One worker process for the whole session: the French model loads once."""
    process = AnalysisProcess()
    yield process
    process.stop(5.0)


@pytest.fixture(scope="session", autouse=True)
def collector(qapp: QApplication) -> GuiThreadCollector:
    """Cycles are collected on the GUI thread only, as in the app (collector.py)."""
    return collect_on_gui_thread(qapp)


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
