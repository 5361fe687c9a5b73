"""The lexicon's files on disk: one row format, the English sense key, and the shared index.

The lexicon ships as several TSV files, one per licence (GPL, CC BY-SA 3.0, CC BY-SA 4.0,
LGPL-LR ...), so data under one licence never sits in a file under another. Every file has
the same six columns:

    headword  pos (UPOS)  gender (Masc/Fem)  ipa  lemmas (a form's lemmas, comma-separated)
    senses: "CODES:text" items joined with " | "; CODES say which sources give the sense

One binary index covers all files: sorted 64-bit numbers, a 32-bit hash of the headword's
loose key above the file's number (4 bits) and the row's byte offset (28 bits). The build
script writes it; the app rebuilds it in memory if a file no longer matches its recorded size.
"""

from __future__ import annotations

import re
import struct
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.core.dictionaries.dictionary import loose_key
from reader.core.dictionaries.storage import key_hash

COLUMNS = 6
SENSE_SEPARATOR = " | "
INDEX_NAME = "lexicon.index"
INDEX_MAGIC = b"french-reader-x1"
FILE_BITS = 4
OFFSET_BITS = 28
MAX_FILES = 1 << FILE_BITS
MAX_OFFSET = 1 << OFFSET_BITS
# Source codes of a sense, in the order the card credits them.
SOURCE_NAMES = {
    "F": "FreeDict",
    "A": "Apertium",
    "W": "Wiktionary",
    "P": "pivot languages",
    "X": "French Reader",
}
_BRACKETS = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\([^)]*\)")
_LEADING = re.compile(r"^(?:to|a|an|the)\s+")


@dataclass(frozen=True, slots=True)
class Sense:
    """One English translation and the sources that give it."""

    text: str
    sources: str  # source codes, e.g. "FW"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a lexicon file."""

    headword: str
    pos: str
    gender: str
    ipa: str
    lemmas: tuple[str, ...]
    senses: tuple[Sense, ...]

    def line(self) -> str:
        senses = SENSE_SEPARATOR.join(f"{s.sources}:{s.text}" for s in self.senses)
        fields = (self.headword, self.pos, self.gender, self.ipa, ",".join(self.lemmas), senses)
        return "\t".join(fields)


def parse_row(line: str) -> Row | None:
    """A row from its line; None for a line that is not one (a damaged file)."""
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) != COLUMNS or not fields[0]:
        return None
    headword, pos, gender, ipa, lemmas, senses = fields
    return Row(
        headword,
        pos,
        gender,
        ipa,
        tuple(lemma for lemma in lemmas.split(",") if lemma),
        tuple(_sense(item) for item in senses.split(SENSE_SEPARATOR) if item),
    )


def _sense(item: str) -> Sense:
    codes, _, text = item.partition(":")
    return Sense(text, codes) if text and codes.isalpha() else Sense(item, "")


def english_key(text: str) -> str:
    """What two sources must share to give "the same" sense: "to strengthen" = "strengthen",
    "fainting" = "faint" (the last word without -ing, -ed or a plural -s)."""
    text = _BRACKETS.sub(" ", text.casefold())
    text = " ".join(text.replace("’", "'").split()).strip(" .;,!")
    *words, last = _LEADING.sub("", text).split(" ") or [""]
    return " ".join([*words, _stem(last)])


def _stem(word: str) -> str:
    for ending, shortest in (("ing", 6), ("ed", 5), ("s", 4)):
        if word.endswith(ending) and len(word) >= shortest and not word.endswith("ss"):
            return word[: -len(ending)]
    return word


def entry_key(headword: str) -> int:
    return key_hash(loose_key(headword))


def write_index(folder: Path, files: list[str], entries: Iterable[int]) -> None:
    """The index over `files` (names in `folder`), from packed (hash, file, offset) keys."""
    ordered = array("Q", sorted(entries))
    if sys.byteorder == "big":
        ordered.byteswap()
    header = bytearray(INDEX_MAGIC + struct.pack("<I", len(files)))
    for name in files:
        encoded = name.encode("utf-8")
        size = (folder / name).stat().st_size
        header += struct.pack("<H", len(encoded)) + encoded + struct.pack("<Q", size)
    with open(folder / INDEX_NAME, "wb") as file:
        file.write(bytes(header))
        ordered.tofile(file)


def read_index(folder: Path, files: list[str]) -> array[int] | None:
    """The index if it lists exactly these files at their current sizes, else None."""
    try:
        data = (folder / INDEX_NAME).read_bytes()
    except OSError:
        return None
    if not data.startswith(INDEX_MAGIC):
        return None
    position = len(INDEX_MAGIC)
    try:
        (count,) = struct.unpack_from("<I", data, position)
        position += 4
        listed = []
        for _ in range(count):
            (length,) = struct.unpack_from("<H", data, position)
            name = data[position + 2 : position + 2 + length].decode("utf-8")
            (size,) = struct.unpack_from("<Q", data, position + 2 + length)
            position += 2 + length + 8
            listed.append((name, size))
    except (struct.error, UnicodeDecodeError):
        return None
    if listed != [(name, _size(folder / name)) for name in files] or (len(data) - position) % 8:
        return None
    keys = array("Q")
    keys.frombytes(data[position:])
    if sys.byteorder == "big":
        keys.byteswap()
    return keys


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def pack(headword: str, file_number: int, offset: int) -> int:
    return entry_key(headword) << 32 | file_number << OFFSET_BITS | offset
