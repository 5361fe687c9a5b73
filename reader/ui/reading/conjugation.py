"""The conjugation table of the verb on the word card, built off the GUI thread (the first
table reads the Lefff file, about 50 ms) and shown with the clicked form highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.ui.common.tasks import TaskError

if TYPE_CHECKING:
    from reader.core.models import WordInfo
    from reader.ui.main_window import MainWindow


def conjugation_table(lemma: str, form: str, morph: dict[str, str]) -> Any:
    from reader.core.grammar.conjugator import table_for_card

    return table_for_card(lemma, form, morph)


class ConjugationFeatures:
    """Answers the card's conjugation requests through the task runner."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.tools = window.word_panel.tools
        self.tools.conjugation_requested.connect(self._on_tools_conjugation_requested)

    def toggle(self) -> None:
        if self.window.word_panel.info is not None:
            self.tools.toggle_conjugation()

    def _on_tools_conjugation_requested(self, info: WordInfo) -> None:
        lemma, form, morph = info.lemma, info.form, dict(info.token.morph)
        self.window.runner.run(
            lambda: conjugation_table(lemma, form, morph),
            key="conjugation",
            on_done=self._on_table_done,
            on_failed=self._on_table_failed,
        )

    def _on_table_done(self, result: Any) -> None:
        table, marked = result
        self.tools.conjugation.show_table(table, marked)

    def _on_table_failed(self, error: TaskError) -> None:
        self.tools.conjugation.show_message(error.message)


def add_conjugation_action(window: MainWindow, menu: QMenu) -> None:
    """Word ▸ Conjugation (C): a plain key, working in the reading tab like the status keys."""
    text = window.tr("&Conjugation")
    item = QAction(f"{text}\tC", window)
    item.triggered.connect(window.conjugation.toggle)
    menu.addAction(item)
    shortcut = QAction(text, window)
    shortcut.setShortcut(QKeySequence("C"))
    shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.triggered.connect(window.conjugation.toggle)
    window.splitter.addAction(shortcut)
