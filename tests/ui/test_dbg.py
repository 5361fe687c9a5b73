from tests.ui.test_window import *
def test_dbg(qtbot, window, tmp_path):
    note = tmp_path / "note.md"
    note.write_text("# Une petite note\n\nIl fait beau aujourd'hui à Paris.\n", encoding="utf-8")
    window.open_path(note)
    qtbot.wait(3000)
    print("STATUS", window.status_label.text(), [b.text() for b in message_boxes(window)], window.article)
