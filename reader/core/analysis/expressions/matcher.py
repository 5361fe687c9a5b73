"""Finding expressions in a parsed text: fixed phrases word for word, agreeing ones by lemma,
verbal idioms around their verb in any tense (ont eu lieu, n'a jamais eu lieu, il y avait),
pronominal verbs (s'est rendu compte), a verb with the preposition it governs (conviennent
d'une coopération) and split constructions (ne ... que) checked against the dependency parse.
The longest match wins (SPEC.md, "Words, forms and matching").

This module owns the search over a text and the choice between overlapping matches; the entry
index is in index, the sentence's words and keys in positions, the two kinds of matching in
contiguous and verbal."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

from reader.core.analysis.expressions.contiguous import SUBJECT_NEGATIONS, ContiguousMatches
from reader.core.analysis.expressions.index import EntryIndex
from reader.core.analysis.expressions.lists import AGREEING, SOURCE_RANK
from reader.core.analysis.expressions.positions import Match, Word
from reader.core.analysis.expressions.verbal import VerbalMatches


class Matcher(EntryIndex):
    """Finds every entry in the words of a text, then keeps the best non-overlapping ones."""

    def find(self, words: Sequence[Word]) -> list[Match]:
        """The best matches in the words (one parsed paragraph or more), in text order."""
        found: list[Match] = []
        for _, sentence in itertools.groupby(words, key=lambda word: word.sentence):
            found.extend(_Sentence(self, list(sentence)).matches())
        return sorted(choose(found), key=lambda match: match.tokens[0])


def choose(matches: Iterable[Match]) -> list[Match]:
    """The longest matches first, then the lists' before the lexicon's, the commoner band,
    whole before partial, the earlier; a match that shares a token with a kept one is
    dropped."""
    ranked = sorted(
        set(matches),
        key=lambda m: (
            -m.matched,
            SOURCE_RANK[m.entry.source],
            not m.exact,
            m.entry.kind != AGREEING,  # d'un coup d'œil: the compound noun, not d'un coup
            m.entry.band,
            not m.is_whole,
            m.tokens[0],
            m.entry.lemma,
        ),
    )
    taken: set[int] = set()
    kept = []
    for match in ranked:
        if not taken.intersection(match.tokens):
            taken.update(match.tokens)
            kept.append(match)
    return kept


class _Sentence(ContiguousMatches, VerbalMatches):
    """The matching inside one sentence."""

    def matches(self) -> Iterator[Match]:
        # Each search is started only where it may find something (most words start no
        # entry, are no negative subject and head no verbal entry): the same matches, without
        # a generator made and dropped for every word (issue 14).
        indexed = self.matcher.indexed
        for position, item in enumerate(self.keys):
            if item.first:
                if not indexed or self._may_start(position):
                    yield from self._contiguous(position)
                if item.key in SUBJECT_NEGATIONS:
                    yield from self._subject_negation(position)
        for at, word in enumerate(self.words):
            if word.is_word and self._may_head(word):
                yield from self._verbal(at)
