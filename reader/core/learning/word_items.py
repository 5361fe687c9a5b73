"""One word as an imported list gives it (WordItem), and whether it is a word at all.

A word list or a Kindle vocab.db may hold anything: PDF source, HTML markup, a paragraph of
prose pasted in a cell. A "word" is kept only when it looks like one (letters, with spaces,
apostrophes, hyphens and dots between them; a few words at most; bounded length); every line
left out is reported with its reason, and a file that is mostly not words is refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from reader.core.files import clean_text, one_line
from reader.core.models import Status

MAX_WORD_CHARS: Final = 60  # "s'en aller", "pomme de terre", "avoir besoin de quelque chose"
MAX_WORD_WORDS: Final = 6
MAX_FIELD_CHARS: Final = 2_000  # a translation, a note or a sentence: longer is not a card
MAX_ITEMS: Final = 50_000  # words in one import: each is analysed, ~ a minute per 10,000
SHOWN_EXAMPLE_CHARS: Final = 40
# A letter, then letters with single spaces, apostrophes, hyphens or dots between them
# (aujourd'hui, c'est-à-dire, M., J.-C., pomme de terre); digits and symbols are not words.
_WORD = re.compile(r"[^\W\d_]+(?:[ '’\-.]{1,2}[^\W\d_]+)*\.?")


@dataclass(frozen=True, slots=True)
class WordItem:
    """One word as a list gives it, before analysis."""

    word: str
    translation: str = ""
    sentence: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    source: str = ""
    created: str = ""  # ISO 8601, UTC; blank: now
    status: Status = Status.LEARNING_1


def normal_word(text: str) -> str:
    """A cell as a word: NFC (é, not e + accent), spaces collapsed, no control characters."""
    return one_line(unicodedata.normalize("NFC", text))


def word_problem(word: str) -> str | None:
    """Why word (as normal_word gives it) is not a word to save, or None if it is one."""
    if not word:
        return "no word"
    shown = example(word)
    if len(word) > MAX_WORD_CHARS:
        return f"«{shown}» is too long for a word ({len(word):,} characters)"
    if len(word.split()) > MAX_WORD_WORDS:
        return f"«{shown}» is a phrase of {len(word.split())} words, not a word"
    if _WORD.fullmatch(word) is None:
        return f"«{shown}» is not a word (only letters, spaces, ' and - are)"
    return None


def example(text: str) -> str:
    """A piece of a line for a message: one line, shortened."""
    text = one_line(text)
    if len(text) <= SHOWN_EXAMPLE_CHARS:
        return text
    return text[: SHOWN_EXAMPLE_CHARS - 1] + "…"


def field(text: str) -> str:
    """A translation, note or sentence from a file: controls gone, length bounded."""
    text = clean_text(text).strip()
    return text if len(text) <= MAX_FIELD_CHARS else text[: MAX_FIELD_CHARS - 1] + "…"
