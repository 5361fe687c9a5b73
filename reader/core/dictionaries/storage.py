"""Imported dictionaries on disk: the app's TSV plus a small lookup index, read in place.

An imported dictionary can hold hundreds of thousands of entries, so it is not loaded into
memory like the bundled one. Its TSV (the bundled file's columns) sits beside an index file:
one sorted 64-bit number per row, a 32-bit hash of the row's loose key (dictionary.loose_key)
above the row's byte offset. A lookup hashes the word, bisects, and reads the few matching
lines through mmap: microseconds, and memory is 8 bytes per entry.

A sense written "→ WORD" (or "→ WORD: gloss") marks an inflected form or a synonym: lookup
answers with WORD's entries instead, as a reader of a paper dictionary would turn the page.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import mmap
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from reader.core.dictionaries.dictionary import (
    COLUMNS,
    SENSE_SEPARATOR,
    Dictionary,
    DictionaryEntry,
    loose_key,
    normalise,
)
from reader.core.errors import DictionaryError
from reader.core.files import move_into_place, temporary_path, write_atomically

FORM_OF = "→ "
INDEX_SUFFIX = ".index"
INDEX_MAGIC = b"french-reader-i1"  # 16 bytes, then the TSV's size (8 bytes), then the keys
MAX_OFFSET = 1 << 32
MAX_HOPS = 3
COLUMN_NAMES = "headword, pos (UPOS), gender, ipa, senses (separated by ' | ')"


def key_hash(key: str) -> int:
    """A stable 32-bit hash (Python's hash() changes with every process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=4).digest(), "little")


def is_form_of(entry: DictionaryEntry) -> bool:
    return bool(entry.senses) and all(sense.startswith(FORM_OF) for sense in entry.senses)


def form_targets(entry: DictionaryEntry) -> list[str]:
    """The words a form-of entry points to: "→ mené: feminine plural of mené" -> ["mené"]."""
    return [sense[len(FORM_OF) :].split(": ", 1)[0].strip() for sense in entry.senses]


def form_sense(target: str, gloss: str = "") -> str:
    return f"{FORM_OF}{target}: {gloss}" if gloss and gloss != target else f"{FORM_OF}{target}"


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def tsv_line(entry: DictionaryEntry) -> str | None:
    """The entry as one TSV line, or None when it has no headword or no sense left."""
    senses = [_clean(sense).replace("|", "/") for sense in entry.senses]
    senses = list(dict.fromkeys(sense for sense in senses if sense))
    headword = _clean(entry.headword)
    if not headword or not senses:
        return None
    fields = (headword, _clean(entry.pos), _clean(entry.gender), _clean(entry.ipa))
    return "\t".join((*fields, SENSE_SEPARATOR.join(senses)))


def header_line(name: str, source: str, kind: str) -> str:
    return (
        f"# {_clean(name)}: imported by french-reader from {_clean(source)} ({kind}); "
        f"columns: {COLUMN_NAMES}; a sense '→ WORD' sends the reader to WORD"
    )


class DictionaryWriter:
    """Writes entries to a hidden temporary file; commit() writes the index, then renames
    the TSV into place (an index left without its TSV, or stale, is rebuilt on reading).

    Used as a context manager: leaving it without commit() (an error, a cancel) deletes the
    temporary file, so a failed import leaves nothing behind.
    """

    def __init__(self, tsv: Path, header: str) -> None:
        self.tsv = tsv
        self._temporary = temporary_path(tsv)
        self._file = open(self._temporary, "wb")  # noqa: SIM115 - closed by commit/discard
        self._offset = self._file.write(header.encode("utf-8") + b"\n")
        self._keys = array("Q")
        self.count = 0

    def add(self, entry: DictionaryEntry) -> bool:
        line = tsv_line(entry)
        if line is None:
            return False
        data = line.encode("utf-8") + b"\n"
        if self._offset + len(data) >= MAX_OFFSET:
            raise DictionaryError("The dictionary is too big for the app (over 4 GB as text).")
        self._keys.append(key_hash(loose_key(line.split("\t", 1)[0])) << 32 | self._offset)
        self._file.write(data)
        self._offset += len(data)
        self.count += 1
        return True

    def add_all(self, entries: Iterable[DictionaryEntry]) -> None:
        for entry in entries:
            self.add(entry)

    def commit(self) -> None:
        self._file.close()
        keys, size = self._keys, self._offset
        write_atomically(
            index_path(self.tsv), lambda path: _write_index(path, keys, size), error=DictionaryError
        )
        move_into_place(self._temporary, self.tsv)

    def discard(self) -> None:
        self._file.close()
        self._temporary.unlink(missing_ok=True)

    def __enter__(self) -> DictionaryWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is not None or self._temporary.exists():
            self.discard()


def index_path(tsv: Path) -> Path:
    return tsv.with_name(tsv.name + INDEX_SUFFIX)


def _write_index(path: Path, keys: array[int], size: int) -> None:
    ordered = array("Q", sorted(keys))
    if sys.byteorder == "big":
        ordered.byteswap()
    with open(path, "wb") as file:
        file.write(INDEX_MAGIC + struct.pack("<Q", size))
        ordered.tofile(file)


def _read_index(path: Path, size: int) -> array[int] | None:
    """The index if it matches the TSV's size, else None (rebuilt from the TSV)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(INDEX_MAGIC) + 8
    if data[: len(INDEX_MAGIC)] != INDEX_MAGIC or len(data) < head or (len(data) - head) % 8:
        return None
    if struct.unpack("<Q", data[len(INDEX_MAGIC) : head])[0] != size:
        return None
    keys = array("Q")
    keys.frombytes(data[head:])
    if sys.byteorder == "big":
        keys.byteswap()
    return keys


class ImportedDictionary(Dictionary):
    """A dictionary read in place from its TSV and index (see the module's docstring)."""

    def __init__(self, name: str, tsv: Path) -> None:  # no super(): nothing is loaded
        self.name = name
        self.path = tsv
        try:
            with open(tsv, "rb") as file:
                self._data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as error:
            raise DictionaryError(
                f"The dictionary «{name}» cannot be opened ({tsv}: {error}). "
                "Remove it and import it again."
            ) from None
        keys = _read_index(index_path(tsv), len(self._data))
        self._keys = keys if keys is not None else self._rebuild_index()

    def lookup(self, word: str) -> tuple[DictionaryEntry, ...]:
        """As Dictionary.lookup, then inflected forms and synonyms lead to their headword."""
        found = self._direct(word)
        forms = [entry for entry in found if is_form_of(entry)]
        if not forms:
            return found
        direct = [entry for entry in found if not is_form_of(entry)]
        resolved = self._headwords_of(forms, {loose_key(word)}, MAX_HOPS)
        return tuple(dict.fromkeys([*direct, *resolved])) or tuple(forms)

    def _headwords_of(
        self, forms: list[DictionaryEntry], seen: set[str], hops: int
    ) -> list[DictionaryEntry]:
        found: list[DictionaryEntry] = []
        for target in dict.fromkeys(t for form in forms for t in form_targets(form)):
            if hops == 0 or loose_key(target) in seen:
                continue
            seen.add(loose_key(target))
            entries = self._direct(target)
            found.extend(entry for entry in entries if not is_form_of(entry))
            found.extend(self._headwords_of([e for e in entries if is_form_of(e)], seen, hops - 1))
        return found

    def _direct(self, word: str) -> tuple[DictionaryEntry, ...]:
        """Exact spelling, then other capitalisations, else the loose key: as Dictionary."""
        word = normalise(word)
        key = loose_key(word)
        group = [entry for entry in self._rows(key_hash(key)) if loose_key(entry.headword) == key]
        exact = tuple(entry for entry in group if normalise(entry.headword) == word)
        lower = word.lower()
        others = tuple(
            entry
            for entry in group
            if entry not in exact and normalise(entry.headword).lower() == lower
        )
        return exact + others or tuple(group)

    def _rows(self, hashed: int) -> Iterator[DictionaryEntry]:
        position = bisect.bisect_left(self._keys, hashed << 32)
        while position < len(self._keys) and self._keys[position] >> 32 == hashed:
            yield self._entry_at(self._keys[position] & (MAX_OFFSET - 1))
            position += 1

    def _entry_at(self, offset: int) -> DictionaryEntry:
        end = self._data.find(b"\n", offset)
        line = self._data[offset : end if end >= 0 else len(self._data)].decode("utf-8", "replace")
        return self._parse(line, offset)

    def _parse(self, line: str, offset: int) -> DictionaryEntry:
        fields = line.rstrip("\r").split("\t")
        if len(fields) != COLUMNS:
            raise DictionaryError(
                f"The dictionary file {self.path} is damaged near byte {offset}: "
                "remove the dictionary and import it again."
            )
        headword, pos, gender, ipa, senses = fields
        return DictionaryEntry(headword, pos, gender, ipa, tuple(senses.split(SENSE_SEPARATOR)))

    def _lines(self) -> Iterator[tuple[int, str]]:
        offset = 0
        size = len(self._data)
        while offset < size:
            end = self._data.find(b"\n", offset)
            end = size if end < 0 else end
            line = self._data[offset:end].decode("utf-8", "replace")
            if line.strip() and not line.startswith("#"):
                yield offset, line
            offset = end + 1

    def _rebuild_index(self) -> array[int]:
        """The index went missing or stale (a crash between two renames): make it again."""
        keys = array("Q")
        for offset, line in self._lines():
            keys.append(key_hash(loose_key(line.split("\t", 1)[0])) << 32 | offset)
        size = len(self._data)
        with contextlib.suppress(DictionaryError):  # read-only folder: the index stays in memory
            write_atomically(
                index_path(self.path),
                lambda path: _write_index(path, keys, size),
                error=DictionaryError,
            )
        return array("Q", sorted(keys))

    def close(self) -> None:
        self._data.close()

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[DictionaryEntry]:
        return (self._parse(line, offset) for offset, line in self._lines())

    def __repr__(self) -> str:
        return f"ImportedDictionary({self.name!r}, {len(self)} entries)"
