"""The conjugation table of the verb on the word card, built off the GUI thread (the first
table reads the Lefff file, about 50 ms) and shown with the clicked form highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.ui.common.context import WindowContext
from reader.ui.common.tasks import TaskError
from reader.ui.reading.word_panel import WordPanel

if TYPE_CHECKING:
    from reader.core.grammar import Conjugation
    from reader.core.models import WordInfo

CardTable = tuple["Conjugation", list[tuple[int, int]]]  # the table, the clicked form's cells


def conjugation_table(lemma: str, form: str, morph: dict[str, str]) -> CardTable:
    """Runs on the I/O thread: the table and the cells of the clicked form."""
    # Not at start-up: the window may never need it.
    from reader.core.grammar import table_for_card

    return table_for_card(lemma, form, morph)


class ConjugationTables(QObject):
    """Answers the card's conjugation requests through the task runner."""

    def __init__(self, context: WindowContext, panel: WordPanel) -> None:
        super().__init__(context.window())
        self.context = context
        self.panel = panel
        self.tools = panel.tools
        self.tools.conjugation_requested.connect(self._on_tools_conjugation_requested)

    def toggle(self) -> None:
        """Word ▸ Conjugation (C): show or hide the table of the card's verb."""
        if self.panel.info is not None:
            self.tools.toggle_conjugation()

    def _on_tools_conjugation_requested(self, info: WordInfo) -> None:
        # a helper word's card (allons of «allons voir») conjugates the word itself: aller
        form = info.token.text if info.group_lemma else info.form
        lemma, morph = info.lemma, dict(info.token.morph)
        self.context.runner.run(
            lambda: conjugation_table(lemma, form, morph),
            key="conjugation",
            on_done=self._on_table_done,
            on_failed=self._on_table_failed,
        )

    def _on_table_done(self, result: CardTable) -> None:
        table, marked = result
        self.tools.conjugation.show_table(table, marked)

    def _on_table_failed(self, error: TaskError) -> None:
        self.tools.conjugation.show_message(error.message)
