"""The analysis of the text shown, in the worker process: words clickable and coloured by
status once it is done; its progress in the status bar (shown after 600 ms, with Stop)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from reader.core.models import Analysis, Article
from reader.ui.common.context import WindowContext
from reader.ui.common.tasks import Task, TaskError
from reader.ui.reading.reading_view import ReadingView
from reader.ui.reading.word_statuses import WordStatuses

# What starts an analysis: TaskRunner.analyse, or a library page's analysis (library/book.py).
StartAnalysis = Callable[..., Task]


class ArticleAnalysis(QObject):
    """Analyses the window's article; a newer article cancels the older analysis."""

    analysed = Signal(object)  # Analysis: the words of the text shown are clickable now

    def __init__(self, context: WindowContext, view: ReadingView, statuses: WordStatuses) -> None:
        super().__init__(context.window())
        self.context = context
        self.view = view
        self.statuses = statuses
        self._task: Task | None = None
        context.runner.model_loaded.connect(self._on_runner_model_loaded)
        context.runner.model_failed.connect(self._on_runner_model_failed)

    @property
    def is_running(self) -> bool:
        return self._task is not None

    def analyse(self, article: Article, start: StartAnalysis) -> None:
        """Analyse with `start`, a runner.analyse look-alike."""
        context = self.context
        if self._task is not None:
            self._task.cancel()
        waiting = not context.runner.is_model_ready
        context.set_status(self.tr("Loading French model…") if waiting else self.tr("Analysing…"))
        self._task = start(
            article.text,
            on_done=self._on_analysis_done,
            on_failed=self._on_analysis_failed,
            on_progress=self._on_analysis_progress,
            progress=context.status_progress,
        )

    def stop(self) -> None:
        """The status bar's Stop: the text stays shown, its words are not clickable."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.context.set_status(
                self.tr("Analysis stopped: the words show quick cards only.")
                if self.view.is_quick_look
                else self.tr("Analysis stopped. The text is shown, but words are not clickable.")
            )

    def _on_analysis_done(self, analysis: Analysis) -> None:
        self._task = None
        self.view.set_analysis(analysis)
        self.statuses.load(analysis)
        words = len(analysis.words)
        self.context.set_status(self.tr("%s words — click any word, or use ← →") % f"{words:,}")
        self.analysed.emit(analysis)

    def _on_analysis_failed(self, error: TaskError) -> None:
        self._task = None
        self.context.set_status(self.tr("The words are not clickable: %s") % error.message)
        self.context.show_error(error)

    def _on_analysis_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.context.set_status(self.tr("Analysing… %d%%") % (100 * done // total))

    def _on_runner_model_loaded(self) -> None:
        if self._task is not None:
            self.context.set_status(self.tr("Analysing…"))

    def _on_runner_model_failed(self, error: TaskError) -> None:
        self.context.set_status(self.tr("The French model could not be loaded."))
        self.context.show_error(error)
