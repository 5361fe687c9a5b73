"""Markdown -> paragraphs and headings, its marks removed (emphasis, links, code, quotes)."""

from __future__ import annotations

import re

from reader.core.importers.document import Block

_ATX = re.compile(r"(#{1,6})\s+(.*?)(?:\s+#+)?\s*")
_SETEXT = re.compile(r"(=+|-+)\s*")
_FENCE = re.compile(r"\s*(```|~~~)")
_RULE = re.compile(r"\s*([-*_])(?:\s*\1){2,}\s*")
_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"\s*>\s?")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*")
_REFERENCE = re.compile(r"\s*\[[^\]]+\]:\s*\S+.*")
_FRONT_MATTER = re.compile(r"---\n.*?\n---\n", re.S)
_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),
)


def markdown_blocks(text: str) -> list[Block]:
    """Headings and paragraphs; list items and table rows stay on lines of their own."""
    reader = _Reader()
    for line in _FRONT_MATTER.sub("", text, count=1).split("\n"):
        reader.feed(line)
    reader.flush()
    return reader.blocks


def strip_inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.fenced = False

    def feed(self, line: str) -> None:
        if _FENCE.match(line):
            self.flush()
            self.fenced = not self.fenced
        elif self.fenced:
            self.lines.append(line)
        else:
            self._feed_text(line)

    def _feed_text(self, line: str) -> None:
        line = _QUOTE.sub("", line, count=1) if _QUOTE.match(line) else line
        atx = _ATX.fullmatch(line)
        if atx:
            self.flush()
            self.blocks.append(Block(strip_inline(atx.group(2)), len(atx.group(1))))
        elif _SETEXT.fullmatch(line) and len(self.lines) == 1:
            level = 1 if line.strip().startswith("=") else 2
            self.blocks.append(Block(strip_inline(self.lines.pop().strip()), level))
        elif not line.strip() or _RULE.fullmatch(line):
            self.flush()
        elif _TABLE_RULE.fullmatch(line) and "|" in line:
            return
        elif not _REFERENCE.fullmatch(line):
            self._add_line(line)

    def _add_line(self, line: str) -> None:
        item = _LIST_ITEM.match(line)
        if item:
            self.lines.append("\n• " + line[item.end() :])
        elif "|" in line and line.strip().startswith("|"):
            self.lines.append(
                "\n" + " | ".join(c.strip() for c in line.strip().strip("|").split("|"))
            )
        elif self.lines and self.lines[-1].endswith(("  ", "\\")):
            self.lines[-1] = self.lines[-1].rstrip("\\ ")
            self.lines.append("\n" + line)  # a hard line break
        else:
            self.lines.append(" " + line)

    def flush(self) -> None:
        # Code keeps its lines and marks.
        text = "\n".join(self.lines) if self.fenced else strip_inline("".join(self.lines).strip())
        if text.strip():
            self.blocks.append(Block(text))
        self.lines = []
