"""The window's library: the Library and Lists tabs, importing texts, renaming, tagging and
deleting them, and handouts. Reading a library text page by page is book_features.py's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from reader.core.store import TextRecord
from reader.ui.common.file_dialogs import FileKind, choose_files
from reader.ui.common.tasks import Task, TaskError

if TYPE_CHECKING:
    from reader.core.library.texts import ImportFailure, ImportOutcome, LibraryRow
    from reader.ui.library.book import Book
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


class LibraryFeatures(QObject):
    """The library and lists tabs, imports, renames, tags, deletions and handouts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from reader.ui.library.library_view import LibraryView
        from reader.ui.library.lists_view import ListsView

        self.window = window
        self._import_task: Task | None = None
        self.handout_dialog: Any = None  # the last one opened (WA_DeleteOnClose)
        self.view = LibraryView()
        self.lists_view = ListsView(window.runner, window.settings, window)
        self.library_tab = window.tabs.addTab(self.view, self.tr("Library"))
        self.lists_tab = window.tabs.addTab(self.lists_view, self.tr("Lists"))
        self._connect()

    # -- building ------------------------------------------------------------------------------

    def _connect(self) -> None:
        window, view, lists = self.window, self.view, self.lists_view
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
        lists.failed.connect(window.show_error)
        lists.message.connect(window.set_status)
        window.books.book_analysed.connect(self._on_books_book_analysed)
        window.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # -- the book being read (book_features.py) ------------------------------------------------

    @property
    def book(self) -> Book | None:
        return self.window.books.book

    @property
    def is_reading_book(self) -> bool:
        return self.window.books.is_reading_book

    @property
    def page_bar(self) -> QWidget:
        return self.window.books.page_bar

    @property
    def position_label(self) -> QLabel:
        return self.window.books.position_label

    def open_text(self, text_id: int) -> None:
        self.window.books.open_text(text_id)

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

    def _on_books_book_analysed(self) -> None:
        if self.window.tabs.currentIndex() == self.library_tab:
            self.refresh()

    def refresh(self) -> None:
        from reader.core.library.texts import library_rows

        search, tag, sort = self.view.query()

        def rows(store: Any) -> tuple[list[LibraryRow], list[str], list[tuple[int, str]]]:
            found = library_rows(store, search=search, tag=tag, sort=sort)
            lists = [(item.id, item.title) for item in store.lists.reading_lists()]
            return found, store.library.text_tags(), lists

        self.window.runner.run_db(
            rows, key="library", on_done=self._on_rows, on_failed=self.window.show_error
        )

    def _on_rows(self, result: tuple[list[LibraryRow], list[str], list[tuple[int, str]]]) -> None:
        rows, tags, lists = result
        self.view.lists = lists
        self.view.set_rows(rows, tags)

    # -- importing -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        window = self.window
        title = self.tr("Import texts into the library")
        paths = choose_files(window, window.settings, FileKind.TEXTS, title, IMPORT_FILTER)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path], *, open_after: bool = False) -> None:
        """Import in the background (importers never run on the GUI thread), with a progress
        dialog after 600 ms and Cancel; failures and duplicates are reported at the end."""
        from reader.core.library.texts import import_texts

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
            self._change(lambda store: store.library.rename_text(text_id, title))

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
            self._change(lambda store: store.library.set_text_tags(text_id, names))

    def _change(self, fn: Any) -> None:
        self.window.runner.run_db(
            fn, on_done=lambda _record: self.refresh(), on_failed=self.window.show_error
        )

    def delete_text(self, text_id: int) -> None:
        """To the bin: Ctrl+Z (or Undo) brings it back."""
        self.window.runner.run_db(
            lambda store: store.library.delete_text(text_id),
            on_done=self._on_text_deleted,
            on_failed=self.window.show_error,
        )

    def _on_text_deleted(self, record: TextRecord) -> None:
        self.refresh()
        self.window.history.push(self.tr("Delete Text"), lambda: self._restore(record))
        self.window.set_status(self.tr("Deleted «%s». Ctrl+Z brings it back.") % record.title)
        books = self.window.books
        if books.book is not None and books.book.record.id == record.id:
            books.stop_book_analysis()

    def _restore(self, record: TextRecord) -> None:
        self._change(lambda store: store.library.restore_text(record.id))
        self.window.set_status(self.tr("Restored «%s».") % record.title)

    # -- handouts ------------------------------------------------------------------------------

    def show_handout(self, *, text_ids: tuple[int, ...] = (), list_id: int | None = None) -> None:
        from reader.ui.library.handout_dialog import HandoutDialog

        dialog = HandoutDialog(
            self.window.runner,
            self.window.data_dir,
            self.window.settings,
            text_ids=text_ids,
            list_id=list_id,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.message.connect(self.window.set_status)
        if list_id is not None:  # a teacher's list edited here shows so on the word card
            dialog.finished.connect(lambda _: self.window.teacher.reload())
        self.handout_dialog = dialog
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
