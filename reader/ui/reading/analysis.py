"""The window's analysis of the article shown, in the worker process, and the status bar's
progress: the busy bar and Stop, shown only when the work lasts 600 ms (the article's
analysis, or an import of words started by learning_features.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from reader.core.models import Analysis, Article
from reader.ui.common.tasks import Task, TaskError

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

PROGRESS_DELAY_MS = 600  # quick work never flashes a progress bar


class AnalysisFeatures(QObject):
    """Analyses the window's article and shows the progress of background work."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._analysis_task: Task | None = None
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._on_progress_timer_timeout)
        window.stop_button.clicked.connect(self._on_stop_button_clicked)
        window.runner.model_loaded.connect(self._on_runner_model_loaded)
        window.runner.model_failed.connect(self._on_runner_model_failed)

    # -- the article's analysis ----------------------------------------------------------------

    def analyse(self, article: Article, start: Any) -> None:
        """Analyse with `start`, a runner.analyse look-alike; a newer article cancels it."""
        window = self.window
        if self._analysis_task is not None:
            self._analysis_task.cancel()
        waiting = not window.runner.is_model_ready
        window.set_status(self.tr("Loading French model…") if waiting else self.tr("Analysing…"))
        window.progress.setRange(0, 0)
        self._progress_timer.start()
        self._analysis_task = start(
            article.text,
            on_done=self._on_analysis_done,
            on_failed=self._on_analysis_failed,
            on_progress=self._on_analysis_progress,
        )

    def _on_analysis_done(self, analysis: Analysis) -> None:
        window = self.window
        self._analysis_task = None
        self.hide_progress()
        window.reading_view.set_analysis(analysis)
        window.word_statuses.load(analysis)
        words = len(analysis.words)
        window.set_status(self.tr("%s words — click any word, or use ← →") % f"{words:,}")
        window.files.on_analysis_done(analysis)

    def _on_analysis_failed(self, error: TaskError) -> None:
        self._analysis_task = None
        self.hide_progress()
        self.window.set_status(self.tr("The words are not clickable: %s") % error.message)
        self.window.show_error(error)

    def _on_analysis_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.window.progress.setRange(0, total)
            self.window.progress.setValue(done)
            self.window.set_status(self.tr("Analysing… %d%%") % (100 * done // total))

    def _on_runner_model_loaded(self) -> None:
        if self._analysis_task is not None:
            self.window.set_status(self.tr("Analysing…"))

    def _on_runner_model_failed(self, error: TaskError) -> None:
        self.window.set_status(self.tr("The French model could not be loaded."))
        self.window.show_error(error)

    # -- progress in the status bar ------------------------------------------------------------

    def _on_stop_button_clicked(self) -> None:
        self.window.learning.stop_import()
        if self._analysis_task is not None:
            self._analysis_task.cancel()
            self._analysis_task = None
            self.window.set_status(
                self.tr("Analysis stopped. The text is shown, but words are not clickable.")
            )
        self.hide_progress()

    def _is_busy(self) -> bool:
        return self._analysis_task is not None or self.window.learning.import_task is not None

    def start_progress(self) -> None:
        """A busy bar and Stop in the status bar, shown only if the work lasts 600 ms."""
        self.window.progress.setRange(0, 0)
        self._progress_timer.start()

    def show_progress_of_work(self, done: int, total: int) -> None:
        if total > 0:
            self.window.progress.setRange(0, total)
            self.window.progress.setValue(done)

    def _on_progress_timer_timeout(self) -> None:
        if self._is_busy():
            self.window.progress.show()
            self.window.stop_button.show()

    def hide_progress(self) -> None:
        if self._is_busy():
            return  # the other background job still shows its progress
        self._progress_timer.stop()
        self.window.progress.hide()
        self.window.stop_button.hide()
