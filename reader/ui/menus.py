"""The window's menus and shortcuts: every mouse action has a key. Part of the shell: the menu
items call the window's screens, which main_window.py builds; MenuWindow says which."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.ui.common.context import WindowContext
from reader.ui.common.theme import look

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar, QSplitter, QTabWidget

    from reader.core.models import Status
    from reader.ui.glossary.rescue import GlossaryRescue
    from reader.ui.learning.features import LearningActions
    from reader.ui.library.book import BookReader
    from reader.ui.library.features import LibraryActions
    from reader.ui.reading.conjugation import ConjugationTables
    from reader.ui.reading.files import FileOpening
    from reader.ui.reading.reading_view import ReadingView
    from reader.ui.speech.features import Speech
    from reader.ui.translation.features import OfflineTranslation


class MenuWindow(WindowContext, Protocol):
    """The window as its menus see it: its screens, its tabs, and its own few actions."""

    files: FileOpening
    library: LibraryActions
    learning: LearningActions
    translation: OfflineTranslation
    speech: Speech
    conjugation: ConjugationTables
    rescue: GlossaryRescue
    books: BookReader
    tabs: QTabWidget
    reading_view: ReadingView
    splitter: QSplitter
    recent_menu: QMenu
    undo_action: QAction
    colour_action: QAction
    translate_action: QAction

    def tr(self, source: str, /) -> str: ...

    def menuBar(self) -> QMenuBar: ...

    def close(self) -> bool: ...

    def open_path(self, path: Path) -> None: ...

    def paste_article(self) -> None: ...

    def undo(self) -> None: ...

    def show_glossary(self) -> None: ...

    def show_review(self) -> None: ...

    def save_current_word(self) -> None: ...

    def edit_current_word(self) -> None: ...

    def set_word_status(self, status: Status) -> None: ...


def build_menus(window: MenuWindow) -> None:
    _file_menu(window)
    _edit_menu(window)
    _view_menu(window)
    _word_menu(window)
    _page_menu(window)
    _settings_menu(window)
    _help_menu(window)


def _action(
    window: MenuWindow,
    text: str,
    slot: object,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window.window())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def _file_menu(window: MenuWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&File"))
    menu.addAction(
        _action(
            window, window.tr("&Open…"), window.files.choose_file, QKeySequence.StandardKey.Open
        )
    )
    window.recent_menu = menu.addMenu(window.tr("Open &Recent"))
    menu.addAction(
        _action(window, window.tr("&Paste as New Article"), window.paste_article, "Ctrl+Shift+V")
    )
    menu.addSeparator()
    library = window.library
    menu.addAction(
        _action(window, window.tr("Import &Texts…"), library.choose_files, "Ctrl+Shift+O")
    )
    menu.addAction(
        _action(window, window.tr("&Handout…"), library.handout_of_current, "Ctrl+Shift+H")
    )
    menu.addAction(
        _action(window, window.tr("&Import Words…"), window.learning.import_words, "Ctrl+I")
    )
    menu.addAction(
        _action(window, window.tr("&Export Glossary…"), window.learning.export_glossary, "Ctrl+E")
    )
    menu.addAction(
        _action(
            window,
            window.tr("Install Translation &Model…"),
            window.translation.install_model_file,
        )
    )
    menu.addAction(
        _action(window, window.tr("&Rescue Damaged Glossary…"), window.rescue.confirm_and_rescue)
    )
    menu.addSeparator()
    menu.addAction(_action(window, window.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit))


def _edit_menu(window: MenuWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&Edit"))
    window.undo_action = _action(
        window, window.tr("&Undo"), window.undo, QKeySequence.StandardKey.Undo
    )
    window.undo_action.setEnabled(False)
    menu.addAction(window.undo_action)
    menu.addAction(_action(window, window.tr("&Find in Glossary"), window.show_glossary, "Ctrl+F"))


def _view_menu(window: MenuWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&View"))
    menu.addAction(
        _action(window, window.tr("&Reading"), lambda: window.tabs.setCurrentIndex(0), "Ctrl+1")
    )
    menu.addAction(
        _action(window, window.tr("&Glossary"), lambda: window.tabs.setCurrentIndex(1), "Ctrl+2")
    )
    menu.addAction(_action(window, window.tr("Re&view"), window.show_review, "Ctrl+3"))
    menu.addAction(_action(window, window.tr("&Library"), window.library.show_library, "Ctrl+4"))
    menu.addAction(
        _action(window, window.tr("Reading L&ists"), window.library.show_lists, "Ctrl+5")
    )
    menu.addAction(
        _action(window, window.tr("&Progress…"), window.learning.show_progress, "Ctrl+Shift+P")
    )
    menu.addSeparator()
    window.colour_action = _action(
        window,
        window.tr("&Colour Words by Status"),
        window.learning.toggle_colouring,
        "Ctrl+Shift+C",
    )
    window.colour_action.setCheckable(True)
    window.colour_action.setChecked(True)
    menu.addAction(window.colour_action)
    view = window.reading_view
    larger = _action(
        window, window.tr("&Larger Text"), lambda: view.set_text_size(view.text_size + 1)
    )
    larger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    menu.addAction(larger)
    menu.addAction(
        _action(
            window,
            window.tr("&Smaller Text"),
            lambda: view.set_text_size(view.text_size - 1),
            "Ctrl+-",
        )
    )


def _word_menu(window: MenuWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&Word"))
    view = window.reading_view
    reading_keys = (
        (window.tr("&Next Word"), lambda: view.move_focus(1), "Right"),
        (window.tr("&Previous Word"), lambda: view.move_focus(-1), "Left"),
        (window.tr("&Edit Translation"), window.edit_current_word, "Return"),
    )
    for text, slot, key in reading_keys:
        # The key works only while reading (arrows and Return keep their meaning in the card's
        # fields and the table); a menu action with a shortcut would be window-wide, so the
        # menu shows the key as text instead.
        menu.addAction(_action(window, f"{text}\t{key}", slot))
        shortcut = _action(window, text, slot, key)
        shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(shortcut)
    menu.addSeparator()
    menu.addAction(
        _action(
            window,
            window.tr("&Save to Glossary"),
            window.save_current_word,
            QKeySequence.StandardKey.Save,
        )
    )
    _status_menu(window, menu.addMenu(window.tr("St&atus")))
    menu.addSeparator()
    _speech_actions(window, menu)
    _conjugation_action(window, menu)
    menu.addSeparator()
    menu.addAction(
        _action(
            window,
            window.tr("&Mark the Rest as Known"),
            window.learning.mark_rest_known,
            "Ctrl+Shift+K",
        )
    )
    menu.addSeparator()
    window.translate_action = _action(
        window,
        window.tr("&Translate Paragraph"),
        window.translation.translate_paragraph,
        "Ctrl+T",
    )
    menu.addAction(window.translate_action)
    menu.setToolTipsVisible(True)  # a disabled item says why (no translation model)


def _page_menu(window: MenuWindow) -> None:
    """Pages of a library text: one page in the reading view at a time."""
    menu = window.menuBar().addMenu(window.tr("&Page"))
    books = window.books
    pages = (
        (window.tr("&Next Page"), books.next_page, ("Ctrl+Right", "Ctrl+PgDown")),
        (window.tr("&Previous Page"), books.previous_page, ("Ctrl+Left", "Ctrl+PgUp")),
        (window.tr("&Go to Page…"), books.go_to_page, ("Ctrl+G",)),
    )
    for text, slot, keys in pages:
        action = _action(window, text, slot)
        action.setShortcuts([QKeySequence(key) for key in keys])
        menu.addAction(action)


def _settings_menu(window: MenuWindow) -> None:
    """Offline translation (the Argos models, the learner's dictionaries), speech, and the
    light or dark look."""
    menu = window.menuBar().addMenu(window.tr("&Settings"))
    features = window.translation
    menu.addAction(_action(window, window.tr("Translation &Models…"), features.show_models))
    menu.addAction(_action(window, window.tr("&Dictionaries…"), features.show_dictionaries))
    menu.addAction(_action(window, window.tr("&Speech…"), window.speech.show_settings))
    _appearance_menu(window, menu.addMenu(window.tr("&Appearance")))


def _appearance_menu(window: MenuWindow, menu: QMenu) -> None:
    """Follow the system's light or dark scheme, or keep one (not every system reports it)."""
    group = QActionGroup(menu)
    labels = {
        "system": window.tr("Follow the &System"),
        "light": window.tr("&Light"),
        "dark": window.tr("&Dark"),
    }
    current = window.settings.appearance
    look().choose(current)
    for choice, label in labels.items():
        action = _action(window, label, (lambda c: lambda: _choose_look(window, c))(choice))
        action.setObjectName(f"appearance_{choice}")
        action.setCheckable(True)
        action.setChecked(choice == current)
        group.addAction(action)
        menu.addAction(action)


def _choose_look(window: MenuWindow, choice: str) -> None:
    window.settings.appearance = choice
    look().choose(choice)


def _help_menu(window: MenuWindow) -> None:
    """Help ▸ Keyboard Shortcuts, Offline Translation, About."""
    menu = window.menuBar().addMenu(window.tr("&Help"))
    menu.addAction(
        _action(
            window,
            window.tr("&Keyboard Shortcuts"),
            lambda: show_shortcuts(window),
            QKeySequence.StandardKey.HelpContents,
        )
    )
    menu.addAction(
        _action(window, window.tr("Offline &Translation…"), window.translation.show_model_help)
    )
    menu.addSeparator()
    menu.addAction(_action(window, window.tr("&About French Reader"), lambda: show_about(window)))


def show_shortcuts(window: MenuWindow) -> None:
    # Not at start-up: the dialog is read now and then.
    from reader.ui.help import ShortcutsDialog, shortcut_rows

    dialog = ShortcutsDialog(shortcut_rows(window.menuBar()), window.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_about(window: MenuWindow) -> None:
    # Not at start-up: the dialog is read now and then.
    from reader.ui.help import AboutDialog

    dialog = AboutDialog(window.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _status_menu(window: MenuWindow, menu: QMenu) -> None:
    """The status keys work in the reading tab (article and card), like the arrows."""
    # Imported here: they need the models (~10 ms), which the first page does without.
    from reader.ui.common.labels import status_label
    from reader.ui.reading.status_keys import STATUS_KEYS

    for status, key in STATUS_KEYS.items():
        text = status_label(status)
        slot = (lambda s: lambda: window.set_word_status(s))(status)
        menu.addAction(_action(window, f"{text}\t{key}", slot))
        _reading_key(window, text, slot, key)


def refresh_recent_menu(window: MenuWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    recent = window.settings.recent_files
    for path in recent:
        action = menu.addAction(path.name)
        action.setToolTip(str(path))
        action.triggered.connect(lambda _=False, p=Path(path): window.open_path(p))
    menu.setEnabled(bool(recent))


def _reading_key(window: MenuWindow, text: str, slot: object, key: str) -> QAction:
    """A plain key (P, C, 1...) that works in the reading tab (article and card) only: the
    menu shows it as text, the shortcut lives on the reading tab."""
    shortcut = _action(window, text, slot, key)
    shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.splitter.addAction(shortcut)
    return shortcut


def _speech_actions(window: MenuWindow, menu: QMenu) -> None:
    """Word ▸ Listen (P), Listen to Sentence (Shift+P), Stop Speaking."""
    speech = window.speech
    actions = (
        (window.tr("&Listen"), speech.speak_word_or_selection, "P"),
        (window.tr("Listen to &Sentence"), speech.speak_sentence, "Shift+P"),
        (window.tr("S&top Speaking"), speech.stop, None),
    )
    for text, slot, key in actions:
        menu.addAction(_action(window, f"{text}\t{key}" if key else text, slot))
        if key is not None:
            _reading_key(window, text, slot, key)


def _conjugation_action(window: MenuWindow, menu: QMenu) -> None:
    """Word ▸ Conjugation (C)."""
    text = window.tr("&Conjugation")
    menu.addAction(_action(window, f"{text}\tC", window.conjugation.toggle))
    _reading_key(window, text, window.conjugation.toggle, "C")
