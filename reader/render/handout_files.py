"""A teacher's handout written to the file its name asks for: a flashcard deck (.apkg, .csv),
a PDF (Qt's writer, so it may run off the GUI thread), or a web page; or the text itself with
its words glossed. The one writer of handouts, for the command line and the window alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.files import write_text_atomically

if TYPE_CHECKING:
    from reader.core.teaching import Handout

DECK_SUFFIXES = (".apkg", ".csv")


@dataclass(frozen=True, slots=True)
class GlossedText:
    """The text a glossed handout prints, its words glossed in the margin."""

    title: str
    author: str
    body: str


def write_handout(
    out: Path,
    handout: Handout,
    *,
    glossed: GlossedText | None = None,
    deck: bool | None = None,
) -> int:
    """Write the handout (or, given `glossed`, that text with the handout's words glossed) as
    out's suffix says: .apkg or .csv flashcards, .pdf, anything else a web page; deck=True
    asks for flashcards whatever the suffix (another one is an InputError). Returns the number
    of flashcards of a deck, else the number of words. The file is whole or absent."""
    # Qt's PDF writer and genanki load only when a handout is written, not with this module.
    # Only when needed: it brings the importers' parsers, wordfreq's lists and Qt.
    from reader.core.teaching import glossed_text_html, handout_html, page_breaks, write_deck
    from reader.render.handout_pdf import html_to_pdf

    if deck or (deck is None and out.suffix.lower() in DECK_SUFFIXES):
        return write_deck(handout, out)
    if glossed is not None:
        words = handout.sections[0].words if handout.sections else ()
        html = glossed_text_html(
            glossed.title, glossed.body, words, author=glossed.author, level=handout.level
        )
    else:
        html = handout_html(handout)
    if out.suffix.lower() != ".pdf":
        write_text_atomically(out, html)
    elif glossed is not None:
        html_to_pdf(html, out, title=glossed.title)
    else:

        def rebuild(keys: frozenset[str]) -> str:
            """The handout again with a page break before each of these rows."""
            return handout_html(handout, breaks=page_breaks(keys))

        html_to_pdf(html, out, title=handout.title, rebuild=rebuild)
    return len(handout.words)
