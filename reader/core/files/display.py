"""Text from files made safe to show: titles, names and notes lose the control characters
that would drive a terminal (clear the screen, set its title) or reorder a line on screen
(bidirectional overrides), and file names undecodable in UTF-8 are shown with U+FFFD."""

from __future__ import annotations

import os
import re
from pathlib import Path

# C0 and C1 controls and DEL; the bidirectional embeddings, overrides and isolates.
_CONTROLS = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_ANY_CONTROL = re.compile(f"[{_CONTROLS}]")
# In text of several lines, tabs and line breaks stay (\r is handled on its own).
_CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """A title or a name: one line, control characters gone, spaces collapsed."""
    return _SPACES.sub(" ", _ANY_CONTROL.sub(" ", _without_surrogates(text))).strip()


def clean_text(text: str) -> str:
    """A note or a sentence: its lines and tabs kept, every other control character gone."""
    text = _without_surrogates(text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_IN_TEXT.sub("", text)


def blank_controls(text: str) -> str:
    """A text to read with every control character but line breaks and tabs made a space:
    each character keeps its place, so offsets into the text (chapters) stay right."""
    return _CONTROL_IN_TEXT.sub(" ", text.replace("\r", " "))


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as a message may show it: a name undecodable in UTF-8 gets U+FFFD in place
    of its bad bytes, and no control character reaches the terminal."""
    return one_line(os.fspath(Path(path)))


def _without_surrogates(text: str) -> str:
    """Python keeps a file name's undecodable bytes as lone surrogates, which no UTF-8
    stream can write: they become U+FFFD."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
