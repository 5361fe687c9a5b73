"""Which verbal entries a sentence can hold. Each entry's required words, each with every text
form the matcher accepts for it (its person set, le for les, the text lemmas it may have), are
indexed by head and by the entry's rarest required word: a sentence tries only the entries
whose required words all occur in it, instead of every entry of a common verb (faire has
~200) on each of its occurrences. The filter only drops entries that cannot match, so the
matches are the same as trying them all (tests/core/analysis/test_expression_index.py)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from reader.core.analysis.expressions.lists import GOVERNED, Entry
from reader.core.analysis.expressions.words import OBJECT_PRONOUNS, PERSONS

LemmasOf = Callable[[str], frozenset[str]]
INVERTED_SUBJECT = frozenset({"-il", "-t-il"})
IMPERATIVE_EN = frozenset({"-t'en", "-t’en"})
# Relative pronouns that hold a preposition a verb may govern (auquel il pense: penser à;
# dont il parle: parler de). Not duquel, desquels: mostly after a compound preposition (à
# l'aide desquels, au cours duquel), whose de they are.
HOLDS_PREPOSITION = {"auquel": "à", "auxquels": "à", "auxquelles": "à", "dont": "de"}
Need = frozenset[str]


def plain_forms(entry_word: str) -> set[str]:
    """The text keys that may stand for an entry word before the head (matcher._same with
    agreeing off and verbal on)."""
    if entry_word == "se!":
        return {"se"}
    forms = {entry_word, *PERSONS.get(entry_word, ())}
    if entry_word in ("le", "la"):
        forms.update(OBJECT_PRONOUNS)
    return forms


class _HeadIndex:
    """One head's entries: those with no required word, and the others by a trigger word."""

    def __init__(
        self, entries: Sequence[Entry], needs: Sequence[tuple[Need, ...]], rarity: Counter[str]
    ) -> None:
        self.entries = entries
        self.needs = needs
        self.always: list[int] = []
        self.by_trigger: dict[str, list[int]] = defaultdict(list)
        for number, required in enumerate(needs):
            if not required:
                self.always.append(number)
                continue
            # The need whose forms are rarest among the entries triggers the fewest tries.
            trigger = min(required, key=lambda need: sum(rarity[form] for form in need))
            for form in trigger:
                self.by_trigger[form].append(number)
        self.triggers = frozenset(self.by_trigger)

    def possible(self, vocabulary: set[str]) -> list[Entry]:
        """The entries, in their order, whose required words all have a form in vocabulary."""
        numbers = set(self.always)
        for form in self.triggers & vocabulary:
            numbers.update(self.by_trigger[form])
        return [
            self.entries[number]
            for number in sorted(numbers)
            if all(not need.isdisjoint(vocabulary) for need in self.needs[number])
        ]


class Candidates:
    """The verbal entries by head, each head indexed on first use (most heads never occur)."""

    def __init__(self, by_head: Mapping[str, Sequence[Entry]], lemmas_of: LemmasOf) -> None:
        self.by_head = by_head
        self.lemmas_of = lemmas_of
        self.heads: dict[str, _HeadIndex] = {}
        self.rarity: Counter[str] = Counter(
            word for entries in by_head.values() for entry in entries for word in _words(entry)
        )

    def possible(self, head: str, vocabulary: set[str]) -> list[Entry]:
        if head not in self.by_head:
            return []
        index = self.heads.get(head)
        if index is None:
            entries = self.by_head[head]
            needs = [self._needs(entry) for entry in entries]
            index = self.heads[head] = _HeadIndex(entries, needs, self.rarity)
        return index.possible(vocabulary)

    def _needs(self, entry: Entry) -> tuple[Need, ...]:
        """The forms each required word may take in the text (one set per word)."""
        needs = []
        for word in entry.before:
            forms = plain_forms(word)
            if word == "il":
                forms.update(INVERTED_SUBJECT)  # y a-t-il
            needs.append(frozenset(forms))
        for word in _required_after(entry):
            needs.append(frozenset(plain_forms(word) | self.lemmas_of(word)))
        return tuple(needs)


def _required_after(entry: Entry) -> tuple[str, ...]:
    """The words after the head that must be there: a final preposition may lack."""
    after = entry.parts[0] if entry.parts else ()
    if entry.source == GOVERNED:
        return after[:1]
    return after[:-1] if entry.optional_end else after


def _words(entry: Entry) -> Iterable[str]:
    yield from entry.before
    for part in entry.parts:
        yield from part


def vocabulary(keys: Iterable[str], texts: Iterable[str], lemmas: Iterable[str]) -> set[str]:
    """Every form a sentence offers an entry word: its keys, its words' lower-case text (the
    inverted -t-il) and lemmas."""
    found = set(keys)
    found.update(map(str.lower, texts))  # map, not a generator: once per sentence (issue 14)
    found.update(map(str.lower, lemmas))
    if found & IMPERATIVE_EN:
        found.add("en")  # va-t'en: one token, its lemma te, holds the en of s'en aller
    found.update(HOLDS_PREPOSITION[word] for word in found & HOLDS_PREPOSITION.keys())
    return found
