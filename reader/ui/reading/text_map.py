"""Maps offsets in an article's text to positions in the Qt document that shows it, and back.

The document holds one block per non-empty line of the text (blank lines become paragraph
spacing), and Qt counts UTF-16 units where Python counts code points.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

# Characters QTextCursor.insertText would turn into a block break; shown as spaces instead.
_BREAKS = str.maketrans({"\r": " ", "\u2029": " ", "\ufdd0": " ", "\ufdd1": " "})


class Line(NamedTuple):  # not a dataclass: `dataclasses` is not imported before the first paint
    """One shown line: where it starts in the text and in the document, and its content."""

    text_start: int
    doc_start: int
    content: str
    is_wide: bool  # holds characters outside the BMP (two UTF-16 units each)

    @property
    def text_end(self) -> int:
        return self.text_start + len(self.content)

    def to_doc(self, text_offset: int) -> int:
        k = text_offset - self.text_start
        if self.is_wide:
            k += sum(1 for char in self.content[:k] if ord(char) > 0xFFFF)
        return self.doc_start + k

    def to_text(self, doc_position: int) -> int:
        units = doc_position - self.doc_start
        if not self.is_wide:
            return self.text_start + units
        k = 0
        for char in self.content:
            units -= 2 if ord(char) > 0xFFFF else 1
            if units < 0:
                break
            k += 1
        return self.text_start + k


def split_lines(text: str, first_doc_position: int) -> list[Line]:
    """The non-empty lines of the text, stripped, with the document position of each."""
    lines: list[Line] = []
    doc_position = first_doc_position
    offset = 0
    for raw in text.split("\n"):
        content = raw.strip()
        if content:
            start = offset + raw.index(content[0])
            wide = not content.isascii() and any(ord(char) > 0xFFFF for char in content)
            lines.append(Line(start, doc_position, content.translate(_BREAKS), wide))
            doc_position = lines[-1].to_doc(lines[-1].text_end) + 1  # + the block separator
        offset += len(raw) + 1
    return lines


class TextMap:
    """Two-way lookup between text offsets and document positions."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self._text_starts = [line.text_start for line in lines]
        self._doc_starts = [line.doc_start for line in lines]

    def to_doc(self, text_offset: int) -> int | None:
        line = self._line_for_text(text_offset)
        return None if line is None else line.to_doc(text_offset)

    def to_text(self, doc_position: int) -> int | None:
        i = bisect.bisect_right(self._doc_starts, doc_position) - 1
        if i < 0:
            return None
        line = self.lines[i]
        offset = line.to_text(doc_position)
        return offset if offset < line.text_end else None

    def line_index(self, text_offset: int) -> int | None:
        """The number of the shown line holding a text offset (None if not shown)."""
        i = bisect.bisect_right(self._text_starts, text_offset) - 1
        if i < 0 or text_offset > self.lines[i].text_end:
            return None
        return i

    def _line_for_text(self, text_offset: int) -> Line | None:
        i = bisect.bisect_right(self._text_starts, text_offset) - 1
        if i < 0 or text_offset > self.lines[i].text_end:
            return None
        return self.lines[i]
