"""Screenshots of the learning screens for a visual check (run under Xvfb): the article coloured
by status, the word card's status row, the review screen, the export dialog and the progress.

xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python -m benchmarks.ui_learning_shots [OUT]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from benchmarks.ui_common import make_window, wait_until
from reader.core.articles import sample_article_path
from reader.core.models import Status
from reader.ui.app import create_application
from reader.ui.learning.export_dialog import ExportDialog
from reader.ui.learning.stats_view import StatsDialog


def settle(seconds: float = 0.3) -> None:
    """Let pending layouts, paints and database answers arrive before a grab."""
    until = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() > until, seconds + 5)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    window, runner = make_window()
    window.resize(1280, 820)
    window.show()
    window.open_path(sample_article_path())
    wait_until(lambda: window.word_statuses.article is not None)
    view = window.reading_view
    text = view.analysis.text  # type: ignore[union-attr]

    def click(needle: str, shift: int = 1) -> None:
        offset = text.index(needle) + shift
        view.scroll_to_offset(offset)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.char_rect(offset).center()
        )

    def save(needle: str) -> None:
        count = window.glossary.rowCount()
        click(needle)
        QTest.mouseClick(window.word_panel.save_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.glossary.rowCount() == count + 1, 10)

    def key(needle: str, status: Status) -> None:
        click(needle)
        window.learning.set_word_status(status)
        wait_until(lambda: window.word_panel.status is status, 10)

    for needle in ("coopération", "accent", "patrouilles", "exercices", "renforcer"):
        save(needle)
    key("ministères", Status.LEARNING_2)
    key("consultations", Status.LEARNING_3)
    key("sécurité", Status.LEARNING_4)
    key("défense", Status.LEARNING_5)
    for needle in ("La Russie", "et la", "la Chine", "de la", "entre", "les ", "sur "):
        key(needle, Status.KNOWN)
    key("Patrushev", Status.IGNORED)
    click("conviennent", 2)
    window.learning.set_word_status(Status.LEARNING_2)
    wait_until(lambda: window.word_panel.status is Status.LEARNING_2, 10)
    view.verticalScrollBar().setValue(0)
    settle()
    window.grab().save(str(out / "5-coloured-article.png"))

    window.learning.toggle_colouring(False)
    settle()
    window.grab().save(str(out / "5-colouring-off.png"))
    window.learning.toggle_colouring(True)

    window.show_review()
    wait_until(lambda: window.review_view.entry is not None, 10)
    settle()
    window.grab().save(str(out / "5-review-prompt.png"))
    window.review_view.reveal()
    settle()
    window.grab().save(str(out / "5-review-answer.png"))
    window.review_view.sentence_mode.setChecked(True)
    window.review_view.grade(3)
    settle()
    window.grab().save(str(out / "5-review-sentence.png"))
    window.review_view.sentence_mode.setChecked(False)

    grab_dialog(ExportDialog(runner, window.settings, window), out / "5-export-dialog.png")
    grab_dialog(StatsDialog(runner, window), out / "5-progress.png")
    window.close()
    runner.shutdown()
    print("\n".join(str(p) for p in sorted(out.glob("5-*.png"))))


def grab_dialog(dialog: QWidget, path: Path) -> None:
    dialog.show()
    settle(0.5)
    dialog.grab().save(str(path))
    dialog.close()


if __name__ == "__main__":
    main()
