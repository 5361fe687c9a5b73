"""Opening a text in the reading view: File ▸ Open, the recent files, a pasted article, a
dropped file, and a word's context sentence (opened at that sentence).

Books, web pages, subtitles, PDFs and long texts go through the library (library/features.py)
and are read page by page; plain articles are read here in the background.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication

from reader.core.files import write_text_atomically
from reader.core.models import Analysis, Article, Context
from reader.ui.common.context import WindowContext
from reader.ui.common.file_dialogs import FileKind, choose_file
from reader.ui.reading.reading_view import ReadingView

OPEN_FILTER = (
    "Texts and books (*.txt *.md *.markdown *.html *.htm *.epub *.srt *.vtt *.pdf);;All files (*)"
)
LIBRARY_FORMATS = {".html", ".htm", ".xhtml", ".epub", ".srt", ".vtt", ".pdf"}
LONG_TEXT_BYTES = 60_000  # about 10,000 words: more than a few pages, read as a book
PASTED_FOLDER = "pasted"


def goes_to_library(path: Path) -> bool:
    """A book, a web page, subtitles, a PDF or a long text: imported, then read by pages."""
    if path.suffix.lower() in LIBRARY_FORMATS:
        return True
    try:
        return path.stat().st_size > LONG_TEXT_BYTES
    except OSError:
        return False  # the article path reports the missing file


def load_article(path: Path) -> Article:
    """Runs on the I/O thread: a .txt or .md file as an article."""
    # Not at start-up: the window may never need it.
    from reader.core.articles import load_article as load

    return load(path)


def store_pasted(text: str, data_dir: Path) -> Article:
    """Keep a pasted text as a file in the data folder, so its sentences can be reopened."""
    # Not at start-up: the window may never need it.
    from reader.core.articles import article_from_text

    article = article_from_text(text)
    folder = data_dir / PASTED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^\w]+", "-", article.title.lower()).strip("-")[:40] or "article"
    path = folder / f"{datetime.now():%Y-%m-%d-%H%M%S}-{slug}.txt"
    write_text_atomically(path, text)
    return load_article(path)


class FileOpening(QObject):
    """Opens files, pasted text and context sentences; the window shows what they bring."""

    article_loaded = Signal(object)  # Article, to show
    library_file_requested = Signal(object)  # Path of a book: imported, read by pages
    reading_requested = Signal()  # show the reading tab
    word_requested = Signal(int)  # token index of the word to select, with its card

    def __init__(self, context: WindowContext, view: ReadingView) -> None:
        super().__init__(context.window())
        self.context = context
        self.view = view
        self._pending_jump: Context | None = None

    def open_path(self, path: Path, *, jump_to: Context | None = None) -> None:
        """Read a file in the background, then show it; books and other formats go through
        the library and are read page by page."""
        if goes_to_library(path):
            self.library_file_requested.emit(path)
            return
        self._pending_jump = jump_to
        self.context.set_status(self.tr("Opening %s…") % path.name)
        self.context.runner.run(
            lambda: load_article(path),
            key="open",
            on_done=self.article_loaded.emit,
            on_failed=self.context.show_error,
        )

    def choose_file(self) -> None:
        context = self.context
        path = choose_file(
            context.window(), context.settings, FileKind.TEXTS, self.tr("Open a text"), OPEN_FILTER
        )
        if path is not None:
            self.open_path(path)

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.context.show_error(self.tr("The clipboard holds no text. Copy an article first."))
            return
        data_dir = self.context.data_dir
        self.context.runner.run(
            lambda: store_pasted(text, data_dir),
            key="open",
            on_done=self.article_loaded.emit,
            on_failed=self.context.show_error,
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
        article = self.context.article
        if article is not None and article.path == context.source_path:
            analysis = self.view.analysis
            self.reading_requested.emit()
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
            self.word_requested.emit(token.index)
