"""How hard a French text is: a CEFR level from its vocabulary and sentence length, and how much
of it a learner already knows.

Every word a learner must learn (names left out) gets a frequency rank from wordfreq's French
list: the better of its lemma's rank and its own form's (wordfreq ranks written forms, so the
infinitive "sembler" is rarer than the form "semble" that everyone meets first). The score is in
CEFR levels (1 = A1 ... 6 = C2), from the shares of running words in three frequency bands and
the mean sentence length:

    score = 1 + 8 × (share beyond the 2,000 most frequent words)
              + 10 × (share beyond the 5,000 most frequent)
              + 5 × (share beyond the 10,000 most frequent)
              + 0.08 × (mean sentence length in words − 4, kept within 0 ... 20)

so a word costs 8 between ranks 2,000 and 5,000, 18 up to 10,000 and 23 beyond. The level is
the score's whole part: below 2 is A1, 2 to 3 A2, ... 6 and above C2.

Calibrated by hand on tests/data/corpus and three graded texts written for the tests
(tests/core/test_difficulty.py), choosing round weights that put each graded text at its level
with the widest margin: A1 1.4, A2 2.7, B1 3.4; the novels B2 (Le Petit Chose 4.4, Bel-Ami 4.8,
their 6,000-word openings too); the twenty Wikinews articles from B1 (3.4) to C2 (6.5), 18 of
them B2 or C1, median 5.05. Thirty texts cannot pin five numbers down: a rough guide, no more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from reader.core.errors import InputError
from reader.core.models import Analysis, Token

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
FREQUENT = 2_000
UNCOMMON = 5_000
RARE = 10_000
LIST_SIZE = 200_000  # wordfreq's French list goes further, into typing slips and names
UNLISTED = LIST_SIZE + 1
BEYOND_FREQUENT_WEIGHT = 8.0
UNCOMMON_WEIGHT = 10.0
RARE_WEIGHT = 5.0
SENTENCE_WEIGHT = 0.08
SHORT_SENTENCE = 4  # words: "Je m'appelle Léa." costs nothing
LONGEST_COUNTED = 20  # words beyond SHORT_SENTENCE; longer sentences add no more
SHORT_TEXT = 50  # words: fewer, and one rare word moves the level
_PARTS = re.compile(r"[-'’\s]+")


class Coverage(NamedTuple):
    """What a learner knows of a text."""

    known_words: float  # share of running words whose lemma the learner knows
    unknown_lemmas: float  # share of the text's distinct lemmas the learner does not know


@dataclass(frozen=True, slots=True)
class WordCounts:
    """What the estimate is made from; counts of pages or chapters add up to the book's."""

    words: int = 0  # running words judged: names left out
    frequent: int = 0  # of those, among the FREQUENT most frequent French words
    uncommon: int = 0  # of those, beyond the UNCOMMON most frequent
    rare: int = 0  # of those, beyond the RARE most frequent
    sentences: int = 0
    sentence_words: int = 0  # every word of those sentences, names included

    def __add__(self, other: WordCounts) -> WordCounts:
        return WordCounts(
            self.words + other.words,
            self.frequent + other.frequent,
            self.uncommon + other.uncommon,
            self.rare + other.rare,
            self.sentences + other.sentences,
            self.sentence_words + other.sentence_words,
        )


@dataclass(frozen=True, slots=True)
class Difficulty:
    level: str  # A1 ... C2
    score: float  # 1.0 (easiest) upwards; the level is its whole part
    frequent_share: float  # of running words, among the FREQUENT most frequent
    uncommon_share: float  # beyond the UNCOMMON most frequent
    rare_share: float  # beyond the RARE most frequent
    mean_sentence_length: float
    words: int
    explanation: str  # one line for the learner


def estimate_difficulty(text: Analysis | WordCounts) -> Difficulty:
    """The CEFR level of an analysed text, or of counts added up over a book's chapters."""
    counts = count_words(text) if isinstance(text, Analysis) else text
    if counts.words == 0:
        raise InputError("The text has no words to judge its difficulty by.")
    frequent = counts.frequent / counts.words
    uncommon = counts.uncommon / counts.words
    rare = counts.rare / counts.words
    mean_length = counts.sentence_words / max(counts.sentences, 1)
    lengthening = min(max(mean_length - SHORT_SENTENCE, 0.0), LONGEST_COUNTED)
    score = (
        1.0
        + BEYOND_FREQUENT_WEIGHT * (1.0 - frequent)
        + UNCOMMON_WEIGHT * uncommon
        + RARE_WEIGHT * rare
        + SENTENCE_WEIGHT * lengthening
    )
    level = LEVELS[min(max(int(score) - 1, 0), len(LEVELS) - 1)]
    explanation = (
        f"{_percent(frequent)} % of the words are among the {FREQUENT:,} most frequent, "
        f"{_percent(uncommon)} % beyond the {UNCOMMON:,} ({_percent(rare)} % beyond the "
        f"{RARE:,}); sentences average {mean_length:.0f} words."
    )
    if counts.words < SHORT_TEXT:
        explanation += " A short text: the level is a rough guess."
    return Difficulty(
        level, round(score, 2), frequent, uncommon, rare, mean_length, counts.words, explanation
    )


def count_words(analysis: Analysis) -> WordCounts:
    ranks = [token_rank(token) for token in vocabulary(analysis.tokens)]
    frequent = sum(1 for rank in ranks if rank <= FREQUENT)
    uncommon = sum(1 for rank in ranks if rank > UNCOMMON)
    rare = sum(1 for rank in ranks if rank > RARE)
    spoken = [token.sentence for token in analysis.tokens if token.is_word]
    return WordCounts(len(ranks), frequent, uncommon, rare, len(set(spoken)), len(spoken))


def learner_coverage(analysis: Analysis, known_lemmas: Set[str]) -> Coverage:
    """(share of running words known, share of distinct lemmas unknown); names left out."""
    known = {lemma.lower() for lemma in known_lemmas}
    lemmas = [token.lemma.lower() for token in vocabulary(analysis.tokens)]
    if not lemmas:
        return Coverage(1.0, 0.0)
    distinct = set(lemmas)
    known_words = sum(1 for lemma in lemmas if lemma in known) / len(lemmas)
    return Coverage(known_words, len(distinct - known) / len(distinct))


def vocabulary(tokens: Iterable[Token]) -> Iterable[Token]:
    """The words a learner has to learn: not names, whether tagged so or capitalised unknowns."""
    for token in tokens:
        if not token.is_word or token.pos == "PROPN":
            continue
        if token.text[:1].isupper() and token_rank(token) == UNLISTED:
            continue  # Pierrotte, Eyssette: names the tagger took for nouns
        yield token


def token_rank(token: Token) -> int:
    return min(frequency_rank(token.lemma), frequency_rank(token.text))


@lru_cache(maxsize=200_000)
def frequency_rank(word: str) -> int:
    """1 for the most frequent French word (de); UNLISTED beyond wordfreq's first 200,000.
    A compound (grand-mère, peut-être) is as frequent as its rarest part."""
    ranks = _ranks()
    word = word.lower().strip("-'’ ")
    found = min(ranks.get(word, UNLISTED), ranks.get(word.replace("oe", "œ"), UNLISTED))
    if found != UNLISTED:
        return found
    parts = [part for part in _PARTS.split(word) if part]
    if len(parts) > 1:
        return max(frequency_rank(part) for part in parts)
    return UNLISTED


@cache
def _ranks() -> dict[str, int]:
    # Only when needed: wordfreq takes ~0.6 s to import, and the window's first screen
    # imports this module (for WordCounts) without ranking any word.
    from wordfreq import top_n_list

    return {word: rank for rank, word in enumerate(top_n_list("fr", LIST_SIZE), start=1)}


def _percent(share: float) -> int:
    return round(share * 100)
