"""The conjugation table on the word card: one tab per mood, each simple tense beside its
compound tense, the clicked form highlighted and its tab shown."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from reader.ui.common.naming import named
from reader.ui.common.theme import is_dark, themed_stylesheet

if TYPE_CHECKING:
    from reader.core.grammar import Conjugation

MARK_STYLE = "background-color:#fde68a; font-weight:600"
HEAD_STYLE = 'width="50%" style="color:#6b7280; padding-top:6px"'
# Infinitive and participles are short: they share a tab, with a short name that keeps the
# five tabs within the card's width.
SHARED_TAB = "Inf. · Part."
TAB_OF_MOOD = {"Infinitif": SHARED_TAB, "Participe": SHARED_TAB}


class ConjugationView(QWidget):
    """Shows one verb's table, or a short message (loading, not a verb)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conjugationView")
        self.title = named(QLabel(), "conjugationTitle")
        self.title.setWordWrap(True)
        self.tabs = named(QTabWidget(), "conjugationTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.tabs)
        self.table: Conjugation | None = None
        self.marked: list[tuple[int, int]] = []

    def show_message(self, text: str) -> None:
        self.table, self.marked = None, []
        self.title.setText(text)
        self.tabs.hide()

    def show_table(self, table: Conjugation, marked: list[tuple[int, int]]) -> None:
        from reader.core.grammar import layout  # not at start-up: the card may never need it

        self.table, self.marked = table, list(marked)
        self.title.setText(self._title(table))
        self.tabs.clear()
        pages: dict[str, list[str]] = {}
        for mood, rows in layout(table):
            pages.setdefault(TAB_OF_MOOD.get(mood, mood), []).append(self._mood_html(mood, rows))
        first_marked = table.tenses[marked[0][0]].mood if marked else ""
        for name, parts in pages.items():
            index = self.tabs.addTab(self._page("".join(parts)), name)
            if name == SHARED_TAB:
                self.tabs.setTabToolTip(index, "Infinitif · Participe")
            if first_marked and TAB_OF_MOOD.get(first_marked, first_marked) == name:
                self.tabs.setCurrentIndex(self.tabs.count() - 1)
        self.tabs.show()

    def marked_texts(self) -> list[str]:
        if self.table is None:
            return []
        return [self.table.tenses[t].cells[c].text for t, c in self.marked]

    def _title(self, table: Conjugation) -> str:
        kind = self.tr("pronominal verb, ") if table.pronominal else ""
        text = self.tr("%s — %sconjugated with %s") % (table.infinitive, kind, table.auxiliary)
        return f"{text}\n{table.note}" if table.note else text

    def _mood_html(self, mood: str, rows: list[tuple[int, ...]]) -> str:
        assert self.table is not None
        marked = set(self.marked)
        dark = is_dark()
        head_style = themed_stylesheet(HEAD_STYLE, dark)
        mark_style = themed_stylesheet(MARK_STYLE, dark)
        parts = ['<table width="100%" cellspacing="0" cellpadding="2">']
        if mood in TAB_OF_MOOD:  # two moods share the tab: name each
            parts.append(f'<tr><td colspan="2"><b>{html.escape(mood)}</b></td></tr>')
        for row in rows:
            tenses = [self.table.tenses[index] for index in row]
            heads = "".join(f"<td {head_style}>{html.escape(t.name)}</td>" for t in tenses)
            parts.append(f"<tr>{heads}</tr>")
            for line in range(max(len(t.cells) for t in tenses)):
                cells = []
                for index, tense in zip(row, tenses, strict=True):
                    if line >= len(tense.cells):
                        cells.append("<td></td>")
                        continue
                    text = html.escape(tense.cells[line].text)
                    style = f' style="{mark_style}"' if (index, line) in marked else ""
                    cells.append(f"<td{style}>{text}</td>")
                parts.append(f"<tr>{''.join(cells)}</tr>")
        parts.append("</table>")
        return "".join(parts)

    def _page(self, body: str) -> QLabel:
        page = named(QLabel(body), "conjugationPage")
        page.setTextFormat(Qt.TextFormat.RichText)
        page.setWordWrap(True)
        page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        page.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return page
