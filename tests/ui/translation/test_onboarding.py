"""Offline onboarding for translation (issue 13): without a model, Translate Paragraph is
disabled and says why; Help ▸ Offline Translation names the model file, where to get it on
another computer and how to bring it over, and installs it from the file chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.translation.argos import MODEL_FILE
from reader.ui.main_window import MainWindow
from tests.ui.file_chooser import answering_chooser
from tests.ui.helpers import click_menu

pytestmark = pytest.mark.usefixtures("argos_environment")
TIMEOUT_MS = 20_000


def test_without_a_model_the_window_says_which_one_where_to_get_it_and_installs_it(
    qtbot: QtBot, window: MainWindow, tiny_model: Path
) -> None:
    action = window.translate_action
    qtbot.waitUntil(lambda: not window.translation.is_available and not action.isEnabled())
    assert "Help ▸ Offline Translation" in action.toolTip()

    click_menu(qtbot, window, "Help", "Offline Translation…")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "modelHelp") is not None)
    box = window.findChild(QMessageBox, "modelHelp")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "No translation model is installed" in box.text()
    steps = box.informativeText()
    for needed in (MODEL_FILE, "Argos", "French → English", "USB stick", "internet"):
        assert needed in steps, needed

    install = next(b for b in box.findChildren(QPushButton) if "Install from File" in b.text())
    with answering_chooser(qtbot, tiny_model):
        qtbot.mouseClick(install, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.translation.is_available, timeout=TIMEOUT_MS)
    qtbot.waitUntil(action.isEnabled)
    assert "Ctrl+T" in action.toolTip()
