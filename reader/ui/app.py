"""Starting the window: QApplication, stylesheet, settings in the data folder, task runner,
first article, clean exit."""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.core.paths import cache_dir, resources_dir
from reader.ui.common.settings import APPLICATION, ORGANISATION, Settings, keep_qt_settings_in
from reader.ui.common.tasks import AnalysisProcess, TaskError, TaskRunner, default_store_factory
from reader.ui.common.theme import is_dark, look, palette, themed_stylesheet
from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)
GIL_SWITCH_INTERVAL_S = 0.001


def run_app(
    article_path: Path | None, data_dir: Path, process: AnalysisProcess | None = None
) -> int:
    """Show the main window on a file (or the last/sample article); return the exit code.
    `process`: the spaCy process, when it was started before this module imported."""
    app = create_application()
    window = launch(article_path, data_dir, process)
    _quit_on_signals(app)
    try:
        return app.exec()
    finally:
        window.runner.shutdown()


def launch(
    article_path: Path | None, data_dir: Path, process: AnalysisProcess | None = None
) -> MainWindow:
    """The window on a data folder, shown, opening a file (or the last/sample article) as
    soon as the event loop runs. Everything it keeps, Qt's own state included, stays in
    data_dir. The caller runs the event loop, then shuts window.runner down (and with it
    `process`, an early_worker() the runner then owns)."""
    keep_qt_settings_in(data_dir)
    runner = TaskRunner(
        default_store_factory(data_dir),
        cache_folder=cache_dir(data_dir),
        process=process,
        owns_process=True,
    )
    window = MainWindow(runner, Settings.in_folder(data_dir), data_dir)
    _install_excepthook(window)
    window.show()
    if article_path is not None:
        QTimer.singleShot(0, lambda: window.open_path(article_path))
    else:
        fallback = first_article(window.settings)
        QTimer.singleShot(0, lambda: window.continue_reading(fallback))
    return window


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    apply_stylesheet(app)
    # The GUI thread shares the GIL with the database, I/O and result-listener threads; a
    # shorter switch interval (default 5 ms) lets it take the GIL back sooner after a timer.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    return app


def apply_stylesheet(app: QApplication) -> None:
    """The stylesheet and palette of the system's colour scheme, light or dark."""
    path = resources_dir() / "style.qss"
    icons = (resources_dir() / "icons").as_posix()
    if not app.property("followsLook"):
        # The system (or the learner) switching between light and dark switches the window.
        app.setProperty("followsLook", True)
        look().changed.connect(lambda: apply_stylesheet(app))
    dark = is_dark()
    # The platform's own palette serves the light look; the dark one is the app's.
    light_palette = app.property("lightPalette")
    if light_palette is None:
        app.setProperty("lightPalette", app.palette())
    app.setPalette(palette(True) if dark else (light_palette or app.palette()))
    try:
        text = path.read_text(encoding="utf-8").replace("@ICONS@", icons)
    except OSError:
        log.warning("stylesheet %s not found; using the platform look", path)
        return
    app.setStyleSheet(themed_stylesheet(text, dark))


def first_article(settings: Settings) -> Path:
    """The article the window opens with: the last one read with this data folder, else the
    sample article."""
    last = settings.last_article
    if last is not None and last.is_file():
        return last
    # Not at start-up: the window may never need it.
    from reader.core.articles import sample_article_path

    return sample_article_path()


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or a TERM signal closes the window cleanly (the worker process stops too)."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    wake = QTimer(app, interval=300)
    wake.timeout.connect(lambda: None)
    wake.start()


def _install_excepthook(window: MainWindow) -> None:
    """A bug in a slot shows a message and is logged; the app keeps running, no data lost."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        window.show_error(TaskError(f"Something went wrong: {error}", False, details))

    sys.excepthook = hook
