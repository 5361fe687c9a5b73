"""Importing files to read: plain text, Markdown, web pages, EPUB, subtitles and PDF.

`import_file` picks the format from the file's first bytes and its extension, and returns an
ImportedText or raises InputError with a message for the user: nothing is half-imported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path

from reader.core.importers.document import Chapter, ImportedText, Parsed, assemble
from reader.core.importers.source import SUPPORTED, detect_format, read_bytes
from reader.core.progress import Report, check_cancelled, report_progress

__all__ = ["SUPPORTED", "Chapter", "ImportedText", "import_file"]

Parser = Callable[..., Parsed]
# Books: parsed chapter by chapter or page by page, with progress and cancellation.
_LONG = frozenset({"epub", "pdf"})


@cache
def _parsers() -> dict[str, Parser]:
    """The parser of each format. Imported on the first import, not with the package: the
    web-page and PDF parsers bring trafilatura and pypdf (~1 s), which the window's first
    screen (it needs only Chapter and ImportedText) must not wait for."""
    from reader.core.importers.epub import parse_epub
    from reader.core.importers.html import parse_html
    from reader.core.importers.pdf import parse_pdf
    from reader.core.importers.plain import parse_markdown, parse_text
    from reader.core.importers.subtitles import parse_subtitles

    return {
        "text": parse_text,
        "markdown": parse_markdown,
        "html": parse_html,
        "srt": parse_subtitles,
        "vtt": parse_subtitles,
        "epub": parse_epub,
        "pdf": parse_pdf,
    }


def import_file(
    path: Path, *, report: Report | None = None, cancel: threading.Event | None = None
) -> ImportedText:
    """Read, convert and check one file. Long books report progress and can be cancelled."""
    check_cancelled(cancel)
    data = read_bytes(path)
    source_format = detect_format(path, data)
    names = {"name": path.name, "stem": path.stem}
    parse = _parsers()[source_format]
    if source_format in _LONG:
        parsed = parse(data, report=report, cancel=cancel, **names)
    else:
        parsed = parse(data, **names)
        report_progress(report, 1, 1)
    check_cancelled(cancel)
    return assemble(parsed, name=path.name, path=str(path), source_format=source_format)
