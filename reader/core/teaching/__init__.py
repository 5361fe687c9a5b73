"""For teachers: reading lists (texts in order, with a prepared glossary), the list files a
class shares, vocabulary handouts for a level (found, edited and kept: handouts, prepared) and
their HTML (html_pages).

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.teaching.handouts import DEFAULT_LEVEL as DEFAULT_LEVEL
    from reader.core.teaching.handouts import DEFAULT_LIMIT as DEFAULT_LIMIT
    from reader.core.teaching.handouts import Handout as Handout
    from reader.core.teaching.handouts import HandoutSection as HandoutSection
    from reader.core.teaching.handouts import write_deck as write_deck
    from reader.core.teaching.html_pages import glossed_text_html as glossed_text_html
    from reader.core.teaching.html_pages import glossed_texts_html as glossed_texts_html
    from reader.core.teaching.html_pages import handout_html as handout_html
    from reader.core.teaching.html_pages import page_breaks as page_breaks
    from reader.core.teaching.levels import LEVEL_VOCABULARY as LEVEL_VOCABULARY
    from reader.core.teaching.levels import band as band
    from reader.core.teaching.levels import band_reason as band_reason
    from reader.core.teaching.levels import check_level as check_level
    from reader.core.teaching.levels import lemma_rank as lemma_rank
    from reader.core.teaching.list_files import ListImport as ListImport
    from reader.core.teaching.list_files import export_list as export_list
    from reader.core.teaching.list_files import import_list as import_list
    from reader.core.teaching.prepared import kept_text_handout as kept_text_handout
    from reader.core.teaching.prepared import prepare_text_handout as prepare_text_handout
    from reader.core.teaching.prepared import without_left_out as without_left_out
    from reader.core.teaching.reading_lists import ListSummary as ListSummary
    from reader.core.teaching.reading_lists import adopt_list_words as adopt_list_words
    from reader.core.teaching.reading_lists import find_list as find_list
    from reader.core.teaching.reading_lists import item_parts as item_parts
    from reader.core.teaching.reading_lists import kept_list_handout as kept_list_handout
    from reader.core.teaching.reading_lists import list_handout as list_handout
    from reader.core.teaching.reading_lists import list_summary as list_summary
    from reader.core.teaching.reading_lists import prepare_glossary as prepare_glossary
    from reader.core.teaching.reading_lists import save_list_glossary as save_list_glossary

_EXPORTS = {
    "DEFAULT_LEVEL": "handouts",
    "DEFAULT_LIMIT": "handouts",
    "LEVEL_VOCABULARY": "levels",
    "Handout": "handouts",
    "HandoutSection": "handouts",
    "check_level": "levels",
    "write_deck": "handouts",
    "glossed_text_html": "html_pages",
    "band": "levels",
    "band_reason": "levels",
    "lemma_rank": "levels",
    "glossed_texts_html": "html_pages",
    "handout_html": "html_pages",
    "page_breaks": "html_pages",
    "kept_text_handout": "prepared",
    "prepare_text_handout": "prepared",
    "without_left_out": "prepared",
    "ListSummary": "reading_lists",
    "adopt_list_words": "reading_lists",
    "find_list": "reading_lists",
    "item_parts": "reading_lists",
    "kept_list_handout": "reading_lists",
    "list_handout": "reading_lists",
    "list_summary": "reading_lists",
    "prepare_glossary": "reading_lists",
    "save_list_glossary": "reading_lists",
    "ListImport": "list_files",
    "export_list": "list_files",
    "import_list": "list_files",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
