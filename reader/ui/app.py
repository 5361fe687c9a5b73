"""Starting the window: QApplication, stylesheet, settings in the data folder, the first
article painted before most of the window exists, then the task runner and the rest of the
window, clean exit."""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.paths import cache_dir, resources_dir
from reader.ui.common.collector import collect_on_gui_thread
from reader.ui.common.settings import APPLICATION, ORGANISATION, Settings, keep_qt_settings_in
from reader.ui.common.theme import is_dark, look, palette, themed_stylesheet
from reader.ui.main_window import MainWindow

if TYPE_CHECKING:
    from reader.ui.common.tasks import AnalysisProcess

log = logging.getLogger(__name__)
GIL_SWITCH_INTERVAL_S = 0.001
# The first page shows a plain-text file at once when it is one page of the library's
# (library/pages.py: TARGET_WORDS); a longer one opens at its page, which comes from the
# database, and a book in another format needs its parser.
FIRST_TEXT_WORDS = 1_000
FIRST_TEXT_BYTES = 64_000
# If the first page is never painted (a window started minimised), the rest is built anyway.
BUILD_FALLBACK_MS = 1_000


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
        if window.is_built:
            window.runner.shutdown()


def launch(
    article_path: Path | None, data_dir: Path, process: AnalysisProcess | None = None
) -> MainWindow:
    """The window on a data folder, shown, opening a file (or the last/sample article).
    Everything it keeps, Qt's own state included, stays in data_dir. The caller runs the
    event loop, then shuts window.runner down (and with it `process`, an early_worker() the
    runner then owns).

    Its first page (the reading view, with the file's text when that is a short plain text)
    is painted first; once it is, the task runner, the spaCy process and the rest of the
    window are built and the file is opened (`window.is_built` says when)."""
    keep_qt_settings_in(data_dir)
    settings = Settings.in_folder(data_dir)
    window = MainWindow(None, settings, data_dir)
    _install_excepthook(window)
    first = article_path or (first_article(settings) if settings.last_text is None else None)
    text = first_text(first) if first is not None else None
    if text is not None and first is not None:
        window.show_first_text(text, first)
    window.show()
    built: list[bool] = []

    def build_rest() -> None:
        if not built:
            built.append(True)
            _build_rest(window, data_dir, process, article_path)

    _OnFirstPaint(window.reading_view.viewport(), build_rest)  # a child of the view: kept
    QTimer.singleShot(BUILD_FALLBACK_MS, build_rest)
    return window


def _build_rest(
    window: MainWindow, data_dir: Path, process: AnalysisProcess | None, article_path: Path | None
) -> None:
    """After the first paint: the runner (its threads, the spaCy process), the rest of the
    window, then the file, or the text read last."""
    # Imported here, after the first paint: multiprocessing and the runner take ~0.1 s.
    from reader.ui.common.tasks import TaskRunner, default_store_factory

    runner = TaskRunner(
        default_store_factory(data_dir),
        cache_folder=cache_dir(data_dir),
        process=process,
        owns_process=True,
    )
    runner.start_worker()  # the model loads while the rest of the window is built
    window.build(runner)
    if article_path is not None:
        window.open_path(article_path)
    else:
        window.continue_reading(first_article(window.settings))


class _OnFirstPaint(QObject):
    """Calls `then` on the next turn of the event loop after `widget` is first painted."""

    def __init__(self, widget: QObject, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class FirstText:
    """A short plain text's title and text for the first page (no models' dataclasses: they
    are imported after the first paint, with the library's Article)."""

    __slots__ = ("headings", "text", "title")

    def __init__(self, title: str, text: str) -> None:
        self.title = title
        self.text = text
        self.headings: tuple[int, ...] = ()


def first_text(path: Path) -> FirstText | None:
    """A short plain-text file's text, for the first page (None: shown once opened)."""
    if path.suffix.lower() != ".txt":
        return None
    try:
        if path.stat().st_size > FIRST_TEXT_BYTES:
            return None
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None  # said when the library opens it
    if len(text.split()) > FIRST_TEXT_WORDS:
        return None
    title = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
    return FirstText(title, text.strip())


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
    collect_on_gui_thread(app)  # no Qt object is ever freed by a worker thread's collection
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
        # Here, not with the module: the task runner comes after the first paint.
        from reader.ui.common.tasks import TaskError

        window.show_error(TaskError(f"Something went wrong: {error}", False, details))

    sys.excepthook = hook
