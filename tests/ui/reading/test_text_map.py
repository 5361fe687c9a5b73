"""Text offsets <-> document positions, including blank lines and characters beyond the BMP."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.models import Analysis, Article, Sentence, Token
from reader.ui.reading.reading_view import ReadingView
from reader.ui.reading.text_map import TextMap, split_lines

TEXT = "Titre\n\n  Il fait 🌞 beau.  \n\n\nLe chat 🐈 dort.\n"


def test_blank_lines_are_dropped_and_offsets_kept() -> None:
    lines = split_lines(TEXT, 0)
    assert [line.content for line in lines] == ["Titre", "Il fait 🌞 beau.", "Le chat 🐈 dort."]
    text_map = TextMap(lines)
    for word in ("Titre", "fait", "beau", "chat", "dort"):
        offset = TEXT.index(word)
        position = text_map.to_doc(offset)
        assert position is not None
        assert text_map.to_text(position) == offset


@pytest.mark.parametrize("needle", ["beau", "dort", "🐈"])
def test_document_positions_count_utf16_units(qtbot: QtBot, needle: str) -> None:
    view = ReadingView()
    qtbot.addWidget(view)
    view.show_article(Article("Titre", TEXT))
    offset = TEXT.index(needle)
    position = view._map.to_doc(offset)
    assert position is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    cursor.setPosition(
        position + len(needle.encode("utf-16-le")) // 2, QTextCursor.MoveMode.KeepAnchor
    )
    assert cursor.selectedText() == needle


def test_a_title_missing_from_the_text_is_shown_but_not_mapped(qtbot: QtBot) -> None:
    view = ReadingView()
    qtbot.addWidget(view)
    text = "Bonjour tout le monde."
    view.show_article(Article("Un titre à part", text))
    assert view.toPlainText().splitlines() == ["Un titre à part", text]
    tokens = (Token(0, "Bonjour", 0, 7, "bonjour", "INTJ", {}, 0, True),)
    view.set_analysis(Analysis(text, (Sentence(0, len(text)),), tokens))
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    hit = view.token_at(view.char_rect(3).center())
    assert hit is not None and hit.text == "Bonjour"
