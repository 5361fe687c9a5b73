"""The library in the window: the Library and Lists tabs, importing texts, renaming, tagging
and deleting them, and handouts. Reading a library text page by page is book.py's.

The two tabs are built the first time either shows (or is asked for): the window's first
screen is the article, and these views and their modules cost it ~0.1 s (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from reader.core.store import TextRecord
from reader.ui.common.context import WindowContext
from reader.ui.common.file_dialogs import FileKind, choose_files
from reader.ui.common.naming import named
from reader.ui.common.progress import ProgressDialog
from reader.ui.common.tasks import Task, TaskError
from reader.ui.library.book import Book, BookReader

if TYPE_CHECKING:
    from reader.core.library import ImportFailure, ImportOutcome, LibraryRow
    from reader.core.store import Database
    from reader.ui.library.handout_dialog import HandoutDialog
    from reader.ui.library.library_view import LibraryView
    from reader.ui.library.lists_view import ListsView

# After the page has been painted: the language check's first run loads wordfreq (~0.6 s of
# Python on the database thread), which would otherwise compete with that paint for the GIL.
LANGUAGE_CHECK_DELAY_MS = 150
IMPORT_FILTER = (
    "Texts and books (*.txt *.md *.markdown *.html *.htm *.epub *.srt *.vtt *.pdf);;All files (*)"
)


class LibraryActions(QObject):
    """The library and lists tabs, imports, renames, tags, deletions and handouts."""

    teacher_lists_changed = Signal()  # a list's handout was edited: its words may show on cards
    # The Lists tab's, passed on (the tab is built on first show; the window wires these).
    adopt_requested = Signal(int, object)  # list id, lemmas (None: all): into the glossary
    lists_changed = Signal()

    def __init__(self, context: WindowContext, tabs: QTabWidget, books: BookReader) -> None:
        super().__init__(context.window())
        self.context = context
        self.tabs = tabs
        self.books = books
        self.import_task: Task | None = None
        self.handout_dialog: HandoutDialog | None = None  # the last one opened
        self._views: tuple[LibraryView, ListsView] | None = None  # built on first show
        self._unchecked: TextRecord | None = None  # opened before its language check
        self.library_tab = tabs.addTab(named(QWidget(), "libraryPlaceholder"), self.tr("Library"))
        self.lists_tab = tabs.addTab(named(QWidget(), "listsPlaceholder"), self.tr("Lists"))
        self.books.book_analysed.connect(self._on_books_book_analysed)
        self.books.page_ready.connect(self._on_books_page_ready)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # -- building ------------------------------------------------------------------------------

    @property
    def is_built(self) -> bool:
        return self._views is not None

    @property
    def view(self) -> LibraryView:
        """The Library tab's view, built (with the Lists tab) on first use."""
        return self._built()[0]

    @property
    def lists_view(self) -> ListsView:
        """The Lists tab's view, built (with the Library tab) on first use."""
        return self._built()[1]

    def _built(self) -> tuple[LibraryView, ListsView]:
        if self._views is None:
            # Here, not at start-up: the first screen shows neither tab (issue 14).
            from reader.ui.library.library_view import LibraryView
            from reader.ui.library.lists_view import ListsView

            window = self.context.window()
            views = LibraryView(), ListsView(self.context.runner, self.context.settings, window)
            self._views = views
            self._replace_tab(self.library_tab, views[0], self.tr("Library"))
            self._replace_tab(self.lists_tab, views[1], self.tr("Lists"))
            self._connect(*views)
        return self._views

    def _replace_tab(self, index: int, widget: QWidget, label: str) -> None:
        """Put the real view where its placeholder was, the same tab still current, without
        telling the tab's listeners of a change that is none."""
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, label)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    def _connect(self, view: LibraryView, lists: ListsView) -> None:
        view.query_changed.connect(self.refresh)
        view.open_requested.connect(self.open_text)
        view.chapter_requested.connect(self.books.open_at)
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
        lists.failed.connect(self.context.show_error)
        lists.message.connect(self.context.set_status)
        lists.adopt_requested.connect(self.adopt_requested)
        lists.lists_changed.connect(self.lists_changed)

    # -- the book being read (book.py) ---------------------------------------------------------

    @property
    def book(self) -> Book | None:
        return self.books.book

    @property
    def is_reading_book(self) -> bool:
        return self.books.is_reading_book

    @property
    def page_bar(self) -> QWidget:
        return self.books.page_bar

    @property
    def position_label(self) -> QLabel:
        return self.books.position_label

    def open_text(self, text_id: int) -> None:
        self.books.open_text(text_id)

    # -- the library tab -----------------------------------------------------------------------

    def show_library(self) -> None:
        self.tabs.setCurrentIndex(self.library_tab)
        self.view.search.setFocus()

    def show_lists(self) -> None:
        self.tabs.setCurrentIndex(self.lists_tab)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index in (self.library_tab, self.lists_tab):
            self._built()  # their first show
        if index == self.library_tab:
            self.refresh()
        elif index == self.lists_tab:
            self.lists_view.refresh()

    def _on_books_book_analysed(self) -> None:
        if self.tabs.currentIndex() == self.library_tab:
            self.refresh()

    def refresh(self) -> None:
        """The Library tab's rows read again; nothing to do before the tab was first shown
        (showing it refreshes it)."""
        if not self.is_built:
            return
        # Not at start-up: the window may never need it.
        from reader.core.library import library_rows

        search, tag, sort = self.view.query()

        def rows(store: Database) -> tuple[list[LibraryRow], list[str], list[tuple[int, str]]]:
            found = library_rows(store, search=search, tag=tag, sort=sort)
            lists = [(item.id, item.title) for item in store.lists.reading_lists()]
            return found, store.library.text_tags(), lists

        self.context.runner.run_db(
            rows, key="library", on_done=self._on_rows, on_failed=self.context.show_error
        )

    def _on_rows(self, result: tuple[list[LibraryRow], list[str], list[tuple[int, str]]]) -> None:
        rows, tags, lists = result
        self.view.lists = lists
        self.view.set_rows(rows, tags)

    # -- importing -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        context = self.context
        title = self.tr("Import texts into the library")
        paths = choose_files(
            context.window(), context.settings, FileKind.TEXTS, title, IMPORT_FILTER
        )
        if paths:
            self.import_files(paths)

    def import_files(
        self, paths: list[Path], *, open_after: bool = False, sentence: str = ""
    ) -> None:
        """Import in the background (importers never run on the GUI thread), with a progress
        dialog after 600 ms and Cancel; failures and duplicates are reported at the end.
        open_after: then open the first text (at sentence's page, when one is given)."""
        # Not at start-up: the window may never need it.
        from reader.core.library import import_texts

        if open_after and len(paths) == 1:
            self._open_one(paths[0], sentence)
            return
        self.cancel_import()
        text = (
            self.tr("Importing %d files…") % len(paths)
            if len(paths) > 1
            else self.tr("Importing %s…") % paths[0].name
        )
        dialog = ProgressDialog(
            self.tr("Import texts"), text, "importTextsProgress", self.context.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context.set_status(text)

        def finished(result: tuple[list[ImportOutcome], list[ImportFailure]]) -> None:
            self.import_task = None
            dialog.close()
            self._on_imported(*result, open_after=open_after, sentence=sentence)

        def failed(error: TaskError) -> None:
            self.import_task = None
            dialog.close()
            self.context.show_error(error)

        def cancelled() -> None:
            self.cancel_import()  # the transaction rolls back: nothing is imported
            dialog.close()
            self.context.set_status(self.tr("Import cancelled."))

        self.import_task = self.context.runner.run_db_with_progress(
            lambda store, report, cancel: import_texts(store, paths, report=report, cancel=cancel),
            key="import-texts",
            on_done=finished,
            on_failed=failed,
            progress=dialog.progress,
        )
        dialog.canceled.connect(cancelled)

    def _open_one(self, path: Path, sentence: str) -> None:
        """A file to read now (File ▸ Open, pasted, dropped, recent): imported or found in the
        library, with the status bar's progress (its Stop cancels), then opened."""
        # Not at start-up: the window may never need it.
        from reader.core.library import import_or_find

        self.cancel_import()

        def finished(outcome: ImportOutcome) -> None:
            self.import_task = None
            self._unchecked = outcome.record
            self._on_imported([outcome], [], open_after=True, sentence=sentence)

        def failed(error: TaskError) -> None:
            self.import_task = None
            if error.message != "Cancelled.":
                self.context.show_error(error)

        self.import_task = self.context.runner.run_db_with_progress(
            # The language check waits until the text is on screen (_on_books_page_ready).
            lambda store, report, cancel: import_or_find(
                store, path, report=report, cancel=cancel, check_language=False
            ),
            key="import-texts",
            on_done=finished,
            on_failed=failed,
            progress=self.context.status_progress,
        )

    def _on_books_page_ready(self, *_page: object) -> None:
        record, self._unchecked = self._unchecked, None
        if record is not None:
            QTimer.singleShot(LANGUAGE_CHECK_DELAY_MS, lambda: self._check_language(record))

    def _check_language(self, record: TextRecord) -> None:
        """Is the text just opened French? Said in the status bar, as an import's warnings."""
        # Not at start-up: the window may never need it.
        from reader.core.library import check_language

        self.context.runner.run_db(
            lambda store: check_language(store, record.id),
            on_done=lambda warning: self._on_language_checked(record, warning),
            on_failed=self.context.show_error,
        )

    def _on_language_checked(self, record: TextRecord, warning: str | None) -> None:
        if warning:
            self.context.set_status(f"«{record.title}»: {warning}")
            self.refresh()  # the Library tab's row shows it

    def cancel_import(self) -> None:
        if self.import_task is not None:
            self.import_task.cancel()
            self.import_task = None

    def _on_imported(
        self,
        outcomes: list[ImportOutcome],
        failures: list[ImportFailure],
        *,
        open_after: bool,
        sentence: str = "",
    ) -> None:
        added = [o for o in outcomes if o.outcome != "duplicate"]
        duplicates = [o for o in outcomes if o.outcome == "duplicate"]
        parts = [self.tr("Imported %d texts.") % len(added)]
        if duplicates:
            parts.append(self.tr("%d already in the library.") % len(duplicates))
        if failures:
            parts.append(self.tr("%d could not be read.") % len(failures))
        summary = " ".join(parts)
        self.context.set_status(summary)
        self.refresh()
        if open_after and outcomes:
            self._open_at(outcomes[0].record.id, sentence)
        if open_after and len(outcomes) + len(failures) == 1:
            if failures:  # the one file asked for: its own message, as for any file
                self.context.show_error(failures[0].message)
            for warning in outcomes[0].warnings if outcomes else ():
                self.context.set_status(f"«{outcomes[0].record.title}»: {warning}")
            return
        warnings = [f"«{o.record.title}»: {w}" for o in outcomes for w in o.warnings]
        details = [f"{f.path.name}: {f.message}" for f in failures]
        details += [f"«{o.record.title}» is already in the library." for o in duplicates]
        if failures or warnings or (duplicates and not open_after):
            self._show_import_summary(summary, details, warnings)
        if not open_after and outcomes:
            self.show_library()
            self.view.select_text(outcomes[0].record.id)

    def _show_import_summary(self, summary: str, details: list[str], warnings: list[str]) -> None:
        box = QMessageBox(self.context.window())
        box.setObjectName("importTextsSummary")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import texts"))
        box.setText(summary)
        box.setInformativeText("\n".join([*details, *warnings][:12]))
        box.open()

    def open_file(self, path: Path, sentence: str = "") -> None:
        """File ▸ Open, a recent file, a pasted or dropped text: through the library (the same
        file again opens the text already there, at its last position, or at sentence)."""
        self.import_files([path], open_after=True, sentence=sentence)

    def _open_at(self, text_id: int, sentence: str) -> None:
        # Not at start-up: the window may never need it.
        from reader.core.library import place_at_sentence

        if not sentence:
            self.open_text(text_id)
            return
        self.context.runner.run_db(
            lambda store: place_at_sentence(store, text_id, sentence),
            on_done=lambda _offset: self.open_text(text_id),
            on_failed=self.context.show_error,
        )

    # -- rename, tags, delete ------------------------------------------------------------------

    def rename_text(self, text_id: int) -> None:
        row = self.view.row_of(text_id)
        old = row.record.title if row else ""
        title, ok = QInputDialog.getText(
            self.context.window(),
            self.tr("Rename"),
            self.tr("Title:"),
            QLineEdit.EchoMode.Normal,
            old,
        )
        if ok and title.strip() and title != old:
            self._change(lambda store: store.library.rename_text(text_id, title))

    def edit_tags(self, text_id: int) -> None:
        row = self.view.row_of(text_id)
        old = ", ".join(row.record.tags) if row else ""
        tags, ok = QInputDialog.getText(
            self.context.window(),
            self.tr("Tags"),
            self.tr("Tags, separated by commas:"),
            QLineEdit.EchoMode.Normal,
            old,
        )
        if ok:
            names = [tag.strip() for tag in tags.split(",") if tag.strip()]
            self._change(lambda store: store.library.set_text_tags(text_id, names))

    def _change(self, fn: Callable[[Database], TextRecord]) -> None:
        self.context.runner.run_db(
            fn, on_done=lambda _record: self.refresh(), on_failed=self.context.show_error
        )

    def delete_text(self, text_id: int) -> None:
        """To the bin: Ctrl+Z (or Undo) brings it back."""
        self.context.runner.run_db(
            lambda store: store.library.delete_text(text_id),
            on_done=self._on_text_deleted,
            on_failed=self.context.show_error,
        )

    def _on_text_deleted(self, record: TextRecord) -> None:
        self.refresh()
        self.context.history.push(self.tr("Delete Text"), lambda: self._restore(record))
        self.context.set_status(self.tr("Deleted «%s». Ctrl+Z brings it back.") % record.title)
        books = self.books
        if books.book is not None and books.book.record.id == record.id:
            books.stop_book_analysis()

    def _restore(self, record: TextRecord) -> None:
        self._change(lambda store: store.library.restore_text(record.id))
        self.context.set_status(self.tr("Restored «%s».") % record.title)

    # -- handouts ------------------------------------------------------------------------------

    def show_handout(self, *, text_ids: tuple[int, ...] = (), list_id: int | None = None) -> None:
        # Not at start-up: the window may never need it.
        from reader.ui.library.handout_dialog import HandoutDialog

        context = self.context
        dialog = HandoutDialog(
            context.runner,
            context.data_dir,
            context.settings,
            text_ids=text_ids,
            list_id=list_id,
            parent=context.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.message.connect(context.set_status)
        if list_id is not None:  # a teacher's list edited here shows so on the word card
            dialog.finished.connect(lambda _: self.teacher_lists_changed.emit())
        self.handout_dialog = dialog
        dialog.open()

    def handout_of_current(self) -> None:
        """Handout… from the menu: the selected list, the selected library text, or the text
        being read."""
        current = self.tabs.currentIndex()
        if current == self.lists_tab and self.lists_view.list_id is not None:
            self.show_handout(list_id=self.lists_view.list_id)
            return
        text_id = self.view.selected_id() if current == self.library_tab else None
        if text_id is None and self.book is not None:
            text_id = self.book.record.id
        if text_id is None:
            self.context.set_status(
                self.tr("Choose a text in the library or a reading list first.")
            )
            return
        self.show_handout(text_ids=(text_id,))
