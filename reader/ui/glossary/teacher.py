"""The teacher's glossary on the student's side: the words of lists imported from list files,
loaded for the word card (a translation source) and the Glossary tab (a list filter), and saved
into the learner's glossary from the card (one word) or from a list (all of its words).

The words live in GlossaryModel beside the entries; the rules are the core's (lookup.teacher,
teaching.reading_lists.adopt_list_words).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from reader.core.models import GlossaryEntry, Translation, WordInfo
from reader.ui.common.context import WindowContext
from reader.ui.glossary.model import GlossaryModel
from reader.ui.reading.card_glosser import CardGlosser
from reader.ui.reading.word_statuses import WordStatuses, entry_change


class TeacherWords(QObject):
    """Loads the teachers' words and saves them into the glossary."""

    word_saved = Signal(object)  # GlossaryEntry: the card's word, saved with the teacher's words

    def __init__(
        self,
        context: WindowContext,
        glossary: GlossaryModel,
        glosser: CardGlosser,
        statuses: WordStatuses,
    ) -> None:
        super().__init__(context.window())
        self.context = context
        self.glossary = glossary
        self.glosser = glosser
        self.statuses = statuses

    def reload(self) -> None:
        """Read the teachers' words again (a list imported, renamed, deleted or edited)."""
        self.context.runner.run_db(
            lambda store: store.handouts.teacher_words(),
            key="teacher-words",
            on_done=self.glossary.set_teacher_words,
            on_failed=self.context.show_error,
        )

    def adopt(self, list_id: int, lemmas: Sequence[str] | None) -> None:
        """Save a teacher's list's words (or only these lemmas) to the learner's glossary."""
        # Not at start-up: the window may never need it.
        from reader.core.teaching import adopt_list_words

        self.context.runner.run_db(
            lambda store: adopt_list_words(store, list_id, lemmas),
            on_done=self._on_words_adopted,
            on_failed=self.context.show_error,
        )

    def _on_words_adopted(self, entries: list[GlossaryEntry]) -> None:
        context = self.context
        if not entries:
            context.set_status(self.tr("The list has no glossary words yet: make its handout."))
            return
        for entry in entries:
            self.glossary.upsert(entry)
        self.statuses.follow([entry_change(e.lemma, e.status) for e in entries])
        if len(entries) == 1:
            context.set_status(self.tr("Saved “%s” to your glossary.") % entries[0].lemma)
        else:
            context.set_status(self.tr("Saved %d words to your glossary.") % len(entries))

    def save_card_word(self, info: WordInfo, teacher: Translation) -> None:
        """The card's word, with the teacher's translation and the list as a tag, and the
        sentence it is read in."""
        draft = self.glosser.draft(
            info,
            article=self.context.article,
            translation="; ".join(teacher.senses),
            tags=(teacher.origin,),
        )
        self.context.runner.run_db(
            lambda store: store.glossary.save(draft),
            on_done=self.word_saved.emit,
            on_failed=self.context.show_error,
        )
