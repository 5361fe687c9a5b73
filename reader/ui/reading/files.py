"""Opening a text in the reading view: File ▸ Open, the recent files, a pasted article, a
dropped file, and a word's context sentence (opened at that sentence).

Every text goes through the library (library/features.py): imported once (the same text again
is found, with its reading position), then read page by page, so the Library lists everything
the learner read and "continue reading" finds it. A pasted text is kept as a file in the data
folder first, so that its sentences can be reopened.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication

from reader.core.files import write_text_atomically
from reader.core.models import Analysis, Context
from reader.ui.common.context import WindowContext
from reader.ui.common.file_dialogs import FileKind, choose_file
from reader.ui.reading.reading_view import ReadingView

OPEN_FILTER = (
    "Texts and books (*.txt *.md *.markdown *.html *.htm *.epub *.srt *.vtt *.pdf);;All files (*)"
)
PASTED_FOLDER = "pasted"


def store_pasted(text: str, data_dir: Path) -> Path:
    """Keep a pasted text as a file in the data folder, so its sentences can be reopened."""
    # Not at start-up: the window may never need it.
    from reader.core.articles import article_from_text

    article = article_from_text(text)
    folder = data_dir / PASTED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^\w]+", "-", article.title.lower()).strip("-")[:40] or "article"
    path = folder / f"{datetime.now():%Y-%m-%d-%H%M%S}-{slug}.txt"
    write_text_atomically(path, text)
    return path


class FileOpening(QObject):
    """Opens files, pasted text and context sentences; the window shows what they bring."""

    library_file_requested = Signal(object, str)  # Path, sentence to open at ("": last place)
    library_files_requested = Signal(object)  # list of Paths dropped: imported, the first opened
    reading_requested = Signal()  # show the reading tab
    word_requested = Signal(int)  # token index of the word to select, with its card

    def __init__(self, context: WindowContext, view: ReadingView) -> None:
        super().__init__(context.window())
        self.context = context
        self.view = view
        self._pending_jump: Context | None = None

    def open_path(self, path: Path, *, jump_to: Context | None = None) -> None:
        """Import the file into the library (in the background; a text already there is
        found again) and read it there, at jump_to's sentence or where the learner left it."""
        self._pending_jump = jump_to
        self.context.set_status(self.tr("Opening %s…") % path.name)
        self.library_file_requested.emit(path, jump_to.sentence if jump_to else "")

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
            on_done=self.open_path,
            on_failed=self.context.show_error,
        )

    # -- dropped files -------------------------------------------------------------------------

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if len(files) == 1:
            event.acceptProposedAction()
            self.open_path(files[0])
        elif files:
            event.acceptProposedAction()
            self.library_files_requested.emit(files)

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
