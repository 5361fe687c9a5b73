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
import operator
from collections.abc import Iterable, Iterator, Sequence

from reader.core.analysis.expressions.contiguous import SUBJECT_NEGATIONS, ContiguousMatches
from reader.core.analysis.expressions.index import EntryIndex
from reader.core.analysis.expressions.lists import (
    AGREEING,
    EXPRESSIONS,
    FIXED,
    PREPOSITIONS,
    SOURCE_RANK,
    SPLIT,
    VERBAL,
)
from reader.core.analysis.expressions.positions import Match, Word
from reader.core.analysis.expressions.verbal import VerbalMatches
from reader.core.analysis.expressions.words import match_key

_SENTENCE = operator.attrgetter("sentence")  # a word's sentence, asked without a Python call
# Words that lean on what follows them (a phrase ending in one wants its complement).
LINKS = frozenset({"de", "à", "que"})


class Matcher(EntryIndex):
    """Finds every entry in the words of a text, then keeps the best non-overlapping ones."""

    def find(self, words: Sequence[Word]) -> list[Match]:
        """The best matches in the words (one parsed paragraph or more), in text order."""
        found: list[Match] = []
        for _, sentence in itertools.groupby(words, key=_SENTENCE):
            found.extend(_Sentence(self, list(sentence)).matches())
        return sorted(choose(found, words), key=lambda match: match.tokens[0])


def choose(matches: Iterable[Match], words: Sequence[Word] = ()) -> list[Match]:
    """The longest matches first, then the lists' before the lexicon's, the commoner band,
    whole before partial, the earlier; a match that shares a token with a kept one is
    dropped. Before that, a phrase that ends in a linking word yields its first word to an
    adverbial phrase as long (en avant qu'il), and a verbal idiom's final preposition that
    starts a fixed phrase is left to it when the preposition comes again after it (tenait
    compte d'ailleurs de tout: the idiom takes the later de)."""
    ranked = sorted(
        _yield_links(_yield_prepositions(set(matches), words)),
        key=lambda m: (
            -m.matched,
            SOURCE_RANK[m.entry.source],
            not m.exact,
            m.entry.kind != AGREEING,  # d'un coup d'œil: the compound noun, not d'un coup
            m.entry.band,
            not m.is_whole,
            m.tokens[0],
            _reach(m),  # il n'y a que lui qui soit plus fort: ne ... que, its nearer partner
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


def _reach(match: Match) -> int:
    """How far a negation reaches: of two partners of one ne, the nearer is its own (il n'y a
    que lui qui soit plus fort: ne ... que, not ne ... plus); 0 for other matches."""
    entry = match.entry
    negation = entry.kind == SPLIT and entry.parts[0] == ("ne",)
    return match.tokens[-1] - match.tokens[0] if negation else 0


def _ends_in_link(match: Match) -> bool:
    """Whether a phrase of the lists ends in de, à or que, a word that leans on what follows."""
    entry = match.entry
    return (
        entry.source == EXPRESSIONS
        and entry.kind in (FIXED, AGREEING)
        and entry.parts[-1][-1] in LINKS
    )


def _adverbial(match: Match) -> bool:
    entry = match.entry
    return entry.source == EXPRESSIONS and entry.kind == FIXED and entry.pos == "ADV"


def _yield_links(matches: set[Match]) -> set[Match]:
    """The matches without a phrase ending in a linking word whose first word ends an
    adverbial phrase as long (en avant qu'il: en avant, not avant que), which the band would
    otherwise choose. (The other way round, jusqu'à terre and près d'ici keep their
    preposition: a phrase after de or à is too often its object.)"""
    by_last = {m.tokens[-1]: m for m in matches if _adverbial(m)}
    dropped = set()
    for match in matches:
        if _ends_in_link(match):
            before = by_last.get(match.tokens[0])
            if before is not None and before.matched >= match.matched:
                dropped.add(match)
    return matches - dropped


def _yield_prepositions(matches: set[Match], words: Sequence[Word]) -> set[Match]:
    """The matches, a verbal idiom's final preposition moved on where a fixed phrase of the
    lists starts on it and the same preposition follows that phrase: tenait compte
    d'ailleurs de tout is tenir compte ... de and d'ailleurs; se trompa d'abord de direction
    is se tromper ... de and d'abord."""
    phrases = {
        m.tokens[0]: m
        for m in matches
        if m.entry.kind == FIXED and m.entry.source == EXPRESSIONS and len(m.tokens) > 1
    }
    moved = [m for m in matches if m.tokens[-1] in phrases and m.entry.kind == VERBAL]
    if not moved:
        return matches  # most paragraphs: no idiom's preposition starts a phrase
    at = {word.index: number for number, word in enumerate(words)}
    kept = matches - set(moved)
    for match in moved:
        phrase = phrases[match.tokens[-1]]
        if match.is_whole:
            again = _again(words, at[phrase.tokens[-1]] + 1, match.entry.parts[-1])
            if again is not None:
                tokens = (*match.tokens[:-1], again)
                match = Match(match.entry, tokens, match.head, match.matched, match.exact)
        kept.add(match)
    return kept


def _again(words: Sequence[Word], start: int, after: tuple[str, ...]) -> int | None:
    """The token of the final preposition of after (de, à ...) if it is the word at start
    (right after the phrase); None if it is not."""
    if not after or after[-1] not in PREPOSITIONS:
        return None
    if start < len(words) and match_key(words[start].text) == (after[-1],):
        return words[start].index  # de, d', à itself: du, des may be articles
    return None


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
