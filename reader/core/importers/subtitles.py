"""Subtitles (.srt, .vtt): the spoken text only, cues joined into readable paragraphs."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from reader.core.errors import InputError
from reader.core.files import decode_bytes
from reader.core.importers.document import Parsed, Section, split_paragraphs, title_from_stem
from reader.core.importers.source import check_size

MAX_SUBTITLE_BYTES = 10_000_000  # a feature film's subtitles take about 100 kB
PAUSE = 2.0  # seconds of silence after a finished sentence that end a paragraph
LONG_PARAGRAPH = 600  # characters: a finished sentence beyond this ends one anyway
_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"\s*{_TIME}\s*-->\s*{_TIME}")
_TAG = re.compile(r"<[^>]*>")  # <i>, </i>, <c.colour>, <v Marie>, <00:00:01.000>, <font ...>
_STYLE_CODE = re.compile(r"\{\\[^}]*\}")  # {\an8}, {\i1}: SubStation styling left in SRT
_SOUND = re.compile(r"\[[^\]]*\]|^\([^)]*\)$|[♪♫]")  # [Musique], (rires), ♪
_LINE_ENDS = re.compile(r"\r\n?")
_SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")
_DIALOGUE = ("-", "–", "—")
_ELLIPSIS = ("...", "…")
_NOT_TEXT = ("WEBVTT", "NOTE", "STYLE", "REGION")


@dataclass
class Cue:
    start: float
    end: float
    lines: list[str]


def parse_subtitles(data: bytes, *, name: str, stem: str) -> Parsed:
    check_size(data, name, MAX_SUBTITLE_BYTES)
    text = decode_bytes(data, name=name)
    cues = read_cues(text)
    if not cues:
        raise InputError(f"{name} holds no subtitles: no cue with a timing line was found.")
    title = title_from_stem(stem)
    source_format = "vtt" if text.lstrip("\ufeff").startswith("WEBVTT") else "srt"
    section = Section(title, tuple(join_cues(cues)))
    return Parsed((section,), title=title, source_format=source_format)


def read_cues(text: str) -> list[Cue]:
    """Cues with text, in file order; numbers, timings, notes and styles left out."""
    cues: list[Cue] = []
    for block in split_paragraphs(_LINE_ENDS.sub("\n", text.lstrip("\ufeff"))):
        lines = block.strip("\n").split("\n")
        timings = ((i, _TIMING.match(line)) for i, line in enumerate(lines))
        found = next(((i, match) for i, match in timings if match), None)
        if found is not None:
            start, end = _seconds(found[1])
            cues.append(Cue(start, end, _clean(lines[found[0] + 1 :])))
        elif cues and not lines[0].startswith(_NOT_TEXT) and not lines[0].strip().isdigit():
            cues[-1].lines.extend(_clean(lines))  # a cue whose text held a blank line
    return [cue for cue in cues if cue.lines]


def join_cues(cues: list[Cue]) -> list[str]:
    """Cues run on into paragraphs; a pause after a finished sentence starts a new one."""
    paragraphs: list[str] = []
    current = ""
    previous_end = 0.0
    for cue in cues:
        text = _cue_text(cue.lines)
        finished = _SENTENCE_END.search(current) is not None
        if (
            current
            and finished
            and (cue.start - previous_end >= PAUSE or len(current) > LONG_PARAGRAPH)
        ):
            paragraphs.append(current)
            current = ""
        current = _run_on(current, text)
        previous_end = cue.end
    return [*paragraphs, current] if current else paragraphs


def _cue_text(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        text += ("\n" if line.startswith(_DIALOGUE) else " ") + line
    return text


def _run_on(current: str, text: str) -> str:
    """Join a cue to the paragraph; "Je pensais que..." + "...tu viendrais" loses its dots."""
    if not current:
        return text
    if current.endswith(_ELLIPSIS) and text.startswith(_ELLIPSIS):
        current = current.rstrip(".…").rstrip()
        text = text.lstrip(".…").lstrip()
    return current + ("\n" if text.startswith(_DIALOGUE) else " ") + text


def _clean(lines: list[str]) -> list[str]:
    cleaned = (_TAG.sub("", _STYLE_CODE.sub("", line)) for line in lines)
    unescaped = (_SOUND.sub("", html.unescape(line)).strip() for line in cleaned)
    return [line for line in unescaped if line]


def _seconds(match: re.Match[str]) -> tuple[float, float]:
    values = [int(group or 0) for group in match.groups()]
    start = values[0] * 3600 + values[1] * 60 + values[2] + values[3] / 1000
    end = values[4] * 3600 + values[5] * 60 + values[6] + values[7] / 1000
    return start, end
