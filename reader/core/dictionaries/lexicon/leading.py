"""The project's main senses of words (resources/senses/main_senses.tsv), which lead before
the lexicon's merged senses: the sources agree on "abandon" for quitter and "tune" for
accorder, where a learner needs "leave" and "grant" first; and senses of words no source
translates (gars: guy)."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Mapping

from reader.core.errors import DictionaryError
from reader.core.paths import resources_dir

FOLDER = "senses"
NAME = "main_senses.tsv"
SEPARATOR = " | "
# Rows in force instead of the file's, while replaced() is active (an audit compares cards
# with the file and without it); empty, the file's.
_replacements: list[Mapping[tuple[str, str], tuple[str, ...]]] = []


@functools.cache
def main_senses() -> dict[tuple[str, str], tuple[str, ...]]:
    """(lemma, UPOS) -> its main senses, the first first."""
    path = resources_dir() / FOLDER / NAME
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DictionaryError(f"The main senses file {path} cannot be read ({error}).") from None
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    for fields in rows[1:]:  # the first is the header
        if len(fields) == 3 and fields[0] and fields[2]:
            found[(fields[0], fields[1])] = tuple(fields[2].split(SEPARATOR))
    return found


def leading(headword: str, pos: str) -> tuple[str, ...]:
    """The main senses of a word as the token's POS reads it, or () for most words."""
    return _in_force().get((headword.lower(), pos), ())


def leading_any(headword: str) -> tuple[str, ...]:
    """The main senses of a word in the first part of speech the file gives it (in its order),
    for a word no source translates whatever the tagger called it."""
    by_lemma = _first_by_lemma(_replacements[-1]) if _replacements else _by_lemma()
    return by_lemma.get(headword.lower(), ())


def _in_force() -> Mapping[tuple[str, str], tuple[str, ...]]:
    return _replacements[-1] if _replacements else main_senses()


@functools.cache
def _by_lemma() -> dict[str, tuple[str, ...]]:
    return _first_by_lemma(main_senses())


def _first_by_lemma(
    rows: Mapping[tuple[str, str], tuple[str, ...]],
) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for (lemma, _), senses in rows.items():
        found.setdefault(lemma, senses)
    return found


@contextlib.contextmanager
def replaced(
    rows: Mapping[tuple[str, str], tuple[str, ...]] | None = None,
) -> Iterator[None]:
    """Main senses `rows` (default: none) in force instead of the file's, until the block
    ends. Lookups cache their senses: use a lexicon (and glosser) made for the block."""
    _replacements.append({} if rows is None else rows)
    try:
        yield
    finally:
        _replacements.pop()
