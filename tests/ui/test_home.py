"""Nothing the app does lands outside its data folder: a real session (home_session.py) runs
in a child process whose HOME, XDG folders and TMPDIR are temporary; every file there is
listed before and after, and only the data folder may change. The tiny Argos model it
installs is built here, outside that home."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from reader.core.paths import APP_NAME, DATA_ENV
from reader.ui.settings import QT_SETTINGS_FOLDER, SETTINGS_FILE
from tests import argos_fixture
from tests.ui.home_session import ANSWER_ENV, ARTICLE_ENV, MODEL_ENV

tiny_package = argos_fixture.tiny_package
tiny_model = argos_fixture.tiny_model

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


def session_environment(home: Path, temporary: Path, article: Path, model: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", DATA_ENV))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        TMPDIR=str(temporary),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env[ARTICLE_ENV] = str(article)
    env[MODEL_ENV] = str(model)
    env[ANSWER_ENV] = argos_fixture.ANSWER
    return env


def test_a_session_writes_nothing_outside_the_data_folder(tmp_path: Path, tiny_model: Path) -> None:
    home = tmp_path / "home"
    documents = home / "Documents"
    documents.mkdir(parents=True)
    (home / ".config").mkdir()
    article = documents / "conseil.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    before, temporary_before = snapshot(home), snapshot(temporary)

    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--basetemp={tmp_path / 'child-pytest'}",  # pytest's own temp files: outside too
        str(SESSION),
    ]
    child = subprocess.run(
        command,
        cwd=ROOT,
        env=session_environment(home, temporary, article, tiny_model),
        capture_output=True,
        text=True,
        timeout=SESSION_TIMEOUT_S,
        check=False,
    )
    assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-4000:]

    data = home / ".local" / "share" / APP_NAME  # the platform's default data folder
    after = snapshot(home)
    outside = [path for path in changes(before, after) if not (home / path).is_relative_to(data)]
    # Folders on the way to the data folder are made by the app, and hold nothing else.
    outside = [path for path in outside if not data.is_relative_to(home / path)]
    assert outside == []
    assert changes(temporary_before, snapshot(temporary)) == []
    assert (data / "glossary.sqlite3").is_file()
    settings = (data / SETTINGS_FILE).read_text(encoding="utf-8")
    assert str(article) in settings  # the last article and the texts folder, kept here
    assert (data / QT_SETTINGS_FOLDER / "QtProject.conf").is_file()  # Qt's file dialog's
    assert (data / "translation-models" / "translate-fr_en-tiny").is_dir()
