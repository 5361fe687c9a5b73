"""The learner's dictionaries: the bundled one and the imported ones, in the learner's order.

The list lives in data_dir/dictionaries/dictionaries.json (name, format, source, entries,
enabled, in order); each imported dictionary is a TSV plus index in the same folder. The
bundled dictionary has a place in that list too, so it can be moved or turned off, but it
cannot be removed. A new import goes just before the bundled one.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader.core.dictionaries.dictionary import Dictionary, DictionaryEntry
from reader.core.dictionaries.lexicon.lexicon import LEXICON_NAME as BUNDLED_NAME
from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.dictionaries.lexicon.queries import translations_of
from reader.core.dictionaries.storage import ImportedDictionary, index_path
from reader.core.errors import DictionaryError
from reader.core.files import write_text_atomically
from reader.core.models import Translation

FOLDER = "dictionaries"
REGISTRY_FILE = "dictionaries.json"
BUNDLED_KIND = "bundled"
VERSION = 1

log = logging.getLogger(__name__)
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class InstalledDictionary:
    """One line of the learner's dictionary list."""

    name: str
    kind: str  # "bundled", "kaikki", "dictd", "stardict" or "csv"
    file: str = ""  # the TSV's name in the dictionaries folder; "" for the bundled one
    source: str = ""  # the file it was imported from
    entries: int = 0
    enabled: bool = True
    imported: str = ""  # ISO 8601, UTC

    @property
    def is_bundled(self) -> bool:
        return self.kind == BUNDLED_KIND


BUNDLED = InstalledDictionary(BUNDLED_NAME, BUNDLED_KIND)


class DictionarySet:
    """Dictionaries asked in order: every one that knows a word gives its own Translation."""

    def __init__(self, dictionaries: Sequence[Dictionary]) -> None:
        self.dictionaries = tuple(dictionaries)

    @classmethod
    def installed(cls, root: Path) -> DictionarySet:
        """The learner's enabled dictionaries, in the learner's order."""
        return DictionaryRegistry(root).open()

    def translate(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        return tuple(t for d in self.dictionaries for t in translations_of(d, lemma, form, pos))

    def lookup(self, word: str) -> tuple[DictionaryEntry, ...]:
        """Every dictionary's entries for a word, in order."""
        return tuple(entry for d in self.dictionaries for entry in d.lookup(word))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dictionary.name for dictionary in self.dictionaries)

    def close(self) -> None:
        for dictionary in self.dictionaries:
            if isinstance(dictionary, ImportedDictionary):
                dictionary.close()

    def __iter__(self) -> Iterator[Dictionary]:
        return iter(self.dictionaries)

    def __len__(self) -> int:
        return len(self.dictionaries)

    def __repr__(self) -> str:
        return f"DictionarySet({list(self.names)!r})"


class DictionaryRegistry:
    """Reads and changes the list. Every change rewrites the file whole (write, then rename)."""

    def __init__(self, root: Path) -> None:
        self.folder = root / FOLDER
        self.path = self.folder / REGISTRY_FILE

    def all(self) -> list[InstalledDictionary]:
        """Every dictionary in order, the bundled one included."""
        return self._read()

    def find(self, name: str) -> InstalledDictionary:
        wanted = _fold(name)
        for entry in self._read():
            if _fold(entry.name) == wanted:
                return entry
        names = ", ".join(f"«{entry.name}»" for entry in self._read())
        raise DictionaryError(f"No dictionary named «{name}». Installed: {names}.")

    def path_of(self, entry: InstalledDictionary) -> Path | None:
        return None if entry.is_bundled else self.folder / entry.file

    def is_available(self, entry: InstalledDictionary) -> bool:
        path = self.path_of(entry)
        return path is None or path.is_file()

    def open(self) -> DictionarySet:
        """The enabled dictionaries, loaded; a missing file is skipped (and logged)."""
        opened: list[Dictionary] = []
        for entry in self._read():
            path = self.path_of(entry)
            if not entry.enabled:
                continue
            if path is None:
                opened.append(bundled_lexicon())
            elif path.is_file():
                opened.append(ImportedDictionary(entry.name, path))
            else:
                log.warning("dictionary %s: %s is missing, skipped", entry.name, path)
        return DictionarySet(opened)

    def new_file(self, name: str) -> Path:
        """A free TSV file name for a new dictionary."""
        self._make_folder()
        slug = _slug(name)
        path = self.folder / f"{slug}.tsv"
        number = 2
        while path.exists() or index_path(path).exists():
            path = self.folder / f"{slug}-{number}.tsv"
            number += 1
        return path

    def check_free(self, name: str) -> None:
        if not name.strip():
            raise DictionaryError("A dictionary needs a name.")
        if any(_fold(entry.name) == _fold(name) for entry in self._read()):
            raise DictionaryError(
                f"A dictionary named «{name}» is already installed: "
                "remove it first, or give the new one another name (--name)."
            )

    def add(self, entry: InstalledDictionary) -> InstalledDictionary:
        """Register an imported dictionary just above the bundled one."""
        with _LOCK:
            self.check_free(entry.name)
            entries = self._read()
            place = next((i for i, e in enumerate(entries) if e.is_bundled), len(entries))
            entry = replace(entry, imported=entry.imported or _now())
            entries.insert(place, entry)
            self._write(entries)
            return entry

    def remove(self, name: str) -> InstalledDictionary:
        with _LOCK:
            entry = self.find(name)
            if entry.is_bundled:
                raise DictionaryError(
                    f"«{entry.name}» comes with the app and cannot be removed: disable it instead."
                )
            self._write([e for e in self._read() if e.name != entry.name])
            path = self.path_of(entry)
            assert path is not None
            for file in (path, index_path(path)):
                try:
                    file.unlink(missing_ok=True)
                except OSError as error:  # Windows: still open in the window
                    log.warning("could not delete %s: %s", file, error)
            return entry

    def reorder(self, names: Sequence[str]) -> list[InstalledDictionary]:
        """Put the named dictionaries first, in that order; the others keep theirs after."""
        with _LOCK:
            chosen = [self.find(name) for name in names]
            if len({entry.name for entry in chosen}) != len(chosen):
                raise DictionaryError("Name each dictionary once.")
            rest = [entry for entry in self._read() if entry not in chosen]
            self._write([*chosen, *rest])
            return self._read()

    def set_enabled(self, name: str, enabled: bool) -> InstalledDictionary:
        with _LOCK:
            target = self.find(name)
            changed = replace(target, enabled=enabled)
            self._write([changed if e.name == target.name else e for e in self._read()])
            return changed

    def _read(self) -> list[InstalledDictionary]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = [_entry(item) for item in data["dictionaries"]]
        except FileNotFoundError:
            entries = []
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as error:
            raise DictionaryError(
                f"The dictionary list {self.path} is damaged ({error}). Delete it and import "
                "your dictionaries again."
            ) from None
        if not any(entry.is_bundled for entry in entries):
            entries.append(BUNDLED)
        return entries

    def _make_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DictionaryError(
                f"Cannot create the dictionaries folder {self.folder}: {error.strerror or error}."
            ) from None

    def _write(self, entries: list[InstalledDictionary]) -> None:
        self._make_folder()
        data = {"version": VERSION, "dictionaries": [_data(entry) for entry in entries]}
        text = json.dumps(data, ensure_ascii=False, indent=1)
        write_text_atomically(self.path, text, error=DictionaryError)


def _entry(item: dict[str, Any]) -> InstalledDictionary:
    known = {key: item[key] for key in InstalledDictionary.__dataclass_fields__ if key in item}
    entry = InstalledDictionary(**known)
    return replace(entry, name=BUNDLED_NAME) if entry.is_bundled else entry


def _data(entry: InstalledDictionary) -> dict[str, Any]:
    if entry.is_bundled:
        return {"name": entry.name, "kind": entry.kind, "enabled": entry.enabled}
    return asdict(entry)


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60] or "dictionary"


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
