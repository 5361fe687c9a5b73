"""The export dialog shows only the chosen format's options, and after an export the status
bar no longer offers Undo as if it could take the export back (issue 13)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.helpers import click_word, export_and_close, open_and_wait, open_export_dialog


def test_csv_shows_no_anki_options_and_undo_goes_after_an_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window)
    click_word(qtbot, window, "accent")
    qtbot.mouseClick(window.word_panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.glossary.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(window.reading_view, Qt.Key.Key_2)  # a status change the bar offers to undo
    qtbot.waitUntil(window.undo_button.isVisible, timeout=10_000)

    dialog = open_export_dialog(qtbot, window)
    anki_only = (dialog.deck_edit, dialog.reverse_check, dialog.audio_check)
    assert dialog.format.value == "anki" and all(w.isVisible() for w in anki_only)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert not any(w.isVisible() for w in anki_only)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("tsv"))
    assert dialog.deck_edit.isVisible() and not dialog.audio_check.isVisible()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))

    export_and_close(qtbot, dialog, tmp_path / "words.csv")
    assert "accent" in (tmp_path / "words.csv").read_text(encoding="utf-8")
    assert not window.undo_button.isVisible()
    assert window.undo_action.isEnabled()  # Edit ▸ Undo still takes back the status change
