"""A damaged glossary in the window: said once, never shown as "empty", and rescued from the
File menu into a new file while the damaged one is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.store import Database
from reader.ui.main_window import MainWindow
from tests.core.store.test_rescue import WORDS, corrupt_pages, entry_pages, real_glossary


def warning_boxes(window: MainWindow) -> list[QMessageBox]:
    return [
        box
        for box in window.findChildren(QMessageBox)
        if box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    ]


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the database jobs queued so far have run and their answers arrived (the
    database thread runs jobs in order)."""
    answered: list[object] = []
    window.runner.run_db(lambda _store: None, on_done=answered.append, on_failed=answered.append)
    qtbot.waitUntil(lambda: bool(answered), timeout=10_000)


@pytest.fixture
def damaged_window(data_dir: Path, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    """The window opened on a data folder whose glossary has damaged pages in the middle."""
    glossary = data_dir / "glossary.sqlite3"
    real_glossary(glossary)
    pages = entry_pages(glossary)
    corrupt_pages(glossary, pages[len(pages) // 2 : len(pages) // 2 + 2])
    yield request.getfixturevalue("window")


def test_a_damaged_glossary_is_said_once_and_rescued_from_the_menu(
    qtbot: QtBot, damaged_window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = damaged_window
    qtbot.waitUntil(lambda: bool(warning_boxes(window)), timeout=20_000)
    assert "damaged" in warning_boxes(window)[0].text()
    assert "Rescue Damaged Glossary" in warning_boxes(window)[0].text()
    # The words that can be read are shown (reading a damaged file works where it can).
    qtbot.waitUntil(lambda: window.glossary.rowCount() > 0, timeout=10_000)
    assert "empty" not in window.glossary_view.count_label.text()
    window.reload_glossary()  # the same warning again: still one box
    window.reload_glossary()
    settle(qtbot, window)
    assert len(warning_boxes(window)) == 1
    for box in warning_boxes(window):
        box.close()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    action = next(
        action
        for menu_action in window.menuBar().actions()
        if (menu := menu_action.menu()) is not None
        for action in menu.actions()
        if action.text().replace("&", "") == "Rescue Damaged Glossary…"
    )
    action.trigger()
    qtbot.waitUntil(lambda: "Rescued" in window.status_label.text(), timeout=30_000)
    settle(qtbot, window)  # the glossary read again, from the rescued file

    assert 0 < window.glossary.rowCount() < WORDS
    assert "words" in window.glossary_view.count_label.text()
    kept = [p for p in data_dir.iterdir() if p.name.startswith("glossary.damaged-")]
    assert any(p.suffix == ".sqlite3" for p in kept)
    assert not warning_boxes(window), [box.text() for box in warning_boxes(window)]
    with Database(data_dir / "glossary.sqlite3") as store:
        assert store.damage is None
        assert len(store.glossary.entries()) == window.glossary.rowCount()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a database"])
def test_an_unreadable_glossary_is_never_called_empty(
    qtbot: QtBot, data_dir: Path, request: pytest.FixtureRequest, content: bytes
) -> None:
    glossary = data_dir / "glossary.sqlite3"
    glossary.write_bytes(content)
    window: MainWindow = request.getfixturevalue("window")
    qtbot.waitUntil(lambda: bool(warning_boxes(window)), timeout=20_000)
    # The box may come from another query (the review schedule) before the glossary's own.
    qtbot.waitUntil(lambda: "could not" in window.glossary_view.count_label.text(), timeout=10_000)
    label = window.glossary_view.count_label.text()
    assert "could not be read" in label and "empty" not in label.replace("is empty (0", "")
    window.reload_glossary()
    window.reload_glossary()
    settle(qtbot, window)
    assert len(warning_boxes(window)) == 1
    assert glossary.read_bytes() == content  # refused, not replaced by a new glossary
