"""StarDict dictionaries: NAME.ifo (description), NAME.idx (words), NAME.dict[.dz] (articles),
and optionally NAME.syn (synonyms, imported as pointers to their headword)."""

from __future__ import annotations

import re
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

from reader.core.dictionaries.dictionary import DictionaryEntry
from reader.core.dictionaries.formats.common import (
    Progress,
    decode,
    open_data,
    read_whole,
    senses_from_text,
    strip_markup,
)
from reader.core.dictionaries.storage import form_sense
from reader.core.errors import DictionaryError
from reader.core.files import read_input
from reader.core.progress import Report

MAGIC = "StarDict's dict ifo file"
SUFFIXES = (".ifo", ".idx.gz", ".idx", ".dict.dz", ".dict", ".syn.dz", ".syn")
TEXT_TYPES = frozenset("mlgtxykwh")
MARKUP_TYPES = frozenset("gxkwh")
ENTRIES_PER_REPORT = 500
MAX_IFO_BYTES = 1_000_000
_TRANSCRIPTION = re.compile(r"<tr>(.*?)</tr>", re.DOTALL)
Word = tuple[str, int, int]  # headword, offset, size


def files(path: Path) -> tuple[Path, Path, Path, Path | None]:
    """The .ifo, .idx, .dict(.dz) and optional .syn of the dictionary path belongs to."""
    base = next((path.name[: -len(s)] for s in SUFFIXES if path.name.endswith(s)), path.name)

    def first(*suffixes: str) -> Path | None:
        return next((p for s in suffixes if (p := path.with_name(base + s)).exists()), None)

    ifo, idx, data = first(".ifo"), first(".idx", ".idx.gz"), first(".dict.dz", ".dict")
    if ifo is None or idx is None or data is None:
        raise DictionaryError(
            f"A StarDict dictionary needs {base}.ifo, {base}.idx and {base}.dict (or .dict.dz) "
            f"in {path.parent}."
        )
    return ifo, idx, data, first(".syn", ".syn.dz")


def title(path: Path) -> str:
    ifo = files(path)[0]
    return info(ifo).get("bookname") or ifo.stem


def info(ifo: Path) -> dict[str, str]:
    raw = read_input(ifo, max_bytes=MAX_IFO_BYTES, error=DictionaryError)
    lines = decode(raw, ifo, "the .ifo file").lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != MAGIC:
        raise DictionaryError(f"{ifo.name} is not a StarDict .ifo file (it must start “{MAGIC}”).")
    pairs = (line.split("=", 1) for line in lines[1:] if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def read(
    path: Path, report: Report | None = None, cancel: threading.Event | None = None
) -> Iterator[DictionaryEntry]:
    ifo, idx, data, syn = files(path)
    details = info(ifo)
    words = _words(idx, details)
    types = details.get("sametypesequence", "")
    progress = Progress(len(words), report, cancel, every=ENTRIES_PER_REPORT)
    with open_data(data) as stream:
        for number, (word, offset, size) in enumerate(sorted(words, key=lambda w: w[1])):
            progress.at(number)
            entry = _entry(word, stream.read_at(offset, size), types, data)
            if entry is not None:
                yield entry
    if syn is not None:
        yield from _synonyms(syn, [word for word, _, _ in words])
    progress.finish()


def _words(idx: Path, details: dict[str, str]) -> list[Word]:
    """Every (word, offset, size) of the .idx, checked against the count the .ifo gives."""
    data = read_whole(idx)
    number = struct.Struct(">QI" if details.get("idxoffsetbits") == "64" else ">II")
    words: list[Word] = []
    position = 0
    while position < len(data):
        end = data.find(b"\0", position)
        if end < 0 or end + 1 + number.size > len(data):
            raise DictionaryError(
                f"{idx.name} is truncated after {len(words)} words: get it again."
            )
        word = decode(data[position:end], idx, f"word {len(words) + 1}")
        offset, size = number.unpack_from(data, end + 1)
        words.append((word, offset, size))
        position = end + 1 + number.size
    expected = details.get("wordcount", "")
    if expected.isdigit() and int(expected) != len(words):
        raise DictionaryError(
            f"{idx.name} holds {len(words)} words but {idx.stem}.ifo announces {expected}: "
            "the dictionary is truncated or damaged."
        )
    return words


def _fields(data: bytes, types: str) -> list[tuple[str, bytes]]:
    """An article's typed fields: with sametypesequence the types are given once in the .ifo,
    and the last field runs to the article's end; otherwise each field starts with its type."""
    fields, position, index = [], 0, 0
    while position < len(data) and (not types or index < len(types)):
        if types:
            kind, last = types[index], index == len(types) - 1
        else:
            kind, last = chr(data[position]), False
            position += 1
        if kind.isupper():
            if last:
                end, start = len(data), position
            else:
                (size,) = struct.unpack_from(">I", data, position)
                start, end = position + 4, position + 4 + size
            fields.append((kind, data[start:end]))
            position = end
        else:
            end = len(data) if last else data.find(b"\0", position)
            end = len(data) if end < 0 else end
            fields.append((kind, data[position:end]))
            position = end + 1
        index += 1
    return fields


def _entry(word: str, article: bytes, types: str, data: Path) -> DictionaryEntry | None:
    try:
        fields = _fields(article, types)
    except struct.error:
        raise DictionaryError(
            f"{data.name} is damaged: the entry «{word}» cannot be read."
        ) from None
    ipa, texts = "", []
    for kind, raw in fields:
        if kind not in TEXT_TYPES:
            continue
        text = decode(raw, data, f"the entry «{word}»")
        if kind == "t":
            ipa = ipa or text.strip().strip("/[]")
            continue
        if kind == "x" and not ipa and (found := _TRANSCRIPTION.search(text)):
            ipa = strip_markup(found.group(1)).strip().strip("/[]")
            text = _TRANSCRIPTION.sub("", text)
        texts.append(strip_markup(text) if kind in MARKUP_TYPES else text)
    senses = senses_from_text("\n".join(texts))
    if senses and senses[0].strip().lower() == word.lower() and len(senses) > 1:
        senses = senses[1:]  # many articles repeat their headword on the first line
    return DictionaryEntry(word, "", "", ipa, tuple(senses)) if senses else None


def _synonyms(syn: Path, words: list[str]) -> Iterator[DictionaryEntry]:
    data = read_whole(syn)
    position = 0
    while position < len(data):
        end = data.find(b"\0", position)
        if end < 0 or end + 5 > len(data):
            raise DictionaryError(f"{syn.name} is truncated: get it again.")
        synonym = decode(data[position:end], syn, "a synonym")
        (index,) = struct.unpack_from(">I", data, end + 1)
        if index >= len(words):
            raise DictionaryError(
                f"{syn.name} points past the end of the word list: it is damaged."
            )
        if synonym != words[index]:
            yield DictionaryEntry(synonym, "", "", "", (form_sense(words[index]),))
        position = end + 5
