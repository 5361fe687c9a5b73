"""The files a handout is written to, on the I/O thread: HTML, PDF (Qt's writer), a
flashcard deck, or the glossed text (the Handout dialog's exports)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.core.teaching.handouts import Handout

KINDS = {
    "pdf": "PDF (*.pdf)",
    "html": "Web page (*.html)",
    "deck": "Anki deck (*.apkg);;CSV for other flashcard apps (*.csv)",
    "glossed": "PDF (*.pdf)",
}


def write_handout(kind: str, out: Path, handout: Handout, text: Any) -> Path:
    """Runs on the I/O thread: HTML, PDF (Qt's writer), deck, or the glossed text."""
    from reader.core.files import write_text_atomically
    from reader.core.teaching.handout_html import glossed_text_html, handout_html, page_breaks
    from reader.core.teaching.handouts import write_deck
    from reader.render.handout_pdf import html_to_pdf

    if kind == "deck":
        write_deck(handout, out)
        return out
    if kind == "glossed":
        record, body = text
        words = handout.sections[0].words if handout.sections else ()
        html = glossed_text_html(
            record.title, body, words, author=record.author, level=handout.level
        )
        return html_to_pdf(html, out, title=record.title)
    html = handout_html(handout)
    if kind == "html":
        write_text_atomically(out, html)
        return out

    def rebuild(keys: frozenset[str]) -> str:
        return handout_html(handout, breaks=page_breaks(keys))

    return html_to_pdf(html, out, title=handout.title, rebuild=rebuild)
