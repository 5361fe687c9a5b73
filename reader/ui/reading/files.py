"""The window's ways of opening a text: File ▸ Open, the recent files, a pasted article, a
dropped file, and a word's context sentence (opened at that sentence).

Books and other formats go through the library (library_features.py); plain articles are read
here in the background and shown by the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication

from reader.core.models import Analysis, Context
from reader.ui.common.file_dialogs import FileKind, choose_file
from reader.ui.library.features import goes_to_library
from reader.ui.reading import operations

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

OPEN_FILTER = (
    "Texts and books (*.txt *.md *.markdown *.html *.htm *.epub *.srt *.vtt *.pdf);;All files (*)"
)


class FileFeatures(QObject):
    """Opens files, pasted text and context sentences in one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending_jump: Context | None = None

    def open_path(self, path: Path, *, jump_to: Context | None = None) -> None:
        """Read a file in the background, then show it; books and other formats go through
        the library and are read page by page."""
        window = self.window
        if goes_to_library(path):
            window.library.open_file(path)
            return
        self._pending_jump = jump_to
        window.set_status(self.tr("Opening %s…") % path.name)
        window.runner.run(
            lambda: operations.load_article(path),
            key="open",
            on_done=window.show_article,
            on_failed=window.show_error,
        )

    def choose_file(self) -> None:
        window = self.window
        path = choose_file(
            window, window.settings, FileKind.TEXTS, self.tr("Open a text"), OPEN_FILTER
        )
        if path is not None:
            self.open_path(path)

    def paste_article(self) -> None:
        window = self.window
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            window.show_error(self.tr("The clipboard holds no text. Copy an article first."))
            return
        window.runner.run(
            lambda: operations.store_pasted(text, window.data_dir),
            key="open",
            on_done=window.show_article,
            on_failed=window.show_error,
        )

    # -- dropped files -------------------------------------------------------------------------

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    # -- context sentences ---------------------------------------------------------------------

    def open_context(self, context: Context) -> None:
        """The context's text at its sentence, with the word's card."""
        window = self.window
        if window.article is not None and window.article.path == context.source_path:
            analysis = window.reading_view.analysis
            window.tabs.setCurrentIndex(0)
            if analysis is not None:
                self._jump_to(context, analysis)
            else:
                self._pending_jump = context
            return
        self.open_path(Path(context.source_path), jump_to=context)

    def on_analysis_done(self, analysis: Analysis) -> None:
        """The article just analysed: go to the context sentence it was opened for."""
        if self._pending_jump is not None:
            self._jump_to(self._pending_jump, analysis)
            self._pending_jump = None

    def _jump_to(self, context: Context, analysis: Analysis) -> None:
        """Select the word of a context sentence in the article just opened."""
        start = analysis.text.find(context.sentence.strip())
        if start < 0:
            return
        offset = analysis.text.find(context.word, start) if context.word else start
        token = analysis.token_at(max(offset, start))
        if token is not None and token.is_word:
            self.window.show_word(token.index)
