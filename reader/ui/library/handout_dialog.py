"""The Handout dialog, for teachers: the words a learner at a chosen level is unlikely to know
in a text or a reading list, shown and editable (untick or remove words, change translations),
exported as PDF, HTML, a flashcard deck, or a glossed text. All the work is in the background:
finding words in the worker process (spaCy), writing files on the I/O thread.

Every edit is saved as it is made, keystroke by keystroke, in the prepared glossary: the list's
(its list file carries it), or for a handout of texts, each text's own (prepared.py). Opening
the dialog again shows the words as the teacher left them; Find Words searches again and keeps
the translations the teacher typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.store import GlossaryOwner, ListWord, TextRange, TextRecord
from reader.core.teaching import (
    DEFAULT_LEVEL,
    DEFAULT_LIMIT,
    LEVEL_VOCABULARY,
    Handout,
    band,
    band_reason,
)
from reader.render.handout_files import GlossedText, glossed_parts, write_handout
from reader.ui.common.file_dialogs import FileKind, choose_save_file
from reader.ui.common.naming import named
from reader.ui.common.progress import DelayedProgress
from reader.ui.common.settings import Settings
from reader.ui.common.sizes import resize_within_screen
from reader.ui.common.tasks import Task, TaskError, TaskRunner
from reader.ui.library.part_picker import PartPicker
from reader.worker import library_jobs

if TYPE_CHECKING:
    from reader.core.store import Database

WORD, HEADWORD, GENDER, BAND, TRANSLATION, SENTENCE = range(6)
HEADERS = ("Word", "Lemma", "Gender", "Level", "Translation", "Sentence")
GENDERS = {"Masc": "m.", "Fem": "f."}
FILE_KINDS = {
    "pdf": "PDF (*.pdf)",
    "html": "Web page (*.html)",
    "deck": "Anki deck (*.apkg);;CSV for other flashcard apps (*.csv)",
    "glossed": "PDF (*.pdf)",
}

EXCLUDE_MIN_WIDTH = 140  # px


class LiveEditDelegate(QStyledItemDelegate):
    """Hands every keystroke to the table at once, so each is saved: closing the dialog (or
    the app) in the middle of a word loses nothing."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor


class HandoutDialog(QDialog):
    """One handout: of library texts (text_ids) or of a reading list (list_id)."""

    message = Signal(str)
    exported = Signal(object)  # the Path written
    saved = Signal()  # an edit reached the database

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
        resize_within_screen(self, 980, 640)
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
        self.part = PartPicker()  # a handout of one text: its chapters or pages
        self.part.setToolTip(self.tr("Find words only in these chapters or pages"))
        self.exclude = named(QLineEdit(), "handoutExclude")
        self.exclude.setMinimumWidth(EXCLUDE_MIN_WIDTH)  # its hint readable in a small screen
        self.exclude.setPlaceholderText(self.tr("words the class knows, separated by commas"))
        self.table = named(QTableWidget(0, len(HEADERS)), "handoutWords")
        self.status = named(QLabel(), "handoutStatus")
        self.progress = named(QProgressBar(), "handoutProgress")
        self._build()
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.load_kept()

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
        second = QHBoxLayout()
        if len(self.text_ids) == 1 and self.list_id is None:
            second.addWidget(QLabel(self.tr("Words from:")))
            second.addWidget(self.part, 2)
        else:
            self.part.hide()
        second.addWidget(QLabel(self.tr("Leave out:")))
        second.addWidget(self.exclude, 1)
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
        table.setItemDelegateForColumn(TRANSLATION, LiveEditDelegate(table))
        header = table.horizontalHeader()
        for column in (WORD, HEADWORD, GENDER, BAND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TRANSLATION, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(TRANSLATION, 230)
        header.setSectionResizeMode(SENTENCE, QHeaderView.ResizeMode.Stretch)
        hint = named(
            QLabel(
                self.tr(
                    "Level: the first level whose vocabulary holds the word (hover for its "
                    "frequency rank). Untick a word to leave it out; double-click a translation "
                    "to change it. Changes are saved as you make them."
                )
            ),
            "handoutHint",
        )
        # The status and the progress on a line of their own, the status wrapped: beside the
        # buttons they pushed the dialog past a small screen (833 px while busy).
        self.status.setWordWrap(True)
        busy = QHBoxLayout()
        busy.addWidget(self.status, 1)
        busy.addWidget(self.progress)
        self.progress.setFixedWidth(140)
        # The handout's work is several tasks in a row: the bar follows all of them at once.
        self.delayed_progress = DelayedProgress(self.progress, parent=self)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        busy.addWidget(self.stop_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_buttons: dict[str, QPushButton] = {}
        labels = {
            "pdf": self.tr("Export PDF…"),
            "html": self.tr("Export HTML…"),
            "deck": self.tr("Flashcards…"),
            "glossed": self.tr("Glossed Text PDF…"),
        }
        for kind, label in labels.items():
            button = named(QPushButton(label), f"export_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.choose_file(k))
            buttons.addWidget(button)
            self.export_buttons[kind] = button
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(hint)
        layout.addWidget(table, 1)
        layout.addLayout(busy)
        layout.addLayout(buttons)
        self._set_ready(False)

    # -- finding words -------------------------------------------------------------------------

    def load_kept(self) -> None:
        """The words as the teacher left them (a quick read of the database); none kept yet:
        find them."""
        # Not at start-up: the window may never need it.
        from reader.core.teaching import kept_list_handout, kept_text_handout

        list_id, text_ids = self.list_id, tuple(self.text_ids)

        def kept(store: Database) -> tuple[Handout | None, TextRecord | None]:
            record = store.library.text(text_ids[0]) if len(text_ids) == 1 else None
            if list_id is not None:
                return kept_list_handout(store, list_id), record
            return kept_text_handout(store, text_ids), record

        self._busy(self.tr("Opening the handout…"))
        self.task = self.runner.run_db(
            kept, key="handout", on_done=self._on_kept_loaded, on_failed=self._on_failed
        )

    def _on_kept_loaded(self, found: tuple[Handout | None, TextRecord | None]) -> None:
        self.task = None
        handout, record = found
        self.part.set_text(record)
        if handout is None:
            self.find_words()
            return
        self.level.setCurrentIndex(max(0, self.level.findData(handout.level)))
        if handout.sections and self.list_id is None:
            self.part.set_part(handout.sections[0].part)
        self._on_words_found(handout)

    def find_words(self) -> None:
        """In the worker process: pages not analysed yet are analysed now (a book can take a
        while: the status shows it and Stop cancels it). The teacher's edits are kept."""
        level, limit = str(self.level.currentData()), self.limit.value()
        exclude = tuple(w.strip() for w in self.exclude.text().split(",") if w.strip())
        part = self.part.part() if self.part.isVisibleTo(self) else None
        where = self.tr(" in %s") % part.label if part is not None else ""
        self._busy(self.tr("Finding the words beyond level %s%s…") % (level, where))
        # Through the database thread first: the edits queued there are saved before the
        # worker process reads them.
        self.task = self.runner.run_db(
            lambda _store: None,
            key="handout",
            on_done=lambda _: self._search(level, limit, exclude, part),
            on_failed=self._on_failed,
        )

    def _search(
        self, level: str, limit: int | None, exclude: tuple[str, ...], part: TextRange | None
    ) -> None:
        if self.list_id is not None:
            self.task = self.runner.run_in_worker(
                library_jobs.list_handout,
                self.data_dir,
                self.list_id,
                level,
                limit,
                exclude,
                key="handout",
                on_done=self._on_words_found,
                on_failed=self._on_failed,
            )
        else:
            self.task = self.runner.run_in_worker(
                library_jobs.text_handout,
                self.data_dir,
                tuple(self.text_ids),
                "",
                level,
                limit,
                exclude,
                part.stored if part is not None else "",
                key="handout",
                on_done=self._on_words_found,
                on_failed=self._on_failed,
            )

    def _on_words_found(self, handout: Handout) -> None:
        self.task = None
        if not handout.title and handout.sections:
            handout = replace(handout, title=handout.sections[0].title)
        self.handout = handout
        self._fill(handout)
        shown = sum(1 for item in handout.words if not item.word.left_out)
        parts = {s.part.label for s in handout.sections if s.part is not None}
        where = self.tr(" from %s") % ", ".join(sorted(parts)) if parts else ""
        self._idle(self.tr("%d words beyond level %s%s.") % (shown, handout.level, where))
        self._set_ready(bool(handout.words))

    def _fill(self, handout: Handout) -> None:
        table = self.table
        table.blockSignals(True)  # filling is not editing: nothing to save
        table.setRowCount(0)
        for item in handout.words:
            word = item.word
            row = table.rowCount()
            table.insertRow(row)
            cells = (
                word.word,
                word.headword or word.lemma,
                GENDERS.get(word.gender, ""),
                band(item.rank) if item.rank > 0 else "",
                word.translation,
                word.sentence,
            )
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if column != TRANSLATION:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == SENTENCE:
                    cell.setToolTip(value)
                if column == BAND and item.rank > 0:
                    cell.setToolTip(band_reason(item.rank))
                table.setItem(row, column, cell)
            first = self._cell(row, WORD)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Unchecked if word.left_out else Qt.CheckState.Checked)
            first.setData(Qt.ItemDataRole.UserRole, row)  # the word's place in the handout
        table.blockSignals(False)

    # -- editing: every change is saved at once --------------------------------------------------

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of the table: each of its rows was filled whole."""
        cell = self.table.item(row, column)
        assert cell is not None
        return cell

    def _word_at(self, row: int) -> ListWord:
        assert self.handout is not None
        number = int(self._cell(row, WORD).data(Qt.ItemDataRole.UserRole))
        return self.handout.words[number].word

    def _owner(self, word: ListWord) -> GlossaryOwner:
        if self.list_id is not None:
            return GlossaryOwner("list", self.list_id)
        assert word.text_id is not None
        return GlossaryOwner("text", word.text_id)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self.handout is None or item.column() not in (WORD, TRANSLATION):
            return
        word = self._word_at(item.row())
        owner, lemma = self._owner(word), word.lemma
        if item.column() == TRANSLATION:
            text = item.text()
            self._save(
                lambda store: store.handouts.edit_prepared_word(owner, lemma, translation=text)
            )
        else:
            left_out = item.checkState() != Qt.CheckState.Checked
            self._save(
                lambda store: store.handouts.edit_prepared_word(owner, lemma, left_out=left_out)
            )

    def _save(self, change: Callable[[Database], object]) -> None:
        self.runner.run_db(change, on_done=lambda _: self.saved.emit(), on_failed=self._on_failed)

    def remove_selected(self) -> None:
        """Take the selected words out (a new search may find them again: untick a word to
        keep it out)."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        gone: dict[GlossaryOwner, list[str]] = {}
        for row in rows:
            word = self._word_at(row)
            gone.setdefault(self._owner(word), []).append(word.lemma)
            self.table.removeRow(row)
        for owner, lemmas in gone.items():
            self._save(partial(_remove_words, owner=owner, lemmas=lemmas))

    def edited(self) -> Handout:
        """The handout as the teacher left it: ticked words, with their translations."""
        handout = self.handout
        assert handout is not None
        words = handout.words
        kept: dict[int, str] = {}
        for row in range(self.table.rowCount()):
            first = self._cell(row, WORD)
            if first.checkState() == Qt.CheckState.Checked:
                kept[int(first.data(Qt.ItemDataRole.UserRole))] = self._cell(
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
            self, self.settings, FileKind.HANDOUTS, title, stem + suffix, FILE_KINDS[kind]
        )
        if out is not None:
            self.export(kind, out)

    def export(self, kind: str, out: Path) -> None:
        """Write the edited handout (the edits are saved already, as they were made)."""
        handout = self.edited()
        self._busy(self.tr("Writing %s…") % out.name)
        if kind == "glossed":  # each text (or the part of it read), its words glossed
            self.runner.run_db(
                lambda store: glossed_parts(store, handout),
                on_done=lambda texts: self._write(out, handout, texts),
                on_failed=self._on_failed,
            )
        else:
            self._write(out, handout, None, deck=kind == "deck")

    def _write(
        self,
        out: Path,
        handout: Handout,
        glossed: list[GlossedText] | None,
        *,
        deck: bool = False,
    ) -> None:
        # On the I/O thread: Qt's PDF writer works off the GUI thread.
        def write() -> Path:
            write_handout(out, handout, glossed=glossed, deck=deck)
            return out

        self.task = self.runner.run(write, on_done=self._on_written, on_failed=self._on_failed)

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
        self.table.setEnabled(False)  # no edit while the words are found or written
        self.status.setText(text)
        self.delayed_progress.start()
        self.stop_button.show()
        self._set_ready(False)
        self.find_button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.table.setEnabled(True)
        self.status.setText(text)
        self.delayed_progress.finish()
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


def _remove_words(store: Database, *, owner: GlossaryOwner, lemmas: list[str]) -> None:
    store.handouts.remove_prepared_words(owner, lemmas)
