"""The window's learning actions: word statuses (keys, "mark the rest as known", the
article's numbers, colouring on or off), the review tab's results, export and import of
words, and the progress dialog.

The statuses themselves live in WordStatuses (word_statuses.py); the screens in review_view,
export_dialog and stats_view. This module wires them to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from reader.core.models import Status
from reader.core.store import StatusChange
from reader.ui.common.file_dialogs import FileKind, choose_file
from reader.ui.common.labels import status_label
from reader.ui.common.tasks import Task, TaskError

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

IMPORT_FILTER = "Word lists and Kindle vocabulary (*.csv *.tsv *.txt *.db);;All files (*)"


class LearningFeatures(QObject):
    """Statuses, review, export and import for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_task: Task | None = None
        statuses, review = window.word_statuses, window.review_view
        statuses.loaded.connect(self._on_word_statuses_loaded)
        statuses.changed.connect(self._on_word_statuses_changed)
        statuses.failed.connect(window.show_error)
        window.word_panel.status_requested.connect(self.set_word_status)
        window.mark_known_button.clicked.connect(self.mark_rest_known)
        review.reviewed.connect(self._on_review_view_reviewed)
        review.due_count_changed.connect(self._on_review_view_due_count_changed)
        review.failed.connect(window.show_error)
        review.sentence_mode.setChecked(window.settings.review_from_sentence)
        review.sentence_mode.toggled.connect(self._on_review_mode_toggled)

    # -- statuses ------------------------------------------------------------------------------

    def set_word_status(self, status: Status) -> None:
        """Give the lemma of the word on the card a status (a status key or button)."""
        window = self.window
        info = window.word_panel.info
        if info is None or window.tabs.currentWidget() is not window.splitter:
            return
        if window.word_statuses.article is None:
            window.set_status(self.tr("The words get their statuses once the analysis is done."))
            return
        window.word_statuses.set_status(info.token.index, status, self.tr("Status Change"))

    def mark_rest_known(self) -> None:
        """Every word still new in the article becomes known, after a confirmation."""
        window = self.window
        article = window.word_statuses.article
        if article is None:
            window.set_status(self.tr("The words get their statuses once the analysis is done."))
            return
        count = len(article.new_lemmas())
        if count == 0:
            window.set_status(self.tr("No new words are left in this article."))
            return
        answer = QMessageBox.question(
            window,
            self.tr("Mark the rest as known"),
            self.tr("Mark the %s words still new in this article as known?") % f"{count:,}"
            + "\n\n"
            + self.tr("Ctrl+Z takes it back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            window.word_statuses.mark_rest_known(self.tr("Mark as Known"))

    def toggle_colouring(self, enabled: bool) -> None:
        self.window.reading_view.set_colouring(enabled)
        self.window.settings.colour_statuses = enabled

    def show_article_stats(self) -> None:
        """Under the article: words, lemmas, new ones, the share of the words known."""
        window = self.window
        article = window.word_statuses.article
        window.mark_known_button.setEnabled(article is not None)
        if article is None:
            window.article_stats.setText("")
            return
        stats = article.stats()
        window.article_stats.setText(
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
        window = self.window
        window.glossary.apply_statuses(changes)
        self.show_article_stats()
        self._show_card_status()
        changes = [change for change in changes if change.before is not change.after]
        if len(changes) == 1:
            change = changes[0]
            window.set_status(
                self.tr("“%s” is now %s.") % (change.lemma, status_label(change.after).lower())
            )
        elif changes:
            window.set_status(self.tr("%s words changed status.") % f"{len(changes):,}")

    def _show_card_status(self) -> None:
        info = self.window.word_panel.info
        if info is not None:
            status = self.window.word_statuses.status_at(info.token.index)
            self.window.word_panel.show_status(status)

    # -- review --------------------------------------------------------------------------------

    def _on_review_view_reviewed(self, outcome: Any) -> None:
        self.window.glossary.upsert(outcome.entry)
        self.window.word_statuses.follow([outcome.change])

    def _on_review_view_due_count_changed(self, count: int) -> None:
        tabs, review = self.window.tabs, self.window.review_view
        text = self.tr("Review · %d") % count if count else self.tr("Review")
        tabs.setTabText(tabs.indexOf(review), text)

    def _on_review_mode_toggled(self, checked: bool) -> None:
        self.window.settings.review_from_sentence = checked

    # -- export, import, progress --------------------------------------------------------------

    def export_glossary(self) -> None:
        from reader.ui.learning.export_dialog import ExportDialog

        window = self.window
        dialog = ExportDialog(window.runner, window.settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.open()

    def _on_export_dialog_exported(self, result: Any) -> None:
        count = (
            self.tr("1 word") if result.count == 1 else self.tr("%s words") % f"{result.count:,}"
        )
        self.window.set_status(self.tr("Exported %s to %s.") % (count, result.path))

    def import_words(self) -> None:
        window = self.window
        title = self.tr("Import words into your glossary")
        path = choose_file(window, window.settings, FileKind.WORD_LISTS, title, IMPORT_FILTER)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import a word list or Kindle vocab.db in the worker process (spaCy analyses every
        word); the status bar shows its progress after 600 ms, and Stop cancels it."""
        window = self.window
        if self.import_task is not None:
            self.import_task.cancel()
        window.set_status(self.tr("Importing words from %s…") % path.name)
        self.import_task = window.runner.import_words(
            path,
            window.data_dir,
            on_done=lambda result: self._on_words_imported(path, result),
            on_failed=self._on_import_failed,
            on_progress=window.article_analysis.show_progress_of_work,
        )
        window.article_analysis.start_progress()

    def stop_import(self) -> bool:
        """Cancel a running import (the Stop button); nothing is saved then."""
        if self.import_task is None:
            return False
        self.import_task.cancel()
        self.import_task = None
        self.window.set_status(self.tr("Import stopped: no words were added."))
        return True

    def _on_import_failed(self, error: TaskError) -> None:
        self.import_task = None
        self.window.article_analysis.hide_progress()
        self.window.show_error(error)

    def _on_words_imported(self, path: Path, result: Any) -> None:
        window = self.window
        self.import_task = None
        window.article_analysis.hide_progress()
        window.runner.run_db(
            lambda store: store.glossary.entries(),
            key="entries",
            on_done=window.glossary.set_entries,
            on_failed=window.show_error,
        )
        window.word_statuses.reload()
        summary = self.tr("Imported %d words from %s: %d new, %d added to words you had.") % (
            len(result.entries),
            path.name,
            result.added,
            result.merged,
        )
        window.set_status(summary)
        box = QMessageBox(window)
        box.setObjectName("importSummary")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import words"))
        box.setText(summary)
        if result.skipped:
            box.setInformativeText(self.tr("%d lines were left out.") % len(result.skipped))
            box.setDetailedText("\n".join(result.skipped))
        box.open()

    def show_progress(self) -> None:
        from reader.ui.learning.stats_view import StatsDialog

        dialog = StatsDialog(self.window.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
