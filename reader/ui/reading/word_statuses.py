"""The statuses of the words of the article shown: loaded once per analysis, then changed by
lemma, repainting only the words of the lemmas that changed (never a new analysis).

Every change goes through the task runner's database thread; the ones the learner makes here
(a status key, "mark the rest as known") can be undone from the window's undo history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.core.models import Analysis, Expression, Status
from reader.core.store import StatusChange, lemma_key
from reader.ui.common.tasks import TaskRunner
from reader.ui.common.undo import UndoHistory
from reader.ui.reading.reading_view import ReadingView

if TYPE_CHECKING:
    from reader.core.learning import ArticleStats, StatusIndex
    from reader.core.store import Database


class ArticleStatuses:
    """Word token index -> status for one analysed text, and the lemma statuses behind it;
    the learner's own expressions found in the text (terms)."""

    def __init__(
        self,
        analysis: Analysis,
        index: StatusIndex,
        marked: Mapping[str, Status],
        terms: Sequence[Expression] = (),
    ) -> None:
        self.analysis = analysis
        self.index = index
        self.terms = tuple(terms)
        self.marked = dict(marked)  # lemma key -> status, new lemmas left out
        self.statuses = index.statuses(self.marked)

    def apply(self, changes: Sequence[StatusChange]) -> list[int]:
        """Take in changes; returns the word tokens whose colour changed."""
        for change in changes:
            if change.after is Status.NEW:
                self.marked.pop(change.lemma, None)
            else:
                self.marked[change.lemma] = change.after
        return self.index.apply(self.statuses, changes)

    def lemma_at(self, token_index: int) -> str:
        """The lemma a status given to this word goes to: its expression's, else its own."""
        # Not at start-up: it brings the importers' parsers and wordfreq's lists.
        from reader.core.learning import status_lemma

        token = self.analysis.tokens[token_index]
        return lemma_key(status_lemma(self.analysis, token, self.terms))

    def lemma_status(self, lemma: str) -> Status:
        return self.marked.get(lemma_key(lemma), Status.NEW)

    def new_lemmas(self) -> list[str]:
        return self.index.new_lemmas(self.statuses, None)

    def stats(self) -> ArticleStats:
        return self.index.stats(self.marked)


def load_article_statuses(store: Database, analysis: Analysis) -> ArticleStatuses:
    """Runs on the database thread: the learner's own expressions found in the text, then
    one query for every lemma of the text."""
    # Not at start-up: it brings the importers' parsers and wordfreq's lists.
    from reader.core.analysis.expressions import Term, find_terms
    from reader.core.learning import StatusIndex

    terms = find_terms(
        analysis, [Term(lemma, pattern) for lemma, pattern in store.glossary.terms()]
    )
    index = StatusIndex(analysis, terms)
    return ArticleStatuses(analysis, index, store.learning.statuses_of(index.lemmas), terms)


def mark_rest_known(store: Database, article: ArticleStatuses) -> list[StatusChange]:
    # Not at start-up: it brings the importers' parsers and wordfreq's lists.
    from reader.core.learning import mark_rest_known as mark

    return mark(store, article.analysis, index=article.index)


class WordStatuses(QObject):
    """Keeps the reading view's colours equal to the statuses in the glossary database."""

    changed = Signal(object)  # list[StatusChange], already applied to the article shown
    loaded = Signal()
    failed = Signal(object)  # TaskError

    def __init__(
        self,
        runner: TaskRunner,
        view: ReadingView,
        history: UndoHistory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.view = view
        self.history = history
        self.article: ArticleStatuses | None = None

    # -- the article shown ---------------------------------------------------------------------

    def clear(self) -> None:
        self.article = None

    def load(self, analysis: Analysis) -> None:
        self.article = None
        self.runner.run_db(
            lambda store: load_article_statuses(store, analysis),
            key="statuses",
            on_done=self._on_loaded,
            on_failed=self.failed.emit,
        )

    def reload(self) -> None:
        """After many changes made elsewhere (an import): all statuses again."""
        if self.view.is_clickable and self.view.analysis is not None:  # not the quick look's
            self.load(self.view.analysis)

    def _on_loaded(self, article: ArticleStatuses) -> None:
        if article.analysis is not self.view.analysis:
            return  # another article is shown by now
        self.article = article
        self.view.set_terms(article.terms)
        self.view.set_word_statuses(article.statuses)
        self.loaded.emit()

    def status_at(self, token_index: int) -> Status | None:
        if self.article is None:
            return None
        return self.article.statuses.get(token_index)

    def status_of(self, lemma: str) -> Status | None:
        """A lemma's status (an expression's: the card shows it), None while loading."""
        return None if self.article is None else self.article.lemma_status(lemma)

    @property
    def terms(self) -> tuple[Expression, ...]:
        """The learner's own expressions found in the article shown."""
        return () if self.article is None else self.article.terms

    # -- changes -------------------------------------------------------------------------------

    def set_status(self, token_index: int, status: Status, label: str) -> None:
        """Give the lemma of a word a status: every form of it in the text follows."""
        if self.article is None:
            return
        self.set_lemma_status(self.article.lemma_at(token_index), status, label)

    def set_lemma_status(self, lemma: str, status: Status, label: str) -> None:
        """Give a lemma (a word's, or an expression's) a status; its words follow."""
        if self.article is None:
            return
        self.runner.run_db(
            lambda store: store.learning.set_status([lemma], status),
            on_done=lambda changes: self._on_stored(changes, label),
            on_failed=self.failed.emit,
        )

    def mark_rest_known(self, label: str) -> None:
        article = self.article
        if article is None:
            return
        self.runner.run_db(
            lambda store: mark_rest_known(store, article),
            on_done=lambda changes: self._on_stored(changes, label),
            on_failed=self.failed.emit,
        )

    def follow(self, changes: Sequence[StatusChange]) -> None:
        """Show changes made elsewhere (saving, deleting, reviewing): repaint their words."""
        if self.article is not None:
            self.view.repaint_words(self.article.apply(changes))
        self.changed.emit(list(changes))

    def _on_stored(self, changes: list[StatusChange], label: str) -> None:
        self.follow(changes)
        if changes:
            self.history.push(label, lambda: self._undo(changes))

    def _undo(self, changes: list[StatusChange]) -> None:
        self.runner.run_db(
            lambda store: store.learning.undo_status_changes(changes),
            on_done=self.follow,
            on_failed=self.failed.emit,
        )


def entry_change(lemma: str, status: Status) -> StatusChange:
    """A change known only by its result (an entry saved or restored): enough to repaint."""
    return StatusChange(lemma_key(lemma), Status.NEW, status)
