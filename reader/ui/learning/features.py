"""Learning in the window: word statuses (keys, "mark the rest as known", the article's
numbers, colouring on or off), the review tab's results, export and import of words, and the
progress dialog.

The statuses themselves live in WordStatuses (reading/word_statuses.py); the screens in
review_view, export_dialog and stats_view. This module takes their requests to the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from reader.core.models import Status
from reader.core.store import StatusChange
from reader.ui.common.context import WindowContext
from reader.ui.common.file_dialogs import FileKind, choose_file
from reader.ui.common.labels import status_label
from reader.ui.common.tasks import Task, TaskError
from reader.ui.glossary.model import GlossaryModel
from reader.ui.learning.review_view import ReviewView
from reader.ui.reading.reading_view import ReadingView
from reader.ui.reading.word_panel import WordPanel
from reader.ui.reading.word_statuses import WordStatuses

if TYPE_CHECKING:
    from reader.core.exports import ExportResult
    from reader.core.learning import ImportResult, ReviewOutcome

IMPORT_FILTER = "Word lists and Kindle vocabulary (*.csv *.tsv *.txt *.db);;All files (*)"


class LearningActions(QObject):
    """Statuses, review, export and import."""

    exported = Signal()  # the glossary was written to a file

    def __init__(
        self,
        context: WindowContext,
        *,
        statuses: WordStatuses,
        view: ReadingView,
        panel: WordPanel,
        glossary: GlossaryModel,
        review: ReviewView,
        article_stats: QLabel,
        mark_known_button: QPushButton,
    ) -> None:
        super().__init__(context.window())
        self.context = context
        self.statuses = statuses
        self.view = view
        self.panel = panel
        self.glossary = glossary
        self.review = review
        self.article_stats = article_stats
        self.mark_known_button = mark_known_button
        self.import_task: Task | None = None
        statuses.loaded.connect(self._on_word_statuses_loaded)
        statuses.changed.connect(self._on_word_statuses_changed)
        statuses.failed.connect(context.show_error)
        mark_known_button.clicked.connect(self.mark_rest_known)
        review.reviewed.connect(self._on_review_view_reviewed)
        review.failed.connect(context.show_error)
        review.sentence_mode.setChecked(context.settings.review_from_sentence)
        review.sentence_mode.toggled.connect(self._on_review_mode_toggled)

    # -- statuses ------------------------------------------------------------------------------

    def set_word_status(self, status: Status) -> None:
        """Give the lemma of the word on the card a status (a status key or button)."""
        info = self.panel.info
        if info is None:
            return
        if self.statuses.article is None:
            self.context.set_status(
                self.tr("The words get their statuses once the analysis is done.")
            )
            return
        if info.expression is not None:  # the card's expression, not the word clicked
            self.statuses.set_lemma_status(info.entry_lemma, status, self.tr("Status Change"))
        else:
            self.statuses.set_status(info.token.index, status, self.tr("Status Change"))

    def mark_rest_known(self) -> None:
        """Every word still new in the article becomes known, after a confirmation."""
        context = self.context
        article = self.statuses.article
        if article is None:
            context.set_status(self.tr("The words get their statuses once the analysis is done."))
            return
        count = len(article.new_lemmas())
        if count == 0:
            context.set_status(self.tr("No new words are left in this article."))
            return
        answer = QMessageBox.question(
            context.window(),
            self.tr("Mark the rest as known"),
            self.tr("Mark the %s words still new in this article as known?") % f"{count:,}"
            + "\n\n"
            + self.tr("Ctrl+Z takes it back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.statuses.mark_rest_known(self.tr("Mark as Known"))

    def toggle_colouring(self, enabled: bool) -> None:
        self.view.set_colouring(enabled)
        self.context.settings.colour_statuses = enabled

    def show_article_stats(self) -> None:
        """Under the article: words, lemmas, new ones, the share of the words known."""
        article = self.statuses.article
        self.mark_known_button.setEnabled(article is not None)
        if article is None:
            self.article_stats.setText("")
            return
        stats = article.stats()
        self.article_stats.setText(
            self.tr("%s words · %s lemmas · %s new · %d%% of the words known")
            % (
                f"{stats.words:,}",
                f"{stats.lemmas:,}",
                f"{stats.new_lemmas:,}",
                round(100 * stats.known_share),
            )
        )

    def _on_word_statuses_loaded(self) -> None:
        self.show_article_stats()
        self._show_card_status()

    def _on_word_statuses_changed(self, changes: list[StatusChange]) -> None:
        self.glossary.apply_statuses(changes)
        self.show_article_stats()
        self._show_card_status()
        changes = [change for change in changes if change.before is not change.after]
        if len(changes) == 1:
            change = changes[0]
            self.context.set_status(
                self.tr("“%s” is now %s.") % (change.lemma, status_label(change.after).lower())
            )
        elif changes:
            self.context.set_status(self.tr("%s words changed status.") % f"{len(changes):,}")

    def _show_card_status(self) -> None:
        info = self.panel.info
        if info is None:
            return
        if info.expression is not None:  # the expression's status, as the keys change it
            self.panel.show_status(self.statuses.status_of(info.entry_lemma))
        else:
            self.panel.show_status(self.statuses.status_at(info.token.index))

    # -- review --------------------------------------------------------------------------------

    def _on_review_view_reviewed(self, outcome: ReviewOutcome) -> None:
        self.glossary.upsert(outcome.entry)
        self.statuses.follow([outcome.change])

    def _on_review_mode_toggled(self, checked: bool) -> None:
        self.context.settings.review_from_sentence = checked

    # -- export, import, progress --------------------------------------------------------------

    def export_glossary(self) -> None:
        # Not at start-up: the window may never need it.
        from reader.ui.learning.export_dialog import ExportDialog

        context = self.context
        dialog = ExportDialog(context.runner, context.settings, context.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.open()

    def _on_export_dialog_exported(self, result: ExportResult) -> None:
        count = (
            self.tr("1 word") if result.count == 1 else self.tr("%s words") % f"{result.count:,}"
        )
        self.context.set_status(self.tr("Exported %s to %s.") % (count, result.path))
        self.exported.emit()

    def import_words(self) -> None:
        context = self.context
        title = self.tr("Import words into your glossary")
        path = choose_file(
            context.window(), context.settings, FileKind.WORD_LISTS, title, IMPORT_FILTER
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import a word list or Kindle vocab.db in the worker process (spaCy analyses every
        word); the status bar shows its progress after 600 ms, and Stop cancels it."""
        context = self.context
        if self.import_task is not None:
            self.import_task.cancel()
        context.set_status(self.tr("Importing words from %s…") % path.name)
        self.import_task = context.runner.import_words(
            path,
            context.data_dir,
            on_done=lambda result: self._on_words_imported(path, result),
            on_failed=self._on_import_failed,
            progress=context.status_progress,
        )

    def stop_import(self) -> bool:
        """Cancel a running import (the status bar's Stop); nothing is saved then."""
        if self.import_task is None:
            return False
        self.import_task.cancel()
        self.import_task = None
        self.context.set_status(self.tr("Import stopped: no words were added."))
        return True

    def _on_import_failed(self, error: TaskError) -> None:
        self.import_task = None
        self.context.show_error(error)

    def _on_words_imported(self, path: Path, result: ImportResult) -> None:
        context = self.context
        self.import_task = None
        context.runner.run_db(
            lambda store: store.glossary.entries(),
            key="entries",
            on_done=self.glossary.set_entries,
            on_failed=context.show_error,
        )
        self.statuses.reload()
        summary = self.tr("Imported %d words from %s: %d new, %d added to words you had.") % (
            len(result.entries),
            path.name,
            result.added,
            result.merged,
        )
        context.set_status(summary)
        box = QMessageBox(context.window())
        box.setObjectName("importSummary")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import words"))
        box.setText(summary)
        if result.skipped:
            box.setInformativeText(self.tr("%d lines were left out.") % len(result.skipped))
            box.setDetailedText("\n".join(result.skipped))
        box.open()

    def show_progress(self) -> None:
        # Not at start-up: the window may never need it.
        from reader.ui.learning.stats_view import StatsDialog

        dialog = StatsDialog(self.context.runner, self.context.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
