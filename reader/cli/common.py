"""What the command groups share: the data folder and its database, the analysis cache, a
progress line on the terminal, and JSON output. Imports no other module of reader.cli."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeAlias

if TYPE_CHECKING:
    from reader.core.analysis import AnalysisCache
    from reader.core.store import Database

Command = Callable[[argparse.Namespace], int]
# What parser.add_subparsers() returns: each command group adds its subcommands to it.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def data_root(args: argparse.Namespace) -> Path:
    """--data-dir, else $FRENCH_READER_DATA, else the platform's user data folder."""
    # platformdirs loads when a command needs the data folder, not for --help.
    from reader.core.paths import data_dir

    return data_dir(args.data_dir)


def open_store(args: argparse.Namespace) -> Database:
    """The database of the data folder (close it: use it in a with block)."""
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.store import Database

    return Database.open_in(data_root(args))


def analysis_cache(args: argparse.Namespace) -> AnalysisCache:
    # Loaded by this command only, not by every command.
    from reader.core.analysis import AnalysisCache
    from reader.core.paths import cache_dir

    return AnalysisCache(cache_dir(data_root(args)))


def analyse_text(store: Database, cache: AnalysisCache, text_id: int, title: str) -> int:
    """Analyse a library text's pages not analysed yet, with a progress line."""
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.library import analyse_book

    with Progress(f"Analysing «{title}»") as progress:
        return int(analyse_book(store, text_id, cache, report=progress))


def percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)} %"


def print_json(data: Any) -> None:
    """JSON as every command prints it: UTF-8 French as written, one space of indent."""
    print(json.dumps(data, ensure_ascii=False, indent=1))


class Progress:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self, action: str, stream: TextIO | None = None) -> None:
        self.action = action
        self.stream = stream or sys.stderr
        self.shown = False
        self._last = 0.0
        self._lock = threading.Lock()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.stream.isatty() or (now - self._last < 0.1 and done < total):
            return
        self._last = now
        share = f"{100 * done // total:3d}%" if total else f"{done:,} "
        with self._lock:
            self.stream.write(f"\r{self.action}… {share}")
            self.stream.flush()
            self.shown = True

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
