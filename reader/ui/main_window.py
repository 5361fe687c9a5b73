"""The main window, the shell of the screens: the reading tab (article + word card), the
glossary, review, library and lists tabs, the menus (menus.py) and the status bar.

Each screen's features live in its package (reading/, glossary/, learning/, library/,
translation/, speech/) and are built here against the window context (common/context.py);
they never reach into the window or into each other. This module wires their signals to one
another, and composes what the word card shows (the dictionaries, the model's translation, the
teacher's list, the learner's own entry).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
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

from reader.core.errors import ReaderError
from reader.ui.common.naming import named
from reader.ui.common.sizes import MIN_CARD_WIDTH, resize_within_screen
from reader.ui.reading.reading_view import DEFAULT_TEXT_SIZE, ReadingView

if TYPE_CHECKING:
    # The models' dataclasses (~10 ms) are imported after the first paint (issue 14).
    from reader.core.models import Article, Context, GlossaryEntry, Status, WordInfo
    from reader.ui.common.progress import DelayedProgress
    from reader.ui.common.settings import Settings
    from reader.ui.common.tasks import TaskError, TaskRunner
    from reader.ui.common.undo import UndoHistory
    from reader.ui.glossary.features import GlossaryActions
    from reader.ui.glossary.model import GlossaryModel
    from reader.ui.glossary.rescue import GlossaryRescue
    from reader.ui.glossary.teacher import TeacherWords
    from reader.ui.glossary.view import GlossaryView
    from reader.ui.learning.features import LearningActions
    from reader.ui.learning.review_view import ReviewView
    from reader.ui.library.book import AnalysePage, BookReader
    from reader.ui.library.features import LibraryActions
    from reader.ui.reading.analysis import ArticleAnalysis, StartAnalysis
    from reader.ui.reading.card_glosser import CardGlosser
    from reader.ui.reading.conjugation import ConjugationTables
    from reader.ui.reading.files import FileOpening
    from reader.ui.reading.quick_cards import QuickCards
    from reader.ui.reading.reading_view import ShownText
    from reader.ui.reading.word_panel import WordPanel
    from reader.ui.reading.word_statuses import WordStatuses
    from reader.ui.speech.features import Speech
    from reader.ui.translation.features import OfflineTranslation

log = logging.getLogger(__name__)
RESCUE_MARK = "Rescue Damaged Glossary"  # in every message about a damaged glossary
READ_TAB, GLOSSARY_TAB, REVIEW_TAB = range(3)


class MainWindow(QMainWindow):
    """Reads one article at a time; saves words to the glossary through the task runner.

    Built in two steps so that the article shows at once (app.launch, issue 14): the first
    page (the reading view in its final place, the tabs', menus' and status bar's frames),
    then `build(runner)`, everything else. Given a runner, the constructor does both."""

    recent_menu: QMenu  # built by menus.build_menus
    undo_action: QAction
    colour_action: QAction
    translate_action: QAction
    # Built by build(): the screens and their features.
    runner: TaskRunner
    history: UndoHistory
    glossary: GlossaryModel
    word_panel: WordPanel
    glossary_view: GlossaryView
    review_view: ReviewView
    status_progress: DelayedProgress
    word_statuses: WordStatuses
    card_glosser: CardGlosser
    article_analysis: ArticleAnalysis
    quick_cards: QuickCards
    translation: OfflineTranslation
    learning: LearningActions
    books: BookReader
    library: LibraryActions
    glossary_actions: GlossaryActions
    teacher: TeacherWords
    files: FileOpening
    speech: Speech
    conjugation: ConjugationTables
    rescue: GlossaryRescue

    def __init__(
        self,
        runner: TaskRunner | None,
        settings: Settings,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        """runner None: the first page only; `build(runner)` adds the rest."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._damage_said = False  # the damaged-glossary box was shown (once is enough)
        self.setWindowTitle(self.tr("French Reader"))
        self.setAcceptDrops(True)
        self.settings = settings
        self.data_dir = data_dir
        self.article: Article | None = None
        self._selection: tuple[int, ...] = ()  # the words gathered as one expression, shown
        # The card asked for before its dictionaries were loaded: the text offsets of its
        # word, or of the words gathered (shown when card_glosser is ready).
        self._waiting_card: tuple[int, ...] | None = None
        self._is_built = False
        self._first_path: Path | None = None  # the first page's file (show_first_text)
        self._build_first_page()
        if runner is not None:
            self.build(runner)

    @property
    def is_built(self) -> bool:
        """Whether the whole window is there (not only its first page)."""
        return self._is_built

    def build(self, runner: TaskRunner) -> None:
        """Everything but the first page: the screens, their features, the menus, the
        background work (the glossary, the card's dictionaries, the spaCy process)."""
        # Imported here, after the first paint: the screens' modules take ~0.15 s (issue 14).
        from reader.ui import menus
        from reader.ui.common.undo import UndoHistory
        from reader.ui.glossary.model import GlossaryModel
        from reader.ui.reading.word_statuses import WordStatuses

        self.runner = runner
        self.history = UndoHistory(self)
        self.glossary = GlossaryModel(self)
        self._build_widgets()
        self._build_status_bar()
        self.word_statuses = WordStatuses(runner, self.reading_view, self.history, self)
        self._build_features()
        self._build_page_widgets()
        for menu in self._reserved_menus:  # their places in the bar go to the real menus
            self.menuBar().removeAction(menu.menuAction())
            menu.setParent(None)
        self._reserved_menus.clear()
        menus.build_menus(self)
        self._on_translation_models_changed()
        self._connect()
        self._connect_features()
        self._restore_settings()
        self._is_built = True
        self._start_background_work()

    # -- building ------------------------------------------------------------------------------

    def _build_first_page(self) -> None:
        """What the first paint shows, where the whole window has it: the reading view, and
        the frames of the card, tabs, menus and status bar (their contents come in build)."""
        self.reading_view = ReadingView()
        self.reading_view.installEventFilter(self)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "readingSplitter")
        self.splitter.addWidget(self._build_reading_pane())
        card_place = named(QWidget(), "cardPlace")
        card_place.setMinimumWidth(MIN_CARD_WIDTH)
        self.splitter.addWidget(card_place)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([820, 380])
        self.tabs = named(QTabWidget(), "mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Read"))
        self.tabs.addTab(QWidget(), self.tr("Glossary"))
        self.tabs.addTab(QWidget(), self.tr("Review"))
        self.setCentralWidget(self.tabs)
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setSizeGripEnabled(False)
        self.status_label = named(QLabel(), "statusLabel")
        bar.addWidget(self.status_label, 1)
        # Hidden, it still gives the bar its height (the bar counts hidden buttons too).
        self.undo_button = named(QPushButton(self.tr("Undo")), "undoButton")
        self.undo_button.hide()
        bar.addPermanentWidget(self.undo_button)
        # The menu bar's titles alone, empty: the article then does not move down when
        # build() puts the real menus in their place.
        titles = ("&File", "&Edit", "&View", "&Word", "&Page", "&Settings", "&Help")
        self._reserved_menus: list[QMenu] = [
            self.menuBar().addMenu(self.tr(title)) for title in titles
        ]
        self._restore_layout()

    def _build_widgets(self) -> None:
        # Imported here, after the first paint: the screens' modules take ~0.15 s (issue 14).
        from reader.ui.glossary.view import GlossaryView
        from reader.ui.learning.review_view import ReviewView
        from reader.ui.reading.word_panel import WordPanel

        self.word_panel = WordPanel()
        # The card takes its place's width: as painted, or as restored (not laid out yet).
        shown, sizes, state = self.isVisible(), self.splitter.sizes(), self.splitter.saveState()
        place = self.splitter.replaceWidget(1, self.word_panel)
        if place is not None:
            place.deleteLater()
        if shown:
            self.splitter.setSizes(sizes)
        else:
            self.splitter.restoreState(state)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.word_panel)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.reading_view.setFocus)
        self.glossary_view = GlossaryView(self.glossary)
        self._replace_tab(GLOSSARY_TAB, self.glossary_view)
        self.review_view = ReviewView(self.runner)
        self._replace_tab(REVIEW_TAB, self.review_view)

    def _replace_tab(self, index: int, widget: QWidget) -> None:
        """A first page's empty tab takes its screen, keeping its text."""
        text, place = self.tabs.tabText(index), self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, text)
        if place is not None:
            place.deleteLater()

    def _build_reading_pane(self) -> QWidget:
        """The article, and under it a line with its numbers and "mark the rest as known"."""
        self.article_stats = named(QLabel(), "articleStats")
        self.article_stats.setWordWrap(True)  # on one line it kept the window 870 px wide
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
        self.reading_column = QVBoxLayout(pane)
        self.reading_column.setContentsMargins(0, 0, 0, 0)
        self.reading_column.setSpacing(0)
        self.reading_column.addWidget(self.reading_view, 1)
        self.reading_column.addWidget(bar)
        return pane

    def _build_status_bar(self) -> None:
        # Imported here, after the first paint (issue 14).
        from reader.ui.common.progress import DelayedProgress

        bar = self.statusBar()
        self.progress = named(QProgressBar(), "analysisProgress")
        self.progress.setFixedWidth(160)
        self.progress.setTextVisible(False)
        self.stop_button = named(QPushButton(self.tr("Stop")), "stopButton")
        # The article's analysis and an import of words: shown after 600 ms, with Stop.
        self.status_progress = DelayedProgress(self.progress, self.stop_button, parent=self)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.stop_button)

    def _build_features(self) -> None:
        """Each screen's features, given the window context and the widgets they work on."""
        # Imported here, after the first paint: the screens' modules take ~0.15 s (issue 14).
        from reader.ui.glossary.features import GlossaryActions
        from reader.ui.glossary.rescue import GlossaryRescue
        from reader.ui.glossary.teacher import TeacherWords
        from reader.ui.learning.features import LearningActions
        from reader.ui.library.book import BookReader
        from reader.ui.library.features import LibraryActions
        from reader.ui.reading.analysis import ArticleAnalysis
        from reader.ui.reading.card_glosser import CardGlosser
        from reader.ui.reading.conjugation import ConjugationTables
        from reader.ui.reading.files import FileOpening
        from reader.ui.reading.quick_cards import QuickCards
        from reader.ui.speech.features import Speech
        from reader.ui.translation.features import OfflineTranslation

        self.card_glosser = CardGlosser(self.runner, self.data_dir, self)
        self.article_analysis = ArticleAnalysis(self, self.reading_view, self.word_statuses)
        self.quick_cards = QuickCards(self, self.reading_view, self.word_panel, self.show_word)
        self.translation = OfflineTranslation(self, self.reading_view, self.word_panel)
        self.learning = LearningActions(
            self,
            statuses=self.word_statuses,
            view=self.reading_view,
            panel=self.word_panel,
            glossary=self.glossary,
            review=self.review_view,
            article_stats=self.article_stats,
            mark_known_button=self.mark_known_button,
        )
        self.books = BookReader(self)
        self.library = LibraryActions(self, self.tabs, self.books)
        self.glossary_actions = GlossaryActions(
            self, self.glossary, self.glossary_view, self.card_glosser, self.word_statuses
        )
        self.teacher = TeacherWords(self, self.glossary, self.card_glosser, self.word_statuses)
        self.files = FileOpening(self, self.reading_view)
        self.speech = Speech(self, self.reading_view, self.word_panel)
        self.conjugation = ConjugationTables(self, self.word_panel)
        self.rescue = GlossaryRescue(self, self)

    def _build_page_widgets(self) -> None:
        """A library text's page bar under the page; its analysis in the status bar."""
        self.reading_column.insertWidget(1, self.books.page_bar)
        for widget in self.books.status_widgets:
            self.statusBar().addPermanentWidget(widget)

    def _connect(self) -> None:
        self.reading_view.word_clicked.connect(self._on_reading_view_word_clicked)
        self.reading_view.words_selected.connect(self._on_reading_view_words_selected)
        self.reading_view.text_size_changed.connect(self._on_reading_view_text_size_changed)
        self.history.changed.connect(self._on_history_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.undo_button.clicked.connect(self.undo)
        self.review_view.due_count_changed.connect(self._on_review_view_due_count_changed)

    def _connect_features(self) -> None:
        """The screens talk to each other only through these connections."""
        panel, glossary, lists = self.word_panel, self.glossary, self.library
        # The word card: its content, and what its buttons ask for.
        panel.save_requested.connect(self.glossary_actions.save_card_word)
        panel.teacher_save_requested.connect(self.teacher.save_card_word)
        panel.status_requested.connect(self.set_word_status)
        glossary.entries_changed.connect(self._on_glossary_entries_changed)
        glossary.teacher_words_changed.connect(self.refresh_card)
        self.translation.card_changed.connect(self.refresh_card)
        self.translation.models_changed.connect(self._on_translation_models_changed)
        self.translation.dictionaries_changed.connect(self.card_glosser.rebuild)
        self.card_glosser.changed.connect(self.refresh_card)
        self.card_glosser.ready.connect(self._show_waiting_card)
        self.card_glosser.failed.connect(self.show_error)
        # Opening texts: files, context sentences, library pages.
        self.files.library_file_requested.connect(self.library.open_file)
        self.files.library_files_requested.connect(
            lambda paths: self.library.import_files(paths, open_after=True)
        )
        self.files.reading_requested.connect(lambda: self.tabs.setCurrentIndex(READ_TAB))
        self.files.word_requested.connect(self.show_word)
        self.glossary_actions.context_open_requested.connect(self.files.open_context)
        self.article_analysis.analysed.connect(self.files.on_analysis_done)
        self.article_analysis.analysed.connect(self.quick_cards.on_analysed)
        self.books.page_ready.connect(self._on_books_page_ready)
        # The teachers' lists on the student's side.
        self.teacher.word_saved.connect(self.glossary_actions.show_saved)
        self.glossary_view.adopt_requested.connect(self.teacher.adopt)
        lists.adopt_requested.connect(self.teacher.adopt)
        lists.lists_changed.connect(self.teacher.reload)
        self.library.teacher_lists_changed.connect(self.teacher.reload)
        # After an export the status bar's Undo would seem to take the export back: it goes
        # (Edit ▸ Undo still takes back the last change).
        self.learning.exported.connect(self.undo_button.hide)
        # A damaged glossary rescued: its words read again.
        self.rescue.rescued.connect(lambda _report: self._glossary_rescued())
        self.rescue.failed.connect(self.show_error)
        # The status bar's Stop: an import of words, the article's analysis.
        self.stop_button.clicked.connect(self.learning.stop_import)
        self.stop_button.clicked.connect(self.article_analysis.stop)
        self.stop_button.clicked.connect(self.library.cancel_import)

    def _on_translation_models_changed(self) -> None:
        """Translate Paragraph needs a model: disabled, saying why, until one is installed."""
        available = self.translation.is_available
        self.translate_action.setEnabled(available)
        self.translate_action.setToolTip(
            self.tr("Translate the paragraph of the word on the card (Ctrl+T)")
            if available
            else self.tr(
                "Needs the French → English translation model: Help ▸ Offline Translation "
                "says how to install it"
            )
        )

    def _restore_layout(self) -> None:
        """The window's size, the card's width and the text size the learner left."""
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            resize_within_screen(self, 1240, 820)
        if self.settings.splitter is not None:
            self.splitter.restoreState(self.settings.splitter)
        self.reading_view.set_text_size(self.settings.text_size or DEFAULT_TEXT_SIZE)
        self.reading_view.set_colouring(self.settings.colour_statuses)

    def _restore_settings(self) -> None:
        self.colour_action.setChecked(self.settings.colour_statuses)
        from reader.ui import menus

        menus.refresh_recent_menu(self)

    def _start_background_work(self) -> None:
        if self._first_path is not None:  # its quick look, while the library opens it
            self.quick_cards.prepare(self._first_path)
            self._first_path = None
        self.card_glosser.warm()  # the first click's card needs it (~0.2 s, I/O thread)
        self.teacher.reload()
        self.runner.start_worker()
        self.reload_glossary()

    def reload_glossary(self) -> None:
        """Read the glossary's words; when they cannot be read, the Glossary tab says so
        (never "empty") and the error is shown once."""
        self.runner.run_db(
            lambda store: (store.glossary.entries(), store.warning),
            key="entries",
            on_done=self._on_glossary_loaded,
            on_failed=self._on_glossary_load_failed,
        )

    def _on_glossary_loaded(self, loaded: tuple[list[GlossaryEntry], str | None]) -> None:
        entries, warning = loaded
        self.glossary_view.show_unreadable(None)
        self.glossary.set_entries(entries)
        if warning is not None:  # damaged (rescue it) or read-only: said when it opens
            self.show_error(warning)

    def _on_glossary_load_failed(self, error: TaskError) -> None:
        self.glossary_view.show_unreadable(error.message)
        self.show_error(error)

    # -- articles ------------------------------------------------------------------------------

    def open_path(self, path: Path, *, jump_to: Context | None = None) -> None:
        """Open a file: see FileOpening.open_path."""
        self.files.open_path(path, jump_to=jump_to)

    def continue_reading(self, fallback: Path) -> None:
        """Reopen the library text read last, book or article, where the learner left it;
        the fallback file if there is none (a first start) or it is gone."""
        text_id = self.settings.last_text
        if text_id is None:
            self.open_path(fallback)
            return
        self.books.open_text(text_id, on_failed=lambda _error: self.open_path(fallback))

    def show_first_text(self, article: ShownText, path: Path) -> None:
        """The text of the file the app opens with, on the first page (app.launch); the
        library then opens the file and shows its text (the same, for a short text) again."""
        self.setWindowTitle(self.tr("%s — French Reader") % article.title)
        self.reading_view.show_article(article)
        self.set_status(self.tr("Opening %s…") % path.name)  # as FileOpening then says
        self._first_path = path

    def show_article(self, article: Article, *, analyse: StartAnalysis | None = None) -> None:
        """Show the text at once, then analyse it in the worker process (with `analyse`, a
        runner.analyse look-alike, when the library brings a book's page)."""
        self.article = article
        self.setWindowTitle(self.tr("%s — French Reader") % article.title)
        self.reading_view.show_article(article)
        self.word_statuses.clear()
        self.learning.show_article_stats()
        self.word_panel.clear()
        self._waiting_card = None
        self.tabs.setCurrentIndex(READ_TAB)
        from datetime import date  # not before the first paint

        today = date.today()
        self.runner.run_db(
            lambda store: store.learning.record_reading(today), on_failed=self.show_error
        )
        if article.path:
            self.settings.last_article = Path(article.path)
            self.settings.add_recent(Path(article.path))
        from reader.ui import menus

        menus.refresh_recent_menu(self)
        self.article_analysis.analyse(article, analyse or self.runner.analyse)
        self.books.on_article_shown()
        self.quick_cards.start(article)  # clickable before the analysis: quick cards

    def _on_books_page_ready(self, article: Article, analyse: AnalysePage, title: str) -> None:
        self.show_article(article, analyse=analyse)
        self.setWindowTitle(self.tr("%s — French Reader") % title)

    # -- words ---------------------------------------------------------------------------------

    def explain(self, token_index: int) -> WordInfo | None:
        """The card's content for a token: dictionary and grammar, the model's translation of
        a word no dictionary knows, the teacher's lists, and the learner's entry. None until
        the text's words and the card's dictionaries are in."""
        # Here, not with the module: they are not part of the first paint (issue 14).
        from reader.core.lookup import with_teacher
        from reader.core.store import lemma_key

        analysis = self.reading_view.analysis
        if analysis is None or not self.card_glosser.is_ready:
            return None
        terms = self.word_statuses.terms
        info = self.card_glosser.glosser().explain(analysis, token_index, terms)
        info = self.translation.complete(analysis, info)
        info = with_teacher(info, self.glossary.teacher_words_of(info.entry_lemma))
        return with_saved(info, self.glossary.by_lemma().get(lemma_key(info.entry_lemma)))

    def _on_reading_view_word_clicked(self, token_index: int) -> None:
        self.show_word(token_index)

    def _on_reading_view_words_selected(self, indices: tuple[int, ...]) -> None:
        self.show_selection(indices)

    def show_word(self, token_index: int) -> None:
        """Select a token of the article and show its card (a loading card first if the
        card's dictionaries are still loading)."""
        if self._wait_for_glosser((token_index,)):
            return
        info = self.explain(token_index)
        if info is not None:
            self._selection = ()
            self.reading_view.select_token(token_index)
            self._show_card(info)

    def show_selection(self, indices: tuple[int, ...]) -> None:
        """Show the words the learner gathered as one expression, to save it as one."""
        analysis = self.reading_view.analysis
        if analysis is None or self._wait_for_glosser(indices):
            return
        # Here, not with the module: they are not part of the first paint (issue 14).
        from reader.core.lookup import with_teacher
        from reader.core.store import lemma_key

        glosser = self.card_glosser.glosser()
        try:
            info = glosser.explain_selection(analysis, indices, self.word_statuses.terms)
        except ReaderError as error:
            self.set_status(str(error))
            return
        info = with_teacher(info, self.glossary.teacher_words_of(info.entry_lemma))
        info = with_saved(info, self.glossary.by_lemma().get(lemma_key(info.entry_lemma)))
        self._selection = indices
        self.reading_view.show_gathered()
        self._show_card(info)

    def _wait_for_glosser(self, indices: tuple[int, ...]) -> bool:
        """Whether the card must wait for its dictionaries: then the words are selected, the
        card says it is loading, and it shows once they are in (_show_waiting_card)."""
        analysis = self.reading_view.analysis
        if self.card_glosser.is_ready or analysis is None or not indices:
            return False
        tokens = [analysis.tokens[index] for index in indices]
        self._waiting_card = tuple(token.start for token in tokens)
        self.reading_view.select_token(indices[0])
        self.word_panel.show_loading(" ".join(token.text for token in tokens))
        self.card_glosser.warm()
        return True

    def _show_waiting_card(self) -> None:
        """The card's dictionaries are in: the card clicked meanwhile (in the words now shown:
        the full analysis may have replaced the quick look)."""
        offsets, self._waiting_card = self._waiting_card, None
        analysis = self.reading_view.analysis
        if offsets is None or analysis is None:
            return
        tokens = [analysis.token_at(offset) for offset in offsets]
        indices = tuple(token.index for token in tokens if token is not None)
        if len(indices) == 1:
            self.show_word(indices[0])
        elif indices:
            self.show_selection(indices)

    def _show_card(self, info: WordInfo) -> None:
        self.word_panel.show_word(info)
        self.word_panel.set_refining(self.quick_cards.is_shown)
        if info.expression is not None:
            self.word_panel.show_status(self.word_statuses.status_of(info.entry_lemma))
        else:
            self.word_panel.show_status(self.word_statuses.status_at(info.token.index))

    def refresh_card(self) -> None:
        """Show the card's word again: its entry, the dictionaries or a translation changed."""
        info = self.word_panel.info
        if info is None or self.reading_view.analysis is None or not self.card_glosser.is_ready:
            return
        if self._selection:
            self.show_selection(self._selection)
            return
        fresh = self.explain(info.token.index)
        if fresh is not None:
            self._show_card(fresh)

    def _on_glossary_entries_changed(self) -> None:
        self.refresh_card()
        self.review_view.count_due()  # saved, deleted, imported or reviewed words

    def set_word_status(self, status: Status) -> None:
        """A status key or the card's buttons: only while the reading tab shows."""
        if self.tabs.currentWidget() is self.splitter:
            self.learning.set_word_status(status)

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

    def _on_review_view_due_count_changed(self, count: int) -> None:
        text = self.tr("Review · %d") % count if count else self.tr("Review")
        self.tabs.setTabText(self.tabs.indexOf(self.review_view), text)

    # -- messages ------------------------------------------------------------------------------

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def show_error(self, error: TaskError | str) -> None:
        """A message the learner can act on; details only for bugs, never a bare traceback."""
        if isinstance(error, str):
            # Here, not with the module: the task runner comes after the first paint.
            from reader.ui.common.tasks import TaskError

            error = TaskError(error, is_user_error=True)
        self.set_status(error.message)
        # One box per message: every query of a damaged glossary fails alike, and it is
        # one problem however each query words it.
        if any(_same_problem(box.text(), error.message) for box in self._open_error_boxes()):
            return
        # Queries started before the learner closed the damage box fail after it: once said,
        # the damage stays in the status bar until the glossary is rescued.
        if RESCUE_MARK in error.message:
            if self._damage_said:
                return
            self._damage_said = True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("French Reader"))
        box.setText(error.message)
        if error.details:
            box.setInformativeText(self.tr("This is a bug in the app; nothing was lost."))
            box.setDetailedText(error.details)
        box.open()

    def _glossary_rescued(self) -> None:
        self._damage_said = False  # a new file: its problems, if any, are new
        self.reload_glossary()

    def _open_error_boxes(self) -> list[QMessageBox]:
        return [
            box
            for box in self.findChildren(QMessageBox)
            if box.isVisible() and box.icon() == QMessageBox.Icon.Warning
        ]

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
        self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter = self.splitter.saveState()
        self.settings.text_size = self.reading_view.text_size
        self.settings.sync()
        super().closeEvent(event)

    # -- menu actions --------------------------------------------------------------------------

    def paste_article(self) -> None:
        self.files.paste_article()

    def save_current_word(self) -> None:
        if self.tabs.currentIndex() == READ_TAB:
            self.word_panel.request_save()

    def edit_current_word(self) -> None:
        if self.word_panel.info is not None:
            self.word_panel.focus_translation()

    def show_glossary(self) -> None:
        self.tabs.setCurrentIndex(GLOSSARY_TAB)
        self.glossary_view.focus_search()


def _same_problem(shown: str, new: str) -> bool:
    return shown == new or (RESCUE_MARK in shown and RESCUE_MARK in new)


def with_saved(info: WordInfo, entry: GlossaryEntry | None) -> WordInfo:
    """Add the learner's saved entry, and its translation first, to a word's card; a sense
    the learner saved is not shown again under its dictionary (a gloss shows once)."""
    if entry is None:
        return info
    from dataclasses import replace

    from reader.core.models import Translation, TranslationSource

    translations = tuple(t for t in info.translations if t.source != TranslationSource.GLOSSARY)
    # a helper word's card (allons in «allons voir») keeps its function first, whole: the
    # entry is its group's verb, so a saved "have" (j'ai eu) must not hide ai's "have"
    lead = translations[:1] if info.group_lemma else ()
    if entry.translation:
        mine = Translation((entry.translation,), TranslationSource.GLOSSARY, "")
        saved = {_folded(sense) for sense in entry.translation.split(";")}
        others = []
        for translation in translations[len(lead) :]:
            senses = tuple(s for s in translation.senses if _folded(s) not in saved)
            if senses:
                others.append(replace(translation, senses=senses))
        translations = (*lead, mine, *others)
    return replace(info, saved=entry, translations=translations)


def _folded(sense: str) -> str:
    return " ".join(sense.split()).casefold()
