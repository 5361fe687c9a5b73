"""The review screen: due glossary words one at a time, revealed with Space and graded with
the keys 1–4 (Again, Hard, Good, Easy); FSRS schedules the next review, statuses follow.

All database work (the due list, the intervals shown on the grade buttons, each grade) goes
through the task runner's database thread, in order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.exports import BLANK, blanked, bold_sentence, part_of_speech
from reader.core.models import GlossaryEntry
from reader.ui.common.naming import named
from reader.ui.common.tasks import TaskError, TaskRunner

if TYPE_CHECKING:
    from reader.core.learning import ReviewOutcome
    from reader.core.store import Database

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
_GRADE_IDS = {AGAIN: "again", HARD: "hard", GOOD: "good", EASY: "easy"}  # object names
DUE_LIMIT = 200  # one session; the next one starts when these are done
CARD_WIDTH, CARD_MIN_WIDTH, CARD_HEIGHT = 640, 320, 260


def load_due(store: Database, now: datetime) -> list[GlossaryEntry]:
    # Not at start-up: it brings the importers' parsers, FSRS and wordfreq's lists.
    from reader.core.learning import due_entries

    return due_entries(store, now, limit=DUE_LIMIT)


def load_intervals(store: Database, entry_id: int, now: datetime) -> dict[int, timedelta]:
    # Not at start-up: it brings the importers' parsers, FSRS and wordfreq's lists.
    from reader.core.learning import next_intervals

    return {int(rating): delta for rating, delta in next_intervals(store, entry_id, now).items()}


def grade_entry(
    store: Database, entry_id: int, rating: int, now: datetime, duration_ms: int
) -> ReviewOutcome:
    # Not at start-up: it brings the importers' parsers, FSRS and wordfreq's lists.
    from reader.core.learning import review

    return review(store, entry_id, str(rating), now, duration_ms=duration_ms)


def interval_text(delta: timedelta) -> str:
    """How long until a card comes back, as Anki writes it on its buttons: 10 min, 8 d."""
    minutes = delta.total_seconds() / 60
    if minutes < 1:
        return "<1 min"
    if minutes < 60:
        return f"{round(minutes)} min"
    if minutes < 24 * 60:
        return f"{round(minutes / 60)} h"
    days = minutes / (24 * 60)
    if days < 30:
        return f"{round(days)} d"
    if days < 365:
        return f"{days / 30:.1f} mo".replace(".0 ", " ")
    return f"{days / 365:.1f} y".replace(".0 ", " ")


class ReviewView(QWidget):
    """Shows the due words one by one; emits every review once the database has it."""

    reviewed = Signal(object)  # reader.core.learning.schedule.ReviewOutcome
    due_count_changed = Signal(int)
    failed = Signal(object)  # TaskError

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.runner = runner
        self._queue: list[GlossaryEntry] = []
        self._entry: GlossaryEntry | None = None
        self._revealed = False
        self._shown_at = 0.0
        self._done = 0
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_empty())
        self._pages.addWidget(self._build_card())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._build_keys()

    # -- building ------------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        page = named(QWidget(), "reviewEmpty")
        self.empty_title = named(QLabel(self.tr("Nothing to review now")), "reviewEmptyTitle")
        self.empty_text = named(QLabel(), "reviewEmptyText")
        self.empty_text.setWordWrap(True)
        self.check_button = named(QPushButton(self.tr("Check again")), "reviewCheckButton")
        self.check_button.clicked.connect(self.start)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (self.empty_title, self.empty_text, self.check_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return page

    def _build_card(self) -> QWidget:
        page = named(QWidget(), "reviewPage")
        self.progress_label = named(QLabel(), "reviewProgress")
        self.sentence_mode = named(
            QCheckBox(self.tr("Recall from the sentence  (S)")), "reviewMode"
        )
        self.sentence_mode.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sentence_mode.toggled.connect(self._on_sentence_mode_toggled)
        top = QHBoxLayout()
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.sentence_mode)
        self.prompt_label = self._label("reviewPrompt", rich=False)
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_hint = self._label("reviewPromptHint", rich=False)
        self.prompt_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = named(QFrame(), "reviewCard")
        # As wide as it can be up to CARD_WIDTH, narrower in a small window; as high as its
        # sentence needs (the page scrolls when the window is lower than the card).
        card.setMaximumWidth(CARD_WIDTH)
        card.setMinimumWidth(CARD_MIN_WIDTH)
        card.setMinimumHeight(CARD_HEIGHT)
        column = QVBoxLayout(card)
        column.setContentsMargins(36, 30, 36, 30)
        column.setSpacing(8)
        column.addWidget(self.prompt_label)
        column.addWidget(self.prompt_hint)
        column.addWidget(self._build_answer())
        column.addStretch(1)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 100)
        centred.addStretch(1)
        holder = named(QWidget(), "reviewCardHolder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(centred)
        column.addStretch(1)
        self.card_scroll = named(QScrollArea(), "reviewScroll")
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setWidget(holder)
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 14, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.card_scroll, 1)
        layout.addLayout(self._build_buttons())
        return page

    def _build_answer(self) -> QWidget:
        self.answer = named(QWidget(), "reviewAnswer")
        self.rule = named(QFrame(), "cardRule")
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.lemma_label = self._label("reviewLemma", rich=False)
        self.translation_label = self._label("reviewTranslation", rich=False)
        self.grammar_label = self._label("reviewGrammar", rich=False)
        self.sentence_label = self._label("reviewSentence", rich=True)
        self.notes_label = self._label("reviewNotes", rich=False)
        for label in (self.lemma_label, self.translation_label, self.grammar_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self.answer)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        for widget in (
            self.rule,
            self.lemma_label,
            self.translation_label,
            self.grammar_label,
            self.sentence_label,
            self.notes_label,
        ):
            layout.addWidget(widget)
        return self.answer

    def _build_buttons(self) -> QHBoxLayout:
        self.show_button = named(QPushButton(self.tr("Show answer   Space")), "reviewShowButton")
        self.show_button.clicked.connect(self.reveal)
        names = {AGAIN: self.tr("Again"), HARD: self.tr("Hard")}
        names.update({GOOD: self.tr("Good"), EASY: self.tr("Easy")})
        self._grade_names = names
        self.grade_buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addStretch(1)
        row.addWidget(self.show_button)
        for rating, name in names.items():
            button = named(QPushButton(name), f"{_GRADE_IDS[rating]}Button")
            button.setToolTip(self.tr("%s (key %d)") % (name, rating))
            button.clicked.connect(lambda _=False, r=rating: self.grade(r))
            self.grade_buttons[rating] = button
            row.addWidget(button)
        row.addStretch(1)
        # No focus anywhere: Space must reveal, never press whichever button has the focus.
        for button in (self.show_button, *self.grade_buttons.values()):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(96)
        return row

    def _build_keys(self) -> None:
        keys: list[tuple[str, Callable[[], object]]] = [
            ("Space", self.reveal),
            ("Return", self.reveal),
            ("S", self.sentence_mode.toggle),
        ]
        keys += [(str(rating), partial(self.grade, rating)) for rating in self._grade_names]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _label(self, name: str, *, rich: bool) -> QLabel:
        label = named(QLabel(), name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        return label

    # -- the session ---------------------------------------------------------------------------

    @property
    def entry(self) -> GlossaryEntry | None:
        return self._entry

    @property
    def is_revealed(self) -> bool:
        return self._revealed

    def start(self) -> None:
        """Load the words due now and show the first."""
        now = datetime.now(UTC)
        self.runner.run_db(
            lambda store: load_due(store, now),
            key="review-due",
            on_done=self._on_due_loaded,
            on_failed=self._on_failed,
        )

    def count_due(self) -> None:
        """Only how many words are due (for the tab's title)."""
        now = datetime.now(UTC)
        self.runner.run_db(
            lambda store: len(store.learning.due_entry_ids(now, limit=DUE_LIMIT)),
            key="review-count",
            on_done=self.due_count_changed.emit,
            on_failed=self._on_failed,
        )

    def _on_due_loaded(self, entries: list[GlossaryEntry]) -> None:
        self._queue = list(entries)
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._entry = None
            self._show_empty()
            return
        self.due_count_changed.emit(len(self._queue))
        self._entry = self._queue.pop(0)
        self._revealed = False
        self._shown_at = time.monotonic()
        self._show_prompt(self._entry)
        entry_id, now = self._entry.id, datetime.now(UTC)
        self.runner.run_db(
            lambda store: load_intervals(store, entry_id, now),
            key="review-intervals",
            on_done=self._on_intervals_loaded,
            on_failed=self._on_failed,
        )

    def reveal(self) -> None:
        if self._entry is None or self._revealed:
            return
        self._revealed = True
        self.answer.show()
        self.prompt_hint.hide()
        self.show_button.hide()
        for button in self.grade_buttons.values():
            button.show()

    def grade(self, rating: int) -> None:
        """Grade the word shown (after the answer is revealed), then show the next."""
        entry = self._entry
        if entry is None or not self._revealed:
            return
        duration_ms = int((time.monotonic() - self._shown_at) * 1000)
        now = datetime.now(UTC)
        self.runner.run_db(
            lambda store: grade_entry(store, entry.id, rating, now, duration_ms),
            on_done=self._on_graded,
            on_failed=self._on_failed,
        )
        self._done += 1
        self._next()

    def _on_graded(self, outcome: ReviewOutcome) -> None:
        self.reviewed.emit(outcome)
        if not self._queue and self._entry is None:
            self.start()  # words graded Again may be due again already

    def _on_intervals_loaded(self, intervals: dict[int, timedelta]) -> None:
        for rating, button in self.grade_buttons.items():
            when = interval_text(intervals[rating]) if rating in intervals else ""
            button.setText(f"{self._grade_names[rating]}  {rating}\n{when}")

    def _on_failed(self, error: TaskError) -> None:
        self.failed.emit(error)

    def _on_sentence_mode_toggled(self, _checked: bool) -> None:
        if self._entry is not None:
            self._show_prompt(self._entry, keep_answer=True)

    # -- showing -------------------------------------------------------------------------------

    def _show_empty(self) -> None:
        if self._done:
            self.empty_title.setText(self.tr("Done for now"))
            text = self.tr("You reviewed %d words. They come back when they are due.") % self._done
        else:
            self.empty_title.setText(self.tr("Nothing to review now"))
            text = self.tr(
                "Words you save while reading come back here when they are due.\n"
                "Grade each one: 1 Again · 2 Hard · 3 Good · 4 Easy."
            )
        self.empty_text.setText(text)
        self._pages.setCurrentIndex(0)
        self.due_count_changed.emit(0)

    def _show_prompt(self, entry: GlossaryEntry, *, keep_answer: bool = False) -> None:
        context = entry.contexts[0] if entry.contexts else None
        # A sentence where the word is not found (edited by hand) would give the word away.
        gap = blanked(context) if context is not None else ""
        from_sentence = self.sentence_mode.isChecked() and BLANK in gap
        if from_sentence:
            self.prompt_label.setProperty("sentence", True)
            self.prompt_label.setText(gap)
            self.prompt_hint.setText(self.tr("Which word goes in the blank?"))
        else:
            self.prompt_label.setProperty("sentence", False)
            self.prompt_label.setText(entry.lemma)
            self.prompt_hint.setText(part_of_speech(entry))
        self.prompt_label.style().unpolish(self.prompt_label)
        self.prompt_label.style().polish(self.prompt_label)
        self.lemma_label.setText(entry.lemma)
        self.lemma_label.setVisible(from_sentence)
        self.translation_label.setText(entry.translation or self.tr("(no translation saved)"))
        self.grammar_label.setText(entry.grammar)
        self.grammar_label.setVisible(bool(entry.grammar))
        self.sentence_label.setText(bold_sentence(context) if context is not None else "")
        self.sentence_label.setVisible(context is not None)
        self.notes_label.setText(entry.notes)
        self.notes_label.setVisible(bool(entry.notes))
        self.progress_label.setText(self._progress_text())
        if not keep_answer or not self._revealed:
            self.answer.hide()
            self.prompt_hint.show()
            self.show_button.show()
            for rating, button in self.grade_buttons.items():
                button.setText(f"{self._grade_names[rating]}  {rating}")
                button.hide()
        self._pages.setCurrentIndex(1)

    def _progress_text(self) -> str:
        left = len(self._queue) + 1
        text = self.tr("%d due") % left if left != 1 else self.tr("Last word")
        if self._done:
            text += self.tr(" · %d reviewed") % self._done
        return text
