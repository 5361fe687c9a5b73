"""Export the glossary, or a filtered part of it, to Anki (.apkg or its text import), a CSV
for spreadsheets, or Quizlet. The formats live in anki.py and text.py."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from reader.core.errors import InputError
from reader.core.exports.audio import write_apkg_with_audio
from reader.core.files import write_atomically
from reader.core.models import GlossaryEntry, Status
from reader.core.progress import Report
from reader.core.speech.card_audio import AudioOptions

if TYPE_CHECKING:
    from reader.core.store import Database

DEFAULT_DECK: Final = "French Reader"


class ExportFormat(StrEnum):
    ANKI = "anki"  # .apkg package, notes with stable GUIDs
    TSV = "tsv"  # Anki's text import file, with its # headers
    CSV = "csv"  # for spreadsheets
    QUIZLET = "quizlet"  # term TAB definition

    @property
    def suffix(self) -> str:
        return {"anki": ".apkg", "tsv": ".txt", "csv": ".csv", "quizlet": ".txt"}[self.value]


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which entries to export: every given filter must match; none given exports all."""

    tag: str | None = None
    status: Status | None = None
    source: str | None = None  # the article's title or path
    since: datetime | None = None  # first saved then or later (timezone-aware)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    count: int


def select_entries(store: Database, selection: ExportFilter) -> list[GlossaryEntry]:
    """The entries to export, oldest first: Anki then shows new cards in the order saved."""
    found = store.glossary.entries(
        tag=selection.tag, status=selection.status, source=selection.source, since=selection.since
    )
    return sorted(found, key=lambda entry: (entry.created, entry.id))


def export_glossary(
    store: Database,
    fmt: ExportFormat | str,
    out: Path,
    *,
    selection: ExportFilter | None = None,
    deck: str = DEFAULT_DECK,
    reverse: bool = False,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    audio: AudioOptions | None = None,
) -> ExportResult:
    """Write the selected entries to out in a format; the file appears whole or not at all.
    audio (Anki packages only): speak each word and sentence offline into the package."""
    fmt = ExportFormat(fmt)
    out = Path(out)
    check_destination(out, fmt)
    entries = select_entries(store, selection or ExportFilter())
    if not entries:
        raise InputError("No saved words match these filters: nothing was exported.")
    progress = {"report": report, "cancel": cancel}
    if fmt is ExportFormat.ANKI and audio is not None:
        deck = clean_deck_name(deck)
        writer = _writer(store, fmt, entries, deck, reverse, progress)
        spoken = write_apkg_with_audio(writer, entries, audio, report=report, cancel=cancel)
        write_atomically(out, spoken)
        return ExportResult(out, len(entries))
    write_atomically(out, _writer(store, fmt, entries, clean_deck_name(deck), reverse, progress))
    return ExportResult(out, len(entries))


def _writer(
    store: Database,
    fmt: ExportFormat,
    entries: list[GlossaryEntry],
    deck: str,
    reverse: bool,
    progress: dict[str, Any],
) -> Callable[[Path], None]:
    # genanki loads only when a file is written: the command line's parser needs this module.
    from reader.core.exports import anki as export_anki
    from reader.core.exports import text as export_text

    if fmt is ExportFormat.ANKI:

        def note_mods(checksums: dict[str, str]) -> Mapping[str, int]:
            return store.learning.anki_note_mods(checksums, export_anki.now_s())

        return partial(
            export_anki.write_apkg,
            entries,
            deck=deck,
            reverse=reverse,
            note_mods=note_mods,
            **progress,
        )
    if fmt is ExportFormat.TSV:
        return partial(export_text.write_anki_tsv, entries, deck=deck, reverse=reverse, **progress)
    if fmt is ExportFormat.CSV:
        return partial(export_text.write_csv, entries, **progress)
    return partial(export_text.write_quizlet, entries, **progress)


def check_destination(out: Path, fmt: ExportFormat) -> None:
    if fmt is ExportFormat.ANKI and out.name.casefold() == "collection.apkg":
        raise InputError(
            f"Not writing {out}: Anki treats a file named collection.apkg as a backup of a whole "
            "collection, and importing it would replace every deck you have. "
            "Choose another name, such as french-reader.apkg."
        )
    if out.is_dir():
        raise InputError(f"{out} is a folder: give a file name to export to.")
    if not out.parent.is_dir():
        raise InputError(f"Cannot export to {out}: the folder {out.parent} does not exist.")


def clean_deck_name(name: str) -> str:
    """A deck name Anki accepts: one line, no tabs; blank means the default deck name."""
    return " ".join(name.split()) or DEFAULT_DECK
