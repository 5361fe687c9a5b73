"""Importing files to read: plain text, Markdown, web pages, EPUB, subtitles and PDF.

`import_file` picks the format from the file's first bytes and its extension, and returns an
ImportedText or raises InputError with a message for the user: nothing is half-imported.
"""

from __future__ import annotations

import importlib
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


# The module and function that parse each format.
_PARSERS = {
    "text": ("plain", "parse_text"),
    "markdown": ("plain", "parse_markdown"),
    "html": ("html", "parse_html"),
    "srt": ("subtitles", "parse_subtitles"),
    "vtt": ("subtitles", "parse_subtitles"),
    "epub": ("epub", "parse_epub"),
    "pdf": ("pdf", "parse_pdf"),
}


@cache
def _parser(source_format: str) -> Parser:
    """The parser of one format, imported when a file of that format is first imported: the
    web-page, EPUB and PDF parsers bring trafilatura, ebooklib, pypdf and wordfreq (~1.5 s),
    which opening a plain-text article (the window's first screen) must not wait for."""
    module_name, function = _PARSERS[source_format]
    module = importlib.import_module(f"reader.core.importers.{module_name}")
    parser: Parser = getattr(module, function)
    return parser


def import_file(
    path: Path,
    *,
    report: Report | None = None,
    cancel: threading.Event | None = None,
    check_language: bool = True,
) -> ImportedText:
    """Read, convert and check one file. Long books report progress and can be cancelled;
    check_language=False: no language check (see assemble)."""
    check_cancelled(cancel)
    data = read_bytes(path)
    source_format = detect_format(path, data)
    names = {"name": path.name, "stem": path.stem}
    parse = _parser(source_format)
    if source_format in _LONG:
        parsed = parse(data, report=report, cancel=cancel, **names)
    else:
        parsed = parse(data, **names)
        report_progress(report, 1, 1)
    check_cancelled(cancel)
    return assemble(
        parsed,
        name=path.name,
        path=str(path),
        source_format=source_format,
        check_language=check_language,
    )
