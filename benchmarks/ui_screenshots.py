"""Screenshots of the real window for a visual check (run under Xvfb).

xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python -m benchmarks.ui_screenshots [OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from benchmarks.ui_common import make_window, wait_until
from reader.core.articles import sample_article_path
from reader.ui.app import create_application
from reader.ui.glossary.contexts_dialog import ContextsDialog


def settle(seconds: float = 0.25) -> None:
    """Let pending layouts and paints run before a grab."""
    import time

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
    wait_until(lambda: window.article is not None and not window.reading_view.is_clickable, 30)
    settle(0.1)
    window.grab().save(str(out / "1-loading.png"))
    wait_until(lambda: window.reading_view.is_clickable)
    view = window.reading_view
    text = view.analysis.text  # type: ignore[union-attr]

    def click(needle: str, shift: int = 1, tags: str = "", save: bool = False) -> None:
        offset = text.index(needle) + shift
        view.scroll_to_offset(offset)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.char_rect(offset).center()
        )
        if save:
            count = window.glossary.rowCount()
            window.word_panel.tags_edit.setText(tags)
            QTest.mouseClick(window.word_panel.save_button, Qt.MouseButton.LeftButton)
            wait_until(lambda: window.glossary.rowCount() == count + 1, 10)

    click("coopération", tags="politics", save=True)
    click("accent", tags="week 1", save=True)
    click("patrouilles", tags="week 1", save=True)
    click("exercices", save=True)
    click("menées", 2)
    point = view.char_rect(text.index("stratégique") + 3).center()
    QTest.mouseMove(view.viewport(), point)
    settle()
    window.grab().save(str(out / "2-word-card-verb-group.png"))
    click("patrouilles")
    settle()
    window.grab().save(str(out / "3-word-card-saved.png"))
    click("renforcer", 2)
    settle()
    window.grab().save(str(out / "4-word-card-no-translation.png"))
    window.show_glossary()
    settle()
    window.grab().save(str(out / "5-glossary.png"))
    entry = window.glossary.by_lemma()["coopération"]
    dialog = ContextsDialog(entry, window)
    dialog.show()
    settle()
    dialog.grab().save(str(out / "6-contexts.png"))
    dialog.close()
    window.close()
    runner.shutdown()
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))


if __name__ == "__main__":
    main()
