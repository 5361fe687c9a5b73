"""The Lefff's simple conjugations of 7,800 French verbs, read lazily from the compact file.

`scripts/build_conjugations.py` writes `resources/conjugations/lefff-verbs.txt`: pattern lines
`=ending,ending,...` (55 endings in SLOTS order, `!` where the form does not exist), then one
line per verb: `verb<TAB>stem length<TAB>pattern number`. A form is the stem plus its ending.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from reader.core.paths import resources_dir

# Tense letters of french-verbs-lefff and how many forms each has, in file order:
# P présent, S subjonctif présent, Y impératif, I imparfait, G participe présent,
# K participe passé (m.s., m.pl., f.s., f.pl.), J passé simple, T subjonctif imparfait,
# F futur, C conditionnel, W infinitif.
SLOTS: Final = (
    ("P", 6),
    ("S", 6),
    ("Y", 6),
    ("I", 6),
    ("G", 1),
    ("K", 4),
    ("J", 6),
    ("T", 6),
    ("F", 6),
    ("C", 6),
    ("W", 1),
)
ABSENT: Final = "!"
OFFSETS: Final = {
    letter: sum(count for _, count in SLOTS[:index]) for index, (letter, _) in enumerate(SLOTS)
}
FORM_COUNT: Final = sum(count for _, count in SLOTS)


def data_path() -> Path:
    return resources_dir() / "conjugations" / "lefff-verbs.txt"


class ConjugationTable:
    """Verb -> its 55 simple forms (None where the verb has none: il faut, no je faux)."""

    def __init__(self, patterns: list[tuple[str | None, ...]], verbs: dict[str, tuple[int, int]]):
        self._patterns = patterns
        self._verbs = verbs
        # Pattern number -> ending -> its positions of the 55: a form is found by its ending,
        # not by spelling out all the verb's forms (a text asks this for most of its verbs).
        self._endings: dict[int, dict[str, tuple[int, ...]]] = {}

    def __len__(self) -> int:
        return len(self._verbs)

    def __contains__(self, verb: object) -> bool:
        return verb in self._verbs

    def verbs(self) -> Iterable[str]:
        return self._verbs.keys()

    def forms(self, verb: str) -> tuple[str | None, ...] | None:
        found = self._verbs.get(verb)
        if found is None:
            return None
        stem_length, number = found
        stem = verb[:stem_length]
        return tuple(None if end is None else stem + end for end in self._patterns[number])

    def positions(self, verb: str, form: str) -> tuple[int, ...]:
        """Where form stands among the verb's 55 forms (SLOTS order); () if nowhere."""
        found = self._verbs.get(verb)
        if found is None:
            return ()
        stem_length, number = found
        stem = verb[:stem_length]
        if not form.startswith(stem):
            return ()
        return self._ending_positions(number).get(form[len(stem) :], ())

    def _ending_positions(self, number: int) -> dict[str, tuple[int, ...]]:
        endings = self._endings.get(number)
        if endings is None:
            collected: dict[str, list[int]] = {}
            for position, end in enumerate(self._patterns[number]):
                if end is not None:
                    collected.setdefault(end, []).append(position)
            endings = {end: tuple(found) for end, found in collected.items()}
            self._endings[number] = endings
        return endings

    def tense(self, verb: str, letter: str) -> tuple[str | None, ...]:
        """The forms of one tense letter (P, S, ...); empty if the verb is unknown."""
        forms = self.forms(verb)
        if forms is None:
            return ()
        start = OFFSETS[letter]
        return forms[start : start + dict(SLOTS)[letter]]


def parse_table(lines: Iterable[str]) -> ConjugationTable:
    patterns: list[tuple[str | None, ...]] = []
    verbs: dict[str, tuple[int, int]] = {}
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("="):
            endings = line[1:].split(",")
            patterns.append(tuple(None if end == ABSENT else end for end in endings))
        elif line:
            verb, stem_length, number = line.split("\t")
            verbs[verb] = (int(stem_length), int(number))
    return ConjugationTable(patterns, verbs)


_lock = threading.Lock()
_table: ConjugationTable | None = None


def conjugation_table() -> ConjugationTable:
    """The shipped table, read on first use (about 40 ms), never at import time."""
    global _table
    if _table is not None:
        return _table  # read once: no lock needed (a text asks thousands of times)
    with _lock:
        if _table is None:
            with data_path().open(encoding="utf-8") as lines:
                _table = parse_table(lines)
        return _table


# Tense letter -> UD (Mood, Tense) of its six persons; G, K and W are the non-finite forms.
FINITE: Final = {
    "P": ("Ind", "Pres"),
    "S": ("Sub", "Pres"),
    "Y": ("Imp", "Pres"),
    "I": ("Ind", "Imp"),
    "J": ("Ind", "Past"),
    "T": ("Sub", "Imp"),
    "F": ("Ind", "Fut"),
    "C": ("Cnd", "Pres"),
}
PERSONS: Final = (
    ("1", "Sing"),
    ("2", "Sing"),
    ("3", "Sing"),
    ("1", "Plur"),
    ("2", "Plur"),
    ("3", "Plur"),
)
PARTICIPLE_AGREEMENT: Final = (("Masc", "Sing"), ("Masc", "Plur"), ("Fem", "Sing"), ("Fem", "Plur"))


def form_readings(verb: str, form: str) -> list[dict[str, str]]:
    """The UD features of every reading of a form of the verb, in table order; empty when
    the Lefff does not know the verb or the form (agit: présent and passé simple, 3rd person
    singular; aperçus: 1st and 2nd person passé simple, and the masculine plural participle)."""
    positions = conjugation_table().positions(verb.lower(), form.lower())
    # A copy of each position's features: a caller may keep or change its own (issue 14: the
    # analysis asks ~14,000 times per 20,000 words; copying is ~10x cheaper than building).
    return [dict(_FEATURES[index]) for index in positions]


def _features(index: int) -> dict[str, str]:
    """The UD features of the form at a position of the 55 (SLOTS order)."""
    for letter, count in SLOTS:
        start = OFFSETS[letter]
        if start <= index < start + count:
            position = index - start
            if letter in FINITE:
                mood, tense = FINITE[letter]
                person, number = PERSONS[position]
                return {
                    "Mood": mood,
                    "Number": number,
                    "Person": person,
                    "Tense": tense,
                    "VerbForm": "Fin",
                }
            if letter == "K":
                gender, number = PARTICIPLE_AGREEMENT[position]
                return {"Gender": gender, "Number": number, "Tense": "Past", "VerbForm": "Part"}
            if letter == "G":
                return {"Tense": "Pres", "VerbForm": "Part"}
            return {"VerbForm": "Inf"}
    raise IndexError(index)


# The features of each position, made once.
_FEATURES: Final = tuple(_features(index) for index in range(FORM_COUNT))
