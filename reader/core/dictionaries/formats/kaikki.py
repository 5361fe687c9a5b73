"""kaikki.org / wiktextract JSON lines: the French entries of the English Wiktionary.

Files run to hundreds of megabytes, so they are streamed line by line (gzip too) and only
French lines are parsed: a cheap byte test skips other languages before json.loads.
"""

from __future__ import annotations

import gzip
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.core.dictionaries.dictionary import DictionaryEntry
from reader.core.dictionaries.formats.common import (
    GZIP_MAGIC,
    MAX_DICTIONARY_BYTES,
    Progress,
    damaged_as_error,
    gender,
    read_lines,
    upos,
)
from reader.core.dictionaries.storage import form_sense
from reader.core.errors import DictionaryError
from reader.core.files import open_input
from reader.core.progress import Report

FORM_TAGS = frozenset({"plural", "singular", "feminine", "masculine"})
NOUN_GENDERS = {"m": "Masc", "m-p": "Masc", "f": "Fem", "f-p": "Fem"}


def title(path: Path) -> str:
    return "Wiktionary (kaikki.org)"


def read(
    path: Path, report: Report | None = None, cancel: threading.Event | None = None
) -> Iterator[DictionaryEntry]:
    with (
        damaged_as_error(path),
        open_input(path, max_bytes=MAX_DICTIONARY_BYTES, error=DictionaryError) as raw,
    ):
        size = os.fstat(raw.fileno()).st_size
        progress = Progress(size, report, cancel)
        packed = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        stream = gzip.GzipFile(fileobj=raw) if packed else raw
        checked = False
        for number, line in read_lines(stream, path, packed=size if packed else None):
            progress.at(raw.tell())
            if not line.strip():
                continue
            complete = line.endswith(b"\n")
            # Another language's line is skipped unread; the first and last are always parsed
            # (the first proves the format, the last may be cut short).
            if checked and complete and b'"fr"' not in line and b"French" not in line:
                continue
            entry = _parse(line, number, path, complete)
            checked = True
            if entry.get("lang_code") == "fr" or entry.get("lang") == "French":
                yield from entries_of(entry)
        progress.finish()


def _parse(line: bytes, number: int, path: Path, complete: bool) -> dict[str, Any]:
    try:
        entry = json.loads(line)
    except RecursionError:
        raise DictionaryError(
            f"{path.name}: line {number} nests too deeply to be read: not a kaikki.org file."
        ) from None
    except UnicodeDecodeError:
        raise DictionaryError(
            f"{path.name} is not UTF-8 text (line {number}): kaikki.org files are UTF-8."
        ) from None
    except ValueError:
        if not complete:
            raise DictionaryError(
                f"{path.name} ends in the middle of an entry (line {number}): "
                "the file is truncated. Download it again."
            ) from None
        raise DictionaryError(
            f"{path.name} is not a kaikki.org JSON-lines file: line {number} is not JSON."
        ) from None
    if not isinstance(entry, dict) or not isinstance(entry.get("word"), str):
        raise DictionaryError(
            f"{path.name} is not a kaikki.org JSON-lines file: line {number} has no “word”."
        )
    return entry


def entries_of(entry: dict[str, Any]) -> Iterator[DictionaryEntry]:
    """The entry itself, then its inflected forms as pointers back to it."""
    word = entry["word"].strip()
    pos = upos(entry.get("pos"))
    senses = tuple(_senses(entry))
    if senses:
        yield DictionaryEntry(word, pos, _gender(entry, pos), _ipa(entry), senses)
        for form in _forms(entry, word):
            yield DictionaryEntry(form, pos, "", "", (form_sense(word),))


def _senses(entry: dict[str, Any]) -> Iterator[str]:
    for sense in _dicts(entry.get("senses")):
        glosses = sense.get("glosses") or sense.get("raw_glosses") or []
        # Nested senses list the parent's gloss first: the last one is this sense's own.
        gloss = str(glosses[-1]) if isinstance(glosses, list) and glosses else ""
        targets = [
            str(link["word"])
            for key in ("form_of", "alt_of")
            for link in _dicts(sense.get(key))
            if link.get("word")
        ]
        if targets:
            yield from (form_sense(target, gloss) for target in targets)
        elif gloss:
            yield gloss


def _forms(entry: dict[str, Any], word: str) -> list[str]:
    """Plural and feminine forms listed on a noun's or adjective's own entry."""
    forms = []
    for form in _dicts(entry.get("forms")):
        text, tags = str(form.get("form", "")).strip(), form.get("tags") or []
        if text and text != word and text != "-" and tags and FORM_TAGS.issuperset(tags):
            forms.append(text)
    return list(dict.fromkeys(forms))


def _gender(entry: dict[str, Any], pos: str) -> str:
    if pos not in ("NOUN", "PROPN"):
        return ""
    tags = set(entry.get("tags") or [])
    for sense in _dicts(entry.get("senses")):
        tags.update(sense.get("tags") or [])
    genders = {gender(tag) for tag in tags} - {""}
    if len(genders) == 1:
        return genders.pop()
    for template in _dicts(entry.get("head_templates")):
        args = template.get("args")
        found = NOUN_GENDERS.get(str(args.get("1", ""))) if isinstance(args, dict) else None
        if found:
            return found
    return ""


def _ipa(entry: dict[str, Any]) -> str:
    for sound in _dicts(entry.get("sounds")):
        ipa = str(sound.get("ipa", "")).strip().strip("/[]").strip()
        if ipa:
            return ipa
    return ""


def _dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
