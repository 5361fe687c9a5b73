"""Adjectives and nouns of the people of a place the lexicon lacks (toulousain, grenobloise,
les Nantais): the place's name from the word's ending, kept only when the lexicon knows
that name, and glossed "from Toulouse" or "person from Toulouse".

Only the usual endings of French demonyms are undone (-ais, -ois, -ain, -ien, -éen); the
stem may have doubled its last consonant (lyonnais: Lyon), lost a final e or es (nantais:
Nantes), turned c into ç (niçois: Nice) or a final er into ér (montpelliérain: Montpellier).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

# Longest first: -ienne before -ien, -éen before -en.
SUFFIXES = ("éenne", "ienne", "aine", "aise", "oise", "éen", "ien", "ain", "ais", "ois")
PLACE_ENDINGS = ("", "e", "es", "s")
PEOPLE_POS = frozenset({"NOUN", "PROPN"})


def demonym_senses(
    word: str, pos: str, name_senses: Callable[[str], tuple[str, ...]]
) -> tuple[str, ...]:
    """("from Toulouse", "Toulouse") for toulousaine; ("person from Nantes", ...) for the
    noun Nantais; () when no known place's name comes out of the word."""
    for place in _places(word.lower()):
        english = name_senses(place)
        if english:
            name = english[0]
            if pos in PEOPLE_POS:
                return (f"person from {name}", f"inhabitant of {name}")
            return (f"from {name}", name)
    return ()


def _places(word: str) -> Iterator[str]:
    """Capitalised place names the word may come from, the likelier first."""
    singular = word[:-1] if word.endswith("s") and not word.endswith(("ais", "ois")) else word
    for suffix in SUFFIXES:
        if singular.endswith(suffix) and len(singular) - len(suffix) >= 3:
            stem = singular[: -len(suffix)]
            for variant in _stems(stem):
                for ending in PLACE_ENDINGS:
                    yield (variant + ending).capitalize()
            return


def _stems(stem: str) -> list[str]:
    """The stem as it is and as the place spells it (lyonn: lyon, niç: nic, pelliér: pellier,
    strasbourge: strasbourg, québéc: québec)."""
    found = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        found.append(stem[:-1])
    if stem.endswith("ç"):
        found.append(stem[:-1] + "c")
    if stem.endswith("ér"):
        found.append(stem[:-2] + "ier")
    if stem.endswith("ge"):
        found.append(stem[:-1])
    last = stem.rfind("é")
    if last > 0:
        found.append(stem[:last] + "e" + stem[last + 1 :])
    return found
