"""The Handout dialog, for teachers: the words a learner at a chosen level is unlikely to know
in a text or a reading list, shown and editable (untick or remove words, change translations),
exported as PDF, HTML, a flashcard deck, or a glossed text. All the work is in the background:
finding words in the worker process (spaCy), writing files on the I/O thread."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.handouts import DEFAULT_LEVEL, DEFAULT_LIMIT, LEVEL_VOCABULARY, Handout
from reader.ui.file_dialogs import FileKind, choose_save_file
from reader.ui.naming import named
from reader.ui.settings import Settings
from reader.ui.tasks import Task, TaskError, TaskRunner

WORD, HEADWORD, GENDER, TRANSLATION, SENTENCE = range(5)
HEADERS = ("Word", "Lemma", "Gender", "Translation", "Sentence")
GENDERS = {"Masc": "m.", "Fem": "f."}
KINDS = {
    "pdf": "PDF (*.pdf)",
    "html": "Web page (*.html)",
    "deck": "Anki deck (*.apkg);;CSV for other flashcard apps (*.csv)",
    "glossed": "PDF (*.pdf)",
}


class HandoutDialog(QDialog):
    """One handout: of library texts (text_ids) or of a reading list (list_id)."""

    message = Signal(str)
    exported = Signal(object)  # the Path written

    def __init__(
        self,
        runner: TaskRunner,
        data_dir: Path,
        settings: Settings,
        *,
        text_ids: tuple[int, ...] = (),
        list_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle(self.tr("Vocabulary handout"))
        self.resize(980, 640)
        self.runner = runner
        self.data_dir = data_dir
        self.settings = settings
        self.text_ids = text_ids
        self.list_id = list_id
        self.handout: Handout | None = None
        self.task: Task | None = None
        self.level = named(QComboBox(), "handoutLevel")
        for level in LEVEL_VOCABULARY:
            self.level.addItem(level, level)
        self.level.setCurrentIndex(self.level.findData(DEFAULT_LEVEL))
        self.limit = named(QSpinBox(), "handoutLimit")
        self.limit.setRange(5, 500)
        self.limit.setValue(DEFAULT_LIMIT)
        self.limit.setSuffix(self.tr(" words per text"))
        self.table = named(QTableWidget(0, len(HEADERS)), "handoutWords")
        self.status = named(QLabel(), "handoutStatus")
        self.progress = named(QProgressBar(), "handoutProgress")
        self._build()
        self.find_words()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Learners' level:")))
        top.addWidget(self.level)
        top.addWidget(self.limit)
        self.find_button = named(QPushButton(self.tr("Find Words")), "findWordsButton")
        self.find_button.clicked.connect(self.find_words)
        top.addWidget(self.find_button)
        top.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove Selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        top.addWidget(self.remove_button)
        table = self.table
        table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        for column in (WORD, HEADWORD, GENDER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TRANSLATION, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(TRANSLATION, 230)
        header.setSectionResizeMode(SENTENCE, QHeaderView.ResizeMode.Stretch)
        hint = named(
            QLabel(
                self.tr("Untick a word to leave it out; double-click a translation to change it.")
            ),
            "handoutHint",
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        self.progress.setFixedWidth(140)
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        buttons.addWidget(self.stop_button)
        self.export_buttons: dict[str, QPushButton] = {}
        labels = {
            "pdf": self.tr("Export PDF…"),
            "html": self.tr("Export HTML…"),
            "deck": self.tr("Flashcards…"),
            "glossed": self.tr("Glossed Text PDF…"),
        }
        for kind, label in labels.items():
            if kind == "glossed" and len(self.text_ids) != 1:
                continue  # a glossed text is one text
            button = named(QPushButton(label), f"export_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.choose_file(k))
            buttons.addWidget(button)
            self.export_buttons[kind] = button
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(hint)
        column.addWidget(table, 1)
        column.addLayout(buttons)
        self._set_ready(False)

    # -- finding words -------------------------------------------------------------------------

    def find_words(self) -> None:
        """In the worker process: pages not analysed yet are analysed now (a book can take a
        while: the status shows it and Stop cancels it)."""
        level, limit = str(self.level.currentData()), self.limit.value()
        if self.list_id is not None:
            args: tuple[Any, ...] = ("list_handout", str(self.data_dir), self.list_id, level, limit)
        else:
            title = ""
            args = ("text_handout", str(self.data_dir), tuple(self.text_ids), title, level, limit)
        self._busy(self.tr("Finding the words beyond level %s…") % level)
        self.task = self.runner.run_in_worker(
            *args, key="handout", on_done=self._on_words_found, on_failed=self._on_failed
        )

    def _on_words_found(self, handout: Handout) -> None:
        self.task = None
        if not handout.title and handout.sections:
            handout = replace(handout, title=handout.sections[0].title)
        self.handout = handout
        self._fill(handout)
        self._idle(self.tr("%d words for level %s.") % (len(handout.words), handout.level))
        self._set_ready(bool(handout.words))

    def _fill(self, handout: Handout) -> None:
        table = self.table
        table.setRowCount(0)
        for item in handout.words:
            word = item.word
            row = table.rowCount()
            table.insertRow(row)
            cells = (
                word.word,
                word.headword or word.lemma,
                GENDERS.get(word.gender, ""),
                word.translation,
                word.sentence,
            )
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if column != TRANSLATION:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == SENTENCE:
                    cell.setToolTip(value)
                table.setItem(row, column, cell)
            first = table.item(row, WORD)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked)
            first.setData(Qt.ItemDataRole.UserRole, row)  # the word's place in the handout

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def edited(self) -> Handout:
        """The handout as the teacher left it: ticked words, with their translations."""
        handout = self.handout
        assert handout is not None
        words = handout.words
        kept: dict[int, str] = {}
        for row in range(self.table.rowCount()):
            first = self.table.item(row, WORD)
            if first.checkState() == Qt.CheckState.Checked:
                kept[int(first.data(Qt.ItemDataRole.UserRole))] = self.table.item(
                    row, TRANSLATION
                ).text()
        sections, number = [], 0
        for section in handout.sections:
            chosen = []
            for item in section.words:
                if number in kept:
                    translation = kept[number].strip()
                    chosen.append(replace(item, word=replace(item.word, translation=translation)))
                number += 1
            sections.append(replace(section, words=tuple(chosen)))
        assert number == len(words)
        return replace(handout, sections=tuple(sections))

    # -- exporting -----------------------------------------------------------------------------

    def choose_file(self, kind: str) -> None:
        if self.handout is None:
            return
        suffix = {"pdf": ".pdf", "html": ".html", "deck": ".apkg", "glossed": ".pdf"}[kind]
        stem = self.handout.title or "handout"
        if kind == "glossed":
            stem += " (glossed)"
        title = self.tr("Export the handout")
        out = choose_save_file(
            self, self.settings, FileKind.HANDOUTS, title, stem + suffix, KINDS[kind]
        )
        if out is not None:
            self.export(kind, out)

    def export(self, kind: str, out: Path) -> None:
        """Write the edited handout; a list's edits are kept with the list (its file carries
        the glossary as the teacher left it)."""
        handout = self.edited()
        if self.list_id is not None:
            self._keep_list_edits(handout)
        self._busy(self.tr("Writing %s…") % out.name)
        if kind == "glossed":
            text_id = self.text_ids[0]
            self.runner.run_db(
                lambda store: (store.text(text_id), store.text_body(text_id)),
                on_done=lambda found: self._write(kind, out, handout, found),
                on_failed=self._on_failed,
            )
        else:
            self._write(kind, out, handout, None)

    def _write(self, kind: str, out: Path, handout: Handout, text: Any) -> None:
        self.task = self.runner.run(
            lambda: write_handout(kind, out, handout, text),
            on_done=self._on_written,
            on_failed=self._on_failed,
        )

    def _keep_list_edits(self, handout: Handout) -> None:
        from reader.core.reading_lists import edit_list_words

        assert self.handout is not None and self.list_id is not None
        list_id = self.list_id
        kept = {item.word.lemma for item in handout.words}
        removed = [item.word.lemma for item in self.handout.words if item.word.lemma not in kept]
        translations = {item.word.lemma: item.word.translation for item in handout.words}
        self.runner.run_db(
            lambda store: edit_list_words(
                store, list_id, remove=removed, translations=translations
            ),
            on_failed=self._on_failed,
        )

    def _on_written(self, out: Path) -> None:
        self.task = None
        self._idle(self.tr("Wrote %s.") % out)
        self.message.emit(self.tr("Wrote the handout to %s.") % out)
        self.exported.emit(out)

    # -- state ---------------------------------------------------------------------------------

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._idle(self.tr("Stopped."))
        self._set_ready(self.handout is not None)

    def _on_failed(self, error: TaskError) -> None:
        self.task = None
        self._idle(error.message)
        self._set_ready(self.handout is not None)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self._set_ready(False)
        self.find_button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.status.setText(text)
        self.progress.hide()
        self.stop_button.hide()
        self.find_button.setEnabled(True)

    def _set_ready(self, ready: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(ready)
        self.remove_button.setEnabled(ready)

    @property
    def is_busy(self) -> bool:
        return self.task is not None

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
        super().reject()


def write_handout(kind: str, out: Path, handout: Handout, text: Any) -> Path:
    """Runs on the I/O thread: HTML, PDF (Qt's writer), deck, or the glossed text."""
    from reader.core.files import write_text_atomically
    from reader.core.handout_html import glossed_text_html, handout_html, page_breaks
    from reader.core.handouts import write_deck
    from reader.render.handout_pdf import html_to_pdf

    if kind == "deck":
        write_deck(handout, out)
        return out
    if kind == "glossed":
        record, body = text
        words = handout.sections[0].words if handout.sections else ()
        html = glossed_text_html(
            record.title, body, words, author=record.author, level=handout.level
        )
        return html_to_pdf(html, out, title=record.title)
    html = handout_html(handout)
    if kind == "html":
        write_text_atomically(out, html)
        return out

    def rebuild(keys: frozenset[str]) -> str:
        return handout_html(handout, breaks=page_breaks(keys))

    return html_to_pdf(html, out, title=handout.title, rebuild=rebuild)
