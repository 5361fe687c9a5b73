"""Reading a library text one page at a time: the page bar, paging, and the book's background
analysis (the page on screen analysed first, the rest of the book in the background, a few pages
per worker job, so page turns and word cards never wait long) with its status-bar widgets.

Only one page is ever in the reading view: a whole book in one widget would cost seconds and
hundreds of megabytes (STYLE.md, issue 6).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from reader.core.models import Article
from reader.core.store import Page, TextRecord
from reader.ui.common.context import WindowContext
from reader.ui.common.naming import named
from reader.ui.common.tasks import Task, TaskError
from reader.worker import library_jobs

if TYPE_CHECKING:
    from reader.core.library import OpenedText
    from reader.core.models import Analysis
    from reader.core.store import Database

# What the window calls instead of analysing a page's text itself (runner.analyse's look-alike).
AnalysePage = Callable[..., Task]


def page_headings(record: TextRecord, page: Page, text: str) -> tuple[int, ...]:
    """Where chapter headings start in a page's text: the lines at a chapter's start that
    make its title (PREMIÈRE PARTIE, then I -- LA FABRIQUE)."""
    if len(record.chapters) < 2:
        return ()
    starts = []
    for chapter in record.chapters:
        if not page.start <= chapter.start < page.end:
            continue
        offset = chapter.start - page.start
        title = " ".join(chapter.title.split())
        while offset < len(text):
            line_end = text.find("\n", offset)
            line_end = len(text) if line_end < 0 else line_end
            line = " ".join(text[offset:line_end].split())
            if not line or line not in title:
                break
            starts.append(offset)
            offset = line_end
            while offset < len(text) and text[offset] in "\n \t":
                offset += 1
    return tuple(starts)


@dataclass
class Book:
    """The library text being read and the page on screen."""

    record: TextRecord
    pages: tuple[Page, ...]
    page: Page
    article: Article | None = None  # the page as shown; None while its text is loading
    stopped: bool = False  # the learner stopped the background analysis


class BookReader(QObject):
    """The pages of the library text shown, and the background analysis of the rest."""

    book_analysed = Signal()  # the background analysis reached the end of the book
    # A page to show: its Article, what analyses it (AnalysePage), the window's title.
    page_ready = Signal(object, object, str)

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.window())
        self.context = context
        self.book: Book | None = None
        self._book_task: Task | None = None
        self._build_page_bar()
        self._build_status_widgets()
        self._connect()

    # -- building ------------------------------------------------------------------------------

    def _build_page_bar(self) -> None:
        """Previous, the position indicator, Next and Go to: the window puts it under the page."""
        self.page_bar = named(QWidget(), "pageBar")
        self.previous_button = named(QPushButton(self.tr("‹ Previous")), "previousPageButton")
        self.next_button = named(QPushButton(self.tr("Next ›")), "nextPageButton")
        self.goto_button = named(QPushButton(self.tr("Go to…")), "goToPageButton")
        self.position_label = named(QLabel(), "positionLabel")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(self.page_bar)
        row.setContentsMargins(16, 4, 10, 4)
        row.addWidget(self.previous_button)
        row.addWidget(self.position_label, 1)
        row.addWidget(self.goto_button)
        row.addWidget(self.next_button)
        for button in (self.previous_button, self.next_button, self.goto_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.previous_button.setToolTip(self.tr("Previous page (Ctrl+←)"))
        self.next_button.setToolTip(self.tr("Next page (Ctrl+→)"))
        self.goto_button.setToolTip(self.tr("Go to a page (Ctrl+G)"))
        self.page_bar.hide()

    def _build_status_widgets(self) -> None:
        """The book's background analysis: pages done, and Stop (the window's status bar)."""
        self.book_label = named(QLabel(), "bookAnalysisLabel")
        self.book_progress = named(QProgressBar(), "bookAnalysisProgress")
        self.book_progress.setFixedWidth(120)
        self.book_progress.setTextVisible(False)
        self.book_stop = named(QPushButton(self.tr("Stop")), "bookStopButton")
        self.book_stop.setToolTip(self.tr("Stop analysing the rest of the book"))
        for widget in self.status_widgets:
            widget.hide()

    @property
    def status_widgets(self) -> tuple[QWidget, ...]:
        return (self.book_label, self.book_progress, self.book_stop)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.goto_button.clicked.connect(self.go_to_page)
        self.book_stop.clicked.connect(self.stop_book_analysis)

    # -- reading a library text page by page ---------------------------------------------------

    def open_text(
        self, text_id: int, *, on_failed: Callable[[TaskError], None] | None = None
    ) -> None:
        """The text at its last position: the page shown at once, its words clickable after
        the page's own analysis, the rest of the book analysed in the background."""
        # Not at start-up: the window may never need it.
        from reader.core.library import open_text

        self.context.set_status(self.tr("Opening…"))
        self.context.runner.run_db(
            lambda store: open_text(store, text_id),
            key="open",
            on_done=self._on_text_opened,
            on_failed=on_failed or self.context.show_error,
        )

    def open_at(self, text_id: int, offset: int) -> None:
        """The text at a place (a chapter's start): the page holding it."""
        # Not at start-up: the window may never need it.
        from reader.core.library import page_at, reading_position

        def place(store: Database) -> None:
            pages = [state.page for state in store.library.pages(text_id)]
            store.library.set_position(text_id, reading_position(page_at(pages, offset)))

        self.context.runner.run_db(
            place, on_done=lambda _: self.open_text(text_id), on_failed=self.context.show_error
        )

    def _on_text_opened(self, opened: OpenedText) -> None:
        self._pause_book_analysis()
        self._hide_book_progress()
        self.book = Book(opened.record, opened.pages, opened.page)
        self.context.settings.last_text = opened.record.id
        self._show_page(opened.page)

    @property
    def is_reading_book(self) -> bool:
        book = self.book
        return (
            book is not None and book.article is not None and self.context.article is book.article
        )

    def next_page(self) -> None:
        self._turn(1)

    def previous_page(self) -> None:
        self._turn(-1)

    def _turn(self, step: int) -> None:
        book = self.book
        if not self.is_reading_book or book is None:
            return
        number = book.page.number + step
        if 0 <= number < len(book.pages):
            self._show_page(book.pages[number])

    def go_to_page(self) -> None:
        """Go to…: a chapter by its title, or a page by its number."""
        # Not at start-up: the window may never need it.
        from reader.ui.library.go_to_dialog import GoToDialog

        book = self.book
        if not self.is_reading_book or book is None:
            self.context.set_status(self.tr("Open a text from the library to go to a page."))
            return
        dialog = GoToDialog(book.record, book.pages, book.page, self.context.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.page_chosen.connect(lambda number: self._go_to(book, number))
        self.go_to_dialog = dialog
        dialog.open()

    def _go_to(self, book: Book, number: int) -> None:
        if self.book is book and 0 <= number < len(book.pages):
            self._show_page(book.pages[number])

    def _show_page(self, page: Page) -> None:
        # Not at start-up: the window may never need it.
        from reader.core.library import reading_position

        book = self.book
        assert book is not None
        book.page = page
        text_id = book.record.id
        position = reading_position(page)
        self._pause_book_analysis()

        def body(store: Database) -> str:
            store.library.set_position(text_id, position)
            return store.library.page_body(text_id, page)

        self.context.runner.run_db(
            body,
            key="open",
            on_done=lambda text: self._on_page_text(book, page, text),
            on_failed=self.context.show_error,
        )

    def _on_page_text(self, book: Book, page: Page, text: str) -> None:
        if self.book is not book or book.page != page:
            return  # the learner turned the page again meanwhile
        record = book.record
        title = record.title if page.number == 0 else ""
        book.article = Article(title, text, record.source_path, page_headings(record, page, text))
        self.page_ready.emit(book.article, self._analyse_page(book, page), record.title)
        self._show_position()

    def _analyse_page(self, book: Book, page: Page) -> AnalysePage:
        """What the window calls instead of analysing the text itself: the page's analysis
        from the worker (from the cache when the background analysis has done it)."""
        runner, data_dir = self.context.runner, self.context.data_dir

        def analyse(text: str, **callbacks: Any) -> Task:
            on_done = callbacks.pop("on_done")

            def done(analysis: Analysis) -> None:
                on_done(analysis)
                self._resume_book_analysis()

            return runner.run_in_worker(
                library_jobs.open_book_page,
                data_dir,
                book.record.id,
                page.number,
                key="analysis",
                on_done=done,
                **callbacks,
            )

        return analyse

    def _show_position(self) -> None:
        # Not at start-up: the window may never need it.
        from reader.core.library import position_label

        book = self.book
        if book is None:
            return
        self.position_label.setText(position_label(book.record, book.page))
        self.previous_button.setEnabled(book.page.number > 0)
        self.next_button.setEnabled(book.page.number + 1 < len(book.pages))
        self.page_bar.setVisible(len(book.pages) > 1 or len(book.record.chapters) > 1)

    def on_article_shown(self) -> None:
        """Any article: the page bar only shows with a library text's page."""
        if not self.is_reading_book:
            self.page_bar.hide()
            if self.book is not None:
                self._pause_book_analysis()
                self._hide_book_progress()
                self.book = None

    # -- the rest of the book, in the background -----------------------------------------------

    def _resume_book_analysis(self) -> None:
        book = self.book
        # A one-page text too: its analysis is recorded, so the Library shows its level.
        if book is None or book.stopped or self._book_task is not None:
            return
        self._book_task = self.context.runner.run_in_worker(
            library_jobs.analyse_book_chunk,
            self.context.data_dir,
            book.record.id,
            book.page.number,
            key="book-analysis",
            on_done=lambda result: self._on_chunk_done(book, result),
            on_failed=self._on_chunk_failed,
        )

    def _on_chunk_done(self, book: Book, result: tuple[int, int]) -> None:
        self._book_task = None
        if self.book is not book:
            return
        done, remaining = result
        total = len(book.pages)
        if remaining:
            analysed = total - remaining
            self.book_label.setText(
                self.tr("Analysing the book: %d of %d pages") % (analysed, total)
            )
            self.book_progress.setRange(0, total)
            self.book_progress.setValue(analysed)
            for widget in self.status_widgets:
                widget.show()
            self._resume_book_analysis()
            return
        self._hide_book_progress()
        if done:
            if total > 1:  # every text is read from the library now: an article is no book
                self.context.set_status(self.tr("The whole book is analysed."))
            self.book_analysed.emit()

    def _on_chunk_failed(self, error: TaskError) -> None:
        self._book_task = None
        self._hide_book_progress()
        if error.message != "Cancelled.":
            self.context.set_status(self.tr("The book's analysis stopped: %s") % error.message)

    def _pause_book_analysis(self) -> None:
        """A page turn goes first: the worker answers one request at a time."""
        if self._book_task is not None:
            self._book_task.cancel()
            self._book_task = None

    def stop_book_analysis(self, *, quiet: bool = False) -> None:
        was_running = self._book_task is not None
        self._pause_book_analysis()
        self._hide_book_progress()
        if self.book is not None:
            self.book.stopped = True
        if was_running and not quiet:
            self.context.set_status(
                self.tr("Stopped analysing the book: the rest is analysed when you reach it.")
            )

    def _hide_book_progress(self) -> None:
        for widget in self.status_widgets:
            widget.hide()
