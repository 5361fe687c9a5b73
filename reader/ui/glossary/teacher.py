"""The teacher's glossary on the student's side: the words of lists imported from list files,
loaded for the word card (a translation source) and the Glossary tab (a list filter), and saved
into the learner's glossary from the card (one word) or from a list (all of its words).

The words live in GlossaryModel beside the entries; the rules are the core's (teacher_words,
reading_lists.adopt_list_words).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.core.models import GlossaryEntry, Translation, WordInfo
from reader.ui.reading import operations
from reader.ui.reading.word_statuses import entry_change

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class TeacherFeatures(QObject):
    """Loads the teachers' words and saves them into the glossary for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.word_panel.teacher_save_requested.connect(self._on_word_panel_teacher_save)
        window.glossary_view.adopt_requested.connect(self.adopt)
        window.glossary.teacher_words_changed.connect(window.glossary_actions.refresh_card)
        lists = window.library.lists_view
        lists.lists_changed.connect(self.reload)
        lists.adopt_requested.connect(self.adopt)
        self.reload()

    def reload(self) -> None:
        """Read the teachers' words again (a list imported, renamed, deleted or edited)."""
        self.window.runner.run_db(
            lambda store: store.handouts.teacher_words(),
            key="teacher-words",
            on_done=self.window.glossary.set_teacher_words,
            on_failed=self.window.show_error,
        )

    def adopt(self, list_id: int, lemmas: Sequence[str] | None) -> None:
        """Save a teacher's list's words (or only these lemmas) to the learner's glossary."""
        from reader.core.teaching.reading_lists import adopt_list_words

        self.window.runner.run_db(
            lambda store: adopt_list_words(store, list_id, lemmas),
            on_done=self._on_words_adopted,
            on_failed=self.window.show_error,
        )

    def _on_words_adopted(self, entries: list[GlossaryEntry]) -> None:
        window = self.window
        if not entries:
            window.set_status(self.tr("The list has no glossary words yet: make its handout."))
            return
        for entry in entries:
            window.glossary.upsert(entry)
        window.word_statuses.follow([entry_change(e.lemma, e.status) for e in entries])
        if len(entries) == 1:
            window.set_status(self.tr("Saved “%s” to your glossary.") % entries[0].lemma)
        else:
            window.set_status(self.tr("Saved %d words to your glossary.") % len(entries))

    def _on_word_panel_teacher_save(self, info: WordInfo, teacher: Translation) -> None:
        """The card's word, with the teacher's translation and the list as a tag, and the
        sentence it is read in."""
        window = self.window
        if window.glosser is None:
            window.glosser = operations.make_glosser(window.data_dir)
        draft = window.glosser.draft(
            info,
            translation="; ".join(teacher.senses),
            tags=(teacher.origin,),
            article=window.article,
        )
        window.runner.run_db(
            lambda store: store.glossary.save(draft),
            on_done=window.glossary_actions.on_word_saved,
            on_failed=window.show_error,
        )
