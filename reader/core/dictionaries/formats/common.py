"""What the dictionary readers share: cleaning senses, part-of-speech names, progress."""

from __future__ import annotations

import gzip
import html
import io
import itertools
import os
import re
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reader.core.errors import DictionaryError
from reader.core.files import open_input, read_input, shown_path
from reader.core.progress import Report, check_cancelled, report_progress

# Names parts of speech go by in dictionaries -> Universal POS tags, the tag set spaCy gives.
UPOS_NAMES = {
    "n": "NOUN", "noun": "NOUN", "nom": "NOUN", "nm": "NOUN", "nf": "NOUN", "nmf": "NOUN",
    "name": "PROPN", "proper noun": "PROPN", "propn": "PROPN",
    "v": "VERB", "vt": "VERB", "vi": "VERB", "vr": "VERB", "verb": "VERB", "verbe": "VERB",
    "adj": "ADJ", "adjective": "ADJ", "adjectif": "ADJ", "a": "ADJ",
    "adv": "ADV", "adverb": "ADV", "adverbe": "ADV",
    "prep": "ADP", "preposition": "ADP", "prep_phrase": "ADP", "adp": "ADP",
    "pron": "PRON", "pronoun": "PRON", "pronom": "PRON",
    "conj": "CCONJ", "conjunction": "CCONJ", "cconj": "CCONJ", "sconj": "SCONJ",
    "int": "INTJ", "intj": "INTJ", "interj": "INTJ", "interjection": "INTJ",
    "det": "DET", "article": "DET", "art": "DET", "determiner": "DET",
    "num": "NUM", "numeral": "NUM", "number": "NUM",
    "particle": "PART", "part": "PART", "aux": "AUX",
}  # fmt: skip
GENDER_NAMES = {
    "m": "Masc", "masc": "Masc", "masculine": "Masc", "nm": "Masc",
    "f": "Fem", "fem": "Fem", "feminine": "Fem", "nf": "Fem",
}  # fmt: skip
_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<\s*(?:br|/p|/li|/div|/dd|/def)\b[^>]*>", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s*(.*)$")
PROGRESS_EVERY = 1 << 16  # bytes between progress reports and cancel checks
GZIP_MAGIC = b"\x1f\x8b"
# A dictionary file is user input: read with caps. The articles file streams (the TSV it
# becomes is capped at 4 GB); an index is read whole; one article, one line are small.
MAX_DICTIONARY_BYTES = 8_000_000_000
MAX_INDEX_BYTES = 300_000_000
MAX_ARTICLE_BYTES = 1_000_000
MAX_LINE_BYTES = 16_000_000  # kaikki's longest French entry is well under 1 MB
MAX_EXPANSION = 50
MIN_EXPANSION_BYTES = 1_000_000_000


def upos(name: object) -> str:
    """A part of speech as a Universal POS tag, or "" when unknown."""
    text = str(name or "").strip().lower().rstrip(".")
    return UPOS_NAMES.get(text, text.upper() if text.upper() in UPOS_NAMES.values() else "")


def gender(name: object) -> str:
    return GENDER_NAMES.get(str(name or "").strip().lower().rstrip("."), "")


def strip_markup(text: str) -> str:
    """HTML or Pango markup to plain text, with line breaks where the markup had them."""
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", text)))


def senses_from_text(text: str) -> list[str]:
    """Numbered senses ("1. to lead" / "2. to run"), else one sense per non-empty line."""
    groups: list[list[str]] = []
    numbered = False
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        found = _NUMBERED.match(line)
        if found and int(found.group(1)) == len(groups) + 1:
            numbered = True
            groups.append([found.group(2)] if found.group(2) else [])
        elif numbered and groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    return [sense for sense in (" ".join(group).strip() for group in groups) if sense]


def decode(data: bytes, path: Path, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise DictionaryError(
            f"{path.name} is not UTF-8 text ({where}): convert it to UTF-8 and import it again."
        ) from None


class Progress:
    """Reports (done, total) and checks for cancel, once every `every` units of work."""

    def __init__(
        self,
        total: int,
        report: Report | None,
        cancel: threading.Event | None,
        *,
        every: int = PROGRESS_EVERY,
    ) -> None:
        self.total = max(total, 1)
        self._report = report
        self._cancel = cancel
        self._every = every
        self._next = 0

    def at(self, done: int) -> None:
        if done >= self._next:
            check_cancelled(self._cancel)
            report_progress(self._report, min(done, self.total), self.total)
            self._next = done + self._every

    def finish(self) -> None:
        report_progress(self._report, self.total, self.total)


def is_gzip(path: Path) -> bool:
    with open_input(path, max_bytes=MAX_DICTIONARY_BYTES, error=DictionaryError) as file:
        return file.read(2) == GZIP_MAGIC


def read_whole(path: Path, *, max_bytes: int = MAX_INDEX_BYTES) -> bytes:
    """A small file of a dictionary (an index, a description), gzip'd or not, whole."""
    raw = read_input(path, max_bytes=max_bytes, error=DictionaryError)
    if raw[:2] != GZIP_MAGIC:
        return raw
    with damaged_as_error(path), gzip.GzipFile(fileobj=io.BytesIO(raw)) as unpacked:
        data = unpacked.read(expansion_limit(len(raw)) + 1)
    if len(data) > expansion_limit(len(raw)):
        raise DictionaryError(f"{shown_path(path)} unpacks to far more than its size: damaged.")
    return data


def expansion_limit(packed: int) -> int:
    """How much a compressed dictionary file may unpack to: real ones unpack to 3 to 10
    times their size; a compression bomb to thousands."""
    return max(MIN_EXPANSION_BYTES, MAX_EXPANSION * packed)


@contextmanager
def damaged_as_error(path: Path) -> Iterator[None]:
    """A truncated or corrupt compressed file: one message, not a zlib traceback."""
    try:
        yield
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise DictionaryError(
            f"{shown_path(path)} is truncated or damaged ({error}): get the file again."
        ) from None


class DataFile:
    """A dictionary's articles file (gzip or dictzip decompressed on the fly), read entry by
    entry at the offsets its index gives, each checked against the file's real bounds."""

    def __init__(self, stream: BinaryIO | gzip.GzipFile, limit: int, path: Path) -> None:
        self.stream = stream
        self.limit = limit  # the most the file can hold (its size, or its expansion limit)
        self.path = path

    def read_at(self, offset: int, length: int) -> bytes:
        """Bytes at an offset; reading in offset order keeps gzip seeks forward-only."""
        if length > MAX_ARTICLE_BYTES:
            raise DictionaryError(
                f"{shown_path(self.path)} does not match its index: an entry at byte "
                f"{offset:,} would be {length:,} bytes long. Get the file again."
            )
        chunk = b""
        if offset + length <= self.limit:
            self.stream.seek(offset)
            chunk = self.stream.read(length)
        if len(chunk) != length:
            raise DictionaryError(
                f"{shown_path(self.path)} is truncated: an entry at byte {offset:,} runs past "
                "its end. Get the file again."
            )
        return chunk


@contextmanager
def open_data(path: Path) -> Iterator[DataFile]:
    """A data file, decompressed on the fly when it is gzip or dictzip (.dz)."""
    with (
        damaged_as_error(path),
        open_input(path, max_bytes=MAX_DICTIONARY_BYTES, error=DictionaryError) as raw,
    ):
        size = os.fstat(raw.fileno()).st_size
        if raw.read(2) == GZIP_MAGIC:
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw) as unpacked:
                yield DataFile(unpacked, expansion_limit(size), path)
        else:
            raw.seek(0)
            yield DataFile(raw, size, path)


def read_lines(
    stream: BinaryIO | gzip.GzipFile, path: Path, *, packed: int | None = None
) -> Iterator[tuple[int, bytes]]:
    """(number, line) of a text stream, each line at most MAX_LINE_BYTES; for a gzip stream
    (packed: the compressed size), no more in all than its expansion limit."""
    limit = expansion_limit(packed) if packed is not None else None
    total = 0
    for number in itertools.count(1):
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES:
            raise DictionaryError(
                f"{shown_path(path)}: line {number:,} is longer than "
                f"{MAX_LINE_BYTES // 1_000_000} MB: this is not a dictionary file."
            )
        total += len(line)
        if limit is not None and total > limit:
            raise DictionaryError(
                f"{shown_path(path)} unpacks to more than {limit // 1_000_000:,} MB, far more "
                "than a real dictionary of its size (a compression bomb?)."
            )
        yield number, line
