"""PDF: the text of each page (pypdf), lines joined back into paragraphs, chapters from the
outline. Only text is read: a scanned PDF, whose pages are pictures, is refused."""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import pypdf
from pypdf.errors import DependencyError
from wordfreq import zipf_frequency

from reader.core.errors import InputError
from reader.core.importers.document import (
    Block,
    Parsed,
    Section,
    count_words,
    sections_from_blocks,
    title_from_stem,
)
from reader.core.importers.plain import heading_level
from reader.core.progress import Report, check_cancelled, report_progress

# pypdf logs what it repairs in a damaged file ("entry 5 in Xref table invalid"), which
# Python's last-resort handler prints on stderr: the importer says what matters in one line.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

LAYOUT_WARNING = "PDF: the layout may be lost (columns, tables and footnotes come out as text)."
TAIL = 8192  # bytes at the end that must hold the %%EOF mark (some writers add junk after it)
MIN_WORDS_PER_PAGE = 3  # fewer, and the pages are pictures of text
SHORT_LINE = 0.8  # a sentence ending on a line this much shorter than most ends a paragraph
_PAGE_NUMBER = re.compile(r"\W*(?:page\s*)?\d+(?:\s*/\s*\d+)?\W*", re.I)
_SENTENCE_END = re.compile(r"[.!?:…»\"”]$")
_DIALOGUE = ("-", "–", "—", "«")
_HYPHENATED = re.compile(r"([^\W\d_]+)-$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_JUNK_TITLE = re.compile(r"(?i)^(microsoft word - |untitled)|\.(docx?|odt|pdf|tex|indd)$")


@dataclass
class _Line:
    page: int
    text: str


def parse_pdf(
    data: bytes,
    *,
    name: str,
    stem: str,
    report: Report | None = None,
    cancel: threading.Event | None = None,
) -> Parsed:
    reader = _open(data, name)
    pages, failed = _page_texts(reader, name, report, cancel)
    lines = _without_page_furniture(pages)
    if count_words(" ".join(line.text for line in lines)) < MIN_WORDS_PER_PAGE * len(pages):
        raise InputError(
            f"{name} has no text (a scanned PDF?): its pages seem to be pictures. Run it through "
            "text recognition (OCR) first, then import the result."
        )
    paragraphs = join_lines(lines)
    title, author = _metadata(reader)
    first_line = lines[0].text[:120]
    title = title or (title_from_stem(stem) if heading_level(first_line) else first_line)
    sections = _sections(reader, paragraphs, title)
    warnings = (LAYOUT_WARNING, *_missing_pages(pages, failed))
    return Parsed(sections, title=title, author=author, warnings=warnings)


def _open(data: bytes, name: str) -> pypdf.PdfReader:
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{name} is not a PDF file (it does not start with %PDF).")
    if b"%%EOF" not in data[-TAIL:]:
        # pypdf would read what is left of a cut-off file; half a book is worse than none.
        raise InputError(f"{name} is incomplete: the end of the PDF is missing. Copy it again.")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(
                f"{name} is protected by a password. Open it in a PDF viewer, save or print "
                "a copy without the password, and import that."
            )
        len(reader.pages)  # reads the page tree: a damaged one fails here, not later
    except InputError:
        raise
    except DependencyError:
        raise InputError(
            f"{name} is encrypted (AES) and cannot be read. Save or print a copy without "
            "protection in a PDF viewer, and import that."
        ) from None
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise InputError(f"{name} is a damaged or incomplete PDF ({exc}).") from None
    return reader


def _page_texts(
    reader: pypdf.PdfReader, name: str, report: Report | None, cancel: threading.Event | None
) -> tuple[list[str], int]:
    """Each page's text ("" for a page that cannot be read), and how many could not be."""
    texts: list[str] = []
    failed = 0
    total = len(reader.pages)
    for number in range(total):
        check_cancelled(cancel)
        try:
            texts.append(reader.pages[number].extract_text() or "")
        except Exception:  # one damaged page should not lose the rest of the book
            texts.append("")
            failed += 1
        report_progress(report, number + 1, total)
    if total == 0 or failed == total:
        raise InputError(f"{name} is a damaged PDF: none of its pages can be read.")
    return texts, failed


def _missing_pages(pages: list[str], failed: int) -> tuple[str, ...]:
    """Warnings for pages left out: damaged, or pictures among pages of text."""
    blank = sum(1 for text in pages if not _FIRST_WORD.search(text)) - failed
    warnings = []
    if failed:
        warnings.append(f"PDF: {failed} of {len(pages)} pages are damaged and were left out.")
    if blank:
        warnings.append(
            f"PDF: {blank} of {len(pages)} pages have no text (pictures or scans?) and were "
            "left out."
        )
    return tuple(warnings)


def _without_page_furniture(pages: list[str]) -> list[_Line]:
    """The lines of every page without page numbers and running heads or feet."""
    per_page = [[line.strip() for line in text.split("\n") if line.strip()] for text in pages]
    repeated = _running_lines(per_page)
    return [
        _Line(page, line)
        for page, lines in enumerate(per_page)
        for line in lines
        if not _PAGE_NUMBER.fullmatch(line) and _shape(line) not in repeated
    ]


def _running_lines(per_page: list[list[str]]) -> set[str]:
    """Lines at the top or bottom of more than half the pages: titles, authors, page x/y."""
    if len(per_page) < 3:
        return set()
    edges = Counter(_shape(line) for lines in per_page for line in {*lines[:2], *lines[-2:]})
    return {shape for shape, count in edges.items() if count > len(per_page) / 2}


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def join_lines(lines: list[_Line]) -> list[tuple[int, str]]:
    """(page, paragraph) pairs: lines run on, with hyphenated words mended, until a short line
    ends a sentence, dialogue starts, or a chapter heading (CHAPITRE III) stands alone."""
    if not lines:
        return []
    typical = statistics.median(len(line.text) for line in lines)
    paragraphs: list[tuple[int, str]] = []
    page, text = lines[0].page, lines[0].text
    for line, following in itertools.pairwise(lines):
        ends = _SENTENCE_END.search(line.text) and len(line.text) < SHORT_LINE * typical
        heading = heading_level(line.text) or heading_level(following.text)
        if ends or heading or following.text.startswith(_DIALOGUE):
            paragraphs.append((page, text))
            page, text = following.page, following.text
        else:
            text = _run_on(text, following.text)
    paragraphs.append((page, text))
    return paragraphs


def _run_on(text: str, following: str) -> str:
    """Join a line to the next one, mending a word cut at the line end (pro- blème)."""
    cut = _HYPHENATED.search(text)
    start = _FIRST_WORD.match(following)
    if cut is None or start is None:
        return f"{text} {following}"
    head, tail = cut.group(1), start.group()
    if tail[0].islower() and _frequency(head + tail) >= _frequency(f"{head}-{tail}"):
        return text[:-1] + following
    return text + following  # a real hyphen at the line end: grand-|mère


@lru_cache(maxsize=20_000)
def _frequency(word: str) -> float:
    return float(zipf_frequency(word, "fr"))


def _metadata(reader: pypdf.PdfReader) -> tuple[str, str]:
    try:
        info = reader.metadata
        title = str(info.title or "") if info else ""
        author = str(info.author or "") if info else ""
    except Exception:  # a damaged information dictionary only costs the metadata
        return "", ""
    return ("" if _JUNK_TITLE.search(title.strip()) else title.strip()), author.strip()


def _sections(
    reader: pypdf.PdfReader, paragraphs: list[tuple[int, str]], title: str
) -> tuple[Section, ...]:
    """Chapters where the outline's top-level entries start, the text before them first;
    without an outline, at chapter headings."""
    starts = _outline_starts(reader)
    if len(starts) < 2:
        blocks = [Block(text, heading_level(text)) for _, text in paragraphs]
        return sections_from_blocks(blocks, title=title)
    sections: list[Section] = []
    boundaries = [*starts, (len(reader.pages), "")]
    before = tuple(text for page, text in paragraphs if page < starts[0][0])
    if before:
        sections.append(Section(title, before))
    for (first, heading), (last, _) in itertools.pairwise(boundaries):
        chapter = tuple(text for page, text in paragraphs if first <= page < last)
        sections.append(Section(heading, chapter))
    return tuple(sections)


def _outline_starts(reader: pypdf.PdfReader) -> list[tuple[int, str]]:
    """(first page, title) of each top-level outline entry, in page order."""
    try:
        first_titles: dict[int, str] = {}
        for entry in reader.outline:
            if not isinstance(entry, list):  # a list holds the entries nested under the last
                page = reader.get_destination_page_number(entry)
                if page is not None and page >= 0:
                    first_titles.setdefault(page, str(entry.title))
    except Exception:  # an outline pointing nowhere is common and costs only the chapters
        return []
    return sorted(first_titles.items())
