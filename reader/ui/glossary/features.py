"""The window's glossary actions: saving the card's word, edits in the glossary table,
deleting a word (with undo) and restoring it, and a word's contexts dialog.

The entries themselves live in GlossaryModel (glossary_model.py), the table in glossary_view;
this module wires them and the card to the database through the task runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from reader.core.models import GlossaryEntry, Status, WordInfo
from reader.ui.glossary.contexts_dialog import ContextsDialog
from reader.ui.glossary.model import STATUS
from reader.ui.reading import operations
from reader.ui.reading.word_panel import CardEdits
from reader.ui.reading.word_statuses import entry_change

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class GlossaryFeatures(QObject):
    """Save, edit, delete and restore glossary entries for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.word_panel.save_requested.connect(self._on_word_panel_save_requested)
        window.glossary.edit_requested.connect(self._on_glossary_edit_requested)
        window.glossary.entries_changed.connect(self._on_glossary_entries_changed)
        window.glossary_view.delete_requested.connect(self._on_glossary_view_delete_requested)
        window.glossary_view.entry_activated.connect(self._on_glossary_view_entry_activated)

    # -- saving the card's word ----------------------------------------------------------------

    def _on_word_panel_save_requested(self, info: WordInfo, edits: CardEdits) -> None:
        window = self.window
        if window.glosser is None:
            window.glosser = operations.make_glosser(window.data_dir)
        draft = window.glosser.draft(
            info,
            translation=edits.translation,
            notes=edits.notes,
            tags=edits.tags,
            article=window.article,
        )
        window.runner.run_db(
            lambda store: operations.save_word(store, draft, edits, info.saved),
            on_done=self.on_word_saved,
            on_failed=window.show_error,
        )

    def on_word_saved(self, entry: GlossaryEntry) -> None:
        self.window.glossary.upsert(entry)
        self.window.word_statuses.follow([entry_change(entry.lemma, entry.status)])
        self.window.set_status(self.tr("Saved “%s” to your glossary.") % entry.lemma)

    def refresh_card(self) -> None:
        window = self.window
        info = window.word_panel.info
        if info is not None and window.reading_view.analysis is not None:
            fresh = window.explain(info.token.index)
            if fresh is not None:
                window.word_panel.show_word(fresh)
                window.word_panel.show_status(window.word_statuses.status_at(info.token.index))

    # -- the glossary table --------------------------------------------------------------------

    def _on_glossary_entries_changed(self) -> None:
        self.refresh_card()
        self.window.review_view.count_due()  # saved, deleted, imported or reviewed words

    def _on_glossary_edit_requested(self, entry: GlossaryEntry, column: int, value: Any) -> None:
        field = "status" if column == STATUS else "translation"
        self.window.runner.run_db(
            lambda store: store.glossary.update(entry.id, **{field: value}),
            on_done=self._on_entry_edited,
            on_failed=self.window.show_error,
        )

    def _on_entry_edited(self, entry: GlossaryEntry) -> None:
        self.window.glossary.upsert(entry)
        self.window.word_statuses.follow([entry_change(entry.lemma, entry.status)])

    def _on_glossary_view_delete_requested(self, entry: GlossaryEntry) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete word"),
            self.tr("Delete “%s” from your glossary, with the sentences you met it in?")
            % entry.lemma,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.runner.run_db(
                lambda store: (
                    store.glossary.delete(entry.id),
                    store.learning.status_of(entry.lemma),
                ),
                on_done=self._on_entry_deleted,
                on_failed=self.window.show_error,
            )

    def _on_entry_deleted(self, deleted: tuple[GlossaryEntry, Status]) -> None:
        entry, status = deleted
        window = self.window
        window.glossary.remove(entry.id)
        window.word_statuses.follow([entry_change(entry.lemma, status)])
        window.history.push(self.tr("Delete"), lambda: self._restore_entry(entry))
        window.set_status(self.tr("Deleted “%s”.") % entry.lemma)

    def _restore_entry(self, entry: GlossaryEntry) -> None:
        self.window.runner.run_db(
            lambda store: store.glossary.restore(entry),
            on_done=self._on_entry_restored,
            on_failed=self.window.show_error,
        )

    def _on_entry_restored(self, entry: GlossaryEntry) -> None:
        window = self.window
        window.glossary.upsert(entry)
        window.word_statuses.follow([entry_change(entry.lemma, entry.status)])
        window.glossary_view.select_entry(entry.id)
        window.set_status(self.tr("Restored “%s”.") % entry.lemma)

    def _on_glossary_view_entry_activated(self, entry: GlossaryEntry) -> None:
        dialog = ContextsDialog(entry, self.window)
        dialog.open_requested.connect(self.window.files.open_context)
        dialog.open()
