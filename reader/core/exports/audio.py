"""An Anki package with sound: speak the cards offline first, then write the package with
the sounds inside; one progress bar for both steps."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reader.core.models import GlossaryEntry
from reader.core.progress import Report, report_progress
from reader.core.speech.card_audio import AudioOptions, make_card_audio


def write_apkg_with_audio(
    write_apkg: Callable[..., None],
    entries: Sequence[GlossaryEntry],
    options: AudioOptions,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> Callable[[Path], None]:
    """A writer for write_atomically: write_apkg (export_anki.write_apkg with its entries and
    deck bound) given the sounds. Speaking takes the first half of the progress."""
    count = len(entries)
    total = 2 * count + 1  # count sounds, then count notes and the package

    def speak_report(done: int, _total: int) -> None:
        report_progress(report, done, total)

    def write_report(done: int, _total: int) -> None:
        report_progress(report, count + done, total)

    def write(path: Path) -> None:
        media: dict[str, bytes] = {}  # in memory: a killed export leaves no sound files behind
        audio = make_card_audio(entries, media, options, report=speak_report, cancel=cancel)
        extra: dict[str, Any] = {"audio": audio, "media": media, "report": write_report}
        write_apkg(path, **extra)

    return write
