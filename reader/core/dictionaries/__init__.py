"""Dictionaries: the bundled French–English lexicon (lexicon/) and FreeDict dictionary,
the learner's imported dictionaries in the learner's order (registry), their files on disk
(storage), importing other formats (importing, formats/), and English cognates.

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.dictionaries.cognates import cognate_translation as cognate_translation
    from reader.core.dictionaries.cognates import guess_cognate as guess_cognate
    from reader.core.dictionaries.dictionary import Dictionary as Dictionary
    from reader.core.dictionaries.dictionary import DictionaryEntry as DictionaryEntry
    from reader.core.dictionaries.dictionary import bundled_dictionary as bundled_dictionary
    from reader.core.dictionaries.importing import import_dictionary as import_dictionary
    from reader.core.dictionaries.registry import DictionaryRegistry as DictionaryRegistry
    from reader.core.dictionaries.registry import DictionarySet as DictionarySet
    from reader.core.dictionaries.registry import InstalledDictionary as InstalledDictionary

_EXPORTS = {
    "Dictionary": "dictionary",
    "DictionaryEntry": "dictionary",
    "bundled_dictionary": "dictionary",
    "DictionaryRegistry": "registry",
    "DictionarySet": "registry",
    "InstalledDictionary": "registry",
    "import_dictionary": "importing",
    "cognate_translation": "cognates",
    "guess_cognate": "cognates",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
