"""The index of the expression entries a Matcher searches with: verbal entries by their head,
contiguous and split ones by their first word or first two words, each with the keys checked
before its run (the third word of a fixed entry, the later words of a split one)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from reader.core.analysis.expressions.candidates import Candidates
from reader.core.analysis.expressions.lists import AGREEING, SPLIT, VERBAL, Entry
from reader.core.analysis.expressions.words import PERSONS

LemmasOf = Callable[[str], frozenset[str]]
"""The lemmas an entry's written word may have in a text (soit: être), itself included."""


class EntryIndex:
    """The entries, filed by what a sentence must hold to be worth trying them on."""

    def __init__(
        self, entries: Iterable[Entry], lemmas_of: LemmasOf, *, indexed: bool = True
    ) -> None:
        """indexed=False tries every entry of a verb on each of its occurrences, and every
        contiguous entry on each word its first words fit, with no check before the run: the
        plain search the index must agree with (the tests compare them)."""
        self.lemmas_of = lemmas_of
        self.indexed = indexed
        self.by_pair: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        self.by_first: dict[str, list[Entry]] = defaultdict(list)  # one-word first parts
        self.by_head: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            if entry.kind == VERBAL:
                self.by_head[entry.head].append(entry)
            elif len(entry.parts[0]) >= 2:
                self.by_pair[entry.parts[0][0], entry.parts[0][1]].append(entry)
            elif entry.parts[0]:
                self.by_first[entry.parts[0][0]].append(entry)
        self.candidates = Candidates(self.by_head, lemmas_of)
        # The entry words a contiguous or split entry can start with: most text words start
        # none, and are passed over at once.
        self.first_words = set(self.by_first) | {first for first, _ in self.by_pair}
        # Text keys whose person set holds a first word (mon, for son): with first_words, they
        # tell whether a word may start an entry without building its alternatives.
        self.person_starters = frozenset(
            member
            for name, members in PERSONS.items()
            if name in self.first_words
            for member in members
        )
        self.pair_firsts = frozenset(first for first, _ in self.by_pair)
        # The entries with what is checked before their run: the keys a fixed entry's third
        # word may be, the keys each later word of a split entry may be (ne ... guère).
        check = _checked if indexed else _unchecked
        self.first_checks = {
            word: [check(entry) for entry in entries] for word, entries in self.by_first.items()
        }
        self.pair_checks = {
            pair: [check(entry) for entry in entries] for pair, entries in self.by_pair.items()
        }


Checked = tuple[Entry, frozenset[str] | None, tuple[frozenset[str], ...]]


def _checked(entry: Entry) -> Checked:
    """An entry with the keys its third word may be (a fixed entry) and those each word of
    its later parts may be (a split entry): a text without them cannot hold it."""
    third = None
    if entry.kind not in (AGREEING, SPLIT) and len(entry.parts[0]) >= 3:
        third = _fixed_forms(entry.parts[0][2])
    later = tuple(_fixed_forms(word) for part in entry.parts[1:] for word in part)
    return entry, third, later if entry.kind == SPLIT else ()


def _unchecked(entry: Entry) -> Checked:
    return entry, None, ()


def _fixed_forms(word: str) -> frozenset[str]:
    """The keys SentenceWords._same accepts for a word when not by lemma."""
    return frozenset({"se"} if word == "se!" else {word, *PERSONS.get(word, ())})
