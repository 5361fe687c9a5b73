"""A teacher's handout written to the file its name asks for: a flashcard deck (.apkg, .csv),
a PDF (Qt's writer, so it may run off the GUI thread), or a web page; or the text itself with
its words glossed. The one writer of handouts, for the command line and the window alike."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.files import write_text_atomically

if TYPE_CHECKING:
    from reader.core.store import Database, HandoutWord
    from reader.core.teaching import Handout

DECK_SUFFIXES = (".apkg", ".csv")


@dataclass(frozen=True, slots=True)
class GlossedText:
    """The text a glossed handout prints, its words glossed in the margin."""

    title: str
    author: str
    body: str  # the text printed: the whole text, or the chapters or pages of a part
    start: int = 0  # where body starts in the library text (the words' offsets count from 0)
    text_id: int | None = None  # whose handout words it takes; None: the first section's


def glossed_parts(store: Database, handout: Handout) -> list[GlossedText]:
    """Each library text of a handout as it is glossed: the part read (chapters, pages) or
    the whole text, titled with the part."""
    # Only when needed: it brings the library's pages and the analysis.
    from reader.core.library import range_span

    texts = []
    for section in handout.sections:
        if section.text_id is None:
            continue
        record = store.library.text(section.text_id)
        pages = [state.page for state in store.library.pages(record.id)]
        start, end = range_span(record, pages, section.part)
        body = store.library.text_body(record.id)[start:end]
        texts.append(GlossedText(section.heading, record.author, body, start, record.id))
    return texts


def _words_for(handout: Handout, glossed: GlossedText) -> list[HandoutWord]:
    """The handout words of a glossed text, their offsets counted from its body's start (a
    list's words, kept without offsets, are found again by their sentence)."""
    sections = [s for s in handout.sections if s.text_id == glossed.text_id]
    if glossed.text_id is None:
        sections = list(handout.sections[:1])
    words = []
    for item in (item for section in sections for item in section.words):
        if item.start >= 0:
            item = replace(item, start=item.start - glossed.start, end=item.end - glossed.start)
        else:
            item = located(glossed.body, item)
        if item.start >= 0:
            words.append(item)
    return words


def located(body: str, item: HandoutWord) -> HandoutWord:
    """The word with its offsets in body, found through its sentence; unchanged if absent."""
    sentence = item.word.sentence.split()
    first = item.word.word.split()[:1]
    if not sentence or not first:
        return item
    found = re.search(r"\s+".join(re.escape(part) for part in sentence), body)
    if found is None:
        return item
    word = re.search(rf"(?<!\w){re.escape(first[0])}(?!\w)", body[found.start() : found.end()])
    if word is None:
        return item
    start = found.start() + word.start()
    return replace(item, start=start, end=start + len(first[0]))


def write_handout(
    out: Path,
    handout: Handout,
    *,
    glossed: GlossedText | Sequence[GlossedText] | None = None,
    deck: bool | None = None,
) -> int:
    """Write the handout (or, given `glossed`, those texts with the handout's words glossed)
    as out's suffix says: .apkg or .csv flashcards, .pdf, anything else a web page; deck=True
    asks for flashcards whatever the suffix (another one is an InputError). Returns the number
    of flashcards of a deck, else the number of words. The file is whole or absent."""
    # Qt's PDF writer and genanki load only when a handout is written, not with this module.
    # Only when needed: it brings the importers' parsers, wordfreq's lists and Qt.
    from reader.core.teaching import glossed_texts_html, handout_html, page_breaks, write_deck
    from reader.render.handout_pdf import html_to_pdf

    if deck or (deck is None and out.suffix.lower() in DECK_SUFFIXES):
        return write_deck(handout, out)
    texts = [glossed] if isinstance(glossed, GlossedText) else list(glossed or ())
    if texts:
        title = texts[0].title if len(texts) == 1 else handout.title
        pieces = [(t.title, t.author, t.body, _words_for(handout, t)) for t in texts]
        html = glossed_texts_html(title, pieces, level=handout.level)
    else:
        html = handout_html(handout)
    if out.suffix.lower() != ".pdf":
        write_text_atomically(out, html)
    elif texts:
        html_to_pdf(html, out, title=texts[0].title if len(texts) == 1 else handout.title)
    else:

        def rebuild(keys: frozenset[str]) -> str:
            """The handout again with a page break before each of these rows."""
            return handout_html(handout, breaks=page_breaks(keys))

        html_to_pdf(html, out, title=handout.title, rebuild=rebuild)
    return len(handout.words)
