"""Nothing the app does lands outside its data folder: a real session (home_session.py) runs
in a child process whose HOME, XDG folders and TMPDIR are temporary; every file there is
listed before and after, and only the data folder may change. The tiny Argos model it
installs is built here, outside that home."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from reader.core.paths import APP_NAME, DATA_ENV
from reader.ui.common.settings import QT_SETTINGS_FOLDER, SETTINGS_FILE
from tests.argos_fixture import ANSWER
from tests.ui.home_session import ANSWER_ENV, ARTICLE_ENV, MODEL_ENV

ROOT = Path(__file__).resolve().parents[2]
SESSION = Path(__file__).with_name("home_session.py")
ARTICLE = (
    "Le conseil municipal s'est réuni hier soir à la mairie. Les habitants ont été nombreux "
    "à venir écouter le maire, qui a présenté le projet de la nouvelle bibliothèque.\n"
)
SESSION_TIMEOUT_S = 300


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under folder: relative path -> what it holds."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = f"link to {os.readlink(path)}"
        elif path.is_dir():
            found[key] = "folder"
        else:
            found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


class Home:
    """A temporary home with an article in its documents, and a temporary TMPDIR beside it;
    `outside()` lists what changed in either, except in the app's default data folder."""

    def __init__(self, root: Path) -> None:
        self.home = root / "home"
        self.documents = self.home / "Documents"
        self.documents.mkdir(parents=True)
        (self.home / ".config").mkdir()
        self.article = self.documents / "conseil.txt"
        self.article.write_text(ARTICLE, encoding="utf-8")
        self.temporary = root / "tmp"
        self.temporary.mkdir()
        self.data = self.home / ".local" / "share" / APP_NAME  # the platform's default
        self._before = snapshot(self.home)
        self._temporary_before = snapshot(self.temporary)

    def environment(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", DATA_ENV))}
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            TMPDIR=str(self.temporary),
            QT_QPA_PLATFORM="offscreen",
            PYTHONDONTWRITEBYTECODE="1",
            **extra,
        )
        return env

    def run(self, command: list[str], **extra: str) -> None:
        child = subprocess.run(
            command,
            cwd=ROOT,
            env=self.environment(**extra),
            capture_output=True,
            text=True,
            timeout=SESSION_TIMEOUT_S,
            check=False,
        )
        assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-4000:]

    def outside(self) -> list[str]:
        changed = changes(self._before, snapshot(self.home))
        data = self.data
        found = [path for path in changed if not (self.home / path).is_relative_to(data)]
        # Folders on the way to the data folder are made by the app, and hold nothing else.
        found = [path for path in found if not data.is_relative_to(self.home / path)]
        temporary = changes(self._temporary_before, snapshot(self.temporary))
        return found + [f"$TMPDIR/{path}" for path in temporary]


def test_a_session_writes_nothing_outside_the_data_folder(tmp_path: Path, tiny_model: Path) -> None:
    home = Home(tmp_path)
    session = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--basetemp={tmp_path / 'child-pytest'}",  # pytest's own temp files: outside too
        str(SESSION),
    ]
    extra = {ARTICLE_ENV: str(home.article), MODEL_ENV: str(tiny_model)}
    home.run(session, **extra, **{ANSWER_ENV: ANSWER})

    assert home.outside() == []
    data = home.data
    assert (data / "glossary.sqlite3").is_file()
    settings = (data / SETTINGS_FILE).read_text(encoding="utf-8")
    assert str(home.article) in settings  # the last article and the texts folder, kept here
    assert (data / QT_SETTINGS_FOLDER / "QtProject.conf").is_file()  # Qt's file dialog's
    assert (data / "translation-models" / "translate-fr_en-tiny").is_dir()


def test_commands_write_nothing_outside_the_data_folder_but_what_they_are_asked_to(
    tmp_path: Path,
) -> None:
    """Importing a text (importers, word frequencies), a handout as PDF (spaCy in the
    process, Qt's PDF writer without a window) and an Anki export."""
    home = Home(tmp_path)
    reader = [sys.executable, "-m", "reader"]
    handout, deck = home.documents / "vocabulaire.pdf", home.documents / "mots.apkg"
    home.run([*reader, "import", str(home.article)])
    home.run([*reader, "handout", "1", str(handout), "--level", "A1"])
    home.run([*reader, "glossary", "add", "habitants", "--sentence", ARTICLE.split(". ")[1]])
    home.run([*reader, "export", "anki", str(deck), "--audio"])  # sounds made in memory
    assert handout.read_bytes().startswith(b"%PDF")
    assert zipfile.is_zipfile(deck)
    expected = sorted(str(path.relative_to(home.home)) for path in (deck, handout))
    assert home.outside() == expected
    assert (home.data / "glossary.sqlite3").is_file()
