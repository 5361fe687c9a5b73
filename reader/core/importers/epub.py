"""EPUB books: chapters in reading (spine) order, titled from the table of contents."""

from __future__ import annotations

import io
import posixpath
import threading
import zipfile
from collections.abc import Iterator
from typing import Any

import ebooklib
import lxml.etree
import lxml.html
from ebooklib import epub

from reader.core.errors import InputError
from reader.core.files import ZIP_ERRORS, ZipLimits, check_zip, one_line, read_member
from reader.core.importers.blocks import blocks_of
from reader.core.importers.document import Block, Parsed, Section
from reader.core.progress import Report, check_cancelled, report_progress

MAX_UNPACKED_BYTES = 1_000_000_000  # a zip that unpacks to more is a zip bomb, not a book
# Illustrated books hold thousands of pictures; text deflates to a third, pictures not at all.
EPUB_LIMITS = ZipLimits(
    members=20_000,
    member_bytes=200_000_000,
    total_bytes=MAX_UNPACKED_BYTES,
    ratio=30,
    free_bytes=50_000_000,
)
MAX_LISTED = 3  # parts left out named in a warning
CONTAINER = "META-INF/container.xml"
ENCRYPTION = "META-INF/encryption.xml"
# Fonts scrambled so they cannot be copied out of the book; the text itself is readable.
FONT_OBFUSCATION = frozenset(
    ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
)
_XMLENC = "{http://www.w3.org/2001/04/xmlenc#}"
_SAFE_XML = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_epub(
    data: bytes,
    *,
    name: str,
    stem: str,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> Parsed:
    check_archive(data, name)
    book = _read_book(data, name)
    contents = _toc_titles(book.toc)
    documents, left_out = _spine_documents(book)
    sections: list[Section] = []
    for done, item in enumerate(documents, start=1):
        check_cancelled(cancel)
        blocks = _document_blocks(item.get_content())
        if blocks is None:
            left_out.append(f"«{_shown(item.get_name())}» cannot be read as a web page")
            continue
        title = contents.get(_path(item.get_name())) or contents.get(_base(item.get_name()))
        if blocks and (title is not None or not contents or not sections):
            heading = next((b.text for b in blocks if b.level is not None), None)
            sections.append(Section(title or heading or f"Chapter {len(sections) + 1}", ()))
        if blocks:  # a file missing from the contents goes on the chapter before it
            last = sections[-1]
            sections[-1] = Section(last.title, last.paragraphs + tuple(b.text for b in blocks))
        report_progress(report, done, len(documents))
    if not sections and left_out:
        raise InputError(f"{name} has no chapter that can be read: {_listed(left_out)}.")
    warnings = (spine_warning(left_out),) if left_out else ()
    title = _metadata(book, "title") or stem
    return Parsed(tuple(sections), title=title, author=_authors(book), warnings=warnings)


def spine_warning(left_out: list[str]) -> str:
    """What the reading order named but the import left out, said once."""
    count = len(left_out)
    what = "1 part of the book was" if count == 1 else f"{count} parts of the book were"
    return f"EPUB: {what} left out: {_listed(left_out)}."


def _listed(reasons: list[str]) -> str:
    shown = "; ".join(reasons[:MAX_LISTED])
    return shown + (f"; and {len(reasons) - MAX_LISTED} more" if len(reasons) > MAX_LISTED else "")


def check_archive(data: bytes, name: str) -> None:
    """InputError unless data is a complete zip archive holding an EPUB book without DRM,
    within the caps of EPUB_LIMITS (members, sizes, expansion: a zip bomb is refused)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = check_zip(archive, EPUB_LIMITS, name=name, error=InputError)
            by_name = {info.filename: info for info in infos}
            found = by_name.get(ENCRYPTION)
            encryption = (
                None if found is None else read_member(archive, found, name=name, error=InputError)
            )
    except (*ZIP_ERRORS, OSError):
        raise InputError(
            f"{name} is damaged or incomplete: it is not a readable zip archive, "
            "which every EPUB book is. Download or copy it again."
        ) from None
    if CONTAINER not in by_name:
        raise InputError(f"{name} is a zip archive but not an EPUB book (it has no {CONTAINER}).")
    if encryption is not None and is_drm_protected(encryption):
        raise InputError(
            f"{name} is protected by DRM: its chapters are encrypted, so their text cannot be "
            "read. Import a DRM-free copy of the book."
        )


def is_drm_protected(encryption_xml: bytes) -> bool:
    """True when encryption.xml encrypts anything beyond the usual font obfuscation."""
    try:
        root = lxml.etree.fromstring(encryption_xml, parser=_SAFE_XML)
    except lxml.etree.XMLSyntaxError:
        return True  # unreadable encryption data: the book cannot be trusted to be plain
    methods = root.iter(f"{_XMLENC}EncryptionMethod")
    return any(method.get("Algorithm") not in FONT_OBFUSCATION for method in methods)


def _read_book(data: bytes, name: str) -> Any:
    try:
        return epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except Exception as exc:  # EbookLib raises KeyError, IndexError ... on damaged books
        detail = f": {exc}" if str(exc) else ""
        raise InputError(f"{name} is a damaged EPUB book{detail}.") from None


def _spine_documents(book: Any) -> tuple[list[Any], list[str]]:
    """The reading order's documents, and what it names that cannot be read as text: an id
    the book does not hold, an image or another kind of file, the same document twice."""
    documents: list[Any] = []
    left_out: list[str] = []
    seen: set[str] = set()
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        # The navigation document is the table of contents, already read: not text to read.
        is_nav = isinstance(item, epub.EpubNav) or "nav" in getattr(item, "properties", ())
        if item is None:
            left_out.append(f"«{_shown(idref)}» is not in the book")
        elif is_nav:
            continue
        elif item.get_type() != ebooklib.ITEM_DOCUMENT:
            left_out.append(f"«{_shown(item.get_name())}» is not a text ({item.media_type})")
        elif item.get_name() in seen:
            left_out.append(f"«{_shown(item.get_name())}» comes twice (read once)")
        else:
            seen.add(item.get_name())
            documents.append(item)
    return documents, left_out


def _document_blocks(content: bytes) -> list[Block] | None:
    """A document's paragraphs and headings, or None if it cannot be parsed."""
    if not content.strip():
        return []
    try:
        root = lxml.html.document_fromstring(content)
    except (lxml.etree.ParserError, ValueError):
        return None
    body = root.find("body")
    return blocks_of(root if body is None else body)


def _shown(text: object) -> str:
    shown = one_line(str(text))
    return shown if len(shown) <= 60 else shown[:59] + "…"


def _toc_titles(toc: Any) -> dict[str, str]:
    """File path -> title of the first table-of-contents entry pointing into that file."""
    titles: dict[str, str] = {}
    for href, title in _toc_entries(toc):
        path = _path(href.split("#", 1)[0])
        if path and title.strip():
            titles.setdefault(path, " ".join(title.split()))
            titles.setdefault(_base(path), " ".join(title.split()))
    return titles


def _toc_entries(toc: Any) -> Iterator[tuple[str, str]]:
    """(href, title) pairs in order. EbookLib gives lists of Link, Section and (Section,
    [children]) tuples, or a lone empty Link for an empty NCX."""
    if isinstance(toc, epub.Link | epub.Section):
        yield toc.href or "", toc.title or ""
    elif isinstance(toc, tuple | list):
        for entry in toc:
            yield from _toc_entries(entry)


def _path(href: str) -> str:
    """A path inside the book, as the manifest names it (no ./ or ../ in front)."""
    return posixpath.normpath(href).lstrip("./") if href else ""


def _base(path: str) -> str:
    """The file name alone: the contents file may sit in another folder than the chapters."""
    return "/" + posixpath.basename(path)


def _metadata(book: Any, field: str) -> str:
    values = book.get_metadata("DC", field)
    return str(values[0][0]).strip() if values and values[0][0] else ""


def _authors(book: Any) -> str:
    creators = [str(value).strip() for value, _ in book.get_metadata("DC", "creator") if value]
    return ", ".join(creators)
