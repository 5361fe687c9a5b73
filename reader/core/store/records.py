"""Plain, frozen data of the library: stored texts, their pages, reading lists and list words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reader.core.analysis.difficulty import WordCounts
from reader.core.errors import InputError
from reader.core.importers import Chapter


@dataclass(frozen=True, slots=True)
class Page:
    """A piece of a text read at once: [start, end) in the text, within one chapter."""

    number: int  # from 0
    start: int
    end: int
    chapter: int  # index into the text's chapters
    words: int


@dataclass(frozen=True, slots=True)
class PageState:
    """A stored page and what its analysis found (counts is None until it is analysed)."""

    page: Page
    analysis: str | None  # the analyser's version that made the counts
    counts: WordCounts | None


@dataclass(frozen=True, slots=True)
class TextRecord:
    """A text in the library, without its body."""

    id: int
    title: str
    author: str
    source_path: str
    source_format: str
    language_warning: str
    warnings: tuple[str, ...]
    chapters: tuple[Chapter, ...]
    word_count: int
    length: int  # characters
    fingerprint: str
    position: int  # last reading position, a character offset
    tags: tuple[str, ...]
    added: str  # ISO 8601, UTC
    opened: str | None
    deleted: str | None  # in the bin since then; None when in the library
    page_count: int

    @property
    def progress(self) -> float:
        """How far the learner has read: 0.0 before opening it, 1.0 once its last page was
        shown (the position is the last character of the page shown)."""
        if not self.length or self.opened is None:
            return 0.0
        return min(max((self.position + 1) / self.length, 0.0), 1.0)


@dataclass(frozen=True, slots=True)
class LemmaCoverage:
    """How many of a text's running words (names left out) the learner has marked."""

    words: int
    known_words: int  # whose lemma is known
    ignored_words: int  # whose lemma the learner marked ignored
    lemmas: int
    unknown_lemmas: int  # neither known nor ignored

    @property
    def known_share(self) -> float:
        """Share of running words known, ignored words left out (as ArticleStats does)."""
        counted = self.words - self.ignored_words
        return self.known_words / counted if counted else 0.0

    @property
    def unknown_lemma_share(self) -> float:
        return self.unknown_lemmas / self.lemmas if self.lemmas else 0.0


@dataclass(frozen=True, slots=True)
class ReadingList:
    id: int
    title: str
    notes: str
    level: str  # the level the prepared glossary is for; "" when none is prepared
    created: str
    updated: str
    imported: str | None = None  # when it came from a list file (a teacher's); None: made here


_RANGE = re.compile(r"^\s*(\d+)\s*(?:[-–—]|to|\.\.)?\s*(\d+)?\s*$")
RangeKind = Literal["chapters", "pages"]


@dataclass(frozen=True, slots=True)
class TextRange:
    """A part of a library text a teacher picks: chapters or pages first to last, counted
    from 1 as the reader shows them (the library's pages, Page 3 of 120)."""

    kind: RangeKind
    first: int
    last: int

    @classmethod
    def parse(cls, kind: str, spec: str) -> TextRange:
        """chapters "1-3", pages "10-25" or "7"; InputError for anything else."""
        if kind not in ("chapters", "pages"):
            raise InputError(f"A part of a text is chapters or pages, not {kind!r}.")
        found = _RANGE.match(spec)
        if found is None:
            raise InputError(f"Give {kind} as FIRST-LAST (1-3) or one number, not {spec!r}.")
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if first < 1 or last < first:
            raise InputError(
                f"{kind.capitalize()} {spec}: count from 1, the first before the last."
            )
        return cls("chapters" if kind == "chapters" else "pages", first, last)

    @classmethod
    def from_stored(cls, stored: str) -> TextRange | None:
        """What the database keeps ("chapters:1-2"; "" for the whole text)."""
        if not stored:
            return None
        kind, _, spec = stored.partition(":")
        return cls.parse(kind, spec)

    @property
    def stored(self) -> str:
        return f"{self.kind}:{self.first}-{self.last}"

    @property
    def label(self) -> str:
        """chapters 1–2, chapter 3, pages 10–25, page 7."""
        if self.first == self.last:
            return f"{self.kind[:-1]} {self.first}"
        return f"{self.kind} {self.first}–{self.last}"


def stored_range(part: TextRange | None) -> str:
    return "" if part is None else part.stored


@dataclass(frozen=True, slots=True)
class ListItem:
    """A text in a reading list, in the list's order; part: only these chapters or pages."""

    text: TextRecord
    position: int
    note: str
    part: TextRange | None = None


@dataclass(frozen=True, slots=True)
class ListWord:
    """A word of a handout or a list's prepared glossary, as the teacher may edit it."""

    word: str  # as written in the text (ont été menées)
    lemma: str  # mener
    headword: str = ""  # the lemma as a dictionary shows it: la coopération
    pos: str = ""  # Universal POS tag
    gender: str = ""  # Masc, Fem or ""
    translation: str = ""
    sentence: str = ""  # the sentence of the text it was found in
    text_id: int | None = None  # the library text it comes from
    edited: bool = False  # the teacher typed the translation: a new search keeps it
    left_out: bool = False  # unticked: not in the handout, and a new search leaves it out


@dataclass(frozen=True, slots=True)
class HandoutWord:
    """A handout word and where it first stands in its text."""

    word: ListWord
    rank: int  # frequency rank (1 = most frequent French word); 0 for words kept as edited
    start: int = -1  # character offsets in the text; -1 when not known
    end: int = -1


@dataclass(frozen=True, slots=True)
class TeacherWord:
    """A word of a teacher's list (one imported from a list file), as the student sees it."""

    list_id: int
    list_title: str
    word: ListWord


@dataclass(frozen=True, slots=True)
class GlossaryOwner:
    """Whose prepared glossary: a reading list's, or the handout of one library text."""

    kind: Literal["list", "text"]
    id: int
