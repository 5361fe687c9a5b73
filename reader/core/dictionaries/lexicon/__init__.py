"""The bundled French–English lexicon: merged open sources read in place, ranked senses,
genders, IPA, fixed phrases, and the credits of its data.

The names below are the package's public surface, for the command line and the window. Each
loads its module on first use, not with the package: importing one module of the package
never imports the others (spaCy, genanki and Argos stay out of start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.dictionaries.lexicon.credits import CREDITS as CREDITS
    from reader.core.dictionaries.lexicon.credits import Credit as Credit
    from reader.core.dictionaries.lexicon.lexicon import Lexicon as Lexicon
    from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon as bundled_lexicon
    from reader.core.dictionaries.lexicon.queries import lexicon_gender as lexicon_gender
    from reader.core.dictionaries.lexicon.queries import lexicon_ipa as lexicon_ipa

_EXPORTS = {
    "Lexicon": "lexicon",
    "bundled_lexicon": "lexicon",
    "lexicon_gender": "queries",
    "lexicon_ipa": "queries",
    "CREDITS": "credits",
    "Credit": "credits",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
