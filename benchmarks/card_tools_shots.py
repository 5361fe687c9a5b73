"""Screenshots of the word card with its conjugation table and speech row (run under Xvfb).

xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python -m benchmarks.card_tools_shots [OUT]
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
    "Rencontre à Paris\n\n"
    "Hier, ils se sont rencontrés à Paris. Elle s’est levée tôt\u00a0; aujourd’hui, "
    "l’homme ne parle pas. Les consultations ont été menées dans la ville.\n"
)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    window, runner = make_window()
    window.resize(1280, 900)
    window.show()
    article = Path(tempfile.mkdtemp()) / "rencontre.txt"
    article.write_text(TEXT, encoding="utf-8")
    window.open_path(article)
    wait_until(lambda: window.reading_view.is_clickable)
    view = window.reading_view
    text = view.analysis.text  # type: ignore[union-attr]
    tools = window.word_panel.tools

    def click(needle: str) -> None:
        offset = text.index(needle) + 1
        view.scroll_to_offset(offset)
        point = view.char_rect(offset).center()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    def table_of(infinitive: str) -> None:
        table = tools.conjugation
        wait_until(lambda: table.table is not None and table.table.infinitive == infinitive, 10)
        settle()

    click("rencontrés")
    QTest.mouseClick(tools.conjugation_button, Qt.MouseButton.LeftButton)
    table_of("se rencontrer")
    window.grab().save(str(out / "card-1-pronominal-verb.png"))
    click("menées")
    table_of("mener")
    tools.conjugation.tabs.setCurrentIndex(tools.conjugation.tabs.count() - 1)
    settle()
    window.grab().save(str(out / "card-2-participle-tab.png"))
    window.speech.player.search_path = tempfile.mkdtemp()  # as without espeak-ng
    click("levée")
    table_of("se lever")
    QTest.mouseClick(tools.listen_button, Qt.MouseButton.LeftButton)
    settle()
    window.grab().save(str(out / "card-3-no-voice-message.png"))
    window.close()
    runner.shutdown()
    print("\n".join(str(p) for p in sorted(out.glob("card-*.png"))))


if __name__ == "__main__":
    main()
