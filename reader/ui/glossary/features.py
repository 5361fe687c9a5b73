"""Glossary actions in the window: saving the card's word, edits in the glossary table,
deleting a word (with undo) and restoring it, and a word's contexts dialog.

The entries themselves live in GlossaryModel (model.py), the table in view.py; this module
takes them and the card's requests to the database through the task runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from reader.core.models import EntryDraft, GlossaryEntry, Status, WordInfo
from reader.ui.common.context import WindowContext
from reader.ui.glossary.model import STATUS, GlossaryModel
from reader.ui.glossary.view import GlossaryView
from reader.ui.reading.card_glosser import CardGlosser
from reader.ui.reading.word_panel import CardEdits
from reader.ui.reading.word_statuses import WordStatuses, entry_change

if TYPE_CHECKING:
    from reader.core.store import Database


def save_word(
    store: Database, draft: EntryDraft, edits: CardEdits, saved: GlossaryEntry | None
) -> GlossaryEntry:
    """Runs on the database thread: save a new word, or add this sentence to a saved one and
    apply what the learner typed."""
    entry = store.glossary.save(draft)
    if saved is None and not edits.translation:
        return entry
    return store.glossary.update(
        entry.id,
        translation=edits.translation,
        notes=edits.notes,
        tags=edits.tags,
        status=edits.status,
    )


class GlossaryActions(QObject):
    """Save, edit, delete and restore glossary entries."""

    context_open_requested = Signal(object)  # Context: open its text at that sentence

    def __init__(
        self,
        context: WindowContext,
        glossary: GlossaryModel,
        view: GlossaryView,
        glosser: CardGlosser,
        statuses: WordStatuses,
    ) -> None:
        super().__init__(context.window())
        self.context = context
        self.glossary = glossary
        self.view = view
        self.glosser = glosser
        self.statuses = statuses
        glossary.edit_requested.connect(self._on_glossary_edit_requested)
        view.delete_requested.connect(self._on_view_delete_requested)
        view.entry_activated.connect(self._on_view_entry_activated)

    # -- saving the card's word ----------------------------------------------------------------

    def save_card_word(self, info: WordInfo, edits: CardEdits) -> None:
        """The card's Save: the word in its sentence, with what the learner typed."""
        draft = self.glosser.draft(
            info,
            article=self.context.article,
            translation=edits.translation,
            notes=edits.notes,
            tags=edits.tags,
        )
        self.context.runner.run_db(
            lambda store: save_word(store, draft, edits, info.saved),
            on_done=self.show_saved,
            on_failed=self.context.show_error,
        )

    def show_saved(self, entry: GlossaryEntry) -> None:
        """A word just saved (from the card, or a teacher's list): in the table and colours;
        an expression of the learner's own is looked for in the text again."""
        self.glossary.upsert(entry)
        if entry.pattern:
            self.statuses.reload()
        else:
            self.statuses.follow([entry_change(entry.lemma, entry.status)])
        self.context.set_status(self.tr("Saved “%s” to your glossary.") % entry.lemma)

    # -- the glossary table --------------------------------------------------------------------

    def _on_glossary_edit_requested(self, entry: GlossaryEntry, column: int, value: Any) -> None:
        field = "status" if column == STATUS else "translation"
        self.context.runner.run_db(
            lambda store: store.glossary.update(entry.id, **{field: value}),
            on_done=self._on_entry_edited,
            on_failed=self.context.show_error,
        )

    def _on_entry_edited(self, entry: GlossaryEntry) -> None:
        self.glossary.upsert(entry)
        self.statuses.follow([entry_change(entry.lemma, entry.status)])

    def _on_view_delete_requested(self, entry: GlossaryEntry) -> None:
        answer = QMessageBox.question(
            self.context.window(),
            self.tr("Delete word"),
            self.tr("Delete “%s” from your glossary, with the sentences you met it in?")
            % entry.lemma,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.context.runner.run_db(
                lambda store: (
                    store.glossary.delete(entry.id),
                    store.learning.status_of(entry.lemma),
                ),
                on_done=self._on_entry_deleted,
                on_failed=self.context.show_error,
            )

    def _on_entry_deleted(self, deleted: tuple[GlossaryEntry, Status]) -> None:
        entry, status = deleted
        self.glossary.remove(entry.id)
        self._follow(entry, status)
        self.context.history.push(self.tr("Delete"), lambda: self._restore_entry(entry))
        self.context.set_status(self.tr("Deleted “%s”.") % entry.lemma)

    def _restore_entry(self, entry: GlossaryEntry) -> None:
        self.context.runner.run_db(
            lambda store: store.glossary.restore(entry),
            on_done=self._on_entry_restored,
            on_failed=self.context.show_error,
        )

    def _on_entry_restored(self, entry: GlossaryEntry) -> None:
        self.glossary.upsert(entry)
        self._follow(entry, entry.status)
        self.view.select_entry(entry.id)
        self.context.set_status(self.tr("Restored “%s”.") % entry.lemma)

    def _follow(self, entry: GlossaryEntry, status: Status) -> None:
        """Colours after an entry went or came back: an expression of the learner's own is
        looked for in the text again (its words become single words, or a unit again)."""
        if entry.pattern:
            self.statuses.reload()
        else:
            self.statuses.follow([entry_change(entry.lemma, status)])

    def _on_view_entry_activated(self, entry: GlossaryEntry) -> None:
        # Here, not at start-up: the dialog is built on first use (issue 14).
        from reader.ui.glossary.contexts_dialog import ContextsDialog

        dialog = ContextsDialog(entry, self.context.window())
        dialog.open_requested.connect(self.context_open_requested)
        dialog.open()
