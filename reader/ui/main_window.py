"""The main window: the reading tab (article + word card), the glossary and review tabs, menus
and status; the learning actions (statuses, export, import) start from here."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import (
    Analysis,
    Article,
    Context,
    GlossaryEntry,
    Status,
    Translation,
    TranslationSource,
    WordInfo,
)
from reader.core.store import lemma_key
from reader.ui import menus, operations
from reader.ui.contexts_dialog import ContextsDialog
from reader.ui.glossary_model import STATUS, GlossaryModel
from reader.ui.glossary_view import GlossaryView
from reader.ui.learning_features import LearningFeatures
from reader.ui.library_features import LibraryFeatures, goes_to_library
from reader.ui.naming import named
from reader.ui.reading_view import DEFAULT_TEXT_SIZE, ReadingView
from reader.ui.review_view import ReviewView
from reader.ui.settings import Settings
from reader.ui.tasks import Task, TaskError, TaskRunner
from reader.ui.translation_features import TranslationFeatures
from reader.ui.undo import UndoHistory
from reader.ui.word_panel import CardEdits, WordPanel
from reader.ui.word_statuses import WordStatuses, entry_change

log = logging.getLogger(__name__)
OPEN_FILTER = (
    "Texts and books (*.txt *.md *.markdown *.html *.htm *.epub *.srt *.vtt *.pdf);;All files (*)"
)
READ_TAB, GLOSSARY_TAB, REVIEW_TAB = range(3)
PROGRESS_DELAY_MS = 600  # quick work never flashes a progress bar
GLOSSER_DELAY_MS = 150


class MainWindow(QMainWindow):
    """Reads one article at a time; saves words to the glossary through the task runner."""

    recent_menu: QMenu  # built by menus.build_menus
    undo_action: QAction
    colour_action: QAction

    def __init__(
        self, runner: TaskRunner, settings: Settings, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("French Reader"))
        self.setAcceptDrops(True)
        self.runner = runner
        self.settings = settings
        self.data_dir = data_dir
        self.article: Article | None = None
        self.glosser: Any = None
        self._analysis_task: Task | None = None
        self._pending_jump: Context | None = None
        self.history = UndoHistory(self)
        self.glossary = GlossaryModel(self)
        self._build_widgets()
        self.word_statuses = WordStatuses(runner, self.reading_view, self.history, self)
        self._build_status_bar()
        self.translation = TranslationFeatures(self)
        self.learning = LearningFeatures(self)
        self.library = LibraryFeatures(self)
        self._build_menus()
        self._connect()
        self._restore_settings()
        self._start_background_work()

    # -- building ------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.reading_view = ReadingView()
        self.reading_view.installEventFilter(self)
        self.word_panel = WordPanel()
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "readingSplitter")
        self.splitter.addWidget(self._build_reading_pane())
        self.splitter.addWidget(self.word_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([820, 380])
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.word_panel)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.reading_view.setFocus)
        self.glossary_view = GlossaryView(self.glossary)
        self.tabs = named(QTabWidget(), "mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Read"))
        self.tabs.addTab(self.glossary_view, self.tr("Glossary"))
        self.review_view = ReviewView(self.runner)
        self.tabs.addTab(self.review_view, self.tr("Review"))
        self.setCentralWidget(self.tabs)

    def _build_reading_pane(self) -> QWidget:
        """The article, and under it a line with its numbers and "mark the rest as known"."""
        self.article_stats = named(QLabel(), "articleStats")
        self.mark_known_button = named(
            QPushButton(self.tr("Mark the rest as known")), "markKnownButton"
        )
        self.mark_known_button.setToolTip(
            self.tr("Every word still new in this article becomes known (Ctrl+Shift+K)")
        )
        self.mark_known_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mark_known_button.setEnabled(False)
        bar = named(QWidget(), "articleBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 4, 10, 4)
        row.addWidget(self.article_stats, 1)
        row.addWidget(self.mark_known_button)
        pane = named(QWidget(), "readingPane")
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.reading_view, 1)
        column.addWidget(bar)
        return pane

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setSizeGripEnabled(False)
        self.status_label = named(QLabel(), "statusLabel")
        self.progress = named(QProgressBar(), "analysisProgress")
        self.progress.setFixedWidth(160)
        self.progress.setTextVisible(False)
        self.stop_button = named(QPushButton(self.tr("Stop")), "stopButton")
        self.undo_button = named(QPushButton(self.tr("Undo")), "undoButton")
        for widget in (self.progress, self.stop_button, self.undo_button):
            widget.hide()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.undo_button)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.stop_button)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._on_progress_timer_timeout)

    def _build_menus(self) -> None:
        menus.build_menus(self)

    def _connect(self) -> None:
        self.reading_view.word_clicked.connect(self._on_reading_view_word_clicked)
        self.reading_view.text_size_changed.connect(self._on_reading_view_text_size_changed)
        self.word_panel.save_requested.connect(self._on_word_panel_save_requested)
        self.history.changed.connect(self._on_history_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.glossary.edit_requested.connect(self._on_glossary_edit_requested)
        self.glossary.entries_changed.connect(self._on_glossary_entries_changed)
        self.glossary_view.delete_requested.connect(self._on_glossary_view_delete_requested)
        self.glossary_view.entry_activated.connect(self._on_glossary_view_entry_activated)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.undo_button.clicked.connect(self.undo)
        self.runner.model_loaded.connect(self._on_runner_model_loaded)
        self.runner.model_failed.connect(self._on_runner_model_failed)

    def _restore_settings(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1240, 820)
        if self.settings.splitter is not None:
            self.splitter.restoreState(self.settings.splitter)
        self.reading_view.set_text_size(self.settings.text_size or DEFAULT_TEXT_SIZE)
        self.reading_view.set_colouring(self.settings.colour_statuses)
        self.colour_action.setChecked(self.settings.colour_statuses)
        menus.refresh_recent_menu(self)

    def _start_background_work(self) -> None:
        self.runner.start_worker()
        self.runner.run_db(
            lambda store: store.entries(),
            key="entries",
            on_done=self.glossary.set_entries,
            on_failed=self.show_error,
        )

    # -- articles ------------------------------------------------------------------------------

    def open_path(self, path: Path, *, jump_to: Context | None = None) -> None:
        """Read a file in the background, then show it; books and other formats go through
        the library and are read page by page."""
        if goes_to_library(path):
            self.library.open_file(path)
            return
        self._pending_jump = jump_to
        self.set_status(self.tr("Opening %s…") % path.name)
        self.runner.run(
            lambda: operations.load_article(path),
            key="open",
            on_done=self.show_article,
            on_failed=self.show_error,
        )

    def show_article(self, article: Article, *, analyse: Any = None) -> None:
        """Show the text at once, then analyse it in the worker process (with `analyse`, a
        runner.analyse look-alike, when the library brings a book's page)."""
        self.article = article
        self.setWindowTitle(self.tr("%s — French Reader") % article.title)
        self.reading_view.show_article(article)
        self.word_statuses.clear()
        self.learning.show_article_stats()
        self.word_panel.clear()
        self.tabs.setCurrentIndex(READ_TAB)
        today = date.today()
        self.runner.run_db(lambda store: store.record_reading(today), on_failed=self.show_error)
        if article.path:
            self.settings.last_article = Path(article.path)
            self.settings.add_recent(Path(article.path))
            menus.refresh_recent_menu(self)
        self._analyse(article, analyse or self.runner.analyse)
        self.library.on_article_shown()
        if self.glosser is None:
            # After the article has been painted: building the dictionary (~0.3 s of Python in
            # the I/O thread) would otherwise compete with that first paint for the GIL.
            QTimer.singleShot(GLOSSER_DELAY_MS, self._warm_glosser)

    def _analyse(self, article: Article, start: Any) -> None:
        if self._analysis_task is not None:
            self._analysis_task.cancel()
        waiting = not self.runner.is_model_ready
        self.set_status(self.tr("Loading French model…") if waiting else self.tr("Analysing…"))
        self.progress.setRange(0, 0)
        self._progress_timer.start()
        self._analysis_task = start(
            article.text,
            on_done=self._on_analysis_done,
            on_failed=self._on_analysis_failed,
            on_progress=self._on_analysis_progress,
        )

    def _on_analysis_done(self, analysis: Analysis) -> None:
        self._analysis_task = None
        self.hide_progress()
        self.reading_view.set_analysis(analysis)
        self.word_statuses.load(analysis)
        words = len(analysis.words)
        self.set_status(self.tr("%s words — click any word, or use ← →") % f"{words:,}")
        if self._pending_jump is not None:
            self._jump_to(self._pending_jump, analysis)
            self._pending_jump = None

    def _on_analysis_failed(self, error: TaskError) -> None:
        self._analysis_task = None
        self.hide_progress()
        self.set_status(self.tr("The words are not clickable: %s") % error.message)
        self.show_error(error)

    def _on_analysis_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.set_status(self.tr("Analysing… %d%%") % (100 * done // total))

    def _on_stop_button_clicked(self) -> None:
        self.learning.stop_import()
        if self._analysis_task is not None:
            self._analysis_task.cancel()
            self._analysis_task = None
            self.set_status(
                self.tr("Analysis stopped. The text is shown, but words are not clickable.")
            )
        self.hide_progress()

    def _is_busy(self) -> bool:
        return self._analysis_task is not None or self.learning.import_task is not None

    def start_progress(self) -> None:
        """A busy bar and Stop in the status bar, shown only if the work lasts 600 ms."""
        self.progress.setRange(0, 0)
        self._progress_timer.start()

    def show_progress_of_work(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_progress_timer_timeout(self) -> None:
        if self._is_busy():
            self.progress.show()
            self.stop_button.show()

    def hide_progress(self) -> None:
        if self._is_busy():
            return  # the other background job still shows its progress
        self._progress_timer.stop()
        self.progress.hide()
        self.stop_button.hide()

    def _jump_to(self, context: Context, analysis: Analysis) -> None:
        """Select the word of a context sentence in the article just opened."""
        start = analysis.text.find(context.sentence.strip())
        if start < 0:
            return
        offset = analysis.text.find(context.word, start) if context.word else start
        token = analysis.token_at(max(offset, start))
        if token is not None and token.is_word:
            self._on_reading_view_word_clicked(token.index)

    # -- words ---------------------------------------------------------------------------------

    def explain(self, token_index: int) -> WordInfo | None:
        """The card's content for a token: dictionary and grammar, plus the learner's entry."""
        analysis = self.reading_view.analysis
        if analysis is None:
            return None
        if self.glosser is None:
            self.glosser = operations.make_glosser(self.data_dir)
        info: WordInfo = self.glosser.explain(analysis, token_index)
        info = self.translation.complete(analysis, info)
        return with_saved(info, self.glossary.by_lemma().get(lemma_key(info.lemma)))

    def _on_reading_view_word_clicked(self, token_index: int) -> None:
        info = self.explain(token_index)
        if info is not None:
            self.reading_view.select_token(token_index)
            self.word_panel.show_word(info)
            self.word_panel.show_status(self.word_statuses.status_at(token_index))

    def _on_word_panel_save_requested(self, info: WordInfo, edits: CardEdits) -> None:
        if self.glosser is None:
            self.glosser = operations.make_glosser(self.data_dir)
        draft = self.glosser.draft(
            info,
            translation=edits.translation,
            notes=edits.notes,
            tags=edits.tags,
            article=self.article,
        )
        self.runner.run_db(
            lambda store: operations.save_word(store, draft, edits, info.saved),
            on_done=self._on_word_saved,
            on_failed=self.show_error,
        )

    def _on_word_saved(self, entry: GlossaryEntry) -> None:
        self.glossary.upsert(entry)
        self.word_statuses.follow([entry_change(entry.lemma, entry.status)])
        self.set_status(self.tr("Saved “%s” to your glossary.") % entry.lemma)

    def _warm_glosser(self) -> None:
        if self.glosser is None:
            root = self.data_dir
            self.runner.run(
                lambda: operations.make_glosser(root), key="glosser", on_done=self._on_glosser_ready
            )

    def _on_glosser_ready(self, glosser: object) -> None:
        if self.glosser is None:
            self.glosser = glosser

    def _refresh_card(self) -> None:
        info = self.word_panel.info
        if info is not None and self.reading_view.analysis is not None:
            fresh = self.explain(info.token.index)
            if fresh is not None:
                self.word_panel.show_word(fresh)
                self.word_panel.show_status(self.word_statuses.status_at(info.token.index))

    # -- glossary ------------------------------------------------------------------------------

    def _on_glossary_entries_changed(self) -> None:
        self._refresh_card()
        self.review_view.count_due()  # saved, deleted, imported or reviewed words

    def _on_glossary_edit_requested(self, entry: GlossaryEntry, column: int, value: Any) -> None:
        field = "status" if column == STATUS else "translation"
        self.runner.run_db(
            lambda store: store.update(entry.id, **{field: value}),
            on_done=self._on_entry_edited,
            on_failed=self.show_error,
        )

    def _on_entry_edited(self, entry: GlossaryEntry) -> None:
        self.glossary.upsert(entry)
        self.word_statuses.follow([entry_change(entry.lemma, entry.status)])

    def _on_glossary_view_delete_requested(self, entry: GlossaryEntry) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete word"),
            self.tr("Delete “%s” from your glossary, with the sentences you met it in?")
            % entry.lemma,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.runner.run_db(
                lambda store: (store.delete(entry.id), store.status_of(entry.lemma)),
                on_done=self._on_entry_deleted,
                on_failed=self.show_error,
            )

    def _on_entry_deleted(self, deleted: tuple[GlossaryEntry, Status]) -> None:
        entry, status = deleted
        self.glossary.remove(entry.id)
        self.word_statuses.follow([entry_change(entry.lemma, status)])
        self.history.push(self.tr("Delete"), lambda: self._restore_entry(entry))
        self.set_status(self.tr("Deleted “%s”.") % entry.lemma)

    def _restore_entry(self, entry: GlossaryEntry) -> None:
        self.runner.run_db(
            lambda store: store.restore(entry),
            on_done=self._on_entry_restored,
            on_failed=self.show_error,
        )

    def _on_entry_restored(self, entry: GlossaryEntry) -> None:
        self.glossary.upsert(entry)
        self.word_statuses.follow([entry_change(entry.lemma, entry.status)])
        self.glossary_view.select_entry(entry.id)
        self.set_status(self.tr("Restored “%s”.") % entry.lemma)

    def _on_glossary_view_entry_activated(self, entry: GlossaryEntry) -> None:
        dialog = ContextsDialog(entry, self)
        dialog.open_requested.connect(self._on_contexts_dialog_open_requested)
        dialog.open()

    def _on_contexts_dialog_open_requested(self, context: Context) -> None:
        if self.article is not None and self.article.path == context.source_path:
            analysis = self.reading_view.analysis
            self.tabs.setCurrentIndex(0)
            if analysis is not None:
                self._jump_to(context, analysis)
            else:
                self._pending_jump = context
            return
        self.open_path(Path(context.source_path), jump_to=context)

    # -- undo ----------------------------------------------------------------------------------

    def undo(self) -> None:
        label = self.history.label
        if label:
            self.history.undo()
            self.set_status(self.tr("Undone: %s.") % label.lower())

    def _on_history_changed(self, label: str) -> None:
        self.undo_action.setText(self.tr("&Undo %s") % label if label else self.tr("&Undo"))
        self.undo_action.setEnabled(bool(label))
        self.undo_button.setVisible(bool(label))
        self.undo_button.setToolTip(self.tr("Undo %s (Ctrl+Z)") % label if label else "")

    # -- review --------------------------------------------------------------------------------

    def show_review(self) -> None:
        self.tabs.setCurrentIndex(REVIEW_TAB)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == REVIEW_TAB:
            if self.review_view.entry is None:
                self.review_view.start()
            self.review_view.setFocus()

    # -- model ---------------------------------------------------------------------------------

    def _on_runner_model_loaded(self) -> None:
        if self._analysis_task is not None:
            self.set_status(self.tr("Analysing…"))

    def _on_runner_model_failed(self, error: TaskError) -> None:
        self.set_status(self.tr("The French model could not be loaded."))
        self.show_error(error)

    # -- messages ------------------------------------------------------------------------------

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_error(self, error: TaskError | str) -> None:
        """A message the learner can act on; details only for bugs, never a bare traceback."""
        if isinstance(error, str):
            error = TaskError(error, is_user_error=True)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("French Reader"))
        box.setText(error.message)
        if error.details:
            box.setInformativeText(self.tr("This is a bug in the app; nothing was lost."))
            box.setDetailedText(error.details)
        box.open()
        self.set_status(error.message)

    # -- window events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reading_view and event.type() == QEvent.Type.Wheel:
            wheel = event
            assert isinstance(wheel, QWheelEvent)
            if wheel.modifiers() & Qt.KeyboardModifier.ControlModifier:
                step = 1 if wheel.angleDelta().y() > 0 else -1
                self.reading_view.set_text_size(self.reading_view.text_size + step)
                return True
        return super().eventFilter(watched, event)

    def _on_reading_view_text_size_changed(self, size: int) -> None:
        self.settings.text_size = size

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter = self.splitter.saveState()
        self.settings.text_size = self.reading_view.text_size
        self.settings.sync()
        super().closeEvent(event)

    # -- menu actions --------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(Path(self.article.path).parent) if self.article and self.article.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a text"), start, OPEN_FILTER)
        if name:
            self.open_path(Path(name))

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error(self.tr("The clipboard holds no text. Copy an article first."))
            return
        self.runner.run(
            lambda: operations.store_pasted(text, self.data_dir),
            key="open",
            on_done=self.show_article,
            on_failed=self.show_error,
        )

    def save_current_word(self) -> None:
        if self.tabs.currentIndex() == READ_TAB:
            self.word_panel.request_save()

    def edit_current_word(self) -> None:
        if self.word_panel.info is not None:
            self.word_panel.focus_translation()

    def show_glossary(self) -> None:
        self.tabs.setCurrentIndex(GLOSSARY_TAB)
        self.glossary_view.focus_search()


def with_saved(info: WordInfo, entry: GlossaryEntry | None) -> WordInfo:
    """Add the learner's saved entry, and its translation first, to a word's card."""
    if entry is None:
        return info
    translations = tuple(t for t in info.translations if t.source != TranslationSource.GLOSSARY)
    if entry.translation:
        mine = Translation((entry.translation,), TranslationSource.GLOSSARY, "")
        translations = (mine, *translations)
    return replace(info, saved=entry, translations=translations)
