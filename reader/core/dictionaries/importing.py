"""Importing a dictionary file, once, into the app's own TSV format.

Formats: kaikki.org / wiktextract JSON lines, dictd, StarDict, CSV/TSV word lists; told by
the file's name and first bytes, or named by the caller. The import streams (bounded memory),
reports progress, can be cancelled, and is all-or-nothing: the TSV and its index are written
to hidden temporary files, renamed into place at the end, and only then registered.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.dictionaries.dictionary import DictionaryEntry
from reader.core.dictionaries.formats import dictd, kaikki, stardict, table
from reader.core.dictionaries.formats.common import MAX_DICTIONARY_BYTES, is_gzip
from reader.core.dictionaries.registry import DictionaryRegistry, InstalledDictionary
from reader.core.dictionaries.storage import DictionaryWriter, header_line, index_path
from reader.core.errors import DictionaryError
from reader.core.files import (
    one_line,
    open_input,
    remove_abandoned_parts,
    shown_path,
)
from reader.core.progress import Report

MAX_NAME_CHARS = 120
Reader = Callable[[Path, Report | None, threading.Event | None], Iterator[DictionaryEntry]]


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    read: Reader
    title: Callable[[Path], str]  # the dictionary's own name, when the file gives one
    empty: str  # why a file can hold no entry


FORMATS = {
    "kaikki": Format(
        "kaikki",
        kaikki.read,
        kaikki.title,
        "it has no French entries (lang_code “fr”): is it the French extract?",
    ),
    "dictd": Format("dictd", dictd.read, dictd.title, "it has no entries"),
    "stardict": Format("stardict", stardict.read, stardict.title, "it has no entries"),
    "csv": Format("csv", table.read, table.title, "it has no rows"),
}
SUFFIX_FORMATS = (
    ((".ifo", ".idx", ".idx.gz", ".syn"), "stardict"),
    ((".index",), "dictd"),
    ((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz"), "kaikki"),
    ((".csv", ".tsv", ".tab", ".txt"), "csv"),
)


def detect_format(path: Path) -> str:
    """The format of a dictionary file, from its name, its neighbours and its first bytes."""
    name = path.name.lower()
    for suffixes, kind in SUFFIX_FORMATS:
        if name.endswith(suffixes):
            return kind
    if name.endswith((".dict", ".dict.dz")):
        base = path.name[: -len(".dict.dz")] if name.endswith(".dz") else path.stem
        return "stardict" if path.with_name(base + ".ifo").exists() else "dictd"
    head = _head(path)
    if head.startswith(b"StarDict's dict ifo file"):
        return "stardict"
    if head.lstrip(b"\xef\xbb\xbf \r\n").startswith(b"{") or is_gzip(path):
        return "kaikki"
    raise DictionaryError(
        f"Cannot tell the format of {path.name}: give it with --format ({'|'.join(FORMATS)})."
    )


def _head(path: Path) -> bytes:
    with open_input(path, max_bytes=MAX_DICTIONARY_BYTES, error=DictionaryError) as file:
        return file.read(64)


def resolve(path: Path) -> Path:
    """A folder holding one StarDict or dictd dictionary stands for its .ifo or .index."""
    try:
        is_folder = stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return path  # missing, a loop, a name too long: opening it says which
    if not is_folder:
        return path
    found = sorted(path.glob("*.ifo")) or sorted(path.glob("*.index"))
    if len(found) != 1:
        raise DictionaryError(
            f"{path} is a folder: give the dictionary file itself "
            "(the .ifo of a StarDict dictionary, the .index of a dictd one, or the file)."
        )
    return found[0]


def import_dictionary(
    root: Path,
    path: Path,
    *,
    kind: str | None = None,
    name: str | None = None,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> InstalledDictionary:
    """Convert a dictionary file into the app's format and add it to the learner's list."""
    path = resolve(Path(path))
    kind = kind or detect_format(path)
    if kind not in FORMATS:
        raise DictionaryError(f"Unknown dictionary format «{kind}»: use {', '.join(FORMATS)}.")
    chosen = FORMATS[kind]
    registry = DictionaryRegistry(root)
    title = one_line(name or chosen.title(path))[:MAX_NAME_CHARS] or one_line(path.stem)
    registry.check_free(title)
    remove_abandoned_parts(registry.folder)  # what killed imports left, whatever their age
    tsv = registry.new_file(title)
    try:
        with DictionaryWriter(tsv, header_line(title, shown_path(path.name), kind)) as writer:
            writer.add_all(chosen.read(path, report, cancel))
            if writer.count == 0:
                raise DictionaryError(f"Nothing to import from {path.name}: {chosen.empty}.")
            writer.commit()
    except OSError as error:  # unreadable source, full disk: nothing was registered
        raise DictionaryError(f"Cannot import {path.name}: {error}") from None
    entry = InstalledDictionary(title, kind, tsv.name, shown_path(path), writer.count)
    try:
        return registry.add(entry)
    except BaseException:
        tsv.unlink(missing_ok=True)
        index_path(tsv).unlink(missing_ok=True)
        raise
