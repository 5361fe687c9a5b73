"""Learning in the window: statuses by lemma with keys and undo, mark the rest as known, review
with keys, export through the dialog, import a word list."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.models import Status
from reader.core.store import Database
from reader.ui.main_window import REVIEW_TAB, MainWindow
from reader.ui.reading.reading_view import IGNORED_COLOUR, status_colours
from tests.ui.helpers import (
    click_text,
    export_and_close,
    export_to,
    offset_of,
    open_and_wait,
    open_export_dialog,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def shown_status(window: MainWindow, offset: int) -> Status:
    """The status the learner sees on the character at a text offset, from its format."""
    view = window.reading_view
    position = view._map.to_doc(offset)
    assert position is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    fmt = cursor.charFormat()
    if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline:
        return Status.NEW
    if fmt.foreground().color() == IGNORED_COLOUR:
        return Status.IGNORED
    background = fmt.background()
    for status, colour in status_colours().items():
        if background.style() != Qt.BrushStyle.NoBrush and background.color() == colour:
            return status
    return Status.KNOWN  # plain


def stored_status(data_dir: Path, lemma: str) -> Status:
    with Database.open_in(data_dir) as store:
        return store.learning.status_of(lemma)


def test_a_status_key_colours_every_form_of_the_lemma_and_undo(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    open_and_wait(qtbot, window)
    view, panel = window.reading_view, window.word_panel
    # conviennent (title), "ont convenu" (three times): one lemma, convenir.
    forms = [offset_of(view, "conviennent")]
    forms += [offset_of(view, "ont convenu", n) for n in range(3)]
    forms += [offset_of(view, "convenu", n) for n in range(3)]
    other = offset_of(view, "interaction")
    assert {shown_status(window, offset) for offset in forms} == {Status.NEW}

    # Save the form in the title: the lemma goes into learning, every form follows.
    click_text(qtbot, view, forms[0])
    assert panel.status_buttons[Status.NEW].isChecked()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: shown_status(window, forms[-1]) is Status.LEARNING_1, timeout=10_000)
    assert {shown_status(window, offset) for offset in forms} == {Status.LEARNING_1}

    # One key: learning 2 for convenir everywhere, in the glossary and the database too.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: panel.status is Status.LEARNING_2, timeout=10_000)
    assert {shown_status(window, offset) for offset in forms} == {Status.LEARNING_2}
    assert shown_status(window, other) is Status.NEW
    assert panel.status_buttons[Status.LEARNING_2].isChecked()
    assert window.glossary.by_lemma()["convenir"].status is Status.LEARNING_2
    assert stored_status(data_dir, "convenir") is Status.LEARNING_2
    assert "learning 2" in window.status_label.text()

    # Known is plain, ignored is muted; typing in the card's fields changes no status.
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: shown_status(window, forms[3]) is Status.KNOWN, timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: shown_status(window, forms[3]) is Status.IGNORED, timeout=10_000)
    qtbot.mouseClick(panel.tags_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.tags_edit, "k1")
    assert panel.tags_edit.text() == "k1" and panel.status is Status.IGNORED

    # Ctrl+Z takes the changes back one by one: ignored -> known -> learning 2.
    assert window.undo_action.text() == "&Undo Status Change"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: panel.status is Status.KNOWN, timeout=10_000)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: panel.status is Status.LEARNING_2, timeout=10_000)
    assert {shown_status(window, offset) for offset in forms} == {Status.LEARNING_2}
    assert stored_status(data_dir, "convenir") is Status.LEARNING_2

    # The card's buttons do what the keys do; N makes the lemma new again (and undo too).
    qtbot.mouseClick(panel.status_buttons[Status.LEARNING_5], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_status(window, forms[1]) is Status.LEARNING_5, timeout=10_000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: shown_status(window, forms[1]) is Status.NEW, timeout=10_000)
    assert stored_status(data_dir, "convenir") is Status.NEW


def test_the_colouring_can_be_turned_off_and_is_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_and_wait(qtbot, window)
    view = window.reading_view
    russie = offset_of(view, "Russie")
    assert shown_status(window, russie) is Status.IGNORED  # a name
    assert shown_status(window, offset_of(view, "interaction")) is Status.NEW
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    assert not window.colour_action.isChecked() and not window.settings.colour_statuses
    assert shown_status(window, russie) is Status.KNOWN  # plain text
    assert shown_status(window, offset_of(view, "interaction")) is Status.KNOWN
    window.colour_action.trigger()
    assert shown_status(window, russie) is Status.IGNORED
    assert window.settings.colour_statuses


def test_mark_the_rest_as_known_and_undo(
    qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch
) -> None:
    open_and_wait(qtbot, window)
    view = window.reading_view
    click_text(qtbot, view, offset_of(view, "patrouilles"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.word_panel.status is Status.LEARNING_3, timeout=10_000)
    new_words = [offset_of(view, word) for word in ("interaction", "menées", "exercices")]
    assert " new · " in window.article_stats.text()
    new_before = window.word_statuses.article.stats().new_lemmas  # type: ignore[union-attr]

    questions: list[str] = []

    def confirm(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
    assert f"Mark the {new_before} words still new" in questions[0]
    qtbot.waitUntil(lambda: " 0 new · " in window.article_stats.text(), timeout=10_000)
    article = window.word_statuses.article
    assert article is not None and Status.NEW not in article.statuses.values()
    assert {shown_status(window, offset) for offset in new_words} == {Status.KNOWN}
    assert shown_status(window, offset_of(view, "patrouilles")) is Status.LEARNING_3
    assert shown_status(window, offset_of(view, "Russie")) is Status.IGNORED
    assert stored_status(data_dir, "interaction") is Status.KNOWN
    assert f"{new_before} words changed status" in window.status_label.text()

    # One undo puts every one of them back.
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f" {new_before} new · " in window.article_stats.text(), timeout=10_000)
    assert {shown_status(window, offset) for offset in new_words} == {Status.NEW}
    assert shown_status(window, offset_of(view, "patrouilles")) is Status.LEARNING_3
    assert stored_status(data_dir, "interaction") is Status.NEW

    # Nothing to ask when nothing is new.
    monkeypatch.setattr(window.word_statuses.article, "new_lemmas", lambda: [])
    window.learning.mark_rest_known()
    assert len(questions) == 1 and "No new words" in window.status_label.text()


def test_review_due_words_with_keys(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    open_and_wait(qtbot, window)
    view, review = window.reading_view, window.review_view
    word = offset_of(view, "intérêt")
    for needle in ("intérêt", "patrouilles"):
        click_text(qtbot, view, offset_of(view, needle))
        qtbot.mouseClick(window.word_panel.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=needle: window.word_panel.save_button.text() == "Update")
    # The learner thinks "intérêt" is nearly known; the review will say otherwise.
    click_text(qtbot, view, word)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: shown_status(window, word) is Status.LEARNING_4, timeout=10_000)
    qtbot.waitUntil(lambda: window.tabs.tabText(REVIEW_TAB) == "Review · 2", timeout=10_000)

    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.tabs.currentIndex() == REVIEW_TAB
    qtbot.waitUntil(lambda: review.entry is not None, timeout=10_000)
    assert review.prompt_label.text() == "intérêt"
    assert not review.answer.isVisibleTo(review)
    qtbot.keyClick(review, Qt.Key.Key_3)  # grading before the answer is shown does nothing
    assert review.entry is not None and review.entry.lemma == "intérêt"

    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert review.is_revealed and review.answer.isVisibleTo(review)
    assert review.translation_label.text() == "interest"  # the card prefills one short sense
    assert "intérêt</b>" in review.sentence_label.text()
    good = review.grade_buttons[3]
    qtbot.waitUntil(lambda: "10 min" in good.text(), timeout=10_000)
    assert "1 min" in review.grade_buttons[1].text()

    # Again: back to learning 1, in the glossary and in the article's colours.
    qtbot.keyClick(review, Qt.Key.Key_1)
    assert review.entry is not None and review.entry.lemma == "patrouille"
    qtbot.waitUntil(lambda: shown_status(window, word) is Status.LEARNING_1, timeout=10_000)
    assert window.glossary.by_lemma()["intérêt"].status is Status.LEARNING_1
    # S: recall from the sentence, the word blanked; the answer names it.
    qtbot.keyClick(review, Qt.Key.Key_S)
    assert "_____ conjointes" in review.prompt_label.text()
    assert "patrouille" not in review.prompt_label.text()
    assert window.settings.review_from_sentence
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert review.lemma_label.isVisibleTo(review) and review.lemma_label.text() == "patrouille"
    with qtbot.waitSignal(review.reviewed, timeout=10_000):
        qtbot.keyClick(review, Qt.Key.Key_3)
    assert review.empty_title.text() == "Done for now"
    qtbot.waitUntil(lambda: window.tabs.tabText(REVIEW_TAB) == "Review", timeout=10_000)
    with Database.open_in(data_dir) as store:
        assert [r.rating for r in store.learning.reviews_of("intérêt")] == [1]
        assert [r.rating for r in store.learning.reviews_of("patrouille")] == [3]
        assert store.learning.due_entry_ids(store.learning.card_state("intérêt").due) != []  # type: ignore[union-attr]


def test_export_anki_package_and_text_through_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window)
    view, panel = window.reading_view, window.word_panel
    for needle, tags in (("intérêt", "week 1"), ("coopération", "politics")):
        click_text(qtbot, view, offset_of(view, needle))
        panel.tags_edit.setText(tags)
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.save_button.text() == "Update", timeout=10_000)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 2, timeout=10_000)

    # Anki refuses to import a file named collection.apkg as a deck: so do we, clearly.
    dialog = open_export_dialog(qtbot, window)
    assert dialog.format.value == "anki" and "2 words to export" in dialog.count_label.text()
    export_to(qtbot, dialog, tmp_path / "collection.apkg")
    qtbot.waitUntil(lambda: "collection.apkg" in dialog.message_label.text(), timeout=10_000)
    assert dialog.isVisible() and not (tmp_path / "collection.apkg").exists()

    deck = tmp_path / "french.apkg"
    dialog.deck_edit.setText("Défense")
    export_and_close(qtbot, dialog, deck)
    assert zipfile.is_zipfile(deck)
    assert "Exported 2 words" in window.status_label.text()

    # Anki's text import, only the words tagged "week 1"; the dialog remembers the deck.
    dialog = open_export_dialog(qtbot, window)
    assert dialog.deck_edit.text() == "Défense"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("tsv"))
    assert dialog.path_edit.text().endswith("french.txt")
    qtbot.waitUntil(lambda: dialog.tag_combo.findData("week 1") > 0, timeout=10_000)
    dialog.tag_combo.setCurrentIndex(dialog.tag_combo.findData("week 1"))
    qtbot.waitUntil(lambda: dialog.count_label.text() == "1 word to export.", timeout=10_000)
    text_file = tmp_path / "week one.txt"
    export_and_close(qtbot, dialog, text_file)
    lines = text_file.read_text(encoding="utf-8").splitlines()
    headers = [line for line in lines if line.startswith("#")]
    assert headers[:2] == ["#separator:tab", "#html:true"]
    assert "#deck:Défense" in headers
    assert any(line.startswith("#tags column:") for line in headers)
    rows = list(csv.reader([line for line in lines if not line.startswith("#")], delimiter="\t"))
    assert len(rows) == 1
    row = rows[0]
    assert "intérêt" in row and row[-1] == "week_1"
    assert any("<b>intérêt</b>" in field for field in row)
    assert "interest" in row  # the translation: the one short sense the card prefilled


def test_import_a_word_list(qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    open_and_wait(qtbot, window)
    view = window.reading_view
    words = tmp_path / "words.csv"
    words.write_text(
        "word,translation,sentence,tags\n"
        "menées,led,Les consultations ont été menées à Nanping.,defence\n"
        "maisons,houses,,\n"
        "mène,leads,,defence\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(words), ""))
    menees = offset_of(view, "menées")
    assert shown_status(window, menees) is Status.NEW
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)

    def summary() -> QMessageBox | None:
        boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "importSummary"]
        return boxes[0] if boxes and boxes[0].isVisible() else None

    qtbot.waitUntil(lambda: summary() is not None, timeout=60_000)
    box = summary()
    assert box is not None
    assert "Imported 2 words from words.csv: 2 new" in box.text()
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 2, timeout=10_000)
    lemmas = {entry.lemma: entry for entry in window.glossary.entries}
    assert set(lemmas) == {"mener", "maison"}
    assert lemmas["mener"].tags == ("defence",) and lemmas["maison"].translation == "houses"
    # Every form of an imported lemma is coloured in the article open.
    qtbot.waitUntil(lambda: shown_status(window, menees) is Status.LEARNING_1, timeout=10_000)
    assert shown_status(window, offset_of(view, "ont été menées")) is Status.LEARNING_1
    assert "Imported 2 words" in window.status_label.text()
    box.close()


def test_import_a_kindle_vocabulary_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from tests.core.kindle import kindle_db

    open_and_wait(qtbot, window)
    vocab = kindle_db(tmp_path / "vocab.db")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(vocab), ""))
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 2, timeout=60_000)
    assert "Imported 2 words from vocab.db: 2 new" in window.status_label.text()
    entries = {entry.lemma: entry for entry in window.glossary.entries}
    assert entries["maison"].status is Status.KNOWN  # mastered on the Kindle
    assert entries["mener"].contexts[0].source_title == "Bel-Ami"
    menees = offset_of(window.reading_view, "menées")
    qtbot.waitUntil(lambda: shown_status(window, menees) is Status.LEARNING_1, timeout=10_000)
