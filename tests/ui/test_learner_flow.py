"""What a learner does: open the sample, click words, save, edit, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.models import Status
from reader.core.store import Database
from reader.ui.glossary.model import TRANSLATION
from reader.ui.main_window import MainWindow
from reader.ui.reading.reading_view import status_colours
from tests.ui.helpers import click_text, offset_of, open_and_wait, point_of


def background_at(window: MainWindow, offset: int) -> str:
    """The tint of the character at a text offset, as the learner sees it."""
    view = window.reading_view
    position = view._map.to_doc(offset)
    assert position is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat().background().color().name()


def test_the_article_shows_at_once_and_words_become_clickable(
    qtbot: QtBot, window: MainWindow
) -> None:
    from reader.core.articles import load_article, sample_article_path

    article = load_article(sample_article_path())
    window.show_article(article)
    # Shown before any analysis arrives: the title and the first paragraph are there already.
    assert not window.reading_view.is_clickable
    plain = window.reading_view.toPlainText()
    assert plain.startswith(article.title)
    assert "ont convenu d’une interaction" in plain
    assert window.status_label.text() in ("Loading French model…", "Analysing…")
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=120_000)
    assert "click any word" in window.status_label.text()


def test_click_save_edit_delete_undo(
    qtbot: QtBot, window: MainWindow, data_dir, monkeypatch
) -> None:
    open_and_wait(qtbot, window)
    view, panel = window.reading_view, window.word_panel

    # Click "accent" in "en mettant l’accent sur …" as a mouse would: the expression leads.
    offset = offset_of(view, "accent")
    click_text(qtbot, view, offset + 2)
    assert panel.info is not None
    assert panel.form_label.text() == "mettant l’accent sur"
    assert panel.headword_label.text() == "mettre l'accent sur"
    assert panel.pos_label.text() == "expression"
    card = panel.translations_label.text()
    assert card.index("stress; emphasise") < card.index("accent; stress")  # then the word's
    assert "dictionary" in card
    assert panel.grammar_label.text().startswith("noun, masculine singular")
    assert "<b" in panel.sentence_label.text() and "accent</b>" in panel.sentence_label.text()
    assert panel.translation_edit.text() == "stress"  # one short sense, to add to

    # Save it with a note and tags.
    qtbot.mouseClick(panel.tags_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.tags_edit, "defence, week 1")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    entry = window.glossary.entry(0)
    assert entry.lemma == "mettre l'accent sur"
    assert entry.tags == ("defence", "week 1")
    assert entry.contexts[0].source_title.startswith("La Russie et la Chine")
    assert panel.save_button.text() == "Update"
    # Marked in the text by its status, every occurrence.
    assert background_at(window, offset) == status_colours()[Status.LEARNING_1].name()
    assert (
        background_at(window, offset_of(view, "accent", 1))
        == status_colours()[Status.LEARNING_1].name()
    )

    # In the glossary view.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.glossary_view
    table = window.glossary_view.table
    assert table.model().rowCount() == 1
    assert table.model().index(0, 0).data() == "mettant l’accent sur"

    # Edit its translation in the table: type, press Enter, it is saved.
    index = table.model().index(0, TRANSLATION)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.focusWidget()
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "emphasis")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.glossary.entry(0).translation == "emphasis", timeout=10_000)
    with Database.open_in(data_dir) as store:
        assert store.glossary.find_by_lemma("mettre l'accent sur").translation == "emphasis"

    # Delete (confirming), then undo.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.mouseClick(window.glossary_view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 0, timeout=10_000)
    assert background_at(window, offset) != status_colours()[Status.LEARNING_1].name()
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    restored = window.glossary.entry(0)
    assert restored.translation == "emphasis" and restored.tags == ("defence", "week 1")
    assert background_at(window, offset) == status_colours()[Status.LEARNING_1].name()


def test_a_word_without_translation_invites_one(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window)
    click_text(qtbot, window.reading_view, offset_of(window.reading_view, "OCS"))
    panel = window.word_panel
    # No dictionary has the acronym (Asie-Pacifique, once the example, now shows itself as a
    # name; militaro-technique before it is built from its parts).
    assert "OCS" in panel.headword_label.text()
    assert "No translation found" in panel.translations_label.text()
    assert panel.translation_edit.text() == ""
    assert "Type your own" in panel.translation_edit.placeholderText()
    qtbot.mouseClick(panel.translation_edit, Qt.MouseButton.LeftButton)
    assert panel.translation_edit.hasFocus()
    qtbot.keyClicks(panel.translation_edit, "SCO")
    qtbot.keyClick(panel.translation_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    assert window.glossary.entry(0).translation == "SCO"
    assert "SCO" in panel.translations_label.text()
    assert "your glossary" in panel.translations_label.text()


def test_hover_shows_the_whole_verb_group(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window)
    view = window.reading_view
    menees = offset_of(view, "menées")
    qtbot.mouseMove(view.viewport(), point_of(view, menees + 1))
    qtbot.waitUntil(lambda: view.hovered is not None, timeout=5_000)
    assert view.hovered is not None
    spans = [view.analysis.text[s:e] for s, e in view.unit_spans(view.hovered)]  # type: ignore[union-attr]
    assert spans == ["ont", "été", "menées"]
    assert len(view.extraSelections()) == 3


def test_clicking_an_elided_article_selects_it_alone(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window)
    view = window.reading_view
    click_text(qtbot, view, offset_of(view, "l’interaction"))
    assert window.word_panel.form_label.text() == "l’"
    assert window.word_panel.headword_label.text() == "le"


def test_clicking_between_words_or_in_the_margin_selects_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_and_wait(qtbot, window)
    view = window.reading_view
    # The left margin, beside the first line of text.
    margin = QPoint(5, point_of(view, offset_of(view, "Russie")).y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=margin)
    assert window.word_panel.info is None
    space = offset_of(view, "Russie et") + len("Russie")
    click_text(qtbot, view, space)
    assert window.word_panel.info is None


def test_keyboard_moves_between_words_and_saves(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window)
    view, panel = window.reading_view, window.word_panel
    click_text(qtbot, view, offset_of(view, "Russie"))
    assert panel.form_label.text() == "Russie"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert panel.form_label.text() == "et"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert panel.form_label.text() == "Chine"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert panel.form_label.text() == "la"
    # A verb group is one stop: "ont convenu" then the next word.
    click_text(qtbot, view, offset_of(view, "Chine ont convenu"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert panel.form_label.text() == "ont convenu"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert panel.form_label.text() == "d’"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert panel.form_label.text() == "interaction"
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    assert window.glossary.entry(0).lemma == "interaction"
    # Enter moves to the card to edit the translation.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert panel.translation_edit.hasFocus()


def test_the_card_updates_a_saved_word_and_its_status(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window)
    view, panel = window.reading_view, window.word_panel
    click_text(qtbot, view, offset_of(view, "exercices"))
    assert panel.status_buttons[Status.NEW].isChecked()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.save_button.text() == "Update", timeout=10_000)
    qtbot.waitUntil(lambda: panel.status_buttons[Status.LEARNING_1].isChecked(), timeout=10_000)
    # Met again in another sentence: the same entry, one more context; mark it as known.
    click_text(qtbot, view, offset_of(view, "exercices", 1))
    assert panel.save_button.text() == "Update"
    qtbot.mouseClick(panel.status_buttons[Status.KNOWN], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.entry(0).status is Status.KNOWN, timeout=10_000)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.glossary.entry(0).contexts) == 2, timeout=10_000)
    entry = window.glossary.entry(0)
    assert window.glossary.rowCount() == 1 and entry.status is Status.KNOWN
    assert "Known" in panel.saved_label.text()
    assert panel.status_buttons[Status.KNOWN].isChecked()
    # Known words are plain: no tint, no underline.
    assert background_at(window, offset_of(view, "exercices")) == "#000000"
