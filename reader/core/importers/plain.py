"""Plain text and Markdown: paragraphs, chapter headings, and Markdown's marks removed."""

from __future__ import annotations

import itertools
import re
import statistics

from reader.core.articles import title_of
from reader.core.files import decode_bytes
from reader.core.importers.document import (
    Block,
    Parsed,
    sections_from_blocks,
    split_paragraphs,
    title_from_stem,
)
from reader.core.importers.markdown import markdown_blocks
from reader.core.importers.source import check_size

MAX_TEXT_BYTES = 50_000_000
PARAGRAPH_LINE = 100  # a line this long, not wrapped, is a whole paragraph: verse is shorter
# Lines cut by a text editor (Project Gutenberg style) mostly go on in lower case on the next
# line; verse and lists start each line anew.
MIN_WRAPPED_LENGTH = 45
MIN_LOWER_CONTINUATIONS = 0.5
_LINE_ENDS = re.compile(r"\r\n?|\f|\x1a")
_ROMAN = r"[IVXLC]+\b\.?"
# I, 12, premier, troisième: what numbers a chapter ("Livre de cuisine" is no heading).
_NUMBER = r"(?:[IVXLC]+|\d+|premier|première|unique|dernier|dernière|second|seconde|\w+ième)\b"
_HEADINGS = (
    # PREMIÈRE PARTIE, LIVRE II, Tome 1
    (
        1,
        re.compile(
            rf"(?i:{_NUMBER}\s+partie|(?:livre|partie|tome)\s+{_NUMBER}).{{0,60}}",
        ),
    ),
    # CHAPITRE PREMIER, Chapitre 3. Le départ
    (2, re.compile(rf"(?i:(?:chapitre|chapter)\s+{_NUMBER}).{{0,70}}")),
    # I -- LA FABRIQUE, -- I --, XII., IV. Le retour
    (2, re.compile(rf"[-–—\s]*{_ROMAN}(?:\s*(?:--|[-–—.:])\s*.{{0,70}}?)?[-–—\s]*")),
    (2, re.compile(r"(?i:prologue|épilogue|préface|avant-propos|introduction|conclusion)\W*")),
)


def parse_text(data: bytes, *, name: str, stem: str) -> Parsed:
    check_size(data, name, MAX_TEXT_BYTES)
    text = decode_bytes(data, name=name)
    blocks = [Block(p, heading_level(p)) for p in text_paragraphs(text)]
    # A book that starts with "PREMIÈRE PARTIE" or "CHAPITRE I" has no title line.
    starts_with_heading = bool(blocks) and blocks[0].level is not None
    title = title_from_stem(stem) if starts_with_heading else title_of(text, fallback=stem)
    return Parsed(sections_from_blocks(blocks, title=title), title=title)


def parse_markdown(data: bytes, *, name: str, stem: str) -> Parsed:
    check_size(data, name, MAX_TEXT_BYTES)
    blocks = markdown_blocks(_LINE_ENDS.sub("\n", decode_bytes(data, name=name)))
    first_heading = next((b.text for b in blocks if b.level == 1), None)
    title = first_heading or title_of("\n".join(b.text for b in blocks), fallback=stem)
    return Parsed(sections_from_blocks(blocks, title=title), title=title)


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs at blank lines; one per line when lines are paragraphs; wrapped lines joined."""
    blocks = [block.strip("\n") for block in split_paragraphs(_LINE_ENDS.sub("\n", text))]
    wrapped = is_hard_wrapped(blocks)
    paragraphs: list[str] = []
    for block in blocks:
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if wrapped:
            paragraphs.append(" ".join(lines))
        elif any(len(line) >= PARAGRAPH_LINE for line in lines):
            paragraphs.extend(lines)
        else:
            paragraphs.append("\n".join(lines))
    return paragraphs


def is_hard_wrapped(blocks: list[str]) -> bool:
    """Prose cut into lines of similar length, most of which go on in lower case."""
    pairs = [
        (line, following)
        for block in blocks
        for line, following in itertools.pairwise(block.split("\n"))
    ]
    if len(pairs) < 3:
        return False
    lengths = [len(line.strip()) for line, _ in pairs]
    if statistics.median(lengths) < MIN_WRAPPED_LENGTH:
        return False
    lower = sum(1 for _, following in pairs if following.strip()[:1].islower())
    return lower / len(pairs) >= MIN_LOWER_CONTINUATIONS


def heading_level(paragraph: str) -> int | None:
    """1 for a part, 2 for a chapter, None for a paragraph: only short one-line paragraphs."""
    if "\n" in paragraph or len(paragraph) > 80:
        return None
    for level, pattern in _HEADINGS:
        if pattern.fullmatch(paragraph):
            return level
    return None
