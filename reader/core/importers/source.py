"""Reading an imported file's bytes, and telling its format from its name and first bytes."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core import files
from reader.core.errors import InputError

MAX_FILE_BYTES = 200_000_000  # a large illustrated EPUB or PDF; text formats have lower limits
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".epub": "epub",
    ".srt": "srt",
    ".vtt": "vtt",
    ".pdf": "pdf",
}
SUPPORTED = "plain text, Markdown, HTML, EPUB, SRT or VTT subtitles, PDF"
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_SRT_START = re.compile(rb"^\s*\d+\s*\r?\n\s*\d+:\d\d:\d\d[,.]\d+\s*-->")


def read_bytes(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, or InputError if it is missing, unreadable, not a regular file (a
    folder, a FIFO, a device) or too large."""
    return files.read_input(path, max_bytes=max_bytes)


def check_size(data: bytes, name: str, limit: int) -> None:
    if len(data) > limit:
        raise InputError(f"{name} is too large ({len(data) / 1e6:.0f} MB) for its format.")


def detect_format(path: Path, data: bytes) -> str:
    """PDF and ZIP signatures win over the name; then the extension; then a look at the text."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "epub"  # the EPUB importer says so when a zip archive is not a book
    by_name = EXTENSIONS.get(path.suffix.lower())
    if by_name is not None:
        return by_name
    return sniff_text(_ascii_view(data[:4096]))


def sniff_text(head: bytes) -> str:
    """A text file's format from its first bytes: subtitles, HTML, else plain text."""
    if head.lstrip().startswith(b"WEBVTT"):
        return "vtt"
    if _SRT_START.match(head):
        return "srt"
    if _HTML_START.match(head):
        return "html"
    return "text"


def _ascii_view(head: bytes) -> bytes:
    """UTF-16 text seen as ASCII: the zero bytes and byte-order marks removed."""
    for mark in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(mark):
            head = head[len(mark) :]
            break
    return head.replace(b"\x00", b"")
