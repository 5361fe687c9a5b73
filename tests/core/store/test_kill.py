"""Killed at any moment, the app loses nothing it said was saved and leaves no half file.

A child process (crash_child.py) saves glossary words, imports texts into the library and
exports (Anki, CSV, Anki text, Quizlet, a reading list file) in a loop, printing a line once
each write has returned. It is killed with SIGKILL at seeded random moments; after each kill
the database must pass SQLite's integrity check, hold every change reported, and hold no
half change (an entry without its sentence, a text without its pages); each export file must
be absent or whole. A last run that ends normally must leave no temporary file behind.
"""

from __future__ import annotations

import csv
import io
import json
import random
import signal
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reader.core.exports.anki import FIELDS
from reader.core.exports.text import CSV_COLUMNS
from reader.core.models import Context, EntryDraft
from reader.core.store import Database
from reader.core.teaching.list_files import MANIFEST
from tests.core.store.crash_child import EXPORTS, LIST_FILE
from tests.paths import ROOT

SEED = 20_240_611
KILLS = 30
RUN_S = (0.0, 0.4)  # how long each child writes, after it is ready, before the kill
SEED_WORDS = 5_000  # a glossary big enough that an export takes a while to write
CHILD_TIMEOUT_S = 60
# Rows that must come with their parent row (table, its key column, the parent table): saved
# in the same transaction, so a kill never leaves a parent without them.
ORPHANS = (
    ("contexts", "entry_id", "entries"),
    ("tags", "entry_id", "entries"),
    ("text_bodies", "text_id", "texts"),
    ("pages", "text_id", "texts"),
)


@dataclass
class Reported:
    """What the children said was saved."""

    words: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)
    exports: dict[str, int] = field(default_factory=dict)  # name -> the largest count

    def add(self, output: str) -> None:
        # A line cut by the kill has no newline: its write had returned, nothing to check.
        for line in output.splitlines(keepends=True):
            if not line.endswith("\n") or line == "ready\n":
                continue
            kind, rest = line.rstrip("\n").split(" ", 1)
            if kind == "word":
                self.words.add(rest)
            elif kind == "text":
                self.texts.add(rest)
            else:
                name, count = rest.rsplit(" ", 1)
                self.exports[name] = max(self.exports.get(name, 0), int(count))


class Folders:
    def __init__(self, root: Path) -> None:
        self.data, self.out, self.sources = root / "data", root / "out", root / "sources"
        for folder in (self.data, self.out, self.sources):
            folder.mkdir()

    def command(self, run: int, steps: int = 0) -> list[str]:
        folders = [str(self.data), str(self.out), str(self.sources)]
        return [
            sys.executable,
            "-m",
            "tests.core.store.crash_child",
            *folders,
            str(run),
            str(steps),
        ]


def seed_glossary(data: Path) -> None:
    drafts = [
        EntryDraft(
            word=f"graine{n}",
            lemma=f"graine{n}",
            translation=f"seed {n}",
            context=Context(f"La graine{n} pousse « vite » ; très vite.", f"graine{n}"),
            tags=("kill",),
        )
        for n in range(SEED_WORDS)
    ]
    with Database.open_in(data) as store:
        store.glossary.save_all(drafts)


def start(folders: Folders, run: int, steps: int = 0) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        folders.command(run, steps), cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n", "the child did not start"
    return child


def run_and_kill(folders: Folders, run: int, seconds: float) -> str:
    """Start a child, let it write for `seconds`, kill it; its output."""
    child = start(folders, run)
    with pytest.raises(subprocess.TimeoutExpired):
        child.wait(timeout=seconds)  # it writes until killed: it never ends by itself
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate(timeout=CHILD_TIMEOUT_S)
    assert child.returncode == -signal.SIGKILL
    return output


# --- checks -------------------------------------------------------------------------------------


def check_database(data: Path, reported: Reported) -> None:
    # Opened as the app opens it next time: SQLite replays or drops the write-ahead log.
    conn = sqlite3.connect(data / "glossary.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        lemmas = {row[0] for row in conn.execute("SELECT lemma_key FROM entries")}
        assert reported.words <= lemmas
        titles = {row[0] for row in conn.execute("SELECT title FROM texts")}
        assert reported.texts <= titles
        # Each change is whole: no entry without its sentence or tags, no text without its
        # body or pages.
        for table, column, parent in ORPHANS:
            orphan = (
                f"SELECT id FROM {parent} p"
                f" WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {column} = p.id)"
            )
            assert conn.execute(orphan).fetchall() == [], orphan
    finally:
        conn.close()


def csv_count(path: Path) -> int:
    data = path.read_bytes()
    assert data.endswith(b"\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(CSV_COLUMNS)
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    return len(rows) - 1


def anki_text_count(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#separator:tab\n") and text.endswith("\n")
    lines = text.splitlines(keepends=True)
    headers = next(n for n, line in enumerate(lines) if not line.startswith("#"))
    body = "".join(lines[headers:])
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter="\t"))
    assert all(len(row) == len(FIELDS) + 2 for row in rows)  # GUID, fields, tags
    return len(rows)


def quizlet_count(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    lines = text.splitlines()
    assert all(line.count("\t") == 1 for line in lines)
    return len(lines)


def apkg_count(path: Path, scratch: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        assert json.loads(archive.read("media")) == {}
        collection = scratch / "collection.anki2"
        collection.write_bytes(archive.read("collection.anki2"))
    conn = sqlite3.connect(collection)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])
    finally:
        conn.close()


def list_count(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        manifest = json.loads(archive.read(MANIFEST))
        for text in manifest["texts"]:
            assert archive.read(text["file"])
        return len(manifest["texts"])


def check_exports(out: Path, reported: Reported, scratch: Path) -> None:
    """Every export file is absent or whole, and holds at least what was reported."""
    counters: dict[str, Callable[[Path], int]] = {
        "glossary.apkg": lambda path: apkg_count(path, scratch),
        "glossary.csv": csv_count,
        "anki-import.txt": anki_text_count,
        "quizlet.txt": quizlet_count,
        LIST_FILE: list_count,
    }
    assert set(counters) == {*EXPORTS, LIST_FILE}
    for name, count in counters.items():
        path = out / name
        if path.exists():
            assert count(path) >= reported.exports.get(name, 0), name
        else:
            assert name not in reported.exports, f"{name} was reported written, and is gone"
    others = [p.name for p in out.iterdir() if p.name not in counters]
    assert all(name.startswith(".") and name.endswith(".part") for name in others), others


def test_killed_at_random_moments_nothing_saved_is_lost_and_no_file_is_half_written(
    tmp_path: Path,
) -> None:
    folders = Folders(tmp_path)
    seed_glossary(folders.data)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    chance = random.Random(SEED)
    reported = Reported()
    mid_write = 0  # kills that caught an export being written: it left a new temporary file
    parts: set[str] = set()
    for run in range(KILLS):
        reported.add(run_and_kill(folders, run, chance.uniform(*RUN_S)))
        check_database(folders.data, reported)
        check_exports(folders.out, reported, scratch)
        now = {path.name for path in folders.out.iterdir() if path.name.endswith(".part")}
        mid_write += bool(now - parts)
        parts = now
    assert mid_write > 0, "no kill landed while a file was being written"

    # A run that ends normally rewrites every export: the killed runs' temporary files go.
    child = start(folders, KILLS, steps=10)
    output, _ = child.communicate(timeout=CHILD_TIMEOUT_S)
    assert child.returncode == 0
    reported.add(output)
    # Checked after the clean run: on a loaded machine the killed runs may all die before
    # their first import is reported.
    assert reported.words and reported.texts and reported.exports
    check_database(folders.data, reported)
    check_exports(folders.out, reported, scratch)
    assert sorted(p.name for p in folders.out.iterdir()) == sorted({*EXPORTS, LIST_FILE})
    assert set(reported.exports) == {*EXPORTS, LIST_FILE}
