"""What the dictionary readers share: cleaning senses, part-of-speech names, progress."""

from __future__ import annotations

import gzip
import html
import io
import re
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.core.errors import DictionaryError
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
    with open(path, "rb") as file:
        return file.read(2) == b"\x1f\x8b"


@contextmanager
def damaged_as_error(path: Path) -> Iterator[None]:
    """A truncated or corrupt compressed file: one message, not a zlib traceback."""
    try:
        yield
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise DictionaryError(
            f"{path.name} is truncated or damaged ({error}): get the file again."
        ) from None


@contextmanager
def open_data(path: Path) -> Iterator[io.BufferedIOBase]:
    """A data file, decompressed on the fly when it is gzip or dictzip (.dz)."""
    with damaged_as_error(path), open(path, "rb") as raw:
        if raw.read(2) == b"\x1f\x8b":
            raw.seek(0)
            with gzip.GzipFile(fileobj=raw) as unpacked:
                yield unpacked
        else:
            raw.seek(0)
            yield raw


def read_at(data: io.BufferedIOBase, offset: int, length: int, path: Path) -> bytes:
    """Bytes at an offset; reading in offset order keeps gzip seeks forward-only and cheap."""
    data.seek(offset)
    chunk = data.read(length)
    if len(chunk) != length:
        raise DictionaryError(
            f"{path.name} is truncated: an entry at byte {offset} runs past its end. "
            "Get the file again."
        )
    return chunk
