"""Quick cards: the words of a new text clickable before the worker's analysis is in.

The window's I/O thread cuts the text into the learner's units and reads each word's likely
lemma in the bundled lexicon (reader/core/analysis/quick.py: no spaCy, tens of milliseconds a
page); the view takes that provisional analysis, and a click shows the usual card marked
"refining". When the worker's analysis arrives, the card on show is shown again from it, just
as a click then would show it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from reader.core.models import Analysis, Article
from reader.ui.common.context import WindowContext
from reader.ui.common.tasks import TaskError
from reader.ui.reading.reading_view import ReadingView
from reader.ui.reading.word_panel import WordPanel

# After the article's first paint: cutting the text (~20 ms a page of Python, I/O thread)
# would otherwise compete with it for the GIL.
QUICK_DELAY_MS = 150


def quick_look(text: str) -> Analysis:
    """On the I/O thread: the text's provisional analysis."""
    from reader.core.analysis.quick import quick_analysis
    from reader.core.dictionaries.lexicon import bundled_lexicon

    return quick_analysis(text, bundled_lexicon())


def quick_look_of_file(path: Path) -> Analysis:
    """On the I/O thread: the provisional analysis of a file's text, as the library reads it
    (the same text the window then shows: its quick look applies as soon as it does)."""
    from reader.core.importers import import_file

    return quick_look(import_file(path, check_language=False).text)


class QuickCards(QObject):
    """Puts a provisional analysis in the view until the full one arrives (`on_analysed`)."""

    def __init__(
        self,
        context: WindowContext,
        view: ReadingView,
        panel: WordPanel,
        show_word: Callable[[int], None],
    ) -> None:
        super().__init__(context.window())
        self.context = context
        self.view = view
        self.panel = panel
        self.show_word = show_word
        self._generation = 0  # a newer text makes an older quick look stale
        # The quick look of the file the window opens with (prepare): whether it is on its
        # way, the analysis once done, and the generation of the text that waits for it.
        self._preparing = False
        self._prepared: Analysis | None = None
        self._waiting: tuple[int, str] | None = None

    @property
    def is_shown(self) -> bool:
        """Whether the view's words are the quick look's (their cards are refining)."""
        return self.view.is_quick_look

    def prepare(self, path: Path) -> None:
        """The quick look of the file the window opens with (its text already on the first
        page), computed while the library opens it: no paint to wait for."""
        self._preparing, self._prepared = True, None
        self.context.runner.run(
            lambda: quick_look_of_file(path),
            key="quick-look-first",
            on_done=self._on_prepared,
            on_failed=lambda _error: self._on_prepared(None),
        )

    def start(self, article: Article) -> None:
        """A new text shown: its quick look, unless the full analysis comes first."""
        self._generation += 1
        generation, text = self._generation, article.text
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared.text == text:
            self._on_quick_look_done(generation, prepared)
        elif self._preparing:
            self._waiting = (generation, text)  # _on_prepared shows it
        else:
            self._later(generation, text)

    def _later(self, generation: int, text: str) -> None:
        QTimer.singleShot(QUICK_DELAY_MS, self, lambda: self._run(generation, text))

    def _on_prepared(self, analysis: Analysis | None) -> None:
        """The first file's quick look (None: it failed; the text's own is made instead)."""
        self._preparing = False
        waiting, self._waiting = self._waiting, None
        if waiting is None:
            self._prepared = analysis
        elif analysis is not None and analysis.text == waiting[1]:
            self._on_quick_look_done(waiting[0], analysis)
        else:
            self._later(*waiting)

    def _run(self, generation: int, text: str) -> None:
        if generation != self._generation or self.view.is_clickable:
            return
        self.context.runner.run(
            lambda: quick_look(text),
            key="quick-look",
            on_done=lambda analysis: self._on_quick_look_done(generation, analysis),
            on_failed=self._on_quick_look_failed,
        )

    def _on_quick_look_done(self, generation: int, analysis: Analysis) -> None:
        if generation != self._generation or self.view.is_clickable:
            return  # another text, or the full analysis (from the cache) came first
        self.view.set_analysis(analysis, provisional=True)

    def _on_quick_look_failed(self, error: TaskError) -> None:
        # Not shown: the full analysis still comes and makes the words clickable.
        self.context.set_status(self.tr("Words clickable once analysed: %s") % error.message)

    def on_analysed(self, analysis: Analysis) -> None:
        """The full analysis is in: the quick card on show becomes the full card."""
        info = self.panel.info
        if info is None or not self.panel.is_refining:
            return
        token = analysis.token_at(info.token.start)
        self.panel.clear()  # a new card, not an edit of the quick one
        if token is not None and token.is_word:
            self.show_word(token.index)
