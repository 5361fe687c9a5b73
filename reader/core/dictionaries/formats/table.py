"""A simple word list: CSV or TSV rows of word, translation[, part of speech].

Translations may hold several senses separated by ";" or "|". A first row naming the columns
(word, translation, ...) is skipped, and so are blank lines and lines starting with "#".
"""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reader.core.dictionaries.dictionary import DictionaryEntry
from reader.core.dictionaries.formats.common import (
    MAX_DICTIONARY_BYTES,
    Progress,
    decode,
    gender,
    read_lines,
    upos,
)
from reader.core.errors import DictionaryError
from reader.core.files import open_input
from reader.core.progress import Report

HEADER_WORDS = frozenset({"word", "french", "fr", "mot", "headword", "lemma", "term", "français"})
SAMPLE = 1 << 16


def title(path: Path) -> str:
    return path.stem


def read(
    path: Path, report: Report | None = None, cancel: threading.Event | None = None
) -> Iterator[DictionaryEntry]:
    with open_input(path, max_bytes=MAX_DICTIONARY_BYTES, error=DictionaryError) as file:
        progress = Progress(os.fstat(file.fileno()).st_size, report, cancel)
        delimiter = _delimiter(file.read(SAMPLE), path)
        file.seek(0)
        rows = csv.reader(_lines(file, path, progress), delimiter=delimiter)
        first = True
        for row in _checked(rows, path):
            cells = [cell.strip() for cell in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if first and cells[0].lower() in HEADER_WORDS:
                first = False
                continue
            first = False
            yield _entry(cells, rows.line_num, path)
    progress.finish()


def _delimiter(sample: bytes, path: Path) -> str:
    if b"\0" in sample:
        raise DictionaryError(
            f"{path.name} is not a text file: it cannot be a CSV or TSV word list."
        )
    first = sample.lstrip(b"\xef\xbb\xbf \r\n").split(b"\n", 1)[0]
    if first.startswith((b"{", b"[")):
        raise DictionaryError(
            f"{path.name} looks like JSON, not a CSV or TSV word list: "
            "import it with --format kaikki if it is a kaikki.org file."
        )
    if b"\t" in first:
        return "\t"
    return ";" if first.count(b";") > first.count(b",") else ","


def _checked(rows: Any, path: Path) -> Iterator[list[str]]:
    """The csv reader's rows; its errors (a NUL, a field over its size limit) as one line."""
    try:
        yield from rows
    except csv.Error as error:
        raise DictionaryError(
            f"{path.name}, line {rows.line_num}: {error}: not a CSV or TSV word list."
        ) from None


def _lines(file: BinaryIO, path: Path, progress: Progress) -> Iterator[str]:
    done = 0
    for number, raw in read_lines(file, path):
        done += len(raw)
        progress.at(done)
        line = decode(raw, path, f"line {number}")
        yield line.removeprefix("\ufeff") if number == 1 else line


def _entry(cells: list[str], line: int, path: Path) -> DictionaryEntry:
    if len(cells) < 2 or not cells[0] or not cells[1]:
        raise DictionaryError(
            f"{path.name}, line {line}: expected “word, translation[, part of speech]”, "
            f"found {len([c for c in cells if c])} column(s)."
        )
    senses = tuple(s.strip() for s in cells[1].replace("|", ";").split(";") if s.strip())
    label = cells[2] if len(cells) > 2 else ""
    return DictionaryEntry(cells[0], upos(label), gender(label), "", senses)
