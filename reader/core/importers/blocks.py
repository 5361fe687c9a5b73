"""HTML and XHTML elements -> paragraphs and headings, for EPUB chapters and web articles."""

from __future__ import annotations

import re
from typing import Any

from reader.core.importers.document import Block, clean_paragraph

# Both HTML's tags and those of trafilatura's XML output (head, item, quote, cell, row, lb).
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset "
    "figcaption figure footer form header hr legend li main nav ol p pre section summary "
    "table tbody td tfoot th thead tr ul h1 h2 h3 h4 h5 h6 "
    "head item list quote cell row".split()
)
SKIPPED_TAGS = frozenset("script style noscript template svg math rt rp iframe object".split())
BREAK_TAGS = frozenset(("br", "lb"))
_HEADING = re.compile(r"h([1-6])")
_FOOTNOTE_MARK = re.compile(r"\W*[\d*†]+\W*")
_SPACES = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_OPS_TYPE = "{http://www.idpf.org/2007/ops}type"


def blocks_of(element: Any) -> list[Block]:
    """The paragraphs and headings under an element, in document order."""
    collector = _Collector()
    collector.walk(element)
    collector.flush()
    return collector.blocks


class _Collector:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.level: int | None = None
        self.preformatted = 0

    def walk(self, element: Any) -> None:
        tag = _tag(element)
        if tag is None or tag in SKIPPED_TAGS or _is_hidden(element, tag):
            self.add(element.tail)
            return
        if tag in BREAK_TAGS:
            self.parts.append("\n")
        is_block = tag in BLOCK_TAGS
        if is_block:
            self.flush()
            self.level = _heading_level(element, tag)
        self.preformatted += tag == "pre"
        self.add(element.text)
        for child in element:
            self.walk(child)
        self.preformatted -= tag == "pre"
        if is_block:
            self.flush()
        self.add(element.tail)

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text if self.preformatted else _SPACES.sub(" ", text))

    def flush(self) -> None:
        text = clean_paragraph("".join(self.parts))
        if text:
            self.blocks.append(Block(text, self.level))
        self.parts = []
        self.level = None


def _tag(element: Any) -> str | None:
    """The lower-case local name; None for comments and processing instructions."""
    if not isinstance(element.tag, str):
        return None
    return element.tag.rsplit("}", 1)[-1].lower()


def _heading_level(element: Any, tag: str) -> int | None:
    if tag == "head":  # trafilatura's heading: <head rend="h2">
        match = _HEADING.fullmatch(element.get("rend", "h2"))
        return int(match.group(1)) if match else 2
    match = _HEADING.fullmatch(tag)
    return int(match.group(1)) if match else None


def _is_hidden(element: Any, tag: str) -> bool:
    """Hidden elements and footnote marks (the 1 in maison¹) are not part of the reading."""
    if element.get("hidden") is not None or _HIDDEN_STYLE.search(element.get("style", "")):
        return True
    if "noteref" in (element.get("epub:type") or element.get(_OPS_TYPE) or ""):
        return True
    return tag == "sup" and _FOOTNOTE_MARK.fullmatch("".join(element.itertext())) is not None
