"""Text exports: Anki's plain-text import file (TSV with # headers), a CSV for spreadsheets,
and Quizlet's term TAB definition lines."""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

from reader.core.exports.anki import FIELDS, MODEL_NAME, anki_tag, note_values
from reader.core.exports.fields import html_fields, note_guid, plain_fields
from reader.core.models import GlossaryEntry
from reader.core.progress import Report, check_cancelled, report_progress

_BREAKS: Final = re.compile(r"[\t\n\r\v\f\x85\u2028\u2029]+")
CSV_COLUMNS: Final = (
    "word",
    "lemma",
    "translation",
    "part of speech",
    "grammar",
    "sentence",
    "other sentences",
    "source",
    "tags",
    "notes",
    "status",
    "saved",
    "updated",
)


def write_anki_tsv(
    entries: Sequence[GlossaryEntry],
    path: Path,
    *,
    deck: str,
    reverse: bool,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Anki's text import: HTML fields, the note type and deck in headers, a GUID column so a
    re-import updates the notes, and tags in the last column."""
    headers = [
        "#separator:tab",
        "#html:true",
        f"#notetype:{MODEL_NAME}",
        f"#deck:{deck}",
        "#guid column:1",
        f"#tags column:{len(FIELDS) + 2}",
        "#columns:" + "\t".join(["GUID", *FIELDS, "Tags"]),
    ]
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("".join(f"{line}\n" for line in headers))
        # Every field quoted: Anki reads a line starting with # as a comment, and a GUID
        # may start with # (1 note in 91 was silently left out of the import).
        writer = csv.writer(file, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_ALL)
        for entry in _progress(entries, report, cancel):
            fields = html_fields(entry)
            tags = " ".join(anki_tag(tag) for tag in fields.tags)
            writer.writerow([note_guid(entry), *note_values(fields, reverse), tags])


def write_csv(
    entries: Sequence[GlossaryEntry],
    path: Path,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Plain text with a header row; the byte-order mark makes Excel read it as UTF-8."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)  # RFC 4180: commas, CRLF, quotes doubled
        writer.writerow(CSV_COLUMNS)
        for entry in _progress(entries, report, cancel):
            fields = plain_fields(entry)
            writer.writerow(
                [
                    fields.word,
                    fields.lemma,
                    fields.translation,
                    fields.part_of_speech,
                    fields.grammar,
                    fields.sentence,
                    fields.other_sentences,
                    fields.source,
                    "; ".join(fields.tags),
                    fields.notes,
                    entry.status.value,
                    entry.created,
                    entry.updated,
                ]
            )


def write_quizlet(
    entries: Sequence[GlossaryEntry],
    path: Path,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """One card per line, term TAB definition: Quizlet's default import separators."""
    with path.open("w", encoding="utf-8", newline="\n") as file:
        for entry in _progress(entries, report, cancel):
            term, definition = quizlet_card(entry)
            file.write(f"{term}\t{definition}\n")


def quizlet_card(entry: GlossaryEntry) -> tuple[str, str]:
    """(term, definition) on one line each: tabs and line breaks become spaces."""
    fields = plain_fields(entry)
    definition = fields.translation or fields.grammar
    if fields.part_of_speech and definition:
        definition = f"{definition} ({fields.part_of_speech})"
    return one_line(fields.lemma), one_line(definition)


def one_line(text: str) -> str:
    """Line breaks and tabs become one space; other spaces (French no-break ones) stay."""
    return _BREAKS.sub(" ", text).strip()


def _progress(
    entries: Sequence[GlossaryEntry], report: Report | None, cancel: threading.Event | None
) -> Iterator[GlossaryEntry]:
    for done, entry in enumerate(entries, start=1):
        check_cancelled(cancel)
        yield entry
        report_progress(report, done, len(entries))
