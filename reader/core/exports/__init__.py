"""Exporting the glossary: Anki packages (anki, with sound: audio), Anki's text import, CSV
and Quizlet (text), the fields every format shares (fields), and the one entry point
export_glossary (export).

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.exports.export import DEFAULT_DECK as DEFAULT_DECK
    from reader.core.exports.export import ExportFilter as ExportFilter
    from reader.core.exports.export import ExportFormat as ExportFormat
    from reader.core.exports.export import ExportResult as ExportResult
    from reader.core.exports.export import export_glossary as export_glossary
    from reader.core.exports.export import select_entries as select_entries
    from reader.core.exports.fields import BLANK as BLANK
    from reader.core.exports.fields import blanked as blanked
    from reader.core.exports.fields import bold_sentence as bold_sentence
    from reader.core.exports.fields import part_of_speech as part_of_speech

_EXPORTS = {
    "DEFAULT_DECK": "export",
    "ExportFilter": "export",
    "ExportFormat": "export",
    "ExportResult": "export",
    "export_glossary": "export",
    "select_entries": "export",
    "BLANK": "fields",
    "blanked": "fields",
    "bold_sentence": "fields",
    "part_of_speech": "fields",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
