"""The article as readable text: clicks and hovers map to tokens through character positions.

No widget or anchor per word: a mouse position becomes a document position through the text
layout, then an offset in the article, then `Analysis.token_at(offset)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.ui.common.theme import dark_variant, is_dark, look, themed_colour
from reader.ui.reading.text_map import TextMap, split_lines
from reader.ui.reading.word_selection import WordSelection, unit_of

if TYPE_CHECKING:
    # The models' dataclasses (~10 ms) are imported with the analysis, after the first paint
    # (issue 14); the first page shows a text without them.
    from reader.core.models import Analysis, Expression, Status, Token

READING_WIDTH_EM = 34  # about 70 characters a line: comfortable for reading
MIN_SIDE_MARGIN = 18  # px: in a small window the text still keeps off the edges
MIN_TEXT_SIZE, MAX_TEXT_SIZE, DEFAULT_TEXT_SIZE = 10, 32, 15
EDIT_BLOCK_GAP = 1  # paragraphs between two changes that still share one layout pass
SERIF_FAMILIES = ["Literata", "Source Serif 4", "Noto Serif", "Georgia", "DejaVu Serif", "serif"]

HOVER_COLOUR = QColor("#e9edf2")
SELECTED_COLOUR = QColor("#cfe0f3")
TEXT_COLOUR = QColor("#222222")  # the article's ink (style.qss: QTextEdit#readingView)
# Learning words are tinted, darkest at level 1; known words are plain; new words carry a
# thin underline (a tint would look like the hover); ignored ones (names, numbers) are muted.
LEARNING_TINTS = ("#f9dc94", "#fbe4ad", "#fcebc4", "#fdf1d9", "#fef5e6")  # levels 1 to 5
NEW_UNDERLINE = QColor("#b4cbe4")
IGNORED_COLOUR = QColor("#77726a")


class ShownText(Protocol):
    """What the view shows: an Article, or the first page's text (app.first_text)."""

    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def headings(self) -> tuple[int, ...]: ...


class ReadingView(QTextEdit):
    """Shows one article; emits the token index a learner clicks or picks with the keyboard,
    and the words a learner gathers (Shift+click, Shift+arrows, a dragged selection) to save
    as one expression."""

    word_clicked = Signal(int)
    words_selected = Signal(object)  # tuple[int, ...]: token indices, two words or more
    text_size_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._use_own_viewport()
        self.setObjectName("readingView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text_size = DEFAULT_TEXT_SIZE
        self._map = TextMap([])
        self._analysis: Analysis | None = None
        self._provisional = False  # the analysis is the quick look (quick_cards.py)
        self._words: list[Token] = []
        self._hovered: Token | None = None
        self._focused: Token | None = None
        self._selected: Token | None = None
        self._statuses: Mapping[int, Status] = {}
        self._terms: Sequence[Expression] = ()  # the learner's own expressions in the text
        self.gathered = WordSelection()
        self._colouring = True
        self._coloured = False  # whether any word carries a status format now
        self._press: QPoint | None = None
        self._document: QTextDocument | None = None
        self._apply_font()
        look().changed.connect(self.refresh_look)  # switching to dark recolours the words

    def _use_own_viewport(self) -> None:
        """A viewport made in Python, set up as QAbstractScrollArea sets up its own. Asked for
        the one Qt made, PySide6 first searches every widget class for its type (10-20 ms,
        before the first paint: issue 14)."""
        viewport = QWidget(self)  # owned by the view, as Qt's own viewport is
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        viewport.setAcceptDrops(True)  # as QTextEdit's: a dropped file reaches the window
        viewport.setCursor(Qt.CursorShape.IBeamCursor)
        viewport.setMouseTracking(True)  # hovering a word highlights it
        self.setViewport(viewport)
        # The first document lays its text out for Qt's viewport, which is deleted now.
        self.document().documentLayout().setPaintDevice(viewport)

    # -- content -------------------------------------------------------------------------------

    def show_article(self, article: ShownText) -> None:
        """Show the text at once; words become clickable when `set_analysis` is called."""
        self._analysis, self._words, self._provisional = None, [], False
        self._hovered = self._focused = self._selected = None
        self._statuses, self._coloured = {}, False
        self._terms = ()
        self.gathered.clear()
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(24)
        # Font and column width first: each later change would lay the whole text out again.
        self._apply_font(document)
        self._update_margins(document)
        cursor = QTextCursor(document)
        lines = split_lines(article.text, 0)
        has_title_line = bool(lines) and lines[0].content == article.title.strip()
        if not has_title_line and article.title.strip():
            self._insert_block(cursor, article.title.strip(), is_title=True, first=True)
            lines = split_lines(article.text, cursor.position() + 1)
        headings = set(article.headings)
        for i, line in enumerate(lines):
            first = i == 0 and cursor.position() == 0
            is_title = first and has_title_line
            is_heading = not is_title and line.text_start in headings
            self._insert_block(
                cursor, line.content, is_title=is_title, first=first, is_heading=is_heading
            )
        self._map = TextMap(lines)
        # Qt deletes its own first document on replacement; ours are deleted here.
        previous, self._document = self._document, document
        self.setDocument(document)
        if previous is not None:
            previous.deleteLater()
        self.viewport().unsetCursor()
        self.setExtraSelections([])

    def _insert_block(
        self,
        cursor: QTextCursor,
        text: str,
        *,
        is_title: bool,
        first: bool,
        is_heading: bool = False,
    ) -> None:
        block = QTextBlockFormat()
        block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(12)
        chars = QTextCharFormat()
        if is_heading:  # a chapter's heading inside a book's page
            block.setTopMargin(0 if first else 18)
            block.setBottomMargin(16)
            block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
            chars.setFontWeight(QFont.Weight.DemiBold)
        if is_title:
            block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            block.setBottomMargin(22)
            chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)
            chars.setForeground(themed_colour(QColor("#1a1a1a")))
        if first:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(chars)
        else:
            cursor.insertBlock(block, chars)
        cursor.insertText(text, chars)

    def set_analysis(self, analysis: Analysis, *, provisional: bool = False) -> None:
        """Make the words clickable; `provisional`: with the quick look, until the full
        analysis is set."""
        self._analysis, self._provisional = analysis, provisional
        self._words = [token for token in analysis.tokens if token.is_word]
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def analysis(self) -> Analysis | None:
        return self._analysis

    def set_terms(self, terms: Sequence[Expression]) -> None:
        """The learner's own expressions found in the text: hover and clicks select them."""
        self._terms = terms
        self._refresh_highlights()

    def unit_of(self, token: Token) -> tuple[Token, ...]:
        """The tokens a click on this one selects."""
        assert self._analysis is not None
        return unit_of(self._analysis, self._terms, token)

    @property
    def is_clickable(self) -> bool:
        """Whether the text's full analysis is in (the quick look's words take clicks before:
        `is_quick_look`)."""
        return self._analysis is not None and not self._provisional

    @property
    def is_quick_look(self) -> bool:
        return self._analysis is not None and self._provisional

    # -- colouring by status -------------------------------------------------------------------

    def set_word_statuses(self, statuses: Mapping[int, Status]) -> None:
        """Colour every word by its status (token index -> status). The view keeps the
        mapping: after a change, `repaint_words` recolours only the words given."""
        self._statuses = statuses
        self._recolour()

    def repaint_words(self, indices: Iterable[int]) -> None:
        """Recolour these words from the status mapping (changed in place by the caller)."""
        if self._analysis is None or not self._colouring:
            return
        cursor = QTextCursor(self.document())
        tokens = self._analysis.tokens
        last_line: int | None = None
        for index in sorted(indices):
            status = self._statuses.get(index)
            line = self._map.line_index(tokens[index].start)
            if status is None or line is None:
                continue
            # Qt lays out again everything between the first and the last change of an edit
            # block: words far apart get edit blocks of their own.
            if last_line is None:
                cursor.beginEditBlock()
            elif line - last_line > EDIT_BLOCK_GAP:
                cursor.endEditBlock()
                cursor.beginEditBlock()
            last_line = line
            token = tokens[index]
            self._format_range(cursor, token.start, token.end, status_formats()[status])
        if last_line is not None:
            cursor.endEditBlock()
            self._coloured = True

    def set_colouring(self, enabled: bool) -> None:
        """Show statuses by colour, or the plain text."""
        if enabled != self._colouring:
            self._colouring = enabled
            self._recolour()

    @property
    def is_colouring(self) -> bool:
        return self._colouring

    def refresh_look(self) -> None:
        """Recolour every word and the highlights in the look now shown (light or dark)."""
        self._coloured = True  # the whole text gets the plain format of the new look first
        self._recolour()
        self._refresh_highlights()

    def _recolour(self) -> None:
        if self._analysis is None:
            return
        from reader.core.models import Status  # loaded with the analysis

        known = Status.KNOWN
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        if self._coloured:
            # One format for the whole text first: cheaper than one per known word.
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeCharFormat(status_formats()[known])
            self._coloured = False
        if self._colouring:
            tokens = self._analysis.tokens
            for index, status in self._statuses.items():
                if status is not known:
                    token = tokens[index]
                    self._format_range(cursor, token.start, token.end, status_formats()[status])
                    self._coloured = True
        cursor.endEditBlock()

    def _format_range(
        self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat
    ) -> None:
        first, last = self._map.to_doc(start), self._map.to_doc(end)
        if first is None or last is None:
            return
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    # -- hit testing ---------------------------------------------------------------------------

    def offset_at(self, point: QPoint) -> int | None:
        """The text offset of the character under a viewport point, or None off the text."""
        document = self.document()
        doc_point = QPointF(
            point.x() + self.horizontalScrollBar().value(),
            point.y() + self.verticalScrollBar().value(),
        )
        position = document.documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(position, 0))
        if not block.isValid():
            return None
        layout = block.layout()
        local = doc_point - layout.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if line.y() <= local.y() < line.y() + line.height():
                if not line.x() <= local.x() < line.x() + line.naturalTextWidth():
                    return None
                column = line.xToCursor(local.x(), QTextLine.CursorPosition.CursorOnCharacter)
                return self._map.to_text(block.position() + column)
        return None

    def token_at(self, point: QPoint) -> Token | None:
        """The word under a viewport point, once the analysis has arrived."""
        offset = self.offset_at(point)
        if self._analysis is None or offset is None:
            return None
        token = self._analysis.token_at(offset)
        return token if token is not None and token.is_word else None

    def char_rect(self, offset: int) -> QRect:
        """The viewport rectangle of the character at a text offset (for tests and scrolling)."""
        position = self._map.to_doc(offset)
        if position is None:
            return QRect()
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        left = self.cursorRect(cursor)
        cursor.setPosition(position + 1)
        right = self.cursorRect(cursor)
        width = right.left() - left.left() if right.top() == left.top() else 6
        return QRect(left.left(), left.top(), max(width, 1), left.height())

    # -- hover, focus and selection ------------------------------------------------------------

    def select_token(self, index: int, *, scroll: bool = True) -> None:
        """Show a token as selected (the card shows it) and move the keyboard focus to it."""
        if self._analysis is None:
            return
        token = self._analysis.tokens[index]
        self._selected = self._focused = token
        self.gathered.clear()
        if scroll:
            self.scroll_to_offset(token.start)
        self._refresh_highlights()

    def show_gathered(self) -> None:
        """Show the gathered words as the selection (the card shows them as one)."""
        if self._analysis is not None and self.gathered:
            indices = self.gathered.indices
            self._selected = self._focused = self._analysis.tokens[indices[-1]]
            self._refresh_highlights()

    def clear_selection(self) -> None:
        self._selected = None
        self.gathered.clear()
        self._refresh_highlights()

    def _gather(self, token: Token) -> None:
        """Shift+click: add or remove a word of the expression being gathered."""
        assert self._analysis is not None
        self.gathered.toggle(self._analysis, token, self._selected)
        self._emit_gathered()

    def _extend(self, step: int) -> None:
        """Shift+→ / Shift+←: the gathered words reach one word further."""
        if self._analysis is None:
            return
        if self.gathered.extend(self._words, self._focused or self._selected, step) is not None:
            self._emit_gathered()

    def _take_span(self) -> bool:
        """A dragged selection of two words or more: gathered as one expression."""
        cursor = self.textCursor()
        start = self._map.to_text(cursor.selectionStart())
        end = self._map.to_text(max(cursor.selectionEnd() - 1, cursor.selectionStart()))
        if self._analysis is None or start is None or end is None:
            return False
        self.gathered.take_span(self._analysis, start, end + 1)
        if len(self.gathered.indices) < 2:
            self.gathered.clear()
            return False
        self._emit_gathered()
        return True

    def _emit_gathered(self) -> None:
        indices = self.gathered.indices
        if len(indices) >= 2:
            self.words_selected.emit(indices)
        elif indices:
            self.gathered.clear()
            self.word_clicked.emit(indices[0])
        else:
            self.clear_selection()

    def move_focus(self, step: int) -> None:
        """Move the keyboard focus to the next (1) or previous (-1) unit and select it."""
        if not self._words or self._analysis is None:
            return
        current = self._focused or self._selected
        position = self._word_position(current, step)
        while 0 <= position < len(self._words):
            token = self._words[position]
            if current is None or token not in self.unit_of(current):
                break
            position += step
        if 0 <= position < len(self._words):
            self.word_clicked.emit(self._words[position].index)

    def _word_position(self, token: Token | None, step: int) -> int:
        if token is None:
            return 0 if step > 0 else len(self._words) - 1
        for i, word in enumerate(self._words):
            if word.index == token.index:
                return i + step
        return 0

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the character at a text offset is comfortably inside the view."""
        position = self._map.to_doc(offset)
        if position is None:
            return
        if not self.viewport().rect().adjusted(0, 40, 0, -40).contains(self.char_rect(offset)):
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _refresh_highlights(self) -> None:
        if self._analysis is None:
            self.setExtraSelections([])
            return
        selections: list[QTextEdit.ExtraSelection] = []
        if self._hovered is not None and self._hovered != self._selected:
            selections += self._unit_selections(
                self.unit_of(self._hovered), themed_colour(HOVER_COLOUR)
            )
        if self.gathered:
            gathered = [self._analysis.tokens[i] for i in self.gathered.indices]
            selections += self._unit_selections(gathered, themed_colour(SELECTED_COLOUR))
        elif self._selected is not None:
            selections += self._unit_selections(
                self.unit_of(self._selected), themed_colour(SELECTED_COLOUR)
            )
        self.setExtraSelections(selections)

    def _unit_selections(
        self, parts: Iterable[Token], colour: QColor
    ) -> list[QTextEdit.ExtraSelection]:
        selections = []
        for part in parts:
            first, last = self._map.to_doc(part.start), self._map.to_doc(part.end)
            if first is None or last is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(first)
            cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(colour)
            selections.append(selection)
        return selections

    def unit_spans(self, token: Token) -> list[tuple[int, int]]:
        """The text spans highlighted together with a token (for tests)."""
        if self._analysis is None:
            return []
        return [(part.start, part.end) for part in self.unit_of(token)]

    @property
    def hovered(self) -> Token | None:
        return self._hovered

    # -- text size -----------------------------------------------------------------------------

    @property
    def text_size(self) -> int:
        return self._text_size

    def set_text_size(self, size: int) -> None:
        size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, size))
        if size != self._text_size:
            self._text_size = size
            self._apply_font()
            self._update_margins()
            self.text_size_changed.emit(size)

    def _apply_font(self, document: QTextDocument | None = None) -> None:
        font = QFont()
        font.setFamilies(SERIF_FAMILIES)
        font.setPointSize(self._text_size)
        (document or self.document()).setDefaultFont(font)

    def _update_margins(self, document: QTextDocument | None = None) -> None:
        """Keep a comfortable line length by centring a column in a wide window."""
        document = document or self.document()
        font = document.defaultFont()
        column = int(READING_WIDTH_EM * font.pointSizeF() * self.logicalDpiX() / 72)
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - column) // 2)
        frame = document.rootFrame()
        frame_format = frame.frameFormat()
        if frame_format.leftMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame.setFrameFormat(frame_format)

    # -- events --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # QTextEdit copies the widget font (set by the stylesheet) into the document.
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        token = self.token_at(event.position().toPoint())
        if token != self._hovered:
            self._hovered = token
            self._refresh_highlights()

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self._refresh_highlights()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        is_click = self._press is not None and (point - self._press).manhattanLength() < 4
        self._press = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if not is_click:
            if self.textCursor().hasSelection():
                self._take_span()  # the text stays selected, to copy it too
            return
        if self.textCursor().hasSelection():
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
        token = self.token_at(point)
        if token is None:
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._gather(token)
        else:
            self.gathered.clear()
            self.word_clicked.emit(token.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            step = 1 if key == Qt.Key.Key_Right else -1
            if not event.modifiers():
                self.move_focus(step)
                return
            if event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
                self._extend(step)
                return
        super().keyPressEvent(event)


def status_colours() -> dict[Status, QColor]:
    """The learning words' tints by status (made on first use, with the analysis)."""
    if not _STATUS_COLOURS:
        from reader.core.models import Status

        levels = (
            Status.LEARNING_1,
            Status.LEARNING_2,
            Status.LEARNING_3,
            Status.LEARNING_4,
            Status.LEARNING_5,
        )
        _STATUS_COLOURS.update(zip(levels, map(QColor, LEARNING_TINTS), strict=True))
    return _STATUS_COLOURS


_STATUS_COLOURS: dict[Status, QColor] = {}


def _status_format(status: Status, dark: bool) -> QTextCharFormat:
    """Every property a status sets, so merging one format replaces the previous status's."""
    from reader.core.models import Status

    fmt = QTextCharFormat()
    tint = status_colours().get(status)
    fmt.setBackground(QColor(Qt.GlobalColor.transparent) if tint is None else _look(tint, dark))
    fmt.setForeground(_look(IGNORED_COLOUR if status is Status.IGNORED else TEXT_COLOUR, dark))
    if status is Status.NEW:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(_look(NEW_UNDERLINE, dark))
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    return fmt


def _look(colour: QColor, dark: bool) -> QColor:
    return QColor(dark_variant(colour.name())) if dark else colour


# Built once per look, on first use: the light look's and the dark look's formats by status.
_STATUS_FORMATS: dict[bool, dict[Status, QTextCharFormat]] = {}


def status_formats() -> dict[Status, QTextCharFormat]:
    """The formats of the look the window shows now."""
    dark = is_dark()
    if dark not in _STATUS_FORMATS:
        from reader.core.models import Status

        _STATUS_FORMATS[dark] = {status: _status_format(status, dark) for status in Status}
    return _STATUS_FORMATS[dark]
