"""Accents a word lost: headings in capitals (NECESSAIRE, LA BETE), the 1990 spellings
(connaitre, entrainement, boite) and hurried typing (hopital, refugiés).

A form the lexicon does not list is tried with accents put back on one or two of its letters;
where exactly one such spelling is a form Lexique lists, that is the word (nécessaire,
connaître, hôpital). Where none or several are (pate: pâte or pâté), nothing changes; nor
for articles and pronouns, which Lexique does not list (Le is no lé, du no dû).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from itertools import combinations, product

# A bare letter -> the accented letters French writes in its place.
ACCENTED = {"e": "éèêë", "a": "àâ", "i": "îï", "o": "ô", "u": "ûù", "c": "ç"}
# Two changed letters only in words this short (the candidates grow with the square).
TWO_CHANGES_UP_TO = 12

# Words Lexique does not list (articles, pronouns, English) that are not accented words
# written bare: Le is no lé, du no dû, te no té, The no thé.
KEEP = frozenset("le la les un une des du te tes the".split())

Readings = Callable[[str], Mapping[str, tuple[str, ...]]]


def restore_accents(lower: str, readings: Readings) -> str:
    """The one accented spelling of an unlisted lower-case form that Lexique lists, or ""."""
    if readings(lower) or not lower.isalpha() or lower in KEEP:
        return ""
    if lower.endswith(("s", "x")) and readings(lower[:-1]):
        return ""  # fausses: the plural of a listed form (not faussés)
    for changes in (1, 2):
        if changes == 2 and len(lower) > TWO_CHANGES_UP_TO:
            break
        found = {candidate for candidate in _spellings(lower, changes) if readings(candidate)}
        if found:
            return found.pop() if len(found) == 1 else ""
    return ""


def _spellings(lower: str, changes: int) -> Iterator[str]:
    """The form with accents on exactly `changes` of its bare letters."""
    places = [index for index, letter in enumerate(lower) if letter in ACCENTED]
    for chosen in combinations(places, changes):
        for letters in product(*(ACCENTED[lower[index]] for index in chosen)):
            spelled = list(lower)
            for index, letter in zip(chosen, letters, strict=True):
                spelled[index] = letter
            yield "".join(spelled)
