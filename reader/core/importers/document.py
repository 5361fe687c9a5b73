"""The imported text every format ends in: body, chapters, metadata, word count, fingerprint."""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from reader.core.errors import InputError
from reader.core.files import blank_controls, one_line
from reader.core.importers.language import language_warning

MAX_TEXT_CHARS = 20_000_000  # about 3.5 million words: seven times the longest novels
# A short text reads as one piece: a table of contents would only get in the way.
MIN_WORDS_TO_SPLIT = 2_000
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_SPACES = re.compile(r"\s+")
_INLINE_SPACES = re.compile(r"[^\S\n]+")
_BLANK_RUNS = re.compile(r"\n\s*\n")


class Chapter(NamedTuple):
    """A chapter's title and its [start, end) span in ImportedText.text."""

    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ImportedText:
    """A file turned into plain text: paragraphs separated by blank lines, with metadata."""

    title: str
    author: str
    text: str
    chapters: tuple[Chapter, ...]
    source_path: str
    source_format: str  # text, markdown, html, epub, srt, vtt, pdf
    language_warning: str | None
    warnings: tuple[str, ...]
    word_count: int
    fingerprint: str  # sha256 of the normalised text: the same text imported twice matches


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of text, or a heading when level is set (1 = top)."""

    text: str
    level: int | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A chapter before assembly: its title and paragraphs."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a format's parser finds; assemble() turns it into an ImportedText."""

    sections: tuple[Section, ...]
    title: str = ""
    author: str = ""
    warnings: tuple[str, ...] = ()
    source_format: str = ""  # when the content says more than the name (SRT or WebVTT)


def assemble(
    parsed: Parsed, *, name: str, path: str, source_format: str, check_language: bool = True
) -> ImportedText:
    """Join the sections into one text with chapter offsets; InputError if there is no text.
    check_language=False leaves the language check (~0.6 s the first time: wordfreq) to the
    caller, who runs it later (the window, once the text is on screen)."""
    pieces: list[str] = []
    chapters: list[Chapter] = []
    length = 0
    for section in parsed.sections:
        paragraphs = [p for p in (clean_paragraph(p) for p in section.paragraphs) if p]
        if not paragraphs:
            continue
        body = "\n\n".join(paragraphs)
        start = length + (2 if pieces else 0)
        pieces.append(body)
        length = start + len(body)
        chapters.append(
            Chapter(one_line(section.title) or f"Chapter {len(chapters) + 1}", start, length)
        )
    text = "\n\n".join(pieces)
    words = count_words(text)
    if not words:
        raise InputError(f"{name} holds no text to read.")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{name} is too long ({words:,} words); the limit is about 3 million.")
    return ImportedText(
        title=one_line(parsed.title) or _first_line(text) or one_line(name),
        author=one_line(parsed.author),
        text=text,
        chapters=tuple(chapters),
        source_path=path,
        source_format=parsed.source_format or source_format,
        language_warning=language_warning(text) if check_language else None,
        warnings=tuple(one_line(warning) for warning in parsed.warnings),
        word_count=words,
        fingerprint=fingerprint(text),
    )


def sections_from_blocks(blocks: list[Block], *, title: str) -> tuple[Section, ...]:
    """Chapters split at headings, for a text long enough to need them; else one chapter.

    Headings that follow each other with no text between (PREMIÈRE PARTIE, then I) start one
    chapter named after both. Text before the first heading is a chapter named after the title.
    """
    paragraphs = tuple(block.text for block in blocks)
    headed = [i for i, block in enumerate(blocks) if block.level is not None]
    if not headed or sum(count_words(p) for p in paragraphs) < MIN_WORDS_TO_SPLIT:
        return (Section(title, paragraphs),)
    sections = [Section(title, paragraphs[: headed[0]])] if headed[0] else []
    starts = [i for i in headed if i == 0 or blocks[i - 1].level is None]
    for start, end in zip(starts, [*starts[1:], len(blocks)], strict=True):
        heads = itertools.takewhile(lambda block: block.level is not None, blocks[start:end])
        sections.append(Section(" – ".join(b.text for b in heads), paragraphs[start:end]))
    return tuple(sections)


def title_from_stem(stem: str) -> str:
    """Les.Cigognes_2024 -> Les Cigognes 2024: a title when the file has none."""
    return re.sub(r"[._]+", " ", stem).strip() or stem


def clean_paragraph(paragraph: str) -> str:
    """Spaces collapsed within lines, blank lines removed, ends stripped; control characters
    (an escape sequence would drive the terminal `gloss` prints to) become spaces."""
    lines = (
        _INLINE_SPACES.sub(" ", line).strip() for line in blank_controls(paragraph).split("\n")
    )
    return "\n".join(line for line in lines if line)


def split_paragraphs(text: str) -> list[str]:
    return [p for p in _BLANK_RUNS.split(text) if p.strip()]


def count_words(text: str) -> int:
    """Words as a word processor counts them: l'homme and grand-mère are one word each."""
    return sum(1 for _ in _WORD.finditer(text))


def fingerprint(text: str) -> str:
    """The same text saved differently (CRLF, NBSP, decomposed accents) gives the same hash."""
    normalised = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _first_line(text: str) -> str:
    line = text.split("\n", 1)[0].strip()
    return line if len(line) <= 120 else line[:119].rstrip() + "…"
