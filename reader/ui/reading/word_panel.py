"""The word card: what the clicked word means, and the form to save it to the glossary."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.models import Status, Translation, TranslationSource, WordInfo
from reader.ui.common.labels import status_label
from reader.ui.common.naming import named
from reader.ui.common.sizes import MIN_CARD_WIDTH
from reader.ui.common.theme import themed
from reader.ui.reading.card_tools import CardTools
from reader.ui.reading.sentence_translation import SentenceTranslationView, translation_note
from reader.ui.reading.status_keys import STATUS_KEYS, key_hint

HINT_PAGE, CARD_PAGE, LOADING_PAGE = range(3)
PREFILL_CHARS = 40


@dataclass(frozen=True, slots=True)
class CardEdits:
    """What the learner typed in the card before pressing Save or Update. The status is not
    part of the form: it belongs to the lemma and changes at once (status buttons and keys)."""

    translation: str
    notes: str
    tags: tuple[str, ...]
    status: Status | None = None


def parse_tags(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").split(","):
        if part.strip():
            seen[part.strip()] = None
    return tuple(seen)


class WordPanel(QWidget):
    """Side panel: empty hint, or the card of one word with its save form."""

    save_requested = Signal(object, object)  # WordInfo, CardEdits
    teacher_save_requested = Signal(object, object)  # WordInfo, the teacher's Translation
    status_requested = Signal(object)  # Status, for the word shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordPanel")
        # Narrower, the card's labels would be cut and its buttons squeezed (issue 13).
        self.setMinimumWidth(MIN_CARD_WIDTH)
        self._info: WordInfo | None = None
        self._status: Status | None = None
        self._refining = False
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_hint())
        self._pages.addWidget(self._build_card())
        self._pages.addWidget(self._build_loading())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_status_row()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_status_row()

    def _fit_status_row(self) -> None:
        """Keep the card wide enough for the whole status row: the card never scrolls
        sideways, so a narrower one would cut the buttons' labels (Known, Ignore)."""
        row = self._status_row.sizeHint().width()
        margins = self._card_layout.contentsMargins()
        scrollbar = self.card_scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(
            max(MIN_CARD_WIDTH, row + margins.left() + margins.right() + scrollbar + 2)
        )

    # -- building ------------------------------------------------------------------------------

    def _build_hint(self) -> QWidget:
        self.hint = QLabel(self.tr("Click a word to see what it means.\n\n← → move between words."))
        self.hint.setObjectName("cardHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        return self.hint

    def _build_loading(self) -> QWidget:
        """A word clicked before the card's dictionaries are loaded (the first second)."""
        self.loading_label = named(QLabel(), "cardLoading")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setWordWrap(True)
        return self.loading_label

    def _build_card(self) -> QWidget:
        card = QWidget()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 18, 20, 18)
        self._card_layout = layout
        layout.setSpacing(6)
        self.refining_label = named(QLabel(self.tr("Quick look — refining…")), "cardRefining")
        self.refining_label.setToolTip(
            self.tr("From the dictionary alone: the full card comes when the text is analysed.")
        )
        self.refining_label.hide()
        layout.addWidget(self.refining_label)
        self.form_label = self._label("cardForm", layout)
        self.headword_label = self._label("cardHeadword", layout)
        self.pos_label = self._label("cardPos", layout)
        layout.addSpacing(4)
        layout.addLayout(self._build_status_row())
        layout.addSpacing(4)
        self._section(self.tr("Translation"), layout)
        self.translations_label = self._label("cardTranslations", layout, rich=True)
        self.teacher_button = named(QPushButton(), "teacherAddButton")
        self.teacher_button.clicked.connect(self._on_teacher_button_clicked)
        self.teacher_button.hide()
        layout.addWidget(self.teacher_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.grammar_title = self._section(self.tr("Grammar"), layout)
        self.grammar_label = self._label("cardGrammar", layout)
        self.tools = CardTools()  # listen, sentence, conjugation (card_tools.py)
        layout.addWidget(self.tools)
        self._section(self.tr("In this sentence"), layout)
        self.sentence_label = self._label("cardSentence", layout, rich=True)
        self.sentence_translation = SentenceTranslationView()  # machine translation, async
        layout.addWidget(self.sentence_translation)
        layout.addSpacing(10)
        layout.addWidget(self._rule())
        layout.addLayout(self._build_form())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("cardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The card wraps its lines to the panel's width: it never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(card)
        self.card_scroll = scroll
        return scroll

    def _build_form(self) -> QVBoxLayout:
        self.translation_edit = named(QLineEdit(), "translationEdit")
        self.notes_edit = named(QPlainTextEdit(), "notesEdit")
        self.notes_edit.setPlaceholderText(self.tr("A note for yourself (optional)"))
        self.notes_edit.setFixedHeight(64)
        self.notes_edit.setTabChangesFocus(True)
        self.tags_edit = named(QLineEdit(), "tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("politics, week 3"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your translation"), self.translation_edit)
        form.addRow(self.tr("Note"), self.notes_edit)
        form.addRow(self.tr("Tags"), self.tags_edit)
        self.save_button = named(QPushButton(self.tr("Save to glossary")), "saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.translation_edit.returnPressed.connect(self._on_save_button_clicked)
        self.saved_label = named(QLabel(), "savedLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        outer = QVBoxLayout()
        outer.setSpacing(10)
        outer.addLayout(form)
        outer.addLayout(buttons)
        return outer

    def _build_status_row(self) -> QVBoxLayout:
        """One button per status; the keys do the same while reading (status_keys)."""
        self.status_buttons: dict[Status, QPushButton] = {}
        texts = {Status.NEW: self.tr("New"), Status.KNOWN: self.tr("Known")}
        texts[Status.IGNORED] = self.tr("Ignore")
        row = QHBoxLayout()
        row.setSpacing(3)
        self._status_row = row
        for status, key in STATUS_KEYS.items():
            button = named(QPushButton(texts.get(status, key)), "statusButton")
            button.setCheckable(True)  # checked: the lemma's status now
            # No focus: the keyboard stays in the text, where the status keys work.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("%s (key %s)") % (status_label(status), key))
            button.clicked.connect(lambda _=False, s=status: self._on_status_button_clicked(s))
            self.status_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        self.status_hint = named(QLabel(key_hint()), "statusHint")
        column = QVBoxLayout()
        column.setSpacing(3)
        column.addLayout(row)
        column.addWidget(self.status_hint)
        return column

    def _label(self, name: str, layout: QVBoxLayout, *, rich: bool = False) -> QLabel:
        label = named(QLabel(), name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        return label

    def _section(self, title: str, layout: QVBoxLayout) -> QLabel:
        label = named(QLabel(title.upper()), "cardSection")
        layout.addSpacing(6)
        layout.addWidget(label)
        return label

    def _rule(self) -> QFrame:
        rule = named(QFrame(), "cardRule")
        rule.setFrameShape(QFrame.Shape.HLine)
        return rule

    # -- showing a word ------------------------------------------------------------------------

    @property
    def info(self) -> WordInfo | None:
        return self._info

    def show_word(self, info: WordInfo) -> None:
        """Fill the card; the form starts from the saved entry, or the best translation."""
        previous = self._info
        same_word = previous is not None and previous.token.index == info.token.index
        self._info = info
        self.form_label.setText(info.form)
        self.headword_label.setText(info.headword)
        self.headword_label.setVisible(info.headword.lower() != info.form.lower())
        self.pos_label.setText(info.pos_label)
        self.translations_label.setText(self._translations_html(info.translations))
        self.grammar_label.setText(info.grammar)
        self.grammar_title.setVisible(bool(info.grammar))
        self.grammar_label.setVisible(bool(info.grammar))
        self.sentence_label.setText(_sentence_html(info))
        self.sentence_translation.show_sentence(info.sentence)
        self.tools.show_word(info)
        if not same_word:
            self._fill_form(info)
            self._status = info.saved.status if info.saved is not None else None
            self.card_scroll.verticalScrollBar().setValue(0)  # a new word's card starts at its top
        elif previous is not None and self._is_untouched_guess(previous):
            self._fill_form(info)  # the senses were ranked again (the sentence's translation)
        self._show_saved_state(info)
        self._show_teacher_button(info)
        self._pages.setCurrentIndex(CARD_PAGE)

    def show_loading(self, form: str) -> None:
        """The card of `form` is on its way: the dictionaries are still loading."""
        self._info = None
        self.set_refining(False)
        self.loading_label.setText(self.tr("%s\n\nLooking it up…") % form)
        self._pages.setCurrentIndex(LOADING_PAGE)

    @property
    def is_loading(self) -> bool:
        return self._pages.currentIndex() == LOADING_PAGE

    def set_refining(self, refining: bool) -> None:
        """Mark the card as a quick look (the text's analysis is not in yet): it may change,
        and saving waits for the full card, whose lemma is the one to keep."""
        self._refining = refining
        self.refining_label.setVisible(refining)
        self.save_button.setEnabled(not refining)

    @property
    def is_refining(self) -> bool:
        return self._refining

    def show_status(self, status: Status | None) -> None:
        """The lemma's status of the word shown (None: not known yet, statuses loading)."""
        self._status = status
        if self._info is not None:
            self._show_saved_state(self._info)

    @property
    def status(self) -> Status | None:
        return self._status

    def clear(self) -> None:
        self._info = None
        self.set_refining(False)
        self._pages.setCurrentIndex(HINT_PAGE)

    def _is_untouched_guess(self, info: WordInfo) -> bool:
        """Whether "Your translation" still holds the guess the card filled in."""
        return info.saved is None and self.translation_edit.text() == _guess(info)

    def _fill_form(self, info: WordInfo) -> None:
        saved = info.saved
        guess = _guess(info)
        self.translation_edit.setText(saved.translation if saved else guess)
        self.translation_edit.setCursorPosition(0)  # its start shows, not its end
        self.translation_edit.setPlaceholderText(
            self.tr("Type your own translation") if not guess else ""
        )
        self.notes_edit.setPlainText(saved.notes if saved else "")
        self.tags_edit.setText(", ".join(saved.tags) if saved else "")

    def _show_saved_state(self, info: WordInfo) -> None:
        saved, status = info.saved, self._status
        for value, button in self.status_buttons.items():
            button.setChecked(value is status)
            button.setEnabled(status is not None)
        if saved is None:
            self.save_button.setText(self.tr("Save to glossary"))
            self.saved_label.setText(self.tr("Ctrl+S"))
        else:
            self.save_button.setText(self.tr("Update"))
            shown = status or saved.status
            self.saved_label.setText(self.tr("In your glossary · %s") % status_label(shown))

    def _show_teacher_button(self, info: WordInfo) -> None:
        """The teacher's translation, one click into the glossary: shown while the learner's
        entry does not have it already."""
        teacher = teacher_translation(info)
        saved = info.saved
        wanted = teacher is not None and (saved is None or saved.translation != teacher.senses[0])
        if wanted and saved is None:
            self.teacher_button.setText(self.tr("Save with your teacher's translation"))
        elif wanted:
            self.teacher_button.setText(self.tr("Use your teacher's translation"))
        self.teacher_button.setVisible(wanted)

    def _on_teacher_button_clicked(self) -> None:
        info = self._info
        teacher = teacher_translation(info) if info is not None else None
        if info is not None and teacher is not None:
            self.teacher_save_requested.emit(info, teacher)

    def _translations_html(self, translations: tuple[Translation, ...]) -> str:
        if not translations:
            hint = html.escape(self.tr("No translation found. Type your own below."))
            return f'<span style="color:{themed("#8a5a00")}">{hint}</span>'
        rows = []
        for translation in translations:
            senses = html.escape("; ".join(translation.senses))
            badge = html.escape(translation_note(translation))  # source, origin, IPA
            colour = themed(_SOURCE_COLOURS.get(translation.source, "#6b7280"))
            rows.append(
                f'<div style="margin-bottom:4px">{senses}<br>'
                f'<span style="color:{colour}; font-size:small">{badge}</span></div>'
            )
        return "".join(rows)

    def edits(self) -> CardEdits:
        return CardEdits(
            translation=self.translation_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            tags=parse_tags(self.tags_edit.text()),
        )

    def request_save(self) -> None:
        """Save or update the word shown (the Save shortcut calls this); not a quick look's."""
        if self._info is not None and not self._refining:
            self.save_requested.emit(self._info, self.edits())

    def focus_translation(self) -> None:
        self.translation_edit.setFocus()
        self.translation_edit.selectAll()

    def _on_save_button_clicked(self) -> None:
        self.request_save()

    def _on_status_button_clicked(self, status: Status) -> None:
        if self._info is not None:
            self._show_saved_state(self._info)  # checked again when the change is stored
            self.status_requested.emit(status)


_SOURCE_COLOURS = {
    TranslationSource.GLOSSARY: "#8a5a00",
    TranslationSource.DICTIONARY: "#3b6ea8",
    TranslationSource.COGNATE: "#6b7280",
    TranslationSource.MACHINE: "#7a4f9a",
    TranslationSource.TEACHER: "#2e7d4f",
}


def _guess(info: WordInfo) -> str:
    """The translation the form suggests: the best translation's first sense, short; nothing for
    words the learner gathers as a new expression (their words' senses are hints, not it)."""
    if info.expression is not None and info.expression.pattern and info.saved is None:
        return ""
    best = info.entry_translation  # a helper word's card saves its group's verb (voir: see)
    return short_sense(best.senses) if best is not None else ""


def short_sense(senses: tuple[str, ...], limit: int = PREFILL_CHARS) -> str:
    """The first sense, short: what "Your translation" starts from (the learner adds more if
    they wish). A long sense is cut at its first comma, semicolon or bracket."""
    for sense in senses:
        text = " ".join(sense.split())
        if not text:
            continue
        if len(text) > limit:
            cut = min((text.find(mark) for mark in ",;(" if text.find(mark) > 0), default=-1)
            text = text[:cut].strip() if cut > 0 else text[:limit].rsplit(" ", 1)[0]
        return text
    return ""


def teacher_translation(info: WordInfo) -> Translation | None:
    """The first translation from a teacher's list on the card, if any."""
    return next((t for t in info.translations if t.source is TranslationSource.TEACHER), None)


def _sentence_html(info: WordInfo) -> str:
    """The sentence with the selected word (or every word of its verb group) in bold."""
    text = info.sentence
    spans = sorted(
        (max(0, start - info.sentence_start), min(len(text), end - info.sentence_start))
        for start, end in info.unit
    )
    parts, position = [], 0
    for start, end in spans:
        if start < position or start >= end:
            continue
        parts.append(html.escape(text[position:start]))
        parts.append(f'<b style="color:{themed("#1d4f91")}">{html.escape(text[start:end])}</b>')
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)
