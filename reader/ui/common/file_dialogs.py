"""Every file chooser of the window: each kind of file (texts, exports, handouts...) has its
own remembered folder in the data folder's settings; the first time, the chooser starts in
the user's documents folder, never in the app's own folder or the current directory."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.ui.common.settings import Settings


class FileKind(StrEnum):
    """The kinds of file that each keep their own last folder (the settings key)."""

    TEXTS = "texts"  # articles opened, texts imported into the library
    EXPORTS = "exports"  # glossary exports
    WORD_LISTS = "wordLists"  # word lists and Kindle vocab.db imported into the glossary
    MODELS = "models"  # .argosmodel files
    MODEL_FOLDERS = "modelFolders"  # an Argos models folder chosen for the app
    DICTIONARIES = "dictionaries"  # dictionary files imported
    LIST_FILES = "listFiles"  # reading list files, exported and imported
    HANDOUTS = "handouts"  # handouts, glossed texts and their decks


def documents_folder() -> Path:
    """The user's documents folder, else home: folders that exist, so the chooser opens
    there rather than falling back to the process's current directory."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path(QDir.homePath())


def start_folder(settings: Settings, kind: FileKind) -> Path:
    remembered = settings.last_folder(kind)
    if remembered is not None and remembered.is_dir():
        return remembered
    return documents_folder()


def choose_file(
    parent: QWidget, settings: Settings, kind: FileKind, title: str, filters: str
) -> Path | None:
    """One existing file to open, or None if the chooser was cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings, kind)), filters)
    return _chosen(settings, kind, name)


def choose_files(
    parent: QWidget, settings: Settings, kind: FileKind, title: str, filters: str
) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, title, str(start_folder(settings, kind)), filters
    )
    paths = [Path(name) for name in names if name]
    if paths:
        settings.remember_folder(kind, paths[0].parent)
    return paths


def choose_save_file(
    parent: QWidget,
    settings: Settings,
    kind: FileKind,
    title: str,
    suggested: str | Path,
    filters: str,
) -> Path | None:
    """A file to write. suggested is a file name (put in the kind's folder) or a full path
    whose folder exists (the export dialog's path field)."""
    suggested = Path(suggested)
    if suggested.is_absolute() and suggested.parent.is_dir():
        start = suggested
    else:
        # A title may hold a slash; it would be read as a folder.
        start = start_folder(settings, kind) / str(suggested).replace("/", "-")
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    return _chosen(settings, kind, name)


def choose_folder(parent: QWidget, settings: Settings, kind: FileKind, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start_folder(settings, kind)))
    if not name:
        return None
    settings.remember_folder(kind, Path(name))
    return Path(name)


def remember(settings: Settings, kind: FileKind, path: Path) -> None:
    """A file of this kind was used without the chooser (typed in, dropped): its folder is
    where the next chooser of that kind starts."""
    if path.parent.is_dir():
        settings.remember_folder(kind, path.parent)


def _chosen(settings: Settings, kind: FileKind, name: str) -> Path | None:
    if not name:
        return None
    path = Path(name)
    settings.remember_folder(kind, path.parent)
    return path
