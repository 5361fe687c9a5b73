"""Multi-word expressions: the project's phrase lists and the lexicon's multi-word headwords
read into patterns (lists), found in a parsed text (matcher, with its entry index, sentence
positions, contiguous and verbal matching; recognise), with the normalised word forms of
resources/phrases/SPEC.md (words), and the learner's own expressions (own).

The names below are the package's public surface. Each loads its module on first use, not
with the package: importing one module of the package never imports the others.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.analysis.expressions.lists import Entry as Entry
    from reader.core.analysis.expressions.lists import entries_by_lemma as entries_by_lemma
    from reader.core.analysis.expressions.lists import list_entries as list_entries
    from reader.core.analysis.expressions.lists import lists_fingerprint as lists_fingerprint
    from reader.core.analysis.expressions.matcher import Matcher as Matcher
    from reader.core.analysis.expressions.own import OWN as OWN
    from reader.core.analysis.expressions.own import Term as Term
    from reader.core.analysis.expressions.own import find_terms as find_terms
    from reader.core.analysis.expressions.own import selected_expression as selected_expression
    from reader.core.analysis.expressions.own import term_of as term_of
    from reader.core.analysis.expressions.positions import Word as Word
    from reader.core.analysis.expressions.recognise import find_expressions as find_expressions
    from reader.core.analysis.expressions.recognise import shared_matcher as shared_matcher
    from reader.core.analysis.expressions.words import match_key as match_key

_EXPORTS = {
    "Entry": "lists",
    "entries_by_lemma": "lists",
    "list_entries": "lists",
    "lists_fingerprint": "lists",
    "Matcher": "matcher",
    "Word": "positions",
    "OWN": "own",
    "Term": "own",
    "find_terms": "own",
    "selected_expression": "own",
    "term_of": "own",
    "find_expressions": "recognise",
    "shared_matcher": "recognise",
    "match_key": "words",
}


def __getattr__(name: str) -> object:
    """A public name, from its module (imported now if it was not)."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
