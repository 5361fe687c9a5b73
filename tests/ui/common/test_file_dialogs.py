"""Every file chooser starts in the documents folder of a fresh data folder, then in the
folder last used for its kind of file; the settings live in the data folder, so a new data
folder is a fresh app. Real Qt file dialogs, answered by typing (tests/ui/file_chooser.py)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reader.core.articles import sample_article_path
from reader.core.models import Context, EntryDraft
from reader.core.store import Database
from reader.ui.app import first_article
from reader.ui.common.file_dialogs import FileKind, documents_folder, start_folder
from reader.ui.common.settings import QT_SETTINGS_FOLDER, SETTINGS_FILE, Settings
from reader.ui.common.tasks import TaskRunner
from reader.ui.learning.export_dialog import ExportDialog
from reader.ui.library.handout_dialog import HandoutDialog
from reader.ui.main_window import MainWindow
from tests.core.sample_files import boilerplate_page
from tests.ui.file_chooser import answering_chooser
from tests.ui.helpers import ANALYSIS_TIMEOUT_MS, import_and_wait, name_new_list

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ARTICLE = "Le conseil municipal s'est réuni hier soir. Les habitants ont été nombreux.\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own, with a Documents folder (Qt reads these at each call)."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


def write_article(folder: Path, name: str = "conseil.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def menu_action(window: MainWindow, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert len(found) == 1, text
    return found[0]


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL
) -> None:
    """A menu shortcut: it reaches the window once it is active again after a dialog."""
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, key, modifiers)


def test_open_starts_in_documents_then_where_the_last_text_was(
    qtbot: QtBot, window: MainWindow, home: Path, tmp_path: Path, qt_settings_folder: Path
) -> None:
    article = write_article(tmp_path / "texts")
    with answering_chooser(qtbot, article) as chooser:
        press(qtbot, window, Qt.Key.Key_O)  # File ▸ Open
    assert chooser.started_in == home / "Documents"
    qtbot.waitUntil(lambda: window.article is not None and window.article.path == str(article))

    with answering_chooser(qtbot, None) as chooser:
        press(qtbot, window, Qt.Key.Key_O)
    assert chooser.started_in == article.parent
    # Importing texts is the same kind of file: it starts there too.
    with answering_chooser(qtbot, None) as chooser:
        press(qtbot, window, Qt.Key.Key_O, CTRL_SHIFT)
    assert chooser.started_in == article.parent
    # A word list is another kind: its chooser has not been anywhere yet.
    with answering_chooser(qtbot, None) as chooser:
        press(qtbot, window, Qt.Key.Key_I)
    assert chooser.started_in == home / "Documents"
    ini = (window.data_dir / SETTINGS_FILE).read_text(encoding="utf-8")
    assert f"texts={article.parent}" in ini
    # Qt's file dialog kept its history, but not in the home's config folder.
    assert [p.relative_to(home) for p in home.rglob("*")] == [Path("Documents")]
    assert (qt_settings_folder / QT_SETTINGS_FOLDER / "QtProject.conf").is_file()


def open_models(qtbot: QtBot, window: MainWindow) -> Callable[[], None]:
    dialog = window.translation.show_models()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=ANALYSIS_TIMEOUT_MS)
    return lambda: click(qtbot, dialog.install_button)


def open_models_folder(qtbot: QtBot, window: MainWindow) -> Callable[[], None]:
    dialog = window.translation.show_models()
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=ANALYSIS_TIMEOUT_MS)
    return lambda: click(qtbot, dialog.folder_button)


def open_dictionaries(qtbot: QtBot, window: MainWindow) -> Callable[[], None]:
    dialog = window.translation.show_dictionaries()
    qtbot.waitUntil(lambda: dialog.names != [], timeout=ANALYSIS_TIMEOUT_MS)
    return lambda: click(qtbot, dialog.import_button)


def open_list_import(qtbot: QtBot, window: MainWindow) -> Callable[[], None]:
    window.library.show_lists()
    button = window.library.lists_view.findChild(QPushButton, "importListButton")
    assert button is not None
    return lambda: click(qtbot, button)


def menu_install(qtbot: QtBot, window: MainWindow) -> Callable[[], None]:
    return menu_action(window, "Install Translation Model…").trigger


def keys(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> Callable[..., Callable[[], None]]:
    return lambda qtbot, window: lambda: press(qtbot, window, key, modifiers)


CHOOSERS = {
    "open": keys(Qt.Key.Key_O, CTRL),
    "import texts": keys(Qt.Key.Key_O, CTRL_SHIFT),
    "import words": keys(Qt.Key.Key_I, CTRL),
    "install model (menu)": menu_install,
    "install model (dialog)": open_models,
    "models folder": open_models_folder,
    "import dictionary": open_dictionaries,
    "import reading list": open_list_import,
}


@pytest.mark.parametrize("name", CHOOSERS)
def test_every_chooser_of_a_fresh_data_folder_starts_in_documents(
    qtbot: QtBot, window: MainWindow, home: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(Path(__file__).parent)  # a cwd that is not documents: never used
    opener = CHOOSERS[name](qtbot, window)
    with answering_chooser(qtbot, None) as chooser:
        opener()
    assert chooser.started_in == home / "Documents"
    # Cancelled: nothing remembered.
    assert not [k for k in FileKind if window.settings.last_folder(k) is not None]


def test_without_a_documents_folder_choosers_start_at_home(home: Path) -> None:
    (home / "Documents").rmdir()
    assert documents_folder() == home


def save_words(data_dir: Path, *words: str) -> None:
    with Database.open_in(data_dir) as store:
        for word in words:
            store.glossary.save(
                EntryDraft(word=word, lemma=word, context=Context(f"Un {word}.", word))
            )


def open_export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    press(qtbot, window, Qt.Key.Key_E)
    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitUntil(lambda: "to export" in dialogs[0].count_label.text(), timeout=10_000)
    return dialogs[0]


def test_export_goes_to_documents_then_to_the_folder_last_exported_to(
    qtbot: QtBot, window: MainWindow, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_words(window.data_dir, "chat", "chien")
    monkeypatch.chdir(tmp_path)
    dialog = open_export_dialog(qtbot, window)
    assert Path(dialog.path_edit.text()).parent == home / "Documents"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    # A bare name goes to the exports folder, not to the process's current directory.
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, "mots.csv")
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        click(qtbot, dialog.export_button)
    assert (home / "Documents" / "mots.csv").is_file()
    assert not (tmp_path / "mots.csv").exists()

    elsewhere = tmp_path / "exports" / "semaine.csv"
    elsewhere.parent.mkdir()
    dialog = open_export_dialog(qtbot, window)
    with answering_chooser(qtbot, elsewhere) as chooser:
        click(qtbot, dialog.choose_button)
    assert chooser.started_in == home / "Documents" and chooser.suggested == "mots.csv"
    assert dialog.path_edit.text() == str(elsewhere)
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        click(qtbot, dialog.export_button)
    assert elsewhere.read_text(encoding="utf-8-sig").startswith("word,")

    dialog = open_export_dialog(qtbot, window)
    assert dialog.path_edit.text() == str(elsewhere)
    with answering_chooser(qtbot, None) as chooser:
        click(qtbot, dialog.choose_button)
    assert chooser.started_in == elsewhere.parent
    dialog.reject()


def test_a_list_file_is_saved_from_documents_and_imported_from_where_it_went(
    qtbot: QtBot, window: MainWindow, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "article.html"
    page.write_text(boilerplate_page(), encoding="utf-8")
    import_and_wait(qtbot, window, [page])
    text_id = window.library.view.model.rows[0].record.id
    lists = window.library.lists_view
    lists.new_list_with(text_id)
    name_new_list(qtbot, lists, "Semaine 1")
    qtbot.waitUntil(lambda: lists.summary is not None and len(lists.summary.items) == 1)
    window.library.show_lists()
    out = tmp_path / "classe" / "semaine-1.zip"
    out.parent.mkdir()
    with answering_chooser(qtbot, out) as chooser:
        click(qtbot, lists.export_button)
    assert chooser.started_in == home / "Documents" and chooser.suggested == "Semaine 1.zip"
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert zipfile.ZipFile(out).testzip() is None
    button = lists.findChild(QPushButton, "importListButton")
    with answering_chooser(qtbot, None) as chooser:
        click(qtbot, button)
    assert chooser.started_in == out.parent


def handout_dialog(qtbot: QtBot, window: MainWindow, text_id: int) -> HandoutDialog:
    dialog = HandoutDialog(
        window.runner, window.data_dir, window.settings, text_ids=(text_id,), parent=window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.find_words()
    qtbot.waitUntil(lambda: dialog.handout is not None, timeout=ANALYSIS_TIMEOUT_MS)
    qtbot.waitUntil(lambda: dialog.export_buttons["html"].isEnabled(), timeout=10_000)
    return dialog


def test_a_handout_is_saved_from_documents_then_beside_the_last_one(
    qtbot: QtBot, window: MainWindow, home: Path, tmp_path: Path
) -> None:
    page = tmp_path / "article.html"
    page.write_text(boilerplate_page(), encoding="utf-8")
    import_and_wait(qtbot, window, [page])
    text_id = window.library.view.model.rows[0].record.id
    dialog = handout_dialog(qtbot, window, text_id)
    out = tmp_path / "classe" / "vocabulaire.html"
    out.parent.mkdir()
    with answering_chooser(qtbot, out) as chooser:
        click(qtbot, dialog.export_buttons["html"])
    assert chooser.started_in == home / "Documents"
    assert chooser.suggested.endswith(".html")
    qtbot.waitUntil(out.exists, timeout=30_000)
    assert "</html>" in out.read_text(encoding="utf-8")
    dialog.close()

    dialog = handout_dialog(qtbot, window, text_id)
    with answering_chooser(qtbot, None) as chooser:
        click(qtbot, dialog.export_buttons["pdf"])
    assert chooser.started_in == out.parent


def test_a_new_data_folder_is_a_fresh_app(
    qtbot: QtBot, window: MainWindow, home: Path, tmp_path: Path
) -> None:
    article = write_article(tmp_path / "texts")
    with answering_chooser(qtbot, article):
        press(qtbot, window, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: window.article is not None and window.article.path == str(article))
    window.close()  # saves the window's state
    learner = Settings.in_folder(window.data_dir)
    assert first_article(learner) == article
    assert learner.recent_files == [article]
    assert learner.geometry is not None

    other = Settings.in_folder(tmp_path / "second learner")
    assert first_article(other) == sample_article_path()  # not the other learner's article
    assert other.recent_files == []
    assert other.geometry is None
    assert [other.last_folder(kind) for kind in FileKind] == [None] * len(FileKind)


def test_a_damaged_settings_file_opens_a_fresh_window_and_is_then_rewritten(
    qtbot: QtBot, runner: TaskRunner, data_dir: Path, home: Path
) -> None:
    (data_dir / SETTINGS_FILE).write_bytes(
        b"[reading]\nrecentFiles=@ByteArray(abc)\nlastArticle=@ByteArray(x)\n"
        b"textSize=@Variant(\\0\\0\\0\\x7f)\n[window]\ngeometry=hello\n"
        b"[folders]\ntexts=1, 2\nexports=/no/such/folder\n\x00\xff\xfe\n"
    )
    settings = Settings.in_folder(data_dir)
    window = MainWindow(runner, settings, data_dir)
    qtbot.addWidget(window)
    window.show()
    assert settings.recent_files == [] and first_article(settings) == sample_article_path()
    # A remembered folder that is gone, or not a folder name at all: documents instead.
    assert start_folder(settings, FileKind.TEXTS) == home / "Documents"
    assert start_folder(settings, FileKind.EXPORTS) == home / "Documents"
    window.close()
    assert Settings.in_folder(data_dir).geometry is not None
