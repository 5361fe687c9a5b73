"""Screenshots of the word card reading expressions (run under Xvfb), for a visual check: a
fixed phrase's card, a split verbal idiom hovered, and the learner's own expression gathered
by Shift+click.

xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python -m benchmarks.expression_shots [OUT]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from benchmarks.ui_common import make_window, wait_until
from benchmarks.ui_screenshots import settle
from reader.ui.app import create_application

TEXT = (
    "Les négociations ont eu lieu au sein de l'Union européenne. Les ministres ont mis "
    "fortement l'accent sur la sécurité, et ils se sont rendu compte que la crise ne faisait "
    "que commencer.\n\n"
    "Tout à coup, le ministre ouvre la fenêtre du salon.\n"
)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "negociations.txt"
        article.write_text(TEXT, encoding="utf-8")
        window, runner = make_window(Path(folder))
        window.resize(1280, 820)
        window.show()
        window.open_path(article)
        wait_until(lambda: window.reading_view.is_clickable)
        view = window.reading_view

        def click(needle: str, shift: bool = False) -> None:
            offset = TEXT.index(needle) + 1
            modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier(0)
            QTest.mouseClick(
                view.viewport(),
                Qt.MouseButton.LeftButton,
                modifier,
                view.char_rect(offset).center(),
            )
            settle()

        click("sein")
        window.grab().save(str(out / "expression-1-fixed-phrase.png"))
        click("accent")
        QTest.mouseMove(view.viewport(), view.char_rect(TEXT.index("mis") + 1).center())
        settle()
        window.grab().save(str(out / "expression-2-split-idiom-hovered.png"))
        click("ouvre")
        click("fenêtre", shift=True)
        window.grab().save(str(out / "expression-3-own-expression.png"))
        window.close()
        runner.shutdown()
    print("\n".join(str(p) for p in sorted(out.glob("expression-*.png"))))


if __name__ == "__main__":
    main()
