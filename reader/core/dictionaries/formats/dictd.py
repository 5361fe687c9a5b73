"""dictd dictionaries: NAME.index (headword, offset, length) and NAME.dict or NAME.dict.dz.

Every FreeDict dictionary comes in this format. Articles are read in file order, so even a
dictzip (.dz) file is decompressed once, front to back.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

from reader.core.dictionaries.dictionary import DictionaryEntry
from reader.core.dictionaries.formats.common import (
    MAX_INDEX_BYTES,
    Progress,
    decode,
    gender,
    open_data,
    read_lines,
    senses_from_text,
    strip_markup,
    upos,
)
from reader.core.errors import DictionaryError
from reader.core.files import open_input
from reader.core.progress import Report

BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
SUFFIXES = (".index", ".dict.dz", ".dict", ".dz")
# FreeDict's first line: "headword /ipa/ <n, masc>" (ipa and grammar optional).
HEADER = re.compile(r"(?P<headword>.+?)(?: /(?P<ipa>[^/]*)/)?(?: <(?P<grammar>[^>]*)>)?")
ENTRIES_PER_REPORT = 500
MAX_NUMBER_DIGITS = 12  # base-64 digits of an offset or a length: 64**12 is beyond any file
Record = tuple[int, int, str]  # offset, length, headword


def files(path: Path) -> tuple[Path, Path]:
    """The .index and the .dict(.dz) of the dictionary path belongs to."""
    base = path.name
    for suffix in SUFFIXES:
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    index = path.with_name(base + ".index")
    data = next(
        (p for p in (path.with_name(base + s) for s in (".dict.dz", ".dict")) if p.exists()), None
    )
    if not index.exists() or data is None:
        raise DictionaryError(
            f"A dictd dictionary needs both {base}.index and {base}.dict (or {base}.dict.dz) "
            f"in {path.parent}."
        )
    return index, data


def title(path: Path) -> str:
    index, data = files(path)
    records = {key: (offset, length) for offset, length, key in _records(index)}
    place = records.get("00-database-short") or records.get("00databaseshort")
    if place is None:
        return index.stem
    with open_data(data) as stream:
        text = decode(stream.read_at(place[0], place[1]), data, "its name entry")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0].startswith("00"):
        lines = lines[1:]
    return lines[0] if lines else index.stem


def read(
    path: Path, report: Report | None = None, cancel: threading.Event | None = None
) -> Iterator[DictionaryEntry]:
    index, data = files(path)
    records = sorted(_records(index))
    progress = Progress(len(records), report, cancel, every=ENTRIES_PER_REPORT)
    with open_data(data) as stream:
        for number, (offset, length, key) in enumerate(records):
            progress.at(number)
            if key.startswith(("00-database", "00database")):
                continue
            text = decode(stream.read_at(offset, length), data, f"the entry «{key}»")
            entry = parse_article(key, text)
            if entry is not None:
                yield entry
    progress.finish()


def _records(index: Path) -> list[Record]:
    records = []
    with open_input(index, max_bytes=MAX_INDEX_BYTES, error=DictionaryError) as file:
        for number, raw in read_lines(file, index):
            line = decode(raw, index, f"line {number}").rstrip("\r\n")
            if not line:
                continue
            fields = line.split("\t")
            if len(fields) != 3 or not fields[0] or not _are_numbers(fields[1], fields[2]):
                raise DictionaryError(
                    f"{index.name} is not a dictd index: line {number} should be "
                    "“headword<TAB>offset<TAB>length”."
                )
            records.append((_number(fields[1]), _number(fields[2]), fields[0]))
    if not records:
        raise DictionaryError(f"{index.name} is empty: this dictd dictionary has no entries.")
    return records


def _are_numbers(*texts: str) -> bool:
    return all(
        0 < len(text) <= MAX_NUMBER_DIGITS and all(char in BASE64 for char in text)
        for text in texts
    )


def _number(text: str) -> int:
    """dictd writes offsets and lengths in its own base-64 digits."""
    value = 0
    for char in text:
        value = value * 64 + BASE64.index(char)
    return value


def parse_article(key: str, text: str) -> DictionaryEntry | None:
    """FreeDict's "headword /ipa/ <pos, gender>" then senses; other dictd files: key, then text."""
    # FreeDict's <n, masc> looks like a tag: strip markup only from articles written in HTML.
    is_html = "</" in text or "<br" in text.lower()
    lines = (strip_markup(text) if is_html else text).strip("\n").split("\n")
    first = " ".join(lines[0].split())
    header = HEADER.fullmatch(first)
    if header and (header.group("ipa") is not None or header.group("grammar") is not None):
        headword, ipa = header.group("headword").strip(), (header.group("ipa") or "").strip()
        pos, kind = _grammar(header.group("grammar") or "")
        body = lines[1:]
    elif first.lower() == key.lower():
        headword, ipa, pos, kind, body = first, "", "", "", lines[1:]
    else:
        headword, ipa, pos, kind, body = key, "", "", "", lines
    senses = senses_from_text("\n".join(body))
    if not senses:
        return None
    return DictionaryEntry(headword, pos, kind, ipa, tuple(senses))


def _grammar(text: str) -> tuple[str, str]:
    """<n, masc> -> ("NOUN", "Masc"); unknown words are ignored."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    pos = next((upos(part) for part in parts if upos(part)), "")
    found = next((gender(part) for part in parts[1:] if gender(part)), "")
    return pos, found
