"""Screenshots of the window at 800×600, 1280×800 and 1920×1080, in the light and the dark look
(issue 13): the article with a word's card, the review card in sentence mode, the Library, the
reading lists and the glossary; the handout dialog, at its size and at the size an 800×600
screen gives it; About. Look at each: no card squeezed under its minimum, no label cut, tints
readable on both grounds.

xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python -m benchmarks.ui_layout_shots [OUT]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from benchmarks.ui_common import make_window, wait_until
from reader.core.articles import sample_article_path
from reader.core.models import Status
from reader.ui.app import create_application
from reader.ui.help import AboutDialog
from reader.ui.main_window import MainWindow

SIZES = ((800, 600), (1280, 800), (1920, 1080))
LOOKS = ("light", "dark")


def settle(seconds: float = 0.3) -> None:
    """Let pending layouts, paints and database answers arrive before a grab."""
    until = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() > until, seconds + 5)


def prepare(window: MainWindow) -> None:
    """The sample article with a few words saved and tinted, as a learner leaves it."""
    window.open_path(sample_article_path())
    wait_until(
        lambda: window.word_statuses.article is not None and window.reading_view.is_clickable
    )
    for needle in ("coopération", "patrouilles", "sécurité"):
        click(window, needle)
        count = window.glossary.rowCount()
        QTest.mouseClick(window.word_panel.save_button, Qt.MouseButton.LeftButton)
        wait_until(lambda count=count: window.glossary.rowCount() == count + 1, 10)
    for needle, status in (("ministères", Status.LEARNING_2), ("défense", Status.LEARNING_4)):
        click(window, needle)
        window.learning.set_word_status(status)
        wait_until(lambda status=status: window.word_panel.status is status, 10)


def click(window: MainWindow, needle: str, shift: int = 1) -> None:
    view = window.reading_view
    text = view.analysis.text  # type: ignore[union-attr]
    offset = text.index(needle) + shift
    view.scroll_to_offset(offset)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.char_rect(offset).center()
    )


def shoot(window: MainWindow, out: Path, name: str) -> None:
    for width, height in SIZES:
        window.resize(width, height)
        window.tabs.setCurrentIndex(0)
        click(window, "coopération")
        window.reading_view.verticalScrollBar().setValue(0)
        settle()
        window.grab().save(str(out / f"{name}-{width}x{height}-1-card.png"))
        window.show_review()
        wait_until(lambda: window.review_view.entry is not None, 10)
        window.review_view.sentence_mode.setChecked(True)
        window.review_view.reveal()
        settle()
        window.grab().save(str(out / f"{name}-{width}x{height}-2-review.png"))
        window.library.show_library()
        settle(0.6)
        window.grab().save(str(out / f"{name}-{width}x{height}-3-library.png"))
        window.library.show_lists()
        settle(0.6)
        window.grab().save(str(out / f"{name}-{width}x{height}-4-lists.png"))
        window.show_glossary()
        settle(0.6)
        window.grab().save(str(out / f"{name}-{width}x{height}-6-glossary.png"))
    text_id = window.library.view.model.rows[0].record.id
    window.library.show_handout(text_ids=(text_id,))
    dialog = window.library.handout_dialog
    assert dialog is not None
    wait_until(lambda: dialog.handout is not None, 60)
    settle()
    dialog.grab().save(str(out / f"{name}-5-handout.png"))
    dialog.resize(776, 552)  # what an 800×600 screen gives it (common/sizes.py)
    settle()
    dialog.grab().save(str(out / f"{name}-5-handout-small.png"))
    dialog.close()
    about = AboutDialog(window)
    about.show()
    settle()
    about.grab().save(str(out / f"{name}-7-about.png"))
    about.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    window, runner = make_window()
    window.show()
    prepare(window)
    for name in LOOKS:
        # Settings ▸ Appearance: Xvfb has no desktop to report a dark scheme.
        choice = window.findChild(QAction, f"appearance_{name}")
        assert choice is not None
        choice.trigger()
        settle()
        shoot(window, out, name)
    window.close()
    runner.shutdown()
    print("\n".join(str(p) for p in sorted(out.glob("*x*-*.png"))))


if __name__ == "__main__":
    main()
