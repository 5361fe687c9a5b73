"""The teacher → student flow through the window's real widgets (offscreen): a new list shows at
once, handout edits are saved as they are typed and survive closing the dialog and the app, the
list file carries them, and a student sees the teacher's words on the word card and in the
Glossary tab, and saves them."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.models import Status
from reader.core.store import Database, ListWord
from reader.core.teaching.list_files import export_list
from reader.ui.common.settings import Settings
from reader.ui.common.tasks import AnalysisProcess, TaskRunner, default_store_factory
from reader.ui.glossary.model import STATUS, TEACHER_ROLE, TRANSLATION, WORD
from reader.ui.library.handout_dialog import TRANSLATION as HANDOUT_TRANSLATION
from reader.ui.library.handout_dialog import WORD as HANDOUT_WORD
from reader.ui.library.handout_dialog import HandoutDialog
from reader.ui.library.lists_view import ListsView
from reader.ui.main_window import MainWindow
from tests.core.library_helpers import HARBOUR, add_text
from tests.core.sample_files import boilerplate_page
from tests.ui.helpers import (
    ANALYSIS_TIMEOUT_MS,
    click_text,
    import_and_wait,
    name_new_list,
    offset_of,
)

TEACHER_TRANSLATION = "seagull, as in the harbour"


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item of a combo box with the arrow keys, as a keyboard user does."""
    wanted = combo.findText(text)
    assert wanted >= 0, [combo.itemText(i) for i in range(combo.count())]
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(wanted - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == wanted


# ---------------------------------------------------------------- the teacher


def test_new_list_ok_shows_the_list_at_once(qtbot: QtBot, window: MainWindow) -> None:
    lists = window.library.lists_view
    window.library.show_lists()
    click(qtbot, lists.findChild(QPushButton, "newListButton"))
    name_new_list(qtbot, lists, "Semaine 3")
    qtbot.waitUntil(lambda: lists.summary is not None, timeout=10_000)
    assert window.tabs.currentWidget() is lists  # no tab switch needed
    assert lists.lists.count() == 1 and lists.lists.currentItem().text() == "Semaine 3"
    assert lists.title.text() == "Semaine 3"
    assert "No text with id" not in window.status_label.text()
    assert QApplication.activeModalWidget() is None  # no error box


def open_handout(qtbot: QtBot, window: MainWindow, button: QPushButton) -> HandoutDialog:
    """Click a Handout… button and wait until the dialog shows its words."""
    click(qtbot, button)
    dialog = window.library.handout_dialog
    assert isinstance(dialog, HandoutDialog)
    qtbot.waitUntil(lambda: dialog.handout is not None, timeout=ANALYSIS_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)
    return dialog


def row_of(dialog: HandoutDialog, lemma: str) -> int:
    assert dialog.handout is not None
    for row in range(dialog.table.rowCount()):
        number = dialog.table.item(row, HANDOUT_WORD).data(Qt.ItemDataRole.UserRole)
        if dialog.handout.words[number].word.lemma == lemma:
            return row
    raise AssertionError(f"{lemma} is not in the handout")


def type_translation(qtbot: QtBot, dialog: HandoutDialog, row: int, text: str) -> None:
    """Click the translation cell, F2, type over it: what a teacher does."""
    table = dialog.table
    cell = table.visualItemRect(table.item(row, HANDOUT_TRANSLATION)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=5_000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def untick(qtbot: QtBot, dialog: HandoutDialog, row: int) -> None:
    table = dialog.table
    cell = table.visualItemRect(table.item(row, HANDOUT_WORD)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # toggles a checkable cell
    assert table.item(row, HANDOUT_WORD).checkState() == Qt.CheckState.Unchecked


def close(qtbot: QtBot, dialog: HandoutDialog) -> None:
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    click(qtbot, button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)


def blank_row(dialog: HandoutDialog) -> int:
    """A word no dictionary translated (the words teachers fill in), else the first."""
    table = dialog.table
    rows = range(table.rowCount())
    return next((r for r in rows if not table.item(r, HANDOUT_TRANSLATION).text()), 0)


@pytest.fixture
def student(
    qapp: QApplication, tmp_path: Path, analysis_process: AnalysisProcess
) -> Iterator[tuple[TaskRunner, Path]]:
    """Another data folder: the student's, or the teacher's other computer."""
    folder = tmp_path / "student"
    folder.mkdir()
    runner = TaskRunner(default_store_factory(folder), process=analysis_process)
    yield runner, folder
    runner.shutdown()


def test_a_lists_handout_edits_are_kept_and_travel_in_the_list_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, student: tuple[TaskRunner, Path]
) -> None:
    page = tmp_path / "article.html"
    page.write_text(boilerplate_page(), encoding="utf-8")
    import_and_wait(qtbot, window, [page])
    text_id = window.library.view.model.rows[0].record.id
    lists = window.library.lists_view
    window.library.show_lists()
    lists.new_list_with(text_id)
    name_new_list(qtbot, lists, "Semaine 1")
    qtbot.waitUntil(lambda: lists.summary is not None and len(lists.summary.items) == 1)

    dialog = open_handout(qtbot, window, lists.findChild(QPushButton, "listHandoutButton"))
    assert dialog.table.rowCount() >= 3
    typed_row = blank_row(dialog)
    typed = dialog.handout.words[typed_row].word.lemma  # type: ignore[union-attr]
    with qtbot.waitSignals([dialog.saved] * len("town hall"), timeout=10_000):
        type_translation(qtbot, dialog, typed_row, "town hall")
    unticked = dialog.handout.words[(typed_row + 1) % 3].word.lemma  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        untick(qtbot, dialog, row_of(dialog, unticked))
    close(qtbot, dialog)

    again = open_handout(qtbot, window, lists.findChild(QPushButton, "listHandoutButton"))
    assert again is not dialog
    assert again.table.item(row_of(again, typed), HANDOUT_TRANSLATION).text() == "town hall"
    checked = again.table.item(row_of(again, unticked), HANDOUT_WORD).checkState()
    assert checked == Qt.CheckState.Unchecked
    # Find Words again, at another level: the typed translation is still there.
    choose(qtbot, again.level, "A2")
    click(qtbot, again.find_button)
    qtbot.waitUntil(lambda: not again.is_busy, timeout=ANALYSIS_TIMEOUT_MS)
    assert again.table.item(row_of(again, typed), HANDOUT_TRANSLATION).text() == "town hall"
    close(qtbot, again)

    out = tmp_path / "semaine-1.zip"
    lists.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10_000)
    runner, folder = student
    view = ListsView(runner, Settings.in_folder(folder))
    qtbot.addWidget(view)
    view.import_from(out)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10_000)
    assert view.summary is not None
    summary = view.summary
    elsewhere = HandoutDialog(
        runner, folder, Settings.in_folder(folder), list_id=summary.reading_list.id
    )
    qtbot.addWidget(elsewhere)
    qtbot.waitUntil(lambda: elsewhere.handout is not None, timeout=10_000)
    assert elsewhere.table.item(row_of(elsewhere, typed), HANDOUT_TRANSLATION).text() == (
        "town hall"
    )
    with pytest.raises(AssertionError):
        row_of(elsewhere, unticked)  # the unticked word is not handed out


def test_a_texts_handout_edits_survive_closing_the_app(
    qtbot: QtBot,
    window: MainWindow,
    runner: TaskRunner,
    data_dir: Path,
    tmp_path: Path,
    analysis_process: AnalysisProcess,
) -> None:
    page = tmp_path / "article.html"
    page.write_text(boilerplate_page(), encoding="utf-8")
    import_and_wait(qtbot, window, [page])
    library = window.library.view
    library.table.selectRow(0)
    dialog = open_handout(qtbot, window, library.handout_button)
    row = blank_row(dialog)
    lemma = dialog.handout.words[row].word.lemma  # type: ignore[union-attr]
    type_translation(qtbot, dialog, row, "my own gloss")
    # Closed at once, the app too: the typed words are in the database's queue, and the
    # runner's shutdown lets queued database work finish.
    window.close()
    runner.shutdown()
    text_id = library.model.rows[0].record.id
    with Database.open_in(data_dir) as store:
        kept = store.handouts.text_handout(text_id)
    assert kept is not None
    words = {item.word.lemma: item.word for item in kept[1]}
    assert words[lemma].translation == "my own gloss" and words[lemma].edited

    # The app again on the same data: the handout opens as the teacher left it.
    again_runner = TaskRunner(default_store_factory(data_dir), process=analysis_process)
    try:
        again = HandoutDialog(
            again_runner, data_dir, Settings.in_folder(data_dir), text_ids=(text_id,)
        )
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: again.handout is not None, timeout=10_000)
        assert again.table.item(row_of(again, lemma), HANDOUT_TRANSLATION).text() == (
            "my own gloss"
        )
    finally:
        again_runner.shutdown()


# ---------------------------------------------------------------- the student


@pytest.fixture
def list_file(tmp_path: Path) -> Path:
    """A teacher's list file: the harbour text, and a glossary with the teacher's words."""
    with Database(tmp_path / "teacher" / "glossary.sqlite3") as store:
        text_id = add_text(store, HARBOUR, title="Le port", name="port.txt").record.id
        made = store.lists.create_list("Semaine 1", text_ids=[text_id])
        sentence = HARBOUR[0]
        words = [
            ("mouettes", "mouette", "la mouette", "Fem", TEACHER_TRANSLATION, False),
            ("quai", "quai", "le quai", "Masc", "quay", False),
            ("chalutiers", "chalutier", "le chalutier", "Masc", "trawler", False),
            ("filets", "filet", "le filet", "Masc", "nets", True),  # unticked by the teacher
        ]
        store.lists.set_list_words(
            made.id,
            "B1",
            [
                ListWord(form, lemma, head, "NOUN", gender, meaning, sentence, left_out=out)
                for form, lemma, head, gender, meaning, out in words
            ],
        )
        return export_list(store, made.id, tmp_path / "semaine-1.zip")


def import_teachers_list(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    window.library.lists_view.import_from(path)
    qtbot.waitUntil(lambda: window.glossary.teacher_lists() != [], timeout=10_000)


def test_the_card_shows_the_teachers_translation_and_saves_it(
    qtbot: QtBot, window: MainWindow, list_file: Path
) -> None:
    import_teachers_list(qtbot, window, list_file)
    lists = window.library.lists_view
    qtbot.waitUntil(lambda: lists.summary is not None, timeout=10_000)
    assert lists.summary is not None
    window.library.open_text(lists.summary.items[0].text.id)
    qtbot.waitUntil(lambda: window.reading_view.is_clickable, timeout=ANALYSIS_TIMEOUT_MS)
    click_text(qtbot, window.reading_view, offset_of(window.reading_view, "mouettes"))
    panel = window.word_panel
    qtbot.waitUntil(lambda: panel.info is not None, timeout=10_000)
    card = html.unescape(panel.translations_label.text())
    assert "your teacher's list: Semaine 1" in card and TEACHER_TRANSLATION in card
    assert card.index(TEACHER_TRANSLATION) < card.index("dictionary")  # before the dictionary
    button = panel.teacher_button
    assert button.text() == "Save with your teacher's translation"
    click(qtbot, button)
    qtbot.waitUntil(lambda: "mouette" in window.glossary.by_lemma(), timeout=10_000)
    entry = window.glossary.by_lemma()["mouette"]
    assert entry.translation == TEACHER_TRANSLATION and entry.tags == ("Semaine 1",)
    assert "mouettes" in entry.contexts[0].sentence and entry.status is Status.LEARNING_1
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=5_000)  # the glossary has it now
    # A word of the list the teacher unticked is not the teacher's on the card.
    click_text(qtbot, window.reading_view, offset_of(window.reading_view, "filets"))
    qtbot.waitUntil(lambda: panel.info is not None and panel.info.lemma == "filet")
    assert "teacher" not in panel.translations_label.text() and not button.isVisible()

    # The rest of the list at once, from the Lists tab.
    window.library.show_lists()
    assert "imported from a list file" in lists.info.text()
    click(qtbot, lists.findChild(QPushButton, "adoptListButton"))
    qtbot.waitUntil(lambda: len(window.glossary.entries) == 3, timeout=10_000)
    assert window.glossary.by_lemma()["quai"].translation == "quay"
    assert "filet" not in window.glossary.by_lemma()  # unticked by the teacher
    assert window.status_label.text() == "Saved 3 words to your glossary."


def test_the_glossary_filter_shows_the_teachers_words_saved_or_not(
    qtbot: QtBot, window: MainWindow, list_file: Path
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.glossary_view
    assert window.tabs.currentWidget() is view and not view.list_combo.isVisible()
    import_teachers_list(qtbot, window, list_file)
    qtbot.waitUntil(view.list_combo.isVisible, timeout=5_000)
    assert view.proxy.rowCount() == 0  # not saved: not among "all my words"
    choose(qtbot, view.list_combo, "Teacher's list: Semaine 1")
    table, proxy = view.table, view.proxy
    assert proxy.rowCount() == 3 and view.adopt_button.isVisible()
    shown = {proxy.index(r, WORD).data(): r for r in range(3)}
    assert shown.keys() == {"mouettes", "quai", "chalutiers"}
    row = shown["quai"]
    assert proxy.index(row, STATUS).data() == "Not saved"
    assert proxy.index(row, TRANSLATION).data() == "quay"
    assert "3 words of your teacher's list, 3 not in your glossary" in view.count_label.text()

    # One word: double-click it.
    cell = table.visualRect(proxy.index(row, WORD)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: "quai" in window.glossary.by_lemma(), timeout=10_000)
    assert proxy.rowCount() == 3  # the same three words, one of them saved now
    saved = [r for r in range(3) if proxy.index(r, WORD).data(TEACHER_ROLE) is None]
    assert [proxy.index(r, WORD).data() for r in saved] == ["quai"]
    assert proxy.index(saved[0], STATUS).data() == "Learning 1"
    # All of them.
    click(qtbot, view.adopt_button)
    qtbot.waitUntil(lambda: len(window.glossary.entries) == 3, timeout=10_000)
    assert "3 words of your teacher's list, 0 not in your glossary" in view.count_label.text()
    by_lemma = window.glossary.by_lemma()
    assert by_lemma["chalutier"].translation == "trawler"
    assert by_lemma["chalutier"].tags == ("Semaine 1",)
    choose(qtbot, view.list_combo, "All my words")
    assert proxy.rowCount() == 3 and not view.adopt_button.isVisible()
