"""The library: texts imported once and found again by their fingerprint, listed with their
length, level and progress (texts), long texts read and analysed page by page (pages), and
the whole-text gloss of `french-reader gloss`, page by page too (whole_gloss).

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.library.pages import analyse_book as analyse_book
    from reader.core.library.pages import analyse_book_in as analyse_book_in
    from reader.core.library.pages import open_page as open_page
    from reader.core.library.pages import page_at as page_at
    from reader.core.library.pages import position_label as position_label
    from reader.core.library.pages import range_pages as range_pages
    from reader.core.library.pages import range_span as range_span
    from reader.core.library.pages import reading_position as reading_position
    from reader.core.library.pages import split_pages as split_pages
    from reader.core.library.texts import ImportFailure as ImportFailure
    from reader.core.library.texts import ImportOutcome as ImportOutcome
    from reader.core.library.texts import LibraryRow as LibraryRow
    from reader.core.library.texts import OpenedText as OpenedText
    from reader.core.library.texts import SortKey as SortKey
    from reader.core.library.texts import check_language as check_language
    from reader.core.library.texts import find_text as find_text
    from reader.core.library.texts import import_or_find as import_or_find
    from reader.core.library.texts import import_texts as import_texts
    from reader.core.library.texts import library_rows as library_rows
    from reader.core.library.texts import open_text as open_text
    from reader.core.library.texts import place_at_sentence as place_at_sentence
    from reader.core.library.texts import row_data as row_data
    from reader.core.library.texts import tag_text as tag_text
    from reader.core.library.texts import text_of_file as text_of_file
    from reader.core.library.whole_gloss import write_gloss_json as write_gloss_json
    from reader.core.library.whole_gloss import write_gloss_text as write_gloss_text

_EXPORTS = {
    "ImportFailure": "texts",
    "ImportOutcome": "texts",
    "LibraryRow": "texts",
    "OpenedText": "texts",
    "SortKey": "texts",
    "find_text": "texts",
    "import_texts": "texts",
    "library_rows": "texts",
    "open_text": "texts",
    "row_data": "texts",
    "import_or_find": "texts",
    "check_language": "texts",
    "place_at_sentence": "texts",
    "text_of_file": "texts",
    "tag_text": "texts",
    "analyse_book": "pages",
    "analyse_book_in": "pages",
    "open_page": "pages",
    "position_label": "pages",
    "range_pages": "pages",
    "range_span": "pages",
    "reading_position": "pages",
    "page_at": "pages",
    "split_pages": "pages",
    "write_gloss_json": "whole_gloss",
    "write_gloss_text": "whole_gloss",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
