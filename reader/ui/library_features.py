"""The window's library: the Library and Lists tabs, importing texts, and reading a library
text one page at a time (the page on screen analysed first, the rest of the book in the
background, a few pages per worker job, so page turns and word cards never wait long).

Only one page is ever in the reading view: a whole book in one widget would cost seconds and
hundreds of megabytes (STYLE.md, issue 6).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from reader.core.library_models import Page, TextRecord
from reader.core.models import Article
from reader.ui.naming import named
from reader.ui.tasks import Task, TaskError

if TYPE_CHECKING:
    from reader.core.library import ImportFailure, ImportOutcome, LibraryRow, OpenedText
    from reader.ui.main_window import MainWindow

IMPORT_FILTER = (
    "Texts and books (*.txt *.md *.markdown *.html *.htm *.epub *.srt *.vtt *.pdf);;All files (*)"
)
LIBRARY_FORMATS = {".html", ".htm", ".xhtml", ".epub", ".srt", ".vtt", ".pdf"}
LONG_TEXT_BYTES = 60_000  # about 10,000 words: more than a few pages, read as a book
PROGRESS_DELAY_MS = 600


def goes_to_library(path: Path) -> bool:
    """A book, a web page, subtitles, a PDF or a long text: imported, then read by pages."""
    if path.suffix.lower() in LIBRARY_FORMATS:
        return True
    try:
        return path.stat().st_size > LONG_TEXT_BYTES
    except OSError:
        return False  # the article path reports the missing file


@dataclass
class Book:
    """The library text being read and the page on screen."""

    record: TextRecord
    pages: tuple[Page, ...]
    page: Page
    article: Article | None = None  # the page as shown; None while its text is loading
    stopped: bool = False  # the learner stopped the background analysis


class LibraryFeatures(QObject):
    """The library and lists tabs, imports, and the pages of the book shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from reader.ui.library_view import LibraryView
        from reader.ui.lists_view import ListsView

        self.window = window
        self.book: Book | None = None
        self._book_task: Task | None = None
        self._book_total = 0
        self._import_task: Task | None = None
        self.view = LibraryView()
        self.lists_view = ListsView(window.runner, window)
        self.library_tab = window.tabs.addTab(self.view, self.tr("Library"))
        self.lists_tab = window.tabs.addTab(self.lists_view, self.tr("Lists"))
        self._build_page_bar()
        self._build_status_widgets()
        self._connect()

    # -- building ------------------------------------------------------------------------------

    def _build_page_bar(self) -> None:
        """Previous, the position indicator, Next and Go to, under the page."""
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
        pane = self.window.reading_view.parentWidget()
        pane.layout().insertWidget(1, self.page_bar)  # type: ignore[attr-defined]
        self.page_bar.hide()

    def _build_status_widgets(self) -> None:
        """The book's background analysis: pages done, and Stop."""
        bar = self.window.statusBar()
        self.book_label = named(QLabel(), "bookAnalysisLabel")
        self.book_progress = named(QProgressBar(), "bookAnalysisProgress")
        self.book_progress.setFixedWidth(120)
        self.book_progress.setTextVisible(False)
        self.book_stop = named(QPushButton(self.tr("Stop")), "bookStopButton")
        self.book_stop.setToolTip(self.tr("Stop analysing the rest of the book"))
        for widget in (self.book_label, self.book_progress, self.book_stop):
            bar.addPermanentWidget(widget)
            widget.hide()

    def _connect(self) -> None:
        view, lists = self.view, self.lists_view
        view.query_changed.connect(self.refresh)
        view.open_requested.connect(self.open_text)
        view.rename_requested.connect(self.rename_text)
        view.tags_requested.connect(self.edit_tags)
        view.delete_requested.connect(self.delete_text)
        view.handout_requested.connect(lambda text_id: self.show_handout(text_ids=(text_id,)))
        view.add_to_list_requested.connect(lists.add_text)
        view.new_list_requested.connect(lists.new_list_with)
        view.import_requested.connect(self.choose_files)
        lists.open_requested.connect(self.open_text)
        lists.handout_requested.connect(lambda list_id: self.show_handout(list_id=list_id))
        lists.library_changed.connect(self.refresh)
        lists.lists_changed.connect(self.refresh)
        lists.failed.connect(self.window.show_error)
        lists.message.connect(self.window.set_status)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.goto_button.clicked.connect(self.go_to_page)
        self.book_stop.clicked.connect(self.stop_book_analysis)
        self.window.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # -- the library tab -----------------------------------------------------------------------

    def show_library(self) -> None:
        self.window.tabs.setCurrentIndex(self.library_tab)
        self.view.search.setFocus()

    def show_lists(self) -> None:
        self.window.tabs.setCurrentIndex(self.lists_tab)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == self.library_tab:
            self.refresh()
        elif index == self.lists_tab:
            self.lists_view.refresh()

    def refresh(self) -> None:
        from reader.core.library import library_rows

        search, tag, sort = self.view.query()

        def rows(store: Any) -> tuple[list[LibraryRow], list[str], list[tuple[int, str]]]:
            found = library_rows(store, search=search, tag=tag, sort=sort)
            lists = [(item.id, item.title) for item in store.reading_lists()]
            return found, store.text_tags(), lists

        self.window.runner.run_db(
            rows, key="library", on_done=self._on_rows, on_failed=self.window.show_error
        )

    def _on_rows(self, result: tuple[list[LibraryRow], list[str], list[tuple[int, str]]]) -> None:
        rows, tags, lists = result
        self.view.lists = lists
        self.view.set_rows(rows, tags)

    # -- importing -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import texts into the library"), "", IMPORT_FILTER
        )
        if names:
            self.import_files([Path(name) for name in names])

    def import_files(self, paths: list[Path], *, open_after: bool = False) -> None:
        """Import in the background (importers never run on the GUI thread), with a progress
        dialog after 600 ms and Cancel; failures and duplicates are reported at the end."""
        from reader.core.library import import_texts

        if self._import_task is not None:
            self._import_task.cancel()
        dialog = QProgressDialog(
            self.tr("Importing %d files…") % len(paths)
            if len(paths) > 1
            else self.tr("Importing %s…") % paths[0].name,
            self.tr("Cancel"),
            0,
            0,
            self.window,
        )
        dialog.setObjectName("importTextsProgress")
        dialog.setWindowTitle(self.tr("Import texts"))
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.window.set_status(dialog.labelText())

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def finished(result: tuple[list[ImportOutcome], list[ImportFailure]]) -> None:
            self._import_task = None
            dialog.close()
            self._on_imported(*result, open_after=open_after)

        def failed(error: TaskError) -> None:
            self._import_task = None
            dialog.close()
            if error.message != "Cancelled.":
                self.window.show_error(error)
            else:
                self.window.set_status(self.tr("Import cancelled."))

        task = self.window.runner.run_db_with_progress(
            lambda store, report, cancel: import_texts(store, paths, report=report, cancel=cancel),
            key="import-texts",
            on_done=finished,
            on_failed=failed,
            on_progress=progress,
        )
        self._import_task = task
        dialog.canceled.connect(task.cancel)

    def _on_imported(
        self, outcomes: list[ImportOutcome], failures: list[ImportFailure], *, open_after: bool
    ) -> None:
        added = [o for o in outcomes if o.outcome != "duplicate"]
        duplicates = [o for o in outcomes if o.outcome == "duplicate"]
        parts = [self.tr("Imported %d texts.") % len(added)]
        if duplicates:
            parts.append(self.tr("%d already in the library.") % len(duplicates))
        if failures:
            parts.append(self.tr("%d could not be read.") % len(failures))
        summary = " ".join(parts)
        self.window.set_status(summary)
        self.refresh()
        if open_after and outcomes and not failures:
            self.open_text(outcomes[0].record.id)
        warnings = [f"«{o.record.title}»: {w}" for o in outcomes for w in o.warnings]
        details = [f"{f.path.name}: {f.message}" for f in failures]
        details += [f"«{o.record.title}» is already in the library." for o in duplicates]
        if failures or warnings or (duplicates and not open_after):
            self._show_import_summary(summary, details, warnings)
        if not open_after and outcomes:
            self.show_library()
            self.view.select_text(outcomes[0].record.id)

    def _show_import_summary(self, summary: str, details: list[str], warnings: list[str]) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("importTextsSummary")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import texts"))
        box.setText(summary)
        box.setInformativeText("\n".join([*details, *warnings][:12]))
        box.open()

    def open_file(self, path: Path) -> None:
        """File ▸ Open of a book, web page, subtitles, PDF or long text: through the library
        (the same file again opens the text already there, at its last position)."""
        self.import_files([path], open_after=True)

    # -- rename, tags, delete ------------------------------------------------------------------

    def rename_text(self, text_id: int) -> None:
        row = self.view.row_of(text_id)
        old = row.record.title if row else ""
        title, ok = QInputDialog.getText(
            self.window, self.tr("Rename"), self.tr("Title:"), QLineEdit.EchoMode.Normal, old
        )
        if ok and title.strip() and title != old:
            self._change(lambda store: store.rename_text(text_id, title))

    def edit_tags(self, text_id: int) -> None:
        row = self.view.row_of(text_id)
        old = ", ".join(row.record.tags) if row else ""
        tags, ok = QInputDialog.getText(
            self.window,
            self.tr("Tags"),
            self.tr("Tags, separated by commas:"),
            QLineEdit.EchoMode.Normal,
            old,
        )
        if ok:
            names = [tag.strip() for tag in tags.split(",") if tag.strip()]
            self._change(lambda store: store.set_text_tags(text_id, names))

    def _change(self, fn: Any) -> None:
        self.window.runner.run_db(
            fn, on_done=lambda _record: self.refresh(), on_failed=self.window.show_error
        )

    def delete_text(self, text_id: int) -> None:
        """To the bin: Ctrl+Z (or Undo) brings it back."""
        self.window.runner.run_db(
            lambda store: store.delete_text(text_id),
            on_done=self._on_text_deleted,
            on_failed=self.window.show_error,
        )

    def _on_text_deleted(self, record: TextRecord) -> None:
        self.refresh()
        self.window.history.push(self.tr("Delete Text"), lambda: self._restore(record))
        self.window.set_status(self.tr("Deleted «%s». Ctrl+Z brings it back.") % record.title)
        if self.book is not None and self.book.record.id == record.id:
            self.stop_book_analysis()

    def _restore(self, record: TextRecord) -> None:
        self._change(lambda store: store.restore_text(record.id))
        self.window.set_status(self.tr("Restored «%s».") % record.title)

    # -- reading a library text page by page ---------------------------------------------------

    def open_text(self, text_id: int) -> None:
        """The text at its last position: the page shown at once, its words clickable after
        the page's own analysis, the rest of the book analysed in the background."""
        from reader.core.library import open_text

        self.window.set_status(self.tr("Opening…"))
        self.window.runner.run_db(
            lambda store: open_text(store, text_id),
            key="open",
            on_done=self._on_text_opened,
            on_failed=self.window.show_error,
        )

    def _on_text_opened(self, opened: OpenedText) -> None:
        self._pause_book_analysis()
        self._hide_book_progress()
        self.book = Book(opened.record, opened.pages, opened.page)
        self._show_page(opened.page, remember=False)

    @property
    def is_reading_book(self) -> bool:
        book = self.book
        return book is not None and book.article is not None and self.window.article is book.article

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
        book = self.book
        if not self.is_reading_book or book is None:
            self.window.set_status(self.tr("Open a text from the library to go to a page."))
            return
        number, ok = QInputDialog.getInt(
            self.window,
            self.tr("Go to page"),
            self.tr("Page (1 to %d):") % len(book.pages),
            book.page.number + 1,
            1,
            len(book.pages),
        )
        if ok:
            self._show_page(book.pages[number - 1])

    def _show_page(self, page: Page, *, remember: bool = True) -> None:
        book = self.book
        assert book is not None
        book.page = page
        text_id = book.record.id
        self._pause_book_analysis()

        def body(store: Any) -> str:
            if remember:
                store.set_position(text_id, page.start)
            text: str = store.page_body(text_id, page)
            return text

        self.window.runner.run_db(
            body,
            key="open",
            on_done=lambda text: self._on_page_text(book, page, text),
            on_failed=self.window.show_error,
        )

    def _on_page_text(self, book: Book, page: Page, text: str) -> None:
        if self.book is not book or book.page != page:
            return  # the learner turned the page again meanwhile
        window = self.window
        record = book.record
        title = record.title if page.number == 0 else ""
        book.article = Article(title, text)
        window.show_article(book.article, analyse=self._analyse_page(book, page))
        window.setWindowTitle(self.tr("%s — French Reader") % record.title)
        self._show_position()

    def _analyse_page(self, book: Book, page: Page) -> Any:
        """What the window calls instead of analysing the text itself: the page's analysis
        from the worker (from the cache when the background analysis has done it)."""
        runner, data_dir = self.window.runner, str(self.window.data_dir)

        def analyse(text: str, **callbacks: Any) -> Task:
            on_done = callbacks.pop("on_done")

            def done(analysis: Any) -> None:
                on_done(analysis)
                self._resume_book_analysis()

            return runner.run_in_worker(
                "open_book_page",
                data_dir,
                book.record.id,
                page.number,
                key="analysis",
                on_done=done,
                **callbacks,
            )

        return analyse

    def _show_position(self) -> None:
        from reader.core.pages import position_label

        book = self.book
        if book is None:
            return
        self.position_label.setText(position_label(book.record, book.page))
        self.previous_button.setEnabled(book.page.number > 0)
        self.next_button.setEnabled(book.page.number + 1 < len(book.pages))
        self.page_bar.setVisible(len(book.pages) > 1 or bool(book.record.chapters))

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
        if book is None or book.stopped or self._book_task is not None or len(book.pages) < 2:
            return
        self._book_task = self.window.runner.run_in_worker(
            "analyse_book_chunk",
            str(self.window.data_dir),
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
            for widget in (self.book_label, self.book_progress, self.book_stop):
                widget.show()
            self._resume_book_analysis()
            return
        self._hide_book_progress()
        if done:
            self.window.set_status(self.tr("The whole book is analysed."))
            if self.window.tabs.currentIndex() == self.library_tab:
                self.refresh()

    def _on_chunk_failed(self, error: TaskError) -> None:
        self._book_task = None
        self._hide_book_progress()
        if error.message != "Cancelled.":
            self.window.set_status(self.tr("The book's analysis stopped: %s") % error.message)

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
            self.window.set_status(
                self.tr("Stopped analysing the book: the rest is analysed when you reach it.")
            )

    def _hide_book_progress(self) -> None:
        for widget in (self.book_label, self.book_progress, self.book_stop):
            widget.hide()

    # -- handouts ------------------------------------------------------------------------------

    def show_handout(self, *, text_ids: tuple[int, ...] = (), list_id: int | None = None) -> None:
        from reader.ui.handout_dialog import HandoutDialog

        dialog = HandoutDialog(
            self.window.runner,
            self.window.data_dir,
            text_ids=text_ids,
            list_id=list_id,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.message.connect(self.window.set_status)
        dialog.open()

    def handout_of_current(self) -> None:
        """Handout… from the menu: the selected list, the selected library text, or the text
        being read."""
        window = self.window
        if window.tabs.currentIndex() == self.lists_tab and self.lists_view.list_id is not None:
            self.show_handout(list_id=self.lists_view.list_id)
            return
        text_id = (
            self.view.selected_id() if window.tabs.currentIndex() == self.library_tab else None
        )
        if text_id is None and self.book is not None:
            text_id = self.book.record.id
        if text_id is None:
            window.set_status(self.tr("Choose a text in the library or a reading list first."))
            return
        self.show_handout(text_ids=(text_id,))
